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
//!   to an account's data first locks that account's row (`FOR NO KEY UPDATE`), before its
//!   checks, then reads what it checks (READ COMMITTED: each statement sees what the last writer
//!   committed); writers of other accounts run beside it. A tenant user's write first locks the
//!   user's own account and reads the user again, so a role taken away or a suspension is seen.
//!   What every account reads (plans, the taxonomy) is changed under the whole-database advisory
//!   lock, which every write transaction holds shared and such a change exclusively. What must be
//!   unique across accounts (emails, account and plan slugs) is decided by the unique
//!   constraints; a session that loses such a race, a deadlock or a serialisation failure is
//!   rolled back and run again by [`Store::write`], whose checks then give the answer a
//!   sequential run gives. New accounts need no lock: nobody else sees them before the commit. A
//!   bulk write locks the existing accounts it touches in one statement, in id order, so two bulk
//!   writes over the same accounts never deadlock. Why row locks on the account and not advisory
//!   locks: a row lock lives in the row, so a bulk write over thousands of accounts does not fill
//!   the server's lock table (of fixed size, shared by every session); and `NO KEY UPDATE` does
//!   not conflict with the key-share locks of foreign-key checks, so only writers of the same
//!   account wait. The test suite sees which accounts a transaction holds
//!   (`tests/postgres/lock_guard.sql` fails every write to an account's rows made without it).
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
mod check;
mod content;
mod doctor;
mod errors;
mod export;
mod industries;
mod info;
mod integrations;
pub mod inventory;
mod location;
mod locks;
mod masking;
mod meta;
mod mirror;
mod pgtransport;
mod pgurl;
mod plans;
pub mod postgres;
mod sectors;
mod sites;
pub mod sql;
mod sqlite;
mod tail;
mod users;
pub use tail::TAIL_RANGES;

pub use access::{GrantQuery, GrantRow};
pub use audit::{audit_list_sql, NewAudit};
pub use bulk::{NewSector, COPIED_TABLES};
pub use check::{
    AccountOverage, ContentTrouble, IntegrationHealth, LateScheduled, Publishing, SectorOverage, SiteHealth,
};
pub use content::{ContentFields, RecordFields, SiteScope, StoredContent};
pub use doctor::{AccountLoad, Finding, InFlight, SiteSectors};
pub use export::{ExportAccount, ExportContent, ExportIntegration, ExportSite};
pub use industries::TaxonomyCounts;
pub use info::DbInfo;
pub use integrations::{EventOutcome, IntegrationFields};
pub use location::{AuthMethod, Location, PgUrl, SslMode};
pub use locks::DATABASE_LOCK;
pub use masking::{loose_passwords, mask_secrets};
pub use meta::{SealedSecret, SecretSlot};
pub use mirror::{content_list_sql, MirrorSummary};
pub use pgurl::pgpass_lookup;
pub use plans::PlanFields;
pub use sites::{site_list_sql, SiteFields, SiteFilter};
pub use sql::{Engine, Flow};
pub use sqlite::Creation;
pub use sqlite::APPLICATION_ID;

use std::path::PathBuf;
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
    include_str!("migrations/sqlite/0009_inventory.sql"),
    include_str!("migrations/sqlite/0010_scheduled.sql"),
    include_str!("migrations/sqlite/0011_events_never_reuse_ids.sql"),
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
    include_str!("migrations/postgres/0009_inventory.sql"),
    include_str!("migrations/postgres/0010_scheduled.sql"),
    include_str!("migrations/postgres/0011_events_never_reuse_ids.sql"),
];
const _: () = assert!(SQLITE_MIGRATIONS.len() == POSTGRES_MIGRATIONS.len());

/// How long one PostgreSQL statement may run when nothing sets it: far above any of sitectl's
/// statements, an end to one that never returns (also `config`'s default for the setting).
pub const DEFAULT_STATEMENT_TIMEOUT_MS: u64 = 300_000;

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
            statement_timeout: Duration::from_millis(DEFAULT_STATEMENT_TIMEOUT_MS),
            application_name: "sitectl".to_string(),
        }
    }
}

/// An open database.
pub struct Store {
    conn: Conn,
    location: Option<Location>,
    migration: Migration,
    /// How long a write waits for a lock (see the module docs).
    busy_timeout: Duration,
}

/// A transaction handed to store functions; see the table-family modules for its methods.
pub struct Tx<'c> {
    guard: TxGuard<'c>,
    now: String,
    /// Rows bulk-inserted per table in this transaction, the count at which PostgreSQL's
    /// statistics of the table are next refreshed, and whether that is due (see `bulk.rs`).
    grown: std::cell::RefCell<std::collections::HashMap<String, (usize, usize, bool)>>,
    /// The accounts whose locks this transaction holds, and those it created (see `locks.rs`).
    locked: std::cell::RefCell<std::collections::HashSet<i64>>,
    created: std::cell::RefCell<std::collections::HashSet<i64>>,
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
        Ok(Tx {
            guard,
            now,
            grown: Default::default(),
            locked: Default::default(),
            created: Default::default(),
            writing,
            whole: Default::default(),
        })
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
            Engine::Sqlite => "BEGIN EXCLUSIVE",
            Engine::Postgres => locks::begin_write(Engine::Postgres),
        };
        let tx = Tx::begin(&self.conn, begin, now.unwrap_or_else(now_rfc3339), true)?;
        tx.take_whole_database(self.busy_timeout)?;
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
            let tx = Tx::begin(&self.conn, locks::begin_write(self.engine()), now.clone(), true)?;
            if whole {
                tx.take_whole_database(self.busy_timeout)?;
            } else {
                tx.share_whole_database()?;
            }
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

/// Every table with an `id` identity, parents first (the order `db copy` writes, `db info` counts).
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
    "wp_inventory",
    "wp_components",
    "wp_scheduled",
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
mod tests;
