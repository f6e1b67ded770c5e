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
