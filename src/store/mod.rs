//! SQLite storage: the only place SQL lives.
//!
//! [`Store::open`] prepares a database file (owner-only permissions, WAL, foreign keys, busy
//! timeout) and brings its schema up to date; [`Store::read`] and [`Store::write`] run a closure
//! inside one transaction and hand it a [`Tx`], whose methods (one file per table family) are the
//! only way the rest of the crate touches rows. Store decides no business rule: it answers
//! questions and applies the changes `ops` asks for.

mod access;
mod accounts;
mod audit;
mod doctor;
mod industries;
mod integrations;
mod meta;
mod mirror;
mod open;
mod plans;
mod sectors;
mod sites;
mod users;

pub use access::GrantRow;
pub use audit::NewAudit;
pub use doctor::Finding;
pub use industries::TaxonomyCounts;
pub use integrations::{EventOutcome, IntegrationFields};
pub use meta::{SealedSecret, SecretSlot};
pub use mirror::MirrorSummary;
pub use open::{OpenOptions, APPLICATION_ID};
pub use plans::PlanFields;
pub use sites::{site_list_sql, SiteFields, SiteFilter};

use std::fs;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use rusqlite::{Connection, OptionalExtension, Row, TransactionBehavior};
use serde::Serialize;

use crate::domain::{Taxonomy, EMBEDDED_TAXONOMY};
use crate::error::Result;

/// The schema, one migration per entry, applied in order. Append only.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_init.sql"),
    include_str!("migrations/0002_wordpress.sql"),
    include_str!("migrations/0003_trust.sql"),
];

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// How a [`Store::open`] found the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Migration {
    pub from: i64,
    pub to: i64,
}

/// An open database.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    migration: Migration,
}

/// A transaction handed to store functions; see the table-family modules for its methods.
pub struct Tx<'c> {
    tx: rusqlite::Transaction<'c>,
    now: String,
}

impl Tx<'_> {
    /// The timestamp of this transaction (RFC 3339 UTC); every row it writes shares it.
    pub fn now(&self) -> &str {
        &self.now
    }

    fn conn(&self) -> &Connection {
        &self.tx
    }

    /// Runs one statement through the statement cache (bulk writes reuse the prepared form).
    fn exec(&self, sql: &str, params: impl rusqlite::Params) -> Result<usize> {
        Ok(self.tx.prepare_cached(sql)?.execute(params)?)
    }
}

/// What `db info` reports.
#[derive(Debug, Clone, Serialize)]
pub struct DbInfo {
    pub path: String,
    pub schema_version: i64,
    pub latest_schema_version: i64,
    pub journal_mode: String,
    pub page_size: i64,
    pub page_count: i64,
    pub size_bytes: i64,
    pub wal_bytes: i64,
    pub counts: serde_json::Map<String, serde_json::Value>,
}

impl Store {
    fn configure(&self) -> Result<()> {
        self.conn.pragma_update(None, "foreign_keys", "ON")?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.conn.set_prepared_statement_cache_capacity(128);
        Ok(())
    }

    /// Applies pending migrations in one exclusive transaction. The version is read again inside
    /// the transaction, because another process may have migrated while we waited for the lock.
    fn migrate(&mut self, now: Option<String>) -> Result<()> {
        let current: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        self.migration = Migration { from: current, to: current };
        if current == SCHEMA_VERSION {
            return Ok(());
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Exclusive)?;
        let current: i64 = tx.pragma_query_value(None, "user_version", |r| r.get(0))?;
        Self::check_version(current)?;
        for sql in MIGRATIONS.iter().skip(usize::try_from(current).unwrap_or(0)) {
            tx.execute_batch(sql)?;
        }
        tx.pragma_update(None, "user_version", SCHEMA_VERSION)?;
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
        let tx = Tx { tx, now: now.unwrap_or_else(now_rfc3339) };
        if current == 0 {
            let taxonomy = Taxonomy::parse(EMBEDDED_TAXONOMY, "fixtures/industries.toml")?;
            tx.upsert_taxonomy(&taxonomy)?;
        }
        tx.tx.commit()?;
        self.migration = Migration { from: current, to: SCHEMA_VERSION };
        Ok(())
    }

    /// How the schema was found when this store was opened.
    pub fn migration(&self) -> Migration {
        self.migration
    }

    /// Runs `f` in a read transaction (one consistent snapshot).
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Deferred)?;
        let tx = Tx { tx, now: now_rfc3339() };
        let out = f(&tx)?;
        tx.tx.finish()?;
        Ok(out)
    }

    /// Runs `f` in a write transaction taken with `BEGIN IMMEDIATE`, so checks and the writes
    /// they guard see the same state even with other writers. Commits when `f` succeeds and this
    /// is not a dry run; otherwise rolls everything back.
    pub fn write<T>(&mut self, dry_run: bool, now: String, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let tx = Tx { tx, now };
        let out = f(&tx)?;
        if dry_run {
            tx.tx.rollback()?;
        } else {
            tx.tx.commit()?;
        }
        Ok(out)
    }

    /// Path, schema, journal mode, sizes and row counts.
    pub fn info(&mut self) -> Result<DbInfo> {
        let path = self.path.as_ref().map_or_else(|| ":memory:".to_string(), |p| p.display().to_string());
        let wal_bytes = self
            .path
            .as_ref()
            .and_then(|p| fs::metadata(format!("{}-wal", p.display())).ok())
            .map_or(0, |m| m.len() as i64);
        let conn = &self.conn;
        let schema_version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
        let journal_mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
        let page_size: i64 = conn.pragma_query_value(None, "page_size", |r| r.get(0))?;
        let page_count: i64 = conn.pragma_query_value(None, "page_count", |r| r.get(0))?;
        let mut counts = serde_json::Map::new();
        for table in COUNTED_TABLES {
            let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            counts.insert((*table).to_string(), n.into());
        }
        Ok(DbInfo {
            path,
            schema_version,
            latest_schema_version: SCHEMA_VERSION,
            journal_mode,
            page_size,
            page_count,
            size_bytes: page_size * page_count,
            wal_bytes,
            counts,
        })
    }

    /// The path of the database file (none in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The query plan SQLite picks for one of the store's hot queries (for tests and `db doctor`).
    pub fn explain(&self, sql: &str) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
        let rows = stmt.query_map([], |r| r.get::<_, String>(3))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

const COUNTED_TABLES: &[&str] = &[
    "plans",
    "accounts",
    "users",
    "industries",
    "industry_sectors",
    "sites",
    "sectors",
    "site_access",
    "audit_log",
    "integrations",
    "sync_events",
    "wp_terms",
    "wp_content",
];

/// Now, as RFC 3339 UTC with second precision: the format of every stored timestamp.
pub fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Reads a column that holds a validated value (slug, email, enum) back into its type.
fn parsed<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<T>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    let text: String = row.get(idx)?;
    text.parse().map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

fn parsed_opt<T: FromStr>(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<T>>
where
    T::Err: std::error::Error + Send + Sync + 'static,
{
    match row.get::<_, Option<String>>(idx)? {
        None => Ok(None),
        Some(text) => text
            .parse()
            .map(Some)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e))),
    }
}

/// Runs a query expected to return at most one row.
fn one<T>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    map: impl FnOnce(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Option<T>> {
    Ok(conn.query_row(sql, params, map).optional()?)
}

/// Runs a query and collects every row.
fn all<T>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    mut map: impl FnMut(&Row<'_>) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut stmt = conn.prepare_cached(sql)?;
    let rows = stmt.query_map(params, |r| map(r))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[test]
    fn migrations_from_empty_to_latest_and_twice_is_a_noop() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/deeper/m.db");
        let existing = OpenOptions::existing(Duration::from_secs(1));
        assert_eq!(Store::open(&path, existing.clone()).err().unwrap().code, "database_missing");
        assert!(!dir.path().join("nested").exists(), "nothing is created without `create`");
        let store = Store::open(&path, OpenOptions { create: true, ..existing.clone() }).unwrap();
        assert_eq!(store.migration(), Migration { from: 0, to: SCHEMA_VERSION });
        drop(store);
        let mut store = Store::open(&path, existing).unwrap();
        assert_eq!(store.migration(), Migration { from: SCHEMA_VERSION, to: SCHEMA_VERSION });
        let info = store.info().unwrap();
        assert_eq!(info.journal_mode, "wal");
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
        ];
        let store = Store::open_in_memory().unwrap();
        for (table, column, want) in cases {
            let sql: String = store
                .conn
                .query_row("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1", [table], |r| r.get(0))
                .unwrap();
            let marker = format!("CHECK ({column} IN (");
            let start = sql.find(&marker).unwrap_or_else(|| panic!("{table}.{column} has no CHECK")) + marker.len();
            let list = &sql[start..start + sql[start..].find(')').unwrap()];
            let mut got: Vec<String> = list.split(',').map(|v| v.trim().trim_matches('\'').to_string()).collect();
            got.sort();
            assert_eq!(got, want, "{table}.{column}");
        }
    }

    #[test]
    fn dry_run_writes_roll_back() {
        let mut store = Store::open_in_memory().unwrap();
        let fields =
            PlanFields { name: "P".into(), max_sites: 1, max_users: 1, max_sectors_per_site: 1, is_active: true };
        let slug: crate::domain::Slug = "p".parse().unwrap();
        store.write(true, now_rfc3339(), |tx| tx.insert_plan(&slug, &fields)).unwrap();
        assert!(store.read(|tx| tx.plan(&slug)).unwrap().is_none());
        store.write(false, now_rfc3339(), |tx| tx.insert_plan(&slug, &fields)).unwrap();
        assert!(store.read(|tx| tx.plan(&slug)).unwrap().is_some());
    }
}
