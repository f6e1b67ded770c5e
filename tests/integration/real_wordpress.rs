//! End to end against a real WordPress 6.1 (Debian's packages) on 127.0.0.1.
//!
//! The WordPress comes from `SITECTL_WP_URL`, `SITECTL_WP_USER` and `SITECTL_WP_APP_PASSWORD`
//! when they are set (`.ci/run` starts one and exports them); otherwise this test starts one
//! itself through `tests/wordpress/start.sh`, which installs the packages when missing (root).
//! Everything happens in one test, in order, because the WordPress is shared; and the suite's
//! SQLite and PostgreSQL passes take turns through [`ExclusiveUse`], because this test changes
//! the WordPress it reads.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde_json::{json, Value};

use crate::support::TestEnv;

struct Wp {
    url: String,
    user: String,
    password: String,
    http: reqwest::blocking::Client,
}

/// One process at a time uses the shared WordPress: a lock folder holding the owner's pid, taken
/// over when that process is gone.
struct ExclusiveUse(std::path::PathBuf);

impl ExclusiveUse {
    fn take() -> ExclusiveUse {
        let dir = std::env::temp_dir().join("sitectl-real-wordpress.lock");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(600);
        loop {
            match std::fs::create_dir(&dir) {
                Ok(()) => {
                    std::fs::write(dir.join("pid"), std::process::id().to_string()).unwrap();
                    return ExclusiveUse(dir);
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                    let owner = std::fs::read_to_string(dir.join("pid")).unwrap_or_default();
                    let alive =
                        owner.trim().parse::<u32>().is_ok_and(|p| std::path::Path::new(&format!("/proc/{p}")).exists());
                    if !alive && !owner.is_empty() {
                        let _ = std::fs::remove_dir_all(&dir);
                    }
                    assert!(std::time::Instant::now() < deadline, "the real WordPress stayed in use by pid {owner}");
                    std::thread::sleep(std::time::Duration::from_millis(200));
                }
                Err(e) => panic!("lock {}: {e}", dir.display()),
            }
        }
    }
}

impl Drop for ExclusiveUse {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn wordpress() -> &'static Wp {
    static WP: OnceLock<Wp> = OnceLock::new();
    WP.get_or_init(|| {
        let mut vars: BTreeMap<String, String> = ["SITECTL_WP_URL", "SITECTL_WP_USER", "SITECTL_WP_APP_PASSWORD"]
            .iter()
            .filter_map(|k| Some((k.to_string(), std::env::var(k).ok()?)))
            .collect();
        if vars.len() < 3 {
            let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/wordpress/start.sh");
            let out = std::process::Command::new("bash").arg(&script).arg("--env").output().expect("run start.sh");
            assert!(
                out.status.success(),
                "could not start the loopback WordPress ({}):\n{}",
                script.display(),
                String::from_utf8_lossy(&out.stderr)
            );
            for line in String::from_utf8_lossy(&out.stdout).lines() {
                if let Some((k, v)) = line.trim_start_matches("export ").split_once('=') {
                    vars.insert(k.to_string(), v.to_string());
                }
            }
        }
        Wp {
            url: vars["SITECTL_WP_URL"].clone(),
            user: vars["SITECTL_WP_USER"].clone(),
            password: vars["SITECTL_WP_APP_PASSWORD"].clone(),
            http: reqwest::blocking::Client::new(),
        }
    })
}

impl Wp {
    fn api(&self, route: &str) -> String {
        format!("{}/wp-json/wp/v2/{route}", self.url)
    }

    /// X-WP-Total of a collection, as WordPress reports it.
    fn total(&self, route: &str) -> i64 {
        let resp = self.http.head(format!("{}?per_page=1", self.api(route))).send().unwrap();
        assert!(resp.status().is_success(), "{route}: {}", resp.status());
        resp.headers()["x-wp-total"].to_str().unwrap().parse().unwrap()
    }

    fn post(&self, route: &str, body: Value) -> Value {
        let resp =
            self.http.post(self.api(route)).basic_auth(&self.user, Some(&self.password)).json(&body).send().unwrap();
        assert!(resp.status().is_success(), "POST {route}: {} {}", resp.status(), resp.text().unwrap_or_default());
        resp.json().unwrap()
    }

    /// POSTs to a route of another namespace (the bridge stand-in's igny8/v1).
    fn post_ns(&self, route: &str, body: Value) {
        let resp = self
            .http
            .post(format!("{}/wp-json/{route}", self.url))
            .basic_auth(&self.user, Some(&self.password))
            .json(&body)
            .send()
            .unwrap();
        assert!(resp.status().is_success(), "POST {route}: {}", resp.status());
    }

    fn delete(&self, route: &str) {
        let resp = self
            .http
            .delete(format!("{}?force=true", self.api(route)))
            .basic_auth(&self.user, Some(&self.password))
            .send()
            .unwrap();
        assert!(resp.status().is_success(), "DELETE {route}: {}", resp.status());
    }
}

fn connect(env: &TestEnv, wp: &Wp, password: &str) -> crate::support::Out {
    env.run_stdin(
        &["wp", "connect", "acme/blog", "--url", &wp.url, "--username", &wp.user, "--app-password-stdin", "--json"],
        password,
    )
}

fn mirror(env: &TestEnv, post_type: &str) -> Vec<Value> {
    env.json(&["wp", "content", "list", "acme/blog", "--type", post_type]).as_array().unwrap().clone()
}

#[test]
fn real_wordpress_connect_test_sync_incremental_and_full() {
    let _turn = ExclusiveUse::take();
    let wp = wordpress();
    let env = TestEnv::new();
    env.ok(&["plan", "create", "p", "--name", "P", "--max-sites", "5"]);
    env.ok(&["account", "create", "acme", "--name", "Acme", "--plan", "p", "--owner", "o@acme.example"]);
    env.ok(&["site", "create", "Blog", "--account", "acme"]);

    // A wrong Application Password: exit 8, and nothing stored.
    let before = env.dump();
    let out = connect(&env, wp, "wrong wrong wrong wrong");
    assert_eq!(out.code, 8, "{}", out.stderr);
    assert_eq!(out.error()["code"], "wp_credentials_refused");
    assert_eq!(env.dump(), before);

    // Connect: core mode, structure synced at once.
    let out = connect(&env, wp, &wp.password);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let i = out.json();
    assert_eq!(i["mode"], "core", "the bridge plugin is there, but this site has no API key");
    assert!(out.stderr.contains("no API key"), "{}", out.stderr);
    assert_eq!(i["config"]["site_name"], "Loopback WordPress");
    let terms = env.json(&["wp", "terms", "list", "acme/blog"]);
    let terms = terms.as_array().unwrap();
    let count = |tax: &str| terms.iter().filter(|t| t["taxonomy"] == tax).count() as i64;
    assert_eq!(count("category"), wp.total("categories"));
    assert_eq!(count("post_tag"), wp.total("tags"));
    assert!(count("category") >= 20 && count("post_tag") >= 50);
    assert_eq!(env.json(&["wp", "test", "acme/blog"])["ok"], true);

    // Full content sync: the mirror holds what WordPress reports.
    let r = env.json(&["wp", "sync", "acme/blog", "--content", "--full"]);
    assert_eq!(r["incremental"], false);
    let posts_total = wp.total("posts");
    assert!(posts_total >= 2000, "the seed has at least 2,000 posts, found {posts_total}");
    assert_eq!(mirror(&env, "post").len() as i64, posts_total);
    assert_eq!(mirror(&env, "page").len() as i64, wp.total("pages"));

    // Edit, add: an incremental run picks them up with few requests.
    let stamp = chrono::Utc::now().format("%H%M%S%f").to_string();
    let originals: Vec<Value> = mirror(&env, "post")
        .into_iter()
        .filter(|p| p["slug"].as_str().unwrap().starts_with("seed-post-00"))
        .take(3)
        .collect();
    for p in &originals {
        wp.post(&format!("posts/{}", p["wp_id"]), json!({ "title": format!("Edited {stamp} {}", p["wp_id"]) }));
    }
    let mut added = Vec::new();
    for n in 0..3 {
        let created =
            wp.post("posts", json!({ "title": format!("E2E {stamp} {n}"), "status": "publish", "content": "x" }));
        added.push(created["id"].as_i64().unwrap());
    }
    let r = env.json(&["wp", "sync", "acme/blog", "--content"]);
    assert_eq!(r["incremental"], true);
    assert_eq!(r["content"]["created"], 3, "{r}");
    assert!(r["content"]["updated"].as_i64().unwrap() >= 3, "{r}");
    assert!(r["request_count"].as_i64().unwrap() <= 4, "an incremental run needs few requests: {r}");
    let now = mirror(&env, "post");
    for p in &originals {
        let title = now.iter().find(|x| x["wp_id"] == p["wp_id"]).unwrap()["title"].as_str().unwrap().to_string();
        assert!(title.starts_with(&format!("Edited {stamp}")), "{title}");
    }
    assert_eq!(now.len() as i64, wp.total("posts"));

    // Nothing changed: one request per synced type.
    let r = env.json(&["wp", "sync", "acme/blog", "--content"]);
    assert_eq!(r["request_count"], 2, "{r}");
    assert_eq!((r["content"]["created"].as_i64(), r["content"]["updated"].as_i64()), (Some(0), Some(0)));

    // Deletions: kept by an incremental run, removed by a full one.
    for id in &added {
        wp.delete(&format!("posts/{id}"));
    }
    env.ok(&["wp", "sync", "acme/blog", "--content"]);
    assert_eq!(mirror(&env, "post").len() as i64, wp.total("posts") + 3);
    let r = env.json(&["wp", "sync", "acme/blog", "--content", "--full"]);
    assert_eq!(r["content"]["deleted"], 3);
    assert_eq!(mirror(&env, "post").len() as i64, wp.total("posts"));
    let events = env.json(&["wp", "events", "acme/blog"]);
    assert!(events.as_array().unwrap().iter().all(|e| e["status"] == "succeeded"));

    // Put the seed's titles back for the next run.
    for p in &originals {
        wp.post(&format!("posts/{}", p["wp_id"]), json!({ "title": p["title"] }));
    }

    // Bridge mode: the site's API key, given to the WordPress side (the plugin's settings page),
    // authenticates everything; no Application Password is involved.
    env.ok(&["site", "create", "Bridge", "--account", "acme"]);
    let key = env.ok(&["wp", "key", "generate", "acme/bridge", "--porcelain"]).trim().to_string();
    wp.post_ns("igny8/v1/api-key", json!({ "api_key": key }));
    let i = env.json(&["wp", "connect", "acme/bridge", "--url", &wp.url]);
    assert_eq!(i["mode"], "bridge");
    assert_eq!(i["config"]["wordpress_version"], "6.1.9");
    let r = env.json(&["wp", "sync", "acme/bridge", "--content", "--full"]);
    assert_eq!(r["mode"], "bridge");
    assert_eq!(
        env.json(&["wp", "content", "list", "acme/bridge", "--type", "post"]).as_array().unwrap().len() as i64,
        wp.total("posts")
    );
    assert_eq!(env.json(&["wp", "test", "acme/bridge"])["ok"], true);
    // Rotating the key here without telling WordPress: the next test is refused.
    env.ok(&["wp", "key", "rotate", "acme/bridge", "--yes"]);
    let out = env.run(&["wp", "test", "acme/bridge", "--json"]);
    assert_eq!(out.code, 8, "{}", out.stderr);
    assert_eq!(out.error()["code"], "wp_credentials_refused");
}
