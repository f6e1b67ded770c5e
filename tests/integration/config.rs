//! Settings: precedence, profiles, unknown keys, `config show`.

use crate::support::TestEnv;

fn row(v: &serde_json::Value, key: &str) -> (String, String) {
    let r = v.as_array().unwrap().iter().find(|r| r["key"] == key).unwrap();
    (r["value"].as_str().unwrap().to_string(), r["source"].as_str().unwrap().to_string())
}

#[test]
fn config_show_reports_values_and_sources_by_precedence() {
    let mut env = TestEnv::new();
    // No config file, no env: the default database in the data dir.
    env.env.clear();
    let mut bare = env.command(&["config", "show", "--json"]);
    bare.env_remove("SITECTL_DB");
    let out = bare.output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let (db, source) = row(&v, "db");
    assert!(db.ends_with("xdg-data/sitectl/sitectl.db"), "{db}");
    assert_eq!(source, "default");
    assert_eq!(row(&v, "busy_timeout_ms"), ("5000".into(), "default".into()));

    let cfg_dir = env.dir.path().join("config/sitectl");
    std::fs::create_dir_all(&cfg_dir).unwrap();
    std::fs::write(
        cfg_dir.join("config.toml"),
        "format = 'csv'\nbusy_timeout_ms = 2500\n[profiles.support]\nactor = 'owner@acme.example'\nformat = 'jsonl'\n",
    )
    .unwrap();
    let v = env.json(&["config", "show"]);
    assert_eq!(row(&v, "format").0, "json", "the flag wins");
    assert_eq!(row(&v, "busy_timeout_ms").0, "2500");
    assert!(row(&v, "busy_timeout_ms").1.starts_with("file "));
    assert_eq!(row(&v, "db").1, "env SITECTL_DB");
    let csv = env.ok(&["config", "show"]);
    assert!(csv.starts_with("key,value,source\n"), "the file's format applies: {csv}");
    let v = env.json(&["--profile", "support", "config", "show"]);
    assert_eq!(row(&v, "actor"), ("owner@acme.example".into(), "profile support".into()));
    env.set_env("SITECTL_PROFILE", "support");
    env.set_env("SITECTL_AS", "admin@acme.example");
    env.set_env("SITECTL_BUSY_TIMEOUT_MS", "100");
    let v = env.json(&["config", "show"]);
    assert_eq!(row(&v, "actor"), ("admin@acme.example".into(), "env SITECTL_AS".into()));
    assert_eq!(row(&v, "profile"), ("support".into(), "env SITECTL_PROFILE".into()));
    assert_eq!(row(&v, "busy_timeout_ms").0, "100");
    let v = env.json(&["config", "show", "--as", "viewer@acme.example"]);
    assert_eq!(row(&v, "actor"), ("viewer@acme.example".into(), "flag --as".into()));
    let jsonl = env.ok(&["config", "show"]);
    assert!(jsonl.lines().all(|l| l.starts_with('{')), "the profile's format beats the file's: {jsonl}");
}

#[test]
fn unknown_config_keys_name_the_key_and_line() {
    let env = TestEnv::new();
    let path = env.path("bad.toml");
    std::fs::write(&path, "db = '/tmp/x.db'\nformat = 'json'\ncolour = 'never'\n").unwrap();
    let e = env.fails(&["--config", path.to_str().unwrap(), "config", "show"], 2);
    assert_eq!(e["code"], "config_invalid");
    let msg = e["message"].as_str().unwrap();
    assert!(msg.contains("colour") && msg.contains("line 3"), "{msg}");
    std::fs::write(&path, "[profiles.a]\nformat = 'json'\ndbb = 'x'\n").unwrap();
    let e = env.fails(&["--config", path.to_str().unwrap(), "config", "show"], 2);
    let msg = e["message"].as_str().unwrap();
    assert!(msg.contains("dbb") && msg.contains("line 3"), "{msg}");
    // An explicitly named config file must exist; an unknown profile is an error.
    assert_eq!(env.fails(&["--config", "/nonexistent/c.toml", "config", "show"], 2)["code"], "config_unreadable");
    assert_eq!(env.fails(&["--profile", "nope", "config", "show"], 2)["code"], "unknown_profile");
}

#[test]
fn the_profile_database_and_actor_are_used() {
    let env = TestEnv::new();
    env.seed_basic();
    let path = env.path("c.toml");
    std::fs::write(&path, format!("[profiles.acme]\ndb = '{}'\nactor = 'owner@acme.example'\n", env.db_value()))
        .unwrap();
    let mut other = TestEnv::new();
    other.env.push(("SITECTL_CONFIG".into(), path.display().to_string()));
    let mut cmd = other.command(&["--profile", "acme", "site", "create", "Via Profile", "--json"]);
    cmd.env_remove("SITECTL_DB");
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let site: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(site["account"], "acme");
    let audit = env.json(&["audit", "list", "--target", "site:acme/via-profile"]);
    assert_eq!(audit[0]["actor"], "owner@acme.example");
}

/// `user:password` whose password starts with digits and holds a `/`: URL parsers (libpq's
/// included) read `user` as the host, the digits as the port, and the rest as the database name.
/// Whatever sits between `user:` and the last `@` is still masked when the value is shown.
#[test]
fn a_password_read_as_port_and_database_is_never_shown() {
    let planted = "Qz7PlantedPw";
    let url = format!("postgresql://localhost:9/{planted}@127.0.0.1/db");
    let mut env = TestEnv::new();
    let path = env.dir.path().join("db.toml");
    std::fs::write(&path, format!("db = '{url}'\n")).unwrap();
    let config = path.to_str().unwrap();
    let mut outputs = Vec::new();
    for args in [
        vec!["--db", url.as_str(), "config", "show"],
        vec!["--db", url.as_str(), "config", "show", "--json"],
        vec!["--config", config, "config", "show", "--json"],
        vec!["--db", url.as_str(), "db", "info", "--json"],
    ] {
        let out = env.run(&args);
        outputs.push((args.join(" "), out.stdout, out.stderr));
    }
    env.set_env("SITECTL_DB", &url);
    for args in [vec!["config", "show"], vec!["db", "info", "--json"]] {
        let out = env.run(&args);
        outputs.push((args.join(" "), out.stdout, out.stderr));
    }
    for (args, stdout, stderr) in &outputs {
        assert!(!stdout.contains(planted) && !stderr.contains(planted), "{args}:\n{stdout}\n{stderr}");
    }
    // The value is still shown, masked.
    assert!(outputs[1].1.contains("postgresql://localhost:***@127.0.0.1/db"), "{}", outputs[1].1);
}
