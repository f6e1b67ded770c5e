//! What each WordPress runs: recorded by `wp inventory --refresh`, `wp test` and `wp sync`,
//! answered from the record by `wp inventory`, `wp plugins list` and `wp themes list`.

use serde_json::{json, Value};

use crate::support::mockwp::{self, MockWp, Reply};
use crate::support::TestEnv;

const PLUGINS: &str = "/wp-json/wp/v2/plugins";
const THEMES: &str = "/wp-json/wp/v2/themes";

fn connect(env: &TestEnv, site: &str, wp: &MockWp) {
    mockwp::connect_core(env, site, wp);
}

fn lines(env: &TestEnv, args: &[&str]) -> Vec<Value> {
    let mut a = args.to_vec();
    a.extend(["--format", "jsonl"]);
    env.ok(&a).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// (site, slug, version) of each listed component, in list order.
fn listed(env: &TestEnv, args: &[&str]) -> Vec<(String, String, String)> {
    lines(env, args)
        .iter()
        .map(|v| {
            let s = |k: &str| v[k].as_str().unwrap().to_string();
            (s("site"), s("slug"), s("version"))
        })
        .collect()
}

fn hits(wp: &MockWp, path: &str) -> usize {
    wp.requests().iter().filter(|r| r.path == path).count()
}

#[test]
fn test_sync_and_refresh_record_the_inventory_and_reading_it_asks_nothing() {
    let env = TestEnv::new();
    let wp = env.with_mock_blog();
    // `wp connect` synced the structure, and with it the inventory (recorded from WordPress 6.1).
    let shown = env.json(&["wp", "inventory", "acme/blog"]);
    let i = &shown["inventory"];
    assert_eq!((i["plugins_read"].as_str(), i["themes_read"].as_str()), (Some("read"), Some("read")), "{shown}");
    assert_eq!(i["wordpress_version"], Value::Null, "core WordPress does not publish its version over REST");
    assert_eq!(
        shown["plugins"],
        json!([{"kind": "plugin", "slug": "akismet/akismet", "name": "Akismet Anti-Spam", "version": "5.0.2", "status": "inactive"}])
    );
    assert_eq!(shown["themes"][0]["slug"], "twentytwentythree");
    assert_eq!(
        (shown["themes"][0]["name"].as_str(), shown["themes"][0]["status"].as_str()),
        (Some("Twenty Twenty-Three"), Some("active"))
    );
    let asked = wp.requests().into_iter().find(|r| r.path == PLUGINS).unwrap();
    assert_eq!(asked.query["_fields"], "plugin,name,version,status", "only the fields kept are sent");

    // WordPress changes; reading the record asks it nothing and shows what was recorded.
    wp.set_plugins(&[("akismet/akismet", "5.3", "active"), ("hello", "1.7.2", "inactive")]);
    wp.clear_log();
    assert_eq!(env.json(&["wp", "inventory", "acme/blog"])["plugins"][0]["version"], "5.0.2");
    env.ok(&["wp", "plugins", "list"]);
    env.ok(&["site", "show", "acme/blog"]);
    assert!(wp.requests().is_empty(), "{:?}", wp.requests());

    // --refresh reads again and records it whole.
    let r = env.json(&["wp", "inventory", "acme/blog", "--refresh"]);
    assert_eq!(r["inventory"]["plugin_count"], 2, "{r}");
    assert_eq!(listed(&env, &["wp", "plugins", "list", "acme/blog"]).len(), 2);

    // `wp test` records it; a content-only sync stays one request per type; a sync records.
    wp.set_plugins(&[("hello", "1.7.2", "active")]);
    let t = env.json(&["wp", "test", "acme/blog"]);
    assert_eq!((t["ok"].as_bool(), t["inventory"]["plugin_count"].as_i64()), (Some(true), Some(1)), "{t}");
    wp.set_plugins(&[]);
    wp.clear_log();
    let s = env.json(&["wp", "sync", "acme/blog", "--content"]);
    assert_eq!((hits(&wp, PLUGINS), hits(&wp, THEMES)), (0, 0));
    assert_eq!(s["inventory"], Value::Null);
    let s = env.json(&["wp", "sync", "acme/blog"]);
    assert_eq!((s["inventory"]["plugin_count"].as_i64(), s["inventory"]["theme_count"].as_i64()), (Some(0), Some(1)));

    // site show and wp status carry it.
    let show = env.json(&["site", "show", "acme/blog"]);
    assert_eq!(show["inventory"]["plugins_read"], "read", "{show}");
    assert_eq!(env.json(&["wp", "status", "acme/blog"])["inventory"]["theme_count"], 1);
    // The refresh is audited as the change it is.
    assert!(env.ok(&["audit", "list", "--format", "jsonl"]).contains("wp.inventory"));
}

#[test]
fn refused_and_missing_lists_are_recorded_with_their_reason() {
    let env = TestEnv::new();
    env.seed_basic();
    for slug in ["core", "bridge", "anon"] {
        env.ok(&["site", "create", slug, "--account", "acme", "--slug", slug]);
    }
    // Bridge mode: the plugin's status gives the versions and health; the site's API key is no
    // administrator's Application Password, so WordPress refuses the lists (401).
    let key = env.ok(&["wp", "key", "generate", "acme/bridge", "--porcelain"]).trim().to_string();
    let bridge = MockWp::start();
    {
        let mut site = bridge.site.lock().unwrap();
        site.extra_namespaces.push("igny8/v1".into());
        site.api_key = Some(key);
    }
    env.ok(&["wp", "connect", "acme/bridge", "--url", &bridge.url]);
    let b = env.json(&["wp", "inventory", "acme/bridge", "--refresh"])["inventory"].clone();
    assert_eq!(
        (b["wordpress_version"].as_str(), b["bridge_version"].as_str(), b["bridge_health"].as_str()),
        (Some("6.1.9"), Some("1.5.2"), Some("healthy")),
        "{b}"
    );
    assert_eq!((b["plugins_read"].as_str(), b["themes_read"].as_str()), (Some("not_permitted"), Some("not_permitted")));
    // Anonymous: nothing to ask with; nothing asked.
    let anon = MockWp::start();
    env.ok(&["wp", "connect", "acme/anon", "--url", &anon.url]);
    let a = env.json(&["wp", "inventory", "acme/anon", "--refresh"])["inventory"].clone();
    assert_eq!((a["plugins_read"].as_str(), a["themes_read"].as_str()), (Some("not_available"), Some("not_available")));
    assert_eq!((hits(&anon, PLUGINS), hits(&anon, THEMES)), (0, 0));
    // Core mode with a user who may not manage plugins (403), and a WordPress without the
    // themes route (404 rest_no_route).
    let core = MockWp::start();
    connect(&env, "acme/core", &core);
    core.set_fault(|r, _| match r.path.as_str() {
        PLUGINS => Some(Reply::Json(
            403,
            json!({"code": "rest_cannot_view_plugins", "message": "no", "data": {"status": 403}}),
            vec![],
        )),
        THEMES => Some(Reply::Json(
            404,
            json!({"code": "rest_no_route", "message": "No route", "data": {"status": 404}}),
            vec![],
        )),
        _ => None,
    });
    let c = env.json(&["wp", "inventory", "acme/core", "--refresh"]);
    assert_eq!(
        (c["inventory"]["plugins_read"].as_str(), c["inventory"]["themes_read"].as_str()),
        (Some("not_permitted"), Some("not_available"))
    );
    assert_eq!((&c["plugins"], &c["themes"]), (&json!([]), &json!([])), "what was recorded before is replaced");
    // None of it fails a batch, and the lists say nothing about sites not read.
    let batch = lines(&env, &["wp", "inventory", "--all", "--refresh"]);
    assert_eq!(batch.len(), 3);
    assert!(batch.iter().all(|l| l["ok"] == true), "{batch:?}");
    assert!(listed(&env, &["wp", "plugins", "list"]).is_empty());
    let view = env.json(&["wp", "status", "acme/core"]);
    assert_eq!(view["inventory"]["plugins_read"], "not_permitted");
}

/// acme/blog, acme/shop and globex/site, each on its own WordPress with its own plugins.
fn fleet() -> (TestEnv, Vec<MockWp>) {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["site", "create", "Shop", "--account", "acme"]);
    env.ok(&["site", "create", "Site", "--account", "globex"]);
    env.ok(&["access", "grant", "acme/blog", "editor@acme.example"]);
    let plugins: [&[(&str, &str, &str)]; 3] = [
        &[("akismet/akismet", "4.1.3", "active"), ("jetpack/jetpack", "12.0", "active")],
        &[
            ("akismet/akismet", "5.0.2", "inactive"),
            ("akismet-helper/helper", "1.0", "active"),
            ("akismet", "0.1", "active"),
        ],
        &[("akismet/akismet", "5.10", "network-active"), ("hello", "", "active")],
    ];
    let mut wps = Vec::new();
    for (site, list) in ["acme/blog", "acme/shop", "globex/site"].iter().zip(plugins) {
        let wp = MockWp::start();
        wp.set_plugins(list);
        connect(&env, site, &wp);
        wps.push(wp);
    }
    wps[1].set_themes(&[("twentytwentythree", "1.0", "inactive"), ("astra", "4.1.1", "active")]);
    (env, wps)
}

fn triples(v: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    v.iter().map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string())).collect()
}

#[test]
fn fleet_lists_answer_by_slug_version_and_status() {
    let (env, wps) = fleet();
    let batch = lines(&env, &["wp", "inventory", "--all", "--refresh"]);
    assert!(batch.len() == 3 && batch.iter().all(|l| l["ok"] == true), "{batch:?}");
    // "Which sites run akismet older than 5.9?": 5.10 is newer than 5.9.
    let old = listed(&env, &["wp", "plugins", "list", "--all", "--plugin", "akismet", "--below", "5.9"]);
    assert_eq!(
        old,
        triples(&[
            ("acme/blog", "akismet/akismet", "4.1.3"),
            ("acme/shop", "akismet", "0.1"),
            ("acme/shop", "akismet/akismet", "5.0.2")
        ])
    );
    let all_akismet = listed(&env, &["wp", "plugins", "list", "--plugin", "akismet/akismet"]);
    assert_eq!(all_akismet.iter().map(|t| t.2.as_str()).collect::<Vec<_>>(), ["4.1.3", "5.0.2", "5.10"]);
    assert_eq!(listed(&env, &["wp", "plugins", "list", "--plugin", "akismet/akismet", "--below", "5.10"]).len(), 2);
    assert_eq!(listed(&env, &["wp", "plugins", "list", "--plugin", "akismet/akismet", "--below", "4.1.3"]).len(), 0);
    // 6.1.9 is newer than 6.1, and a plugin without a version is never "below".
    assert!(listed(&env, &["wp", "plugins", "list", "--plugin", "hello", "--below", "99"]).is_empty());
    // active includes network-active; inactive is exact.
    let active = listed(&env, &["wp", "plugins", "list", "--plugin", "akismet/akismet", "--status", "active"]);
    assert_eq!(active.iter().map(|t| t.0.as_str()).collect::<Vec<_>>(), ["acme/blog", "globex/site"]);
    let statuses: Vec<Value> = lines(&env, &["wp", "plugins", "list", "--status", "inactive"]);
    assert_eq!(statuses.len(), 1);
    assert_eq!(statuses[0]["status"], "inactive");
    let network = lines(&env, &["wp", "plugins", "list", "globex/site", "--status", "network-active"]);
    assert_eq!(network[0]["status"], "network-active", "kept as WordPress spells it");
    // One site's list; the themes list.
    assert_eq!(listed(&env, &["wp", "plugins", "list", "acme/shop"]).len(), 3);
    let themes = listed(&env, &["wp", "themes", "list", "--theme", "twentytwentythree", "--status", "active"]);
    assert_eq!(themes.iter().map(|t| t.0.as_str()).collect::<Vec<_>>(), ["acme/blog", "globex/site"]);
    assert_eq!(listed(&env, &["wp", "themes", "list", "--below", "2"]).len(), 3);
    // Table and CSV go through the one output layer.
    let csv = env.ok(&["wp", "plugins", "list", "acme/blog", "--format", "csv"]);
    assert_eq!(csv.lines().next(), Some("site_id,site,slug,name,version,status"));
    // The recorded inventories, fleet-wide, without a request.
    for wp in &wps {
        wp.clear_log();
    }
    let recorded = lines(&env, &["wp", "inventory", "--all"]);
    assert_eq!(recorded.iter().map(|r| r["plugin_count"].as_i64().unwrap()).collect::<Vec<_>>(), [2, 3, 2]);
    assert!(wps.iter().all(|wp| wp.requests().is_empty()));
    // Bad flags are usage errors.
    for bad in [&["--below", ""][..], &["--below", &"9".repeat(65)], &["--status", "must-use"], &["--below", "1\n2"]] {
        let mut args = vec!["wp", "plugins", "list"];
        args.extend(bad);
        assert_eq!(env.run(&args).code, 2, "{bad:?}");
    }
}

#[test]
fn tenants_see_only_their_own_sites_inventory() {
    let (env, _wps) = fleet();
    env.ok(&["wp", "inventory", "--all", "--refresh"]);
    let globex = listed(&env, &["wp", "plugins", "list", "--as", "owner@globex.example"]);
    assert!(!globex.is_empty() && globex.iter().all(|t| t.0 == "globex/site"), "{globex:?}");
    let editor = listed(&env, &["wp", "plugins", "list", "--plugin", "akismet", "--as", "editor@acme.example"]);
    assert_eq!(editor.iter().map(|t| t.0.as_str()).collect::<Vec<_>>(), ["acme/blog"], "grants only");
    let inv = lines(&env, &["wp", "inventory", "--all", "--as", "owner@globex.example"]);
    assert_eq!(inv.iter().map(|r| r["site"].as_str().unwrap()).collect::<Vec<_>>(), ["globex/site"]);
    // Another tenant's site is not found, as everywhere.
    for args in [
        &["wp", "plugins", "list", "acme/blog", "--plugin", "akismet", "--as", "owner@globex.example"][..],
        &["wp", "themes", "list", "acme/shop", "--as", "owner@globex.example"],
        &["wp", "inventory", "acme/blog", "--as", "owner@globex.example"],
        &["wp", "inventory", "acme/blog", "--refresh", "--as", "owner@globex.example"],
    ] {
        assert_eq!(env.fails(args, 3)["code"], "site_not_found", "{args:?}");
    }
    // A viewer may read the record but not refresh it.
    env.ok(&["access", "grant", "acme/blog", "viewer@acme.example"]);
    env.ok(&["wp", "inventory", "acme/blog", "--as", "viewer@acme.example"]);
    env.fails(&["wp", "inventory", "acme/blog", "--refresh", "--as", "viewer@acme.example"], 5);
}

#[test]
fn hostile_answers_are_bounded_or_refused_and_never_stop_a_sync() {
    let env = TestEnv::new();
    let wp = env.with_mock_blog();
    let huge_name = format!("x{}\u{1b}[2J{}", "\u{0}", "n".repeat(300_000));
    wp.site.lock().unwrap().plugins = vec![
        json!({"plugin": "big/big", "name": huge_name, "version": "1.0\u{7}", "status": "active"}),
        json!({"plugin": "odd/odd", "name": 12, "version": 3, "status": "inactive"}),
        json!({"plugin": "bogus/bogus", "name": "B", "version": "abc..1-x", "status": "active"}),
        json!({"plugin": "odd/odd", "name": "dup", "version": "9", "status": "active"}),
        json!({"plugin": "mu/mu", "name": "M", "version": "1", "status": "must-use"}),
        json!({"plugin": ["a"], "status": "active"}),
        json!("akismet"),
    ];
    let r = env.json(&["wp", "inventory", "acme/blog", "--refresh"]);
    assert_eq!(r["skipped"], 4, "{}", &r.to_string()[..300]);
    let plugins = r["plugins"].as_array().unwrap();
    assert_eq!(
        plugins.iter().map(|p| p["slug"].as_str().unwrap()).collect::<Vec<_>>(),
        ["big/big", "bogus/bogus", "odd/odd"]
    );
    let big = plugins[0]["name"].as_str().unwrap();
    assert!(big.len() <= 256 && !big.contains('\u{0}') && !big.contains('\u{1b}'), "{}", big.len());
    assert_eq!((plugins[0]["version"].as_str(), plugins[2]["version"].as_str()), (Some("1.0\u{FFFD}"), Some("")));
    // A bogus version is kept and compared as PHP would ("abc" is older than any number).
    assert_eq!(listed(&env, &["wp", "plugins", "list", "--plugin", "bogus", "--below", "0.1"]).len(), 1);
    // The table shows text neutralised.
    assert!(!env.ok(&["wp", "plugins", "list"]).contains('\u{1b}'));

    // Answers that are not a list of plugins, too many, or too large: the site's error, and the
    // record stays what it was.
    let too_many: Vec<Value> = (0..10_000)
        .map(|n| json!({"plugin": format!("p{n}/p"), "name": "P", "version": "1", "status": "active"}))
        .collect();
    let cases: Vec<(Reply, &str)> = vec![
        (Reply::Json(200, json!({"plugins": []}), vec![]), "wp_bad_response"),
        (Reply::Json(200, json!("plugins"), vec![]), "wp_bad_response"),
        (Reply::Raw(200, "text/html".into(), "<html>".into(), vec![]), "wp_bad_response"),
        (Reply::Json(200, Value::Array(too_many), vec![]), "wp_bad_response"),
        (
            Reply::Raw(200, "application/json".into(), format!("[\"{}\"]", "a".repeat(3 << 20)), vec![]),
            "wp_response_too_large",
        ),
        (Reply::Json(500, json!({"code": "boom"}), vec![]), "wp_server_error"),
    ];
    for (reply, code) in cases {
        wp.set_fault(move |req, _| (req.path == PLUGINS).then(|| reply.clone()));
        let e = env.fails(&["wp", "inventory", "acme/blog", "--refresh"], 8);
        assert_eq!(e["code"], code);
        assert!(e["message"].as_str().unwrap().len() < 1000, "{e}");
        assert_eq!(env.json(&["wp", "inventory", "acme/blog"])["inventory"]["plugin_count"], 3);
        // A sync is not stopped by it: its report says what went wrong.
        let s = env.json(&["wp", "sync", "acme/blog", "--structure"]);
        assert_eq!(s["inventory_error"]["code"], code, "{}", s["inventory_error"]);
        assert_eq!(env.json(&["wp", "test", "acme/blog"])["ok"], true);
    }
    // One hostile site does not fail the others in a batch: exit 7, one line each.
    env.ok(&["site", "create", "Shop", "--account", "acme"]);
    let other = MockWp::start();
    connect(&env, "acme/shop", &other);
    let out = env.run(&["wp", "inventory", "--all", "--refresh", "--format", "jsonl"]);
    assert_eq!(out.code, 7, "{}", out.stderr);
    let oks: Vec<bool> = out.stdout.lines().map(|l| serde_json::from_str::<Value>(l).unwrap()["ok"] == true).collect();
    assert_eq!(oks, [false, true]);
}

#[test]
fn purging_a_site_or_its_mirror_removes_its_inventory() {
    let env = TestEnv::new();
    env.with_mock_blog();
    env.ok(&["site", "create", "Shop", "--account", "acme"]);
    let shop = MockWp::start();
    connect(&env, "acme/shop", &shop);
    let count = |table: &str| env.sql_value(&format!("SELECT count(*) FROM {table}"));
    assert_eq!((count("wp_inventory"), count("wp_components")), ("2".to_string(), "4".to_string()));
    // A deleted site is not listed; a purged one leaves no row.
    env.ok(&["site", "delete", "acme/shop", "--yes"]);
    assert_eq!(
        listed(&env, &["wp", "plugins", "list"]).iter().map(|t| t.0.as_str()).collect::<Vec<_>>(),
        ["acme/blog"]
    );
    env.ok(&["site", "purge", "acme/shop", "--yes"]);
    assert_eq!((count("wp_inventory"), count("wp_components")), ("1".to_string(), "2".to_string()));
    // Reconnected to another WordPress whose structure sync fails: the old record is gone, not
    // shown as the new site's.
    let other = MockWp::start();
    other.set_fault(|r, _| (r.path == "/wp-json/wp/v2/types").then(|| Reply::Json(500, json!({}), vec![])));
    let out = env.run_stdin(
        &["wp", "connect", "acme/blog", "--url", &other.url, "--username", mockwp::USER, "--app-password-stdin"],
        mockwp::PASSWORD,
    );
    assert_eq!(out.code, 7, "{}", out.stderr);
    assert_eq!(env.json(&["wp", "inventory", "acme/blog"])["inventory"], Value::Null);
    other.clear_fault();
    env.ok(&["wp", "inventory", "acme/blog", "--refresh"]);
    env.ok(&["wp", "disconnect", "acme/blog", "--purge-data", "--yes"]);
    assert_eq!((count("wp_inventory"), count("wp_components")), ("0".to_string(), "0".to_string()));
    env.assert_integrity();
}

#[test]
fn the_fleet_selectors_choose_which_sites_are_read_and_listed() {
    let (env, wps) = fleet();
    for wp in &wps {
        wp.clear_log();
    }
    let batch = lines(&env, &["wp", "inventory", "--refresh", "--account", "globex"]);
    assert_eq!(batch.iter().map(|l| l["site"].as_str().unwrap()).collect::<Vec<_>>(), ["globex/site"]);
    assert_eq!((hits(&wps[0], PLUGINS), hits(&wps[1], PLUGINS), hits(&wps[2], PLUGINS)), (0, 0, 1));
    let recorded = lines(&env, &["wp", "inventory", "--account", "acme"]);
    assert_eq!(recorded.iter().map(|l| l["site"].as_str().unwrap()).collect::<Vec<_>>(), ["acme/blog", "acme/shop"]);
    // A selector naming another tenant's account is not found, as everywhere.
    assert_eq!(
        env.fails(&["wp", "inventory", "--account", "acme", "--as", "owner@globex.example"], 3)["code"],
        "account_not_found"
    );
}
