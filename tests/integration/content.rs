//! The writer's content: the site-sector scoping rules, the editorial states, and content in
//! seed fixtures.

use serde_json::Value;

use crate::support::TestEnv;

/// acme/blog in healthcare with two active sectors; the editor is granted the site.
fn blog_env() -> TestEnv {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme", "--active"]);
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics,dermatology"]);
    env.ok(&["access", "grant", "acme/blog", "editor@acme.example"]);
    env.ok(&["access", "grant", "acme/blog", "viewer@acme.example"]);
    env
}

fn create(env: &TestEnv, sector: &str, title: &str, extra: &[&str]) -> Value {
    let mut args = vec!["content", "create", "acme/blog", "--sector", sector, "--title", title];
    args.extend(extra);
    env.json(&args)
}

fn id_of(v: &Value) -> String {
    v["id"].as_i64().unwrap().to_string()
}

#[test]
fn content_lives_in_an_active_sector_of_a_site_and_is_seen_as_its_site_is() {
    let env = blog_env();
    let c = create(&env, "dental-clinics", "Brushing 101", &["--tag", "teeth", "--category", "care"]);
    assert_eq!((c["action"].as_str(), c["slug"].as_str()), (Some("created"), Some("brushing-101")));
    assert_eq!((c["site"].as_str(), c["sector"].as_str()), (Some("acme/blog"), Some("dental-clinics")));
    assert_eq!((c["status"].as_str(), c["publish_status"].as_str()), (Some("draft"), Some("not_published")));
    let id = id_of(&c);

    // A sector that is not active on the site: exit 4, naming the active ones; nothing written.
    let before = env.dump();
    for sector in ["optometry", "plumbing", "no-such-sector"] {
        let e = env.fails(&["content", "create", "acme/blog", "--sector", sector, "--title", "X"], 4);
        assert_eq!(e["code"], "sector_not_active_on_site", "{sector}");
        assert!(e["hint"].as_str().unwrap().contains("dental-clinics, dermatology"), "{e}");
    }
    assert_eq!(env.dump(), before);

    // Reading needs the site: another tenant and a viewer without the grant get "not found",
    // byte for byte as for an id that does not exist.
    let missing = env.run(&["content", "show", "999999", "--json"]);
    for outsider in ["owner@globex.example", "editor@globex.example"] {
        let out = env.run(&["content", "show", &id, "--json", "--as", outsider]);
        assert_eq!(out.code, 3, "{}", out.stderr);
        assert_eq!(out.stderr.replace(&id, "999999"), missing.stderr, "{outsider}");
        assert_eq!(env.json(&["content", "list", "--as", outsider]), serde_json::json!([]));
    }
    env.ok(&["access", "revoke", "acme/blog", "viewer@acme.example"]);
    assert_eq!(env.fails(&["content", "show", &id, "--as", "viewer@acme.example"], 3)["code"], "content_not_found");
    env.ok(&["access", "grant", "acme/blog", "viewer@acme.example"]);

    // Viewers read; editors write; viewers may not.
    assert_eq!(env.json(&["content", "show", &id, "--as", "viewer@acme.example"])["title"], "Brushing 101");
    let e = env.fails(
        &["content", "create", "acme/blog", "--sector", "dermatology", "--title", "Y", "--as", "viewer@acme.example"],
        5,
    );
    assert_eq!(e["code"], "permission_denied");
    assert_eq!(env.fails(&["content", "approve", &id, "--as", "viewer@acme.example"], 5)["code"], "permission_denied");
    create(&env, "dermatology", "Skin care", &["--as", "editor@acme.example"]);

    // A deactivated sector keeps its content: listed under it, counted by `sectors list --all`.
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dermatology"]);
    let listed = env.json(&["content", "list", "acme/blog", "--sector", "dental-clinics"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["title"], "Brushing 101");
    let sectors = env.json(&["sectors", "list", "acme/blog", "--all"]);
    let count = |slug: &str| {
        sectors.as_array().unwrap().iter().find(|s| s["slug"] == slug).map(|s| s["content_count"].as_i64().unwrap())
    };
    assert_eq!((count("dental-clinics"), count("dermatology")), (Some(1), Some(1)));
    // ... but nothing new goes there.
    assert_eq!(
        env.fails(&["content", "create", "acme/blog", "--sector", "dental-clinics", "--title", "Z"], 4)["code"],
        "sector_not_active_on_site"
    );
    assert_eq!(
        env.fails(&["content", "update", &id, "--sector", "dental-clinics"], 4)["code"],
        "sector_not_active_on_site"
    );
}

#[test]
fn editorial_states_if_exists_dry_runs_and_soft_delete() {
    let env = blog_env();
    let id = id_of(&create(&env, "dental-clinics", "Floss", &[]));
    // draft -> review -> approved, and back; repeats change nothing; skipping a step is refused.
    assert_eq!(env.fails(&["content", "approve", &id], 6)["code"], "invalid_transition");
    assert_eq!(env.json(&["content", "review", &id])["status"], "review");
    let again = env.run(&["content", "review", &id, "--json"]);
    assert_eq!((again.code, again.json()["changed"].as_bool()), (0, Some(false)));
    assert!(again.stderr.contains("unchanged"), "{}", again.stderr);
    assert_eq!(env.json(&["content", "approve", &id])["status"], "approved");
    assert_eq!(env.fails(&["content", "review", &id], 6)["code"], "invalid_transition");
    let scheduled = env.json(&["content", "schedule", &id, "--at", "2030-01-02T03:04:05+01:00"]);
    assert_eq!(
        (scheduled["publish_status"].as_str(), scheduled["scheduled_at"].as_str()),
        (Some("scheduled"), Some("2030-01-02T02:04:05Z"))
    );
    assert_eq!(env.fails(&["content", "schedule", &id, "--at", "tomorrow"], 2)["code"], "invalid_time");
    let reopened = env.json(&["content", "reopen", &id]);
    assert_eq!(
        (reopened["status"].as_str(), reopened["publish_status"].as_str()),
        (Some("draft"), Some("not_published"))
    );
    assert_eq!(
        env.fails(&["content", "schedule", &id, "--at", "2030-01-01T00:00:00Z"], 6)["code"],
        "invalid_transition"
    );

    // --if-exists by site and slug.
    let dup = ["content", "create", "acme/blog", "--sector", "dental-clinics", "--title", "Floss"];
    assert_eq!(env.fails(&dup, 6)["code"], "content_exists");
    assert_eq!(env.json(&[&dup[..], &["--if-exists", "skip"]].concat())["action"], "unchanged");
    let updated = env.json(&[&dup[..], &["--if-exists", "update", "--excerpt", "Why floss"]].concat());
    assert_eq!((updated["action"].as_str(), updated["excerpt"].as_str()), (Some("updated"), Some("Why floss")));

    // A dry run changes nothing at all.
    let before = env.dump();
    for args in [
        &["content", "create", "acme/blog", "--sector", "dermatology", "--title", "New", "--dry-run"][..],
        &["content", "update", &id, "--title", "Other", "--dry-run"],
        &["content", "review", &id, "--dry-run"],
        &["content", "delete", &id, "--dry-run"],
    ] {
        env.ok(args);
    }
    assert_eq!(env.dump(), before);

    // The body from a file (or stdin), shown by `content show`.
    let body = env.path("post.html");
    std::fs::write(&body, "<p>Floss daily.</p>").unwrap();
    env.ok(&["content", "update", &id, "--body-file", body.to_str().unwrap()]);
    assert_eq!(env.json(&["content", "show", &id])["body"], "<p>Floss daily.</p>");
    let piped = env.run_stdin(
        &[
            "content",
            "create",
            "acme/blog",
            "--sector",
            "dermatology",
            "--title",
            "Piped",
            "--body-file",
            "-",
            "--json",
        ],
        "<p>from stdin</p>",
    );
    assert_eq!(piped.code, 0, "{}", piped.stderr);
    assert_eq!(env.json(&["content", "show", &id_of(&piped.json())])["body"], "<p>from stdin</p>");

    // Soft delete: out of lists, still shown, no longer changeable; audited.
    env.ok(&["content", "delete", &id]);
    let live: Vec<i64> =
        env.json(&["content", "list"]).as_array().unwrap().iter().map(|c| c["id"].as_i64().unwrap()).collect();
    assert!(!live.contains(&id.parse().unwrap()));
    assert_eq!(env.json(&["content", "list", "--deleted"]).as_array().unwrap().len(), 1);
    assert!(env.json(&["content", "show", &id])["deleted_at"].is_string());
    assert_eq!(env.fails(&["content", "update", &id, "--title", "X"], 6)["code"], "content_deleted");
    let audit = env.json(&["audit", "list", "--target", &format!("content:{id}")]);
    let actions: Vec<&str> = audit.as_array().unwrap().iter().map(|a| a["action"].as_str().unwrap()).collect();
    assert!(actions.contains(&"content.create") && actions.contains(&"content.delete"), "{actions:?}");
}

#[test]
fn fixtures_carry_content_and_export_it_back() {
    let env = TestEnv::new();
    let file = env.path("f.json");
    let fixture = serde_json::json!({
        "plans": [{"slug": "p", "name": "P", "max_sites": 2, "max_users": 3, "max_sectors_per_site": 3}],
        "accounts": [{"slug": "acme", "name": "Acme", "plan": "p", "owner": "o@acme.example"}],
        "sites": [{"account": "acme", "name": "Blog", "slug": "blog", "industry": "healthcare",
                   "sectors": ["dental-clinics", "dermatology"]}],
        "content": [
            {"site": "acme/blog", "sector": "dental-clinics", "title": "Brushing 101", "body": "<p>Brush.</p>",
             "tags": ["teeth"], "status": "approved"},
            {"site": "acme/blog", "sector": "dermatology", "title": "Skin", "slug": "skin-care"}
        ]
    });
    std::fs::write(&file, serde_json::to_string_pretty(&fixture).unwrap()).unwrap();
    let report = env.json(&["seed", "apply", file.to_str().unwrap()]);
    let content: Vec<(String, String)> = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "content")
        .map(|i| (i["key"].as_str().unwrap().to_string(), i["action"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(
        content,
        [("acme/blog/brushing-101".into(), "created".into()), ("acme/blog/skin-care".into(), "created".into())]
    );
    let listed = env.json(&["content", "list", "acme/blog", "--status", "approved"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["tags"], serde_json::json!(["teeth"]));
    // Export, apply the export elsewhere, export again: the same bytes; re-applying changes nothing.
    let exported = env.ok(&["seed", "export", "--format", "json"]);
    assert!(exported.contains("\"content\": ["), "{exported}");
    let other = TestEnv::new();
    let copy = other.path("export.json");
    std::fs::write(&copy, &exported).unwrap();
    other.ok(&["seed", "apply", copy.to_str().unwrap()]);
    assert_eq!(other.ok(&["seed", "export", "--format", "json"]), exported);
    let again = env.json(&["seed", "apply", file.to_str().unwrap()]);
    assert_eq!(again["totals"]["created"], 0);
    assert_eq!(again["totals"]["updated"], 0);
    // A changed item is updated; content in a sector the site will not have is a problem.
    let mut changed = fixture.clone();
    changed["content"][1]["status"] = "review".into();
    changed["content"][0]["sector"] = "optometry".into();
    std::fs::write(&file, serde_json::to_string_pretty(&changed).unwrap()).unwrap();
    let e = env.fails(&["seed", "apply", file.to_str().unwrap()], 4);
    assert_eq!(e["code"], "sector_not_active_on_site");
    assert_eq!(e["details"]["problems"][0]["path"], "content[0].sector");
    changed["content"][0]["sector"] = "dental-clinics".into();
    std::fs::write(&file, serde_json::to_string_pretty(&changed).unwrap()).unwrap();
    let r = env.json(&["seed", "apply", file.to_str().unwrap()]);
    let actions: Vec<&str> = r["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "content")
        .map(|i| i["action"].as_str().unwrap())
        .collect();
    assert_eq!(actions, ["unchanged", "updated"]);
    assert_eq!(env.json(&["content", "list", "acme/blog", "--status", "review"]).as_array().unwrap().len(), 1);
}
