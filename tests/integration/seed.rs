//! Declarative seeding and export.

use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use serde_json::Value;

use crate::support::{without_table, TestEnv};

fn demo() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo.toml").display().to_string()
}

fn audit_count(env: &TestEnv, target: &str) -> usize {
    env.json(&["audit", "list", "--target", target]).as_array().unwrap().len()
}

#[test]
fn the_demo_applies_then_reapplies_as_unchanged() {
    let env = TestEnv::new();
    let r = env.json(&["seed", "apply", &demo()]);
    let totals = &r["totals"];
    assert_eq!(totals["updated"], 0);
    assert!(totals["created"].as_i64().unwrap() >= 30, "{totals}");
    assert_eq!(env.json(&["account", "list"]).as_array().unwrap().len(), 3);
    assert_eq!(env.json(&["site", "list"]).as_array().unwrap().len(), 12);
    let roles: std::collections::BTreeSet<String> = env
        .json(&["user", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["role"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(roles.len(), 6, "users of every role: {roles:?}");
    assert_eq!(env.json(&["site", "list", "--as", "tom.becker@brightsmile.example"]).as_array().unwrap().len(), 2);
    assert_eq!(env.json(&["sectors", "list", "harbor-law/firm"]).as_array().unwrap().len(), 3);
    assert_eq!(env.json(&["wp", "status", "brightsmile/downtown"])["mode"], "core");
    assert_eq!(env.json(&["account", "show", "harbor-law"])["status"], "trial");
    assert_eq!(audit_count(&env, "seed:"), 1);

    let before = env.dump();
    let again = env.json(&["seed", "apply", &demo()]);
    assert_eq!(again["totals"]["created"], 0);
    assert_eq!(again["totals"]["updated"], 0);
    assert!(again["items"].as_array().unwrap().iter().all(|i| i["action"] == "unchanged"));
    // No data changed: only the audit log gained the run's one row.
    let after = env.dump();
    let without_audit = |d: &str| without_table(&without_table(d, "audit_log"), "audit_targets");
    assert_eq!(without_audit(&after), without_audit(&before));
    assert_eq!(audit_count(&env, "seed:"), 2);
    let table = env.ok(&["seed", "apply", &demo()]);
    assert_eq!(table.lines().next().unwrap(), "kind\tkey\taction");
}

#[test]
fn every_problem_is_reported_with_its_position_and_nothing_is_applied() {
    let env = TestEnv::new();
    env.ok(&["seed", "apply", &demo()]);
    let before = env.dump();
    let file = env.path("bad.toml");
    std::fs::write(
        &file,
        r#"[[plans]]
slug = "Bad Plan"
name = "x"

[[accounts]]
slug = "newco"
name = "NewCo"
plan = "nope"
owner = "not-an-email"

[[users]]
email = "x@newco.example"
account = "ghost"
role = "wizard"

[[sites]]
account = "northwind"
name = "Broken"
domain = "not a domain"
industry = "healthcare"
sectors = ["family-law"]

[[grants]]
site = "northwind/nope"
user = "maria.lopez@brightsmile.example"
"#,
    )
    .unwrap();
    let e = env.fails(&["seed", "apply", file.to_str().unwrap()], 4);
    assert_eq!(e["code"], "seed_invalid");
    let problems = e["details"]["problems"].as_array().unwrap();
    let found: Vec<(String, i64)> =
        problems.iter().map(|p| (p["code"].as_str().unwrap().to_string(), p["line"].as_i64().unwrap())).collect();
    let want = [
        ("invalid_slug", 2),
        ("invalid_email", 9),
        ("plan_not_found", 8),
        ("invalid_role", 14),
        ("account_not_found", 13),
        ("invalid_domain", 19),
        ("sector_not_in_industry", 21),
        ("site_not_found", 24),
    ];
    for (code, line) in want {
        assert!(found.contains(&(code.to_string(), line)), "missing {code} at line {line}: {found:?}");
    }
    assert_eq!(found.len(), want.len(), "{found:?}");
    assert!(problems.iter().all(|p| p["file"] == file.to_str().unwrap() && p["column"].as_i64().unwrap() >= 1));
    let human = env.run(&["seed", "apply", file.to_str().unwrap()]);
    assert!(human.stderr.contains(&format!("{}:21:1:", file.display())), "{}", human.stderr);
    assert_eq!(env.dump(), before);
}

#[test]
fn a_seed_is_refused_with_the_code_the_command_would_give() {
    let env = TestEnv::new();
    env.ok(&["seed", "apply", &demo()]);
    let before = env.dump();
    let over = env.path("over.toml");
    // harbor-law is on starter (2 sites) and already has two.
    std::fs::write(&over, "[[sites]]\naccount = \"harbor-law\"\nname = \"Third\"\n").unwrap();
    let e = env.fails(&["seed", "apply", over.to_str().unwrap()], 4);
    assert_eq!(e["code"], "site_limit_reached");
    assert_eq!(env.fails(&["site", "create", "Third", "--account", "harbor-law"], 4)["code"], "site_limit_reached");
    let foreign = env.path("foreign.toml");
    std::fs::write(
        &foreign,
        "[[sites]]\naccount = \"northwind\"\nname = \"Dental\"\nindustry = \"healthcare\"\nsectors = [\"plumbing\"]\n",
    )
    .unwrap();
    assert_eq!(env.fails(&["seed", "apply", foreign.to_str().unwrap()], 4)["code"], "sector_not_in_industry");
    let many = env.path("many.toml");
    std::fs::write(&many, "[[sites]]\naccount = \"harbor-law\"\nslug = \"firm\"\nname = \"Harbor & Finch\"\nindustry = \"legal-services\"\nsectors = [\"estate-planning\", \"family-law\", \"immigration-law\", \"criminal-defense\"]\n").unwrap();
    assert_eq!(env.fails(&["seed", "apply", many.to_str().unwrap()], 4)["code"], "sector_limit_exceeded");
    let demote = env.path("demote.toml");
    std::fs::write(
        &demote,
        "[[users]]\nemail = \"maria.lopez@brightsmile.example\"\naccount = \"brightsmile\"\nrole = \"viewer\"\n",
    )
    .unwrap();
    let e = env.fails(&["seed", "apply", demote.to_str().unwrap()], 6);
    assert_eq!(e["code"], "is_account_owner");
    assert_eq!(
        env.fails(&["user", "set-role", "maria.lopez@brightsmile.example", "viewer"], 6)["code"],
        "is_account_owner"
    );
    assert_eq!(env.dump(), before);
    // As a tenant user: refused.
    assert_eq!(
        env.fails(&["seed", "apply", &demo(), "--as", "maria.lopez@brightsmile.example"], 5)["code"],
        "operator_only"
    );
    // A syntax error or an unknown key: one problem with its position.
    let syntax = env.path("syntax.toml");
    std::fs::write(&syntax, "[[plans]]\nslug = \"p\"\nname = \"P\"\ncolour = \"red\"\n").unwrap();
    let e = env.fails(&["seed", "apply", syntax.to_str().unwrap()], 4);
    assert_eq!(e["code"], "fixture_syntax");
    assert_eq!(e["details"]["problems"][0]["line"], 4);
}

#[test]
fn export_apply_export_is_byte_identical_in_toml_and_json() {
    let env = TestEnv::new();
    env.ok(&["seed", "apply", &demo()]);
    env.ok(&["account", "suspend", "northwind"]);
    env.ok(&["plan", "update", "starter", "--inactive"]);
    let first = env.ok(&["seed", "export"]);
    let copy = TestEnv::new();
    let out = copy.run_stdin(&["seed", "apply", "-"], &first);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(copy.ok(&["seed", "export"]), first);
    // JSON, and one account only.
    let json = env.ok(&["seed", "export", "--account", "harbor-law", "--format", "json"]);
    let v: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["accounts"].as_array().unwrap().len(), 1);
    assert_eq!(v["plans"].as_array().unwrap().len(), 1, "only the plans the accounts use");
    let third = TestEnv::new();
    let path = third.path("harbor.json");
    std::fs::write(&path, &json).unwrap();
    third.ok(&["seed", "apply", path.to_str().unwrap()]);
    assert_eq!(third.ok(&["seed", "export", "--json"]), json);
    assert!(!first.contains("password") && !first.contains("igk_"));
    assert_eq!(env.fails(&["seed", "export", "--account", "nope"], 3)["code"], "account_not_found");
    let out = env.path("out.toml");
    env.ok(&["seed", "export", "--output", out.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(out).unwrap(), first);
}

#[test]
fn dry_run_applies_nothing_byte_for_byte() {
    let env = TestEnv::new();
    env.ok(&["db", "init"]);
    let before = env.db_bytes();
    let r = env.json(&["seed", "apply", &demo(), "--dry-run"]);
    assert_eq!(r["dry_run"], true);
    assert!(r["totals"]["created"].as_i64().unwrap() >= 30);
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn secrets_are_referenced_by_environment_variable() {
    let mut env = TestEnv::new();
    env.ok(&["seed", "apply", &demo()]);
    let file = env.path("wp.toml");
    std::fs::write(
        &file,
        "[[integrations]]\nsite = \"northwind/blog\"\nurl = \"https://blog.northwind.example\"\nmode = \"core\"\nusername = \"bot\"\napp_password_env = \"NW_WP_PASS\"\n",
    )
    .unwrap();
    assert_eq!(env.fails(&["seed", "apply", file.to_str().unwrap()], 4)["code"], "missing_secret");
    env.set_env("NW_WP_PASS", "secret-app-password");
    let r = env.json(&["seed", "apply", file.to_str().unwrap()]);
    assert_eq!(r["items"][0]["action"], "created");
    assert!(!env.db_bytes().windows(19).any(|w| w == b"secret-app-password"));
    assert_eq!(env.json(&["wp", "status", "northwind/blog"])["has_credentials"], true);
    assert_eq!(env.json(&["seed", "apply", file.to_str().unwrap()])["items"][0]["action"], "unchanged");
    // A bridge integration's site key, seeded from the environment, is the key the commands use.
    let bridge = env.path("bridge.toml");
    std::fs::write(&bridge, "[[integrations]]\nsite = \"northwind/shop\"\nurl = \"https://shop.northwind.example\"\nmode = \"bridge\"\napi_key_env = \"NW_KEY\"\n").unwrap();
    env.set_env("NW_KEY", "igk_seeded-key-for-the-shop-0123456789abcdef");
    env.ok(&["seed", "apply", bridge.to_str().unwrap()]);
    assert_eq!(
        env.run_stdin(&["wp", "key", "verify", "northwind/shop"], "igk_seeded-key-for-the-shop-0123456789abcdef").code,
        0
    );
    assert_eq!(env.json(&["wp", "status", "northwind/shop"])["mode"], "bridge");
}

/// A fixture with many accounts and sites: big enough that a kill lands mid-apply.
fn large_fixture(accounts: usize, tag: &str) -> String {
    let mut s = String::from(
        "[[plans]]\nslug = \"bulk\"\nname = \"Bulk\"\nmax_sites = 10\nmax_users = 5\nmax_sectors_per_site = 3\n",
    );
    for a in 0..accounts {
        s.push_str(&format!("\n[[accounts]]\nslug = \"bulk-{a}\"\nname = \"Bulk {a}\"\nplan = \"bulk\"\nowner = \"owner@bulk-{a}.example\"\n"));
        for n in 0..5 {
            s.push_str(&format!(
                "\n[[sites]]\naccount = \"bulk-{a}\"\nslug = \"s{n}\"\nname = \"{tag} {a} {n}\"\nindustry = \"healthcare\"\nsectors = [\"dental-clinics\", \"optometry\"]\n"
            ));
        }
    }
    s
}

#[test]
fn a_killed_apply_leaves_the_database_before_or_after() {
    // One fixed clock for both databases, so whole states compare equal, timestamps included.
    let clocked = || {
        let mut env = TestEnv::empty();
        env.set_env("SITECTL_NOW", "2026-01-01T00:00:00Z");
        env.ok(&["db", "init"]);
        env
    };
    let env = clocked();
    let file = env.path("large.toml");
    std::fs::write(&file, large_fixture(150, "Site")).unwrap();
    let before = env.dump();
    // The state after a complete apply, from a copy.
    let done = clocked();
    done.ok(&["seed", "apply", file.to_str().unwrap(), "-q"]);
    let after = done.dump();
    for delay in [5u64, 30, 80, 150, 300] {
        // Each attempt starts from a fresh database: PostgreSQL does not give back the ids a
        // rolled-back attempt drew, so an apply finishing after one would number its rows
        // differently from `after` (same rows, other ids).
        env.remove_database();
        env.ok(&["db", "init"]);
        assert_eq!(env.dump(), before);
        let mut child = env
            .command(&["seed", "apply", file.to_str().unwrap(), "-q"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill();
        let _ = child.wait();
        env.assert_integrity();
        let now = env.dump();
        assert!(now == before || now == after, "after a kill at {delay} ms the database is neither before nor after");
    }
}

#[test]
fn two_overlapping_applies_at_once_never_mix() {
    let env = TestEnv::new();
    env.ok(&["db", "init"]);
    let (a, b) = (env.path("a.toml"), env.path("b.toml"));
    std::fs::write(&a, large_fixture(40, "Alpha")).unwrap();
    std::fs::write(&b, large_fixture(40, "Beta")).unwrap();
    for _ in 0..2 {
        let children: Vec<_> = [&a, &b]
            .iter()
            .map(|f| {
                env.command(&["seed", "apply", f.to_str().unwrap(), "-q"])
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for c in children {
            let out = c.wait_with_output().unwrap();
            assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        }
        let names: std::collections::BTreeSet<String> = env
            .json(&["site", "list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s["name"].as_str().unwrap().split(' ').next().unwrap().to_string())
            .collect();
        assert_eq!(names.len(), 1, "sites from both files: {names:?}");
    }
}

#[test]
fn generate_is_deterministic_and_counts_what_it_wrote() {
    let env = TestEnv::new();
    let r = env.json(&[
        "seed",
        "generate",
        "--accounts",
        "30",
        "--sites-per-account",
        "4",
        "--sectors-per-site",
        "3",
        "--seed",
        "42",
    ]);
    assert_eq!(
        (r["account_count"].as_i64(), r["site_count"].as_i64(), r["sector_count"].as_i64()),
        (Some(30), Some(120), Some(360))
    );
    let info = env.json(&["db", "info"]);
    assert_eq!(info["counts"]["sites"], 120);
    assert_eq!(info["counts"]["sectors"], 360);
    let names = |e: &TestEnv| -> Vec<String> {
        e.json(&["site", "list"])
            .as_array()
            .unwrap()
            .iter()
            .map(|s| format!("{} {} {}", s["account"], s["name"], s["industry"]))
            .collect()
    };
    let other = TestEnv::new();
    other.ok(&[
        "seed",
        "generate",
        "--accounts",
        "30",
        "--sites-per-account",
        "4",
        "--sectors-per-site",
        "3",
        "--seed",
        "42",
    ]);
    assert_eq!(names(&env), names(&other));
    let third = TestEnv::new();
    third.ok(&[
        "seed",
        "generate",
        "--accounts",
        "30",
        "--sites-per-account",
        "4",
        "--sectors-per-site",
        "3",
        "--seed",
        "43",
    ]);
    assert_ne!(names(&env), names(&third));
    // Every limit holds, and the editor sees the account's sites.
    let acct = env.json(&["account", "show", "g42-7"]);
    assert_eq!(acct["over_limits"], serde_json::json!([]));
    assert_eq!(env.json(&["site", "list", "--as", "editor@g42-7.example.com"]).as_array().unwrap().len(), 4);
    assert_eq!(
        env.fails(&["seed", "generate", "--accounts", "1", "--sites-per-account", "1", "--seed", "42"], 6)["code"],
        "already_generated"
    );
    assert_eq!(
        env.fails(
            &[
                "seed",
                "generate",
                "--accounts",
                "1",
                "--sites-per-account",
                "1",
                "--sectors-per-site",
                "50",
                "--seed",
                "9"
            ],
            4
        )["code"],
        "invalid_count"
    );
}

#[test]
fn generate_is_audited_with_the_acting_user() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&[
        "seed",
        "generate",
        "--accounts",
        "2",
        "--sites-per-account",
        "1",
        "--seed",
        "5",
        "--as",
        "dev@acme.example",
    ]);
    let rows = env.json(&["audit", "list", "--target", "seed:generate"]);
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["actor"], "dev@acme.example");
    assert_eq!(rows[0]["outcome"], "2 accounts, 2 sites, 6 sectors");
    let e = env.fails(
        &[
            "seed",
            "generate",
            "--accounts",
            "1",
            "--sites-per-account",
            "1",
            "--seed",
            "6",
            "--as",
            "owner@acme.example",
        ],
        5,
    );
    assert_eq!(e["code"], "operator_only");
}

/// `seed export -o` renames a finished file into place only over a new or regular file; a
/// symbolic link (or a device such as /dev/null) is written through, never replaced.
#[test]
fn export_to_a_link_writes_through_it() {
    let env = TestEnv::new();
    env.seed_basic();
    let real = env.path("real.json");
    let link = env.path("link.json");
    std::fs::write(&real, "old").unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    env.ok(&["seed", "export", "--format", "json", "-o", link.to_str().unwrap()]);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link was replaced");
    let text = std::fs::read_to_string(&real).unwrap();
    assert!(text.starts_with('{') && text.contains("\"plans\""), "{text}");
    // A regular file is replaced whole, and nothing is left beside it.
    let plain = env.path("plain.json");
    env.ok(&["seed", "export", "--format", "json", "-o", plain.to_str().unwrap()]);
    assert_eq!(std::fs::read_to_string(&plain).unwrap(), text);
    let partial: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.contains(".partial-"))
        .collect();
    assert!(partial.is_empty(), "{partial:?}");
}

/// A fixture of two accounts for the equivalence tests below: `changed` edits some objects,
/// adds others, and leaves the rest as they are.
fn small_fixture(changed: bool) -> String {
    let (acme, beta_owner, ed_role, blog_sectors) = if changed {
        ("Acme Two", "x@beta.example", "admin", r#"["dental-clinics", "optometry"]"#)
    } else {
        ("Acme", "o@beta.example", "editor", r#"["dental-clinics", "dermatology"]"#)
    };
    let blog_seo = if changed { r#", "seo_title": "The Blog""# } else { "" };
    let main_active = !changed;
    let extra_user =
        if changed { r#", {"email": "new@acme.example", "account": "acme", "role": "viewer"}"# } else { "" };
    let extra_site = if changed {
        r#", {"account": "acme", "name": "News", "slug": "news", "industry": "healthcare", "sectors": ["dermatology"]}"#
    } else {
        ""
    };
    let extra_grant = if changed { r#", {"site": "acme/news", "user": "vi@acme.example"}"# } else { "" };
    format!(
        r#"{{
  "plans": [{{"slug": "p", "name": "P", "max_sites": 5, "max_users": 5, "max_sectors_per_site": 3}}],
  "accounts": [
    {{"slug": "acme", "name": "{acme}", "plan": "p", "owner": "o@acme.example"}},
    {{"slug": "beta", "name": "Beta", "plan": "p", "owner": "{beta_owner}"}}
  ],
  "users": [
    {{"email": "ed@acme.example", "account": "acme", "role": "{ed_role}"}},
    {{"email": "vi@acme.example", "account": "acme", "role": "viewer", "name": "Vi"}}{extra_user}
  ],
  "sites": [
    {{"account": "acme", "name": "Blog", "slug": "blog", "industry": "healthcare", "sectors": {blog_sectors}{blog_seo}}},
    {{"account": "acme", "name": "Shop", "slug": "shop"}},
    {{"account": "beta", "name": "Main", "slug": "main", "active": {main_active}}}{extra_site}
  ],
  "grants": [{{"site": "acme/blog", "user": "ed@acme.example"}}{extra_grant}]
}}"#
    )
}

/// What a database holds, as the commands show it (ids and times aside).
fn observed(env: &TestEnv) -> String {
    let mut out = env.ok(&["seed", "export", "--format", "json"]);
    for site in ["acme/blog", "acme/shop", "beta/main"] {
        let rows = env.json(&["sectors", "list", site, "--all"]);
        let view: Vec<String> = rows
            .as_array()
            .unwrap()
            .iter()
            .map(|s| format!("{} {}", s["slug"], s["deactivated_at"].is_null()))
            .collect();
        out.push_str(&format!("\n{site}: {view:?}"));
    }
    let sites: Vec<String> = env
        .json(&["site", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|s| format!("{} {}", s["slug"], s["status"]))
        .collect();
    out + &format!("\n{sites:?}")
}

#[test]
fn seed_apply_leaves_what_the_commands_leave() {
    // New objects: the file applied at once, against the same objects made command by command.
    let applied = TestEnv::new();
    let file = applied.path("small.json");
    std::fs::write(&file, small_fixture(false)).unwrap();
    let report = applied.json(&["seed", "apply", file.to_str().unwrap()]);
    assert_eq!(report["totals"]["created"], 9, "{report}");
    let by_hand = TestEnv::new();
    for args in [
        &["plan", "create", "p", "--name", "P", "--max-sites", "5", "--max-users", "5", "--max-sectors-per-site", "3"]
            [..],
        &["account", "create", "acme", "--name", "Acme", "--plan", "p", "--owner", "o@acme.example"],
        &["account", "create", "beta", "--name", "Beta", "--plan", "p", "--owner", "o@beta.example"],
        &["user", "add", "ed@acme.example", "--account", "acme", "--role", "editor"],
        &["user", "add", "vi@acme.example", "--account", "acme", "--role", "viewer", "--name", "Vi"],
        &["site", "create", "Blog", "--account", "acme", "--slug", "blog"],
        &["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics,dermatology"],
        &["site", "create", "Shop", "--account", "acme", "--slug", "shop"],
        &["site", "create", "Main", "--account", "beta", "--slug", "main", "--active"],
        &["access", "grant", "acme/blog", "ed@acme.example"],
    ] {
        by_hand.ok(args);
    }
    assert_eq!(observed(&applied), observed(&by_hand));

    // Changes, additions and untouched objects in one file, against the commands for the changes.
    std::fs::write(&file, small_fixture(true)).unwrap();
    let report = applied.json(&["seed", "apply", file.to_str().unwrap()]);
    let actions: Vec<String> = report["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            format!("{} {} {}", i["kind"].as_str().unwrap(), i["key"].as_str().unwrap(), i["action"].as_str().unwrap())
        })
        .collect();
    assert_eq!(
        actions,
        [
            "plan p unchanged",
            "account acme updated",
            "account beta updated",
            "user ed@acme.example updated",
            "user vi@acme.example unchanged",
            "user new@acme.example created",
            "site acme/blog updated",
            "site acme/shop unchanged",
            "site beta/main updated",
            "site acme/news created",
            "grant acme/blog ed@acme.example unchanged",
            "grant acme/news vi@acme.example created",
        ]
    );
    for args in [
        &[
            "account",
            "create",
            "acme",
            "--name",
            "Acme Two",
            "--plan",
            "p",
            "--owner",
            "o@acme.example",
            "--if-exists",
            "update",
        ][..],
        &[
            "account",
            "create",
            "beta",
            "--name",
            "Beta",
            "--plan",
            "p",
            "--owner",
            "x@beta.example",
            "--if-exists",
            "update",
        ],
        &["user", "set-role", "ed@acme.example", "admin"],
        &["user", "add", "new@acme.example", "--account", "acme", "--role", "viewer"],
        &["site", "update", "acme/blog", "--seo-title", "The Blog"],
        &["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics,optometry"],
        &["site", "deactivate", "beta/main"],
        &["site", "create", "News", "--account", "acme", "--slug", "news"],
        &["sectors", "select", "acme/news", "--industry", "healthcare", "--sectors", "dermatology"],
        &["access", "grant", "acme/news", "vi@acme.example"],
    ] {
        by_hand.ok(args);
    }
    assert_eq!(observed(&applied), observed(&by_hand));
    // And once more: everything is as the file says.
    let again = applied.json(&["seed", "apply", file.to_str().unwrap()]);
    assert_eq!(again["totals"]["unchanged"], 12, "{again}");
}

/// One object of every section, as `seed export` writes it back (every field explicit), so a
/// section's export can be held to exactly what its apply took.
fn one_of_every_section() -> Value {
    serde_json::json!({
        "plans": [{"slug": "p", "name": "P", "max_sites": 2, "max_users": 3, "max_sectors_per_site": 3}],
        "accounts": [{"slug": "acme", "name": "Acme", "plan": "p", "status": "active", "owner": "o@acme.example"}],
        "users": [
            {"email": "o@acme.example", "account": "acme", "role": "owner"},
            {"email": "w@acme.example", "account": "acme", "role": "editor", "name": "Wren"}
        ],
        "sites": [{"account": "acme", "name": "Blog", "slug": "blog", "hosting_type": "wordpress",
                   "site_type": "blog", "active": true, "industry": "healthcare",
                   "sectors": ["dental-clinics", "dermatology"], "seo_title": "The blog"}],
        "grants": [{"site": "acme/blog", "user": "w@acme.example"}],
        "integrations": [{"site": "acme/blog", "url": "https://blog.acme.example/", "mode": "anonymous"}],
        "content": [{"site": "acme/blog", "sector": "dental-clinics", "title": "Brushing 101",
                     "slug": "brushing-101", "body": "<p>Brush.</p>", "tags": ["teeth"], "status": "approved"}]
    })
}

/// Every section of the list exports exactly what it applies: a section added to seeding
/// without an export (or with one that drops its objects) fails here, and so does one this
/// test has no object of.
#[test]
fn every_section_exports_what_it_applies() {
    let fixture = one_of_every_section();
    let sections: Vec<&str> = fixture.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(sections, sitectl::ops::seed::SECTIONS, "one_of_every_section needs an object of every section");
    let env = TestEnv::new();
    let file = env.path("every.json");
    std::fs::write(&file, fixture.to_string()).unwrap();
    env.ok(&["seed", "apply", file.to_str().unwrap()]);
    let exported: Value = serde_json::from_str(&env.ok(&["seed", "export", "--format", "json"])).unwrap();
    for section in sitectl::ops::seed::SECTIONS {
        assert_eq!(exported[section], fixture[section], "section {section}: exported is not what was applied");
    }
}

/// A withdrawn plan that accounts of the file are already on is left withdrawn, not offered
/// and withdrawn again: applying the file again reports everything unchanged and writes nothing.
#[test]
fn a_withdrawn_plan_in_use_reapplies_unchanged() {
    let env = TestEnv::new();
    env.ok(&["seed", "apply", &demo()]);
    let file = env.path("b.toml");
    env.ok(&["seed", "export", "--account", "brightsmile", "--output", file.to_str().unwrap()]);
    let text =
        std::fs::read_to_string(&file).unwrap().replace("slug = \"growth\"\n", "slug = \"growth\"\nactive = false\n");
    std::fs::write(&file, text).unwrap();
    let first = env.json(&["seed", "apply", file.to_str().unwrap()]);
    assert_eq!(first["totals"]["updated"], 1, "{first}");
    assert_eq!(env.json(&["plan", "show", "growth"])["is_active"], false);
    let before = env.dump();
    let again = env.json(&["seed", "apply", file.to_str().unwrap()]);
    assert!(again["items"].as_array().unwrap().iter().all(|i| i["action"] == "unchanged"), "{again}");
    let without_audit = |d: &str| without_table(&without_table(d, "audit_log"), "audit_targets");
    assert_eq!(without_audit(&env.dump()), without_audit(&before));
}
