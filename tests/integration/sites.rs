//! The site lifecycle and tenancy: who sees and may do what.

use std::collections::BTreeSet;

use proptest::prelude::*;
use serde_json::Value;

use crate::support::TestEnv;

fn slugs(v: &Value) -> BTreeSet<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| format!("{}/{}", s["account"].as_str().unwrap(), s["slug"].as_str().unwrap()))
        .collect()
}

fn set(items: &[&str]) -> BTreeSet<String> {
    items.iter().map(|s| s.to_string()).collect()
}

/// acme: blog, shop (granted to the editor), docs; globex: blog, portal.
fn tenancy() -> TestEnv {
    let env = TestEnv::new();
    env.seed_basic();
    for (name, account) in
        [("Blog", "acme"), ("Shop", "acme"), ("Docs", "acme"), ("Blog", "globex"), ("Portal", "globex")]
    {
        env.ok(&["site", "create", name, "--account", account, "--active"]);
    }
    env.ok(&["access", "grant", "acme/shop", "editor@acme.example"]);
    env
}

#[test]
fn create_derives_slug_normalises_domain_and_reports_action() {
    let env = TestEnv::new();
    env.seed_basic();
    let out = env.run(&[
        "site",
        "create",
        "Café Noir",
        "--account",
        "acme",
        "--domain",
        "HTTPS://Cafe.Example.COM/menu",
        "--json",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("Warning:") && out.stderr.contains("cafe.example.com"), "{}", out.stderr);
    let s = out.json();
    assert_eq!(
        (s["slug"].as_str(), s["domain"].as_str(), s["action"].as_str()),
        (Some("cafe-noir"), Some("cafe.example.com"), Some("created"))
    );
    assert_eq!((s["status"].as_str(), s["is_active"].as_bool()), (Some("inactive"), Some(false)));
    assert_eq!((s["hosting_type"].as_str(), s["site_type"].as_str()), (Some("igny8_sites"), Some("marketing")));
    let full = env.json(&[
        "site",
        "create",
        "Shop",
        "--account",
        "acme",
        "--slug",
        "store",
        "--domain",
        "shop.acme.example",
        "--hosting-type",
        "shopify",
        "--site-type",
        "ecommerce",
        "--industry",
        "retail-and-e-commerce",
        "--active",
    ]);
    assert_eq!(
        (full["slug"].as_str(), full["industry"].as_str(), full["is_active"].as_bool()),
        (Some("store"), Some("retail-and-e-commerce"), Some(true))
    );
    assert_eq!(
        env.fails(&["site", "create", "Store", "--account", "acme", "--slug", "store"], 6)["code"],
        "site_exists"
    );
    assert_eq!(
        env.json(&["site", "create", "Other", "--account", "acme", "--slug", "store", "--if-exists", "skip"])["action"],
        "unchanged"
    );
    let upd = env.json(&[
        "site",
        "create",
        "Shop",
        "--account",
        "acme",
        "--slug",
        "store",
        "--site-type",
        "blog",
        "--if-exists",
        "update",
    ]);
    assert_eq!((upd["action"].as_str(), upd["site_type"].as_str()), (Some("updated"), Some("blog")));
    // The same slug may exist in another account.
    env.ok(&["site", "create", "Shop", "--account", "globex", "--slug", "store"]);
    // Without --account the operator is asked to name one (no terminal: exit 2).
    assert_eq!(env.fails(&["site", "create", "X"], 2)["code"], "missing_account");
    // Without a name and a terminal, the missing argument is named.
    let e = env.fails(&["site", "create", "--account", "acme"], 2);
    assert!(e["message"].as_str().unwrap().contains("NAME"), "{e}");
}

#[test]
fn bad_input_is_refused_with_its_code_and_changes_nothing() {
    let env = tenancy();
    let before = env.dump();
    let cases: &[(&[&str], i32, &str)] = &[
        (&["site", "create", "X", "--account", "acme", "--slug", "Bad Slug"], 4, "invalid_slug"),
        (&["site", "create", "X", "--account", "acme", "--slug", "a--b"], 4, "invalid_slug"),
        (&["site", "create", "X", "--account", "acme", "--domain", "not a domain"], 4, "invalid_domain"),
        (&["site", "create", "X", "--account", "acme", "--domain", "localhost"], 4, "invalid_domain"),
        (&["site", "create", "X", "--account", "acme", "--domain", "ftp://x.example"], 4, "invalid_domain"),
        (&["site", "create", "X", "--account", "acme", "--hosting-type", "ftp"], 2, "usage"),
        (&["site", "create", "X", "--account", "acme", "--site-type", "wiki"], 2, "usage"),
        (&["site", "create", "X", "--account", "acme", "--industry", "nope"], 3, "industry_not_found"),
        (&["site", "create", "X", "--account", "nope"], 3, "account_not_found"),
        (&["site", "create", "!!!", "--account", "acme"], 4, "invalid_slug"),
        (&["site", "create", "X", "--account", "acme", "--as", "not-an-email"], 4, "invalid_email"),
        (&["site", "show", "999"], 3, "site_not_found"),
        (&["site", "show", "99999999999999999999999"], 4, "invalid_site_ref"),
        (&["site", "show", "acme/nope"], 3, "site_not_found"),
        (&["site", "show", "nope/blog"], 3, "site_not_found"),
        (&["site", "show", "blog"], 4, "ambiguous_site"),
        (&["site", "activate", "blog"], 4, "ambiguous_site"),
        (&["site", "update", "acme/blog", "--slug", "shop"], 6, "site_exists"),
        (&["site", "update", "acme/blog", "--og-image-url", "javascript:alert(1)"], 4, "invalid_url"),
        (&["site", "update", "acme/blog", "--name", ""], 4, "invalid_name"),
        (&["site", "purge", "acme/blog", "--yes"], 6, "site_not_deleted"),
        (&["site", "list", "--account", "nope"], 3, "account_not_found"),
    ];
    for (args, code, want) in cases {
        let e = env.fails(args, *code);
        assert_eq!(e["code"], *want, "{args:?}");
        assert_eq!(env.dump(), before, "{args:?} changed the database");
    }
    let e = env.fails(&["site", "show", "blog"], 4);
    let hint = e["hint"].as_str().unwrap();
    assert!(hint.contains("acme/blog") && hint.contains("globex/blog"), "{hint}");
}

#[test]
fn list_filters_and_columns() {
    let env = tenancy();
    let table = env.ok(&["site", "list"]);
    assert_eq!(
        table.lines().next().unwrap(),
        "id\taccount\tslug\tname\tdomain\tstatus\tis_active\tindustry\tsector_count\twp"
    );
    assert_eq!(table.lines().count(), 6);
    env.ok(&["site", "deactivate", "acme/docs"]);
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sector", "dental-clinics"]);
    assert_eq!(slugs(&env.json(&["site", "list", "--account", "acme"])), set(&["acme/blog", "acme/shop", "acme/docs"]));
    assert_eq!(slugs(&env.json(&["site", "list", "--inactive"])), set(&["acme/docs"]));
    assert_eq!(
        slugs(&env.json(&["site", "list", "--active", "--account", "globex"])),
        set(&["globex/blog", "globex/portal"])
    );
    assert_eq!(slugs(&env.json(&["site", "list", "--industry", "healthcare"])), set(&["acme/blog"]));
    assert_eq!(env.json(&["site", "list", "--hosting-type", "wordpress"]), serde_json::json!([]));
    assert_eq!(env.json(&["site", "list", "--limit", "2"]).as_array().unwrap().len(), 2);
    let all = env.json(&["site", "list"]);
    let blog = all.as_array().unwrap().iter().find(|s| s["slug"] == "blog" && s["account"] == "acme").unwrap().clone();
    for key in
        ["id", "seo_title", "og_image_url", "created_at", "deleted_at", "hosting_type", "site_type", "has_api_key"]
    {
        assert!(blog.get(key).is_some(), "JSON has every field: {key} missing");
    }
    assert_eq!(blog["sector_count"], 1);
    env.ok(&["site", "delete", "acme/docs", "--yes"]);
    assert_eq!(slugs(&env.json(&["site", "list", "--deleted"])), set(&["acme/docs"]));
    assert!(!slugs(&env.json(&["site", "list"])).contains("acme/docs"));
}

#[test]
fn visibility_by_role() {
    let env = tenancy();
    let all = set(&["acme/blog", "acme/shop", "acme/docs", "globex/blog", "globex/portal"]);
    let acme = set(&["acme/blog", "acme/shop", "acme/docs"]);
    assert_eq!(slugs(&env.json(&["site", "list"])), all);
    assert_eq!(slugs(&env.json(&["site", "list", "--as", "dev@acme.example"])), all);
    assert_eq!(slugs(&env.json(&["site", "list", "--as", "owner@acme.example"])), acme);
    assert_eq!(slugs(&env.json(&["site", "list", "--as", "admin@acme.example"])), acme);
    assert_eq!(slugs(&env.json(&["site", "list", "--as", "bot@acme.example"])), acme);
    assert_eq!(slugs(&env.json(&["site", "list", "--as", "editor@acme.example"])), set(&["acme/shop"]));
    assert_eq!(slugs(&env.json(&["site", "list", "--as", "viewer@acme.example"])), set(&[]));
    assert_eq!(
        slugs(&env.json(&["site", "list", "--as", "owner@globex.example"])),
        set(&["globex/blog", "globex/portal"])
    );
    // An owner never sees another account's sites, by any reference: not found, never forbidden.
    let globex_blog_id = env.json(&["site", "show", "globex/blog"])["id"].to_string();
    for r in ["globex/blog", globex_blog_id.as_str(), "portal"] {
        assert_eq!(env.fails(&["site", "show", r, "--as", "owner@acme.example"], 3)["code"], "site_not_found", "{r}");
        assert_eq!(
            env.fails(&["site", "activate", r, "--as", "owner@acme.example"], 3)["code"],
            "site_not_found",
            "{r}"
        );
    }
    // A bare slug resolves among visible sites only: 'blog' is unambiguous for acme's owner.
    assert_eq!(env.json(&["site", "show", "blog", "--as", "owner@acme.example"])["account"], "acme");
    assert_eq!(
        env.fails(&["site", "list", "--account", "globex", "--as", "owner@acme.example"], 3)["code"],
        "account_not_found"
    );
}

#[test]
fn permissions_by_role() {
    let env = tenancy();
    // A viewer can create a site in their own account (and then sees it) but cannot activate it.
    let s = env.json(&["site", "create", "Viewer Site", "--as", "viewer@acme.example"]);
    assert_eq!(s["account"], "acme");
    assert_eq!(slugs(&env.json(&["site", "list", "--as", "viewer@acme.example"])), set(&["acme/viewer-site"]));
    assert_eq!(
        env.fails(&["site", "activate", "acme/viewer-site", "--as", "viewer@acme.example"], 5)["code"],
        "permission_denied"
    );
    assert_eq!(
        env.fails(&["site", "update", "acme/viewer-site", "--name", "x", "--as", "viewer@acme.example"], 5)["code"],
        "permission_denied"
    );
    // A site the creator cannot see is neither shown nor changed through --if-exists.
    for mode in ["skip", "update"] {
        let e = env.fails(&["site", "create", "Blog", "--if-exists", mode, "--as", "editor@acme.example"], 6);
        assert_eq!(e["code"], "site_exists", "{mode}");
    }
    assert_eq!(env.json(&["site", "show", "acme/blog"])["name"], "Blog");
    // Never in another account, which is "not found" to a tenant user.
    let e = env.fails(&["site", "create", "X", "--account", "globex", "--as", "viewer@acme.example"], 3);
    assert_eq!(e["code"], "account_not_found");
    // The editor changes granted sites, but may not delete them.
    env.ok(&["site", "deactivate", "acme/shop", "--as", "editor@acme.example"]);
    env.ok(&["site", "update", "acme/shop", "--seo-title", "Shop!", "--as", "editor@acme.example"]);
    assert_eq!(
        env.fails(&["site", "delete", "acme/shop", "--yes", "--as", "editor@acme.example"], 5)["code"],
        "permission_denied"
    );
    assert_eq!(
        env.fails(&["site", "activate", "acme/blog", "--as", "editor@acme.example"], 3)["code"],
        "site_not_found"
    );
    // system_bot changes its account's sites but does not delete.
    env.ok(&["site", "activate", "acme/shop", "--as", "bot@acme.example"]);
    assert_eq!(
        env.fails(&["site", "delete", "acme/shop", "--yes", "--as", "bot@acme.example"], 5)["code"],
        "permission_denied"
    );
    // Owner and admin delete and restore; purge is the operator's.
    env.ok(&["site", "delete", "acme/docs", "--yes", "--as", "admin@acme.example"]);
    env.ok(&["site", "restore", "acme/docs", "--as", "owner@acme.example"]);
    env.ok(&["site", "delete", "acme/docs", "--yes", "--as", "owner@acme.example"]);
    assert_eq!(
        env.fails(&["site", "purge", "acme/docs", "--yes", "--as", "owner@acme.example"], 5)["code"],
        "operator_only"
    );
    // Access grants are managed by owners and admins.
    assert_eq!(
        env.fails(&["access", "grant", "acme/blog", "viewer@acme.example", "--as", "editor@acme.example"], 3)["code"],
        "site_not_found"
    );
    assert_eq!(
        env.fails(&["access", "grant", "acme/shop", "viewer@acme.example", "--as", "editor@acme.example"], 5)["code"],
        "permission_denied"
    );
    env.ok(&["access", "grant", "acme/blog", "viewer@acme.example", "--as", "admin@acme.example"]);
}

#[test]
fn inactive_accounts_can_do_nothing() {
    let env = tenancy();
    env.ok(&["account", "suspend", "acme"]);
    for args in [
        &["site", "list", "--as", "owner@acme.example"][..],
        &["site", "show", "acme/blog", "--as", "owner@acme.example"],
        &["site", "create", "New", "--as", "owner@acme.example"],
        &["site", "activate", "acme/shop", "--as", "editor@acme.example"],
    ] {
        let e = env.fails(args, 5);
        assert_eq!(e["code"], "account_inactive", "{args:?}");
        assert!(e["hint"].as_str().unwrap().contains("reactivate"));
    }
    // The operator still can, and the public read no longer serves the account's sites.
    assert_eq!(env.json(&["site", "show", "acme/blog"])["account"], "acme");
    assert_eq!(env.fails(&["site", "public", "acme/blog"], 3)["code"], "site_not_found");
    env.ok(&["account", "cancel", "acme", "--yes"]);
    assert_eq!(env.fails(&["site", "list", "--as", "viewer@acme.example"], 5)["code"], "account_inactive");
    env.ok(&["account", "reactivate", "acme"]);
    env.ok(&["site", "list", "--as", "viewer@acme.example"]);
}

#[test]
fn show_update_activate_and_state_verbs() {
    let env = tenancy();
    env.ok(&[
        "sectors",
        "select",
        "acme/shop",
        "--industry",
        "retail-and-e-commerce",
        "--sectors",
        "jewelry,pet-supplies",
    ]);
    let d = env.json(&["site", "show", "acme/shop"]);
    assert_eq!(d["industry_name"], "Retail and E-commerce");
    assert_eq!(d["sectors"].as_array().unwrap().len(), 2);
    assert_eq!(d["grants"][0]["user"], "editor@acme.example");
    assert_eq!(d["plan"], "starter");
    assert_eq!(d["site_usage"], serde_json::json!({"used": 3, "limit": 4, "over": false}));
    assert_eq!(d["sector_usage"], serde_json::json!({"used": 2, "limit": 3, "over": false}));
    assert!(d["integration"].is_null());

    let u = env.json(&[
        "site",
        "update",
        "acme/shop",
        "--name",
        "The Shop",
        "--slug",
        "store",
        "--domain",
        "store.acme.example",
        "--hosting-type",
        "shopify",
        "--site-type",
        "ecommerce",
        "--seo-title",
        "Buy things",
        "--seo-description",
        "All the things",
        "--seo-keywords",
        "shop,things",
        "--og-image-url",
        "https://cdn.acme.example/og.png",
    ]);
    assert_eq!(u["changed"], true);
    assert_eq!(
        (u["slug"].as_str(), u["account"].as_str(), u["seo_keywords"].as_str()),
        (Some("store"), Some("acme"), Some("shop,things"))
    );
    let cleared = env.json(&["site", "update", "acme/store", "--domain", "", "--seo-title", ""]);
    assert!(cleared["domain"].is_null() && cleared["seo_title"].is_null());
    assert_eq!(env.json(&["site", "update", "acme/store", "--name", "The Shop"])["changed"], false);

    // Activation never deactivates other sites; a no-op warns and reports changed:false.
    let before: Vec<bool> =
        env.json(&["site", "list"]).as_array().unwrap().iter().map(|s| s["is_active"].as_bool().unwrap()).collect();
    assert!(before.iter().all(|a| *a));
    let out = env.run(&["site", "activate", "acme/store", "--json"]);
    assert_eq!(out.code, 0);
    assert_eq!(out.json()["changed"], false);
    assert!(out.stderr.contains("Warning:") && out.stderr.contains("already active"), "{}", out.stderr);
    let off = env.json(&["site", "deactivate", "acme/store"]);
    assert_eq!(
        (off["changed"].as_bool(), off["status"].as_str(), off["is_active"].as_bool()),
        (Some(true), Some("inactive"), Some(false))
    );
    let on = env.json(&["site", "activate", "acme/store"]);
    assert_eq!((on["status"].as_str(), on["is_active"].as_bool()), (Some("active"), Some(true)));
    let after = env.json(&["site", "list"]);
    assert!(after.as_array().unwrap().iter().all(|s| s["is_active"] == true));
}

#[test]
fn delete_restore_purge() {
    let env = tenancy();
    env.ok(&["sectors", "select", "acme/docs", "--industry", "healthcare", "--sector", "optometry"]);
    env.ok(&["access", "grant", "acme/docs", "viewer@acme.example"]);
    assert_eq!(env.fails(&["site", "delete", "acme/docs"], 2)["code"], "confirmation_required");
    let d = env.json(&["site", "delete", "acme/docs", "--yes"]);
    assert!(d["deleted_at"].is_string());
    assert_eq!(env.json(&["site", "delete", "acme/docs", "--yes"])["changed"], false);
    assert_eq!(env.fails(&["site", "activate", "acme/docs"], 6)["code"], "site_deleted");
    assert_eq!(env.fails(&["site", "create", "Docs", "--account", "acme"], 6)["code"], "site_deleted");
    // A deleted site frees its place in the plan; restoring needs the place back.
    env.ok(&["site", "create", "Fourth", "--account", "acme"]);
    env.ok(&["site", "create", "Fifth", "--account", "acme"]);
    assert_eq!(env.fails(&["site", "restore", "acme/docs"], 4)["code"], "site_limit_reached");
    env.ok(&["site", "delete", "acme/fourth", "--yes"]);
    assert!(env.json(&["site", "restore", "acme/docs"])["deleted_at"].is_null());
    env.ok(&["site", "delete", "acme/docs", "--yes"]);
    let purged = env.json(&["site", "purge", "acme/docs", "--yes"]);
    assert_eq!(purged["slug"], "docs");
    assert_eq!(env.fails(&["site", "show", "acme/docs"], 3)["code"], "site_not_found");
    let left = env.sql_value("SELECT (SELECT count(*) FROM sectors WHERE site_id NOT IN (SELECT id FROM sites)) + (SELECT count(*) FROM site_access WHERE site_id NOT IN (SELECT id FROM sites))");
    assert_eq!(left, "0");
}

#[test]
fn public_read_shows_only_public_fields_of_live_active_sites() {
    let env = tenancy();
    env.ok(&["site", "update", "acme/shop", "--seo-title", "Shop"]);
    env.ok(&["sectors", "select", "acme/shop", "--industry", "retail-and-e-commerce", "--sector", "jewelry"]);
    let p = env.json(&["site", "public", "shop", "--as", "ghost@nowhere.example"]);
    let keys: BTreeSet<&str> = p.as_object().unwrap().keys().map(String::as_str).collect();
    let want: BTreeSet<&str> = [
        "name",
        "slug",
        "domain",
        "site_type",
        "hosting_type",
        "industry",
        "sectors",
        "seo_title",
        "seo_description",
        "seo_keywords",
        "og_image_url",
    ]
    .into_iter()
    .collect();
    assert_eq!(keys, want, "only public fields; --as is ignored");
    assert_eq!(p["sectors"], serde_json::json!(["jewelry"]));
    let text = env.ok(&["site", "public", "acme/shop"]);
    assert!(!text.contains("api_key") && !text.contains("account"), "{text}");
    assert_eq!(env.fails(&["site", "public", "blog"], 4)["code"], "ambiguous_site");
    assert_eq!(env.json(&["site", "public", "globex/blog"])["name"], "Blog");
    env.ok(&["site", "deactivate", "acme/docs"]);
    assert_eq!(env.fails(&["site", "public", "docs"], 3)["code"], "site_not_found");
    env.ok(&["site", "delete", "globex/portal", "--yes"]);
    assert_eq!(env.fails(&["site", "public", "portal"], 3)["code"], "site_not_found");
    assert_eq!(env.fails(&["site", "public", "nope"], 3)["code"], "site_not_found");
    // Once only one public 'blog' is left, the bare slug answers.
    env.ok(&["site", "deactivate", "globex/blog"]);
    assert_eq!(env.json(&["site", "public", "blog"])["name"], "Blog");
    env.ok(&[
        "account",
        "create",
        "trialco",
        "--name",
        "T",
        "--plan",
        "starter",
        "--owner",
        "t@trial.example",
        "--status",
        "trial",
    ]);
    env.ok(&["site", "create", "Trial Site", "--account", "trialco", "--active"]);
    assert_eq!(env.json(&["site", "public", "trial-site"])["slug"], "trial-site");
}

/// The visibility rules, computed independently of the tool.
fn expected_visible(
    role: &str,
    user_account: usize,
    user: usize,
    sites: &[(usize, String)],
    grants: &[(usize, usize)],
) -> BTreeSet<String> {
    sites
        .iter()
        .enumerate()
        .filter(|(i, (account, _))| match role {
            "developer" => true,
            "owner" | "admin" | "system_bot" => *account == user_account,
            _ => grants.contains(&(user, *i)),
        })
        .map(|(_, (account, slug))| format!("a{account}/{slug}"))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]

    #[test]
    fn site_list_as_user_matches_the_visibility_rules(
        user_specs in prop::collection::vec((0usize..3, 0usize..6), 1..6),
        site_specs in prop::collection::vec((0usize..3, 0usize..4), 1..10),
        grant_specs in prop::collection::vec((0usize..6, 0usize..10), 0..12),
    ) {
        const ROLES: [&str; 6] = ["developer", "owner", "admin", "editor", "viewer", "system_bot"];
        let env = TestEnv::new();
        env.ok(&["plan", "create", "p", "--name", "P", "--max-sites", "50", "--max-users", "50"]);
        for a in 0..3 {
            env.ok(&["account", "create", &format!("a{a}"), "--name", "A", "--plan", "p", "--owner", &format!("owner{a}@a{a}.example")]);
        }
        let mut users = Vec::new();
        for (i, (account, role)) in user_specs.iter().enumerate() {
            let email = format!("u{i}@a{account}.example");
            env.ok(&["user", "add", &email, "--account", &format!("a{account}"), "--role", ROLES[*role]]);
            users.push((email, *account, ROLES[*role]));
        }
        let mut sites: Vec<(usize, String)> = Vec::new();
        for (account, name) in &site_specs {
            let slug = format!("s{name}");
            if sites.contains(&(*account, slug.clone())) {
                continue;
            }
            env.ok(&["site", "create", &slug, "--account", &format!("a{account}")]);
            sites.push((*account, slug));
        }
        let mut grants = Vec::new();
        for (u, s) in &grant_specs {
            let (Some(user), Some(site)) = (users.get(*u), sites.get(*s)) else { continue };
            if user.1 != site.0 || grants.contains(&(*u, *s)) {
                continue;
            }
            env.ok(&["access", "grant", &format!("a{}/{}", site.0, site.1), &user.0]);
            grants.push((*u, *s));
        }
        for (i, (email, account, role)) in users.iter().enumerate() {
            let got = slugs(&env.json(&["site", "list", "--as", email]));
            prop_assert_eq!(got, expected_visible(role, *account, i, &sites, &grants), "user {} ({})", email, role);
        }
    }
}
