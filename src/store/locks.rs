//! Who may write what at the same time (see the module docs of [`crate::store`], "Concurrency").
//!
//! SQLite has one writer per file (`BEGIN IMMEDIATE`), so every method here is free there. On
//! PostgreSQL a write transaction holds the database-wide lock [`DATABASE_LOCK`] in shared mode
//! from its first statement, so writers never wait for each other on it; then:
//!
//! - a write to one account's data first takes that account's lock ([`Tx::lock_accounts`]), so
//!   its checks (plan limits, sector selection, create-if-absent) see the state it changes while
//!   writers of other accounts run beside it;
//! - a write to what every account reads (plans, the industry taxonomy) or to the whole database
//!   (migrations, `db copy`) takes the database-wide lock exclusively
//!   ([`Tx::lock_whole_database`]): it waits for the writers in flight and holds new ones off
//!   for its own (short) duration.
//!
//! Locks are transaction-scoped advisory locks: the server releases them at commit, rollback
//! or a lost connection, and they never touch a row, so readers never wait.

use super::sql::{params, Retry};
use super::{Engine, Tx};
use crate::error::{Code, Error, Result};

/// The database-wide lock's key (PostgreSQL's one-`bigint` key space): sitectl's application id.
pub const DATABASE_LOCK: i64 = super::APPLICATION_ID as i64;

/// The first key of the per-account locks (the two-`int4` key space, apart from the one-`bigint`
/// space of [`DATABASE_LOCK`]); the second key is the account id. Ids beyond `int4` wrap around:
/// two accounts sharing a key merely queue behind each other.
pub const ACCOUNT_LOCK_SPACE: i32 = super::APPLICATION_ID;

/// How an account id becomes the second key: the same expression in Rust and in SQL.
pub fn account_lock_key(account_id: i64) -> i32 {
    (account_id.rem_euclid(1 << 31)) as i32
}

/// At most this many accounts are locked per statement.
const LOCKS_PER_STATEMENT: usize = 500;

/// A transaction that would lock more accounts than this takes the whole-database lock instead:
/// PostgreSQL keeps every lock in a table of fixed size shared by all sessions
/// (`max_locks_per_transaction` x `max_connections`, 6,400 by default), which one bulk write
/// must not fill.
pub const MAX_ACCOUNT_LOCKS: usize = 1_000;

impl Tx<'_> {
    /// Serialises this transaction with every other writer of these accounts, until it ends.
    /// Call it before reading what the write's checks depend on. The accounts are locked in
    /// ascending id order, so two transactions locking overlapping sets in one call each can
    /// never deadlock; one that locks more accounts later may (the server detects it, and the
    /// store's write loop runs the loser again).
    /// Free in a read transaction (a snapshot needs no lock), and for accounts this transaction
    /// created (nobody else sees them before the commit).
    pub fn lock_accounts(&self, ids: &[i64]) -> Result<()> {
        if self.engine() == Engine::Sqlite || !self.writing || self.whole.get() {
            return Ok(());
        }
        let fresh: Vec<i64> = {
            let (held, made) = (self.locked.borrow(), self.created.borrow());
            ids.iter().copied().filter(|id| !held.contains(id) && !made.contains(id)).collect()
        };
        let mut keys: Vec<i32> = fresh.iter().map(|id| account_lock_key(*id)).collect();
        keys.sort_unstable();
        keys.dedup();
        if keys.len() + self.locked.borrow().len() > MAX_ACCOUNT_LOCKS {
            return self.lock_whole_database();
        }
        for chunk in keys.chunks(LOCKS_PER_STATEMENT) {
            let list = chunk.iter().map(i32::to_string).collect::<Vec<_>>().join(",");
            // The sorted subquery makes the server take the locks in key order. Numbers only, so
            // the list is written into the text (and not kept as a prepared statement).
            self.conn().batch(&format!(
                "SELECT pg_advisory_xact_lock({ACCOUNT_LOCK_SPACE}, k) \
                 FROM (SELECT k FROM unnest(ARRAY[{list}]::int[]) AS k ORDER BY k) AS ordered"
            ))?;
        }
        self.locked.borrow_mut().extend(fresh);
        Ok(())
    }

    /// Notes accounts this transaction made: they are its own until it commits, so locking them
    /// would only fill the server's lock table.
    pub(super) fn created_accounts(&self, ids: &[i64]) {
        self.created.borrow_mut().extend(ids.iter().copied());
    }

    /// Serialises this transaction with every other writer (of every account), until it ends:
    /// for plans and the taxonomy, which every account's checks read, and whole-database work.
    ///
    /// A write transaction holds this lock shared from its first statement; taking it
    /// exclusively then is an upgrade, which two transactions could each wait for the other to
    /// give up. So it is only tried: when another writer is in flight the transaction ends with
    /// [`Retry::WholeDatabase`] and [`super::Store::write`] runs it again holding the lock
    /// exclusively from its first statement (waiting, at most the busy timeout, for the writers
    /// in flight).
    pub fn lock_whole_database(&self) -> Result<()> {
        if self.engine() == Engine::Sqlite || !self.writing || self.whole.get() {
            return Ok(());
        }
        let got: bool = self.value(&format!("SELECT pg_try_advisory_xact_lock({DATABASE_LOCK})"), params![])?;
        if !got {
            self.conn().note_retry(Retry::WholeDatabase);
            return Err(Error::new(
                Code::DatabaseLocked,
                "other writers kept the database busy while this command needed it to itself; nothing was changed",
            )
            .with_hint("retry; plan and taxonomy changes wait for the writes in flight"));
        }
        self.whole.set(true);
        Ok(())
    }
}

/// The statements that start a write transaction: READ COMMITTED, so each statement after a
/// lock sees every write committed before it was granted; the database-wide lock shared, or
/// exclusively (`whole`).
pub(super) fn begin_write(engine: Engine, whole: bool) -> String {
    match engine {
        Engine::Sqlite => "BEGIN IMMEDIATE".to_string(),
        Engine::Postgres => {
            let lock = if whole { "pg_advisory_xact_lock" } else { "pg_advisory_xact_lock_shared" };
            format!("BEGIN ISOLATION LEVEL READ COMMITTED; SELECT {lock}({DATABASE_LOCK})")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn account_keys_stay_in_int4_and_wrap() {
        assert_eq!(account_lock_key(1), 1);
        assert_eq!(account_lock_key(i32::MAX as i64), i32::MAX);
        assert_eq!(account_lock_key(1 << 31), 0);
        assert_eq!(account_lock_key(i64::MAX), i32::MAX);
    }
}
