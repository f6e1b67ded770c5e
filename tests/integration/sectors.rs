//! Sector selection under plan limits.

use std::collections::BTreeSet;

use proptest::prelude::*;
use serde_json::Value;

use crate::support::TestEnv;

fn active(env: &TestEnv, site: &str) -> Vec<String> {
    let v = env.json(&["sectors", "list", site]);
    v.as_array().unwrap().iter().map(|s| s["slug"].as_str().unwrap().to_string()).collect()
}

fn names(v: &Value) -> Vec<String> {
    v.as_array().unwrap().iter().map(|s| s["slug"].as_str().unwrap().to_string()).collect()
}

/// acme (starter: 3 sectors per site) with site acme/blog granted to the editor.
fn setup() -> TestEnv {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["site", "create", "Blog", "--account", "globex"]);
    env.ok(&["access", "grant", "acme/blog", "editor@acme.example"]);
    env
}

#[test]
fn select_creates_reports_and_repeats_as_a_noop() {
    let env = setup();
    let r = env.json(&[
        "sectors",
        "select",
        "acme/blog",
        "--industry",
        "healthcare",
        "--sector",
        "dental-clinics",
        "--sectors",
        "optometry,urgent-care",
    ]);
    assert_eq!(r["changed"], true);
    assert_eq!(r["site"]["industry"], "healthcare");
    assert_eq!(names(&r["sectors"]), ["dental-clinics", "optometry", "urgent-care"]);
    assert_eq!(names(&r["created"]).len(), 3);
    assert_eq!(r["deactivated"], serde_json::json!([]));
    let again = env.run(&[
        "sectors",
        "select",
        "acme/blog",
        "--industry",
        "healthcare",
        "--sectors",
        "urgent-care,dental-clinics,optometry",
        "--json",
    ]);
    assert_eq!(again.code, 0);
    let again = again.json();
    assert_eq!(again["changed"], false);
    assert_eq!(names(&again["unchanged"]).len(), 3);
    assert_eq!(again["created"], serde_json::json!([]));
    // Narrow the selection: the dropped sector is deactivated, not deleted.
    let r = env.json(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sector", "optometry"]);
    assert_eq!(names(&r["deactivated"]), ["dental-clinics", "urgent-care"]);
    assert_eq!(active(&env, "acme/blog"), ["optometry"]);
    let all = env.json(&["sectors", "list", "acme/blog", "--all"]);
    assert_eq!(all.as_array().unwrap().len(), 3);
    let dental = all.as_array().unwrap().iter().find(|s| s["slug"] == "dental-clinics").unwrap();
    assert_eq!(dental["is_active"], false);
    assert!(dental["deactivated_at"].as_str().unwrap().ends_with('Z'));
    let table = env.ok(&["sectors", "list", "acme/blog", "--all"]);
    assert_eq!(table.lines().next().unwrap(), "id\tindustry\tslug\tname\tis_active\tdeactivated_at\tcontent_count");
    // The site shows industry and count; the account shows usage against the limit.
    let site = env.json(&["site", "show", "acme/blog"]);
    assert_eq!((site["industry"].as_str(), site["sector_count"].as_i64()), (Some("healthcare"), Some(1)));
    let listed = env.json(&["site", "list", "--account", "acme"]);
    assert_eq!(listed[0]["sector_count"], 1);
    let acct = env.json(&["account", "show", "acme"]);
    assert_eq!(
        acct["site_sectors"][0],
        serde_json::json!({"site_id": 1, "site": "acme/blog", "sector_count": 1, "limit": 3, "over": false})
    );
}

#[test]
fn changing_industry_deactivates_the_old_and_switching_back_reuses_rows() {
    let env = setup();
    let first = env.json(&[
        "sectors",
        "select",
        "acme/blog",
        "--industry",
        "healthcare",
        "--sectors",
        "dental-clinics,optometry",
    ]);
    let ids: BTreeSet<i64> = first["sectors"].as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect();
    let legal = env.json(&["sectors", "select", "acme/blog", "--industry", "legal-services", "--sector", "family-law"]);
    assert_eq!(legal["industry_changed"], true);
    assert_eq!(names(&legal["deactivated"]), ["dental-clinics", "optometry"]);
    assert_eq!(active(&env, "acme/blog"), ["family-law"]);
    let back = env.json(&[
        "sectors",
        "select",
        "acme/blog",
        "--industry",
        "healthcare",
        "--sectors",
        "dental-clinics,optometry",
    ]);
    assert_eq!(names(&back["reactivated"]), ["dental-clinics", "optometry"]);
    assert_eq!(back["created"], serde_json::json!([]));
    let back_ids: BTreeSet<i64> =
        back["sectors"].as_array().unwrap().iter().map(|s| s["id"].as_i64().unwrap()).collect();
    assert_eq!(back_ids, ids, "switching back reactivates the same rows");
    assert_eq!(env.json(&["sectors", "list", "acme/blog", "--all"]).as_array().unwrap().len(), 3);
}

#[test]
fn every_error_has_its_code_and_changes_nothing() {
    let env = setup();
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sector", "dental-clinics"]);
    let file = env.path("tax.toml");
    std::fs::write(&file, "[[industry]]\nslug = 'mining'\nname = 'Mining'\nactive = false\nsectors = [{ slug = 'coal', name = 'Coal' }]\n").unwrap();
    env.ok(&["industry", "import", file.to_str().unwrap()]);
    let before = env.dump();
    let cases: &[(&[&str], i32, &str)] = &[
        (&["sectors", "select", "acme/blog"], 2, "usage"),
        (&["sectors", "select", "acme/blog", "--industry", "nope", "--sector", "x"], 3, "industry_not_found"),
        (&["sectors", "select", "acme/blog", "--industry", "mining", "--sector", "coal"], 4, "industry_inactive"),
        (
            &["sectors", "select", "acme/blog", "--industry", "healthcare", "--sector", "family-law"],
            4,
            "sector_not_in_industry",
        ),
        (&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sector", "unicorns"], 4, "unknown_sector"),
        (
            &["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "optometry,optometry"],
            4,
            "duplicate_sectors",
        ),
        (
            &[
                "sectors",
                "select",
                "acme/blog",
                "--industry",
                "healthcare",
                "--sectors",
                "optometry,dermatology,urgent-care,chiropractic",
            ],
            4,
            "sector_limit_exceeded",
        ),
        (&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sector", "Bad Slug"], 4, "invalid_slug"),
        (&["sectors", "select", "acme/nope", "--industry", "healthcare", "--sector", "optometry"], 3, "site_not_found"),
        (
            &[
                "sectors",
                "select",
                "globex/blog",
                "--industry",
                "healthcare",
                "--sector",
                "optometry",
                "--as",
                "owner@acme.example",
            ],
            3,
            "site_not_found",
        ),
        (
            &[
                "sectors",
                "select",
                "acme/blog",
                "--industry",
                "healthcare",
                "--sector",
                "optometry",
                "--as",
                "viewer@acme.example",
            ],
            3,
            "site_not_found",
        ),
        (&["sectors", "list", "acme/blog", "--as", "viewer@acme.example"], 3, "site_not_found"),
    ];
    for (args, code, want) in cases {
        let e = env.fails(args, *code);
        assert_eq!(e["code"], *want, "{args:?}");
        assert_eq!(env.dump(), before, "{args:?} changed the database");
    }
    let e = env.fails(
        &["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "family-law,unicorns,optometry"],
        4,
    );
    let msg = e["message"].as_str().unwrap();
    assert!(msg.contains("family-law") && msg.contains("unicorns") && !msg.contains("optometry"), "{msg}");
    assert!(e["hint"].as_str().unwrap().contains("dental-clinics"), "the hint lists the valid slugs");
    let e = env.fails(
        &[
            "sectors",
            "select",
            "acme/blog",
            "--industry",
            "healthcare",
            "--sectors",
            "optometry,dermatology,urgent-care,chiropractic",
        ],
        4,
    );
    assert_eq!(e["message"], "site 'acme/blog' may have at most 3 sectors on plan 'starter'; 4 were given");
    // A viewer with a grant sees the sectors but may not change them.
    env.ok(&["access", "grant", "acme/blog", "viewer@acme.example"]);
    assert_eq!(active(&env, "acme/blog"), ["dental-clinics"]);
    let mut v = TestEnv::new();
    v.use_db_of(&env);
    v.set_env("SITECTL_AS", "viewer@acme.example");
    assert_eq!(v.json(&["sectors", "list", "acme/blog"]).as_array().unwrap().len(), 1);
    assert_eq!(
        v.fails(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sector", "optometry"], 5)["code"],
        "permission_denied"
    );
}

#[test]
fn permissions_dry_run_and_the_seed_behaviour_without_sectors() {
    let env = setup();
    // The editor with a grant may select; the owner too; the operator always.
    env.ok(&[
        "sectors",
        "select",
        "acme/blog",
        "--industry",
        "healthcare",
        "--sector",
        "optometry",
        "--as",
        "editor@acme.example",
    ]);
    env.ok(&[
        "sectors",
        "select",
        "acme/blog",
        "--industry",
        "healthcare",
        "--sector",
        "dermatology",
        "--as",
        "owner@acme.example",
    ]);
    let audit = env.json(&["audit", "list", "--target", "site:acme/blog"]);
    assert!(audit
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["actor"] == "editor@acme.example" && a["action"] == "sectors.select"));
    // Dry run: the report of what would change, nothing changed.
    let before = env.db_bytes();
    let out = env.run(&[
        "sectors",
        "select",
        "acme/blog",
        "--industry",
        "legal-services",
        "--sector",
        "family-law",
        "--dry-run",
        "--json",
    ]);
    assert_eq!(out.code, 0);
    let r = out.json();
    assert_eq!(names(&r["deactivated"]), ["dermatology"]);
    assert_eq!(names(&r["created"]), ["family-law"]);
    assert!(out.stderr.contains("dry run"));
    assert_eq!(env.db_bytes(), before);
    // No terminal and no --sector: the industry is set and no sector stays active.
    let out = env.run(&["sectors", "select", "acme/blog", "--industry", "legal-services", "--json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("no sector stays active"), "{}", out.stderr);
    let r = out.json();
    assert_eq!(r["site"]["industry"], "legal-services");
    assert_eq!(r["sectors"], serde_json::json!([]));
    assert_eq!(active(&env, "acme/blog"), Vec::<String>::new());
    // A deleted site cannot be changed.
    env.ok(&["site", "delete", "acme/blog", "--yes"]);
    assert_eq!(
        env.fails(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sector", "optometry"], 6)["code"],
        "site_deleted"
    );
}

#[test]
fn a_plan_downgrade_keeps_sectors_and_only_accepts_selections_within_the_limit() {
    let env = setup();
    env.ok(&[
        "plan",
        "create",
        "tiny",
        "--name",
        "Tiny",
        "--max-sites",
        "5",
        "--max-users",
        "20",
        "--max-sectors-per-site",
        "1",
    ]);
    env.ok(&[
        "sectors",
        "select",
        "acme/blog",
        "--industry",
        "healthcare",
        "--sectors",
        "dental-clinics,optometry,urgent-care",
    ]);
    env.ok(&["account", "set-plan", "acme", "tiny"]);
    assert_eq!(active(&env, "acme/blog").len(), 3, "existing sectors are kept");
    let acct = env.json(&["account", "show", "acme"]);
    assert_eq!(acct["site_sectors"][0]["over"], true);
    assert!(acct["over_limits"][0].as_str().unwrap().contains("3 sectors"));
    let e = env.fails(
        &["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics,optometry"],
        4,
    );
    assert_eq!(e["code"], "sector_limit_exceeded");
    assert!(e["message"].as_str().unwrap().contains("tiny"));
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sector", "optometry"]);
    assert_eq!(active(&env, "acme/blog"), ["optometry"]);
    assert_eq!(env.json(&["account", "show", "acme"])["over_limits"], serde_json::json!([]));
}

#[test]
fn the_interactive_multi_select_on_a_terminal() {
    let env = setup();
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sector", "dental-clinics"]);
    // healthcare's sectors in slug order: chiropractic, dental-clinics (ticked), dermatology, ...
    // Tick chiropractic, untick dental-clinics, tick dermatology, accept.
    let (code, screen) = env.run_in_pty(
        &["sectors", "select", "acme/blog", "--industry", "healthcare"],
        &[" ", "\x1b[B", " ", "\x1b[B", " ", "\r"],
    );
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("at most 3"), "the prompt names the limit: {screen}");
    assert_eq!(active(&env, "acme/blog"), ["chiropractic", "dermatology"]);
    // Over the limit: the picker refuses and asks again; escape cancels without changes.
    let before = env.dump();
    let (code, screen) = env.run_in_pty(
        &["sectors", "select", "acme/blog", "--industry", "healthcare"],
        &["\x1b[B", " ", "\x1b[B", "\x1b[B", " ", "\x1b[B", " ", "\r", "\x1b"],
    );
    assert!(screen.contains("the plan allows at most 3"), "{screen}");
    assert_eq!(code, 130, "{screen}");
    assert_eq!(env.dump(), before);
}

#[test]
fn the_interactive_site_wizard_asks_for_the_name() {
    let env = setup();
    let (code, screen) = env.run_in_pty(&["site", "create", "--account", "acme"], &["Wizard Site\r"]);
    assert_eq!(code, 0, "{screen}");
    assert_eq!(env.json(&["site", "show", "acme/wizard-site"])["name"], "Wizard Site");
    // The operator without --account is asked for it too.
    let (code, screen) = env.run_in_pty(&["site", "create"], &["Second Wizard\r", "acme\r"]);
    assert_eq!(code, 0, "{screen}");
    assert_eq!(env.json(&["site", "show", "acme/second-wizard"])["name"], "Second Wizard");
}

// The library directly: random sequences of selections against one site.
use sitectl::domain::{Email, IfExists, SiteRef, Slug};
use sitectl::ops::{self, Ctx};
use sitectl::store::Store;

const SECTORS: [&str; 6] =
    ["chiropractic", "dental-clinics", "dermatology", "optometry", "family-law", "estate-planning"];

fn library_site(limit: i64) -> (Store, Ctx) {
    let mut store = Store::open_in_memory().unwrap();
    let ctx = Ctx::operator("test");
    let plan = ops::plans::PlanInput {
        slug: "p".parse().unwrap(),
        name: "P".into(),
        max_sites: 5,
        max_users: 5,
        max_sectors_per_site: limit,
        is_active: true,
    };
    ops::plans::create_plan(&mut store, &ctx, plan, IfExists::Error).unwrap();
    let account = ops::accounts::AccountInput {
        slug: "a".parse().unwrap(),
        name: "A".into(),
        plan: "p".parse().unwrap(),
        owner: "o@a.example".parse::<Email>().unwrap(),
        owner_name: None,
        status: sitectl::domain::AccountStatus::Active,
    };
    ops::accounts::create_account(&mut store, &ctx, account, IfExists::Error).unwrap();
    let site = ops::sites::SiteInput { name: "S".into(), account: Some("a".parse().unwrap()), ..Default::default() };
    ops::sites::create_site(&mut store, &ctx, site, IfExists::Error).unwrap();
    (store, ctx)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn active_sectors_always_equal_the_last_accepted_request(
        limit in 1i64..4,
        requests in prop::collection::vec((prop::bool::ANY, prop::collection::vec(0usize..6, 0..5)), 1..12),
    ) {
        let (mut store, ctx) = library_site(limit);
        let site: SiteRef = "a/s".parse().unwrap();
        let mut expected: Option<BTreeSet<String>> = None;
        let mut rows_seen = 0usize;
        for (healthcare, picks) in requests {
            let industry: Slug = if healthcare { "healthcare" } else { "legal-services" }.parse().unwrap();
            let requested: Vec<Slug> = picks.iter().map(|i| SECTORS[*i].parse().unwrap()).collect();
            match ops::sectors::select_sectors(&mut store, &ctx, &site, &industry, &requested) {
                Ok(report) => {
                    let got: BTreeSet<String> = report.sectors.iter().map(|s| s.slug.to_string()).collect();
                    let want: BTreeSet<String> = requested.iter().map(|s| s.to_string()).collect();
                    prop_assert_eq!(&got, &want);
                    prop_assert!(got.len() as i64 <= limit);
                    expected = Some(want);
                }
                Err(e) => {
                    let distinct: BTreeSet<usize> = picks.iter().copied().collect();
                    let in_industry = picks.iter().all(|i| (*i < 4) == healthcare);
                    let valid = distinct.len() == picks.len() && in_industry && picks.len() as i64 <= limit;
                    prop_assert!(!valid, "a valid request was refused: {}", e.code);
                    let ok_codes = ["sector_limit_exceeded", "duplicate_sectors", "sector_not_in_industry"];
                    prop_assert!(ok_codes.contains(&e.code.as_ref()), "unexpected error {}", e.code);
                }
            }
            let mut all = Vec::new();
            ops::sectors::each_sector(&mut store, &ctx, &site, true, Default::default(), |s| {
                all.push(s);
                Ok(std::ops::ControlFlow::Continue(()))
            })
            .unwrap();
            prop_assert!(all.len() >= rows_seen, "a sector row was deleted");
            rows_seen = all.len();
            let active: BTreeSet<String> = all.iter().filter(|s| s.is_active).map(|s| s.slug.to_string()).collect();
            prop_assert!(active.len() as i64 <= limit);
            prop_assert_eq!(active, expected.clone().unwrap_or_default());
        }
    }
}
