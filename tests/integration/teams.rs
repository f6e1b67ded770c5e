//! A team on one PostgreSQL database: writers of different accounts never wait for each other,
//! writers of one account do, and every race ends as the same clean answer as a sequence.
//! (On SQLite the file has one writer; the races still hold there, and run in both passes.)

use std::io::Write;
use std::process::Child;
use std::sync::Arc;

use crate::support::{pg, TestEnv};

/// An account with one site that has sectors, for the writes that run beside a bulk write.
fn bystander(env: &TestEnv) {
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics,optometry"]);
}

/// One round of every kind of tenant write on `acme`, each told to give up after `wait_ms` of
/// waiting for a lock: a write that queued behind a bulk write of seconds fails with exit 9.
fn tenant_writes(env: &TestEnv, round: usize) {
    let site = format!("Side {round}");
    let user = format!("u{round}@acme.example");
    let title = format!("Note {round}");
    let sectors = if round % 2 == 0 { "dental-clinics,optometry" } else { "dental-clinics,urgent-care" };
    for args in [
        &["site", "create", site.as_str(), "--account", "acme"][..],
        &["user", "add", user.as_str(), "--account", "acme", "--role", "viewer"],
        &["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", sectors],
        &["content", "create", "acme/blog", "--sector", "dental-clinics", "--title", title.as_str()],
    ] {
        let out = env.run(args);
        assert_eq!(out.code, 0, "{args:?} beside a bulk write of other accounts: {}", out.stderr);
    }
    // The site limit of acme's plan (4) is kept by deleting the site again.
    env.ok(&["site", "delete", &format!("acme/side-{round}"), "--yes"]);
}

/// Runs `bulk` (a write of thousands of new accounts) and, while it runs, rounds of writes on an
/// existing account; each of those may wait for a lock at most 1 s, far less than the bulk write
/// takes, and all of them finish before it does.
fn writes_beside(env: &mut TestEnv, bulk: &[&str]) {
    bystander(env);
    env.set_env("SITECTL_BUSY_TIMEOUT_MS", "1000");
    let mut child = env.spawn(bulk);
    wait_until_writing(env, &mut child);
    let mut rounds = 0;
    while child.try_wait().unwrap().is_none() && rounds < 4 {
        tenant_writes(env, rounds);
        rounds += 1;
    }
    let still_running = child.try_wait().unwrap().is_none();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{bulk:?}: {}", String::from_utf8_lossy(&out.stderr));
    assert!(rounds >= 1 && still_running, "the bulk write ended before the tenant writes did ({rounds} rounds)");
}

/// Waits until `child`'s transaction has written (it holds a transaction id), failing if it ends
/// first: from then on, a bulk write is under way.
pub fn wait_until_writing(env: &TestEnv, child: &mut Child) {
    let mut watcher = pg::client(&pg::database_of(&env.target));
    crate::support::wait::until("the bulk write to start writing", || {
        assert!(child.try_wait().unwrap().is_none(), "the bulk write ended before it was seen writing");
        let n: i64 = watcher
            .query_one(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() \
                 AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL",
                &[],
            )
            .unwrap()
            .get(0);
        n > 0
    });
}

#[test]
fn writes_of_another_account_never_wait_for_a_bulk_generate() {
    if !pg::only_on_postgres() {
        return;
    }
    let mut env = TestEnv::new();
    writes_beside(&mut env, &["seed", "generate", "--accounts", "10000", "--sites-per-account", "1", "--seed", "3"]);
    assert_eq!(env.json(&["db", "info"])["counts"]["accounts"], 10_002);
}

#[test]
fn writes_of_another_account_never_wait_for_a_bulk_apply() {
    if !pg::only_on_postgres() {
        return;
    }
    let mut env = TestEnv::new();
    let path = env.path("tenants.toml");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    for i in 0..3000 {
        writeln!(
            file,
            "[[accounts]]\nslug = \"t{i}\"\nname = \"Tenant {i}\"\nplan = \"starter\"\nowner = \"o{i}@t.example\"\n\n\
             [[sites]]\naccount = \"t{i}\"\nname = \"Site\"\nslug = \"site\"\n"
        )
        .unwrap();
    }
    drop(file);
    writes_beside(&mut env, &["seed", "apply", path.to_str().unwrap()]);
    assert_eq!(env.json(&["db", "info"])["counts"]["accounts"], 3002);
}

/// A lock held on one account makes that account's writers wait (and give up after the busy
/// timeout, exit 9, nothing changed), while another account's writers go through.
#[test]
fn a_held_account_lock_stops_that_account_only() {
    if !pg::only_on_postgres() {
        return;
    }
    let mut env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    let acme = env.json(&["account", "show", "acme"])["id"].as_i64().unwrap();
    let before = env.dump();
    let mut holder = pg::client(&pg::database_of(&env.target));
    let mut tx = holder.transaction().unwrap();
    // What sitectl's writers of acme take first: the account's row lock.
    tx.batch_execute(&format!("SELECT id FROM accounts WHERE id = {acme} FOR NO KEY UPDATE")).unwrap();
    env.set_env("SITECTL_BUSY_TIMEOUT_MS", "300");
    for args in [
        &["site", "create", "Other", "--account", "acme"][..],
        &["user", "add", "x@acme.example", "--account", "acme", "--role", "viewer"],
        &["site", "update", "acme/blog", "--name", "Renamed"],
        &["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "optometry"],
        &["access", "grant", "acme/blog", "viewer@acme.example"],
        &["account", "update", "acme", "--name", "Acme 2"],
    ] {
        assert_eq!(env.fails(args, 9)["code"], "database_locked", "{args:?}");
    }
    assert_eq!(env.dump(), before);
    // Globex is another tenant: not held up.
    env.ok(&["site", "create", "Shop", "--account", "globex"]);
    env.ok(&["user", "add", "y@globex.example", "--account", "globex", "--role", "viewer"]);
    // Plans are everyone's: a plan change waits for no account lock either, but an account's
    // move to another plan is that account's.
    assert_eq!(env.fails(&["account", "set-plan", "acme", "growth"], 9)["code"], "database_locked");
    tx.rollback().unwrap();
    env.ok(&["site", "create", "Other", "--account", "acme"]);
}

/// Eight processes add one email to eight accounts at once: exactly one user is made, and
/// every other process gets the conflict a sequential run gives (exit 6), never exit 1 or 9.
#[test]
fn one_email_added_to_eight_accounts_at_once_makes_one_user() {
    let env = Arc::new(TestEnv::new());
    env.ok(&["plan", "create", "p", "--name", "P", "--max-sites", "2", "--max-users", "5"]);
    for i in 0..8 {
        env.ok(&[
            "account",
            "create",
            &format!("a{i}"),
            "--name",
            "A",
            "--plan",
            "p",
            "--owner",
            &format!("o@a{i}.example"),
        ]);
    }
    for round in 0..3 {
        let email = format!("shared{round}@x.example");
        let children: Vec<Child> = (0..8)
            .map(|i| env.spawn(&["user", "add", &email, "--account", &format!("a{i}"), "--role", "viewer", "--json"]))
            .collect();
        let mut codes = Vec::new();
        for child in children {
            let out = child.wait_with_output().unwrap();
            let code = out.status.code().unwrap();
            if code != 0 {
                let err: serde_json::Value = serde_json::from_slice(&out.stderr)
                    .unwrap_or_else(|_| panic!("{}", String::from_utf8_lossy(&out.stderr)));
                assert_eq!(code, 6, "{err}");
                assert_eq!(err["error"]["code"], "user_in_other_account", "{err}");
            }
            codes.push(code);
        }
        assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "round {round}: {codes:?}");
        let users = env.json(&["user", "list"]);
        let holders = users.as_array().unwrap().iter().filter(|u| u["email"] == email.as_str()).count();
        assert_eq!(holders, 1);
    }
}

/// Eight processes create one account slug at once: one creates it, the rest get the
/// sequential answer: `account_exists` (exit 6), or with `--if-exists skip` success, unchanged.
#[test]
fn one_account_created_eight_times_at_once_is_created_once() {
    let env = TestEnv::new();
    env.ok(&["plan", "create", "p", "--name", "P", "--max-sites", "2", "--max-users", "5"]);
    for (round, skip) in [(0, false), (1, true), (2, false)] {
        let slug = format!("race{round}");
        let children: Vec<Child> = (0..8)
            .map(|i| {
                let owner = format!("o{i}@{slug}.example");
                let mut args =
                    vec!["account", "create", &slug, "--name", "R", "--plan", "p", "--owner", &owner, "--json"];
                if skip {
                    args.extend(["--if-exists", "skip"]);
                }
                env.spawn(&args)
            })
            .collect();
        let mut created = 0;
        for child in children {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            match out.status.code() {
                Some(0) => {
                    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
                    if v["action"] == "created" {
                        created += 1;
                    } else {
                        assert!(skip, "{v}");
                        assert_eq!(v["action"], "unchanged");
                    }
                }
                Some(6) => {
                    assert!(!skip, "{stderr}");
                    assert!(stderr.contains("\"account_exists\""), "{stderr}");
                }
                other => panic!("{other:?}: {stderr}"),
            }
        }
        assert_eq!(created, 1, "round {round}");
    }
}

/// Two applies over the same 200 accounts, listing them in opposite orders, run at once again
/// and again: both succeed, or one gives up cleanly after the busy timeout; never a deadlock.
#[test]
fn applies_over_the_same_accounts_in_opposite_orders_never_deadlock() {
    let env = TestEnv::new();
    env.ok(&["plan", "create", "p", "--name", "P", "--max-sites", "3", "--max-users", "5"]);
    let fixture = |name: &str, reverse: bool| {
        let mut ids: Vec<usize> = (0..200).collect();
        if reverse {
            ids.reverse();
        }
        let mut text = String::new();
        for i in ids {
            text.push_str(&format!(
                "[[accounts]]\nslug = \"acc{i}\"\nname = \"{name} {i}\"\nplan = \"p\"\nowner = \"o{i}@acc.example\"\n\n\
                 [[sites]]\naccount = \"acc{i}\"\nname = \"{name}\"\nslug = \"main\"\n\n"
            ));
        }
        let path = env.path(&format!("{name}.toml"));
        std::fs::write(&path, text).unwrap();
        path.display().to_string()
    };
    let (up, down) = (fixture("Up", false), fixture("Down", true));
    for round in 0..4 {
        let children = [env.spawn(&["seed", "apply", &up]), env.spawn(&["seed", "apply", &down])];
        let mut ok = 0;
        for child in children {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            match out.status.code() {
                Some(0) => ok += 1,
                Some(9) => assert!(stderr.contains("database_locked"), "round {round}: {stderr}"),
                other => panic!("round {round}: {other:?}: {stderr}"),
            }
            assert!(!stderr.contains("deadlock"), "round {round}: {stderr}");
        }
        assert!(ok >= 1, "round {round}: neither apply succeeded");
    }
    assert_eq!(env.json(&["site", "list"]).as_array().unwrap().len(), 200);
}

/// While `wp sync` and `wp publish` talk to WordPress, they hold no lock: the site's own
/// account can be written meanwhile (each waiting at most 300 ms for a lock), on both engines.
#[test]
fn no_lock_is_held_while_wordpress_is_asked() {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let mut env = TestEnv::new();
    let wp = env.with_mock_blog();
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics"]);
    let id = env.json(&["content", "create", "acme/blog", "--sector", "dental-clinics", "--title", "Held"])["id"]
        .as_i64()
        .unwrap()
        .to_string();
    env.ok(&["content", "review", &id]);
    env.ok(&["content", "approve", &id]);
    env.set_env("SITECTL_BUSY_TIMEOUT_MS", "300");
    let release = Arc::new(AtomicBool::new(false));
    let held = Arc::new(AtomicUsize::new(0));
    {
        let (release, held) = (release.clone(), held.clone());
        wp.set_gate(move |_| {
            held.fetch_add(1, Ordering::SeqCst);
            while !release.load(Ordering::SeqCst) {
                std::thread::sleep(std::time::Duration::from_millis(5));
            }
        });
    }
    for (round, remote) in [&["wp", "sync", "acme/blog"][..], &["wp", "publish", &id]].into_iter().enumerate() {
        release.store(false, Ordering::SeqCst);
        held.store(0, Ordering::SeqCst);
        let child = env.spawn(remote);
        crate::support::wait::until("a request is held at the stand-in", || held.load(Ordering::SeqCst) > 0);
        let name = format!("Blog {round}");
        for args in [
            &["site", "update", "acme/blog", "--name", name.as_str()][..],
            &["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics,optometry"],
            &["user", "add", &format!("w{round}@acme.example"), "--account", "acme", "--role", "viewer"],
        ] {
            let out = env.run(args);
            assert_eq!(out.code, 0, "{args:?} while {remote:?} waits for WordPress: {}", out.stderr);
        }
        release.store(true, Ordering::SeqCst);
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{remote:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    wp.clear_gate();
}
