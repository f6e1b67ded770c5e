//! Fleet operations: `check` (findings, Nagios, OpenMetrics, exit codes), the scheduled posts a
//! sync reads for WordPress's missed schedule, and the selectors and streamed lines of batches.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{json, Value};

use crate::support::machine;
use crate::support::mockwp::{self, MockWp, Reply};
use crate::support::TestEnv;

/// The clock every sync of the fleet ran at.
const T0: &str = "2026-06-01T12:00:00Z";

/// acme/blog, acme/shop and globex/news, each connected (core mode) to its own stand-in
/// WordPress and synced at T0; the editor is granted the blog.
pub(crate) fn synced_fleet() -> (TestEnv, Vec<(String, MockWp)>) {
    let mut env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["site", "create", "Shop", "--account", "acme"]);
    env.ok(&["site", "create", "News", "--account", "globex"]);
    env.ok(&["access", "grant", "acme/blog", "editor@acme.example"]);
    env.set_env("SITECTL_NOW", T0);
    let mut wps = Vec::new();
    for site in ["acme/blog", "acme/shop", "globex/news"] {
        let wp = MockWp::start();
        mockwp::connect_core(&env, site, &wp);
        wps.push((site.to_string(), wp));
    }
    env.ok(&["wp", "sync", "--all"]);
    (env, wps)
}

/// [`synced_fleet`], where the blog's WordPress holds a post it scheduled for an hour before
/// T0 (a missed schedule) and one for tomorrow, as the last sync read them.
fn fleet() -> (TestEnv, Vec<(String, MockWp)>) {
    let (env, wps) = synced_fleet();
    {
        let mut blog = wps[0].1.site.lock().unwrap();
        for (id, date) in [(501, "2026-06-01T11:00:00"), (502, "2026-06-02T11:00:00")] {
            blog.posts.push(json!({
                "id": id, "slug": format!("later-{id}"), "status": "future", "type": "post",
                "title": {"rendered": format!("Later {id}")}, "date_gmt": date,
                "modified_gmt": "2026-05-01T00:00:00", "link": format!("http://x/?p={id}"),
            }));
        }
    }
    env.ok(&["wp", "sync", "acme/blog"]);
    (env, wps)
}

fn at(env: &mut TestEnv, time: &str) {
    env.set_env("SITECTL_NOW", time);
}

fn kinds(findings: &Value) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let site = f["site"].as_str().or(f["account"].as_str()).unwrap_or("-").to_string();
            (f["kind"].as_str().unwrap().to_string(), f["severity"].as_str().unwrap().to_string(), site)
        })
        .collect();
    out.sort();
    out
}

/// A command's JSON output, asserting its exit code.
fn json_exiting(env: &TestEnv, args: &[&str], code: i32) -> Value {
    let mut full = args.to_vec();
    full.push("--json");
    let out = env.run(&full);
    assert_eq!(out.code, code, "{args:?}: {}", out.stderr);
    out.json()
}

fn triple(kind: &str, severity: &str, site: &str) -> (String, String, String) {
    (kind.to_string(), severity.to_string(), site.to_string())
}

#[test]
fn check_reports_findings_with_nagios_exit_codes() {
    let (mut env, wps) = fleet();
    // Right after the sync: only WordPress's own missed schedule (a warning, exit 1).
    at(&mut env, "2026-06-01T12:30:00Z");
    let out = env.run(&["check", "--json"]);
    assert_eq!(out.code, 1, "{}\n{}", out.stdout, out.stderr);
    assert_eq!(kinds(&out.json()), vec![triple("wp_missed_schedule", "warning", "acme/blog")]);
    let f = &out.json()[0];
    assert!(f["message"].as_str().unwrap().contains("2026-06-01T11:00:00"), "{f}");
    assert!(f["fix"].as_str().unwrap().contains("sitectl wp sync acme/blog"), "{f}");
    // A longer grace covers it: OK, exit 0, in every format.
    for format in ["table", "json", "jsonl", "csv"] {
        let out = env.run(&["check", "--grace", "2h", "--format", format]);
        assert_eq!(out.code, 0, "{format}: {}", out.stderr);
    }
    let nagios = env.run(&["check", "--grace", "2h", "--nagios"]);
    assert_eq!(nagios.code, 0);
    assert!(nagios.stdout.starts_with("SITECTL OK - 3 sites, no problems | 'sites'=3;;;0"), "{}", nagios.stdout);
    assert_eq!(nagios.stdout.lines().count(), 1);

    // 25 hours on: every sync is stale (warning); 73 hours: critical, exit 2.
    at(&mut env, "2026-06-02T13:00:00Z");
    let out = env.run(&["check", "--grace", "1000d", "--json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let stale: Vec<_> = kinds(&out.json()).into_iter().filter(|k| k.0 == "sync_stale").collect();
    assert_eq!(stale.len(), 3, "{stale:?}");
    assert!(stale.iter().all(|k| k.1 == "warning"));
    at(&mut env, "2026-06-04T13:00:00Z");
    let out = env.run(&["check", "--nagios"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let first = out.stdout.lines().next().unwrap();
    assert!(
        first
            .starts_with("SITECTL CRITICAL - 3 critical, 1 warning over 3 sites: sync_stale 3, wp_missed_schedule 1 |"),
        "{first}"
    );
    assert!(first.contains("'sync_stale'=3;;;0") && first.contains("'wp_missed_schedule'=1;;;0"), "{first}");
    assert_eq!(first.matches('|').count(), 1, "{first}");
    assert_eq!(out.stdout.lines().count(), 5, "the status line and one line per finding: {}", out.stdout);
    // Thresholds move the line: with a 100-hour critical age they are warnings again.
    let out = env.run(&["check", "--crit-sync-age", "100h", "--grace", "1000d", "--json"]);
    assert_eq!(out.code, 1);

    // A failed connection test is critical.
    at(&mut env, "2026-06-01T12:30:00Z");
    wps[1].1.set_fault(|_, _| Some(Reply::Json(500, json!({"code": "boom", "message": "down|\u{1b}[31m"}), vec![])));
    assert_eq!(env.run(&["wp", "test", "acme/shop"]).code, 8);
    let out = env.run(&["check", "--grace", "1000d", "--json"]);
    assert_eq!(out.code, 2);
    assert_eq!(kinds(&out.json()), vec![triple("connection_error", "critical", "acme/shop")]);
    let nagios = env.run(&["check", "--grace", "1000d", "--nagios"]);
    let detail = nagios.stdout.lines().nth(1).unwrap();
    assert!(detail.starts_with("CRITICAL connection_error acme/shop: "), "{detail}");
    assert!(!detail.contains('|') && !detail.contains('\u{1b}'), "outside text is one safe line: {detail}");
}

#[test]
fn check_is_unknown_whenever_it_cannot_evaluate() {
    let (mut env, _wps) = fleet();
    at(&mut env, "2026-06-01T12:30:00Z");
    for args in [
        vec!["check", "--bogus"],
        vec!["check", "--warn-sync-age", "soon"],
        vec!["check", "--warn-sync-age", "3d", "--crit-sync-age", "1d"],
        vec!["check", "--mode", "carrier-pigeon"],
        vec!["check", "--account", "nope"],
        vec!["check", "nope/nope"],
        vec!["check", "--nagios", "--openmetrics", "-"],
        vec!["--db", "/nonexistent/dir/x.db", "check"],
        vec!["check", "--json", "--plan", "nope"],
    ] {
        let out = env.run(&args);
        assert_eq!(out.code, 3, "{args:?}: {}", out.stderr);
        if args.contains(&"--nagios") {
            // The plugin API reads stdout: one UNKNOWN status line.
            assert!(out.stdout.starts_with("SITECTL UNKNOWN - ") && out.stdout.lines().count() == 1, "{}", out.stdout);
        } else {
            assert!(out.stdout.is_empty(), "{args:?}: {}", out.stdout);
        }
    }
    let out = env.run(&["check", "--json", "--account", "nope"]);
    let line: Value = serde_json::from_str(out.stderr.trim()).unwrap();
    assert_eq!(
        (line["error"]["code"].as_str(), line["error"]["exit_code"].as_i64()),
        (Some("account_not_found"), Some(3))
    );
}

#[test]
fn a_tenant_check_names_only_what_the_tenant_sees() {
    let (mut env, wps) = fleet();
    at(&mut env, "2026-06-04T13:00:00Z");
    // globex's site has a failed connection too: acme's users must not learn of it.
    wps[2].1.set_fault(|_, _| Some(Reply::Json(500, json!({"code": "boom", "message": "down"}), vec![])));
    assert_eq!(env.run(&["wp", "test", "globex/news"]).code, 8);
    let all = env.run(&["check", "--json"]);
    assert!(all.stdout.contains("globex/news"));
    for (user, sites) in [("owner@acme.example", 2), ("editor@acme.example", 1)] {
        let out = env.run(&["--as", user, "check", "--json"]);
        assert_eq!(out.code, 2, "{user}: {}", out.stderr);
        assert!(!out.stdout.contains("globex") && !out.stderr.contains("globex"), "{user}: {}", out.stdout);
        assert!(kinds(&out.json()).iter().all(|k| k.0 != "integrity"), "{user}");
        let nagios = env.run(&["--as", user, "check", "--nagios"]);
        assert!(nagios.stdout.contains(&format!("'sites'={sites};;;0")), "{user}: {}", nagios.stdout);
        assert!(!nagios.stdout.contains("globex"), "{user}");
        // Naming the other tenant's account or site is "not found", exactly like a missing one.
        for args in
            [vec!["check", "--account", "globex"], vec!["check", "globex/news"], vec!["check", "--account", "nope"]]
        {
            let mut full = vec!["--as", user, "--json"];
            full.extend(&args);
            let out = env.run(&full);
            assert_eq!(out.code, 3, "{user} {args:?}");
            assert!(!out.stderr.contains("globex/news\" ") && !out.stdout.contains("globex"), "{}", out.stderr);
        }
    }
    // The editor sees the blog only (granted), not the shop.
    let out = env.run(&["--as", "editor@acme.example", "check", "--json"]);
    assert!(!out.stdout.contains("acme/shop"), "{}", out.stdout);
}

/// OpenMetrics text checked by the reference parser (the `prometheus_client` Python package's
/// OpenMetrics parser); `None` (after a visible skip line) when it is not installed.
fn parse_openmetrics(text: &str) -> Option<Value> {
    let script = r#"
import json, sys
from prometheus_client.openmetrics.parser import text_string_to_metric_families
out = {}
for family in text_string_to_metric_families(sys.stdin.read()):
    out[family.name] = [[s.labels, s.value] for s in family.samples]
print(json.dumps(out))
"#;
    let probe = Command::new("python3").args(["-c", "import prometheus_client"]).output();
    if !probe.is_ok_and(|o| o.status.success()) {
        machine::skip(
            "python3's prometheus_client is not installed",
            "pip install prometheus-client (as .ci/run does)",
        );
        return None;
    }
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "the parser refused the text: {}\n{text}", String::from_utf8_lossy(&out.stderr));
    Some(serde_json::from_slice(&out.stdout).unwrap())
}

#[test]
fn openmetrics_parses_and_replaces_its_file_atomically() {
    let (mut env, _wps) = fleet();
    at(&mut env, "2026-06-02T13:00:00Z");
    let out = env.run(&["check", "--openmetrics", "-"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.ends_with("# EOF\n"), "{}", out.stdout);
    let Some(parsed) = parse_openmetrics(&out.stdout) else { return };
    assert_eq!(parsed["sitectl_check_status"][0][1], 1.0);
    assert_eq!(parsed["sitectl_check_sites"][0][1], 3.0);
    let ages = parsed["sitectl_site_last_sync_age_seconds"].as_array().unwrap();
    assert_eq!(ages.len(), 3);
    assert!(ages.iter().all(|s| s[1] == 25.0 * 3600.0), "{ages:?}");
    let findings = parsed["sitectl_check_findings"].as_array().unwrap();
    let stale = findings.iter().find(|s| s[0] == json!({"kind": "sync_stale", "severity": "warning"})).unwrap();
    assert_eq!(stale[1], 3.0);

    // To a file: a temporary beside it, renamed over it; an old reader's file handle keeps the
    // old text whole.
    let path = env.path("metrics.prom");
    std::fs::write(&path, "old\n").unwrap();
    let old = std::fs::File::open(&path).unwrap();
    let out = env.run(&["check", "--openmetrics", path.to_str().unwrap()]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.is_empty());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# HELP") && text.ends_with("# EOF\n"));
    assert_eq!(std::io::read_to_string(old).unwrap(), "old\n", "the file was replaced, not rewritten in place");
    let leftovers: Vec<_> = std::fs::read_dir(env.path(""))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // A target that cannot be replaced (a directory) is UNKNOWN, and nothing is left behind.
    let dir = env.path("a-dir");
    std::fs::create_dir(&dir).unwrap();
    let out = env.run(&["check", "--openmetrics", dir.to_str().unwrap()]);
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert!(std::fs::read_dir(env.path("")).unwrap().all(|e| !e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .ends_with(".tmp")));
    // A missing folder: UNKNOWN.
    let out = env.run(&["check", "--openmetrics", env.path("no/such/dir/m.prom").to_str().unwrap()]);
    assert_eq!(out.code, 3, "{}", out.stderr);
}

#[test]
fn batch_selectors_contact_only_the_selected_sites() {
    let (mut env, wps) = fleet();
    at(&mut env, "2026-06-01T12:30:00Z");
    let contacted = |wps: &[(String, MockWp)]| -> Vec<String> {
        wps.iter().filter(|(_, wp)| !wp.requests().is_empty()).map(|(s, _)| s.clone()).collect()
    };
    let clear = |wps: &[(String, MockWp)]| wps.iter().for_each(|(_, wp)| wp.clear_log());
    for (args, expect) in [
        (vec!["wp", "test", "--account", "acme"], vec!["acme/blog", "acme/shop"]),
        (vec!["wp", "test", "--plan", "growth"], vec!["globex/news"]),
        (vec!["wp", "test", "--account", "acme", "--plan", "growth"], vec![]),
        (vec!["wp", "test", "--account", "acme", "--account", "globex"], vec!["acme/blog", "acme/shop", "globex/news"]),
        (vec!["wp", "test", "--mode", "anonymous"], vec![]),
        (vec!["wp", "sync", "--mode", "core", "--account", "globex"], vec!["globex/news"]),
    ] {
        clear(&wps);
        let out = env.run(&args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert_eq!(contacted(&wps), expect, "{args:?}");
    }
    // A list on stdin, as `site list --format ids` prints it or ACCOUNT/SLUG, comments allowed.
    let ids = env.ok(&["site", "list", "--account", "globex", "--format", "ids"]);
    clear(&wps);
    let out = env.run_stdin(
        &["wp", "test", "--sites-from", "-", "--format", "jsonl"],
        &format!("# the list\nacme/shop\n\n{ids}"),
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(contacted(&wps), vec!["acme/shop", "globex/news"]);
    let lines: Vec<Value> = out.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert!(lines.iter().all(|l| l["ok"] == true));
    assert!(out.stderr.contains("2 sites tested"), "a summary on stderr: {}", out.stderr);
    // A bad line names its place; a site the user cannot see is not found; nothing is contacted.
    clear(&wps);
    let out = env.run_stdin(&["wp", "test", "--sites-from", "-"], "acme/blog\nNot A Site\n");
    assert_eq!(out.code, 4, "{}", out.stderr);
    assert!(out.stderr.contains("<stdin>:2"), "{}", out.stderr);
    let out =
        env.run_stdin(&["--as", "owner@acme.example", "wp", "test", "--sites-from", "-"], "acme/blog\nglobex/news\n");
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert!(out.stderr.contains("<stdin>:2"), "{}", out.stderr);
    assert!(contacted(&wps).is_empty());
    // Selectors and a site together are a usage error; publish selectors need --due.
    assert_eq!(env.run(&["wp", "test", "acme/blog", "--account", "acme"]).code, 2);
    assert_eq!(env.run(&["wp", "publish", "1", "--account", "acme"]).code, 2);
    assert_eq!(env.run(&["wp", "publish", "--due", "--account", "acme"]).code, 0);
}

#[test]
fn a_sync_replaces_what_it_knows_of_scheduled_posts() {
    let (mut env, wps) = fleet();
    at(&mut env, "2026-06-01T12:30:00Z");
    let late = |env: &TestEnv| -> usize {
        let out = env.run(&["check", "--json"]);
        out.json().as_array().unwrap().iter().filter(|f| f["kind"] == "wp_missed_schedule").count()
    };
    assert_eq!(late(&env), 1);
    // WordPress's cron caught up: the post is published now; the next sync forgets it.
    {
        let mut blog = wps[0].1.site.lock().unwrap();
        let post = blog.posts.iter_mut().find(|p| p["id"] == 501).unwrap();
        post["status"] = json!("publish");
    }
    let report = env.json(&["wp", "sync", "acme/blog"]);
    assert_eq!(report["scheduled_posts"], 1, "{report}");
    assert_eq!(late(&env), 0);
    // Credentials that may not list scheduled posts: nothing is kept, nothing alarms.
    wps[0].1.site.lock().unwrap().posts.iter_mut().find(|p| p["id"] == 502).unwrap()["date_gmt"] =
        json!("2026-06-01T10:00:00");
    wps[0].1.set_fault(|r, _| {
        (r.query.get("status").map(String::as_str) == Some("future")).then(|| {
            Reply::Json(400, json!({"code": "rest_invalid_param", "message": "no", "data": {"status": 400}}), vec![])
        })
    });
    let report = env.json(&["wp", "sync", "acme/blog"]);
    assert_eq!(report["scheduled_posts"], Value::Null, "{report}");
    assert_eq!(late(&env), 0);
    // Read again: the post dated in the past is late.
    wps[0].1.clear_fault();
    assert_eq!(env.json(&["wp", "sync", "acme/blog"])["scheduled_posts"], 1);
    assert_eq!(late(&env), 1);
    // A hostile answer (a date that is not one, a published post passed off as scheduled) is
    // not kept: the sync still succeeds and nothing alarms.
    wps[0].1.site.lock().unwrap().posts.iter_mut().find(|p| p["id"] == 502).unwrap()["date_gmt"] =
        json!("+99999-01-01T00:00:00");
    let report = env.json(&["wp", "sync", "acme/blog"]);
    assert_eq!(report["scheduled_posts"], Value::Null, "{report}");
    assert_eq!(late(&env), 0);
    wps[0].1.set_fault(|r, _| {
        (r.query.get("status").map(String::as_str) == Some("future")).then(|| {
            Reply::Json(200, json!([{"id": 1, "status": "publish", "date_gmt": "2020-01-01T00:00:00"}]), vec![])
        })
    });
    assert_eq!(env.json(&["wp", "sync", "acme/blog"])["scheduled_posts"], 0);
    assert_eq!(late(&env), 0);
}

#[test]
fn batch_lines_stream_as_sites_finish() {
    let (env, wps) = fleet();
    // The shop's WordPress waits until the blog's line has been read: only a batch that prints
    // each site as it is done gets there.
    let released = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let open = released.clone();
    wps[1].1.set_gate(move |_| {
        let start = std::time::Instant::now();
        while !open.load(std::sync::atomic::Ordering::SeqCst) && start.elapsed().as_secs() < 20 {
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    });
    let mut child = env.command(&["wp", "test", "--all", "--concurrency", "1", "--format", "jsonl"]);
    child.stdout(Stdio::piped()).stderr(Stdio::null());
    let mut child = child.spawn().unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    let started = std::time::Instant::now();
    std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
    assert!(started.elapsed().as_secs() < 15, "the first site's line waited for the second site");
    assert!(first.contains("acme/blog"), "{first}");
    released.store(true, std::sync::atomic::Ordering::SeqCst);
    let rest = std::io::read_to_string(stdout).unwrap();
    assert!(child.wait().unwrap().success());
    assert_eq!(rest.lines().count(), 2, "{rest}");
}

#[test]
fn an_unhealthy_bridge_plugin_is_a_warning() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    let key = env.ok(&["wp", "key", "generate", "acme/blog", "--porcelain"]).trim().to_string();
    let wp = MockWp::start();
    {
        let mut site = wp.site.lock().unwrap();
        site.extra_namespaces.push("igny8/v1".into());
        site.api_key = Some(key);
    }
    env.ok(&["wp", "connect", "acme/blog", "--url", &wp.url]);
    assert_eq!(env.run(&["check", "--grace", "1000d"]).code, 0, "a healthy plugin is no finding");
    // The plugin reports trouble, with text that tries to break the Nagios line.
    wp.set_fault(|r, _| {
        r.path.ends_with("igny8/v1/status").then(|| {
            Reply::Json(
                200,
                json!({"success": true, "data": {"plugin_version": "1.5.3", "wordpress_version": "6.1.9",
                        "health": "degraded|x\n'sites'=0"}}),
                vec![],
            )
        })
    });
    env.ok(&["wp", "inventory", "acme/blog", "--refresh"]);
    let out = env.run(&["check", "--json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(kinds(&out.json()), vec![triple("bridge_unhealthy", "warning", "acme/blog")]);
    assert!(out.json()[0]["message"].as_str().unwrap().contains("1.5.3"), "{}", out.stdout);
    let nagios = env.run(&["check", "--nagios"]);
    assert_eq!(nagios.code, 1);
    assert_eq!(nagios.stdout.lines().next().unwrap().matches('|').count(), 1, "{}", nagios.stdout);
    assert!(nagios.stdout.contains("'bridge_unhealthy'=1;;;0"), "{}", nagios.stdout);
    assert_eq!(nagios.stdout.lines().count(), 2, "{}", nagios.stdout);
    // Core mode knows no plugin health: nothing to say.
    assert_eq!(env.run(&["--as", "owner@globex.example", "check"]).code, 0);
}

#[test]
fn publishing_plan_and_integrity_findings_follow_the_viewer() {
    let (mut env, wps) = fleet();
    env.ok(&[
        "sectors",
        "select",
        "acme/blog",
        "--industry",
        "healthcare",
        "--sectors",
        "dental-clinics,dermatology,optometry",
    ]);
    let item = |env: &TestEnv, title: &str| -> String {
        let id = env.json(&["content", "create", "acme/blog", "--sector", "dental-clinics", "--title", title])["id"]
            .as_i64()
            .unwrap()
            .to_string();
        env.ok(&["content", "review", &id]);
        env.ok(&["content", "approve", &id]);
        id
    };
    // Scheduled for an hour after T0 and never published: missed two hours later.
    let missed = item(&env, "Missed");
    env.ok(&["content", "schedule", &missed, "--at", "2026-06-01T13:00:00Z"]);
    // WordPress refuses the post: failed.
    let failed = item(&env, "Failed");
    wps[0].1.set_fault(|r, _| {
        (r.method == "POST").then(|| Reply::Json(500, json!({"code": "boom", "message": "no"}), vec![]))
    });
    assert_ne!(env.run(&["wp", "publish", &failed]).code, 0);
    wps[0].1.clear_fault();
    // Left `publishing` by a run on another machine, long ago: stuck.
    let stuck = item(&env, "Stuck");
    env.sql(&format!(
        "UPDATE content_items SET publish_status = 'publishing' WHERE id = {stuck};
         INSERT INTO publishing_records (account_id, content_id, site_id, status, claimed_by, created_at, updated_at)
         SELECT account_id, id, site_id, 'pending', 'gone-host:other-boot/1:1:1', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'
           FROM content_items WHERE id = {stuck};"
    ));
    // Over the plan after a downgrade: 2 sites, 6 users and 3 sectors on a plan of 1 each.
    env.ok(&[
        "plan",
        "create",
        "tiny",
        "--name",
        "Tiny",
        "--max-sites",
        "1",
        "--max-users",
        "1",
        "--max-sectors-per-site",
        "1",
    ]);
    env.ok(&["account", "set-plan", "acme", "tiny"]);
    // A row written behind sitectl's back: a sector of acme's blog filed under globex.
    env.sql("UPDATE sectors SET account_id = (SELECT id FROM accounts WHERE slug = 'globex') WHERE slug = 'optometry'");

    at(&mut env, "2026-06-01T15:00:00Z");
    let out = env.run(&["check", "--grace", "15m", "--json"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let all = kinds(&out.json());
    for want in [
        triple("publish_missed", "critical", "acme/blog"),
        triple("publish_failed", "warning", "acme/blog"),
        triple("publish_stuck", "warning", "acme/blog"),
        triple("over_plan", "warning", "acme/blog"),
        triple("over_plan", "warning", "acme"),
    ] {
        assert!(all.contains(&want), "{want:?} not in {all:?}");
    }
    assert!(all.iter().any(|k| k.0 == "integrity" && k.1 == "critical"), "{all:?}");
    let fixes: Vec<String> =
        out.json().as_array().unwrap().iter().map(|f| f["fix"].as_str().unwrap().to_string()).collect();
    assert!(fixes.contains(&format!("sitectl wp publish {missed}")), "{fixes:?}");
    assert!(fixes.contains(&format!("sitectl wp publish {failed}")), "{fixes:?}");
    // The owner sees the account's findings but not the database's integrity.
    let owner = kinds(&json_exiting(&env, &["--as", "owner@acme.example", "check", "--grace", "15m"], 2));
    assert!(
        owner.contains(&triple("over_plan", "warning", "acme")) && owner.iter().all(|k| k.0 != "integrity"),
        "{owner:?}"
    );
    // The editor, granted the blog only: the blog's findings, not the account's usage.
    let editor = kinds(&json_exiting(&env, &["--as", "editor@acme.example", "check", "--grace", "15m"], 2));
    assert!(editor.contains(&triple("publish_missed", "critical", "acme/blog")), "{editor:?}");
    assert!(editor.iter().all(|k| k.2 != "acme" && k.0 != "integrity"), "{editor:?}");
    // globex's owner sees none of it.
    let globex = env.run(&["--as", "owner@globex.example", "check", "--grace", "15m", "--json"]);
    assert!(!globex.stdout.contains("acme"), "{}", globex.stdout);
}
