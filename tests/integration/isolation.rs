//! Tenant isolation as a property: over random tenants, users, roles and grants, every read
//! command run as every user shows nothing of what that user may not see, and naming something
//! invisible answers exactly as naming something that does not exist.
//!
//! Every account, user and site carries a unique tag (`z012q`) in its slug, email and name, so
//! "an identifier of an invisible object appears" is a plain substring test.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use serde_json::{json, Value};

use crate::support::{Out, TestEnv};

const ROLES: [&str; 6] = ["admin", "editor", "viewer", "system_bot", "developer", "owner"];

#[derive(Debug, Clone)]
struct TenantSpec {
    /// Roles of the users besides the owner (indexes into ROLES, "owner" means a second owner).
    roles: Vec<usize>,
    sites: usize,
    /// For each (user, site) pair, whether a grant exists (used for editors and viewers).
    grants: Vec<bool>,
}

fn tenant() -> impl Strategy<Value = TenantSpec> {
    (prop::collection::vec(0..5usize, 1..4), 1..4usize, prop::collection::vec(any::<bool>(), 12))
        .prop_map(|(roles, sites, grants)| TenantSpec { roles, sites, grants })
}

struct World {
    /// tag -> (kind, account index)
    accounts: Vec<Account>,
}

/// Indexes of the accounts, (account, user)s and (account, site)s a user may not see.
type Invisible = (Vec<usize>, Vec<(usize, usize)>, Vec<(usize, usize)>);

struct Account {
    tag: String,
    users: Vec<(String, String, String)>, // (tag, email, role)
    sites: Vec<(String, String)>,         // (tag, slug)
    grants: BTreeSet<(usize, usize)>,     // (user index, site index)
}

impl World {
    fn build(specs: &[TenantSpec]) -> (World, Value) {
        let mut n = 0;
        let mut tag = || {
            n += 1;
            format!("z{n:03}q")
        };
        let mut fixture = json!({
            "plans": [{"slug": "plan", "name": "Plan", "max_sites": 10, "max_users": 10, "max_sectors_per_site": 3}],
            "accounts": [], "users": [], "sites": [], "grants": []
        });
        let mut accounts = Vec::new();
        for spec in specs {
            let at = tag();
            let slug = format!("acct-{at}");
            let owner_tag = tag();
            let owner = format!("user-{owner_tag}@example.com");
            fixture["accounts"].as_array_mut().unwrap().push(json!({
                "slug": slug, "name": format!("Account {at}"), "plan": "plan", "owner": owner, "owner_name": format!("User {owner_tag}")
            }));
            let mut users = vec![(owner_tag, owner, "owner".to_string())];
            for &r in &spec.roles {
                let ut = tag();
                let role = ROLES[r].to_string();
                let email = format!("user-{ut}@example.com");
                fixture["users"].as_array_mut().unwrap().push(json!({
                    "email": email, "account": slug, "role": role, "name": format!("User {ut}")
                }));
                users.push((ut, email, role));
            }
            let mut sites = Vec::new();
            for _ in 0..spec.sites {
                let st = tag();
                let site_slug = format!("site-{st}");
                fixture["sites"].as_array_mut().unwrap().push(json!({
                    "account": slug, "name": format!("Site {st}"), "slug": site_slug, "active": true,
                    "industry": "healthcare", "sectors": ["dental-clinics"]
                }));
                sites.push((st, site_slug));
            }
            let mut grants = BTreeSet::new();
            for (ui, (_, email, role)) in users.iter().enumerate() {
                if role != "editor" && role != "viewer" {
                    continue;
                }
                for (si, (_, site_slug)) in sites.iter().enumerate() {
                    if spec.grants[(ui * 3 + si) % spec.grants.len()] {
                        grants.insert((ui, si));
                        fixture["grants"]
                            .as_array_mut()
                            .unwrap()
                            .push(json!({"site": format!("{slug}/{site_slug}"), "user": email}));
                    }
                }
            }
            accounts.push(Account { tag: at, users, sites, grants });
        }
        (World { accounts }, fixture)
    }

    fn slug(&self, a: usize) -> String {
        format!("acct-{}", self.accounts[a].tag)
    }

    /// Tags the user (account a, user u) may not see, by kind.
    fn invisible(&self, a: usize, u: usize) -> Invisible {
        let role = self.accounts[a].users[u].2.as_str();
        let mut accounts = Vec::new();
        let mut users = Vec::new();
        let mut sites = Vec::new();
        if role == "developer" {
            return (accounts, users, sites);
        }
        for (ai, acc) in self.accounts.iter().enumerate() {
            if ai != a {
                accounts.push(ai);
                users.extend((0..acc.users.len()).map(|ui| (ai, ui)));
                sites.extend((0..acc.sites.len()).map(|si| (ai, si)));
            } else if role == "editor" || role == "viewer" {
                sites.extend((0..acc.sites.len()).filter(|si| !acc.grants.contains(&(u, *si))).map(|si| (ai, si)));
            }
        }
        (accounts, users, sites)
    }
}

/// Replaces every tag of the form zNNNq in `text` by its twin in `map`.
fn retag(text: &str, map: &BTreeMap<String, String>) -> String {
    let mut out = text.to_string();
    for (from, to) in map {
        out = out.replace(from.as_str(), to);
    }
    out
}

fn assert_clean(out: &Out, forbidden: &[String], site_ids: &BTreeSet<i64>, what: &str) {
    for tag in forbidden {
        assert!(
            !out.stdout.contains(tag.as_str()) && !out.stderr.contains(tag.as_str()),
            "{what}: shows {tag}, which the user may not see\nstdout: {}\nstderr: {}",
            out.stdout,
            out.stderr
        );
    }
    assert_ne!(out.code, 101, "{what} panicked");
    if let Ok(v) = serde_json::from_str::<Value>(&out.stdout) {
        let mut ids = Vec::new();
        collect_site_ids(&v, &mut ids);
        for id in ids {
            assert!(!site_ids.contains(&id), "{what}: shows the id {id} of an invisible site\n{}", out.stdout);
        }
    }
}

fn collect_site_ids(v: &Value, out: &mut Vec<i64>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if k == "site_id" {
                    out.extend(x.as_i64());
                }
                collect_site_ids(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| collect_site_ids(x, out)),
        _ => {}
    }
}

fn check_world(specs: Vec<TenantSpec>) {
    let env = TestEnv::new();
    let (world, fixture) = World::build(&specs);
    let file = env.path("world.json");
    std::fs::write(&file, fixture.to_string()).unwrap();
    env.ok(&["seed", "apply", file.to_str().unwrap()]);
    let all_sites = env.json(&["site", "list"]);
    let ids: BTreeMap<String, i64> = all_sites
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["slug"].as_str().unwrap().to_string(), s["id"].as_i64().unwrap()))
        .collect();

    for (a, acc) in world.accounts.iter().enumerate() {
        for (u, (_, email, _)) in acc.users.iter().enumerate() {
            let (inv_accounts, inv_users, inv_sites) = world.invisible(a, u);
            let mut forbidden: Vec<String> = inv_accounts.iter().map(|&x| world.accounts[x].tag.clone()).collect();
            forbidden.extend(inv_users.iter().map(|&(x, y)| world.accounts[x].users[y].0.clone()));
            forbidden.extend(inv_sites.iter().map(|&(x, y)| world.accounts[x].sites[y].0.clone()));
            let inv_ids: BTreeSet<i64> = inv_sites.iter().map(|&(x, y)| ids[&world.accounts[x].sites[y].1]).collect();
            let run = |args: &[&str]| {
                let mut full = args.to_vec();
                full.extend(["--as", email.as_str()]);
                env.run(&full)
            };
            // (a) Every read, in JSON and as a table, shows nothing invisible.
            let own = world.slug(a);
            let mut reads: Vec<Vec<String>> = [
                "site list",
                "site list --deleted",
                "account list",
                "user list",
                "access list",
                "plan list",
                "plan show plan",
                "audit list",
                "db info",
                "db doctor",
                "seed export",
                "config show",
                "industry list",
            ]
            .iter()
            .map(|c| c.split(' ').map(String::from).collect())
            .collect();
            reads.push(vec!["account".into(), "show".into(), own.clone()]);
            reads.push(vec!["user".into(), "list".into(), "--account".into(), own.clone()]);
            reads.push(vec!["site".into(), "list".into(), "--account".into(), own.clone()]);
            for (si, (_, slug)) in acc.sites.iter().enumerate() {
                if inv_sites.contains(&(a, si)) {
                    continue;
                }
                let q = format!("{own}/{slug}");
                for verb in [
                    &["site", "show"][..],
                    &["sectors", "list"],
                    &["access", "list"],
                    &["wp", "status"],
                    &["wp", "events"],
                    &["wp", "content", "list"],
                    &["wp", "terms", "list"],
                    &["wp", "key", "show"],
                ] {
                    let mut c: Vec<String> = verb.iter().map(|s| s.to_string()).collect();
                    c.push(q.clone());
                    reads.push(c);
                }
            }
            for (_, other, _) in &acc.users {
                reads.push(vec!["user".into(), "show".into(), other.clone()]);
                reads.push(vec!["access".into(), "list".into(), "--user".into(), other.clone()]);
            }
            for cmd in &reads {
                let args: Vec<&str> = cmd.iter().map(String::as_str).collect();
                for format in [&["--json"][..], &["--format", "table"]] {
                    let mut full = args.clone();
                    full.extend(format);
                    assert_clean(&run(&full), &forbidden, &inv_ids, &format!("{email}: {full:?}"));
                }
            }
            // (b) Naming an invisible object answers exactly like naming a missing one.
            let mut twin_n = 900;
            let mut twin = |tags: &[&str]| -> BTreeMap<String, String> {
                tags.iter()
                    .map(|t| {
                        twin_n += 1;
                        (t.to_string(), format!("z{twin_n:03}q"))
                    })
                    .collect()
            };
            let mut probes: Vec<(Vec<String>, BTreeMap<String, String>)> = Vec::new();
            for &(x, y) in &inv_sites {
                let acc_x = &world.accounts[x];
                let (st, slug) = &acc_x.sites[y];
                let q = format!("{}/{slug}", world.slug(x));
                let map = twin(&[&acc_x.tag, st]);
                for verb in [
                    &["site", "show"][..],
                    &["sectors", "list"],
                    &["access", "list"],
                    &["wp", "status"],
                    &["site", "update"],
                ] {
                    let mut c: Vec<String> = verb.iter().map(|s| s.to_string()).collect();
                    c.push(q.clone());
                    probes.push((c.clone(), map.clone()));
                    // The bare slug too.
                    c.pop();
                    c.push(slug.clone());
                    probes.push((c, map.clone()));
                }
                probes.push((vec!["site".into(), "show".into(), format!("#{}", ids[slug])], BTreeMap::new()));
            }
            for &x in &inv_accounts {
                let map = twin(&[&world.accounts[x].tag]);
                let s = world.slug(x);
                probes.push((vec!["account".into(), "show".into(), s.clone()], map.clone()));
                probes.push((vec!["user".into(), "list".into(), "--account".into(), s.clone()], map.clone()));
                probes.push((vec!["site".into(), "list".into(), "--account".into(), s.clone()], map.clone()));
                probes.push((
                    vec![
                        "site".into(),
                        "create".into(),
                        "New".into(),
                        "--account".into(),
                        s.clone(),
                        "--dry-run".into(),
                    ],
                    map.clone(),
                ));
            }
            for &(x, y) in &inv_users {
                let (ut, other, _) = &world.accounts[x].users[y];
                let map = twin(&[ut]);
                probes.push((vec!["user".into(), "show".into(), other.clone()], map.clone()));
                probes.push((vec!["access".into(), "list".into(), "--user".into(), other.clone()], map.clone()));
            }
            for (cmd, map) in probes {
                let mut args: Vec<String> = cmd.clone();
                if let Some(id) = args.last().and_then(|a| a.strip_prefix('#')).map(String::from) {
                    // By id: compare with an id that does not exist.
                    *args.last_mut().unwrap() = id.clone();
                    let seen = run(&args.iter().map(String::as_str).chain(["--json"]).collect::<Vec<_>>());
                    let missing = run(&["site", "show", "999999", "--json"]);
                    assert_eq!(seen.code, missing.code, "{email}: site show {id}");
                    assert_eq!(seen.stderr.replace(&format!("'{id}'"), "'999999'"), missing.stderr);
                    continue;
                }
                let twin_args: Vec<String> = args.iter().map(|a| retag(a, &map)).collect();
                // JSON carries message, hint and details: the whole of what a person would read.
                let seen = run(&args.iter().map(String::as_str).chain(["--json"]).collect::<Vec<_>>());
                let missing = run(&twin_args.iter().map(String::as_str).chain(["--json"]).collect::<Vec<_>>());
                assert_eq!(seen.code, missing.code, "{email}: {args:?} vs {twin_args:?}: {}", seen.stderr);
                assert_eq!(retag(&seen.stdout, &map), missing.stdout, "{email}: {args:?}");
                assert_eq!(retag(&seen.stderr, &map), missing.stderr, "{email}: {args:?}");
            }
        }
    }
}

proptest! {
    // Each case seeds a database and runs a few hundred commands: a handful of cases covers the
    // role and grant combinations within the suite's time budget.
    #![proptest_config(ProptestConfig { cases: 3, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_user_learns_of_what_they_cannot_see(specs in prop::collection::vec(tenant(), 2..4)) {
        check_world(specs);
    }
}
