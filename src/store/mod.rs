//! Storage: the only place SQL lives, on SQLite (the embedded default) or PostgreSQL.
//!
//! [`Store::open`] reaches the database a [`Location`] names, checks that it is a sitectl
//! database, and brings its schema up to date; [`Store::read`] and [`Store::write`] run a closure
//! inside one transaction and hand it a [`Tx`], whose methods (one file per table family) are the
//! only way the rest of the crate touches rows. The table families write their SQL once for both
//! engines through [`sql`]; what differs (opening, schema versions, sizes, integrity checks) lives
//! in `sqlite.rs` and `postgres.rs`. Store decides no business rule: it answers questions and
//! applies the changes `ops` asks for.
//!
//! # Concurrency
//!
//! Every mutation runs as one write transaction, and every check-then-write in it (plan limits
//! on sites, users and sectors per site, sector selection, create-if-absent) sees the state it
//! changes: no two processes can both pass a check that only one of them may pass.
//!
//! - SQLite: a file has one writer. `BEGIN IMMEDIATE` takes it for the whole transaction, so
//!   writers queue, whichever account they write.
//! - PostgreSQL: writers are serialised per account, not per database (see `locks.rs`). A write
//!   to an account's data first takes that account's transaction-scoped advisory lock, before
//!   its checks, then reads what it checks (READ COMMITTED: each statement sees what the last
//!   writer committed); writers of other accounts run beside it. What every account reads (plans,
//!   the taxonomy) is changed under the whole-database lock, which every write transaction holds
//!   shared and such a change exclusively. What must be unique across accounts (emails, account
//!   and plan slugs) is decided by the unique constraints; a session that loses such a race, a
//!   deadlock or a serialisation failure is rolled back and run again by [`Store::write`], whose
//!   checks then give the answer a sequential run gives. New accounts need no lock: nobody else
//!   sees them before the commit. A bulk write locks the existing accounts it touches in one
//!   statement, in id order, so two bulk writes over the same accounts never deadlock; above
//!   [`locks::MAX_ACCOUNT_LOCKS`] accounts it takes the whole-database lock instead (the server's
//!   lock table is bounded). Why advisory locks and not `SELECT ... FOR UPDATE` on the account
//!   row: they do not touch rows, so foreign-key checks and readers never wait for them, and
//!   the test suite can see which a transaction holds (`tests/postgres/lock_guard.sql` fails
//!   every write to an account's rows made without its lock).
//!
//! Readers never wait (WAL on SQLite, MVCC snapshots on PostgreSQL: a read runs in one
//! `REPEATABLE READ` snapshot and takes no lock). A writer waits for a lock at most the busy
//! timeout (`busy_timeout` on SQLite, `lock_timeout` on PostgreSQL) and then fails with
//! `database_locked` (exit 9), never with a wrong answer. Dry runs take the same path and roll
//! back.

mod access;
mod accounts;
mod audit;
mod bulk;
mod content;
mod doctor;
mod errors;
mod export;
mod industries;
mod integrations;
mod location;
mod locks;
mod meta;
mod mirror;
mod pgtransport;
mod plans;
pub mod postgres;
mod sectors;
mod sites;
pub mod sql;
mod sqlite;
mod users;

pub use access::{GrantQuery, GrantRow};
pub use audit::{audit_list_sql, NewAudit};
pub use bulk::{NewSector, COPIED_TABLES};
pub use content::{ContentFields, RecordFields, SiteScope, StoredContent};
pub use doctor::{AccountLoad, Finding, InFlight, SiteSectors};
pub use export::{ExportAccount, ExportContent, ExportIntegration, ExportSite};
pub use industries::TaxonomyCounts;
pub use integrations::{EventOutcome, IntegrationFields};
pub use location::{loose_passwords, mask_secrets, pgpass_lookup, AuthMethod, Location, PgUrl, SslMode};
pub use locks::{account_lock_key, ACCOUNT_LOCK_SPACE, DATABASE_LOCK};
pub use meta::{SealedSecret, SecretSlot};
pub use mirror::{content_list_sql, MirrorSummary};
pub use plans::PlanFields;
pub use sites::{site_list_sql, SiteFields, SiteFilter};
pub use sql::{Engine, Flow};
pub use sqlite::Creation;
pub use sqlite::APPLICATION_ID;

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::Serialize;

use crate::domain::{Taxonomy, EMBEDDED_TAXONOMY};
use crate::error::Result;
use sql::{params, Arg, Conn, Row, TxGuard};

/// The schema, one migration per entry, applied in order, per engine. Append only, and always
/// to both lists: a version number means the same tables on either engine.
const SQLITE_MIGRATIONS: &[&str] = &[
    include_str!("migrations/sqlite/0001_init.sql"),
    include_str!("migrations/sqlite/0002_wordpress.sql"),
    include_str!("migrations/sqlite/0003_trust.sql"),
    include_str!("migrations/sqlite/0004_lookups.sql"),
    include_str!("migrations/sqlite/0005_mirror_order.sql"),
    include_str!("migrations/sqlite/0006_content.sql"),
    include_str!("migrations/sqlite/0007_creation_token.sql"),
    include_str!("migrations/sqlite/0008_mirror_truncated.sql"),
];
const POSTGRES_MIGRATIONS: &[&str] = &[
    include_str!("migrations/postgres/0001_init.sql"),
    include_str!("migrations/postgres/0002_wordpress.sql"),
    include_str!("migrations/postgres/0003_trust.sql"),
    include_str!("migrations/postgres/0004_lookups.sql"),
    include_str!("migrations/postgres/0005_mirror_order.sql"),
    include_str!("migrations/postgres/0006_content.sql"),
    include_str!("migrations/postgres/0007_creation_token.sql"),
    include_str!("migrations/postgres/0008_mirror_truncated.sql"),
];
const _: () = assert!(SQLITE_MIGRATIONS.len() == POSTGRES_MIGRATIONS.len());

/// The schema version this binary writes.
pub const SCHEMA_VERSION: i64 = SQLITE_MIGRATIONS.len() as i64;

/// How a [`Store::open`] found the schema.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Migration {
    pub from: i64,
    pub to: i64,
}

/// How to open a database.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    pub busy_timeout: Duration,
    /// Create and initialise the database when there is none (only `db init` and an explicit
    /// `--init`): any other command on a wrong path must not leave files or tables behind.
    pub create: bool,
    /// Change nothing at all: no file, no migration, no journal-mode change.
    pub dry_run: bool,
    /// A fixed clock (RFC 3339) for the rows a migration writes; `None` is now.
    pub now: Option<String>,
    /// PostgreSQL: the password when the URL has none (`SITECTL_DB_PASSWORD`).
    pub db_password: Option<String>,
    /// PostgreSQL: the `.pgpass` file to look the password up in last.
    pub pgpass_file: Option<PathBuf>,
    /// PostgreSQL: the user when the URL names none (libpq's default: the OS user).
    pub os_user: String,
    /// PostgreSQL: how long one statement may run (the server's `statement_timeout`; zero is
    /// no limit). The URL's `options` may override it.
    pub statement_timeout: Duration,
    /// PostgreSQL: the session's `application_name` when the URL names none (`pg_stat_activity`
    /// then tells which command holds a connection).
    pub application_name: String,
}

impl OpenOptions {
    pub fn existing(busy_timeout: Duration) -> OpenOptions {
        OpenOptions {
            busy_timeout,
            create: false,
            dry_run: false,
            now: None,
            db_password: None,
            pgpass_file: None,
            os_user: "sitectl".to_string(),
            statement_timeout: Duration::from_millis(crate::config::DEFAULT_STATEMENT_TIMEOUT_MS),
            application_name: "sitectl".to_string(),
        }
    }
}

/// An open database.
pub struct Store {
    conn: Conn,
    location: Option<Location>,
    migration: Migration,
}

/// A transaction handed to store functions; see the table-family modules for its methods.
pub struct Tx<'c> {
    guard: TxGuard<'c>,
    now: String,
    /// Rows bulk-inserted per table in this transaction, the count at which PostgreSQL's
    /// statistics of the table are next refreshed, and whether that is due (see `bulk.rs`).
    grown: std::cell::RefCell<std::collections::HashMap<String, (usize, usize, bool)>>,
    /// The accounts whose locks this transaction holds (see `locks.rs`).
    locked: std::cell::RefCell<std::collections::HashSet<i64>>,
    /// A write transaction; a read one (a snapshot) never takes a lock, so it never waits.
    writing: bool,
    /// Whether this transaction holds the whole-database lock exclusively (which covers every
    /// account's).
    whole: std::cell::Cell<bool>,
}

/// How many times [`Store::write`] runs a transaction that keeps losing races.
const WRITE_ATTEMPTS: u32 = 6;

/// A random pause before attempt `attempt + 1`, growing with each attempt (up to about 0.3 s),
/// so the sessions that collided do not collide again in step.
fn retry_pause(attempt: u32) -> Duration {
    let mut bytes = [0u8; 2];
    let noise = getrandom::getrandom(&mut bytes).map_or(0, |()| u64::from(u16::from_le_bytes(bytes)));
    let ceiling = 10u64 << attempt.min(5);
    Duration::from_millis(ceiling / 2 + noise % (ceiling / 2 + 1))
}

impl<'c> Tx<'c> {
    fn begin(conn: &'c Conn, begin: &str, now: String, writing: bool) -> Result<Tx<'c>> {
        let guard = TxGuard::begin(conn, begin)?;
        Ok(Tx { guard, now, grown: Default::default(), locked: Default::default(), writing, whole: Default::default() })
    }
}

impl Tx<'_> {
    /// The timestamp of this transaction (RFC 3339 UTC); every row it writes shares it.
    pub fn now(&self) -> &str {
        &self.now
    }

    pub fn engine(&self) -> Engine {
        self.conn().engine()
    }

    fn conn(&self) -> &Conn {
        self.guard.conn
    }

    /// Runs one statement (prepared once per connection, so bulk writes reuse it).
    fn exec(&self, sql: &str, args: &[&dyn Arg]) -> Result<u64> {
        self.conn().exec(sql, args)
    }

    /// Runs an INSERT and returns the new row's id.
    fn insert(&self, sql: &str, args: &[&dyn Arg]) -> Result<i64> {
        let sql = format!("{sql} RETURNING id");
        self.conn().one(&sql, args, |r| r.get(0))?.ok_or_else(|| crate::error::Error::internal("INSERT returned no id"))
    }

    /// A query that always returns one row (counts, EXISTS).
    fn value<T: sql::FromValue>(&self, sql: &str, args: &[&dyn Arg]) -> Result<T> {
        self.conn().one(sql, args, |r| r.get(0))?.ok_or_else(|| crate::error::Error::internal("query returned no row"))
    }
}

/// What `db info` reports.
#[derive(Debug, Clone, Serialize)]
pub struct DbInfo {
    pub engine: Engine,
    /// The file (SQLite) or the URL with any password masked (PostgreSQL).
    pub path: String,
    pub schema_version: i64,
    pub latest_schema_version: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    /// PostgreSQL: the server of the URL's list this session reached.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub journal_mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_count: Option<i64>,
    pub size_bytes: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wal_bytes: Option<i64>,
    pub counts: serde_json::Map<String, serde_json::Value>,
}

impl Store {
    /// Opens the database at `location` and migrates it to the latest schema.
    ///
    /// A missing database is created only with `create`; one that is not a sitectl database
    /// (another application's, damaged, or a schema newer than this binary) is refused without
    /// being modified. A dry run changes nothing: it refuses a database that needs a migration
    /// rather than migrating it.
    pub fn open(location: &Location, options: OpenOptions) -> Result<Store> {
        match location {
            Location::File(path) => Store::open_file(path, options),
            Location::Postgres(url) => Store::open_postgres(url, options),
        }
    }

    /// The schema version at `location` without changing anything: `None` when there is no
    /// sitectl database yet. For dry runs of `db init`/`db migrate`.
    pub fn schema_version_at(location: &Location, options: &OpenOptions) -> Result<Option<i64>> {
        match location {
            Location::File(path) => Store::file_schema_version_at(path),
            Location::Postgres(url) => Store::postgres_schema_version_at(url, options),
        }
    }

    pub fn engine(&self) -> Engine {
        self.conn.engine()
    }

    /// Applies pending migrations in one transaction that excludes every other writer. The
    /// version is read again inside it, because another process may have migrated while we
    /// waited.
    fn migrate(&mut self, now: Option<String>) -> Result<()> {
        let current = self.stored_version()?;
        self.migration = Migration { from: current, to: current };
        if current == SCHEMA_VERSION {
            return Ok(());
        }
        let begin = match self.engine() {
            Engine::Sqlite => "BEGIN EXCLUSIVE".to_string(),
            Engine::Postgres => locks::begin_write(Engine::Postgres, true),
        };
        let tx = Tx::begin(&self.conn, &begin, now.unwrap_or_else(now_rfc3339), true)?;
        tx.whole.set(true);
        let current = stored_version(&tx)?;
        check_version(current)?;
        let list = match tx.engine() {
            Engine::Sqlite => SQLITE_MIGRATIONS,
            Engine::Postgres => POSTGRES_MIGRATIONS,
        };
        for sql in list.iter().skip(usize::try_from(current).unwrap_or(0)) {
            tx.conn().batch(sql)?;
        }
        set_version(&tx, SCHEMA_VERSION)?;
        if current == 0 {
            let taxonomy = Taxonomy::parse(EMBEDDED_TAXONOMY, "fixtures/industries.toml")?;
            tx.upsert_taxonomy(&taxonomy)?;
        }
        tx.guard.commit()?;
        self.migration = Migration { from: current, to: SCHEMA_VERSION };
        Ok(())
    }

    fn stored_version(&self) -> Result<i64> {
        let tx = Tx::begin(&self.conn, "BEGIN", String::new(), false)?;
        let v = stored_version(&tx)?;
        tx.guard.commit()?;
        Ok(v)
    }

    /// How the schema was found when this store was opened.
    pub fn migration(&self) -> Migration {
        self.migration
    }

    /// Runs `f` in a read transaction (one consistent snapshot).
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let begin = match self.engine() {
            Engine::Sqlite => "BEGIN DEFERRED",
            Engine::Postgres => "BEGIN ISOLATION LEVEL REPEATABLE READ",
        };
        let tx = Tx::begin(&self.conn, begin, now_rfc3339(), false)?;
        let out = f(&tx)?;
        tx.guard.commit()?;
        Ok(out)
    }

    /// Runs `f` in a write transaction (see the module docs for who waits for whom), so checks
    /// and the writes they guard see the same state. Commits when `f` succeeds and this is not
    /// a dry run; otherwise rolls everything back.
    ///
    /// A transaction that lost a race the server detected (a deadlock, a serialisation failure,
    /// a unique key another session committed first) is rolled back and `f` runs again from
    /// the start, a bounded number of times, after a short random pause: its checks then see
    /// the winner's rows and decide as if the two had run one after the other (`user_exists`,
    /// `--if-exists skip` ...). So `f` must do nothing but database work.
    pub fn write<T>(&mut self, dry_run: bool, now: String, mut f: impl FnMut(&Tx<'_>) -> Result<T>) -> Result<T> {
        let mut whole = false;
        let mut attempt = 1;
        loop {
            self.conn.take_retry();
            let tx = Tx::begin(&self.conn, &locks::begin_write(self.engine(), whole), now.clone(), true)?;
            tx.whole.set(whole);
            let done = f(&tx).and_then(|out| {
                if dry_run {
                    tx.guard.rollback()?;
                } else {
                    tx.guard.commit()?;
                }
                Ok(out)
            });
            // Whatever error the closure made of the failure, the connection knows whether the
            // transaction is to be run again.
            let retry = done.as_ref().err().and_then(|_| self.conn.take_retry());
            match (done, retry) {
                (Err(_), Some(why)) if attempt < WRITE_ATTEMPTS => {
                    drop(tx);
                    match why {
                        sql::Retry::WholeDatabase => whole = true,
                        sql::Retry::LostRace => std::thread::sleep(retry_pause(attempt)),
                    }
                    attempt += 1;
                }
                (done, _) => return done,
            }
        }
    }

    /// Engine, location, schema, sizes and row counts.
    pub fn info(&mut self) -> Result<DbInfo> {
        let mut counts = serde_json::Map::new();
        let schema_version = self.stored_version()?;
        self.read(|tx| {
            for table in ID_TABLES {
                let n: i64 = tx.value(&format!("SELECT count(*) FROM {table}"), params![])?;
                counts.insert((*table).to_string(), n.into());
            }
            Ok(())
        })?;
        let mut info = DbInfo {
            engine: self.engine(),
            path: self.location.as_ref().map_or_else(|| ":memory:".to_string(), ToString::to_string),
            schema_version,
            latest_schema_version: SCHEMA_VERSION,
            server_version: None,
            database: None,
            host: None,
            journal_mode: None,
            page_size: None,
            page_count: None,
            size_bytes: 0,
            wal_bytes: None,
            counts,
        };
        match self.engine() {
            Engine::Sqlite => self.sqlite_info(&mut info)?,
            Engine::Postgres => self.postgres_info(&mut info)?,
        }
        Ok(info)
    }

    /// The database file (none in memory or on a server).
    pub fn path(&self) -> Option<&Path> {
        self.location.as_ref().and_then(Location::file)
    }

    /// Where this store is.
    pub fn location(&self) -> Option<&Location> {
        self.location.as_ref()
    }

    /// The query plan the engine picks for one of the store's hot queries (for tests and
    /// benchmarks), one line per step. On PostgreSQL sequential scans are discouraged while it
    /// plans, so the plan shows whether an index serves the query however small the tables are.
    pub fn explain(&self, sql: &str) -> Result<Vec<String>> {
        match self.engine() {
            Engine::Sqlite => self.conn.all(&format!("EXPLAIN QUERY PLAN {sql}"), params![], |r| r.get(3)),
            Engine::Postgres => {
                self.conn.batch("SET enable_seqscan = off")?;
                let plan = self.conn.all(&format!("EXPLAIN {sql}"), params![], |r| r.get(0));
                self.conn.batch("RESET enable_seqscan")?;
                plan
            }
        }
    }
}

/// The schema version recorded in the database (0 for none yet).
fn stored_version(tx: &Tx<'_>) -> Result<i64> {
    match tx.engine() {
        Engine::Sqlite => tx.value("PRAGMA user_version", params![]),
        Engine::Postgres => postgres::stored_version(tx),
    }
}

fn set_version(tx: &Tx<'_>, version: i64) -> Result<()> {
    match tx.engine() {
        Engine::Sqlite => {
            tx.conn().batch(&format!("PRAGMA user_version = {version}; PRAGMA application_id = {APPLICATION_ID};"))
        }
        Engine::Postgres => postgres::set_version(tx, version),
    }
}

pub(crate) fn check_version(version: i64) -> Result<()> {
    use crate::error::{Code, Error};
    if version < 0 {
        return Err(Error::new(
            Code::SchemaInvalid,
            format!("the database has an impossible schema version {version}; it was left untouched"),
        )
        .with_hint("restore the database from a backup"));
    }
    if version > SCHEMA_VERSION {
        return Err(Error::new(
            Code::SchemaTooNew,
            format!(
                "the database has schema version {version}, newer than this sitectl understands ({SCHEMA_VERSION})"
            ),
        )
        .with_hint(format!("upgrade sitectl to a release that knows schema version {version}"))
        .with_details(serde_json::json!({"database_version": version, "supported_version": SCHEMA_VERSION})));
    }
    Ok(())
}

/// Every table with an `id` identity, parents before children (the order `db copy` writes and
/// `db info` counts).
pub(crate) const ID_TABLES: &[&str] = &[
    "plans",
    "accounts",
    "users",
    "industries",
    "industry_sectors",
    "sites",
    "sectors",
    "site_access",
    "audit_log",
    "audit_targets",
    "integrations",
    "sync_events",
    "wp_terms",
    "wp_content",
    "content_items",
    "publishing_records",
];

/// Now, as RFC 3339 UTC with second precision: the format of every stored timestamp.
pub fn now_rfc3339() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Reads a column that holds a validated value (slug, email, enum) back into its type.
fn parsed<T: std::str::FromStr>(row: &Row<'_>, idx: usize) -> Result<T>
where
    T::Err: std::fmt::Display,
{
    row.parsed(idx)
}

fn parsed_opt<T: std::str::FromStr>(row: &Row<'_>, idx: usize) -> Result<Option<T>>
where
    T::Err: std::fmt::Display,
{
    row.parsed_opt(idx)
}

/// Runs a query expected to return at most one row.
fn one<T>(conn: &Conn, sql: &str, args: &[&dyn Arg], map: impl FnOnce(&Row<'_>) -> Result<T>) -> Result<Option<T>> {
    conn.one(sql, args, map)
}

/// Runs a query and collects every row.
fn all<T>(conn: &Conn, sql: &str, args: &[&dyn Arg], map: impl FnMut(&Row<'_>) -> Result<T>) -> Result<Vec<T>> {
    conn.all(sql, args, map)
}

#[cfg(test)]
mod tests {
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
        let stored: Option<String> = store
            .read(|tx| tx.conn().one("SELECT value FROM meta WHERE key = 'k'", sql::params![], |r| r.get(0)))
            .unwrap();
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
        let fields =
            PlanFields { name: "P".into(), max_sites: 1, max_users: 1, max_sectors_per_site: 1, is_active: true };
        let slug: crate::domain::Slug = "p".parse().unwrap();
        store.write(true, now_rfc3339(), |tx| tx.insert_plan(&slug, &fields)).unwrap();
        assert!(store.read(|tx| tx.plan(&slug)).unwrap().is_none());
        store.write(false, now_rfc3339(), |tx| tx.insert_plan(&slug, &fields)).unwrap();
        assert!(store.read(|tx| tx.plan(&slug)).unwrap().is_some());
    }
}
