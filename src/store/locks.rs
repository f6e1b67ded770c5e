//! Who may write what at the same time (see the module docs of [`crate::store`], "Concurrency").
//!
//! SQLite has one writer per file (`BEGIN IMMEDIATE`), so every method here is free there. On
//! PostgreSQL a write transaction holds the database-wide advisory lock [`DATABASE_LOCK`] in
//! shared mode from its start, so writers never wait for each other on it; then:
//!
//! - a write to one account's data first locks the account's row ([`Tx::lock_accounts`]), so its
//!   checks (plan limits, sector selection, create-if-absent) see the state it changes while
//!   writers of other accounts run beside it;
//! - a write to what every account reads (plans, the industry taxonomy) or to the whole database
//!   (migrations, `db copy`, `wp key reseal`) holds the database-wide lock exclusively: it waits
//!   for the writers in flight, without queueing in front of new ones (see
//!   [`Tx::take_whole_database`]), and holds them off for its own short duration.
//!
//! Both kinds end with the transaction (commit, rollback or a lost connection), and readers never
//! wait for them.

use std::time::{Duration, Instant};

use super::sql::{params, Retry};
use super::{Engine, Tx};
use crate::error::{Code, Error, Result};

/// The database-wide lock's key (PostgreSQL's one-`bigint` key space): sitectl's application id.
pub const DATABASE_LOCK: i64 = super::APPLICATION_ID as i64;

/// At most this many accounts are locked per statement.
const LOCKS_PER_STATEMENT: usize = 500;

impl Tx<'_> {
    /// Serialises this transaction with every other writer of these accounts, until it ends:
    /// each account's row is locked (`FOR NO KEY UPDATE`). Call it before reading what the
    /// write's checks depend on. The rows are locked in ascending id order in one statement (per
    /// 500), so two transactions locking overlapping sets in one call each never deadlock; one
    /// that locks more accounts later may (the server detects it, and the store's write loop
    /// runs the loser again). Free in a read transaction (a snapshot needs no lock), and for
    /// accounts this transaction created (nobody else sees them before the commit).
    pub fn lock_accounts(&self, ids: &[i64]) -> Result<()> {
        if self.engine() == Engine::Sqlite || !self.writing || self.whole.get() {
            return Ok(());
        }
        let mut fresh: Vec<i64> = {
            let (held, made) = (self.locked.borrow(), self.created.borrow());
            ids.iter().copied().filter(|id| !held.contains(id) && !made.contains(id)).collect()
        };
        fresh.sort_unstable();
        fresh.dedup();
        for chunk in fresh.chunks(LOCKS_PER_STATEMENT) {
            let list = chunk.iter().map(i64::to_string).collect::<Vec<_>>().join(",");
            // Numbers only, so the list is written into the text (and not kept as a prepared
            // statement); ORDER BY makes the server lock the rows in id order.
            self.conn()
                .batch(&format!("SELECT id FROM accounts WHERE id IN ({list}) ORDER BY id FOR NO KEY UPDATE"))?;
        }
        self.locked.borrow_mut().extend(fresh);
        Ok(())
    }

    /// Whether this is a write transaction (whose locks matter).
    pub fn is_writing(&self) -> bool {
        self.writing
    }

    /// Notes accounts this transaction made: they are its own until it commits, so locking them
    /// would only cost statements (a bulk write makes thousands).
    pub(super) fn created_accounts(&self, ids: &[i64]) {
        self.created.borrow_mut().extend(ids.iter().copied());
    }

    /// Serialises this transaction with every other writer (of every account), until it ends:
    /// for plans and the taxonomy, which every account's checks read, and whole-database work.
    ///
    /// A write transaction holds this lock shared from its start; taking it exclusively then is
    /// an upgrade, which two transactions could each wait for the other to give up. So it is
    /// only tried: when another writer is in flight the transaction ends with
    /// [`Retry::WholeDatabase`] and [`super::Store::write`] runs it again holding the lock
    /// exclusively from its start ([`Tx::take_whole_database`]).
    pub fn lock_whole_database(&self) -> Result<()> {
        if self.engine() == Engine::Sqlite || !self.writing || self.whole.get() {
            return Ok(());
        }
        if !self.try_whole_database()? {
            self.conn().note_retry(Retry::WholeDatabase);
            return Err(whole_database_busy());
        }
        Ok(())
    }

    fn try_whole_database(&self) -> Result<bool> {
        let got: bool = self.value(&format!("SELECT pg_try_advisory_xact_lock({DATABASE_LOCK})"), params![])?;
        self.whole.set(got);
        Ok(got)
    }

    /// The start of an ordinary write transaction: the database-wide lock, shared.
    pub(super) fn share_whole_database(&self) -> Result<()> {
        if self.engine() == Engine::Sqlite {
            return Ok(());
        }
        self.conn().batch(&format!("SELECT pg_advisory_xact_lock_shared({DATABASE_LOCK})"))
    }

    /// The start of a transaction that needs the database to itself: the database-wide lock
    /// exclusively, asked for again and again (with a growing pause) until `wait` has passed.
    /// Not by waiting in the server's queue: a waiting exclusive request makes every later
    /// shared one queue behind it, so one plan change waiting for a long bulk write would stop
    /// every tenant's writes until both were done.
    pub(super) fn take_whole_database(&self, wait: Duration) -> Result<()> {
        if self.engine() == Engine::Sqlite {
            return Ok(());
        }
        let deadline = Instant::now() + wait;
        let mut pause = Duration::from_millis(5);
        while !self.try_whole_database()? {
            if Instant::now() >= deadline {
                return Err(whole_database_busy());
            }
            std::thread::sleep(pause.min(deadline.saturating_duration_since(Instant::now())));
            pause = (pause * 2).min(Duration::from_millis(200));
        }
        Ok(())
    }
}

fn whole_database_busy() -> Error {
    Error::new(
        Code::DatabaseLocked,
        "other writers kept the database busy past the busy timeout while this command needed it to itself; nothing was changed",
    )
    .with_hint("retry when fewer writes run (plan and taxonomy changes wait for a moment without writers), or raise busy_timeout_ms")
}

/// The statement that starts a write transaction: READ COMMITTED, so each statement after a lock
/// sees every write committed before it was granted.
pub(super) fn begin_write(engine: Engine) -> &'static str {
    match engine {
        Engine::Sqlite => "BEGIN IMMEDIATE",
        Engine::Postgres => "BEGIN ISOLATION LEVEL READ COMMITTED",
    }
}
