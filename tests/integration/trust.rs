//! The trust guarantees (issue 10): secrets stay on their origin, the acting user is exactly who
//! was named, tenants learn nothing of each other, no input crashes or half-applies.

use serde_json::json;

use crate::support::mockwp::{self, connect_core, MockWp, Reply};
use crate::support::TestEnv;

fn setup() -> TestEnv {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["site", "create", "Shop", "--account", "acme"]);
    env
}

fn redirect_to(location: String) -> Reply {
    Reply::Raw(302, "text/html".into(), String::new(), vec![("Location".into(), location)])
}

/// A bridge-mode WordPress that accepts `key`.
fn bridge_wp(key: &str) -> MockWp {
    let wp = MockWp::start();
    let mut site = wp.site.lock().unwrap();
    site.extra_namespaces.push("igny8/v1".into());
    site.api_key = Some(key.to_string());
    drop(site);
    wp
}

fn assert_no_credentials_reached(other: &MockWp) {
    for r in other.requests() {
        assert!(
            !r.headers.contains_key("x-igny8-api-key") && !r.headers.contains_key("authorization"),
            "a credential reached the other origin: {r:?}"
        );
    }
}

#[test]
fn credentials_go_only_to_the_origin_the_operator_named() {
    let env = setup();
    let key = env.ok(&["wp", "key", "generate", "acme/blog", "--porcelain"]).trim().to_string();
    let other = MockWp::start();
    let before = env.dump();

    // 1. users/me answers with a redirect to another port: the key is not sent there.
    let wp = bridge_wp(&key);
    let target = format!("{}/wp-json/wp/v2/users/me", other.url);
    wp.set_fault(move |r, _| r.path.ends_with("users/me").then(|| redirect_to(target.clone())));
    let e = env.fails(&["wp", "connect", "acme/blog", "--url", &wp.url], 8);
    assert_eq!(e["code"], "wp_cross_origin");
    let message = e["message"].as_str().unwrap();
    let port = |u: &str| u.rsplit(':').next().unwrap().to_string();
    assert!(message.contains(&port(&wp.url)) && message.contains(&port(&other.url)), "{message}");
    assert!(other.requests().is_empty(), "nothing at all was sent to the other origin");
    assert_eq!(env.dump(), before, "nothing was stored");

    // 2. A Link header announcing a REST root on another host: refused, nothing sent there.
    let wp = bridge_wp(&key);
    let foreign = format!("<{}/wp-json/>; rel=\"https://api.w.org/\"", other.url);
    wp.set_fault(move |r, _| {
        (r.path == "/" && !r.query.contains_key("rest_route")).then(|| {
            Reply::Raw(200, "text/html".into(), "<html></html>".into(), vec![("Link".into(), foreign.clone())])
        })
    });
    assert_eq!(env.fails(&["wp", "connect", "acme/blog", "--url", &wp.url], 8)["code"], "wp_cross_origin");
    assert!(other.requests().is_empty());

    // 3. The REST index itself redirects elsewhere: it does not become the stored root.
    let wp = bridge_wp(&key);
    let elsewhere = other.url.clone();
    wp.set_fault(move |r, _| r.path.starts_with("/wp-json").then(|| redirect_to(format!("{elsewhere}{}", r.path))));
    assert_eq!(env.fails(&["wp", "connect", "acme/blog", "--url", &wp.url], 8)["code"], "wp_cross_origin");
    assert_no_credentials_reached(&other);
    assert_eq!(env.dump(), before);

    // 4. Core mode: the Application Password does not follow a redirect either.
    let core = MockWp::start();
    let target = format!("{}/wp-json/wp/v2/users/me", other.url);
    core.set_fault(move |r, _| r.path.ends_with("users/me").then(|| redirect_to(target.clone())));
    let out = env.run_stdin(
        &["wp", "connect", "acme/shop", "--url", &core.url, "--username", "admin", "--app-password-stdin", "--json"],
        mockwp::PASSWORD,
    );
    assert_eq!(out.code, 8, "{}", out.stderr);
    assert_eq!(out.error()["code"], "wp_cross_origin");
    assert_no_credentials_reached(&other);

    // 5. A users/me that answers 200 without a user (credentials never checked) is a refusal.
    core.set_fault(|r, _| r.path.ends_with("users/me").then(|| Reply::Json(200, json!([]), vec![])));
    let out = env.run_stdin(
        &["wp", "connect", "acme/shop", "--url", &core.url, "--username", "admin", "--app-password-stdin", "--json"],
        mockwp::PASSWORD,
    );
    assert_eq!(out.code, 8, "{}", out.stderr);
    assert_eq!(out.error()["code"], "wp_credentials_refused");
    assert_eq!(env.dump(), before);

    // 6. After a good connection, a sync redirected to another origin sends nothing there.
    core.clear_fault();
    let out = env.run_stdin(
        &["wp", "connect", "acme/shop", "--url", &core.url, "--username", "admin", "--app-password-stdin"],
        mockwp::PASSWORD,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    other.clear_log();
    let elsewhere = other.url.clone();
    core.set_fault(move |r, _| {
        (r.path == "/wp-json/wp/v2/posts").then(|| redirect_to(format!("{elsewhere}/wp-json/wp/v2/posts")))
    });
    assert_eq!(env.fails(&["wp", "sync", "acme/shop", "--content"], 8)["code"], "wp_cross_origin");
    assert_no_credentials_reached(&other);
    assert!(other.requests().is_empty());
    assert_eq!(env.json(&["wp", "status", "acme/shop"])["sync_status"], "error");
}

#[test]
fn plain_http_with_credentials_needs_allow_insecure_http() {
    let env = setup();
    let before = env.dump();
    // A non-loopback http URL with a password: refused before anything is sent (the .invalid
    // host would otherwise fail to resolve, exit 8).
    let args = ["wp", "connect", "acme/blog", "--url", "http://wp.sitectl-test.invalid", "--username", "admin"];
    let mut with_stdin = args.to_vec();
    with_stdin.extend(["--app-password-stdin", "--json"]);
    let out = env.run_stdin(&with_stdin, mockwp::PASSWORD);
    assert_eq!(out.code, 4, "{}", out.stderr);
    assert_eq!(out.error()["code"], "wp_insecure_http");
    assert!(out.error()["hint"].as_str().unwrap().contains("--allow-insecure-http"));
    // With the flag, it goes on (and fails to resolve the host, which proves it got past).
    with_stdin.push("--allow-insecure-http");
    let out = env.run_stdin(&with_stdin, mockwp::PASSWORD);
    assert_eq!(out.code, 8, "{}", out.stderr);
    assert_eq!(out.error()["code"], "wp_unreachable");
    // Anonymous (no credentials) over http is fine to try; loopback http with credentials is
    // allowed (the rest of the suite connects that way).
    assert_eq!(
        env.fails(&["wp", "connect", "acme/blog", "--url", "http://wp.sitectl-test.invalid"], 8)["code"],
        "wp_unreachable"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn an_empty_acting_user_is_a_usage_error_from_every_source() {
    let mut env = setup();
    let before = env.dump();
    for args in [&["--as", "", "site", "list"][..], &["--as", "  ", "site", "list"]] {
        let e = env.fails(args, 2);
        assert_eq!(e["code"], "empty_actor");
    }
    env.set_env("SITECTL_AS", "");
    assert_eq!(env.fails(&["site", "delete", "acme/blog", "--yes"], 2)["code"], "empty_actor");
    env.env.clear();
    let cfg = env.path("c.toml");
    std::fs::write(&cfg, "actor = ''\n[profiles.support]\nactor = ' '\n").unwrap();
    env.set_env("SITECTL_CONFIG", cfg.to_str().unwrap());
    let e = env.fails(&["site", "list"], 2);
    assert!(e["message"].as_str().unwrap().contains("c.toml"), "{e}");
    assert_eq!(env.fails(&["--profile", "support", "site", "list"], 2)["code"], "empty_actor");
    assert_eq!(env.dump(), before);
}

#[test]
fn operator_commands_refuse_tenant_users_and_no_cross_tenant_counts_are_shown() {
    let env = setup();
    for args in [&["db", "info"][..], &["db", "migrate"], &["db", "doctor"], &["audit", "list"]] {
        let mut a = args.to_vec();
        a.extend(["--as", "owner@acme.example"]);
        assert_eq!(env.fails(&a, 5)["code"], "operator_only", "{args:?}");
    }
    // A developer is operator-level.
    env.ok(&["db", "info", "--as", "dev@acme.example"]);
    // plan show counts accounts of every tenant: only for the operator.
    assert_eq!(env.json(&["plan", "show", "starter"])["account_count"], 1);
    let as_owner = env.json(&["plan", "show", "starter", "--as", "owner@acme.example"]);
    assert!(as_owner.get("account_count").is_none(), "{as_owner}");
}

#[test]
fn tenants_learn_nothing_of_other_tenants_or_ungranted_sites() {
    let env = setup();
    env.ok(&["access", "grant", "acme/blog", "editor@acme.example"]);
    env.ok(&["access", "grant", "acme/shop", "viewer@acme.example"]);
    env.ok(&["sectors", "select", "acme/shop", "--industry", "healthcare", "--sectors", "dental-clinics"]);
    // user add with an email of another tenant: the other account is not named.
    let e = env.fails(
        &[
            "user",
            "add",
            "editor@globex.example",
            "--account",
            "acme",
            "--role",
            "editor",
            "--as",
            "owner@acme.example",
        ],
        6,
    );
    assert!(!e.to_string().contains("'globex'"), "{e}");
    // The operator is told which account holds it.
    assert!(env
        .fails(&["user", "add", "editor@globex.example", "--account", "acme", "--role", "editor"], 6)
        .to_string()
        .contains("'globex'"));
    // site create --account OTHER: not found, exactly like a missing account.
    let other = env.fails(&["site", "create", "X", "--account", "globex", "--as", "owner@acme.example"], 3);
    let missing = env.fails(&["site", "create", "X", "--account", "nowhere", "--as", "owner@acme.example"], 3);
    assert_eq!(other.to_string().replace("globex", "nowhere"), missing.to_string());
    // account show as an editor: no site count, only granted sites' sector usage.
    let shown = env.json(&["account", "show", "acme", "--as", "editor@acme.example"]);
    assert!(shown.get("site_usage").is_none(), "{shown}");
    let usage: Vec<&str> =
        shown["site_sectors"].as_array().unwrap().iter().map(|u| u["site"].as_str().unwrap()).collect();
    assert_eq!(usage, ["acme/blog"]);
    assert_eq!(env.json(&["account", "show", "acme", "--as", "owner@acme.example"])["site_usage"]["used"], 2);
    // access list --user OTHER: only grants on sites the caller sees.
    let grants = env.json(&["access", "list", "--user", "viewer@acme.example", "--as", "editor@acme.example"]);
    assert_eq!(grants, serde_json::json!([]));
    let site = env.json(&["site", "show", "acme/blog", "--as", "editor@acme.example"]);
    assert!(site.get("site_usage").is_none(), "{site}");
}

#[test]
fn only_db_init_creates_a_database_and_foreign_files_are_refused_untouched() {
    let env = TestEnv::empty();

    // A mistyped path: exit 9 naming it, with the hint, and nothing created.
    for args in [&["site", "list"][..], &["plan", "list"], &["db", "info"], &["db", "migrate"], &["seed", "export"]] {
        let e = env.fails(args, 9);
        assert_eq!(e["code"], "database_missing", "{args:?}");
        assert!(e["message"].as_str().unwrap().contains(&env.db_value()), "{e}");
        assert!(e["hint"].as_str().unwrap().contains("sitectl db init"));
        assert!(!env.database_exists(), "{args:?} created the database");
    }
    // seed apply --init creates it (a CI one-liner); --dry-run with --init still creates nothing.
    let fixture = env.path("f.toml");
    std::fs::write(&fixture, "[[plans]]\nslug = 'p'\nname = 'P'\nmax_sites = 1\nmax_users = 1\n").unwrap();
    let f = fixture.to_str().unwrap();
    assert_eq!(env.fails(&["seed", "apply", f], 9)["code"], "database_missing");
    env.ok(&["seed", "apply", f, "--init", "--dry-run"]);
    assert!(!env.database_exists(), "a dry run created the database");
    env.ok(&["seed", "apply", f, "--init"]);
    assert_eq!(env.json(&["plan", "list"]).as_array().unwrap().len(), 1);

    if crate::support::skip_on_postgres("the rest is about files (see postgres.rs for the server's cases)") {
        return;
    }
    // An SQLite file of another application: refused, byte for byte untouched.
    let other = TestEnv::empty();
    std::fs::create_dir_all(other.db.parent().unwrap()).unwrap();
    let conn = rusqlite::Connection::open(&other.db).unwrap();
    conn.execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, 'x');")
        .unwrap();
    drop(conn);
    let before = std::fs::read(&other.db).unwrap();
    for args in [&["site", "list"][..], &["db", "init"], &["db", "migrate"]] {
        assert_eq!(other.fails(args, 9)["code"], "not_a_sitectl_database", "{args:?}");
    }
    assert_eq!(std::fs::read(&other.db).unwrap(), before);
    // A truncated database: exit 9, not 1, and no schema text in the message.
    let good = TestEnv::new();
    good.seed_basic();
    let bytes = good.db_bytes();
    let cut = TestEnv::empty();
    std::fs::create_dir_all(cut.db.parent().unwrap()).unwrap();
    std::fs::write(&cut.db, &bytes[..bytes.len() / 3]).unwrap();
    let out = cut.run(&["site", "list", "--json"]);
    assert_eq!(out.code, 9, "{}", out.stderr);
    assert!(!out.stderr.contains("CREATE TABLE"), "{}", out.stderr);
    // Impossible schema versions: exit 9, never a crash.
    for version in [-1i64, i64::from(i32::MIN), 1_000_000] {
        let env = TestEnv::new();
        env.set_schema_version(version);
        let out = env.run(&["site", "list", "--json"]);
        assert_eq!(out.code, 9, "user_version {version}: {}", out.stderr);
    }
}

#[test]
fn dry_runs_touch_nothing_at_all() {
    let env = TestEnv::new();
    env.seed_basic();
    // An older schema: a dry run says a migration is needed and stops, changing nothing.
    env.set_schema_version(1);
    let before = env.db_bytes();
    let e = env.fails(&["site", "create", "X", "--account", "acme", "--dry-run"], 9);
    assert_eq!(e["code"], "migration_needed");
    let dry = env.json(&["db", "migrate", "--dry-run"]);
    assert_eq!((dry["from_version"].as_i64(), dry["changed"].as_bool()), (Some(1), Some(true)));
    assert_eq!(env.db_bytes(), before);
    // No secret.key is created by a dry run that would seal a secret.
    let fresh = TestEnv::new();
    fresh.seed_basic();
    fresh.ok(&["site", "create", "Blog", "--account", "acme"]);
    let key_file = fresh.dir.path().join("config/sitectl/secret.key");
    let before = fresh.dump();
    fresh.ok(&["wp", "key", "generate", "acme/blog", "--dry-run"]);
    assert!(!key_file.exists(), "a dry run created the secret key file");
    assert_eq!(fresh.dump(), before);
}

#[test]
fn secrets_stay_sealed_under_one_key_and_reseal_moves_them() {
    let mut env = setup();
    let key = env.ok(&["wp", "key", "generate", "acme/blog", "--porcelain"]).trim().to_string();
    let key_file = env.dir.path().join("config/sitectl/secret.key");
    assert!(key_file.exists());
    let check = env.sql_value("SELECT value FROM meta WHERE key = 'secret_key_check'").trim_matches('"').to_string();
    assert!(!std::fs::read_to_string(&key_file).unwrap().contains(&check), "the check value is not the key");
    let before = env.dump();
    // Sealing under another key is refused, naming where the key came from.
    env.set_env("SITECTL_SECRET_KEY", &"11".repeat(32));
    let e = env.fails(&["wp", "key", "generate", "acme/shop"], 5);
    assert_eq!(e["code"], "secret_key_mismatch");
    assert!(e["message"].as_str().unwrap().contains("SITECTL_SECRET_KEY"), "{e}");
    // The doctor reports secrets that do not open under the current key.
    let out = env.run(&["db", "doctor", "--json"]);
    assert_eq!(out.code, 7, "{}", out.stderr);
    assert!(out.stdout.contains("\"secret_key\""), "{}", out.stdout);
    assert_eq!(env.dump(), before);
    // A missing key file is never silently created for a database that holds secrets.
    env.env.clear();
    let old_key = env.path("old.key");
    std::fs::rename(&key_file, &old_key).unwrap();
    assert_eq!(env.fails(&["wp", "key", "generate", "acme/shop"], 5)["code"], "secret_key_unavailable");
    assert!(!key_file.exists());
    assert_eq!(env.dump(), before);
    // Reseal under a new key: one transaction, then everything opens under the new key.
    env.set_env("SITECTL_SECRET_KEY", &"22".repeat(32));
    let wrong_old = env.path("wrong.key");
    std::fs::write(&wrong_old, "33".repeat(32)).unwrap();
    let e = env.fails(&["wp", "key", "reseal", "--from-key-file", wrong_old.to_str().unwrap(), "--yes"], 5);
    assert_eq!(e["code"], "secret_key_mismatch");
    assert_eq!(env.dump(), before);
    let out = env.json(&["wp", "key", "reseal", "--from-key-file", old_key.to_str().unwrap(), "--yes"]);
    assert_eq!(out["resealed"], 1);
    assert_eq!(env.json(&["wp", "key", "show", "acme/blog", "--reveal"])["api_key"], key.as_str());
    env.ok(&["db", "doctor"]);
    env.ok(&["wp", "key", "generate", "acme/shop"]);
    assert!(env.ok(&["audit", "list", "--format", "jsonl"]).contains("wp.key.reseal"));
    // A database whose secrets predate the recorded check value: a key that does not open them
    // is refused rather than recorded as the database's key.
    env.sql("DELETE FROM meta");
    env.env.clear();
    env.set_env("SITECTL_SECRET_KEY", &"44".repeat(32));
    let before = env.dump();
    assert_eq!(env.fails(&["wp", "key", "rotate", "acme/blog", "--yes"], 5)["code"], "secret_key_mismatch");
    assert_eq!(env.dump(), before);
}

fn posts_reply(wp: &MockWp, from: usize, n: usize, total: &str, pages: &str) -> Reply {
    let posts: Vec<serde_json::Value> = wp.site.lock().unwrap().posts.iter().skip(from).take(n).cloned().collect();
    Reply::Json(
        200,
        serde_json::Value::Array(posts),
        vec![("X-WP-Total".into(), total.into()), ("X-WP-TotalPages".into(), pages.into())],
    )
}

#[test]
fn lying_paging_headers_end_the_sync_after_a_bounded_number_of_requests() {
    let env = setup();
    let wp = MockWp::start();
    connect_core(&env, "acme/blog", &wp);
    let before = env.dump_without_log();
    let posts = |wp: &MockWp| wp.requests().iter().filter(|r| r.path == "/wp-json/wp/v2/posts").count();
    let cases: Vec<(&str, Reply, &str)> = vec![
        ("absurd page count", posts_reply(&wp, 0, 100, "100000000000", "1000000000"), "wp_bad_paging"),
        ("total and pages disagree", posts_reply(&wp, 0, 100, "250", "50"), "wp_bad_paging"),
        ("short first page, more announced", posts_reply(&wp, 0, 10, "300", "3"), "wp_bad_paging"),
        ("an empty first page, more announced", posts_reply(&wp, 0, 0, "300", "3"), "wp_bad_paging"),
        // Every answer the same: the second does not start where the first ended, which is
        // what a collection changing under the read looks like; read again, a bounded number
        // of times (three reads, each of at most the six answers the first one announces).
        ("the same page for every page number", posts_reply(&wp, 0, 100, "500", "5"), "wp_changed_during_read"),
    ];
    for (what, reply, code) in cases {
        wp.clear_log();
        wp.set_fault(move |r, _| (r.path == "/wp-json/wp/v2/posts").then(|| reply.clone()));
        let e = env.fails(&["wp", "sync", "acme/blog", "--content", "--types", "post"], 8);
        assert_eq!(e["code"], code, "{what}: {e}");
        assert!(posts(&wp) <= 18, "{what}: {} requests", posts(&wp));
        assert_eq!(env.json(&["wp", "status", "acme/blog"])["sync_status"], "error", "{what}");
        assert_eq!(env.dump_without_log(), before, "{what}: the mirror changed");
    }
    // An empty answer before the announced end is a collection that shrank under the read (or
    // a lie): nothing fetched is taken for the whole, so a full sync removes nothing.
    wp.clear_fault();
    env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post"]);
    let before = env.dump_without_log();
    wp.clear_log();
    let full = posts_reply(&wp, 0, 100, "300", "3");
    wp.set_fault(move |r, _| {
        (r.path == "/wp-json/wp/v2/posts").then(|| match r.query.get("offset") {
            None => full.clone(),
            Some(_) => Reply::Json(
                200,
                json!([]),
                vec![("X-WP-Total".into(), "300".into()), ("X-WP-TotalPages".into(), "3".into())],
            ),
        })
    });
    let e = env.fails(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full"], 8);
    assert_eq!(e["code"], "wp_changed_during_read", "{e}");
    // Three reads, each of the first answer and at most one per worker for the three after it.
    assert!(posts(&wp) <= 12, "{} requests", posts(&wp));
    assert_eq!(env.dump_without_log(), before, "the mirror changed");
}

#[test]
fn a_reconnect_during_a_sync_makes_that_sync_fail_cleanly() {
    let env = setup();
    let wp = MockWp::start();
    let other = MockWp::start();
    connect_core(&env, "acme/blog", &wp);
    // Connecting writes exactly one audit row.
    let audit = env.ok(&["audit", "list", "--target", "site:acme/blog", "--format", "jsonl"]);
    assert_eq!(audit.lines().filter(|l| l.contains("\"wp.")).count(), 1, "{audit}");
    // While the sync fetches posts, the site is connected to another WordPress.
    let run = env.detached();
    let other_url = other.url.clone();
    let once = std::sync::atomic::AtomicBool::new(false);
    wp.set_fault(move |r, _| {
        if r.path == "/wp-json/wp/v2/posts" && !once.swap(true, std::sync::atomic::Ordering::SeqCst) {
            let out = run(&["wp", "connect", "acme/blog", "--url", &other_url]);
            assert_eq!(out.code, 0, "reconnect: {}", out.stderr);
        }
        None
    });
    let e = env.fails(&["wp", "sync", "acme/blog", "--content"], 6);
    assert_eq!(e["code"], "wp_reconnected");
    // Nothing of the old site was written under the new connection; the new one is untouched.
    let status = env.json(&["wp", "status", "acme/blog"]);
    assert_eq!(status["external_site_url"], format!("{}/", other.url));
    assert_ne!(status["sync_status"], "syncing");
    assert_eq!(env.json(&["wp", "content", "list", "acme/blog"]), json!([]));
}

#[test]
fn an_interrupted_sync_never_stays_syncing() {
    let env = setup();
    let wp = MockWp::start();
    connect_core(&env, "acme/blog", &wp);
    wp.clear_log();
    wp.set_fault(|r, _| (r.path == "/wp-json/wp/v2/posts").then_some(Reply::Hang));
    let mut child =
        env.command(&["wp", "sync", "acme/blog", "--content"]).stderr(std::process::Stdio::piped()).spawn().unwrap();
    let started = std::time::Instant::now();
    while !wp.requests().iter().any(|r| r.path == "/wp-json/wp/v2/posts") {
        assert!(started.elapsed().as_secs() < 20, "the sync never asked for posts");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    assert_eq!(env.json(&["wp", "status", "acme/blog"])["sync_status"], "syncing");
    let pid = child.id().to_string();
    assert!(std::process::Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(130));
    let shown = env.json(&["wp", "status", "acme/blog"]);
    assert_eq!(shown["sync_status"], "error", "{shown}");
    assert!(shown["sync_error"].as_str().unwrap().contains("interrupted"));
    let events = env.json(&["wp", "events", "acme/blog"]);
    assert!(events.as_array().unwrap().iter().all(|e| e["status"] != "started"), "{events}");
}

#[test]
fn purge_removes_a_site_with_an_integration_events_and_a_mirror() {
    let env = setup();
    let wp = MockWp::start();
    connect_core(&env, "acme/blog", &wp);
    env.ok(&["wp", "sync", "acme/blog"]);
    env.ok(&["site", "delete", "acme/blog", "--yes"]);
    env.ok(&["site", "purge", "acme/blog", "--yes"]);
    for table in ["wp_content", "wp_terms", "sync_events", "integrations"] {
        assert_eq!(
            env.sql_value(&format!("SELECT count(*) FROM {table}")),
            "0",
            "{table} kept rows of the purged site"
        );
    }
    assert_eq!(env.fails(&["site", "show", "acme/blog"], 3)["code"], "site_not_found");
}

#[test]
fn text_from_outside_is_neutralised_on_screens_and_exact_in_json() {
    let env = setup();
    let wp = MockWp::start();
    let evil = "Launch \u{1b}[2J\u{1b}]0;pwned\u{7} \u{202e}txt.exe";
    wp.edit_post(1, evil, "2030-01-01T00:00:00");
    connect_core(&env, "acme/blog", &wp);
    env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post"]);
    // A table (piped here, tab-separated) is escaped; JSON carries exactly what WordPress said.
    let out = env.ok(&["wp", "content", "list", "acme/blog", "--format", "table"]);
    assert!(!out.contains('\u{1b}') && !out.contains('\u{202e}'), "{out:?}");
    assert!(out.contains("\\u{1b}[2J"), "{out}");
    let items = env.json(&["wp", "content", "list", "acme/blog"]);
    assert!(items.as_array().unwrap().iter().any(|i| i["title"] == evil));
    // An error message from WordPress, on stderr: escaped for people, exact in JSON.
    wp.set_fault(|r, _| {
        r.path
            .ends_with("/posts")
            .then(|| Reply::Json(500, json!({"code": "boom", "message": "down \u{1b}[31mRED\u{1b}[0m"}), vec![]))
    });
    let human = env.run(&["wp", "sync", "acme/blog", "--content", "--types", "post"]);
    assert_eq!(human.code, 8);
    assert!(!human.stderr.contains('\u{1b}') && human.stderr.contains("\\u{1b}[31m"), "{:?}", human.stderr);
    let machine = env.run(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--json"]);
    assert!(machine.error()["message"].as_str().unwrap().contains("\u{1b}[31mRED"));
    // Names given to sitectl refuse direction overrides and zero-width characters.
    for name in ["Evil\u{202e}cod.exe", "Zero\u{200b}Width", "\u{2066}Isolate"] {
        let e = env.fails(&["site", "create", name, "--account", "acme", "--slug", "evil"], 4);
        assert_eq!(e["code"], "invalid_name", "{name:?}");
    }
    assert_eq!(env.fails(&["account", "update", "acme", "--name", "Acme\u{202e}"], 4)["code"], "invalid_name");
}

#[test]
fn seed_generate_is_all_or_nothing_and_keeps_the_rules() {
    let env = TestEnv::new();
    const GEN: [&str; 10] =
        ["seed", "generate", "--accounts", "5", "--sites-per-account", "2", "--sectors-per-site", "2", "--seed", "5"];
    // A slug the run would take already exists (account 3 of 5): exit 6 naming it, nothing written.
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
    env.ok(&["account", "create", "g5-3", "--name", "Taken", "--plan", "p", "--owner", "o@taken.example"]);
    let before = env.dump();
    let e = env.fails(&GEN, 6);
    assert!(e["message"].as_str().unwrap().contains("g5-3"), "{e}");
    assert_eq!(env.dump(), before, "a failed run left rows behind");
    // An existing plan of the same name whose limits the data would break: refused.
    let env = TestEnv::new();
    env.ok(&[
        "plan",
        "create",
        "gen-s2-k2",
        "--name",
        "G",
        "--max-sites",
        "1",
        "--max-users",
        "5",
        "--max-sectors-per-site",
        "5",
    ]);
    let before = env.dump();
    assert_eq!(env.fails(&GEN, 4)["code"], "plan_limit_exceeded");
    assert_eq!(env.dump(), before);
    // And when everything fits, it all lands, within the plan's limits (the doctor agrees).
    env.ok(&["plan", "update", "gen-s2-k2", "--max-sites", "2"]);
    assert_eq!(env.json(&GEN)["account_count"], 5);
    env.ok(&["db", "doctor"]);
}

#[test]
fn small_contract_fixes() {
    let env = setup();
    // audit list --actor matches emails case-insensitively, like every email.
    env.ok(&["site", "update", "acme/blog", "--name", "Blog 2", "--as", "owner@acme.example"]);
    let rows = env.json(&["audit", "list", "--actor", "OWNER@Acme.Example"]);
    assert_eq!(rows.as_array().unwrap().len(), 1, "{rows}");
    // --fields that names nothing, and --porcelain with --fields: usage errors.
    assert_eq!(env.fails(&["site", "list", "--fields", ","], 2)["code"], "empty_fields");
    assert_eq!(env.fails(&["site", "list", "--fields", " , "], 2)["code"], "empty_fields");
    let out = env.run(&["site", "create", "X", "--account", "acme", "--porcelain", "--fields", "id", "--json"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    // With -v, the JSON error line is still the only thing on stderr.
    let out = env.run(&["site", "show", "acme/nope", "-v", "--json"]);
    assert_eq!(out.code, 3);
    out.error();
    // Narration still reaches stderr when the command succeeds (after the fact).
    let ok = env.run(&["site", "list", "-v", "--json"]);
    assert!(ok.stderr.contains("database:"), "{}", ok.stderr);
}

#[test]
fn every_read_from_outside_is_bounded() {
    let mut env = setup();
    env.ok(&["wp", "key", "generate", "acme/blog"]);
    // An endless stdin for a secret: a clear error (exit 4), not memory exhaustion.
    let endless = |args: &[&str]| {
        let out = env.command(args).stdin(std::fs::File::open("/dev/zero").unwrap()).output().unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    let (code, stderr) = endless(&["wp", "key", "verify", "acme/blog", "--json"]);
    assert_eq!(code, Some(4), "{stderr}");
    assert!(stderr.contains("input_too_large"), "{stderr}");
    let (code, _) = endless(&[
        "wp",
        "connect",
        "acme/blog",
        "--url",
        "http://127.0.0.1:9",
        "--username",
        "a",
        "--app-password-stdin",
    ]);
    assert_eq!(code, Some(4));
    // A secret that is not UTF-8: exit 4 with a message.
    let bytes = [0xffu8, 0xfe, 0x00];
    let mut child = env
        .command(&["wp", "key", "verify", "acme/blog", "--json"])
        .stdin(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), &bytes).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(4));
    assert!(String::from_utf8_lossy(&out.stderr).contains("input_not_text"));
    // Config and key files that never end.
    env.set_env("SITECTL_CONFIG", "/dev/zero");
    assert_eq!(env.fails(&["site", "list"], 2)["code"], "config_unreadable");
    env.env.clear();
    env.set_env("SITECTL_SECRET_KEY_FILE", "/dev/zero");
    assert_eq!(env.fails(&["wp", "key", "show", "acme/blog"], 5)["code"], "secret_key_unavailable");
}

#[test]
fn a_dry_run_leaves_the_journal_mode_alone() {
    if crate::support::skip_on_postgres("journal modes are SQLite's") {
        return;
    }
    let env = setup();
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let _: String = conn.pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0)).unwrap();
    drop(conn);
    let before = env.db_bytes();
    env.ok(&["site", "create", "New", "--account", "acme", "--dry-run"]);
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics", "--dry-run"]);
    let conn = rusqlite::Connection::open(&env.db).unwrap();
    let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0)).unwrap();
    drop(conn);
    assert!(mode.eq_ignore_ascii_case("delete"), "a dry run changed the journal mode to {mode}");
    assert_eq!(env.db_bytes(), before);
}
