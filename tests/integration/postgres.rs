//! What only a database server has: URLs and passwords, TLS, a server that is down, refuses
//! the login or withholds a permission, another application's tables, `db copy` between the
//! engines, and a lock held past the busy timeout. Run in the PostgreSQL pass of the suite (the
//! rest of the suite runs on both engines).

use crate::support::{pg, TestEnv};

/// A URL for the password role over TCP with TLS checked against the test CA.
fn tls_url(database: &str, extra: &str) -> String {
    let s = pg::server();
    let base = s.tls_url.rsplit_once('/').unwrap().0;
    format!("{base}/{database}?sslmode=verify-full&sslrootcert={}{extra}", s.ca)
}

/// A database owned by the password role, empty.
fn owned_database() -> String {
    let (name, _) = pg::new_database_url();
    pg::client("postgres").batch_execute(&format!("CREATE DATABASE {name} OWNER sitectl_pw")).unwrap();
    name
}

#[test]
fn passwords_come_from_the_url_the_environment_or_pgpass_and_never_show() {
    if !pg::only_on_postgres() {
        return;
    }
    let name = owned_database();
    let mut env = TestEnv::empty();
    let with_password = tls_url(&name, "").replace("sitectl_pw@", "sitectl_pw:sitectl-test-pw@");
    env.target = with_password.clone();
    env.ok(&["db", "init"]);
    env.seed_basic();
    // Nothing prints the password: config show, db info, errors, the audit log.
    for args in [&["config", "show", "--json"][..], &["db", "info", "--json"], &["audit", "list", "--json"]] {
        let out = env.run(args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert!(!out.stdout.contains("sitectl-test-pw") && !out.stderr.contains("sitectl-test-pw"), "{args:?}");
    }
    assert!(env.ok(&["db", "info"]).contains("sitectl_pw:***@"));
    let e = env.fails(&["site", "show", "acme/none"], 3);
    assert!(!e.to_string().contains("sitectl-test-pw"));
    // From SITECTL_DB_PASSWORD.
    env.target = tls_url(&name, "");
    assert_eq!(env.fails(&["plan", "list"], 5)["code"], "database_auth_failed");
    env.set_env("SITECTL_DB_PASSWORD", "sitectl-test-pw");
    assert_eq!(env.json(&["plan", "list"]).as_array().unwrap().len(), 2);
    env.env.clear();
    // From ~/.pgpass, which must be private (libpq ignores a readable one, and so do we).
    let pgpass = env.home().join(".pgpass");
    std::fs::create_dir_all(env.home()).unwrap();
    std::fs::write(&pgpass, format!("127.0.0.1:*:{name}:sitectl_pw:sitectl-test-pw\n")).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(env.fails(&["plan", "list"], 5)["code"], "database_auth_failed");
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(env.json(&["plan", "list"]).as_array().unwrap().len(), 2);
    // A wrong password: exit 5, the masked URL, and nothing of the password.
    env.target = with_password.replace("sitectl-test-pw", "wrong-password");
    let e = env.fails(&["plan", "list"], 5);
    assert_eq!(e["code"], "database_auth_failed");
    let text = e.to_string();
    assert!(text.contains("sitectl_pw:***@127.0.0.1") && !text.contains("wrong-password"), "{text}");
    pg::drop_database(&name);
}

#[test]
fn tls_is_verified_as_sslmode_says() {
    if !pg::only_on_postgres() {
        return;
    }
    let name = owned_database();
    let mut env = TestEnv::empty();
    env.set_env("SITECTL_DB_PASSWORD", "sitectl-test-pw");
    // verify-full with the CA that signed the server's certificate, by IP and by name.
    env.target = tls_url(&name, "");
    env.ok(&["db", "init"]);
    env.target = tls_url(&name, "").replace("127.0.0.1", "localhost");
    env.ok(&["plan", "list"]);
    // The public roots do not know a private CA: refused before any password is sent.
    env.target = tls_url(&name, "").split("&sslrootcert").next().unwrap().to_string();
    assert_eq!(env.fails(&["plan", "list"], 9)["code"], "database_tls");
    // A root file that is not a certificate.
    let bogus = env.path("bogus.pem");
    std::fs::write(&bogus, "not a certificate").unwrap();
    env.target = format!("{}&sslrootcert={}", env.target, bogus.display());
    assert_eq!(env.fails(&["plan", "list"], 9)["code"], "database_tls");
    // sslmode=disable to a server that only accepts TLS on TCP: refused by the server.
    env.target = tls_url(&name, "").replace("sslmode=verify-full", "sslmode=disable");
    assert_eq!(env.run(&["plan", "list"]).code, 5);
    // An unknown sslmode is a usage error that does not echo the URL's password.
    env.target = "postgresql://u:secret-pw@127.0.0.1/x?sslmode=maybe".into();
    let e = env.fails(&["plan", "list"], 4);
    assert_eq!(e["code"], "invalid_database_url");
    assert!(!e.to_string().contains("secret-pw"));
    pg::drop_database(&name);
}

#[test]
fn a_server_that_is_down_or_withholds_permissions_fails_cleanly() {
    if !pg::only_on_postgres() {
        return;
    }
    let mut env = TestEnv::empty();
    // Nothing listens there.
    env.target = "postgresql://nobody@127.0.0.1:9/sitectl?connect_timeout=3".into();
    let e = env.fails(&["site", "list"], 9);
    assert_eq!(e["code"], "database_unreachable");
    assert!(e["message"].as_str().unwrap().contains("127.0.0.1:9"), "{e}");
    // A role that may connect but not create tables: `db init` fails and leaves no table.
    let (name, _) = pg::new_database_url();
    pg::client("postgres").batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    env.target = tls_url(&name, "").replace("sitectl_pw", "sitectl_weak");
    env.set_env("SITECTL_DB_PASSWORD", "sitectl-weak-pw");
    let e = env.fails(&["db", "init"], 9);
    assert_eq!(e["code"], "database_permission_denied", "{e}");
    let tables = pg::client(&name)
        .query_one("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", &[])
        .unwrap()
        .get::<_, i64>(0);
    assert_eq!(tables, 0, "a failed init left tables behind");
    // A database that does not exist, for a role that may not create one.
    env.target = tls_url("no_such_database", "").replace("sitectl_pw", "sitectl_weak");
    assert_eq!(env.fails(&["site", "list"], 9)["code"], "database_missing");
    assert_eq!(env.fails(&["db", "init"], 9)["code"], "database_missing");
    pg::drop_database(&name);
}

#[test]
fn another_applications_database_is_refused_untouched() {
    if !pg::only_on_postgres() {
        return;
    }
    let env = TestEnv::empty();
    let name = pg::database_of(&env.target);
    pg::client("postgres").batch_execute(&format!("CREATE DATABASE {name}")).unwrap();
    // Empty: only `db init` makes it a sitectl database.
    assert_eq!(env.fails(&["site", "list"], 9)["code"], "database_missing");
    pg::client(&name)
        .batch_execute("CREATE TABLE notes (id int PRIMARY KEY, body text); INSERT INTO notes VALUES (1, 'x');")
        .unwrap();
    let before = env.dump();
    for args in [&["site", "list"][..], &["db", "init"], &["db", "migrate"]] {
        assert_eq!(env.fails(args, 9)["code"], "not_a_sitectl_database", "{args:?}");
    }
    assert_eq!(env.dump(), before);
}

#[test]
fn a_lock_held_past_the_busy_timeout_is_database_locked() {
    if !pg::only_on_postgres() {
        return;
    }
    let mut env = TestEnv::new();
    env.seed_basic();
    let before = env.dump();
    let mut holder = pg::client(&pg::database_of(&env.target));
    let mut tx = holder.transaction().unwrap();
    tx.batch_execute(&format!("SELECT pg_advisory_xact_lock({})", sitectl::store::DATABASE_LOCK)).unwrap();
    env.set_env("SITECTL_BUSY_TIMEOUT_MS", "300");
    assert_eq!(env.fails(&["site", "create", "Blog", "--account", "acme"], 9)["code"], "database_locked");
    // Readers do not wait for writers.
    assert_eq!(env.json(&["plan", "list"]).as_array().unwrap().len(), 2);
    tx.rollback().unwrap();
    assert_eq!(env.dump(), before);
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
}

/// Runs sitectl in `env` against the database `db` (a file or a URL); asserts success.
fn at(env: &TestEnv, db: &str, args: &[&str]) -> String {
    let out = env.command(args).env("SITECTL_DB", db).output().unwrap();
    assert!(out.status.success(), "{args:?} on {db}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

/// SQLite -> PostgreSQL -> SQLite, with byte-identical exports on every side and a clean doctor.
fn round_trip(source: &TestEnv) {
    let file = source.db.display().to_string();
    let original = at(source, &file, &["seed", "export"]);
    let pg_env = TestEnv::empty();
    let to = pg_env.target.clone();
    at(source, &file, &["db", "copy", "--to", &to, "--json"]);
    assert_eq!(at(source, &to, &["seed", "export"]), original);
    // The doctor finds on the copy exactly what it finds on the source (nothing, for a
    // generated database; the demo's disconnected integration, for the demo).
    let problems = |db: &str| {
        let out = source.command(&["db", "doctor", "--json"]).env("SITECTL_DB", db).output().unwrap();
        serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["problems"].clone()
    };
    assert_eq!(problems(&to), problems(&file));
    // The copy is audited on the target, with the acting user.
    let audit: serde_json::Value =
        serde_json::from_str(&at(source, &to, &["audit", "list", "--target", "database", "--json"])).unwrap();
    let last = audit.as_array().unwrap().last().unwrap().clone();
    assert_eq!((last["action"].as_str(), last["actor"].as_str()), (Some("copy"), Some("operator")), "{last}");
    // A non-empty target is refused without --replace; a dry run changes nothing.
    let out = source.command(&["db", "copy", "--to", &to, "--json"]).env("SITECTL_DB", &file).output().unwrap();
    assert_eq!(out.status.code(), Some(6));
    let before = pg_env.dump();
    at(source, &file, &["db", "copy", "--to", &to, "--replace", "--dry-run"]);
    assert_eq!(pg_env.dump(), before);
    // And back to a new file.
    let back = source.path("back.db").display().to_string();
    at(source, &to, &["db", "copy", "--to", &back]);
    assert_eq!(at(source, &back, &["seed", "export"]), original);
    // The copy keeps working: new ids follow the copied ones.
    at(source, &to, &["plan", "create", "after-copy", "--name", "After"]);
}

#[test]
fn db_copy_round_trips_the_demo_and_a_generated_database() {
    if !pg::only_on_postgres() {
        return;
    }
    // The sources are SQLite files, whatever this pass's engine.
    let demo = TestEnv::empty();
    let f = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/demo.toml");
    at(&demo, &demo.db.display().to_string(), &["seed", "apply", f, "--init"]);
    round_trip(&demo);
    // Copying a database onto itself, however the path is spelled, is refused.
    let file = demo.db.display().to_string();
    let respelled =
        format!("{}/./{}", demo.db.parent().unwrap().display(), demo.db.file_name().unwrap().to_str().unwrap());
    for to in [&file, &respelled] {
        let out = demo.command(&["db", "copy", "--to", to, "--json"]).env("SITECTL_DB", &file).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stderr).contains("same_database"));
    }
    let big = TestEnv::empty();
    at(
        &big,
        &big.db.display().to_string(),
        &["seed", "generate", "--accounts", "1000", "--sites-per-account", "2", "--init"],
    );
    let out =
        big.command(&["db", "doctor", "--json"]).env("SITECTL_DB", big.db.display().to_string()).output().unwrap();
    assert!(out.status.success(), "a generated database is doctor-clean");
    round_trip(&big);
}

#[test]
fn the_doctor_finds_a_sequence_behind_its_table() {
    if !pg::only_on_postgres() {
        return;
    }
    let env = TestEnv::new();
    env.seed_basic();
    env.sql("SELECT setval(pg_get_serial_sequence('plans', 'id'), 1)");
    let out = env.run(&["db", "doctor", "--json"]);
    assert_eq!(out.code, 7, "{}", out.stderr);
    let r = out.json();
    let found =
        r["problems"].as_array().unwrap().iter().any(|p| p["check"] == "sequences" && p["subject"] == "table plans");
    assert!(found, "{r}");
    assert_eq!(r["engine"], "postgres");
}
