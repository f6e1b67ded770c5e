use std::time::Duration;

use super::*;

/// Text PostgreSQL cannot hold is refused by every statement on SQLite too (exit 4, nothing
/// written), whatever use case let it through: both engines answer alike, and a database
/// never holds what `db copy` cannot carry.
#[test]
fn no_statement_binds_text_with_a_nul() {
    let mut store = Store::open_in_memory().unwrap();
    let now = "2026-01-01T00:00:00Z".to_string();
    let e = store
        .write(false, now.clone(), |tx| {
            tx.conn().exec("INSERT INTO meta (key, value) VALUES (?1, ?2)", sql::params!["k", "a\0b"])
        })
        .unwrap_err();
    assert_eq!(e.code, "invalid_field", "{}", e.message);
    assert!(e.message.contains("NUL"), "{}", e.message);
    let e = store
        .read(|tx| {
            tx.conn().one("SELECT value FROM meta WHERE key = ?1", sql::params![Some("\0".to_string())], |r| {
                r.get::<String>(0)
            })
        })
        .unwrap_err();
    assert_eq!(e.code, "invalid_field");
    let stored: Option<String> =
        store.read(|tx| tx.conn().one("SELECT value FROM meta WHERE key = 'k'", sql::params![], |r| r.get(0))).unwrap();
    assert_eq!(stored, None);
}

/// Taking back a created database removes only what the creation itself made: not a
/// journal file that was there before, not a folder that existed.
#[test]
fn a_creation_takes_back_only_what_it_made() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("a")).unwrap();
    let path = dir.path().join("a").join("b").join("c").join("x.db");
    let made = Store::create_at(&Location::File(path.clone())).unwrap().unwrap();
    assert!(path.is_file());
    // A stale journal of someone else's, there before the file was made in this folder's twin.
    let stale = dir.path().join("a").join("b").join("c").join("y.db-wal");
    std::fs::write(&stale, b"theirs").unwrap();
    made.undo();
    assert!(!path.exists());
    assert!(stale.exists(), "a file it did not make was removed");
    assert!(dir.path().join("a").join("b").join("c").exists(), "a folder holding a stranger's file is kept");
    // Journal files present before the creation are not its own.
    let folder = dir.path().join("a");
    let wal = folder.join("z.db-wal");
    std::fs::write(&wal, b"theirs").unwrap();
    let made = Store::create_at(&Location::File(folder.join("z.db"))).unwrap().unwrap();
    made.undo();
    assert!(!folder.join("z.db").exists());
    assert_eq!(std::fs::read(&wal).unwrap(), b"theirs");
    assert!(folder.exists(), "a folder that was there is kept");
    // Something at the path already: nothing is made, nothing is to take back.
    assert!(Store::create_at(&Location::File(wal)).unwrap().is_none());
}

/// A file name that is not UTF-8: its journals are named from its own bytes, so taking back
/// removes SQLite's journal and never a file under the name's lossy spelling.
#[cfg(unix)]
#[test]
fn a_creation_names_its_journals_from_the_files_own_bytes() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    let name = std::ffi::OsStr::from_bytes(b"x\xff.db");
    let made = Store::create_at(&Location::File(dir.path().join(name))).unwrap().unwrap();
    let journal = dir.path().join(std::ffi::OsStr::from_bytes(b"x\xff.db-wal"));
    std::fs::write(&journal, b"sqlite's").unwrap();
    let stranger = dir.path().join("x\u{FFFD}.db-wal");
    std::fs::write(&stranger, b"theirs").unwrap();
    made.undo();
    assert!(!journal.exists(), "the journal of the file it made is taken back");
    assert_eq!(std::fs::read(&stranger).unwrap(), b"theirs");
}

#[test]
fn migrations_from_empty_to_latest_and_twice_is_a_noop() {
    let dir = tempfile::tempdir().unwrap();
    let path = Location::File(dir.path().join("nested/deeper/m.db"));
    let existing = OpenOptions::existing(Duration::from_secs(1));
    assert_eq!(Store::open(&path, existing.clone()).err().unwrap().code, "database_missing");
    assert!(!dir.path().join("nested").exists(), "nothing is created without `create`");
    let store = Store::open(&path, OpenOptions { create: true, ..existing.clone() }).unwrap();
    assert_eq!(store.migration(), Migration { from: 0, to: SCHEMA_VERSION });
    drop(store);
    let mut store = Store::open(&path, existing).unwrap();
    assert_eq!(store.migration(), Migration { from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    let info = store.info().unwrap();
    assert_eq!(info.journal_mode.as_deref(), Some("wal"));
    assert_eq!(info.engine, Engine::Sqlite);
    assert!(info.counts["industries"].as_i64().unwrap() >= 20);
}

#[test]
fn in_memory_store_is_at_the_latest_schema() {
    let mut store = Store::open_in_memory().unwrap();
    assert_eq!(store.migration().to, SCHEMA_VERSION);
    let n = store.read(|tx| Ok(tx.industries(false)?.len())).unwrap();
    assert!(n >= 20);
}

/// Every `CHECK (col IN (...))` of the schema lists exactly the values of the vocabulary
/// the code uses for that column.
#[test]
fn check_constraints_match_the_vocabularies() {
    use crate::domain::*;
    fn names<T: Vocabulary>() -> Vec<String> {
        let mut v: Vec<String> = T::ALL.iter().map(|x| x.as_str().to_string()).collect();
        v.sort();
        v
    }
    let cases: Vec<(&str, &str, Vec<String>)> = vec![
        ("accounts", "status", names::<AccountStatus>()),
        ("users", "role", names::<Role>()),
        ("sites", "status", names::<SiteStatus>()),
        ("sites", "hosting_type", names::<HostingType>()),
        ("sites", "site_type", names::<SiteType>()),
        ("integrations", "mode", names::<WpMode>()),
        ("integrations", "connection_status", names::<ConnectionStatus>()),
        ("integrations", "sync_status", names::<SyncStatus>()),
        ("sync_events", "kind", names::<EventKind>()),
        ("sync_events", "status", names::<EventStatus>()),
        ("wp_inventory", "plugins_read", names::<ReadStatus>()),
        ("wp_inventory", "themes_read", names::<ReadStatus>()),
        ("wp_components", "kind", names::<ComponentKind>()),
        ("wp_components", "status", names::<ComponentStatus>()),
    ];
    let store = Store::open_in_memory().unwrap();
    for (table, column, want) in cases {
        let sql: String = store
            .conn
            .one("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1", params![table], |r| r.get(0))
            .unwrap()
            .unwrap();
        assert_eq!(check_list(&sql, table, column), want, "{table}.{column}");
        // The PostgreSQL schema says the same, table by table.
        let pg = POSTGRES_MIGRATIONS.concat();
        let start = pg.find(&format!("CREATE TABLE {table} (")).unwrap_or_else(|| panic!("{table} on PostgreSQL"));
        let body = &pg[start..start + pg[start..].find("\n);").unwrap()];
        assert_eq!(check_list(body, table, column), want, "PostgreSQL {table}.{column}");
    }
}

fn check_list(sql: &str, table: &str, column: &str) -> Vec<String> {
    let marker = format!("CHECK ({column} IN (");
    let start = sql.find(&marker).unwrap_or_else(|| panic!("{table}.{column} has no CHECK")) + marker.len();
    let list = &sql[start..start + sql[start..].find(')').unwrap()];
    let mut got: Vec<String> = list.split(',').map(|v| v.trim().trim_matches('\'').to_string()).collect();
    got.sort();
    got
}

#[test]
fn dry_run_writes_roll_back() {
    let mut store = Store::open_in_memory().unwrap();
    let fields = PlanFields { name: "P".into(), max_sites: 1, max_users: 1, max_sectors_per_site: 1, is_active: true };
    let slug: crate::domain::Slug = "p".parse().unwrap();
    store.write(true, now_rfc3339(), |tx| tx.insert_plan(&slug, &fields)).unwrap();
    assert!(store.read(|tx| tx.plan(&slug)).unwrap().is_none());
    store.write(false, now_rfc3339(), |tx| tx.insert_plan(&slug, &fields)).unwrap();
    assert!(store.read(|tx| tx.plan(&slug)).unwrap().is_some());
}
