//! What the second round of hardening promised for input and output at the edges: a bad
//! fixture is placed in one pass and every problem keeps its own line, `audit list --limit`
//! takes a count like every list, text no database can hold is refused on both engines, seeding
//! never writes what the commands refuse, a failed `db copy` leaves nothing behind, and
//! `db doctor` says when it cannot see the sequences.

use crate::support::TestEnv;

/// A fixture with two problems prints them on their own lines, each `FILE:LINE:COLUMN`; control
/// characters inside a line (an escape sequence in the file's name) stay escaped.
#[test]
fn a_list_of_problems_keeps_its_lines() {
    let env = TestEnv::new();
    let file = env.path("bad\x1b[2J.toml");
    std::fs::write(&file, "[[plans]]\nslug = \"Bad\"\nname = \"\"\n").unwrap();
    let out = env.run(&["seed", "apply", file.to_str().unwrap()]);
    assert_eq!(out.code, 4, "{}", out.stderr);
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert!(lines[0].starts_with("Error: 2 problems in "), "{}", out.stderr);
    assert!(lines[1].starts_with("  ") && lines[1].contains(".toml:2:1: invalid slug"), "{}", out.stderr);
    assert!(lines[2].starts_with("  ") && lines[2].contains(".toml:3:1: the plan name"), "{}", out.stderr);
    assert!(lines[3].starts_with("hint: "), "{}", out.stderr);
    assert!(!out.stderr.contains('\x1b') && out.stderr.contains("bad\\u{1b}[2J.toml"), "{}", out.stderr);
    assert!(!out.stderr.contains("\\u{a}"), "{}", out.stderr);
}

/// A config file TOML cannot parse: its error reads as the lines the parser wrote, and a line of
/// the file cannot pose as a line of ours.
#[test]
fn a_toml_error_keeps_its_lines() {
    let mut env = TestEnv::new();
    let config = env.path("config.toml");
    std::fs::write(&config, "format = \"json\"\n[profiles.a\nhint = 1\n").unwrap();
    env.set_env("SITECTL_CONFIG", config.to_str().unwrap());
    let out = env.run(&["plan", "list"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(out.stderr.lines().count() > 2, "{}", out.stderr);
    assert!(!out.stderr.contains("\\u{a}"), "{}", out.stderr);
    for line in out.stderr.lines().skip(1) {
        assert!(line.is_empty() || line.starts_with(' ') || line.starts_with("hint: "), "{line:?} in {}", out.stderr);
    }
}

/// `--limit -1` is a usage error on `audit list` as on every other list (written apart or with
/// `=`), and a count works.
#[test]
fn audit_list_limit_is_a_count() {
    let env = TestEnv::new();
    env.ok(&["plan", "create", "p1", "--name", "P1"]);
    for list in [&["audit", "list"][..], &["site", "list"][..]] {
        for limit in [&["--limit", "-1"][..], &["--limit=-1"][..], &["--limit", "x"][..]] {
            let out = env.run(&[list, limit].concat());
            assert_eq!(out.code, 2, "{list:?} {limit:?}: {}", out.stderr);
            assert_eq!(out.stdout, "");
        }
    }
    let rows = env.json(&["audit", "list", "--limit", "1"]);
    assert_eq!(rows.as_array().unwrap().len(), 1);
}

/// The targets a copy may be refused on, as `--to` values with a way to tell whether anything
/// was made there: a file in folders that do not exist yet (both engines), and on PostgreSQL a
/// database that does not exist yet.
fn fresh_targets(env: &TestEnv) -> Vec<(String, Box<dyn Fn() -> bool>)> {
    let folder = env.path("new-folder");
    let file = folder.join("deeper").join("copy.db");
    let mut targets: Vec<(String, Box<dyn Fn() -> bool>)> =
        vec![(file.display().to_string(), Box::new(move || folder.exists()))];
    if crate::support::engine() == crate::support::Engine::Postgres {
        let (name, url) = crate::support::pg::new_database_url();
        targets.push((url, Box::new(move || crate::support::pg::database_exists(&name))));
    }
    targets
}

/// A copy refused for its source (missing, another application's) or for who asks creates no
/// file, folder or database at the target.
#[test]
fn a_refused_copy_creates_nothing() {
    let env = TestEnv::new();
    env.seed_basic();
    let foreign = env.path("foreign.db");
    rusqlite::Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE invoices (id INTEGER)").unwrap();
    let missing = env.path("missing.db");
    for (to, made) in fresh_targets(&env) {
        let cases: [(&[&str], i32); 3] = [
            (&["--from", missing.to_str().unwrap()], 9),
            (&["--from", foreign.to_str().unwrap()], 9),
            (&["--as", "viewer@acme.example"], 5),
        ];
        for (args, code) in cases {
            let out = env.run(&[&["db", "copy", "--to", &to][..], args].concat());
            assert_eq!(out.code, code, "{args:?}: {}", out.stderr);
            assert!(!made(), "{args:?} made {to}");
        }
        // Then the copy itself works (so the targets above were good ones).
        env.ok(&["db", "copy", "--to", &to]);
        assert!(made(), "{to}");
    }
}

/// A refused target (another application's database, the source itself) is left as it was.
#[test]
fn a_refused_target_is_left_untouched() {
    let env = TestEnv::new();
    let foreign = env.path("foreign.db");
    rusqlite::Connection::open(&foreign).unwrap().execute_batch("CREATE TABLE invoices (id INTEGER)").unwrap();
    let before = std::fs::read(&foreign).unwrap();
    let e = env.fails(&["db", "copy", "--to", foreign.to_str().unwrap()], 9);
    assert_eq!(e["code"], "not_a_sitectl_database");
    assert_eq!(std::fs::read(&foreign).unwrap(), before);
    let e = env.fails(&["db", "copy", "--to", &env.db_value()], 2);
    assert_eq!(e["code"], "same_database");
}

/// A dry run names the target it would write, creates nothing there, and says what it would
/// copy.
#[test]
fn a_dry_run_copy_names_the_real_target() {
    let env = TestEnv::new();
    env.seed_basic();
    for (to, made) in fresh_targets(&env) {
        let report = env.json(&["db", "copy", "--to", &to, "--dry-run"]);
        let shown = report["to"].as_str().unwrap();
        // A URL is shown masked; the test's URLs carry no password, so it is the URL itself.
        assert_eq!(shown, to, "{report}");
        assert_eq!(report["dry_run"], true);
        assert!(report["rows"]["accounts"].as_i64().unwrap() >= 2, "{report}");
        assert!(!made(), "{to}");
        let out = env.run(&["db", "copy", "--to", &to, "--dry-run"]);
        assert!(out.stderr.contains(&format!("to {to}")), "{}", out.stderr);
    }
}

/// A PostgreSQL role that may read the tables but not the sequences: the doctor says it cannot
/// check the sequences (a warning, `unchecked`), instead of reporting every sequence behind.
#[test]
fn doctor_says_when_it_cannot_read_the_sequences() {
    if crate::support::engine() != crate::support::Engine::Postgres {
        eprintln!("PostgreSQL only: SQLite has no sequences");
        return;
    }
    let env = TestEnv::new();
    env.seed_basic();
    let database = env.pg_database.clone().unwrap();
    let role = format!("reader_{database}");
    /// Drops the role (a cluster-wide object) however the test ends.
    struct Role(String, String);
    impl Drop for Role {
        fn drop(&mut self) {
            let _ = crate::support::pg::client(&self.1).batch_execute(&format!("DROP OWNED BY \"{}\"", self.0));
            let _ =
                crate::support::pg::client("postgres").batch_execute(&format!("DROP ROLE IF EXISTS \"{}\"", self.0));
        }
    }
    let _role = Role(role.clone(), database.clone());
    crate::support::pg::client(&database)
        .batch_execute(&format!(
            "CREATE ROLE \"{role}\" LOGIN PASSWORD 'reader-pw';
             GRANT CONNECT ON DATABASE \"{database}\" TO \"{role}\";
             GRANT USAGE ON SCHEMA public TO \"{role}\";
             GRANT SELECT ON ALL TABLES IN SCHEMA public TO \"{role}\";"
        ))
        .unwrap();
    let url = crate::support::pg::url_for(&database).replace("user=postgres", &format!("user={role}"));
    assert!(url.contains(&role), "{url}");
    let mut reader = TestEnv::empty();
    reader.use_db_of(&env);
    reader.target = url.clone();
    reader.set_env("SITECTL_DB_PASSWORD", "reader-pw");
    let out = reader.command(&["db", "doctor", "--json"]).env("SITECTL_DB", &url).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "stdout: {stdout}\nstderr: {stderr}");
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["problems"], serde_json::json!([]), "{report}");
    assert_eq!(report["unchecked"], serde_json::json!(["sequences"]), "{report}");
    assert!(report["warnings"].to_string().contains("cannot check the id sequences"), "{report}");
    // The owner sees them and finds them in order.
    let owner = env.json(&["db", "doctor"]);
    assert_eq!(owner["unchecked"], serde_json::json!([]), "{owner}");
    assert_eq!(owner["problems"], serde_json::json!([]), "{owner}");
}

/// `seed generate` refuses, before writing anything, counts that would make a plan the plan
/// commands refuse (a plan allows at most 1,000,000 sites or sectors per site).
#[test]
fn seed_generate_never_makes_a_plan_the_commands_refuse() {
    let env = TestEnv::new();
    let before = env.dump();
    for (flag, value) in
        [("--sites-per-account", "1000001"), ("--sites-per-account", "4294967295"), ("--sectors-per-site", "1000001")]
    {
        let mut args = vec!["seed", "generate", "--accounts", "1", flag, value];
        if flag != "--sites-per-account" {
            args.extend(["--sites-per-account", "1"]);
        }
        let e = env.fails(&args, 4);
        assert_eq!(e["code"], "invalid_limit", "{e}");
        assert!(e["message"].as_str().unwrap().contains(flag), "{e}");
        assert_eq!(env.dump(), before, "{flag} {value} changed the database");
    }
    // The same count through the plan commands is refused the same way.
    env.fails(&["plan", "create", "big", "--name", "Big", "--max-sites", "1000001"], 4);
    let r = env.json(&["seed", "generate", "--accounts", "1", "--sites-per-account", "2"]);
    assert_eq!(r["site_count"], 2, "{r}");
}

/// An account with more sites than one batch of writes holds is written in parts (so memory
/// holds a batch, not a million sites of each of two hundred accounts): every site, sector and
/// grant lands with its own account, and accounts after it are whole too.
#[test]
fn seed_generate_writes_an_account_bigger_than_a_batch() {
    let env = TestEnv::new();
    let r = env.json(&[
        "seed",
        "generate",
        "--accounts",
        "3",
        "--sites-per-account",
        "4500",
        "--sectors-per-site",
        "1",
        "--seed",
        "3",
    ]);
    assert_eq!((r["account_count"].as_i64(), r["user_count"].as_i64()), (Some(3), Some(6)), "{r}");
    assert_eq!((r["site_count"].as_i64(), r["sector_count"].as_i64()), (Some(13500), Some(13500)), "{r}");
    assert_eq!(r["grant_count"].as_i64(), Some(13500), "{r}");
    for account in ["g3-1", "g3-2", "g3-3"] {
        let ids = env.ok(&["site", "list", "--account", account, "--format", "ids"]);
        assert_eq!(ids.lines().count(), 4500, "{account}");
        let editor = format!("editor@{account}.example.com");
        let granted = env.ok(&["site", "list", "--account", account, "--format", "ids", "--as", &editor]);
        assert_eq!(granted.lines().count(), 4500, "{account}: the editor is granted every site");
    }
    env.assert_integrity();
}

/// A fixture that uses every string field once, one field a line, so a problem's line names the
/// field. `@` marks where a test puts a NUL.
const EVERY_FIELD: &str = r#"[[plans]]
slug = "nul-plan"
name = "Plan"
max_users = 5

[[accounts]]
slug = "nul-acct"
name = "Account"
plan = "nul-plan"
status = "active"
owner = "owner@nul.example"
owner_name = "Owner"

[[users]]
email = "ed@nul.example"
account = "nul-acct"
role = "editor"
name = "Editor"

[[sites]]
account = "nul-acct"
name = "Site"
slug = "site"
domain = "site.nul.example"
hosting_type = "wordpress"
site_type = "blog"
active = true
industry = "healthcare"
sectors = ["dental-clinics"]
seo_title = "Title"
seo_description = "Description"
seo_keywords = "keywords"
og_image_url = "https://site.nul.example/og.png"

[[grants]]
site = "nul-acct/site"
user = "ed@nul.example"

[[integrations]]
site = "nul-acct/site"
url = "https://site.nul.example"
mode = "core"
username = "sitectl"

[[content]]
site = "nul-acct/site"
sector = "dental-clinics"
title = "Title"
slug = "post"
body = "<p>Body</p>"
excerpt = "Excerpt"
categories = ["guides"]
tags = ["tag"]
status = "draft"
"#;

/// Every string of a fixture, with a NUL at its start, in its middle or at its end, in TOML
/// and in JSON: a validation problem (exit 4) at that value's `FILE:LINE:COLUMN`, on both
/// engines, and nothing is written — so no database holds text the other engine cannot carry.
#[test]
fn a_nul_in_any_fixture_string_is_a_problem_at_its_position() {
    let mut env = TestEnv::new();
    let scratch = TestEnv::new();
    let good = scratch.path("good.toml");
    std::fs::write(&good, EVERY_FIELD).unwrap();
    // The fixture is good as it stands (in a database of its own, so the sweep starts empty).
    scratch.ok(&["seed", "apply", good.to_str().unwrap(), "--dry-run"]);
    let mut before = env.dump();
    let lines: Vec<&str> = EVERY_FIELD.lines().collect();
    let mut wrong = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let Some((key, value)) = line.split_once(" = ") else { continue };
        let (open, inner) = if let Some(list) = value.strip_prefix("[\"") {
            ("[\"", list.trim_end_matches("\"]"))
        } else if let Some(s) = value.strip_prefix('"') {
            ("\"", s.trim_end_matches('"'))
        } else {
            continue;
        };
        let close = if open == "[\"" { "\"]" } else { "\"" };
        let mid = inner.len() / 2;
        for (at, with_nul) in [
            ("start", format!("\\u0000{inner}")),
            ("middle", format!("{}\\u0000{}", &inner[..mid], &inner[mid..])),
            ("end", format!("{inner}\\u0000")),
        ] {
            let mut text: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
            text[n] = format!("{key} = {open}{with_nul}{close}");
            let file = scratch.path("nul.toml");
            std::fs::write(&file, text.join("\n")).unwrap();
            let out = env.run(&["seed", "apply", file.to_str().unwrap(), "--json"]);
            if out.code != 4 {
                wrong.push(format!("{key} ({at}): exit {}: {}", out.code, out.stderr.trim()));
                env = TestEnv::new();
                before = env.dump();
                continue;
            }
            let e = out.error();
            let problems = e["details"]["problems"].as_array().cloned().unwrap_or_default();
            if !problems.iter().any(|p| p["line"] == n + 1 && p["path"].as_str().is_some_and(|p| p.ends_with(key))) {
                wrong.push(format!("{key} ({at}): no problem at line {}: {e}", n + 1));
            }
            assert_eq!(env.dump(), before, "{key} ({at}) changed the database");
        }
    }
    // The same in JSON: each string (or first list item) with a NUL in its middle.
    let doc: serde_json::Value = serde_json::to_value(toml::from_str::<toml::Value>(EVERY_FIELD).unwrap()).unwrap();
    for (section, items) in doc.as_object().unwrap() {
        for (field, value) in items[0].as_object().unwrap() {
            let mut bad = doc.clone();
            let slot = &mut bad[section][0][field];
            let text = match value {
                serde_json::Value::String(s) => s.clone(),
                serde_json::Value::Array(list) => list[0].as_str().unwrap().to_string(),
                _ => continue,
            };
            let with_nul = format!("{}\0{}", &text[..text.len() / 2], &text[text.len() / 2..]);
            match slot {
                serde_json::Value::Array(list) => list[0] = with_nul.into(),
                other => *other = with_nul.into(),
            }
            let file = scratch.path("nul.json");
            std::fs::write(&file, serde_json::to_string_pretty(&bad).unwrap()).unwrap();
            let out = env.run(&["seed", "apply", file.to_str().unwrap(), "--json"]);
            let path = format!("{section}[0].{field}");
            if out.code != 4 {
                wrong.push(format!("JSON {path}: exit {}: {}", out.code, out.stderr.trim()));
                env = TestEnv::new();
                before = env.dump();
                continue;
            }
            let e = out.error();
            let problems = e["details"]["problems"].as_array().cloned().unwrap_or_default();
            if !problems.iter().any(|p| p["path"] == path.as_str() && p["line"].as_u64() > Some(1)) {
                wrong.push(format!("JSON {path}: no problem at the value: {e}"));
            }
            assert_eq!(env.dump(), before, "JSON {path} changed the database");
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Text with a NUL reaches sitectl through files, stdin and config files (a command line and the
/// environment cannot hold one). Every command that would store it refuses it with exit 4 on
/// both engines, and nothing is written.
#[test]
fn commands_refuse_text_with_a_nul() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme", "--active"]);
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics"]);
    let created = env.json(&["content", "create", "acme/blog", "--sector", "dental-clinics", "--title", "T"]);
    let id = created["id"].as_i64().unwrap().to_string();
    let before = env.dump();
    let body = env.path("body.html");
    std::fs::write(&body, "<p>a\0b</p>").unwrap();
    let body = body.to_str().unwrap();
    let taxonomy = |name: &str, extra: &str| {
        let file = env.path(name);
        std::fs::write(&file, format!("[[industry]]\nslug = \"nul-ind\"\nname = \"Nul\"\n{extra}\n")).unwrap();
        file.display().to_string()
    };
    let description = taxonomy("d.toml", "description = \"x\\u0000y\"");
    let sector = taxonomy("s.toml", "sectors = [{ slug = \"s\", name = \"S\\u0000\" }]");
    let fixture = env.path("f.toml");
    std::fs::write(&fixture, "[[plans]]\nslug = \"p\"\nname = \"P\\u0000\"\n").unwrap();
    let fixture = fixture.to_str().unwrap();
    let cases: Vec<(Vec<&str>, Option<&str>)> = vec![
        (
            vec!["content", "create", "acme/blog", "--sector", "dental-clinics", "--title", "U", "--body-file", body],
            None,
        ),
        (
            vec!["content", "create", "acme/blog", "--sector", "dental-clinics", "--title", "U", "--body-file", "-"],
            Some("<p>\0</p>"),
        ),
        (vec!["content", "update", &id, "--body-file", body], None),
        (vec!["content", "update", &id, "--body-file", "-"], Some("\0")),
        (vec!["industry", "import", &description], None),
        (vec!["industry", "import", &sector], None),
        (vec!["industry", "import", "-"], Some("[[industry]]\nslug = \"n\"\nname = \"N\\u0000\"\n")),
        (vec!["seed", "apply", fixture], None),
        (vec!["seed", "apply", "-"], Some("{\"plans\": [{\"slug\": \"p\", \"name\": \"P\\u0000\"}]}")),
    ];
    for (args, stdin) in cases {
        let mut args = args.clone();
        args.push("--json");
        let out = match stdin {
            Some(text) => env.run_stdin(&args, text),
            None => env.run(&args),
        };
        assert_eq!(out.code, 4, "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{args:?}");
        let message = out.error()["message"].as_str().unwrap().to_string();
        assert!(message.contains("U+0000") || message.contains("NUL"), "{args:?}: {}", out.stderr);
        assert_eq!(env.dump(), before, "{args:?} changed the database");
    }
    // A config file's text is a setting, not stored: refused as the value it is, never a crash.
    let mut configured = TestEnv::empty();
    configured.use_db_of(&env);
    let config = env.path("config.toml");
    std::fs::write(&config, "actor = \"a\\u0000@b.example\"\n").unwrap();
    configured.set_env("SITECTL_CONFIG", config.to_str().unwrap());
    let e = configured.fails(&["plan", "list"], 4);
    assert_eq!(e["code"], "invalid_email");
}

/// A copy that fails while writing (an older database holding text PostgreSQL cannot store)
/// takes back the SQLite file and folders it created: exit 4, nothing left at the target.
#[test]
fn a_copy_failing_midway_takes_back_the_file_it_created() {
    let env = TestEnv::new();
    let legacy = env.path("legacy.db");
    let out = env.command(&["db", "init"]).env("SITECTL_DB", &legacy).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    rusqlite::Connection::open(&legacy)
        .unwrap()
        .execute_batch("INSERT INTO plans (slug, name, max_sites, max_users, max_sectors_per_site, is_active, created_at, updated_at) VALUES ('old', 'Old' || char(0) || 'Plan', 1, 1, 1, 1, '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z')")
        .unwrap();
    let folder = env.path("fresh");
    let to = folder.join("deeper").join("copy.db");
    let e = env.fails(&["db", "copy", "--from", legacy.to_str().unwrap(), "--to", to.to_str().unwrap()], 4);
    assert!(e["message"].as_str().unwrap().contains("NUL"), "{e}");
    // It says where the row is, so the operator can fix it.
    assert!(e["message"].as_str().unwrap().contains("column name of the row with id 1 in table plans"), "{e}");
    assert!(!folder.exists(), "the failed copy left {}", folder.display());
    // The doctor finds that row before a copy trips on it.
    let out = env.run(&["db", "doctor", "--db", legacy.to_str().unwrap(), "--json"]);
    assert_eq!(out.code, 7, "{}", out.stderr);
    let report = out.json();
    let found =
        report["problems"].as_array().unwrap().iter().any(|p| p["check"] == "text" && p["subject"] == "plans row 1");
    assert!(found, "{report}");
    // Bytes are not text: a sealed secret holds any byte (a zero among them) and is carried as
    // bytes, so the doctor leaves it alone.
    rusqlite::Connection::open(&legacy).unwrap().execute_batch("UPDATE plans SET name = 'Old Plan'").unwrap();
    for args in [
        &["account", "create", "acme", "--name", "Acme", "--plan", "old", "--owner", "o@acme.example"][..],
        &["site", "create", "Blog", "--account", "acme"],
    ] {
        let out = env.command(args).env("SITECTL_DB", &legacy).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    rusqlite::Connection::open(&legacy).unwrap().execute_batch("UPDATE sites SET wp_api_key = x'00ff00'").unwrap();
    let out = env.run(&["db", "doctor", "--db", legacy.to_str().unwrap(), "--json"]);
    let report = out.json();
    let text = report["problems"].as_array().unwrap().iter().filter(|p| p["check"] == "text").count();
    assert_eq!(text, 0, "{report}");
}

/// Runs sitectl, killing it if it is still running after 20 s (a hang is the failure). Its
/// output is read while it runs, so a long one cannot block on a full pipe.
fn run_bounded(env: &TestEnv, args: &[&str]) -> crate::support::Out {
    crate::support::run_within(&mut env.command(args), std::time::Duration::from_secs(20))
        .unwrap_or_else(|| panic!("sitectl {args:?} still ran after 20 s"))
}

/// A path that is not a regular file (a named pipe, a device) is refused as a database, as a
/// copy's target or source, before anything opens it: no hang waiting for a writer, nothing
/// written to it.
#[test]
fn a_pipe_or_a_device_is_no_database() {
    let env = TestEnv::new();
    env.seed_basic();
    let fifo = env.path("pipe.db");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let fifo = fifo.to_str().unwrap();
    for args in [
        &["db", "copy", "--to", fifo, "--json"][..],
        &["db", "copy", "--to", "/dev/null", "--json"],
        &["db", "copy", "--to", fifo, "--replace", "--yes", "--json"],
        &["db", "copy", "--from", fifo, "--to", "/dev/null", "--json"],
        &["db", "doctor", "--db", fifo, "--json"],
        &["plan", "list", "--db", "/dev/zero", "--json"],
    ] {
        let out = run_bounded(&env, args);
        assert_eq!(out.code, 9, "{args:?}: {}", out.stderr);
        assert_eq!(out.error()["code"], "not_a_database", "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("not a regular file"), "{args:?}: {}", out.stderr);
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::symlink_metadata(fifo).unwrap().file_type().is_fifo());
}

/// The source reached by another name (a hard link, a symbolic link to its folder) is still the
/// source: refused as the target, never copied onto itself.
#[test]
fn the_source_under_another_name_is_the_same_database() {
    let env = TestEnv::new();
    env.seed_basic();
    if crate::support::engine() == crate::support::Engine::Postgres {
        // The same database through a URL spelled otherwise.
        let url = env.db_value();
        let other = format!("{url}{}application_name=another-spelling", if url.contains('?') { '&' } else { '?' });
        let before = env.dump();
        for extra in [&[][..], &["--replace", "--yes"]] {
            let e = env.fails(&[&["db", "copy", "--to", &other][..], extra].concat(), 2);
            assert_eq!(e["code"], "same_database", "{other}: {e}");
        }
        assert_eq!(env.dump(), before);
        return;
    }
    let db = std::path::PathBuf::from(env.db_value());
    let hard = env.path("hard-link.db");
    std::fs::hard_link(&db, &hard).unwrap();
    let linked_folder = env.path("linked-folder");
    std::os::unix::fs::symlink(db.parent().unwrap(), &linked_folder).unwrap();
    let via_folder = linked_folder.join(db.file_name().unwrap());
    let before = env.dump();
    for to in [&hard, &via_folder] {
        for extra in [&[][..], &["--replace", "--yes"]] {
            let e = env.fails(&[&["db", "copy", "--to", to.to_str().unwrap()][..], extra].concat(), 2);
            assert_eq!(e["code"], "same_database", "{}: {e}", to.display());
        }
    }
    assert_eq!(env.dump(), before);
}

/// A copy interrupted (Ctrl-C, SIGTERM) while it writes a new SQLite target takes the file back
/// as a failed copy does: exit 130, no file, no journal, no folder.
#[test]
fn an_interrupted_copy_takes_back_the_file_it_created() {
    let env = TestEnv::new();
    // Enough rows that the copy is still writing when the signal comes.
    env.ok(&["seed", "generate", "--accounts", "2000", "--sites-per-account", "10", "--seed", "1"]);
    for signal in ["INT", "TERM"] {
        let folder = env.path(&format!("fresh-{signal}"));
        let to = folder.join("copy.db");
        let child = env
            .command(&["db", "copy", "--to", to.to_str().unwrap()])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // The signal comes once the copy has written into its new file (or its journal).
        let written = || -> u64 {
            let Ok(files) = std::fs::read_dir(&folder) else { return 0 };
            files.filter_map(|f| Some(f.ok()?.metadata().ok()?.len())).sum()
        };
        crate::support::wait::until("the copy to write into its new file", || written() > 0);
        let sent = std::process::Command::new("kill").args([&format!("-{signal}"), &child.id().to_string()]).status();
        assert!(sent.unwrap().success());
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(130), "{signal}: {stderr}");
        assert!(stderr.contains("removed"), "{signal}: {stderr}");
        assert!(!folder.exists(), "{signal}: the interrupted copy left {}", folder.display());
    }
}

/// A fixture with a NUL in every object is checked in one pass too: each such problem is
/// matched with the others by its path in a set, not by a scan of every other problem (60,000
/// objects took minutes that way).
#[test]
fn a_nul_in_every_object_is_checked_in_one_pass() {
    let env = TestEnv::new();
    let file = env.path("nul-everywhere.toml");
    let text: String =
        (0..60_000).map(|i| format!("[[plans]]\nslug = \"Bad_{i}\"\nname = \"\\u0000\"\nmax_users = 3\n")).collect();
    std::fs::write(&file, text).unwrap();
    // Bounded in CPU time, not wall time (a loaded machine stretches the latter): the quadratic
    // check this guards against took minutes of CPU; the linear one takes a few seconds.
    let mut cmd =
        crate::support::under_cpu_limit(&env.command(&["seed", "apply", file.to_str().unwrap(), "--dry-run"]), 15);
    let out = crate::support::run_within(&mut cmd, std::time::Duration::from_secs(300))
        .unwrap_or_else(|| panic!("the check still ran after 300 s"));
    assert_eq!(out.code, 4, "stopped past 15 s of CPU? {}", &out.stderr[..out.stderr.len().min(500)]);
    assert!(out.stderr.starts_with("Error: 120000 problems in "), "{}", &out.stderr[..300]);
    assert!(out.stderr.contains(".toml:239999:1: the plan name contains the control character U+0000"));
}
