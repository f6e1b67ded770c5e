//! `db doctor`, many processes at once, and processes that die or hit a broken disk.

use std::collections::BTreeSet;
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::TestEnv;

fn sql(env: &TestEnv, statements: &str) {
    env.sql(statements);
}

#[test]
fn doctor_is_clean_then_finds_every_kind_of_problem() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["site", "create", "Shop", "--account", "acme"]);
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics,optometry"]);
    env.ok(&["sectors", "select", "acme/shop", "--industry", "healthcare", "--sectors", "dermatology"]);
    env.ok(&["content", "create", "acme/blog", "--sector", "dental-clinics", "--title", "Misfiled"]);
    env.ok(&["content", "create", "acme/blog", "--sector", "optometry", "--title", "Stuck"]);
    let out = env.run(&["db", "doctor", "--json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let r = out.json();
    assert_eq!(r["integrity"], json!(["ok"]));
    assert_eq!(r["problems"], json!([]));
    if crate::support::engine() == crate::support::Engine::Sqlite {
        assert_eq!(r["journal_mode"], "wal");
        assert!(r["filesystem"].is_string());
    } else {
        assert_eq!(r["engine"], "postgres");
    }

    // Over a plan's limits after a downgrade.
    env.ok(&[
        "plan",
        "create",
        "tiny",
        "--name",
        "Tiny",
        "--max-sites",
        "1",
        "--max-users",
        "1",
        "--max-sectors-per-site",
        "1",
    ]);
    env.ok(&["account", "set-plan", "acme", "tiny"]);
    // Rows that break the rules, written behind sitectl's back.
    sql(
        &env,
        "UPDATE sectors SET account_id = (SELECT id FROM accounts WHERE slug = 'globex') WHERE slug = 'optometry';
         UPDATE sites SET industry_id = (SELECT id FROM industries WHERE slug = 'legal-services') WHERE slug = 'blog';
         INSERT INTO integrations (account_id, site_id, external_site_url, rest_root, mode, connection_status, created_at, updated_at)
         VALUES ((SELECT id FROM accounts WHERE slug = 'acme'), (SELECT id FROM sites WHERE slug = 'shop'),
                 'https://shop.example/', 'https://shop.example/wp-json/', 'bridge', 'connected', 'x', 'x');
         UPDATE content_items SET sector_id = (SELECT id FROM sectors WHERE slug = 'dermatology') WHERE slug = 'misfiled';
         UPDATE content_items SET publish_status = 'publishing' WHERE slug = 'stuck';
         INSERT INTO publishing_records (account_id, content_id, site_id, status, claimed_by, created_at, updated_at)
         SELECT account_id, id, site_id, 'pending', 'gone-host:other-boot/1:1:1', '2020-01-01T00:00:00Z', '2020-01-01T00:00:00Z'
           FROM content_items WHERE slug = 'stuck';
",
    );
    // A row whose parent is missing: SQLite can be told to stop checking; PostgreSQL always checks.
    let sqlite = crate::support::engine() == crate::support::Engine::Sqlite;
    if sqlite {
        sql(
            &env,
            "PRAGMA foreign_keys = OFF; INSERT INTO site_access (user_id, site_id, created_at) VALUES (999, 1, 'x');",
        );
    }
    let out = env.run(&["db", "doctor", "--json"]);
    assert_eq!(out.code, 7, "{}", out.stderr);
    assert_eq!(out.error()["code"], "doctor_found_problems");
    let r = out.json();
    let checks: BTreeSet<String> =
        r["problems"].as_array().unwrap().iter().map(|p| p["check"].as_str().unwrap().to_string()).collect();
    for want in [
        "plan_limits",
        "sector_account",
        "sector_industry",
        "integration_secret",
        "foreign_keys",
        "content_scope",
        "publishing_stuck",
    ] {
        if want == "foreign_keys" && !sqlite {
            continue;
        }
        assert!(checks.contains(want), "{want} not reported: {checks:?}");
    }
    assert!(r["problems"].as_array().unwrap().iter().all(|p| !p["fix"].as_str().unwrap().is_empty()));
    // The plan limits in the words of `account show`.
    let over: Vec<&str> = r["problems"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["check"] == "plan_limits")
        .map(|p| p["message"].as_str().unwrap())
        .collect();
    let shown = env.json(&["account", "show", "acme"]);
    let said: Vec<&str> = shown["over_limits"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
    assert_eq!(over, said);
    assert!(over.contains(&"2 sites, plan 'tiny' allows 1"), "{over:?}");
    let table = env.run(&["db", "doctor"]);
    assert_eq!(table.stdout.lines().next().unwrap(), "check\tsubject\tmessage\tfix");
    assert!(table.stdout.contains("sitectl account set-plan acme"), "{}", table.stdout);
    assert_eq!(env.fails(&["db", "doctor", "--as", "owner@acme.example"], 5)["code"], "operator_only");
}

/// A deterministic sequence for each stress worker.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

#[test]
fn sixteen_processes_mixing_writes_and_reads_keep_every_promise() {
    let env = Arc::new(TestEnv::new());
    env.seed_basic();
    env.ok(&[
        "plan",
        "create",
        "busy",
        "--name",
        "Busy",
        "--max-sites",
        "12",
        "--max-users",
        "10",
        "--max-sectors-per-site",
        "3",
    ]);
    env.ok(&["account", "set-plan", "acme", "busy"]);
    for name in ["Alpha", "Beta", "Gamma"] {
        env.ok(&["site", "create", name, "--account", "acme", "--active"]);
    }
    env.ok(&["access", "grant", "acme/alpha", "editor@acme.example"]);
    let audit_before = env.json(&["audit", "list"]).as_array().unwrap().len();
    let successes = Arc::new(AtomicUsize::new(0));
    let lock_errors = Arc::new(AtomicUsize::new(0));
    let deadline = Instant::now() + Duration::from_secs(6);
    let workers: Vec<_> = (0..16u64)
        .map(|w| {
            let (env, successes, lock_errors) = (env.clone(), successes.clone(), lock_errors.clone());
            std::thread::spawn(move || {
                let mut rng = Rng(0x9E37_79B9 ^ ((w + 1) * 7919));
                let actors =
                    ["", "owner@acme.example", "admin@acme.example", "editor@acme.example", "viewer@acme.example"];
                let sites = ["acme/alpha", "acme/beta", "acme/gamma"];
                let sectors = ["dental-clinics", "optometry", "urgent-care", "dermatology", "chiropractic"];
                for i in 0..40 {
                    if Instant::now() > deadline {
                        break;
                    }
                    let actor = actors[rng.below(actors.len())];
                    let site = sites[rng.below(sites.len())];
                    let name = format!("W{w} {i}");
                    let picks: Vec<&str> = (0..1 + rng.below(4))
                        .map(|_| sectors[rng.below(sectors.len())])
                        .collect::<BTreeSet<_>>()
                        .into_iter()
                        .collect();
                    let joined = picks.join(",");
                    let (args, mutation): (Vec<&str>, bool) = match rng.below(6) {
                        0 => (vec!["site", "create", &name, "--account", "acme"], true),
                        1 => (vec!["site", "activate", site], true),
                        2 => (vec!["site", "deactivate", site], true),
                        3 => (vec!["sectors", "select", site, "--industry", "healthcare", "--sectors", &joined], true),
                        4 => (vec!["access", "grant", site, "viewer@acme.example"], true),
                        _ => (vec!["site", "list"], false),
                    };
                    let mut args = args;
                    if !actor.is_empty() {
                        args.extend(["--as", actor]);
                    }
                    let out = env.run(&args);
                    if out.code == 9 {
                        lock_errors.fetch_add(1, Ordering::SeqCst);
                    }
                    assert!([0, 3, 4, 5].contains(&out.code), "{args:?} exited {}: {}", out.code, out.stderr);
                    if mutation && out.code == 0 {
                        successes.fetch_add(1, Ordering::SeqCst);
                    }
                }
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    assert_eq!(lock_errors.load(Ordering::SeqCst), 0, "a command failed with a lock error");
    let ok = successes.load(Ordering::SeqCst);
    assert!(ok > 20, "only {ok} mutations succeeded");
    let audit_after = env.json(&["audit", "list"]).as_array().unwrap().len();
    assert_eq!(audit_after - audit_before, ok, "one audit row per successful mutation");
    let acme = env.json(&["account", "show", "acme"]);
    assert_eq!(acme["over_limits"], json!([]));
    assert!(acme["site_usage"]["used"].as_i64().unwrap() <= 12);
    let out = env.run(&["db", "doctor"]);
    assert_eq!(out.code, 0, "doctor: {}{}", out.stdout, out.stderr);
}

#[test]
fn a_killed_sector_selection_is_all_or_nothing() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    let a: BTreeSet<&str> = ["dental-clinics", "optometry"].into();
    let b: BTreeSet<&str> = ["legal-services/family-law"].into();
    env.ok(&["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics,optometry"]);
    for (n, delay) in [1u64, 3, 6, 10, 15, 25].iter().enumerate() {
        let args: Vec<&str> = if n % 2 == 0 {
            vec!["sectors", "select", "acme/blog", "--industry", "legal-services", "--sector", "family-law"]
        } else {
            vec!["sectors", "select", "acme/blog", "--industry", "healthcare", "--sectors", "dental-clinics,optometry"]
        };
        let mut child = env.command(&args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(Duration::from_millis(*delay));
        let _ = child.kill();
        let _ = child.wait();
        env.assert_integrity();
        let site = env.json(&["site", "show", "acme/blog"]);
        let active: BTreeSet<String> = site["sectors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                if s["industry"] == "healthcare" {
                    s["slug"].as_str().unwrap().to_string()
                } else {
                    format!("{}/{}", s["industry"].as_str().unwrap(), s["slug"].as_str().unwrap())
                }
            })
            .collect();
        let active: BTreeSet<&str> = active.iter().map(String::as_str).collect();
        assert!(active == a || active == b, "after a kill at {delay} ms: a mix {active:?}");
        let industry = site["industry"].as_str().unwrap();
        assert_eq!(industry == "healthcare", active == a, "industry and sectors disagree after a kill at {delay} ms");
    }
}

#[test]
fn a_killed_sync_leaves_the_mirror_all_or_nothing() {
    let env = TestEnv::new();
    let wp = env.with_mock_blog();
    env.ok(&["wp", "sync", "acme/blog", "--content"]);
    // Slow pages, so that kills land while fetching; and changes to pick up.
    wp.set_fault(|r, _| {
        if r.path.ends_with("/posts") {
            std::thread::sleep(Duration::from_millis(60));
        }
        None
    });
    for n in 0..20 {
        wp.edit_post(4, &format!("Edit {n}"), &format!("2031-01-01T00:00:{n:02}"));
    }
    let titles = |env: &TestEnv| -> Vec<String> {
        env.json(&["wp", "content", "list", "acme/blog", "--type", "post"])
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["title"].as_str().unwrap().to_string())
            .collect()
    };
    let before = titles(&env);
    for delay in [20u64, 80, 150, 250] {
        let mut child = env
            .command(&["wp", "sync", "acme/blog", "--content", "--full"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill();
        let _ = child.wait();
        env.assert_integrity();
        let now = titles(&env);
        assert_eq!(now.len(), 250);
        let edited = now.iter().filter(|t| t.starts_with("Edit")).count();
        assert!(now == before || edited == 1, "after a kill at {delay} ms the mirror is half-written");
    }
    wp.clear_fault();
    env.ok(&["wp", "sync", "acme/blog", "--content"]);
    assert!(titles(&env).contains(&"Edit 19".to_string()));
}

/// Mounts a small tmpfs for a test (root only, as CI runs), unmounted on drop.
struct Mount(std::path::PathBuf);

impl Mount {
    /// The mounted tmpfs, or `None` after the skip line when this machine cannot mount one (not
    /// root, or root without the right to mount): the caller returns.
    fn tmpfs(dir: &std::path::Path, size: &str) -> Option<Mount> {
        if crate::support::machine::skip_unless_root("mounting a small file system") {
            return None;
        }
        std::fs::create_dir_all(dir).unwrap();
        let out = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .output()
            .unwrap();
        if !out.status.success() {
            // One line: mount adds a second one pointing at dmesg.
            let stderr = String::from_utf8_lossy(&out.stderr);
            let why = stderr.lines().next().unwrap_or("no message").trim().to_string();
            crate::support::machine::skip(
                &format!("mounting a tmpfs failed ({why})"),
                "run the suite as root with the right to mount (CAP_SYS_ADMIN), as .ci/run does",
            );
            return None;
        }
        Some(Mount(dir.to_path_buf()))
    }

    fn remount(&self, opts: &str) {
        let ok =
            std::process::Command::new("mount").args(["-o", &format!("remount,{opts}")]).arg(&self.0).status().unwrap();
        assert!(ok.success());
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount").arg("-l").arg(&self.0).status();
    }
}

#[test]
fn a_read_only_database_gives_exit_9_and_changes_nothing() {
    if crate::support::skip_on_postgres("a read-only file system under the database file") {
        return;
    }
    let mut env = TestEnv::new();
    let Some(mount) = Mount::tmpfs(&env.path("ro"), "16m") else { return };
    env.db = env.path("ro/sitectl.db");
    env.ok(&["db", "init"]);
    env.seed_basic();
    let before = env.dump();
    mount.remount("ro");
    let out = env.run(&["site", "create", "Blog", "--account", "acme", "--json"]);
    assert!(out.code == 9 || out.code == 1, "exit {}: {}", out.code, out.stderr);
    let err = out.error();
    assert!(err["message"].as_str().unwrap().len() > 10);
    assert_eq!(err["code"], "database_read_only", "{err}");
    assert!(err["message"].as_str().unwrap().contains("read-only"), "{err}");
    mount.remount("rw");
    assert_eq!(env.dump(), before);
}

#[test]
fn a_full_disk_gives_a_clear_error_and_no_partial_state() {
    if crate::support::skip_on_postgres("a full file system under the database file") {
        return;
    }
    let mut env = TestEnv::new();
    let Some(mount) = Mount::tmpfs(&env.path("full"), "3m") else { return };
    env.db = env.path("full/sitectl.db");
    env.ok(&["db", "init"]);
    let before = env.dump();
    // Leave a little room only, then apply a fixture far larger than that.
    let free = |p: &std::path::Path| {
        let out = std::process::Command::new("df").args(["--output=avail", "-B1"]).arg(p).output().unwrap();
        String::from_utf8_lossy(&out.stdout).lines().nth(1).unwrap().trim().parse::<u64>().unwrap()
    };
    let room = free(&mount.0);
    std::fs::write(mount.0.join("filler"), vec![0u8; room.saturating_sub(96 * 1024) as usize]).unwrap();
    let file = env.path("large.toml");
    let mut text = String::from("[[plans]]\nslug = \"bulk\"\nname = \"Bulk\"\nmax_sites = 10\nmax_users = 5\n");
    for a in 0..400 {
        text.push_str(&format!("\n[[accounts]]\nslug = \"bulk-{a}\"\nname = \"Bulk account with a long name {a} {}\"\nplan = \"bulk\"\nowner = \"owner@bulk-{a}.example\"\n", "x".repeat(150)));
    }
    std::fs::write(&file, text).unwrap();
    let out = env.run(&["seed", "apply", file.to_str().unwrap(), "--json"]);
    assert!(out.code == 9 || out.code == 1, "exit {}: {}", out.code, out.stderr);
    let err = out.error();
    assert!(["disk_full", "database_io_error"].contains(&err["code"].as_str().unwrap()), "{err}");
    std::fs::remove_file(mount.0.join("filler")).unwrap();
    env.assert_integrity();
    assert_eq!(env.dump(), before);
}

#[test]
fn a_row_broken_behind_our_back_is_an_internal_error_not_a_crash() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    sql(&env, "UPDATE sites SET slug = 'Not A Slug' WHERE slug = 'blog';");
    let out = env.run(&["site", "list", "--json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    let err = out.error();
    assert_eq!(err["code"], "database_error");
    assert_eq!(err["status"], 500);
    assert!(!out.stderr.contains("panicked"));
    let doctor = env.run(&["db", "doctor"]);
    assert_eq!(doctor.code, 0, "integrity is fine; the row breaks a rule the doctor does not read: {}", doctor.stderr);
}
