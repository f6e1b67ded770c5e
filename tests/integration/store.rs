//! The database file: creation, permissions, migrations, refusals, dry runs.

use crate::support::TestEnv;

#[test]
fn init_creates_owner_only_file_with_wal_and_taxonomy() {
    let env = TestEnv::empty();
    assert!(!env.database_exists());
    // A dry run says what it would create and creates nothing.
    let dry = env.json(&["db", "init", "--dry-run"]);
    assert_eq!((dry["changed"].as_bool(), dry["dry_run"].as_bool()), (Some(true), Some(true)));
    assert!(!env.database_exists(), "db init --dry-run created something");
    let v = env.json(&["db", "init"]);
    assert_eq!(v["from_version"], 0);
    assert_eq!(v["changed"], true);
    #[cfg(unix)]
    if crate::support::engine() == crate::support::Engine::Sqlite {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&env.db).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "database must be owner-only, is {mode:o}");
    }
    let info = env.json(&["db", "info"]);
    if crate::support::engine() == crate::support::Engine::Sqlite {
        assert_eq!(info["journal_mode"], "wal");
    }
    assert_eq!(info["schema_version"], info["latest_schema_version"]);
    assert!(info["counts"]["industries"].as_i64().unwrap() >= 20);
    assert!(info["counts"]["industry_sectors"].as_i64().unwrap() >= 150);
    assert!(info["size_bytes"].as_i64().unwrap() > 0);
    // Second init and migrate are no-ops.
    let again = env.json(&["db", "migrate"]);
    assert_eq!(again["changed"], false);
    let table = env.ok(&["db", "info"]);
    assert!(table.starts_with("field\tvalue\n"), "{table}");
}

#[test]
fn newer_schema_is_refused_with_the_version_it_needs() {
    let env = TestEnv::new();
    env.ok(&["db", "init"]);
    env.set_schema_version(999);
    let before = env.db_bytes();
    let err = env.fails(&["site", "list"], 9);
    assert_eq!(err["code"], "schema_too_new");
    assert_eq!(err["status"], 503);
    assert!(err["message"].as_str().unwrap().contains("999"));
    assert!(err["hint"].as_str().unwrap().contains("999"));
    assert_eq!(env.db_bytes(), before);
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_untouched() {
    if crate::support::skip_on_postgres("a file that is not a database") {
        return;
    }
    let env = TestEnv::new();
    std::fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    let garbage = b"this is definitely not a database, just some text\n".repeat(100);
    std::fs::write(&env.db, &garbage).unwrap();
    let err = env.fails(&["site", "list"], 9);
    assert_eq!(err["code"], "not_a_database");
    assert_eq!(env.db_bytes(), garbage);
    let out = env.run(&["db", "info"]);
    assert_eq!(out.code, 9);
    assert!(out.stderr.starts_with("Error: "), "{}", out.stderr);
    assert!(out.stderr.contains("\nhint: "), "{}", out.stderr);
    // Commands that need no database still work.
    for args in [&["--help"][..], &["completions", "bash"], &["config", "show"], &["site", "create", "--help"]] {
        let out = env.run(args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    }
    assert_eq!(env.db_bytes(), garbage);
}

#[test]
fn dry_runs_leave_the_database_byte_for_byte_unchanged() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    let before = env.db_bytes();
    let audit_before = env.json(&["audit", "list"]).as_array().unwrap().len();
    let mutations: &[&[&str]] = &[
        &["plan", "create", "scale", "--name", "Scale", "--max-sites", "99"],
        &["plan", "update", "starter", "--max-sites", "7"],
        &["account", "create", "initech", "--name", "Initech", "--plan", "starter", "--owner", "bill@initech.example"],
        &["account", "update", "acme", "--name", "Acme Renamed"],
        &["account", "set-plan", "acme", "growth"],
        &["account", "suspend", "acme"],
        &["account", "cancel", "globex", "--yes"],
        &["user", "add", "new@acme.example", "--account", "acme", "--role", "viewer"],
        &["user", "set-role", "editor@acme.example", "viewer"],
        &["user", "remove", "viewer@acme.example", "--yes"],
        &["industry", "import", "-"],
        &["site", "create", "Shop", "--account", "acme"],
        &["site", "update", "acme/blog", "--name", "New"],
        &["site", "activate", "acme/blog"],
        &["site", "delete", "acme/blog", "--yes"],
        &["access", "grant", "acme/blog", "editor@acme.example"],
        &["sectors", "select", "acme/blog", "--industry", "healthcare", "--sector", "dental-clinics"],
    ];
    let taxonomy = "[[industry]]\nslug = 'space'\nname = 'Space'\nsectors = [{ slug = 'launch', name = 'Launch' }]\n";
    for args in mutations {
        let mut a = args.to_vec();
        a.push("--dry-run");
        let out = env.run_stdin(&a, taxonomy);
        assert_eq!(out.code, 0, "{a:?}: {}", out.stderr);
        assert!(out.stderr.contains("dry run"), "{a:?} should say it was a dry run: {}", out.stderr);
        assert_eq!(env.db_bytes(), before, "{a:?} changed the database");
    }
    assert_eq!(env.json(&["audit", "list"]).as_array().unwrap().len(), audit_before);
}

#[test]
fn every_mutation_is_audited_once_with_actor_and_os_user() {
    let env = TestEnv::new();
    env.seed_basic();
    let before = env.json(&["audit", "list"]).as_array().unwrap().len();
    env.ok(&["site", "create", "Blog", "--as", "owner@acme.example"]);
    assert_eq!(env.run(&["site", "activate", "acme/blog", "--as", "editor@acme.example"]).code, 3);
    let rows = env.json(&["audit", "list"]);
    let rows = rows.as_array().unwrap();
    // The editor cannot see the site: that attempt failed and left no row.
    assert_eq!(rows.len(), before + 1);
    let last = rows.last().unwrap();
    assert_eq!(last["actor"], "owner@acme.example");
    assert_eq!(last["os_user"], "tester");
    assert_eq!(last["command"], "site create");
    assert_eq!(last["target"], "site:acme/blog");
    assert_eq!(last["outcome"], "created");
    let filtered = env.json(&["audit", "list", "--actor", "owner@acme.example", "--target", "site:", "--since", "1h"]);
    assert_eq!(filtered.as_array().unwrap().len(), 1);
    let none = env.json(&["audit", "list", "--since", "2999-01-01T00:00:00Z"]);
    assert_eq!(none, serde_json::json!([]));
    env.fails(&["audit", "list", "--since", "yesterday"], 2);
    // Without USER (cron, CI), the OS user is found from the process's uid.
    let mut cmd = env.command(&["site", "create", "Cron Site", "--account", "acme"]);
    cmd.env_remove("USER");
    assert!(cmd.output().unwrap().status.success());
    let last = env.json(&["audit", "list", "--limit", "1"]);
    let os_user = last[0]["os_user"].as_str().unwrap();
    assert!(!os_user.is_empty() && os_user != "unknown" && os_user != "tester", "{os_user}");
    let err = env.fails(&["audit", "list", "--as", "owner@acme.example"], 5);
    assert_eq!(err["code"], "operator_only");
}

#[test]
fn hot_queries_use_indexes() {
    use sitectl::domain::Visibility;
    use sitectl::store::{site_list_sql, Location, OpenOptions, SiteFilter, Store};
    let env = TestEnv::new();
    let store = match crate::support::engine() {
        crate::support::Engine::Sqlite => Store::open_in_memory().unwrap(),
        crate::support::Engine::Postgres => {
            let options = OpenOptions::existing(std::time::Duration::from_secs(5));
            Store::open(&Location::parse(&env.target).unwrap(), options).unwrap()
        }
    };
    let cases = [
        ("by account", SiteFilter::visible_to(Visibility::Account(1))),
        ("by grant", SiteFilter::visible_to(Visibility::Grants(1))),
        ("by slug", SiteFilter { slug: Some("blog".parse().unwrap()), ..SiteFilter::visible_to(Visibility::All) }),
    ];
    let mut queries: Vec<(String, (String, Vec<sitectl::store::sql::Value>))> =
        cases.into_iter().map(|(what, f)| (what.to_string(), site_list_sql(&f))).collect();
    use sitectl::domain::{AuditQuery, ContentQuery};
    use sitectl::store::{audit_list_sql, content_list_sql};
    let audit = |f: AuditQuery| audit_list_sql(&f);
    queries.push((
        "audit --since".into(),
        audit(AuditQuery { since: Some("2026-01-01T00:00:00Z".into()), ..Default::default() }),
    ));
    queries
        .push(("audit --target".into(), audit(AuditQuery { target: Some("site:acme/".into()), ..Default::default() })));
    queries.push((
        "audit --actor".into(),
        audit(AuditQuery { actor: Some("Ed@acme.example".into()), ..Default::default() }),
    ));
    let content = |f: ContentQuery| content_list_sql(1, &f);
    queries.push((
        "content --type".into(),
        content(ContentQuery { post_type: Some("post".into()), ..Default::default() }),
    ));
    queries.push((
        "content --status".into(),
        content(ContentQuery { status: Some("draft".into()), ..Default::default() }),
    ));
    queries.push((
        "content --search".into(),
        content(ContentQuery { search: Some("hello".into()), ..Default::default() }),
    ));
    let page = sitectl::domain::Page { after: Some(10), limit: Some(100) };
    queries.push(("content --after".into(), content(ContentQuery { page, ..Default::default() })));
    for (what, (sql, args)) in queries {
        // Inline the parameters so EXPLAIN sees the same shape.
        let mut inlined = sql.clone();
        for (i, a) in args.iter().enumerate().rev() {
            let lit = match a {
                sitectl::store::sql::Value::Int(n) => n.to_string(),
                sitectl::store::sql::Value::Text(t) => format!("'{}'", t.replace('\'', "''")),
                other => panic!("{other:?}"),
            };
            inlined = inlined.replace(&format!("?{}", i + 1), &lit);
        }
        let plan = store.explain(&inlined).unwrap();
        let scans: Vec<&String> =
            plan.iter().filter(|l| (l.starts_with("SCAN") && !l.contains("USING")) || l.contains("Seq Scan")).collect();
        assert!(scans.is_empty(), "{what}: full scan in {plan:?}");
    }
    // The acting user is looked up by email on every command.
    let plan = store.explain("SELECT id FROM users WHERE email = 'x@y.example'").unwrap();
    assert!(
        !plan.iter().any(|l| l.contains("Seq Scan") || (l.starts_with("SCAN") && !l.contains("USING"))),
        "{plan:?}"
    );
}

/// Migration 4 indexes the words of the targets already in the audit log (a grant's target
/// names a site and a user), on both engines.
#[test]
fn migration_4_indexes_the_targets_already_logged() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["access", "grant", "acme/blog", "editor@acme.example"]);
    // Back to schema 3: what 0004 and later added is gone, the log stays.
    env.sql("DROP TABLE audit_targets; DROP INDEX audit_log_actor; DROP INDEX wp_content_status;");
    env.sql("DROP INDEX wp_content_site_wp_id; DROP INDEX wp_terms_site_wp_id;");
    env.sql("DROP TABLE publishing_records; DROP TABLE content_items;");
    env.sql("DROP TABLE wp_components; DROP TABLE wp_inventory;");
    env.sql("ALTER TABLE wp_content DROP COLUMN truncated; ALTER TABLE wp_terms DROP COLUMN truncated;");
    env.sql("DROP TABLE wp_scheduled;");
    if crate::support::engine() == crate::support::Engine::Postgres {
        env.sql("DROP AGGREGATE group_concat(text, text); DROP FUNCTION group_concat_step(text, text, text);");
    }
    env.set_schema_version(3);
    let m = env.json(&["db", "migrate"]);
    assert_eq!((m["from_version"].as_i64(), m["changed"].as_bool()), (Some(3), Some(true)));
    let by_user = env.json(&["audit", "list", "--target", "user:editor@acme"]);
    let by_site = env.json(&["audit", "list", "--target", "site:acme/blog"]);
    let actions = |v: &serde_json::Value| -> Vec<String> {
        v.as_array().unwrap().iter().map(|r| r["action"].as_str().unwrap().to_string()).collect()
    };
    assert!(actions(&by_user).contains(&"access.grant".to_string()), "{by_user}");
    assert!(
        actions(&by_site).contains(&"access.grant".to_string())
            && actions(&by_site).contains(&"site.create".to_string()),
        "{by_site}"
    );
    // One word per user named in a target, and as many words in all as the targets hold.
    assert_eq!(
        env.sql_value("SELECT count(*) FROM audit_targets WHERE word >= 'user:' AND word < 'user;'"),
        env.sql_value("SELECT count(*) FROM audit_log WHERE instr(target, 'user:') > 0")
    );
    assert_eq!(
        env.sql_value("SELECT count(*) FROM audit_targets"),
        env.sql_value("SELECT count(*) + (SELECT count(*) FROM audit_log WHERE instr(target, ' ') > 0) FROM audit_log")
    );
}

/// The audit log's target and action texts, and the words `--target` matches, stay as every
/// release has written them: existing databases and scripts' filters depend on them.
#[test]
fn audit_rows_keep_their_target_and_action_text() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme"]);
    env.ok(&["access", "grant", "acme/blog", "editor@acme.example"]);
    env.ok(&["site", "deactivate", "acme/blog"]);
    env.ok(&["user", "set-role", "viewer@acme.example", "editor"]);
    env.ok(&["account", "suspend", "globex"]);
    let file = env.path("my taxonomy.toml");
    std::fs::write(
        &file,
        "[[industry]]\nslug = 'space'\nname = 'Space'\nsectors = [{ slug = 'launch', name = 'Launch' }]\n",
    )
    .unwrap();
    env.ok(&["industry", "import", file.to_str().unwrap()]);
    let rows = env.json(&["audit", "list"]);
    let got: Vec<String> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| format!("{} {}", r["action"].as_str().unwrap(), r["target"].as_str().unwrap()))
        .collect();
    let source = file.display().to_string();
    for want in [
        "plan.create plan:starter".to_string(),
        "account.create account:acme".to_string(),
        "user.add user:editor@acme.example".to_string(),
        "site.create site:acme/blog".to_string(),
        "access.grant site:acme/blog user:editor@acme.example".to_string(),
        "site.deactivate site:acme/blog".to_string(),
        "user.set_role user:viewer@acme.example".to_string(),
        "account.suspend account:globex".to_string(),
        format!("industry.import industries:{source}"),
    ] {
        assert!(got.contains(&want), "{want:?} not in {got:#?}");
    }
    // Each space-separated word of a target is a word for `--target`: a grant is found by its
    // site and by its user, an import from a path with a space by either part of it.
    let grant = env.json(&["audit", "list", "--target", "user:editor@acme.example"]);
    assert!(grant.as_array().unwrap().iter().any(|r| r["action"] == "access.grant"), "{grant}");
    let words = "SELECT count(*) FROM audit_targets t JOIN audit_log l ON l.id = t.audit_id";
    assert_eq!(env.sql_value(&format!("{words} WHERE l.action = 'access.grant'")), "2");
    assert_eq!(env.sql_value(&format!("{words} WHERE l.action = 'industry.import'")), "2");
    let tail = env.json(&["audit", "list", "--target", "taxonomy.toml"]);
    assert_eq!(tail.as_array().unwrap().len(), 1, "{tail}");
}
