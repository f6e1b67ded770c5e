//! Hostile input: a corpus of nasty values through the real binary, and property tests that
//! every parser the tool exposes never panics and round-trips what it accepts.

use proptest::prelude::*;
use serde_json::{json, Value};

use crate::support::mockwp::{self, MockWp};
use crate::support::TestEnv;

fn corpus() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/nasty-inputs.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn strings(v: &Value, key: &str) -> Vec<String> {
    v[key].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
}

#[test]
fn nasty_names_slugs_emails_and_domains_are_stored_verbatim_or_refused() {
    let env = TestEnv::new();
    env.ok(&["plan", "create", "p", "--name", "P", "--max-sites", "100", "--max-users", "100"]);
    env.ok(&["account", "create", "acme", "--name", "Acme", "--plan", "p", "--owner", "o@acme.example"]);
    let c = corpus();
    // Names travel through a JSON fixture on stdin, so NUL and control characters arrive too.
    for (i, name) in strings(&c, "names").iter().enumerate() {
        let fixture = json!({ "sites": [{ "account": "acme", "slug": format!("n{i}"), "name": name }] });
        let out = env.run_stdin(&["seed", "apply", "-", "--json"], &fixture.to_string());
        assert!([0, 4].contains(&out.code), "name {name:?}: exit {} {}", out.code, out.stderr);
        if out.code == 0 {
            let shown = env.json(&["site", "show", &format!("acme/n{i}")]);
            assert_eq!(shown["name"].as_str().unwrap(), name.trim(), "stored verbatim (trimmed)");
        } else {
            assert!(
                ["invalid_name", "invalid_slug"].contains(&out.error()["code"].as_str().unwrap()),
                "{}",
                out.stderr
            );
        }
    }
    for slug in strings(&c, "slugs") {
        if slug.contains('\0') {
            continue; // an argument cannot carry NUL; the fixture path above covers it
        }
        let flag = format!("--slug={slug}");
        let out = env.run(&["site", "create", "X", "--account", "acme", &flag, "--json"]);
        assert_eq!(out.code, 4, "slug {slug:?}: {}", out.stderr);
        assert_eq!(out.error()["code"], "invalid_slug");
    }
    for email in strings(&c, "emails") {
        if email.contains('\0') {
            continue;
        }
        let out = env.run(&["user", "add", "--account", "acme", "--role", "viewer", "--json", "--", &email]);
        if email.trim() != email && email.trim().parse::<Email>().is_ok() {
            // Surrounding whitespace (a trailing newline from a pipeline) is trimmed.
            assert_eq!(out.code, 0, "email {email:?}: {}", out.stderr);
            assert_eq!(out.json()["email"], email.trim());
            continue;
        }
        assert_eq!(out.code, 4, "email {email:?}: {}", out.stderr);
        assert_eq!(out.error()["code"], "invalid_email");
    }
    for domain in strings(&c, "domains") {
        let flag = format!("--domain={domain}");
        let out = env.run(&[
            "site",
            "create",
            "D",
            "--account",
            "acme",
            "--slug",
            "d",
            &flag,
            "--json",
            "--if-exists",
            "update",
        ]);
        assert!([0, 4].contains(&out.code), "domain {domain:?}: {}", out.stderr);
        if out.code == 0 {
            let stored = out.json()["domain"].as_str().unwrap().to_string();
            assert!(
                stored.is_ascii() && !stored.contains('/') && !stored.contains(' '),
                "{domain:?} stored as {stored:?}"
            );
        }
    }
    let out = env.run(&["db", "doctor"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // Table output stays one line per row whatever the names hold.
    let table = env.ok(&["site", "list", "--fields", "id,name"]);
    assert_eq!(table.lines().count(), env.json(&["site", "list"]).as_array().unwrap().len() + 1);
}

#[test]
fn hostile_file_arguments_fail_cleanly() {
    let env = TestEnv::new();
    env.ok(&["db", "init"]);
    let before = env.dump();
    for path in strings(&corpus(), "file_paths") {
        for cmd in [["industry", "import"], ["seed", "apply"]] {
            let out = env.run(&[cmd[0], cmd[1], &path, "--json"]);
            assert!([3, 4].contains(&out.code), "{cmd:?} {path}: exit {} {}", out.code, out.stderr);
            assert!(!out.stderr.contains("panicked"));
        }
    }
    assert_eq!(env.dump(), before);
}

#[test]
fn html_and_control_characters_in_wordpress_titles_are_data() {
    let env = TestEnv::new();
    env.ok(&["plan", "create", "p", "--name", "P", "--max-sites", "5"]);
    env.ok(&["account", "create", "acme", "--name", "Acme", "--plan", "p", "--owner", "o@acme.example"]);
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    let wp = MockWp::start();
    let titles = strings(&corpus(), "wp_titles");
    for (i, t) in titles.iter().enumerate() {
        wp.edit_post(4 + i as i64, t, "2030-01-01T00:00:00");
    }
    let out = env.run_stdin(
        &["wp", "connect", "acme/blog", "--url", &wp.url, "--username", mockwp::USER, "--app-password-stdin"],
        mockwp::PASSWORD,
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    env.ok(&["wp", "sync", "acme/blog", "--content"]);
    let items = env.json(&["wp", "content", "list", "acme/blog", "--type", "post"]);
    for (i, t) in titles.iter().enumerate() {
        let got = items.as_array().unwrap().iter().find(|p| p["wp_id"] == 4 + i as i64).unwrap()["title"]
            .as_str()
            .unwrap()
            .to_string();
        // Kept exactly as WordPress sent them, but for NUL, which no database text column holds
        // on PostgreSQL: U+FFFD stands in for it on both engines.
        assert_eq!(got, t.replace('\0', "\u{FFFD}"), "titles are kept exactly as WordPress sent them");
    }
    let table = env.ok(&["wp", "content", "list", "acme/blog", "--type", "post", "--fields", "wp_id,title"]);
    assert_eq!(table.lines().count(), 251, "one line per row");
    let csv =
        env.ok(&["wp", "content", "list", "acme/blog", "--type", "post", "--format", "csv", "--fields", "wp_id,title"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(reader.records().count(), 250);
}

// ---------------------------------------------------------------------------------------------
// Properties of the parsers (the same ones `cargo fuzz` drives for longer; see fuzz/).

use sitectl::config::FileConfig;
use sitectl::domain::{Domain, Email, SiteRef, Slug};
use sitectl::fixture::Source;
use sitectl::wordpress::fetch::{parse_content, parse_types_and_taxonomies, PostType};

fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        ".{0,20}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("id".to_string()),
                    Just("title".to_string()),
                    Just("rest_base".to_string()),
                    Just("taxonomies".to_string()),
                    Just("types".to_string()),
                    Just("modified_gmt".to_string()),
                    Just("post".to_string()),
                    "[a-z_]{1,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn slugs_parse_or_refuse_and_round_trip(s in ".{0,80}") {
        if let Ok(slug) = s.parse::<Slug>() {
            prop_assert_eq!(slug.as_str(), s.as_str());
        }
        if let Ok(derived) = Slug::derive(&s) {
            prop_assert!(derived.as_str().parse::<Slug>().is_ok());
        }
    }

    #[test]
    fn emails_are_idempotent(s in ".{0,80}", local in "[a-zA-Z0-9.+_-]{1,20}", host in "[a-z]{1,10}\\.[a-z]{2,5}") {
        let _ = s.parse::<Email>();
        if let Ok(e) = format!("{local}@{host}").parse::<Email>() {
            prop_assert_eq!(e.to_string().parse::<Email>().unwrap(), e);
        }
    }

    #[test]
    fn domains_reduce_to_a_strict_domain(s in ".{0,80}", host in "[a-z0-9]{1,10}(\\.[a-z]{2,6}){1,3}", tail in "(/[a-z]{0,5})?") {
        if let Ok((d, _)) = Domain::parse_lenient(&s) {
            prop_assert!(d.as_str().parse::<Domain>().is_ok());
        }
        let url = format!("https://{host}{tail}");
        if let Ok((d, _)) = Domain::parse_lenient(&url) {
            prop_assert_eq!(d.as_str(), host.as_str());
        }
    }

    #[test]
    fn site_refs_round_trip(s in ".{0,60}") {
        if let Ok(r) = s.parse::<SiteRef>() {
            prop_assert_eq!(r.to_string().parse::<SiteRef>().unwrap(), r);
        }
    }

    #[test]
    fn site_urls_normalise_idempotently(s in ".{0,80}") {
        if let Ok(u) = sitectl::wordpress::normalize_site_url(&s) {
            prop_assert_eq!(sitectl::wordpress::normalize_site_url(u.as_str()).unwrap(), u);
        }
    }

    #[test]
    fn config_and_fixture_files_never_panic(s in ".{0,200}") {
        let _ = FileConfig::parse(&s, std::path::Path::new("c.toml"));
        let _ = Source::parse("f.toml", s.clone());
        let _ = Source::parse("f.json", s);
    }

    #[test]
    fn fixtures_round_trip(names in prop::collection::vec("[A-Za-z ]{1,20}", 0..5), active in any::<bool>()) {
        let mut fx = sitectl::fixture::Fixture::default();
        for (i, n) in names.iter().enumerate() {
            fx.sites.push(sitectl::fixture::SiteSpec {
                account: "a".into(), name: n.clone(), slug: Some(format!("s{i}")), domain: None, hosting_type: None,
                site_type: None, active, industry: None, sectors: vec![], seo_title: Some(n.clone()), seo_description: None,
                seo_keywords: None, og_image_url: None,
            });
        }
        let text = fx.to_toml().unwrap();
        prop_assert_eq!(&Source::parse("f.toml", text).unwrap().fixture, &fx);
        let json = fx.to_json().unwrap();
        prop_assert_eq!(&Source::parse("f.json", json).unwrap().fixture, &fx);
    }

    #[test]
    fn wordpress_answers_never_panic(types in any_json(), taxes in any_json(), items in prop::collection::vec(any_json(), 0..5)) {
        let _ = parse_types_and_taxonomies(&types, &taxes);
        let pt = PostType { slug: "post".into(), name: "Posts".into(), rest_base: "posts".into(), hierarchical: false, taxonomies: vec!["category".into()], count: None };
        let _ = parse_content(&pt, &[], items);
        let url = url::Url::parse("http://127.0.0.1/").unwrap();
        let _ = sitectl::wordpress::discovery::parse_index(&url, &sitectl::wordpress::RestRoot(url.clone()), &types);
    }
}

// ---------------------------------------------------------------------------------------------
// A WordPress that sends far more than a mirror keeps.

/// Posts `from..to` of a hostile site: every title `title_bytes` long (multi-byte text, control
/// characters up front), slugs and links `other_bytes` long, and `other_bytes` term ids.
fn bloated_posts(url: &str, from: usize, to: usize, title_bytes: usize, other_bytes: usize) -> Value {
    let title = format!("\u{1b}[2J\u{0}{}", "é".repeat(title_bytes / 2));
    let slug = "s".repeat(other_bytes);
    let posts: Vec<Value> = (from..to)
        .map(|i| {
            json!({"id": i + 1, "type": "post", "status": "publish", "slug": format!("{slug}{i}"),
                   "link": format!("{url}/{slug}{i}/"), "title": {"rendered": title}, "author": 1,
                   "modified_gmt": "2030-01-01T00:00:00", "categories": (0..other_bytes as i64).collect::<Vec<i64>>(), "tags": []})
        })
        .collect();
    Value::Array(posts)
}

/// Answers `wp/v2/posts` with `total` bloated posts, paged by `page` or `offset` as WordPress
/// pages them, built for each request (the stand-in holds none of them).
fn serve_bloated(wp: &MockWp, total: usize, title_bytes: usize, other_bytes: usize) {
    let url = wp.url.clone();
    wp.set_fault(move |r, _| {
        if r.path != "/wp-json/wp/v2/posts" {
            return None;
        }
        let per_page: usize = r.query.get("per_page").and_then(|v| v.parse().ok()).unwrap_or(10);
        let start = match (r.query.get("offset"), r.query.get("page")) {
            (Some(o), _) => o.parse().unwrap_or(0),
            (None, Some(p)) => (p.parse::<usize>().unwrap_or(1) - 1) * per_page,
            (None, None) => 0,
        };
        let end = (start + per_page).min(total);
        let posts = bloated_posts(&url, start.min(end), end, title_bytes, other_bytes);
        let headers = vec![
            ("X-WP-Total".to_string(), total.to_string()),
            ("X-WP-TotalPages".to_string(), total.div_ceil(per_page).to_string()),
        ];
        Some(mockwp::Reply::Json(200, posts, headers))
    });
}

fn blog_on(wp: &MockWp) -> TestEnv {
    let env = TestEnv::new();
    env.ok(&["plan", "create", "p", "--name", "P", "--max-sites", "5"]);
    env.ok(&["account", "create", "acme", "--name", "Acme", "--plan", "p", "--owner", "o@acme.example"]);
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    mockwp::connect_core(&env, "acme/blog", wp);
    env
}

/// Runs `args` with the child's data segment limited to `limit` bytes (so a sync that keeps
/// what it reads dies rather than take the machine's memory) and watches its peak resident size.
/// Returns the exit status, stdout, stderr and the peak in kB.
fn run_limited(env: &TestEnv, args: &[&str], limit: u64) -> (std::process::ExitStatus, String, String, u64) {
    let mut cmd = crate::support::under_data_limit(&env.command(args), limit);
    cmd.stdin(std::process::Stdio::null()).stdout(std::process::Stdio::piped()).stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kb: u64 = 0;
    let (stdout, stderr) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
    let out_reader = std::thread::spawn(move || std::io::read_to_string(stdout).unwrap_or_default());
    let err_reader = std::thread::spawn(move || std::io::read_to_string(stderr).unwrap_or_default());
    let status = loop {
        // VmHWM is the high-water mark: reading it often enough before the exit sees the peak.
        if let Ok(text) = std::fs::read_to_string(&status_file) {
            if let Some(kb) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
            {
                peak_kb = peak_kb.max(kb);
            }
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    };
    (status, out_reader.join().unwrap(), err_reader.join().unwrap(), peak_kb)
}

#[test]
fn a_sync_of_bloated_posts_runs_in_flat_memory_under_a_limit() {
    let wp = MockWp::start();
    let env = blog_on(&wp);
    let limit: u64 = 160 * 1024 * 1024;
    let sync = ["wp", "sync", "acme/blog", "--content", "--types", "post", "--full", "--concurrency", "2", "--json"];
    // 2 pages, then 6 pages, of 100 posts with 300 KB titles (180 MB of titles at the end; a
    // sync that kept what it read would need that much and more).
    let mut peaks = Vec::new();
    for posts in [200, 600] {
        serve_bloated(&wp, posts, 300 * 1024, 100);
        let (status, stdout, stderr, peak_kb) = run_limited(&env, &sync, limit);
        assert_eq!(
            status.code(),
            Some(0),
            "{posts} posts: the sync died under a {limit}-byte data limit: {status:?} {stderr}"
        );
        let report: Value = serde_json::from_str(&stdout).unwrap();
        assert_eq!(report["fetched"]["post"], posts, "{report}");
        peaks.push(peak_kb);
    }
    // What is held is the answers in flight (one per worker), not what was read: four times the
    // pages cost next to nothing more.
    assert!(peaks[1] < 96 * 1024, "peak resident size {} kB", peaks[1]);
    assert!(peaks[1] < peaks[0] + 16 * 1024, "peaks {peaks:?} kB grow with the pages");
    let items = env.json(&["wp", "content", "list", "acme/blog", "--type", "post", "--limit", "3"]);
    for item in items.as_array().unwrap() {
        assert_eq!(item["truncated"], true);
        assert!(item["title"].as_str().unwrap().len() <= 2048);
    }
    // The mirror holds a few kilobytes per post, not 300.
    let db = env.db_bytes().len();
    assert!(db < 64 * 1024 * 1024, "the database grew to {db} bytes");
}

#[test]
fn every_field_a_sync_keeps_is_bounded_and_cut_on_a_character_boundary() {
    let wp = MockWp::start();
    let env = blog_on(&wp);
    serve_bloated(&wp, 3, 300 * 1024, 5000);
    let long_name = format!("Ω\u{1b}]0;pwned\u{7}{}", "漢".repeat(100_000));
    {
        let mut site = wp.site.lock().unwrap();
        site.categories[0]["name"] = json!(long_name);
        site.categories[0]["slug"] = json!("c".repeat(100_000));
    }
    env.ok(&["wp", "sync", "acme/blog", "--types", "post"]);
    let items = env.json(&["wp", "content", "list", "acme/blog", "--type", "post"]);
    let sent = format!("\u{1b}[2J\u{FFFD}{}", "é".repeat(150 * 1024));
    for item in items.as_array().unwrap() {
        let title = item["title"].as_str().unwrap();
        assert!(title.len() <= 2048 && title.len() > 2000, "{}", title.len());
        assert!(sent.starts_with(title), "a prefix of what was sent, whole characters only");
        assert!(item["slug"].as_str().unwrap().len() <= 1024);
        assert!(item["link"].as_str().unwrap().len() <= 2048);
        assert_eq!(item["terms"]["category"].as_array().unwrap().len(), 1000);
        assert_eq!(item["truncated"], true);
    }
    let terms = env.json(&["wp", "terms", "list", "acme/blog", "--taxonomy", "category"]);
    let term = terms.as_array().unwrap().iter().find(|t| t["truncated"] == true).expect("a truncated term");
    let name = term["name"].as_str().unwrap();
    assert!(name.len() <= 1024 && long_name.starts_with(name), "{}", name.len());
    assert!(term["slug"].as_str().unwrap().len() <= 1024);
    assert_eq!(terms.as_array().unwrap().iter().filter(|t| t["truncated"] == true).count(), 1);
    // Cut text is still neutralised on a screen.
    let table = env.ok(&["wp", "content", "list", "acme/blog", "--type", "post", "--fields", "wp_id,title"]);
    assert!(!table.contains('\u{1b}') && table.contains("\\u{1b}[2J"));
    let table = env.ok(&["wp", "terms", "list", "acme/blog", "--taxonomy", "category"]);
    assert!(!table.contains('\u{1b}') && !table.contains('\u{7}'));
}

// ---------------------------------------------------------------------------------------------
// A WordPress whose collection answers are built to crash, mislead or exhaust the decoder.

/// Serves `body` (with `headers`) as the answer to every read of `wp/v2/posts`.
fn serve_posts_body(wp: &MockWp, body: String, headers: Vec<(String, String)>) {
    wp.set_fault(move |r, _| {
        (r.path == "/wp-json/wp/v2/posts")
            .then(|| mockwp::Reply::Raw(200, "application/json; charset=UTF-8".into(), body.clone(), headers.clone()))
    });
}

fn one_post(fields: &str) -> String {
    format!(
        "[{{\"id\": 1, \"slug\": \"a\", \"status\": \"publish\", \"link\": \"l\", \"author\": 1, \
         \"modified_gmt\": \"2030-01-01T00:00:00\", \"title\": {{\"rendered\": \"t\"}}{fields}}}]"
    )
}

#[test]
fn hostile_answer_bodies_end_in_a_clear_error_or_a_bounded_mirror_never_a_crash() {
    let wp = MockWp::start();
    let env = blog_on(&wp);
    env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full"]);
    let deep = 1_000_000;
    let cases: Vec<(&str, String, Option<&str>)> = vec![
        (
            "arrays nested a million deep in a skipped field",
            one_post(&format!(", \"x\": {}{}", "[".repeat(deep), "]".repeat(deep))),
            None,
        ),
        (
            "objects nested a million deep in a skipped field",
            one_post(&format!(", \"x\": {}1{}", "{\"a\":".repeat(deep), "}".repeat(deep))),
            None,
        ),
        (
            "unclosed nesting in a skipped field",
            one_post(&format!(", \"x\": {}", "[".repeat(deep))),
            Some("wp_bad_response"),
        ),
        (
            "nesting a million deep in the title",
            one_post(&format!(", \"title\": {{\"rendered\": {}{}}}", "[".repeat(deep), "]".repeat(deep))),
            None,
        ),
        (
            "nesting a million deep in a term list",
            one_post(&format!(", \"categories\": [{}{}]", "[".repeat(deep), "]".repeat(deep))),
            None,
        ),
        (
            "nesting in the id",
            one_post(&format!(", \"id\": {}{}", "[".repeat(deep), "]".repeat(deep))),
            Some("wp_bad_response"),
        ),
        ("a lone surrogate in the title", one_post(", \"title\": \"a\\ud800b\""), Some("wp_bad_response")),
        ("a lone surrogate in a skipped field", one_post(", \"x\": \"a\\udc00b\""), None),
        ("an id beyond every number", one_post(", \"id\": 1e400"), Some("wp_bad_response")),
        ("an id beyond i64", one_post(", \"id\": 99999999999999999999999"), Some("wp_bad_response")),
        ("a fractional id", one_post(", \"id\": 1.5"), Some("wp_bad_response")),
        ("an id as text", one_post(", \"id\": \"1\""), Some("wp_bad_response")),
        ("a huge exponent in a skipped field", one_post(", \"x\": 1e999999999999"), None),
        ("ten million digits in a skipped field", one_post(&format!(", \"x\": {}", "9".repeat(10_000_000))), None),
        (
            "ten million digits in the author",
            one_post(&format!(", \"author\": {}", "9".repeat(10_000_000))),
            Some("wp_bad_response"),
        ),
        ("a key of ten megabytes", one_post(&format!(", \"{}\": 1", "k".repeat(10_000_000))), None),
        (
            "a modified_gmt that is not a date",
            one_post(", \"modified_gmt\": \"9999-99-99T99:99:99\""),
            Some("wp_bad_response"),
        ),
        ("a body of whitespace", " ".repeat(20_000_000), Some("wp_bad_response")),
        ("a body past the size limit", format!("[{}]", " ".repeat(40_000_000)), Some("wp_response_too_large")),
    ];
    // No compressed answer is asked for, so none is expanded past the size limit.
    assert!(wp.requests().iter().all(|r| !r.headers.contains_key("accept-encoding")), "{:?}", wp.requests()[0].headers);
    for (what, body, code) in cases {
        serve_posts_body(&wp, body, vec![]);
        let out = env.run(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--json"]);
        match code {
            None => assert_eq!(out.code, 0, "{what}: {}", out.stderr),
            Some(code) => {
                assert_eq!(out.code, 8, "{what}: {}", out.stderr);
                assert_eq!(out.error()["code"], code, "{what}");
            }
        }
    }
    // A body with no length that never ends, inside the array and inside a title.
    for start in ["[", "[{\"id\": 1, \"title\": \""] {
        let start = start.to_string();
        wp.set_fault(move |r, _| (r.path == "/wp-json/wp/v2/posts").then(|| mockwp::Reply::Endless(start.clone())));
        let e = env.fails(&["wp", "sync", "acme/blog", "--content", "--types", "post"], 8);
        assert!(["wp_response_too_large", "wp_timeout"].contains(&e["code"].as_str().unwrap()), "{e}");
    }
}

#[test]
fn a_rest_base_from_the_site_never_leaves_the_rest_api() {
    let wp = MockWp::start();
    let env = blog_on(&wp);
    let url = wp.url.clone();
    for base in [
        "../../../wp-admin/admin-ajax.php",
        "a/../../..",
        "%2e%2e/%2e%2e/x",
        "x?y=z",
        "x#y",
        "http://evil.example/x",
        "//evil.example/x",
        "x\\..\\..\\y",
        ".",
        "",
    ] {
        let mut types = mockwp::recorded("types", &url);
        types["evil"] =
            json!({"slug": "evil", "name": "Evil", "rest_base": base, "hierarchical": false, "taxonomies": []});
        let answer = types.clone();
        wp.set_fault(move |r, _| {
            (r.path == "/wp-json/wp/v2/types").then(|| mockwp::Reply::Json(200, answer.clone(), vec![]))
        });
        wp.clear_log();
        let out = env.run(&["wp", "sync", "acme/blog", "--json"]);
        let paths: Vec<String> = wp.requests().iter().map(|r| r.path.clone()).collect();
        // Every request reached this server (no other origin), under the REST root.
        assert!(
            paths.iter().all(|p| p.starts_with("/wp-json/wp/v2") && !p.split('/').any(|s| s == "..")),
            "{base:?}: {paths:?}"
        );
        assert!([0, 8].contains(&out.code), "{base:?}: {}", out.stderr);
    }
}

/// Answers `wp/v2/posts` from the stand-in's posts, paged by offset in id order, with the headers
/// `headers(offset, count)` makes, the items passed through `items` first.
fn serve_posts_paged(
    wp: &MockWp,
    headers: impl Fn(usize, usize) -> Vec<(String, String)> + Send + Sync + 'static,
    items: impl Fn(Vec<Value>) -> Vec<Value> + Send + Sync + 'static,
) {
    let mut posts: Vec<Value> = wp.site.lock().unwrap().posts.clone();
    posts.retain(|p| p["status"] == "publish");
    posts.sort_by_key(|p| p["id"].as_i64().unwrap());
    wp.set_fault(move |r, _| {
        if r.path != "/wp-json/wp/v2/posts" {
            return None;
        }
        let offset: usize = r.query.get("offset").and_then(|o| o.parse().ok()).unwrap_or(0);
        let page: Vec<Value> = posts.iter().skip(offset).take(100).cloned().collect();
        let n = page.len();
        Some(mockwp::Reply::Json(200, Value::Array(items(page)), headers(offset, n)))
    });
}

#[test]
fn paging_headers_and_orders_a_site_may_send_are_read_or_refused_never_misread() {
    let wp = MockWp::start();
    let env = blog_on(&wp);
    env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full"]);
    let total = |v: &str| vec![("X-WP-Total".to_string(), v.to_string())];
    let same = |v: Vec<Value>| v;
    // Headers WordPress would never send are read as no header: the end is the short answer.
    for bad in ["-5", "abc", "1e3", "", "250.0", "0x10"] {
        let b = bad.to_string();
        serve_posts_paged(&wp, move |_, _| total(&b), same);
        let r = env.json(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full"]);
        assert_eq!(
            (r["fetched"]["post"].as_i64(), r["content"]["deleted"].as_i64()),
            (Some(250), Some(0)),
            "{bad:?}: {r}"
        );
    }
    // Two X-WP-Total headers: the first is read.
    serve_posts_paged(&wp, |_, _| vec![("X-WP-Total".into(), "250".into()), ("X-WP-Total".into(), "9".into())], same);
    let r = env.json(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full"]);
    assert_eq!(r["content"]["deleted"], 0, "{r}");
    let before = env.dump_without_log();
    type Headers = Box<dyn Fn(usize, usize) -> Vec<(String, String)> + Send + Sync>;
    type Items = Box<dyn Fn(Vec<Value>) -> Vec<Value> + Send + Sync>;
    let refused: Vec<(&str, Headers, Items, &str)> = vec![
        (
            "a total that shrinks below what an answer holds",
            Box::new(|o, _| vec![("X-WP-Total".into(), if o == 0 { "250".into() } else { "120".into() })]),
            Box::new(same),
            "wp_bad_paging",
        ),
        (
            "a total of 2^64 - 1",
            Box::new(|_, _| vec![("X-WP-Total".into(), u64::MAX.to_string())]),
            Box::new(same),
            "wp_bad_paging",
        ),
        (
            "ids descending (order ignored)",
            Box::new(|_, _| vec![]),
            Box::new(|mut v: Vec<Value>| {
                v.reverse();
                v
            }),
            "wp_bad_paging",
        ),
        (
            "one id twice in an answer",
            Box::new(|_, _| vec![]),
            Box::new(|mut v: Vec<Value>| {
                if v.len() > 2 {
                    v[1] = v[0].clone();
                }
                v
            }),
            "wp_bad_paging",
        ),
        (
            "dates, not ids, in order",
            Box::new(|_, _| vec![]),
            Box::new(|mut v: Vec<Value>| {
                v.sort_by(|a, b| {
                    b["modified_gmt"]
                        .as_str()
                        .cmp(&a["modified_gmt"].as_str())
                        .then(b["id"].as_i64().cmp(&a["id"].as_i64()))
                });
                v
            }),
            "wp_bad_paging",
        ),
        (
            "the overlap item replaced by its neighbour",
            Box::new(|_, _| vec![]),
            Box::new(|mut v: Vec<Value>| {
                if v.len() < 100 && !v.is_empty() {
                    v.remove(0);
                }
                v
            }),
            "wp_changed_during_read",
        ),
    ];
    for (what, headers, items, code) in refused {
        serve_posts_paged(&wp, headers, items);
        let e = env.fails(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full"], 8);
        assert_eq!(e["code"], code, "{what}: {e}");
        assert_eq!(env.dump_without_log(), before, "{what}: the mirror changed");
    }
}

#[test]
fn a_hostile_structure_is_refused_or_kept_bounded() {
    let wp = MockWp::start();
    let env = blog_on(&wp);
    let url = wp.url.clone();
    // Thousands of post types, or one with thousands of taxonomies: refused whole.
    let mut many = mockwp::recorded("types", &url);
    for i in 0..5000 {
        many[format!("t{i}")] =
            json!({"slug": format!("t{i}"), "name": "T", "rest_base": format!("t{i}"), "taxonomies": []});
    }
    let mut wide = mockwp::recorded("types", &url);
    wide["post"]["taxonomies"] = json!((0..5000).map(|i| format!("x{i}")).collect::<Vec<_>>());
    let mut long = mockwp::recorded("types", &url);
    long["post"]["rest_base"] = json!("p".repeat(100_000));
    let before = env.dump_without_log();
    for (what, types, code) in [
        ("5000 types", many, "wp_response_too_large"),
        ("5000 taxonomies", wide, "wp_bad_response"),
        ("a long rest_base", long, "wp_bad_response"),
    ] {
        wp.set_fault(move |r, _| {
            (r.path == "/wp-json/wp/v2/types").then(|| mockwp::Reply::Json(200, types.clone(), vec![]))
        });
        let e = env.fails(&["wp", "sync", "acme/blog"], 8);
        assert_eq!(e["code"], code, "{what}: {e}");
        assert_eq!(env.dump_without_log(), before, "{what}: the mirror changed");
    }
    // A types answer far larger than any site's (30 MB of numbers) is refused before it is
    // decoded, within a memory limit that decoding it would pass many times over.
    let huge = format!("{{\"post\": {{\"taxonomies\": [{}0]}}}}", "0,".repeat(15_000_000));
    wp.set_fault(move |r, _| {
        (r.path == "/wp-json/wp/v2/types")
            .then(|| mockwp::Reply::Raw(200, "application/json".into(), huge.clone(), vec![]))
    });
    let (status, _, stderr, peak_kb) = run_limited(&env, &["wp", "sync", "acme/blog", "--json"], 256 * 1024 * 1024);
    assert_eq!(status.code(), Some(8), "{stderr}");
    assert!(stderr.contains("wp_response_too_large"), "{stderr}");
    assert!(peak_kb < 128 * 1024, "peak resident size {peak_kb} kB");
    assert_eq!(env.dump_without_log(), before);
    // The same list in an error answer to a page of posts: reported by its status alone.
    let huge = format!("{{\"code\": \"x\", \"data\": [{}0]}}", "0,".repeat(15_000_000));
    wp.set_fault(move |r, _| {
        (r.path == "/wp-json/wp/v2/posts")
            .then(|| mockwp::Reply::Raw(404, "application/json".into(), huge.clone(), vec![]))
    });
    let sync = ["wp", "sync", "acme/blog", "--content", "--types", "post", "--json"];
    let (status, _, stderr, peak_kb) = run_limited(&env, &sync, 256 * 1024 * 1024);
    assert_eq!(status.code(), Some(8), "{stderr}");
    assert!(stderr.contains("wp_http_error") && stderr.contains("404"), "{stderr}");
    assert!(peak_kb < 128 * 1024, "peak resident size {peak_kb} kB");
    // Terms that share a slug (or a name) are kept as the site numbers them.
    wp.clear_fault();
    {
        let mut site = wp.site.lock().unwrap();
        let mut twin = site.categories[0].clone();
        twin["id"] = json!(90_000);
        site.categories.push(twin);
    }
    env.ok(&["wp", "sync", "acme/blog", "--structure"]);
    let terms = env.json(&["wp", "terms", "list", "acme/blog", "--taxonomy", "category"]);
    let slug = wp.site.lock().unwrap().categories[0]["slug"].clone();
    assert_eq!(terms.as_array().unwrap().iter().filter(|t| t["slug"] == slug).count(), 2, "{terms}");
}

/// Publishing decodes WordPress's answers whole (a lookup, a post, a write's answer), and a
/// decoded value takes many times the bytes it came in: each such answer is held to a size whose
/// decoding stays small, so a 30 MB list of numbers (about a gigabyte once decoded) is refused
/// before it is decoded, not decoded until the memory runs out.
#[test]
fn a_publish_answer_too_large_to_decode_is_refused_in_bounded_memory() {
    let wp = MockWp::start();
    let env = blog_on(&wp);
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics"]);
    let id = env.json(&["content", "create", "acme/blog", "--sector", "dental-clinics", "--title", "Big answers"])
        ["id"]
        .as_i64()
        .unwrap()
        .to_string();
    env.ok(&["content", "review", &id]);
    env.ok(&["content", "approve", &id]);
    let numbers = std::sync::Arc::new(format!("[{}0]", "1,".repeat(15_000_000)));
    let limit: u64 = 256 * 1024 * 1024;
    // The write's answer, then (the next run looks before it creates again) the lookup's.
    for (method, route) in [("POST", "/wp/v2/posts"), ("GET", "/wp/v2/posts")] {
        let body = numbers.clone();
        wp.set_fault(move |r, _| {
            (r.method == method && r.path.ends_with(route))
                .then(|| mockwp::Reply::Raw(200, "application/json".into(), body.to_string(), vec![]))
        });
        let (status, _, stderr, _) = run_limited(&env, &["wp", "publish", &id, "--json"], limit);
        assert_eq!(status.code(), Some(8), "{method} {route}: {status:?} {stderr}");
        assert!(stderr.contains("wp_response_too_large"), "{method} {route}: {stderr}");
    }
    wp.clear_fault();
}

/// A `gmt_offset` no time zone has (every incremental read shifts its cursor by it) is refused at
/// connect, as a number or as text; real offsets, fractional ones too, sync incrementally.
#[test]
fn a_gmt_offset_no_time_zone_has_is_refused_and_never_crashes_a_sync() {
    let wp = MockWp::start();
    let env = TestEnv::new();
    env.ok(&["plan", "create", "p", "--name", "P", "--max-sites", "5"]);
    env.ok(&["account", "create", "acme", "--name", "Acme", "--plan", "p", "--owner", "o@acme.example"]);
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    let serve_offset = |offset: Value| {
        let mut index = mockwp::recorded("index", &wp.url);
        index["gmt_offset"] = offset;
        wp.set_fault(move |r, _| {
            (r.method == "GET" && r.path.trim_end_matches('/') == "/wp-json")
                .then(|| mockwp::Reply::Json(200, index.clone(), vec![]))
        });
    };
    let connect = || {
        env.run_stdin(
            &[
                "wp",
                "connect",
                "acme/blog",
                "--url",
                &wp.url,
                "--username",
                mockwp::USER,
                "--app-password-stdin",
                "--json",
            ],
            mockwp::PASSWORD,
        )
    };
    for offset in [
        json!("inf"),
        json!("-inf"),
        json!("NaN"),
        json!("1e13"),
        json!(1e13),
        json!(-1e300),
        json!("14.5"),
        json!(-15),
        json!(9_223_372_036_854_775_807_i64),
    ] {
        serve_offset(offset.clone());
        let out = connect();
        assert_eq!(out.code, 8, "{offset}: {}", out.stderr);
        assert_eq!(out.error()["code"], "wp_bad_response", "{offset}");
        assert!(out.error()["message"].as_str().unwrap().contains("gmt_offset"), "{offset}");
        // Nothing was stored: the site has no integration.
        assert_ne!(env.run(&["wp", "status", "acme/blog", "--json"]).code, 0, "{offset}");
    }
    for offset in [json!("14"), json!(-12), json!("5.75"), json!("-9.5")] {
        serve_offset(offset.clone());
        assert_eq!(connect().code, 0, "{offset}");
        env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full"]);
        let out = env.run(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--json"]);
        assert_eq!(out.code, 0, "{offset}: {}", out.stderr);
        env.ok(&["wp", "disconnect", "acme/blog", "--yes"]);
    }
}

/// `modified_gmt` is kept only in WordPress's exact form: a signed or five-digit year, one-digit
/// fields or spaces would sort out of order as text and, as the cursor, end a later sync in an
/// overflow.
#[test]
fn a_modified_gmt_not_in_wordpress_form_never_becomes_the_cursor() {
    let wp = MockWp::start();
    let env = blog_on(&wp);
    env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--full"]);
    for modified in [
        "+262142-12-31T23:59:59",
        "+262143-12-31T23:59:59",
        "+2030-01-01T00:00:00",
        "-0001-01-01T00:00:00",
        "12030-01-01T00:00:00",
        "02030-01-01T00:00:00",
        "2030-1-1T0:0:0",
        "2030-01-01T00:00: 0",
        " 2030-01-01T00:00:00",
        "2030-01-01T00:00:00Z",
        "2030-01-01 00:00:00",
        "２０３０-01-01T00:00:00",
    ] {
        serve_posts_body(&wp, one_post(&format!(", \"modified_gmt\": {}", json!(modified))), vec![]);
        let out = env.run(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--json"]);
        assert_eq!(out.code, 8, "{modified}: {}", out.stderr);
        assert_eq!(out.error()["code"], "wp_bad_response", "{modified}");
        // Nothing was stored: the next incremental read still works from the old cursor.
        wp.clear_fault();
        let out = env.run(&["wp", "sync", "acme/blog", "--content", "--types", "post", "--json"]);
        assert_eq!(out.code, 0, "after {modified}: {}", out.stderr);
    }
    serve_posts_body(&wp, one_post(", \"modified_gmt\": \"2031-02-03T04:05:06\""), vec![]);
    env.ok(&["wp", "sync", "acme/blog", "--content", "--types", "post"]);
}

/// The content id the plugin echoes is shown in an error only when it is a number: a long text,
/// array or object from the answer never fills the message.
#[test]
fn a_bridge_echo_that_is_not_a_number_stays_out_of_the_message() {
    let (env, wp, _) = crate::publish::bridge_env();
    let args = ["content", "create", "acme/blog", "--sector", "dental-clinics", "--title", "Echoed"];
    let id = env.json(&args)["id"].as_i64().unwrap().to_string();
    env.ok(&["content", "review", &id]);
    env.ok(&["content", "approve", &id]);
    let long = "x".repeat(1_000_000);
    for echoed in [
        json!(long),
        json!([long]),
        json!({"id": long}),
        json!(vec![1; 100_000]),
        json!("\u{1b}]0;owned\u{7}"),
        json!(1.5),
        json!(-7),
    ] {
        let d = json!({"assigned_post_id": 555, "wordpress_status": "publish", "content_id": echoed});
        wp.set_fault(move |r, _| {
            (r.method == "POST" && r.path.ends_with("/igny8/v1/publish"))
                .then(|| mockwp::Reply::Json(200, json!({"success": true, "data": d.clone()}), vec![]))
        });
        let out = env.run(&["wp", "publish", &id, "--json"]);
        assert_eq!(out.code, 8, "{}", out.stderr.len());
        let e = out.error();
        assert_eq!(e["code"], "wp_bad_response");
        let message = e["message"].as_str().unwrap();
        assert!(message.len() < 300 && !message.contains("xxx") && !message.contains("owned"), "{message}");
        if echoed == json!(-7) {
            assert!(message.contains("content -7"), "{message}");
        } else {
            assert!(message.contains("not a number"), "{message}");
        }
        assert!(env.json(&["content", "show", &id])["publishing"]["external_id"].is_null());
    }
}
