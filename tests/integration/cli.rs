//! Output formats, streams, exit codes, the error shape, colour, completions, help, man pages.

use crate::support::{TestEnv, BIN};

#[test]
fn every_format_for_lists_and_records() {
    let env = TestEnv::new();
    env.seed_basic();
    // Piped table: tab-separated with a header.
    let table = env.ok(&["plan", "list"]);
    let lines: Vec<&str> = table.lines().collect();
    assert_eq!(lines[0], "id\tslug\tname\tmax_sites\tmax_users\tmax_sectors_per_site\tis_active");
    assert!(lines[1].starts_with("1\tstarter\tStarter\t4\t10\t3\ttrue"), "{table}");
    // JSON: an array with every field.
    let json = env.json(&["plan", "list"]);
    assert_eq!(json.as_array().unwrap().len(), 2);
    assert!(json[0]["created_at"].as_str().unwrap().ends_with('Z'));
    // jsonl: one object per line.
    let jsonl = env.ok(&["plan", "list", "--format", "jsonl"]);
    assert_eq!(jsonl.lines().count(), 2);
    for line in jsonl.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        assert!(v["slug"].is_string());
    }
    // csv with a header, ids one per line.
    let csv = env.ok(&["plan", "list", "--format", "csv", "--fields", "slug,max_sites"]);
    assert_eq!(csv, "slug,max_sites\nstarter,4\ngrowth,10\n");
    assert_eq!(env.ok(&["plan", "list", "--format", "ids"]), "1\n2\n");
    // A record: object in JSON, field/value table, narrowed by --fields.
    let rec = env.json(&["plan", "show", "starter", "--fields", "slug,account_count"]);
    assert_eq!(rec, serde_json::json!({"slug": "starter", "account_count": 1}));
    let rec = env.ok(&["plan", "show", "starter", "--fields", "slug,max_users"]);
    assert_eq!(rec, "field\tvalue\nslug\tstarter\nmax_users\t10\n");
    // Every machine format ends with a newline; empty lists are [] and exit 0.
    let empty = env.ok(&["site", "list", "--json"]);
    assert_eq!(empty, "[]\n");
    assert_eq!(env.ok(&["site", "list", "--format", "ids"]), "");
}

#[test]
fn unknown_fields_are_a_usage_error_listing_valid_ones() {
    let env = TestEnv::new();
    env.seed_basic();
    let err = env.fails(&["plan", "list", "--fields", "slug,colour"], 2);
    assert_eq!(err["code"], "unknown_field");
    assert!(err["message"].as_str().unwrap().contains("colour"));
    assert!(err["hint"].as_str().unwrap().contains("max_sites"));
}

#[test]
fn porcelain_prints_only_the_id() {
    let env = TestEnv::new();
    env.seed_basic();
    let out = env.run(&["site", "create", "Blog", "--account", "acme", "--porcelain"]);
    assert_eq!(out.code, 0);
    assert_eq!(out.stdout, "1\n");
    assert!(out.stderr.contains("Success:"), "narration goes to stderr: {}", out.stderr);
    let out = env.run(&["site", "update", "1", "--name", "B2", "--porcelain", "-q"]);
    assert_eq!((out.stdout.as_str(), out.stderr.as_str()), ("1\n", ""));
}

#[test]
fn json_errors_have_the_documented_shape() {
    let env = TestEnv::new();
    env.seed_basic();
    let out = env.run(&["plan", "show", "nope", "--json"]);
    assert_eq!(out.code, 3);
    assert_eq!(out.stdout, "");
    let line: serde_json::Value = serde_json::from_str(out.stderr.trim_end()).unwrap();
    let err = &line["error"];
    let keys: Vec<&str> = err.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(keys, ["code", "status", "exit_code", "message", "hint", "details"]);
    assert_eq!(err["code"], "plan_not_found");
    assert_eq!(err["status"], 404);
    // SITECTL_ERROR_FORMAT=json gives the machine form with a human output format too.
    let mut env2 = TestEnv::new();
    env2.set_env("SITECTL_ERROR_FORMAT", "json");
    let out = env2.run(&["plan", "show", "nope"]);
    assert_eq!(out.code, 3);
    assert!(out.stderr.starts_with("{\"error\":"), "{}", out.stderr);
    // Human form.
    let out = env.run(&["plan", "show", "nope"]);
    assert_eq!(out.stderr, "Error: plan 'nope' not found\nhint: `sitectl plan list` shows the plans\n");
}

/// A command-line argument that is not UTF-8 is a usage error like any other, on every path
/// that reads the raw arguments (here the one that looks for `--json` after clap refused the
/// line), never a crash.
#[test]
fn an_argument_that_is_not_utf8_is_a_usage_error() {
    use std::os::unix::ffi::OsStrExt;
    let env = TestEnv::empty();
    for (args, bad) in [(&["site", "list"][..], &b"\xff"[..]), (&["site", "list"][..], &b"--format=\xff"[..])] {
        let mut cmd = env.command(args);
        cmd.arg(std::ffi::OsStr::from_bytes(bad));
        let out = cmd.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{stderr}");
        assert!(!stderr.contains("internal error") && !stderr.contains("panicked"), "{stderr}");
    }
}

/// `-v` adds, after the error line, what the layer below said (`caused by:`); without `-v`
/// the human error is unchanged, and the JSON error keeps its documented shape either way.
#[test]
fn verbose_errors_say_what_caused_them() {
    let env = TestEnv::empty();
    // A file stands where the database's folder would be made (the operating system's error),
    // and a PostgreSQL server on a closed port (the driver's and the operating system's).
    std::fs::write(env.path("file"), "").unwrap();
    let folder_db = env.path("file/sub/sitectl.db").display().to_string();
    let cases: [(&[&str], &str); 2] = [
        (&["db", "init", "--db", &folder_db], "Not a directory"),
        (&["plan", "list", "--db", "postgresql://ops@127.0.0.1:9/sitectl?connect_timeout=2"], "Connection refused"),
    ];
    for (args, cause) in cases {
        let plain = env.run(args);
        assert_ne!(plain.code, 0, "{args:?}");
        assert!(plain.stderr.starts_with("Error: ") && !plain.stderr.contains("caused by"), "{}", plain.stderr);
        let verbose = env.run(&[&["-v"], args].concat());
        assert_eq!(verbose.code, plain.code, "{args:?}");
        let lines: Vec<&str> = verbose.stderr.lines().collect();
        assert_eq!(lines[0], plain.stderr.lines().next().unwrap(), "the error line comes first");
        let causes: Vec<&&str> = lines.iter().filter(|l| l.starts_with("caused by: ")).collect();
        assert!(causes.iter().any(|l| l.contains(cause)), "{args:?}: {}", verbose.stderr);
        // Nothing else changes: the same lines once the causes are taken out.
        let rest: Vec<&str> = lines.iter().copied().filter(|l| !l.starts_with("caused by: ")).collect();
        assert_eq!(rest, plain.stderr.lines().collect::<Vec<_>>(), "{args:?}");
        let json = env.run(&[&["-v", "--json"], args].concat());
        let keys: Vec<String> = json.error().as_object().unwrap().keys().cloned().collect();
        assert_eq!(keys, ["code", "status", "exit_code", "message", "hint", "details"], "{args:?}");
        assert!(!json.stderr.contains("caused by"), "{}", json.stderr);
    }
}

#[test]
fn exit_codes_of_the_foundation() {
    let env = TestEnv::new();
    env.seed_basic();
    // 2: usage (clap and ours).
    assert_eq!(env.run(&["plan", "create"]).code, 2);
    assert_eq!(env.run(&["site", "list", "--format", "yaml"]).code, 2);
    assert_eq!(env.run(&["nosuchcommand"]).code, 2);
    let e = env.fails(&["user", "add", "x@acme.example", "--account", "acme", "--role", "wizard"], 2);
    assert_eq!(e["code"], "usage");
    // 3: not found.
    assert_eq!(env.fails(&["account", "show", "nope"], 3)["code"], "account_not_found");
    assert_eq!(env.fails(&["user", "show", "nobody@acme.example"], 3)["code"], "user_not_found");
    assert_eq!(env.fails(&["industry", "show", "nope"], 3)["code"], "industry_not_found");
    assert_eq!(env.fails(&["site", "list", "--as", "ghost@acme.example"], 3)["code"], "actor_not_found");
    // 4: invalid.
    assert_eq!(env.fails(&["plan", "create", "Bad_Slug", "--name", "x"], 4)["code"], "invalid_slug");
    assert_eq!(env.fails(&["plan", "create", "zero", "--name", "x", "--max-sites", "0"], 4)["code"], "invalid_limit");
    assert_eq!(
        env.fails(&["user", "add", "not-an-email", "--account", "acme", "--role", "viewer"], 4)["code"],
        "invalid_email"
    );
    // 5: permission.
    assert_eq!(
        env.fails(&["plan", "create", "x", "--name", "X", "--as", "owner@acme.example"], 5)["code"],
        "operator_only"
    );
    // 6: conflict.
    assert_eq!(env.fails(&["plan", "create", "starter", "--name", "S"], 6)["code"], "plan_exists");
    // 9: database unavailable (a file that is not a database; a server that is not there).
    let mut busy = TestEnv::new();
    busy.db = busy.path("garbage.db");
    busy.target = "postgresql://127.0.0.1:9/nothing?connect_timeout=2".into();
    std::fs::write(&busy.db, "garbage garbage garbage").unwrap();
    assert_eq!(busy.run(&["plan", "list"]).code, 9);
}

#[test]
fn a_declined_or_impossible_confirmation_is_not_success() {
    let env = TestEnv::new();
    env.seed_basic();
    let e = env.fails(&["account", "cancel", "acme"], 2);
    assert_eq!(e["code"], "confirmation_required");
    assert!(e["hint"].as_str().unwrap().contains("--yes"));
    let acme = env.json(&["account", "show", "acme"]);
    assert_eq!(acme["status"], "active");
    let mut ci = TestEnv::new();
    ci.use_db_of(&env);
    ci.set_env("CI", "true");
    assert_eq!(ci.run(&["account", "cancel", "acme"]).code, 2, "CI is never consent");
}

#[test]
fn colour_follows_no_color_term_and_flags() {
    let env = TestEnv::new();
    env.seed_basic();
    let plain = env.run(&["plan", "show", "nope", "--color", "always"]);
    assert!(plain.stderr.contains("\x1b["), "--color always colours: {:?}", plain.stderr);
    let mut nc = TestEnv::new();
    nc.use_db_of(&env);
    nc.set_env("NO_COLOR", "1");
    nc.set_env("CLICOLOR_FORCE", "1");
    let out = nc.run(&["plan", "create", "starter", "--name", "S"]);
    assert!(!out.stderr.contains('\x1b'), "NO_COLOR wins over CLICOLOR_FORCE: {:?}", out.stderr);
    let mut force = TestEnv::new();
    force.use_db_of(&env);
    force.set_env("CLICOLOR_FORCE", "1");
    let out = force.run(&["plan", "create", "starter", "--name", "S"]);
    assert!(out.stderr.contains('\x1b'), "CLICOLOR_FORCE colours: {:?}", out.stderr);
    let shown = nc.json(&["config", "show"]);
    let color = shown.as_array().unwrap().iter().find(|r| r["key"] == "color").unwrap().clone();
    assert_eq!((color["value"].as_str(), color["source"].as_str()), (Some("never"), Some("env NO_COLOR")));
    // Piped (not a terminal) output never carries colour codes, even in auto mode.
    let mut dumb = TestEnv::new();
    dumb.use_db_of(&env);
    dumb.set_env("TERM", "dumb");
    assert!(!dumb.run(&["plan", "show", "nope"]).stderr.contains('\x1b'));
}

#[test]
fn broken_pipe_is_success() {
    let env = TestEnv::new();
    env.ok(&["db", "init"]);
    // Ask for a lot of output and close the reading end after the first bytes.
    let mut child = env
        .command(&["industry", "list", "--all", "--format", "jsonl"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "stderr: {}", String::from_utf8_lossy(&out.stderr));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("panicked"));
}

#[test]
fn every_command_help_has_an_example() {
    let env = TestEnv::new();
    let help = env.ok(&["--help"]);
    assert!(help.contains("Examples:"));
    // Discover the tree from the binary's own help output, one level at a time.
    let mut queue: Vec<Vec<String>> = vec![vec![]];
    let mut seen = 0;
    while let Some(path) = queue.pop() {
        let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
        args.push("--help");
        let out = env.ok(&args);
        assert!(out.contains("Example"), "`sitectl {}` --help has no example:\n{out}", path.join(" "));
        seen += 1;
        if let Some(section) = out.split("Commands:\n").nth(1) {
            for line in section.lines() {
                if !line.starts_with("  ") || line.starts_with("   ") {
                    if line.trim().is_empty() {
                        break;
                    }
                    continue;
                }
                let name = line.split_whitespace().next().unwrap();
                if name != "help" {
                    let mut p = path.clone();
                    p.push(name.to_string());
                    queue.push(p);
                }
            }
        }
    }
    assert!(seen > 40, "only {seen} commands found");
}

#[test]
fn committed_completions_are_current() {
    let env = TestEnv::new();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in [
        ("bash", "sitectl.bash"),
        ("zsh", "_sitectl"),
        ("fish", "sitectl.fish"),
        ("elvish", "sitectl.elv"),
        ("powershell", "_sitectl.ps1"),
    ] {
        let generated = env.ok(&["completions", shell]);
        let path = dir.join(file);
        if std::env::var_os("SITECTL_UPDATE_COMPLETIONS").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "completions/{file} is stale: run `SITECTL_UPDATE_COMPLETIONS=1 cargo test committed_completions` and commit"
        );
    }
}

#[test]
fn man_pages_are_written() {
    let env = TestEnv::new();
    let out_dir = env.path("man");
    env.ok(&["man", "--out-dir", out_dir.to_str().unwrap()]);
    let main = std::fs::read_to_string(out_dir.join("sitectl.1")).unwrap();
    assert!(main.contains(".TH sitectl"));
    assert!(out_dir.join("sitectl-site-create.1").exists());
    // A place that cannot be written: exit 1 with the path and the cause.
    let blocked = env.path("a-file");
    std::fs::write(&blocked, "x").unwrap();
    let out = env.run(&["man", "--out-dir", blocked.join("sub").to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.starts_with("Error: creating ") && out.stderr.contains("a-file/sub"), "{}", out.stderr);
}

#[test]
fn version_and_help_exit_zero() {
    let out = std::process::Command::new(BIN).arg("--version").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("sitectl "));
}

#[test]
fn every_command_in_table_and_json_form() {
    let env = TestEnv::new();
    env.seed_basic();
    let wp = crate::support::mockwp::MockWp::start();
    let run_both = |args: &[&str], stdin: &str| {
        for json in [false, true] {
            let mut a = args.to_vec();
            if json {
                a.push("--json");
            }
            let out = env.run_stdin(&a, stdin);
            assert_eq!(out.code, 0, "{a:?}: {}", out.stderr);
            if json {
                let v: serde_json::Value =
                    serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{a:?}: {e}: {}", out.stdout));
                assert!(v.is_object() || v.is_array(), "{a:?}");
            } else {
                let header = out.stdout.lines().next().unwrap_or_default();
                assert!(
                    header.contains('\t'),
                    "{a:?}: a piped table starts with a tab-separated header: {:?}",
                    out.stdout
                );
            }
        }
    };
    // Each mutation is idempotent in the second (JSON) run, so both forms succeed.
    let commands: &[&[&str]] = &[
        &["db", "init"],
        &["db", "migrate"],
        &["db", "info"],
        &["config", "show"],
        &["plan", "create", "extra", "--name", "Extra", "--if-exists", "skip"],
        &["plan", "list"],
        &["plan", "show", "extra"],
        &["plan", "update", "extra", "--max-sites", "4"],
        &[
            "account",
            "create",
            "initech",
            "--name",
            "Initech",
            "--plan",
            "extra",
            "--owner",
            "bill@initech.example",
            "--if-exists",
            "skip",
        ],
        &["account", "list"],
        &["account", "show", "initech"],
        &["account", "update", "initech", "--name", "Initech Corp"],
        &["account", "set-plan", "initech", "starter"],
        &["account", "suspend", "initech"],
        &["account", "reactivate", "initech"],
        &["account", "cancel", "initech", "--yes"],
        &["user", "add", "milton@acme.example", "--account", "acme", "--role", "viewer", "--if-exists", "skip"],
        &["user", "list"],
        &["user", "show", "milton@acme.example"],
        &["user", "set-role", "milton@acme.example", "editor"],
        &["industry", "list"],
        &["industry", "show", "healthcare"],
        &["site", "create", "Blog", "--account", "acme", "--if-exists", "skip"],
        &["site", "list"],
        &["site", "show", "acme/blog"],
        &["site", "update", "acme/blog", "--seo-title", "Blog"],
        &["site", "activate", "acme/blog"],
        &["site", "public", "acme/blog"],
        &["site", "deactivate", "acme/blog"],
        &["site", "create", "Old", "--account", "acme", "--if-exists", "skip"],
        &["site", "delete", "acme/old", "--yes"],
        &["site", "restore", "acme/old"],
        &["sectors", "select", "acme/blog", "--industry", "healthcare", "--sector", "optometry"],
        &["sectors", "list", "acme/blog", "--all"],
        &["access", "grant", "acme/blog", "milton@acme.example"],
        &["access", "list"],
        &["access", "revoke", "acme/blog", "milton@acme.example"],
        &["wp", "key", "show", "acme/blog"],
        &["wp", "status", "acme/blog"],
        &["wp", "sync", "acme/blog", "--content"],
        &["wp", "test", "acme/blog"],
        &["wp", "content", "list", "acme/blog"],
        &["wp", "terms", "list", "acme/blog"],
        &["wp", "events", "acme/blog"],
        &["seed", "apply", "-"],
        &["audit", "list", "--limit", "5"],
        &["db", "doctor"],
    ];
    for args in commands {
        if args[1] == "key" {
            env.ok(&["wp", "key", "generate", "acme/blog"]);
        }
        if args[0] == "wp" && args[1] == "status" {
            let out = env.run_stdin(
                &[
                    "wp",
                    "connect",
                    "acme/blog",
                    "--url",
                    &wp.url,
                    "--username",
                    crate::support::mockwp::USER,
                    "--app-password-stdin",
                ],
                crate::support::mockwp::PASSWORD,
            );
            assert_eq!(out.code, 0, "{}", out.stderr);
        }
        run_both(args, "[[plans]]\nslug = \"extra\"\nname = \"Extra\"\nmax_sites = 4\n");
        if args[1] == "key" {
            env.ok(&["wp", "key", "revoke", "acme/blog", "--yes"]);
        }
    }
    // The remaining verbs, which cannot run twice: user remove, site purge, wp disconnect.
    let out = env.run(&["user", "remove", "milton@acme.example", "--yes"]);
    assert!(out.stdout.starts_with("field\tvalue"), "{}", out.stdout);
    env.ok(&["site", "delete", "acme/old", "--yes"]);
    let purged = env.json(&["site", "purge", "acme/old", "--yes"]);
    assert_eq!(purged["slug"], "old");
    let d = env.json(&["wp", "disconnect", "acme/blog"]);
    assert_eq!(d["connection_status"], "disconnected");
}

/// TOML is `seed export`'s own format, not a global one that lists refuse at run time: clap
/// refuses it elsewhere (a usage error, exit 2, before anything runs), and `--help` offers it
/// only there.
#[test]
fn toml_is_a_format_of_seed_export_only() {
    let env = TestEnv::new();
    env.ok(&[
        "plan",
        "create",
        "p",
        "--name",
        "P",
        "--max-sites",
        "1",
        "--max-users",
        "1",
        "--max-sectors-per-site",
        "1",
    ]);
    for args in [
        &["site", "list", "--format", "toml"][..],
        &["--format", "toml", "plan", "list"],
        &["seed", "export", "--format", "ids"],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("invalid value") && out.stdout.is_empty(), "{args:?}: {}", out.stderr);
    }
    let toml = env.ok(&["seed", "export", "--format", "toml"]);
    assert!(toml.contains("[[plans]]") && toml == env.ok(&["seed", "export"]), "{toml}");
    // `table`, every command's default format, writes TOML here as it always did.
    assert_eq!(env.ok(&["seed", "export", "--format", "table"]), toml);
    let json: serde_json::Value = serde_json::from_str(&env.ok(&["seed", "export", "--format", "json"])).unwrap();
    assert_eq!(json["plans"][0]["slug"], "p");
    assert_eq!(env.ok(&["seed", "export", "--json"]), env.ok(&["seed", "export", "--format", "json"]));
    let global = env.ok(&["--help"]);
    let at = global.find("--format <FORMAT>").unwrap();
    let option = &global[at..at + global[at..].find("--json").unwrap()];
    assert!(option.contains("ids") && !option.contains("toml"), "{global}");
    assert!(env.ok(&["seed", "export", "--help"]).contains("[possible values: toml, json, csv]"));
}
