//! WordPress connectivity against a local server replaying recorded WordPress responses.

use std::time::Instant;

use serde_json::{json, Value};

use crate::support::mockwp::{self, MockWp, Reply};
use crate::support::TestEnv;

/// acme with sites blog and shop (blog granted to the editor); owner/admin/editor/viewer users.
fn setup() -> TestEnv {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["site", "create", "Shop", "--account", "acme"]);
    env.ok(&["access", "grant", "acme/blog", "editor@acme.example"]);
    env.ok(&["access", "grant", "acme/blog", "viewer@acme.example"]);
    env
}

fn connect_core(env: &TestEnv, site: &str, wp: &MockWp) -> Value {
    let out = env.run_stdin(
        &["wp", "connect", site, "--url", &wp.url, "--username", mockwp::USER, "--app-password-stdin", "--json"],
        mockwp::PASSWORD,
    );
    assert_eq!(out.code, 0, "connect failed: {}", out.stderr);
    out.json()
}

/// Requests to `path` that read content (the read of scheduled posts a sync adds apart).
fn count_paths(wp: &MockWp, path: &str) -> usize {
    wp.requests().iter().filter(|r| r.path == path && !is_scheduled_read(r)).count()
}

fn is_scheduled_read(r: &mockwp::Request) -> bool {
    r.query.get("status").map(String::as_str) == Some("future")
}

#[test]
fn api_keys_are_generated_sealed_masked_rotated_verified_and_revoked() {
    let env = setup();
    let out = env.run(&["wp", "key", "generate", "acme/blog", "--json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let key = out.json()["api_key"].as_str().unwrap().to_string();
    assert!(key.starts_with("igk_") && key.len() >= 47, "{key}");
    // The key file was created owner-only on first need; the database holds only ciphertext.
    let key_file = env.dir.path().join("config/sitectl/secret.key");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&key_file).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let bytes = env.db_bytes();
    assert!(!bytes.windows(key.len()).any(|w| w == key.as_bytes()), "the key is stored in plain text");
    let audit = env.ok(&["audit", "list", "--format", "jsonl"]);
    assert!(!audit.contains(&key[4..]), "the key leaked into the audit log");
    // Nor does any read show it: site show, the public read, an export.
    env.ok(&["site", "activate", "acme/blog"]);
    for args in [
        &["site", "show", "acme/blog", "--json"][..],
        &["site", "public", "acme/blog", "--json"],
        &["seed", "export"],
        &["site", "list", "--format", "csv"],
    ] {
        let out = env.ok(args);
        assert!(!out.contains(&key[4..]), "{args:?} printed the key");
    }
    assert_eq!(env.json(&["site", "show", "acme/blog"])["has_api_key"], true);
    // Shown masked afterwards, whole with --reveal; generating twice is a conflict.
    let shown = env.json(&["wp", "key", "show", "acme/blog"]);
    assert_eq!(shown["masked"], true);
    assert!(!shown["api_key"].as_str().unwrap().contains(&key[8..]));
    assert_eq!(env.json(&["wp", "key", "show", "acme/blog", "--reveal"])["api_key"], key.as_str());
    assert_eq!(env.fails(&["wp", "key", "generate", "acme/blog"], 6)["code"], "api_key_exists");
    assert_eq!(env.run(&["wp", "key", "show", "acme/blog", "--reveal", "--as", "viewer@acme.example"]).code, 5);
    assert_eq!(env.run(&["wp", "key", "show", "acme/blog", "--as", "viewer@acme.example"]).code, 0);
    // Verify reads stdin: exit 0 on a match, 5 otherwise.
    assert_eq!(env.run_stdin(&["wp", "key", "verify", "acme/blog"], &format!("{key}\n")).code, 0);
    let wrong = env.run_stdin(&["wp", "key", "verify", "acme/blog", "--json"], "igk_wrong");
    assert_eq!(wrong.code, 5);
    assert_eq!(wrong.error()["code"], "api_key_mismatch");
    assert!(!wrong.stderr.contains(&key[4..]));
    // Rotation needs consent, then replaces the key; --porcelain prints the key alone.
    assert_eq!(env.fails(&["wp", "key", "rotate", "acme/blog"], 2)["code"], "confirmation_required");
    let rotated = env.ok(&["wp", "key", "rotate", "acme/blog", "--yes", "--porcelain"]);
    let new_key = rotated.trim();
    assert!(new_key.starts_with("igk_") && new_key != key);
    assert_eq!(env.run_stdin(&["wp", "key", "verify", "acme/blog"], &key).code, 5);
    assert_eq!(env.run_stdin(&["wp", "key", "verify", "acme/blog"], new_key).code, 0);
    assert_eq!(env.json(&["wp", "key", "revoke", "acme/blog", "--yes"])["changed"], true);
    assert_eq!(env.fails(&["wp", "key", "show", "acme/blog"], 3)["code"], "api_key_not_found");
    assert_eq!(env.run_stdin(&["wp", "key", "verify", "acme/blog"], new_key).code, 5);
    assert_eq!(env.fails(&["wp", "key", "rotate", "acme/blog", "--yes"], 3)["code"], "api_key_not_found");
    // Viewers may not generate keys.
    assert_eq!(
        env.fails(&["wp", "key", "generate", "acme/blog", "--as", "viewer@acme.example"], 5)["code"],
        "permission_denied"
    );
}

#[test]
fn without_the_secret_key_secret_commands_fail_and_the_rest_works() {
    let mut env = setup();
    env.ok(&["wp", "key", "generate", "acme/blog"]);
    // Another key than the one the database was sealed with.
    env.set_env("SITECTL_SECRET_KEY", &"00".repeat(32));
    let e = env.fails(&["wp", "key", "show", "acme/blog"], 5);
    assert_eq!(e["code"], "secret_key_unavailable");
    env.ok(&["site", "list"]);
    env.ok(&["site", "show", "acme/blog"]);
    let mut other = TestEnv::new();
    other.use_db_of(&env);
    other.set_env("SITECTL_SECRET_KEY", "not a key");
    assert_eq!(other.fails(&["wp", "key", "show", "acme/blog"], 5)["code"], "secret_key_unavailable");
    // A profile naming a key file that does not exist.
    let cfg = env.path("c.toml");
    std::fs::write(&cfg, "secret_key_file = '/nonexistent/secret.key'\n").unwrap();
    let mut p = TestEnv::new();
    p.use_db_of(&env);
    p.set_env("SITECTL_CONFIG", cfg.to_str().unwrap());
    assert_eq!(p.fails(&["wp", "key", "show", "acme/blog"], 5)["code"], "secret_key_unavailable");
    p.ok(&["account", "show", "acme"]);
}

#[test]
fn connect_in_core_mode_stores_the_integration_and_syncs_the_structure() {
    let env = setup();
    let wp = MockWp::start();
    let url_given = format!("{}/wp-admin/", wp.url.to_uppercase().replace("HTTP://", "http://"));
    let out = env.run_stdin(
        &["wp", "connect", "acme/blog", "--url", &url_given, "--username", "admin", "--app-password-stdin", "--json"],
        mockwp::PASSWORD,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let i = out.json();
    assert_eq!(i["mode"], "core");
    assert_eq!(i["external_site_url"], format!("{}/", wp.url));
    assert_eq!(i["rest_root"], format!("{}/wp-json/", wp.url));
    assert_eq!(i["connection_status"], "connected");
    assert_eq!(i["sync_status"], "completed");
    assert_eq!(i["config"]["site_name"], "Loopback WordPress");
    let ct = &i["config"]["content_types"];
    let types: Vec<&str> = ct["post_types"].as_array().unwrap().iter().map(|t| t["slug"].as_str().unwrap()).collect();
    assert_eq!(types, ["post", "page"], "internal types are not content");
    assert_eq!(ct["post_types"][0]["count"], 250);
    assert!(i.get("credentials").is_none() && !out.stdout.contains(mockwp::PASSWORD));
    // Credentials were checked on users/me, with HTTP Basic.
    let me = wp.requests().into_iter().find(|r| r.path == "/wp-json/wp/v2/users/me").unwrap();
    assert!(me.headers["authorization"].starts_with("Basic "));
    // The password is sealed at rest; terms are mirrored; the hosting type became wordpress.
    assert!(!env.db_bytes().windows(mockwp::PASSWORD.len()).any(|w| w == mockwp::PASSWORD.as_bytes()));
    assert_eq!(env.json(&["wp", "terms", "list", "acme/blog"]).as_array().unwrap().len(), 71);
    assert_eq!(env.json(&["wp", "terms", "list", "acme/blog", "--taxonomy", "category"]).as_array().unwrap().len(), 21);
    let site = env.json(&["site", "show", "acme/blog"]);
    assert_eq!(site["hosting_type"], "wordpress");
    assert_eq!(site["wp"], "core:connected");
    assert_eq!(site["integration"]["mode"], "core");
    assert_eq!(site["integration"]["sync_status"], "completed");
    let events = env.json(&["wp", "events", "acme/blog"]);
    let kinds: Vec<&str> = events.as_array().unwrap().iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["connect", "structure"]);
    assert!(events.as_array().unwrap().iter().all(|e| e["status"] == "succeeded"));
    let audit = env.ok(&["audit", "list", "--target", "site:acme/blog", "--format", "jsonl"]);
    assert!(!audit.contains(mockwp::PASSWORD) && audit.contains("wp.connect"));
}

#[test]
fn wrong_credentials_unreachable_and_not_wordpress_store_nothing() {
    let env = setup();
    let wp = MockWp::start();
    let before = env.dump();
    let out = env.run_stdin(
        &["wp", "connect", "acme/blog", "--url", &wp.url, "--username", "admin", "--app-password-stdin", "--json"],
        "wrong wrong wrong",
    );
    assert_eq!(out.code, 8, "{}", out.stderr);
    assert_eq!(out.error()["code"], "wp_credentials_refused");
    assert!(!out.stderr.contains("wrong wrong"));
    assert_eq!(env.dump(), before, "nothing is stored");
    // Nothing listens on this port. (Not a port of the ephemeral range, freed again: another
    // test's stand-in server may be given it meanwhile.)
    let closed = "127.0.0.1:9";
    let e = env.fails(&["wp", "connect", "acme/blog", "--url", &format!("http://{closed}")], 8);
    assert_eq!(e["code"], "wp_unreachable");
    // An HTML page with status 200 everywhere is not WordPress.
    let html = MockWp::start();
    html.set_fault(|_, _| Some(Reply::Raw(200, "text/html".into(), "<html>hello</html>".into(), vec![])));
    assert_eq!(env.fails(&["wp", "connect", "acme/blog", "--url", &html.url], 8)["code"], "not_wordpress");
    // JSON without wp/v2 is not WordPress either.
    let other = MockWp::start();
    other.set_fault(|_, _| Some(Reply::Json(200, json!({"namespaces": ["foo/v1"]}), vec![])));
    assert_eq!(env.fails(&["wp", "connect", "acme/blog", "--url", &other.url], 8)["code"], "not_wordpress");
    // An https URL to a plain-HTTP server: a TLS failure, said so.
    let tls = env.fails(&["wp", "connect", "acme/blog", "--url", &wp.url.replace("http://", "https://")], 8);
    assert_eq!(tls["code"], "wp_tls");
    assert_eq!(env.fails(&["wp", "connect", "acme/blog", "--url", "ftp://x.example"], 4)["code"], "invalid_url");
    assert_eq!(
        env.fails(&["wp", "connect", "acme/blog", "--url", &wp.url, "--app-password-env", "NOPE"], 2)["code"],
        "missing_env_var"
    );
    assert_eq!(env.dump(), before);
}

#[test]
fn anonymous_mode_and_discovery_through_the_link_header() {
    let env = setup();
    let wp = MockWp::start();
    wp.site.lock().unwrap().plain_permalinks = true;
    let out = env.run(&["wp", "connect", "acme/blog", "--url", &wp.url, "--json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("read-only"), "{}", out.stderr);
    let i = out.json();
    assert_eq!(i["mode"], "anonymous");
    assert_eq!(i["rest_root"], format!("{}/index.php?rest_route=/", wp.url));
    assert!(!wp
        .requests()
        .iter()
        .any(|r| r.path.ends_with("users/me") || r.query.get("rest_route").is_some_and(|q| q.contains("users/me"))));
    env.ok(&["wp", "sync", "acme/blog", "--content"]);
    assert_eq!(env.json(&["wp", "content", "list", "acme/blog", "--type", "post"]).as_array().unwrap().len(), 250);
}

#[test]
fn bridge_mode_uses_the_site_api_key() {
    let env = setup();
    let key = env.ok(&["wp", "key", "generate", "acme/blog", "--porcelain"]).trim().to_string();
    let wp = MockWp::start();
    {
        let mut site = wp.site.lock().unwrap();
        site.extra_namespaces.push("igny8/v1".into());
        site.api_key = Some(key.clone());
    }
    let i = env.json(&["wp", "connect", "acme/blog", "--url", &wp.url]);
    assert_eq!(i["mode"], "bridge");
    assert_eq!(i["config"]["wordpress_version"], "6.1.9", "from igny8/v1/status");
    assert_eq!(i["config"]["content_types"]["post_types"][0]["count"], 250, "counts from igny8/v1/site-metadata");
    let meta = wp.requests().into_iter().find(|r| r.path == "/wp-json/igny8/v1/site-metadata").unwrap();
    assert_eq!(meta.headers["x-igny8-api-key"], key);
    env.ok(&["wp", "sync", "acme/blog"]);
    assert!(wp
        .requests()
        .iter()
        .filter(|r| r.path == "/wp-json/wp/v2/posts")
        .all(|r| r.headers.get("x-igny8-api-key") == Some(&key)));
    assert_eq!(env.json(&["wp", "test", "acme/blog"])["ok"], true);
    // The plugin goes away: the test says so, with exit 8, and records it.
    wp.site.lock().unwrap().extra_namespaces.clear();
    let out = env.run(&["wp", "test", "acme/blog", "--json"]);
    assert_eq!(out.code, 8);
    assert_eq!(out.error()["code"], "wp_plugin_missing");
    assert_eq!(out.json()["ok"], false);
    let status = env.json(&["wp", "status", "acme/blog"]);
    assert_eq!(status["connection_status"], "error");
    assert_eq!(status["last_event"]["kind"], "test");
    assert_eq!(status["last_event"]["status"], "failed");
    // A site with the plugin but without a key connects in core mode and says why.
    let shop = MockWp::start();
    shop.site.lock().unwrap().extra_namespaces.push("igny8/v1".into());
    let out = env.run_stdin(
        &["wp", "connect", "acme/shop", "--url", &shop.url, "--username", "admin", "--app-password-stdin", "--json"],
        mockwp::PASSWORD,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.json()["mode"], "core");
    assert!(out.stderr.contains("no API key"), "{}", out.stderr);
}

#[test]
fn content_sync_pages_in_parallel_then_goes_incremental_and_full() {
    let env = setup();
    let wp = MockWp::start();
    connect_core(&env, "acme/blog", &wp);
    wp.clear_log();
    let r = env.json(&["wp", "sync", "acme/blog", "--content", "--concurrency", "3"]);
    assert_eq!(r["content"]["created"], 301);
    assert_eq!(r["fetched"], json!({"page": 51, "post": 250}));
    // 250 posts at 100 per page: three pages, each asked with the fields sitectl needs.
    let posts: Vec<_> =
        wp.requests().into_iter().filter(|r| r.path == "/wp-json/wp/v2/posts" && !is_scheduled_read(r)).collect();
    assert_eq!(posts.len(), 3);
    assert!(posts.iter().all(|p| p.query["per_page"] == "100" && p.query["_fields"].contains("modified_gmt")));
    let listed = env.json(&["wp", "content", "list", "acme/blog", "--type", "post"]);
    assert_eq!(listed.as_array().unwrap().len(), 250);
    let odd = listed.as_array().unwrap().iter().find(|p| p["slug"] == "seed-post-0100").unwrap().clone();
    assert!(odd["title"].as_str().unwrap().contains("<ampersands>"), "titles are kept as WordPress renders them");
    assert_eq!(odd["terms"]["category"].as_array().unwrap().len(), 2);
    let table = env.ok(&["wp", "content", "list", "acme/blog", "--search", "seed post 0100"]);
    assert_eq!(table.lines().count(), 2, "{table}");

    // Nothing changed: one request per synced type, and one for the scheduled posts.
    wp.clear_log();
    let r = env.json(&["wp", "sync", "acme/blog", "--content"]);
    assert_eq!((r["content"]["created"].as_i64(), r["content"]["updated"].as_i64()), (Some(0), Some(0)));
    assert_eq!(wp.requests().len(), 3, "{:?}", wp.requests().iter().map(|r| &r.path).collect::<Vec<_>>());
    assert!(wp.requests().iter().filter(|r| !is_scheduled_read(r)).all(|r| r.query.contains_key("modified_after")));

    // Edit one, add one: an incremental run picks both up.
    wp.edit_post(4, "Edited title", "2030-01-01T00:00:00");
    wp.add_post(9001, "brand-new", "2030-01-02T00:00:00");
    let r = env.json(&["wp", "sync", "acme/blog", "--content", "--types", "post"]);
    assert_eq!((r["content"]["created"].as_i64(), r["content"]["updated"].as_i64()), (Some(1), Some(1)));
    let edited = env.json(&["wp", "content", "list", "acme/blog", "--search", "edited title"]);
    assert_eq!(edited[0]["wp_id"], 4);
    // A deletion is noticed by a full run only.
    wp.delete_post(9001);
    wp.delete_post(5);
    let r = env.json(&["wp", "sync", "acme/blog", "--content", "--types", "post"]);
    assert_eq!(r["content"]["deleted"], 0);
    let r = env.json(&["wp", "sync", "acme/blog", "--content", "--full", "--types", "post"]);
    assert_eq!(r["content"]["deleted"], 2);
    assert_eq!(env.json(&["wp", "content", "list", "acme/blog", "--type", "post"]).as_array().unwrap().len(), 249);
    assert_eq!(env.fails(&["wp", "sync", "acme/blog", "--types", "product"], 4)["code"], "unknown_post_type");
    // Dry run: the report, and no change at all.
    wp.edit_post(6, "Dry", "2031-01-01T00:00:00");
    let before = env.db_bytes();
    let r = env.json(&["wp", "sync", "acme/blog", "--dry-run"]);
    assert_eq!(r["content"]["updated"], 1);
    assert_eq!(r["dry_run"], true);
    assert_eq!(env.db_bytes(), before);
}

/// Runs a sync that fails, and checks that the mirror and the cursor did not move.
fn assert_failed_sync_changes_nothing(env: &TestEnv, args: &[&str], code: &str) {
    let mirror = |env: &TestEnv| env.ok(&["wp", "content", "list", "acme/blog", "--format", "jsonl"]);
    let cursor = |env: &TestEnv| env.sql_value("SELECT content_cursor FROM integrations");
    let (m, c) = (mirror(env), cursor(env));
    let e = env.fails(args, 8);
    assert_eq!(e["code"], code, "{e}");
    assert_eq!(mirror(env), m, "the mirror moved");
    assert_eq!(cursor(env), c, "the cursor moved");
    let status = env.json(&["wp", "status", "acme/blog"]);
    assert_eq!(status["sync_status"], "error");
    assert!(status["sync_error"].as_str().unwrap().contains(code));
    assert_eq!(status["last_event"]["status"], "failed");
}

#[test]
fn remote_failures_are_reported_and_change_nothing() {
    let mut env = setup();
    env.set_env("SITECTL_HTTP_TIMEOUT_MS", "1500");
    let wp = MockWp::start();
    connect_core(&env, "acme/blog", &wp);
    env.ok(&["wp", "sync", "acme/blog", "--content"]);
    wp.edit_post(4, "Changed remotely", "2030-01-01T00:00:00");
    let sync = ["wp", "sync", "acme/blog", "--content", "--full"];

    // A 500 that does not heal: retried, then reported.
    wp.set_fault(|r, _| {
        (r.path == "/wp-json/wp/v2/pages")
            .then(|| Reply::Json(500, json!({"code": "internal_server_error", "message": "boom"}), vec![]))
    });
    wp.clear_log();
    assert_failed_sync_changes_nothing(&env, &sync, "wp_server_error");
    assert_eq!(count_paths(&wp, "/wp-json/wp/v2/pages"), 4, "one try and three retries");
    // Invalid JSON, a truncated body, a timeout, a redirect loop, a missing route.
    wp.set_fault(|r, _| {
        (r.path == "/wp-json/wp/v2/pages")
            .then(|| Reply::Raw(200, "application/json".into(), "[{\"id\": 1,".into(), vec![]))
    });
    assert_failed_sync_changes_nothing(&env, &sync, "wp_bad_response");
    wp.set_fault(|r, _| (r.path == "/wp-json/wp/v2/pages").then(|| Reply::Truncated("[{\"id\": 1}".into())));
    assert_failed_sync_changes_nothing(&env, &sync, "wp_bad_response");
    wp.set_fault(|r, _| (r.path == "/wp-json/wp/v2/pages").then_some(Reply::Hang));
    assert_failed_sync_changes_nothing(&env, &sync, "wp_timeout");
    // A body dripped a byte at a time, each byte well within the timeout: the whole answer is
    // still held to it.
    wp.set_fault(|r, _| {
        (r.path == "/wp-json/wp/v2/pages")
            .then(|| Reply::Drip(200, format!("[{}]", " ".repeat(200)), std::time::Duration::from_millis(50)))
    });
    let started = Instant::now();
    assert_failed_sync_changes_nothing(&env, &sync, "wp_timeout");
    assert!(started.elapsed().as_secs() < 30, "{:?}", started.elapsed());
    // The same for an answer read whole (the post types) and for an error answer's body.
    for (path, status) in [("/wp-json/wp/v2/types", 200), ("/wp-json/wp/v2/pages", 404)] {
        wp.set_fault(move |r, _| {
            (r.path == path)
                .then(|| Reply::Drip(status, format!("{{{}}}", " ".repeat(400)), std::time::Duration::from_millis(50)))
        });
        let started = Instant::now();
        assert_failed_sync_changes_nothing(&env, &["wp", "sync", "acme/blog", "--full"], "wp_timeout");
        assert!(started.elapsed().as_secs() < 10, "{path}: {:?}", started.elapsed());
    }
    let url = wp.url.clone();
    wp.set_fault(move |r, _| {
        (r.path == "/wp-json/wp/v2/pages").then(|| {
            Reply::Raw(
                302,
                "text/html".into(),
                String::new(),
                vec![("Location".into(), format!("{url}/wp-json/wp/v2/pages"))],
            )
        })
    });
    assert_failed_sync_changes_nothing(&env, &sync, "wp_redirect_loop");
    wp.set_fault(|r, _| (r.path == "/wp-json/wp/v2/pages").then(|| Reply::Json(404, json!({"code": "rest_no_route", "message": "No route was found matching the URL and request method.", "data": {"status": 404}}), vec![])));
    assert_failed_sync_changes_nothing(&env, &sync, "wp_route_missing");
    // An answer larger than the response-size limit (32 MiB).
    let huge = format!("[{}]", " ".repeat(33 * 1024 * 1024));
    wp.set_fault(move |r, _| {
        (r.path == "/wp-json/wp/v2/pages").then(|| Reply::Raw(200, "application/json".into(), huge.clone(), vec![]))
    });
    assert_failed_sync_changes_nothing(&env, &sync, "wp_response_too_large");
    // Credentials revoked on the WordPress side.
    wp.set_fault(|r, _| r.path.ends_with("users/me").then(|| Reply::Json(401, json!({"code": "rest_not_logged_in", "message": "You are not currently logged in.", "data": {"status": 401}}), vec![])));
    let out = env.run(&["wp", "test", "acme/blog", "--json"]);
    assert_eq!(out.code, 8);
    assert_eq!(out.error()["code"], "wp_credentials_refused");

    // 429 with Retry-After is honoured, and then the run succeeds.
    let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let h = hits.clone();
    wp.set_fault(move |r, _| {
        (r.path == "/wp-json/wp/v2/posts" && h.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0).then(|| {
            Reply::Json(
                429,
                json!({"code": "too_many", "message": "slow down"}),
                vec![("Retry-After".into(), "1".into())],
            )
        })
    });
    let started = Instant::now();
    let r = env.json(&sync);
    assert!(started.elapsed().as_millis() >= 1000, "Retry-After was not honoured");
    assert_eq!(r["content"]["updated"], 1);
    assert_eq!(env.json(&["wp", "status", "acme/blog"])["sync_status"], "completed");
    // Waits longer in all than the request timeout (1.5 s here): the answer that finally comes
    // has the whole timeout to arrive, counted from its own request.
    let hits = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let h = hits.clone();
    wp.set_fault(move |r, _| {
        (r.path == "/wp-json/wp/v2/posts"
            && !is_scheduled_read(r)
            && h.fetch_add(1, std::sync::atomic::Ordering::SeqCst) < 2)
            .then(|| {
                Reply::Json(
                    429,
                    json!({"code": "too_many", "message": "slow down"}),
                    vec![("Retry-After".into(), "1".into())],
                )
            })
    });
    env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post"]);
    assert_eq!(hits.load(std::sync::atomic::Ordering::SeqCst), 3, "two refusals, then the answer");
    wp.clear_fault();
    assert_eq!(env.json(&["wp", "test", "acme/blog"])["ok"], true);
}

#[test]
fn status_disconnect_and_permissions() {
    let env = setup();
    let wp = MockWp::start();
    assert_eq!(env.fails(&["wp", "status", "acme/blog"], 3)["code"], "integration_not_found");
    assert_eq!(env.fails(&["wp", "sync", "acme/blog"], 3)["code"], "integration_not_found");
    // Viewers read; editors connect and sync; other tenants do not see the site.
    let e = env.fails(&["wp", "connect", "acme/blog", "--url", &wp.url, "--as", "viewer@acme.example"], 5);
    assert_eq!(e["code"], "permission_denied");
    let out = env.run_stdin(
        &[
            "wp",
            "connect",
            "acme/blog",
            "--url",
            &wp.url,
            "--username",
            "admin",
            "--app-password-stdin",
            "--as",
            "editor@acme.example",
        ],
        mockwp::PASSWORD,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    env.ok(&["wp", "sync", "acme/blog", "--as", "editor@acme.example"]);
    for args in [
        &["wp", "status", "acme/blog", "--as", "viewer@acme.example"][..],
        &["wp", "content", "list", "acme/blog", "--as", "viewer@acme.example"],
        &["wp", "terms", "list", "acme/blog", "--as", "viewer@acme.example"],
        &["wp", "events", "acme/blog", "--as", "viewer@acme.example"],
    ] {
        env.ok(args);
    }
    assert_eq!(env.fails(&["wp", "sync", "acme/blog", "--as", "viewer@acme.example"], 5)["code"], "permission_denied");
    assert_eq!(env.fails(&["wp", "test", "acme/blog", "--as", "viewer@acme.example"], 5)["code"], "permission_denied");
    assert_eq!(env.fails(&["wp", "status", "acme/blog", "--as", "owner@globex.example"], 3)["code"], "site_not_found");
    let status = env.ok(&["wp", "status", "acme/blog"]);
    assert!(status.contains("mode\tcore") && status.contains("mirror.content.post\t250"), "{status}");
    let events = env.ok(&["wp", "events", "acme/blog"]);
    assert_eq!(
        events.lines().next().unwrap(),
        "id\tkind\tstatus\tcreated\tupdated\tdeleted\tunchanged\trequest_count\terror\tstarted_at"
    );
    // Disconnect erases credentials and keeps the mirror; --purge-data removes it, with consent.
    // Reconnecting to another WordPress starts its mirror and cursor afresh.
    let other = MockWp::start();
    other.delete_post(4);
    let out = env.run_stdin(
        &["wp", "connect", "acme/blog", "--url", &other.url, "--username", "admin", "--app-password-stdin"],
        mockwp::PASSWORD,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(env.json(&["wp", "content", "list", "acme/blog"]), json!([]));
    let r = env.json(&["wp", "sync", "acme/blog", "--content"]);
    assert_eq!((r["incremental"].as_bool(), r["content"]["created"].as_i64()), (Some(false), Some(300)));
    let d = env.json(&["wp", "disconnect", "acme/blog"]);
    assert_eq!(
        (d["is_active"].as_bool(), d["has_credentials"].as_bool(), d["connection_status"].as_str()),
        (Some(false), Some(false), Some("disconnected"))
    );
    assert_eq!(env.sql_value("SELECT credentials FROM integrations"), "NULL");
    assert_eq!(env.json(&["wp", "content", "list", "acme/blog"]).as_array().unwrap().len(), 300);
    assert_eq!(env.fails(&["wp", "sync", "acme/blog"], 3)["code"], "integration_not_found");
    assert_eq!(env.fails(&["wp", "disconnect", "acme/blog", "--purge-data"], 2)["code"], "confirmation_required");
    env.ok(&["wp", "disconnect", "acme/blog", "--purge-data", "--yes"]);
    assert_eq!(env.json(&["wp", "content", "list", "acme/blog"]), json!([]));
    assert_eq!(env.json(&["site", "show", "acme/blog"])["wp"], Value::Null);
}

#[test]
fn batches_over_every_connected_site() {
    let env = setup();
    let (a, b) = (MockWp::start(), MockWp::start());
    connect_core(&env, "acme/blog", &a);
    connect_core(&env, "acme/shop", &b);
    env.ok(&["site", "create", "Portal", "--account", "globex"]);
    let c = MockWp::start();
    connect_core(&env, "globex/portal", &c);
    let all = env.run(&["wp", "sync", "--all", "--format", "jsonl"]);
    assert_eq!(all.code, 0, "{}", all.stderr);
    assert_eq!(all.stdout.lines().count(), 3);
    assert!(all.stderr.contains("3 sites synced"));
    // As a tenant's editor: only the sites they may change.
    let mine = env.json(&["wp", "test", "--all", "--as", "editor@acme.example"]);
    assert_eq!(mine.as_array().unwrap().iter().map(|i| i["site"].as_str().unwrap()).collect::<Vec<_>>(), ["acme/blog"]);
    assert_eq!(env.json(&["wp", "sync", "--all", "--as", "viewer@acme.example"]), json!([]));
    // One site fails: the others still run, and the exit code is 7.
    b.set_fault(|_, _| Some(Reply::Json(500, json!({"code": "boom", "message": "down"}), vec![])));
    let out = env.run(&["wp", "test", "--all", "--concurrency", "2", "--json"]);
    assert_eq!(out.code, 7, "{}", out.stderr);
    let items = out.json();
    let oks: Vec<bool> = items.as_array().unwrap().iter().map(|i| i["ok"].as_bool().unwrap()).collect();
    assert_eq!(oks, [true, false, true]);
    assert_eq!(items[1]["error"]["code"], "wp_server_error");
    assert_eq!(out.error()["code"], "batch_partial_failure");
    let table = env.run(&["wp", "sync", "--all", "--content"]);
    assert_eq!(table.code, 7);
    assert_eq!(table.stdout.lines().next().unwrap(), "site_id\tsite\tok\terror");
    assert!(table.stderr.contains("1 of 3 sites failed"), "{}", table.stderr);
}

#[test]
fn a_structure_failure_after_connecting_keeps_the_connection_and_exits_7() {
    let env = setup();
    let wp = MockWp::start();
    wp.set_fault(|r, _| {
        (r.path == "/wp-json/wp/v2/tags")
            .then(|| Reply::Json(500, json!({"code": "x", "message": "tags broke"}), vec![]))
    });
    let out = env.run_stdin(
        &["wp", "connect", "acme/blog", "--url", &wp.url, "--username", "admin", "--app-password-stdin", "--json"],
        mockwp::PASSWORD,
    );
    assert_eq!(out.code, 7, "{}", out.stderr);
    assert_eq!(out.error()["code"], "structure_sync_failed");
    assert_eq!(out.json()["connection_status"], "connected");
    let status = env.json(&["wp", "status", "acme/blog"]);
    assert_eq!((status["is_active"].as_bool(), status["sync_status"].as_str()), (Some(true), Some("error")));
    wp.clear_fault();
    env.ok(&["wp", "sync", "acme/blog", "--structure"]);
    assert_eq!(env.json(&["wp", "status", "acme/blog"])["sync_status"], "completed");
}

/// A request for a page of posts after the first (by page number or by offset).
fn later_page_of_posts(r: &mockwp::Request) -> bool {
    r.path == "/wp-json/wp/v2/posts"
        && (r.query.get("page").is_some_and(|p| p != "1") || r.query.contains_key("offset"))
}

fn mirror_ids(env: &TestEnv) -> Vec<i64> {
    let items = env.json(&["wp", "content", "list", "acme/blog", "--type", "post"]);
    items.as_array().unwrap().iter().map(|p| p["wp_id"].as_i64().unwrap()).collect()
}

#[test]
fn a_full_sync_racing_edits_reads_again_and_never_takes_a_live_post_for_gone() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let env = setup();
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics"]);
    let wp = MockWp::start();
    connect_core(&env, "acme/blog", &wp);
    // A published item whose post is the 101st by id: the first item of a second page of 100.
    wp.delete_post(103);
    wp.site.lock().unwrap().next_id = 103;
    let id = env.json(&["content", "create", "acme/blog", "--sector", "dental-clinics", "--title", "Ours"])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    env.ok(&["content", "review", &id]);
    env.ok(&["content", "approve", &id]);
    assert_eq!(env.json(&["wp", "publish", &id])["external_id"], 103);
    env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full"]);
    assert_eq!(mirror_ids(&env).len(), 250);

    // While the sync reads, an editor deletes a post the first page held: every page after it
    // shifts by one, and the read starts again rather than miss post 103.
    let once = Arc::new(AtomicBool::new(false));
    let o = once.clone();
    wp.set_meanwhile(move |r, site| {
        if later_page_of_posts(r) && !o.swap(true, Ordering::SeqCst) {
            site.posts.retain(|p| p["id"] != 50);
        }
    });
    let r = env.json(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full", "--concurrency", "2"]);
    assert!(once.load(Ordering::SeqCst), "the editor was never at work");
    assert_eq!(r["content"]["deleted"], 1, "only post 50 is gone: {r}");
    let ids = mirror_ids(&env);
    assert!(ids.contains(&103) && !ids.contains(&50) && ids.len() == 249, "{ids:?}");
    let shown = env.json(&["content", "show", &id]);
    assert_eq!(shown["publish_status"], "published", "{shown}");

    // An older post made public meanwhile (a draft published) lands among what was read.
    let once = Arc::new(AtomicBool::new(false));
    let url = wp.url.clone();
    wp.set_meanwhile(move |r, site| {
        if later_page_of_posts(r) && !once.swap(true, Ordering::SeqCst) {
            site.posts.push(
                json!({"id": 2, "modified_gmt": "2030-01-01T00:00:00", "slug": "late", "status": "publish",
                "type": "post", "link": format!("{url}/late/"), "title": {"rendered": "Late"}, "author": 1,
                "categories": [1], "tags": []}),
            );
        }
    });
    let r = env.json(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full", "--concurrency", "2"]);
    assert_eq!((r["content"]["created"].as_i64(), r["content"]["deleted"].as_i64()), (Some(1), Some(0)), "{r}");
    assert_eq!(mirror_ids(&env).len(), 250);

    // An editor who never stops (a post deleted before every later page): after a bounded
    // number of reads the sync fails, and nothing is taken for gone.
    wp.set_meanwhile(|r, site| {
        if later_page_of_posts(r) {
            if let Some(i) = site.posts.iter().position(|p| (4..100).contains(&p["id"].as_i64().unwrap())) {
                site.posts.remove(i);
            }
        }
    });
    let before = env.dump_without_log();
    wp.clear_log();
    let e = env.fails(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full"], 8);
    assert_eq!(e["code"], "wp_changed_during_read", "{e}");
    assert!(count_paths(&wp, "/wp-json/wp/v2/posts") <= 9, "three reads of at most three answers");
    assert_eq!(env.dump_without_log(), before, "the mirror or a record moved");
    assert_eq!(env.json(&["content", "show", &id])["publish_status"], "published");
    // The editor stops: the next full run drops exactly what is gone.
    wp.site.lock().unwrap().meanwhile = None;
    let gone = 250 - wp.site.lock().unwrap().posts.iter().filter(|p| p["status"] == "publish").count() as i64;
    let r = env.json(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full"]);
    assert_eq!(r["content"]["deleted"], gone, "{r}");
    assert_eq!(env.json(&["content", "show", &id])["publish_status"], "published");
}

#[test]
fn a_collection_that_grows_at_the_end_while_it_is_read_is_read_to_its_new_end() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let env = setup();
    let wp = MockWp::start();
    connect_core(&env, "acme/blog", &wp);
    env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full"]);
    // 150 posts published meanwhile: the first answer announced 250, the end is now at 400.
    let once = AtomicBool::new(false);
    let url = wp.url.clone();
    wp.set_meanwhile(move |r, site| {
        if later_page_of_posts(r) && !once.swap(true, Ordering::SeqCst) {
            for id in 1000..1150 {
                site.posts.push(json!({"id": id, "modified_gmt": "2030-01-01T00:00:00", "slug": format!("new-{id}"),
                    "status": "publish", "type": "post", "link": format!("{url}/new-{id}/"),
                    "title": {"rendered": "New"}, "author": 1, "categories": [1], "tags": []}));
            }
        }
    });
    wp.clear_log();
    let r = env.json(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full", "--concurrency", "4"]);
    assert_eq!((r["content"]["created"].as_i64(), r["content"]["deleted"].as_i64()), (Some(150), Some(0)), "{r}");
    assert_eq!(mirror_ids(&env).len(), 400);
    // Offsets 0, 99, 198, 297 and 396: one read, no answer asked twice.
    assert_eq!(count_paths(&wp, "/wp-json/wp/v2/posts"), 5);
}

#[test]
fn an_incremental_sync_never_moves_its_cursor_past_an_edit_made_while_it_read() {
    use std::sync::atomic::{AtomicBool, Ordering};
    let env = setup();
    let wp = MockWp::start();
    connect_core(&env, "acme/blog", &wp);
    env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full"]);
    // 150 posts changed since the last sync: the incremental read takes two answers.
    let ids: Vec<i64> = {
        let mut site = wp.site.lock().unwrap();
        site.posts.sort_by_key(|p| p["id"].as_i64().unwrap());
        let ids: Vec<i64> = site.posts.iter().take(150).map(|p| p["id"].as_i64().unwrap()).collect();
        for p in site.posts.iter_mut().take(150) {
            p["modified_gmt"] = json!("2031-01-01T00:00:00");
        }
        ids
    };
    let (early, late) = (ids[0], ids[149]);
    wp.site.lock().unwrap().date = Some("Wed, 01 Jan 2031 00:05:00 GMT".into());
    // While the second answer is asked for, an editor changes a post the first answer held, then
    // one the second holds: the read sees the later edit only.
    let once = AtomicBool::new(false);
    wp.set_meanwhile(move |r, site| {
        if later_page_of_posts(r) && !once.swap(true, Ordering::SeqCst) {
            for (id, title, at) in
                [(early, "Edited early", "2031-01-01T00:10:00"), (late, "Edited late", "2031-01-01T00:20:00")]
            {
                let post = site.posts.iter_mut().find(|p| p["id"] == id).unwrap();
                post["title"] = json!({ "rendered": title });
                post["modified_gmt"] = json!(at);
            }
        }
    });
    env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post"]);
    wp.site.lock().unwrap().meanwhile = None;
    // The next incremental sync still asks for everything changed since the read began.
    env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post"]);
    let items = env.json(&["wp", "content", "list", "acme/blog", "--type", "post", "--limit", "1000"]);
    let title = |id: i64| items.as_array().unwrap().iter().find(|p| p["wp_id"] == id).unwrap()["title"].clone();
    assert_eq!(title(late), "Edited late");
    assert_eq!(title(early), "Edited early", "an edit made during a read was skipped for good");
}
