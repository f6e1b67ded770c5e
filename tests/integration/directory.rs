//! Plans, accounts, users and the industry taxonomy.

use crate::support::TestEnv;

#[test]
fn plans_create_list_show_update_and_if_exists() {
    let env = TestEnv::new();
    let p = env.json(&[
        "plan",
        "create",
        "starter",
        "--name",
        "Starter",
        "--max-sites",
        "2",
        "--max-users",
        "1",
        "--max-sectors-per-site",
        "3",
    ]);
    assert_eq!((p["action"].as_str(), p["max_sites"].as_i64()), (Some("created"), Some(2)));
    // skip keeps the existing one untouched, update changes it, error refuses.
    let skip = env.json(&["plan", "create", "starter", "--name", "Other", "--max-sites", "9", "--if-exists", "skip"]);
    assert_eq!((skip["action"].as_str(), skip["name"].as_str()), (Some("unchanged"), Some("Starter")));
    let upd = env.json(&[
        "plan",
        "create",
        "starter",
        "--name",
        "Starter",
        "--max-sites",
        "4",
        "--max-users",
        "1",
        "--max-sectors-per-site",
        "3",
        "--if-exists",
        "update",
    ]);
    assert_eq!((upd["action"].as_str(), upd["max_sites"].as_i64()), (Some("updated"), Some(4)));
    let same = env.json(&[
        "plan",
        "create",
        "starter",
        "--name",
        "Starter",
        "--max-sites",
        "4",
        "--max-users",
        "1",
        "--max-sectors-per-site",
        "3",
        "--if-exists",
        "update",
    ]);
    assert_eq!(same["action"], "unchanged");
    let e = env.fails(&["plan", "create", "starter", "--name", "Starter"], 6);
    assert!(e["hint"].as_str().unwrap().contains("--if-exists"));
    let table = env.ok(&["plan", "show", "starter"]);
    assert!(table.contains("max_sites\t4\n") && table.contains("account_count\t0\n"), "{table}");
    let u = env.json(&["plan", "update", "starter", "--inactive", "--max-users", "2"]);
    assert_eq!(
        (u["changed"].as_bool(), u["is_active"].as_bool(), u["max_users"].as_i64()),
        (Some(true), Some(false), Some(2))
    );
    let out = env.run(&["plan", "update", "starter", "--max-users", "2"]);
    assert_eq!(out.code, 0);
    assert!(out.stderr.contains("Warning:") && out.stderr.contains("unchanged"), "{}", out.stderr);
    assert_eq!(env.fails(&["plan", "update", "nope", "--max-users", "2"], 3)["code"], "plan_not_found");
    assert_eq!(env.fails(&["plan", "update", "starter", "--max-users", "0"], 4)["code"], "invalid_limit");
    assert_eq!(env.fails(&["plan", "create", "x", "--name", "   "], 4)["code"], "invalid_name");
}

#[test]
fn accounts_with_owner_usage_plan_changes_and_status() {
    let env = TestEnv::new();
    env.ok(&[
        "plan",
        "create",
        "small",
        "--name",
        "Small",
        "--max-sites",
        "1",
        "--max-users",
        "2",
        "--max-sectors-per-site",
        "1",
    ]);
    env.ok(&[
        "plan",
        "create",
        "big",
        "--name",
        "Big",
        "--max-sites",
        "5",
        "--max-users",
        "5",
        "--max-sectors-per-site",
        "5",
    ]);
    env.ok(&["plan", "create", "legacy", "--name", "Legacy", "--inactive"]);
    let a = env.json(&[
        "account",
        "create",
        "acme",
        "--name",
        "Acme",
        "--plan",
        "big",
        "--owner",
        "Jane@Acme.example",
        "--owner-name",
        "Jane",
        "--status",
        "trial",
    ]);
    assert_eq!(a["action"], "created");
    assert_eq!(a["owner"], "jane@acme.example", "emails are stored lowercased");
    assert_eq!(a["status"], "trial");
    assert_eq!(a["user_usage"]["used"], 1);
    let owner = env.json(&["user", "show", "jane@acme.example"]);
    assert_eq!((owner["role"].as_str(), owner["name"].as_str()), (Some("owner"), Some("Jane")));
    assert_eq!(
        env.fails(&["account", "create", "x", "--name", "X", "--plan", "legacy", "--owner", "x@x.example"], 4)["code"],
        "plan_inactive"
    );
    assert_eq!(
        env.fails(&["account", "create", "x", "--name", "X", "--plan", "nope", "--owner", "x@x.example"], 3)["code"],
        "plan_not_found"
    );
    assert_eq!(
        env.fails(&["account", "create", "other", "--name", "O", "--plan", "big", "--owner", "jane@acme.example"], 6)
            ["code"],
        "user_in_other_account"
    );
    let skip = env.json(&[
        "account",
        "create",
        "acme",
        "--name",
        "Changed",
        "--plan",
        "big",
        "--owner",
        "jane@acme.example",
        "--if-exists",
        "skip",
    ]);
    assert_eq!((skip["action"].as_str(), skip["name"].as_str()), (Some("unchanged"), Some("Acme")));
    let upd = env.json(&[
        "account",
        "create",
        "acme",
        "--name",
        "Acme Two",
        "--plan",
        "big",
        "--owner",
        "jane@acme.example",
        "--status",
        "active",
        "--if-exists",
        "update",
    ]);
    assert_eq!(
        (upd["action"].as_str(), upd["name"].as_str(), upd["status"].as_str()),
        (Some("updated"), Some("Acme Two"), Some("active"))
    );

    // Usage and a downgrade below what exists.
    env.ok(&["site", "create", "One", "--account", "acme"]);
    env.ok(&["site", "create", "Two", "--account", "acme"]);
    env.ok(&["user", "add", "ed@acme.example", "--account", "acme", "--role", "editor"]);
    env.ok(&["user", "add", "vi@acme.example", "--account", "acme", "--role", "viewer"]);
    let moved = env.run(&["account", "set-plan", "acme", "small", "--json"]);
    assert_eq!(moved.code, 0);
    assert!(moved.stderr.contains("over the new plan's limit"), "{}", moved.stderr);
    let moved = moved.json();
    assert_eq!(moved["changed"], true);
    assert_eq!(moved["site_usage"], serde_json::json!({"used": 2, "limit": 1, "over": true}));
    assert_eq!(moved["user_usage"], serde_json::json!({"used": 3, "limit": 2, "over": true}));
    assert_eq!(moved["over_limits"].as_array().unwrap().len(), 2);
    assert_eq!(env.fails(&["site", "create", "Three", "--account", "acme"], 4)["code"], "site_limit_reached");
    assert_eq!(
        env.fails(&["user", "add", "more@acme.example", "--account", "acme", "--role", "viewer"], 4)["code"],
        "user_limit_reached"
    );
    assert_eq!(env.fails(&["account", "set-plan", "acme", "legacy"], 4)["code"], "plan_inactive");
    let shown = env.run(&["account", "show", "acme"]);
    assert!(shown.stdout.contains("over_limits.0\t2 sites"), "{}", shown.stdout);
    assert!(shown.stderr.contains("over plan limit"), "{}", shown.stderr);

    // Status verbs, with idempotent no-ops.
    assert_eq!(env.json(&["account", "suspend", "acme"])["status"], "suspended");
    let again = env.run(&["account", "suspend", "acme", "--json"]);
    assert_eq!(again.code, 0);
    assert_eq!(again.json()["changed"], false);
    assert!(again.stderr.contains("Warning:"));
    assert_eq!(env.json(&["account", "cancel", "acme", "--yes"])["status"], "cancelled");
    assert_eq!(env.fails(&["account", "suspend", "acme"], 6)["code"], "invalid_transition");
    assert_eq!(env.json(&["account", "reactivate", "acme"])["status"], "active");
    let renamed = env.json(&["account", "update", "acme", "--name", "Acme Three"]);
    assert_eq!(renamed["name"], "Acme Three");
    let list = env.ok(&["account", "list"]);
    assert_eq!(list.lines().next().unwrap(), "id\tslug\tname\tstatus\tplan\towner");
    assert_eq!(env.json(&["account", "list", "--status", "suspended"]), serde_json::json!([]));
}

#[test]
fn users_add_list_show_set_role_remove() {
    let env = TestEnv::new();
    env.seed_basic();
    let u =
        env.json(&["user", "add", "New@Acme.example", "--account", "acme", "--role", "viewer", "--name", "New Person"]);
    assert_eq!((u["email"].as_str(), u["action"].as_str()), (Some("new@acme.example"), Some("created")));
    assert_eq!(
        env.fails(&["user", "add", "new@acme.example", "--account", "acme", "--role", "viewer"], 6)["code"],
        "user_exists"
    );
    assert_eq!(
        env.json(&["user", "add", "new@acme.example", "--account", "acme", "--role", "editor", "--if-exists", "skip"])
            ["role"],
        "viewer"
    );
    let upd = env.json(&[
        "user",
        "add",
        "new@acme.example",
        "--account",
        "acme",
        "--role",
        "editor",
        "--if-exists",
        "update",
    ]);
    assert_eq!(
        (upd["action"].as_str(), upd["role"].as_str(), upd["name"].as_str()),
        (Some("updated"), Some("editor"), Some("New Person"))
    );
    assert_eq!(
        env.fails(&["user", "add", "new@acme.example", "--account", "globex", "--role", "viewer"], 6)["code"],
        "user_in_other_account"
    );
    let list = env.json(&["user", "list", "--account", "globex"]);
    assert_eq!(list.as_array().unwrap().len(), 2);
    assert_eq!(env.json(&["user", "list"]).as_array().unwrap().len(), 9);
    let table = env.ok(&["user", "list", "--account", "globex"]);
    assert_eq!(table.lines().next().unwrap(), "id\temail\tname\trole\taccount");
    let r = env.json(&["user", "set-role", "new@acme.example", "admin"]);
    assert_eq!((r["changed"].as_bool(), r["role"].as_str()), (Some(true), Some("admin")));
    assert_eq!(env.json(&["user", "set-role", "new@acme.example", "admin"])["changed"], false);
    assert_eq!(env.fails(&["user", "set-role", "owner@acme.example", "viewer"], 6)["code"], "is_account_owner");
    assert_eq!(env.fails(&["user", "remove", "owner@acme.example", "--yes"], 6)["code"], "is_account_owner");
    env.ok(&["user", "remove", "new@acme.example", "--yes"]);
    assert_eq!(env.fails(&["user", "show", "new@acme.example"], 3)["code"], "user_not_found");
    // Users manage users of their own account only, by role.
    let e = env.fails(
        &["user", "add", "x@acme.example", "--account", "acme", "--role", "viewer", "--as", "editor@acme.example"],
        5,
    );
    assert_eq!(e["code"], "permission_denied");
    env.ok(&["user", "add", "x@acme.example", "--account", "acme", "--role", "viewer", "--as", "admin@acme.example"]);
    assert_eq!(
        env.fails(
            &[
                "user",
                "add",
                "y@acme.example",
                "--account",
                "acme",
                "--role",
                "developer",
                "--as",
                "owner@acme.example"
            ],
            5
        )["code"],
        "permission_denied"
    );
    assert_eq!(
        env.fails(
            &[
                "user",
                "add",
                "z@globex.example",
                "--account",
                "globex",
                "--role",
                "viewer",
                "--as",
                "owner@acme.example"
            ],
            3
        )["code"],
        "account_not_found"
    );
    assert_eq!(
        env.fails(&["user", "show", "owner@globex.example", "--as", "owner@acme.example"], 3)["code"],
        "user_not_found"
    );
    assert_eq!(env.json(&["user", "list", "--as", "viewer@acme.example"]).as_array().unwrap().len(), 7);
}

#[test]
fn industries_list_show_and_import_upserts_without_deleting() {
    let env = TestEnv::new();
    let list = env.json(&["industry", "list"]);
    let list = list.as_array().unwrap();
    assert!(list.len() >= 20);
    let total: i64 = list.iter().map(|i| i["sector_count"].as_i64().unwrap()).sum();
    assert!(total >= 150, "{total}");
    let hc = env.json(&["industry", "show", "healthcare"]);
    assert!(hc["sectors"].as_array().unwrap().iter().any(|s| s["slug"] == "dental-clinics"));
    let table = env.ok(&["industry", "list"]);
    assert_eq!(table.lines().next().unwrap(), "id\tslug\tname\tsector_count\tis_active");

    let file = env.path("tax.toml");
    std::fs::write(
        &file,
        "[[industry]]\nslug = 'healthcare'\nname = 'Health Care'\ndescription = 'Clinics, practices, hospitals and care providers'\n\
         sectors = [{ slug = 'dental-clinics', name = 'Dental Clinics', active = false }, { slug = 'telehealth', name = 'Telehealth' }]\n\
         [[industry]]\nslug = 'space'\nname = 'Space'\nsectors = [{ slug = 'launch-services', name = 'Launch Services' }]\n",
    )
    .unwrap();
    let r = env.json(&["industry", "import", file.to_str().unwrap()]);
    assert_eq!(r["industries_created"], serde_json::json!(["space"]));
    assert_eq!(r["industries_updated"], serde_json::json!(["healthcare"]));
    assert_eq!(r["sectors_created"], serde_json::json!(["healthcare/telehealth", "space/launch-services"]));
    assert_eq!(r["sectors_updated"], serde_json::json!(["healthcare/dental-clinics"]));
    let again = env.json(&["industry", "import", file.to_str().unwrap()]);
    assert_eq!(again["industries_unchanged"], 2);
    assert_eq!(again["sectors_unchanged"], 3);
    let hc = env.json(&["industry", "show", "healthcare"]);
    let dental = hc["sectors"].as_array().unwrap().iter().find(|s| s["slug"] == "dental-clinics").unwrap().clone();
    assert_eq!(dental["is_active"], false, "deactivated, not deleted");
    // Import is for operators, and bad files are refused whole.
    assert_eq!(
        env.fails(&["industry", "import", file.to_str().unwrap(), "--as", "nobody@x.example"], 3)["code"],
        "actor_not_found"
    );
    std::fs::write(&file, "[[industry]]\nslug = 'Bad Slug'\nname = 'x'\n").unwrap();
    let before = env.dump();
    assert_eq!(env.fails(&["industry", "import", file.to_str().unwrap()], 4)["code"], "invalid_taxonomy");
    assert_eq!(env.dump(), before);
    assert_eq!(env.fails(&["industry", "import", "/nonexistent.toml"], 3)["code"], "file_unreadable");
}
