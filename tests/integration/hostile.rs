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
