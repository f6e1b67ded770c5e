//! End to end against a real WordPress 6.1 (Debian's packages) on 127.0.0.1.
//!
//! The WordPress comes from `SITECTL_WP_URL`, `SITECTL_WP_USER` and `SITECTL_WP_APP_PASSWORD`
//! when they are set (`.ci/run` starts one and exports them); otherwise the suite starts one
//! itself through `tests/wordpress/start.sh` (root on Debian: it installs the packages when
//! missing), or skips these tests saying so (see `support::machine`).
//! Everything happens in one test, in order, because the WordPress is shared; and the suite's
//! SQLite and PostgreSQL passes take turns through [`ExclusiveUse`], because this test changes
//! the WordPress it reads.

use std::sync::OnceLock;

use serde_json::{json, Value};

use crate::support::{machine, wait, TestEnv};

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

/// The real WordPress (see `support::machine`) and this process's turn on it, or `None` after
/// the skip line when there is none: the caller returns.
fn wordpress() -> Option<(ExclusiveUse, &'static Wp)> {
    static WP: OnceLock<Result<Wp, String>> = OnceLock::new();
    // Known without a turn: no WordPress can be had here.
    if let Some(why) = machine::wordpress_missing() {
        machine::skip(&format!("needs a real WordPress: {why}"), machine::ENABLE_WORDPRESS);
        return None;
    }
    // In turn: starting it (or finding it up) runs its setup again, which writes to it.
    let turn = ExclusiveUse::take();
    let found = WP.get_or_init(|| {
        let wp = machine::wordpress()?;
        Ok(Wp {
            url: wp.url.clone(),
            user: wp.user.clone(),
            password: wp.password.clone(),
            http: reqwest::blocking::Client::new(),
        })
    });
    match found {
        Ok(wp) => Some((turn, wp)),
        Err(why) => {
            machine::skip(&format!("needs a real WordPress: {why}"), machine::ENABLE_WORDPRESS);
            None
        }
    }
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

    /// GETs a core route with the administrator's credentials (drafts and trash visible).
    fn get(&self, route: &str) -> Value {
        let resp = self.http.get(self.api(route)).basic_auth(&self.user, Some(&self.password)).send().unwrap();
        assert!(resp.status().is_success(), "GET {route}: {}", resp.status());
        resp.json().unwrap()
    }

    /// WordPress's clock, to the second (the `Date` of its answers).
    fn now(&self) -> chrono::NaiveDateTime {
        let resp = self.http.head(format!("{}/wp-json/", self.url)).send().unwrap();
        let date = resp.headers()["date"].to_str().unwrap();
        chrono::DateTime::parse_from_rfc2822(date).unwrap().naive_utc()
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
    let Some((_turn, wp)) = wordpress() else { return };
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

    // Nothing changed: one request per synced type, and one for the scheduled posts.
    let r = env.json(&["wp", "sync", "acme/blog", "--content"]);
    assert_eq!(r["request_count"], 3, "{r}");
    // Read whole each time (other tests leave posts scheduled there: a count, not a number).
    assert!(r["scheduled_posts"].is_u64(), "{r}");
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

/// The writer's side against the real WordPress: 50 items in two sectors published and checked
/// through WordPress's own API, unchanged items sending nothing, an edit made in WordPress
/// stopping the next publish, a retraction landing in the trash, two overlapping `--due` runs
/// publishing each item once, and bridge mode through the stand-in plugin.
#[test]
fn real_wordpress_publishing() {
    let Some((_turn, wp)) = wordpress() else { return };
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics,dermatology"]);
    let out = connect(&env, wp, &wp.password);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // Slugs unique to this run, so runs against the same WordPress never meet.
    let run = format!("p{}-{}", std::process::id(), std::time::UNIX_EPOCH.elapsed().unwrap().as_millis() % 100_000);
    let item = |n: usize, sector: &str, status: &str| {
        json!({"site": "acme/blog", "sector": sector, "title": format!("Publish {run} {n}"), "slug": format!("{run}-{n}"),
               "body": format!("<p>Item {n}</p>"), "categories": [format!("{run}-cat-{}", n % 3)],
               "tags": [format!("{run}-tag-{}", n % 5)], "status": status})
    };
    let content: Vec<Value> =
        (0..60).map(|n| item(n, if n % 2 == 0 { "dental-clinics" } else { "dermatology" }, "approved")).collect();
    let file = env.path("content.json");
    std::fs::write(&file, json!({ "content": content }).to_string()).unwrap();
    env.ok(&["seed", "apply", file.to_str().unwrap()]);
    let listed = env.json(&["content", "list", "acme/blog"]);
    let ids: Vec<String> = listed.as_array().unwrap().iter().map(|c| c["id"].as_i64().unwrap().to_string()).collect();
    assert_eq!(ids.len(), 60);
    let (first, rest) = (&ids[..50], &ids[50..]);

    // One for later (`future`), 49 now, four at a time.
    let later = env.json(&["wp", "publish", &first[0], "--at", "2031-06-01T08:00:00Z"]);
    assert_eq!(later["wp_status"], "future");
    let mut args = vec!["wp", "publish", "--concurrency", "4", "--format", "jsonl"];
    args.extend(first[1..].iter().map(String::as_str));
    let lines = env.ok(&args);
    let published: Vec<Value> = lines.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(published.len(), 49);
    assert!(published.iter().all(|p| p["action"] == "created"), "{lines}");
    let mut posts = vec![later["external_id"].as_i64().unwrap()];
    posts.extend(published.iter().map(|p| p["external_id"].as_i64().unwrap()));

    // Each one, as WordPress has it.
    let term_id = |taxonomy: &str, slug: &str| wp.get(&format!("{taxonomy}?slug={slug}"))[0]["id"].as_i64().unwrap();
    for (n, post) in posts.iter().enumerate() {
        let p = wp.get(&format!("posts/{post}?context=edit"));
        assert_eq!(p["title"]["raw"], format!("Publish {run} {n}"));
        assert_eq!(p["slug"], format!("{run}-{n}"));
        assert_eq!(p["status"], if n == 0 { "future" } else { "publish" });
        assert_eq!(p["categories"], json!([term_id("categories", &format!("{run}-cat-{}", n % 3))]));
        assert_eq!(p["tags"], json!([term_id("tags", &format!("{run}-tag-{}", n % 5))]));
        if n == 0 {
            assert_eq!(p["date_gmt"], "2031-06-01T08:00:00");
        }
    }

    // Unchanged: nothing sent (WordPress's modified time stays; the loopback server's router,
    // when it is ours, logs every write request: none came).
    let server_writes = || std::fs::read_to_string("/tmp/wp-write-requests.log").ok().map(|log| log.lines().count());
    let writes_before = server_writes();
    if std::env::var_os("SITECTL_WP_URL").is_none() || writes_before.is_some() {
        assert!(writes_before.is_some_and(|n| n > 0), "the loopback router logs writes (the publishes above)");
    }
    let before = wp.get(&format!("posts/{}?context=edit", posts[1]))["modified_gmt"].clone();
    let again = env.ok(&[
        &["wp", "publish", "--format", "jsonl"][..],
        &first[1..].iter().map(String::as_str).collect::<Vec<_>>(),
    ]
    .concat());
    assert!(again.lines().all(|l| l.contains("\"unchanged\"")), "{again}");
    assert_eq!(wp.get(&format!("posts/{}?context=edit", posts[1]))["modified_gmt"], before);
    assert_eq!(server_writes(), writes_before, "no write request reached WordPress");

    // An edit made in WordPress stops the next publish of that item. WordPress keeps modified
    // times to the second: the edit is made once its clock has left the second of the publish.
    let published = wp.get(&format!("posts/{}?context=edit", posts[2]))["modified_gmt"].as_str().unwrap().to_string();
    let published = chrono::NaiveDateTime::parse_from_str(&published, "%Y-%m-%dT%H:%M:%S").unwrap();
    wait::until("WordPress's clock to pass the publish's second", || wp.now() > published);
    wp.post(&format!("posts/{}", posts[2]), json!({"title": "Edited in WordPress"}));
    env.ok(&["content", "update", &first[2], "--excerpt", "changed here too"]);
    let out = env.run(&["wp", "publish", &first[2], "--json"]);
    assert_eq!(out.code, 6, "{}", out.stderr);
    assert_eq!(out.error()["code"], "remote_changed");
    assert_eq!(wp.get(&format!("posts/{}?context=edit", posts[2]))["title"]["raw"], "Edited in WordPress");

    // Retracted: in the trash.
    env.ok(&["content", "retract", &first[3]]);
    assert_eq!(wp.get(&format!("posts/{}?context=edit", posts[3]))["status"], "trash");

    // Two `--due` runs at once: every due item published once.
    for id in rest {
        env.ok(&["content", "schedule", id, "--at", "2020-01-01T00:00:00Z"]);
    }
    let runs: Vec<_> = (0..2)
        .map(|_| {
            env.command(&["wp", "publish", "--due", "--concurrency", "3", "--format", "jsonl"])
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut created = 0;
    for r in runs {
        let out = r.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        created += String::from_utf8_lossy(&out.stdout).matches("\"created\"").count();
    }
    assert_eq!(created, rest.len());
    for n in 50..60 {
        let found = wp.get(&format!("posts?slug={run}-{n}&status=publish,future,draft,pending,private,trash"));
        assert_eq!(found.as_array().unwrap().len(), 1, "{run}-{n}");
        posts.push(found[0]["id"].as_i64().unwrap());
    }

    // Bridge mode: the stand-in plugin's igny8/v1/publish, with the site API key only.
    env.ok(&["site", "create", "Bridge Pub", "--account", "acme", "--slug", "bridge-pub"]);
    env.ok(&["sectors", "select", "acme/bridge-pub", "--industry", "healthcare", "--sectors", "dental-clinics"]);
    let key = env.ok(&["wp", "key", "generate", "acme/bridge-pub", "--porcelain"]).trim().to_string();
    wp.post_ns("igny8/v1/api-key", json!({ "api_key": key }));
    assert_eq!(env.json(&["wp", "connect", "acme/bridge-pub", "--url", &wp.url])["mode"], "bridge");
    let c = env.json(&[
        "content",
        "create",
        "acme/bridge-pub",
        "--sector",
        "dental-clinics",
        "--title",
        &format!("Bridge {run}"),
        "--slug",
        &format!("{run}-bridge"),
        "--category",
        &format!("{run}-bridge-cat"),
    ]);
    let cid = c["id"].as_i64().unwrap().to_string();
    env.ok(&["content", "review", &cid]);
    env.ok(&["content", "approve", &cid]);
    let b = env.json(&["wp", "publish", &cid]);
    assert_eq!(b["action"], "created", "{b}");
    let bp = b["external_id"].as_i64().unwrap();
    posts.push(bp);
    let p = wp.get(&format!("posts/{bp}?context=edit"));
    assert_eq!((p["status"].as_str(), p["slug"].as_str()), (Some("publish"), Some(format!("{run}-bridge").as_str())));
    assert_eq!(p["categories"], json!([term_id("categories", &format!("{run}-bridge-cat"))]));
    env.ok(&["content", "update", &cid, "--title", "Bridge, updated"]);
    assert_eq!(env.json(&["wp", "publish", &cid])["external_id"], bp);
    assert_eq!(wp.get(&format!("posts/{bp}?context=edit"))["title"]["raw"], "Bridge, updated");

    // Leave the WordPress as it was.
    for post in posts {
        wp.delete(&format!("posts/{post}"));
    }
    for (taxonomy, slugs) in [
        (
            "categories",
            (0..3).map(|n| format!("{run}-cat-{n}")).chain([format!("{run}-bridge-cat")]).collect::<Vec<_>>(),
        ),
        ("tags", (0..5).map(|n| format!("{run}-tag-{n}")).collect()),
    ] {
        for slug in slugs {
            wp.delete(&format!("{taxonomy}/{}", term_id(taxonomy, &slug)));
        }
    }
}

impl Wp {
    /// GETs any route with the administrator's credentials; the status and the JSON body.
    fn get_any(&self, route: &str) -> Value {
        let resp = self.http.get(self.api(route)).basic_auth(&self.user, Some(&self.password)).send().unwrap();
        resp.json().unwrap()
    }

    /// The posts with this slug, in every status.
    fn posts_with_slug(&self, slug: &str) -> Vec<Value> {
        let found =
            self.get(&format!("posts?slug={slug}&status=publish,future,draft,pending,private,trash&context=edit"));
        found.as_array().unwrap().clone()
    }

    /// Makes the next create of a post fail with a 503 (the stand-in plugin's test hook):
    /// `refuse` before WordPress makes it, `lose` after (the answer lost).
    fn fail_next_create(&self, mode: &str) {
        self.post_ns("sitectl-test/v1/fail-next-create", json!({ "mode": mode }));
    }
}

/// What a test made in the shared WordPress, removed when the test ends, passed or failed.
struct Leftovers<'a> {
    wp: &'a Wp,
    me: i64,
    posts: Vec<i64>,
    users: Vec<i64>,
}

impl Drop for Leftovers<'_> {
    fn drop(&mut self) {
        let wp = self.wp;
        let gone = |url: String| {
            let _ = wp.http.delete(url).basic_auth(&wp.user, Some(&wp.password)).send();
        };
        for post in &self.posts {
            gone(format!("{}?force=true", wp.api(&format!("posts/{post}"))));
        }
        for user in &self.users {
            gone(format!("{}?force=true&reassign={}", wp.api(&format!("users/{user}")), self.me));
        }
    }
}

/// Point 1 of the publishing guarantee against the real WordPress: after a failed first create,
/// a post another WordPress user wrote with the item's slug is left untouched (exit 6); a post
/// whose create lost its answer is adopted by its token, in core and bridge mode, and never
/// duplicated; readers of the post never see the token.
#[test]
fn real_wordpress_publishing_adopts_only_its_own_post() {
    let Some((_turn, wp)) = wordpress() else { return };
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics"]);
    let out = connect(&env, wp, &wp.password);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let run = format!("a{}-{}", std::process::id(), std::time::UNIX_EPOCH.elapsed().unwrap().as_millis() % 100_000);
    let approved = |site: &str, slug: &str| {
        let c = env.json(&["content", "create", site, "--sector", "dental-clinics", "--title", slug, "--slug", slug]);
        let id = c["id"].as_i64().unwrap().to_string();
        env.ok(&["content", "review", &id]);
        env.ok(&["content", "approve", &id]);
        id
    };
    let me = wp.get("users/me")["id"].as_i64().unwrap();
    let mut made = Leftovers { wp, me, posts: Vec::new(), users: Vec::new() };

    // Another WordPress user (an author) and their post with the slug the item will have.
    let stranger = wp.post(
        "users",
        json!({"username": format!("stranger-{run}"), "email": format!("stranger-{run}@example.test"),
               "password": format!("pw-{run}-Zx9!"), "roles": ["author"]}),
    )["id"]
        .as_i64()
        .unwrap();
    made.users.push(stranger);
    let slug = format!("{run}-taken");
    let theirs = wp.post(
        "posts",
        json!({"title": "Theirs", "slug": slug, "status": "publish", "author": stranger, "content": "<p>Their words</p>"}),
    );
    let theirs_id = theirs["id"].as_i64().unwrap();
    made.posts.push(theirs_id);
    let before = wp.get(&format!("posts/{theirs_id}?context=edit"));

    let id = approved("acme/blog", &slug);
    wp.fail_next_create("refuse");
    let out = env.run(&["wp", "publish", &id, "--json"]);
    assert_eq!((out.code, out.error()["code"].as_str()), (8, Some("wp_server_error")), "{}", out.stderr);
    let out = env.run(&["wp", "publish", &id, "--json"]);
    assert_eq!(out.code, 6, "{}", out.stderr);
    let e = out.error();
    assert_eq!(e["code"], "remote_conflict");
    assert!(e["message"].as_str().unwrap().contains(&format!("post {theirs_id}")), "{e}");
    let after = wp.get(&format!("posts/{theirs_id}?context=edit"));
    for key in ["modified_gmt", "content", "title", "status", "author", "slug"] {
        assert_eq!(after[key], before[key], "{key} of the stranger's post");
    }
    let with_slug = wp.posts_with_slug(&slug);
    made.posts.extend(with_slug.iter().filter_map(|p| p["id"].as_i64()).filter(|id| *id != theirs_id));
    assert_eq!(with_slug.len(), 1, "nothing else made with the slug");

    // Forced past the conflict, a create whose answer is lost: WordPress gave the new post a
    // suffixed slug beside the stranger's. The next run names it (found by its token), and the
    // item adopts it once given that slug: no third post.
    wp.fail_next_create("lose");
    let out = env.run(&["wp", "publish", &id, "--force", "--json"]);
    assert_eq!(out.code, 8, "{}", out.stderr);
    let suffixed = format!("{slug}-2");
    let found = wp.posts_with_slug(&suffixed);
    made.posts.extend(found.iter().filter_map(|p| p["id"].as_i64()));
    assert_eq!(found.len(), 1, "WordPress suffixed the slug");
    let ours = found[0]["id"].as_i64().unwrap();
    let out = env.run(&["wp", "publish", &id, "--json"]);
    assert_eq!(out.code, 6, "{}", out.stderr);
    let e = out.error();
    assert!(e["message"].as_str().unwrap().contains(&format!("post {ours}")), "found by its token: {e}");
    assert!(e["hint"].as_str().unwrap().contains(&format!("--slug {suffixed}")), "{e}");
    env.ok(&["content", "update", &id, "--slug", &suffixed]);
    let out = env.json(&["wp", "publish", &id]);
    assert_eq!((out["action"].as_str(), out["external_id"].as_i64()), (Some("updated"), Some(ours)), "{out}");
    let after = wp.get(&format!("posts/{theirs_id}?context=edit"));
    assert_eq!(after["modified_gmt"], before["modified_gmt"], "the stranger's post is still untouched");

    // The lost answer: WordPress made the post; the next run adopts it (core mode).
    let lost = format!("{run}-lost");
    let lost_id = approved("acme/blog", &lost);
    wp.fail_next_create("lose");
    let out = env.run(&["wp", "publish", &lost_id, "--json"]);
    assert_eq!(out.code, 8, "{}", out.stderr);
    let found = wp.posts_with_slug(&lost);
    made.posts.extend(found.iter().filter_map(|p| p["id"].as_i64()));
    assert_eq!(found.len(), 1, "the create happened");
    let post_id = found[0]["id"].as_i64().unwrap();
    assert_eq!(found[0]["author"], me);
    let raw = found[0]["content"]["raw"].as_str().unwrap();
    assert!(raw.contains("<!-- sitectl:origin "), "WordPress keeps the marker: {raw}");
    let out = env.json(&["wp", "publish", &lost_id]);
    assert_eq!((out["action"].as_str(), out["external_id"].as_i64()), (Some("updated"), Some(post_id)), "{out}");
    assert_eq!(wp.posts_with_slug(&lost).len(), 1, "adopted, not duplicated");
    // What readers get: the token only inside a comment, no empty paragraph or line break.
    let public: Value = wp.http.get(wp.api(&format!("posts/{post_id}"))).send().unwrap().json().unwrap();
    let rendered = public["content"]["rendered"].as_str().unwrap();
    assert!(!rendered.contains("<p><!--") && !rendered.contains("<br />"), "{rendered}");
    let page = wp.http.get(public["link"].as_str().unwrap()).send().unwrap().text().unwrap();
    let text_outside_comments =
        page.split("<!--").map(|s| s.split_once("-->").map_or(s, |(_, t)| t)).collect::<String>();
    assert!(!text_outside_comments.contains("sitectl:origin"), "the token is never page text");

    // Bridge mode: the plugin keeps the token as meta, shown only with context=edit.
    env.ok(&["site", "create", "Bridge Adopt", "--account", "acme", "--slug", "bridge-adopt"]);
    env.ok(&["sectors", "select", "acme/bridge-adopt", "--industry", "healthcare", "--sectors", "dental-clinics"]);
    let key = env.ok(&["wp", "key", "generate", "acme/bridge-adopt", "--porcelain"]).trim().to_string();
    wp.post_ns("igny8/v1/api-key", json!({ "api_key": key }));
    assert_eq!(env.json(&["wp", "connect", "acme/bridge-adopt", "--url", &wp.url])["mode"], "bridge");
    let bridged = format!("{run}-bridged");
    let bridged_id = approved("acme/bridge-adopt", &bridged);
    wp.fail_next_create("lose");
    let out = env.run(&["wp", "publish", &bridged_id, "--json"]);
    assert_eq!(out.code, 8, "{}", out.stderr);
    let found = wp.posts_with_slug(&bridged);
    made.posts.extend(found.iter().filter_map(|p| p["id"].as_i64()));
    assert_eq!(found.len(), 1);
    let bridged_post = found[0]["id"].as_i64().unwrap();
    assert!(found[0]["meta"]["_igny8_creation_token"].as_str().is_some_and(|t| t.len() == 32), "{}", found[0]["meta"]);
    let public: Value = wp.http.get(wp.api(&format!("posts/{bridged_post}"))).send().unwrap().json().unwrap();
    assert!(public["meta"].get("_igny8_creation_token").is_none(), "not shown to readers: {}", public["meta"]);
    let refused = wp
        .http
        .post(wp.api(&format!("posts/{theirs_id}")))
        .basic_auth(&wp.user, Some(&wp.password))
        .json(&json!({"meta": {"_igny8_creation_token": "0123456789abcdef0123456789abcdef"}}))
        .send()
        .unwrap();
    assert_eq!(refused.status().as_u16(), 403, "no REST client writes the token meta");
    let out = env.json(&["wp", "publish", &bridged_id]);
    assert_eq!((out["action"].as_str(), out["external_id"].as_i64()), (Some("updated"), Some(bridged_post)), "{out}");
    assert_eq!(wp.posts_with_slug(&bridged).len(), 1);

    // Leave the WordPress as it was.
    drop(made);
    assert_eq!(wp.get_any(&format!("users/{stranger}"))["code"], "rest_user_invalid_id");
    assert_eq!(wp.get_any(&format!("posts/{theirs_id}"))["code"], "rest_post_invalid_id");
}

/// Runs SQL on the real WordPress's own database (its MariaDB socket, as `start.sh` exports it),
/// or says why it cannot.
fn wordpress_sql(sql: &str) -> Result<(), String> {
    let var = |name: &str| std::env::var(name).map_err(|_| format!("{name} is not set"));
    let (socket, db, user, password) = (
        var("SITECTL_WP_DB_SOCKET")?,
        var("SITECTL_WP_DB_NAME")?,
        var("SITECTL_WP_DB_USER")?,
        var("SITECTL_WP_DB_PASSWORD")?,
    );
    let out = std::process::Command::new("mariadb")
        .args(["--socket", &socket, "-u", &user, &format!("-p{password}"), &db, "-e", sql])
        .output()
        .map_err(|e| format!("mariadb: {e}"))?;
    assert!(out.status.success(), "mariadb: {}", String::from_utf8_lossy(&out.stderr));
    Ok(())
}

/// WordPress's famous missed schedule: a post scheduled for later whose date has passed without
/// WordPress's cron publishing it (here its date is moved into the past in WordPress's own
/// database; the cron event stays a year ahead) is read by `wp sync` and found by `check`.
#[test]
fn real_wordpress_missed_schedule_is_found() {
    let Some((_turn, wp)) = wordpress() else { return };
    let env = TestEnv::new();
    env.ok(&["plan", "create", "p", "--name", "P", "--max-sites", "5"]);
    env.ok(&["account", "create", "acme", "--name", "Acme", "--plan", "p", "--owner", "o@acme.example"]);
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    let out = connect(&env, wp, &wp.password);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let later = (wp.now() + chrono::Duration::days(365)).format("%Y-%m-%dT%H:%M:%S").to_string();
    let post = wp.post("posts", json!({"title": "Missed schedule", "status": "future", "date_gmt": later}));
    let id = post["id"].as_i64().unwrap();
    assert_eq!(post["status"], "future");
    let past = (wp.now() - chrono::Duration::hours(2)).format("%Y-%m-%d %H:%M:%S").to_string();
    let moved = wordpress_sql(&format!(
        "UPDATE wp_posts SET post_date_gmt = '{past}', post_date = '{past}' WHERE ID = {id} AND post_status = 'future'"
    ));
    if let Err(why) = moved {
        wp.delete(&format!("posts/{id}"));
        machine::skip(&format!("cannot reach the WordPress database: {why}"), machine::ENABLE_WORDPRESS);
        return;
    }
    let report = env.json(&["wp", "sync", "acme/blog", "--content", "--types", "post"]);
    let check = env.run(&["check", "--json"]);
    wp.delete(&format!("posts/{id}"));
    assert!(report["scheduled_posts"].as_i64().unwrap() >= 1, "{report}");
    assert_eq!(check.code, 1, "{}\n{}", check.stdout, check.stderr);
    let findings = check.json();
    let missed: Vec<&Value> =
        findings.as_array().unwrap().iter().filter(|f| f["kind"] == "wp_missed_schedule").collect();
    assert_eq!(missed.len(), 1, "{findings}");
    assert_eq!(missed[0]["site"], "acme/blog");
    assert!(missed[0]["message"].as_str().unwrap().contains(&past.replace(' ', "T")), "{}", missed[0]);
    // Once WordPress no longer holds it (deleted here), the next sync forgets it.
    env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post"]);
    let after = env.run(&["check", "--json"]);
    assert!(after.json().as_array().unwrap().iter().all(|f| f["kind"] != "wp_missed_schedule"), "{}", after.stdout);
}

/// `wp inventory --refresh` records exactly the plugins and themes WordPress itself reports
/// installed (its own answers, read here with the administrator's credentials), with their
/// versions and statuses; in bridge mode, also the plugin's version and health and WordPress's
/// version. Reads only: the shared WordPress's plugins and themes are left as they are.
#[test]
fn real_wordpress_inventory_lists_what_wordpress_reports() {
    let Some((_turn, wp)) = wordpress() else { return };
    let env = TestEnv::new();
    env.ok(&["plan", "create", "p", "--name", "P", "--max-sites", "5"]);
    env.ok(&["account", "create", "acme", "--name", "Acme", "--plan", "p", "--owner", "o@acme.example"]);
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["site", "create", "Bridge", "--account", "acme"]);
    let out = connect(&env, wp, &wp.password);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let triples = |list: &Value, slug: &str| -> Vec<(String, String, String)> {
        let mut v: Vec<_> = list
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                let s = |k: &str| c[k].as_str().unwrap_or_default().to_string();
                (s(slug), s("version"), s("status"))
            })
            .collect();
        v.sort();
        v
    };
    let plugins = triples(&wp.get("plugins"), "plugin");
    let themes = triples(&wp.get("themes"), "stylesheet");
    assert!(plugins.iter().any(|p| p.0 == "akismet/akismet"), "Debian's WordPress ships akismet: {plugins:?}");
    assert!(!themes.is_empty());
    let r = env.json(&["wp", "inventory", "acme/blog", "--refresh"]);
    assert_eq!(triples(&r["plugins"], "slug"), plugins, "{r}");
    assert_eq!(triples(&r["themes"], "slug"), themes, "{r}");
    let i = &r["inventory"];
    assert_eq!((i["plugins_read"].as_str(), i["themes_read"].as_str()), (Some("read"), Some("read")));
    assert_eq!(i["plugin_count"].as_u64(), Some(plugins.len() as u64));
    // From the record, fleet-wide, without asking WordPress.
    let listed = env.ok(&["wp", "plugins", "list", "--plugin", "akismet", "--format", "jsonl"]);
    assert_eq!(listed.lines().count(), 1, "{listed}");

    // Bridge mode: the stand-in plugin takes the key as the first administrator's, so the lists
    // are read too, and its status gives its version, health and WordPress's version.
    let key = env.ok(&["wp", "key", "generate", "acme/bridge", "--porcelain"]).trim().to_string();
    wp.post_ns("igny8/v1/api-key", json!({ "api_key": key }));
    assert_eq!(env.json(&["wp", "connect", "acme/bridge", "--url", &wp.url])["mode"], "bridge");
    let b = env.json(&["wp", "inventory", "acme/bridge", "--refresh"]);
    let i = &b["inventory"];
    assert_eq!(
        (i["wordpress_version"].as_str(), i["bridge_version"].as_str(), i["bridge_health"].as_str()),
        (Some("6.1.9"), Some("sitectl-stand-in"), Some("healthy")),
        "{b}"
    );
    assert_eq!(triples(&b["plugins"], "slug"), plugins);
    let all = env.ok(&["wp", "plugins", "list", "--all", "--plugin", "akismet/akismet", "--format", "jsonl"]);
    assert_eq!(all.lines().count(), 2, "{all}");
}
