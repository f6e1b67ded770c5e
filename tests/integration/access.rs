//! Site access grants.

use crate::support::TestEnv;

#[test]
fn grant_revoke_list_and_idempotence() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["site", "create", "Shop", "--account", "acme"]);
    env.ok(&["site", "create", "Portal", "--account", "globex"]);
    let g = env.json(&["access", "grant", "acme/blog", "editor@acme.example"]);
    assert_eq!(
        (g["changed"].as_bool(), g["site"].as_str(), g["granted_by"].as_str()),
        (Some(true), Some("acme/blog"), Some("operator"))
    );
    let again = env.run(&["access", "grant", "acme/blog", "editor@acme.example", "--json"]);
    assert_eq!(again.code, 0);
    assert_eq!(again.json()["changed"], false);
    assert!(again.stderr.contains("Warning:"));
    env.ok(&["access", "grant", "acme/shop", "editor@acme.example", "--as", "owner@acme.example"]);
    env.ok(&["access", "grant", "acme/shop", "viewer@acme.example"]);
    assert_eq!(env.json(&["access", "list", "acme/shop"]).as_array().unwrap().len(), 2);
    let mine = env.json(&["access", "list", "--user", "editor@acme.example"]);
    assert_eq!(
        mine.as_array().unwrap().iter().map(|g| g["site"].as_str().unwrap()).collect::<Vec<_>>(),
        ["acme/blog", "acme/shop"]
    );
    assert_eq!(env.json(&["access", "list", "--as", "editor@acme.example"]).as_array().unwrap().len(), 2);
    assert_eq!(env.json(&["access", "list", "--as", "owner@globex.example"]), serde_json::json!([]));
    let table = env.ok(&["access", "list"]);
    assert_eq!(table.lines().next().unwrap(), "id\tsite_id\tsite\tuser\trole\tgranted_by\tcreated_at");
    assert_eq!(table.lines().count(), 4);
    // The user must belong to the site's account.
    let before = env.dump();
    let e = env.fails(&["access", "grant", "globex/portal", "editor@acme.example"], 4);
    assert_eq!(e["code"], "user_not_in_account");
    assert_eq!(env.fails(&["access", "grant", "acme/blog", "nobody@acme.example"], 3)["code"], "user_not_found");
    assert_eq!(env.fails(&["access", "grant", "acme/nope", "editor@acme.example"], 3)["code"], "site_not_found");
    assert_eq!(env.dump(), before);
    let r = env.json(&["access", "revoke", "acme/blog", "editor@acme.example"]);
    assert_eq!(r["changed"], true);
    assert_eq!(env.json(&["access", "revoke", "acme/blog", "editor@acme.example"])["changed"], false);
    assert_eq!(env.json(&["site", "list", "--as", "editor@acme.example"]).as_array().unwrap().len(), 1);
    let audit = env.json(&["audit", "list", "--target", "user:editor@acme.example"]);
    let actions: Vec<&str> = audit.as_array().unwrap().iter().map(|a| a["outcome"].as_str().unwrap()).collect();
    assert_eq!(actions, ["created", "granted", "unchanged", "granted", "revoked", "unchanged"]);
    let owner_row = audit.as_array().unwrap().iter().find(|a| a["actor"] == "owner@acme.example");
    assert!(owner_row.is_some(), "mutations are audited with the acting user");
}
