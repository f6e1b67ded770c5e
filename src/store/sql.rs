//! The one place that talks to a database driver: statements, parameters and rows that are the
//! same on SQLite (rusqlite) and PostgreSQL (the blocking `postgres` crate).
//!
//! The table-family modules write their SQL once, in the dialect both engines share (numbered
//! `?N` parameters, `ON CONFLICT ... DO UPDATE`, `RETURNING`, `coalesce`, `instr` — which the
//! PostgreSQL schema defines), bind [`Arg`]s and read columns through [`Row::get`]. Booleans are
//! stored as 0/1 integers on both engines, so a bool reads the same whichever engine answered.
//! Driver errors are mapped to the library's kinds here and in the engine modules, never above.
//!
//! One rule of the shared dialect: PostgreSQL infers each parameter's type from where it is
//! used, and `?2 IS NULL` alone tells it nothing, so an optional filter is written
//! `CAST(?2 AS TEXT) IS NULL OR col = ?2`.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use postgres::types::ToSql;

use crate::error::{Error, Result};

mod value;
use value::storable;
pub use value::{Arg, FromValue, Row, Value};

/// Which database engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// Statement parameters: `params![a, b]` binds `a` to `?1` and `b` to `?2`.
macro_rules! params {
    () => { &[] as &[&dyn $crate::store::sql::Arg] };
    ($($x:expr),+ $(,)?) => { &[$(&$x as &dyn $crate::store::sql::Arg),+] as &[&dyn $crate::store::sql::Arg] };
}
pub(crate) use params;

/// Parameters collected at run time (filters).
pub fn dynamic(values: &[Value]) -> Vec<&dyn Arg> {
    values.iter().map(|v| v as &dyn Arg).collect()
}

/// A WHERE clause built from optional filters, numbering its parameters as it goes (PostgreSQL
/// refuses a parameter the statement does not use, so none is bound without its condition).
#[derive(Default)]
pub struct Where {
    clauses: Vec<String>,
    pub args: Vec<Value>,
}

impl Where {
    /// A condition and its value; every `?` in the condition is that value.
    pub fn arg(&mut self, clause: &str, v: impl Into<Value>) {
        self.args.push(v.into());
        self.clauses.push(clause.replace('?', &format!("?{}", self.args.len())));
    }

    /// A condition with two values: its first `?` is `a`, its second `b`.
    pub fn arg2(&mut self, clause: &str, a: impl Into<Value>, b: impl Into<Value>) {
        self.args.push(a.into());
        let first = format!("?{}", self.args.len());
        self.args.push(b.into());
        let second = format!("?{}", self.args.len());
        let (head, rest) = clause.split_once('?').unwrap_or((clause, ""));
        self.clauses.push(format!("{head}{first}{}", rest.replacen('?', &second, 1)));
    }

    /// A condition without parameters.
    pub fn raw(&mut self, clause: impl Into<String>) {
        self.clauses.push(clause.into());
    }

    /// Keyset paging on `id_column` (the list's order); returns the LIMIT clause.
    pub fn page(&mut self, page: crate::domain::Page, id_column: &str) -> String {
        if let Some(after) = page.after {
            self.arg(&format!("{id_column} > ?"), after);
        }
        page.limit.map_or_else(String::new, |n| format!(" LIMIT {}", n.max(0)))
    }

    /// `a AND b` as one condition (true when there is none), to use elsewhere than a WHERE.
    pub fn condition(&self) -> String {
        if self.clauses.is_empty() {
            "1 = 1".to_string()
        } else {
            format!("({})", self.clauses.join(" AND "))
        }
    }

    /// ` WHERE a AND b`, or nothing.
    pub fn sql(&self) -> String {
        if self.clauses.is_empty() {
            String::new()
        } else {
            format!(" WHERE {}", self.clauses.join(" AND "))
        }
    }
}

/// Whether a streamed query goes on (`Continue`) or stops early (`Break`: a closed pipe, a limit).
pub type Flow = std::ops::ControlFlow<()>;

/// Everything a streaming reader hands out, as a list (for callers that want it whole).
pub fn collect<T>(run: impl FnOnce(&mut dyn FnMut(T) -> Result<Flow>) -> Result<()>) -> Result<Vec<T>> {
    let mut out = Vec::new();
    run(&mut |item| {
        out.push(item);
        Ok(Flow::Continue(()))
    })?;
    Ok(out)
}

/// Rewrites SQLite's parameters to PostgreSQL's `$N` (outside string literals): `?N` keeps its
/// number, and a bare `?` takes one more than the largest number so far, as SQLite numbers it.
pub fn to_postgres_sql(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut in_string = false;
    let mut largest = 0u32;
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_string = !in_string;
                out.push(c);
            }
            '?' if !in_string => {
                let mut digits = String::new();
                while let Some(d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                    digits.push(*d);
                    chars.next();
                }
                let n = digits.parse().unwrap_or(largest + 1);
                largest = largest.max(n);
                out.push_str(&format!("${n}"));
            }
            _ => out.push(c),
        }
    }
    out
}

/// A PostgreSQL connection and the statements prepared on it.
pub struct PgConn {
    pub(crate) client: RefCell<postgres::Client>,
    statements: RefCell<HashMap<String, postgres::Statement>>,
    /// Why the transaction in progress must be run again, once a statement said so (see
    /// [`Retry`]). Kept here, where every failure passes, so that no caller that rewords or
    /// replaces an error can lose it.
    retry: Cell<Option<Retry>>,
    /// Which server of the URL's list this is (`host:port` or the socket file).
    host: Option<String>,
}

impl PgConn {
    pub fn new(client: postgres::Client) -> PgConn {
        PgConn {
            client: RefCell::new(client),
            statements: RefCell::new(HashMap::new()),
            retry: Cell::new(None),
            host: None,
        }
    }

    /// Notes which server of the list was reached.
    pub fn reached(self, host: String) -> PgConn {
        PgConn { host: Some(host), ..self }
    }

    pub fn reached_host(&self) -> Option<&str> {
        self.host.as_deref()
    }

    fn statement(&self, sql: &str) -> Result<postgres::Statement> {
        if let Some(s) = self.statements.borrow().get(sql) {
            return Ok(s.clone());
        }
        let prepared = self.client()?.prepare(&to_postgres_sql(sql)).map_err(|e| self.fail(e))?;
        let mut cache = self.statements.borrow_mut();
        // Bounded: statements are the crate's own constants plus a few filter shapes.
        if cache.len() >= 512 {
            cache.clear();
        }
        cache.insert(sql.to_string(), prepared.clone());
        Ok(prepared)
    }

    /// A failure of a statement, named; notes whether the transaction is to be run again.
    fn fail(&self, e: postgres::Error) -> Error {
        if self.retry.get().is_none() {
            self.retry.set(retry_of(&e));
        }
        pg_error(e)
    }

    pub fn batch(&self, sql: &str) -> Result<()> {
        self.client()?.batch_execute(sql).map_err(|e| self.fail(e))
    }

    /// Runs a statement (prepared once per connection) and returns its rows.
    fn query(&self, sql: &str, args: &[&dyn Arg]) -> Result<Vec<postgres::Row>> {
        let stmt = self.statement(sql)?;
        with_pg_params(args, |p| self.client()?.query(&stmt, p).map_err(|e| self.fail(e)))
    }

    fn execute(&self, sql: &str, args: &[&dyn Arg]) -> Result<u64> {
        let stmt = self.statement(sql)?;
        with_pg_params(args, |p| self.client()?.execute(&stmt, p).map_err(|e| self.fail(e)))
    }

    /// The client, unless a streamed query holds it: a statement issued from inside
    /// [`Conn::each`]'s callback is an error, never a panic.
    fn client(&self) -> Result<std::cell::RefMut<'_, postgres::Client>> {
        self.client
            .try_borrow_mut()
            .map_err(|_| Error::internal("a statement was issued while a query was streaming its rows"))
    }

    /// Streams rows as the server sends them: the driver reads the socket only as fast as
    /// `each` consumes, so memory does not grow with the result.
    fn each(&self, sql: &str, args: &[&dyn Arg], mut each: impl FnMut(&Row<'_>) -> Result<Flow>) -> Result<()> {
        use postgres::fallible_iterator::FallibleIterator;
        let stmt = self.statement(sql)?;
        let values: Vec<Value> = args.iter().map(|a| a.value()).collect();
        let mut client = self.client()?;
        let mut rows = client.query_raw(&stmt, values.iter().map(|v| v as &dyn ToSql)).map_err(|e| self.fail(e))?;
        while let Some(r) = rows.next().map_err(|e| self.fail(e))? {
            if each(&Row::Postgres(&r))?.is_break() {
                break;
            }
        }
        Ok(())
    }
}

/// Hands the driver the arguments as values it can send.
fn with_pg_params<T>(args: &[&dyn Arg], f: impl FnOnce(&[&(dyn ToSql + Sync)]) -> T) -> T {
    let values: Vec<Value> = args.iter().map(|a| a.value()).collect();
    let refs: Vec<&(dyn ToSql + Sync)> = values.iter().map(|v| v as &(dyn ToSql + Sync)).collect();
    f(&refs)
}

/// A database connection of either engine.
pub enum Conn {
    Sqlite(rusqlite::Connection),
    Postgres(Box<PgConn>),
}

/// Why a write transaction is run again (see `Store::write`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retry {
    /// It lost a race the server detected: run again, it decides as if the two had run one
    /// after the other.
    LostRace,
    /// It found it must change what every account reads while other writers were in flight:
    /// run again holding the whole-database lock from its first statement.
    WholeDatabase,
}

impl Conn {
    /// Notes that the transaction in progress is to be run again (SQLite never needs to: its
    /// one writer loses no race).
    pub fn note_retry(&self, why: Retry) {
        if let Conn::Postgres(c) = self {
            c.retry.set(Some(why));
        }
    }

    /// Why the last transaction is to be run again, if it is; forgets it.
    pub fn take_retry(&self) -> Option<Retry> {
        match self {
            Conn::Sqlite(_) => None,
            Conn::Postgres(c) => c.retry.take(),
        }
    }

    pub fn engine(&self) -> Engine {
        match self {
            Conn::Sqlite(_) => Engine::Sqlite,
            Conn::Postgres(_) => Engine::Postgres,
        }
    }

    /// Runs statements without parameters (transaction control, schema).
    pub fn batch(&self, sql: &str) -> Result<()> {
        match self {
            Conn::Sqlite(c) => Ok(c.execute_batch(sql)?),
            Conn::Postgres(c) => c.batch(sql),
        }
    }

    pub fn exec(&self, sql: &str, args: &[&dyn Arg]) -> Result<u64> {
        storable(args)?;
        match self {
            Conn::Sqlite(c) => {
                let values: Vec<Value> = args.iter().map(|a| a.value()).collect();
                let n = c.prepare_cached(sql)?.execute(rusqlite::params_from_iter(values.iter()))?;
                Ok(n as u64)
            }
            Conn::Postgres(c) => c.execute(sql, args),
        }
    }

    /// Every row, each mapped by `map`. On PostgreSQL the rows are fetched before `map` runs,
    /// so `map` may itself use the connection.
    pub fn all<T>(&self, sql: &str, args: &[&dyn Arg], mut map: impl FnMut(&Row<'_>) -> Result<T>) -> Result<Vec<T>> {
        storable(args)?;
        match self {
            Conn::Sqlite(c) => {
                let values: Vec<Value> = args.iter().map(|a| a.value()).collect();
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
                let mut out = Vec::new();
                while let Some(r) = rows.next()? {
                    out.push(map(&Row::Sqlite(r))?);
                }
                Ok(out)
            }
            Conn::Postgres(c) => c.query(sql, args)?.iter().map(|r| map(&Row::Postgres(r))).collect(),
        }
    }

    /// Streams the rows to `each`, one at a time, until it says stop. `each` must not use the
    /// database (on PostgreSQL that is an error: the connection is busy with the stream).
    pub fn each(&self, sql: &str, args: &[&dyn Arg], mut each: impl FnMut(&Row<'_>) -> Result<Flow>) -> Result<()> {
        storable(args)?;
        match self {
            Conn::Sqlite(c) => {
                let values: Vec<Value> = args.iter().map(|a| a.value()).collect();
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
                while let Some(r) = rows.next()? {
                    if each(&Row::Sqlite(r))?.is_break() {
                        break;
                    }
                }
                Ok(())
            }
            Conn::Postgres(c) => c.each(sql, args, each),
        }
    }

    /// The first row, if any (the rest are not read).
    pub fn one<T>(&self, sql: &str, args: &[&dyn Arg], map: impl FnOnce(&Row<'_>) -> Result<T>) -> Result<Option<T>> {
        storable(args)?;
        match self {
            Conn::Sqlite(c) => {
                let values: Vec<Value> = args.iter().map(|a| a.value()).collect();
                let mut stmt = c.prepare_cached(sql)?;
                let mut rows = stmt.query(rusqlite::params_from_iter(values.iter()))?;
                match rows.next()? {
                    Some(r) => map(&Row::Sqlite(r)).map(Some),
                    None => Ok(None),
                }
            }
            Conn::Postgres(c) => c.query(sql, args)?.first().map(|r| map(&Row::Postgres(r))).transpose(),
        }
    }
}

/// Why the server's failure means "run the transaction again": a deadlock or a serialisation
/// failure (the server chose this session to give way), or a unique key another session
/// committed first (the checks that run again see its row and answer as a sequential run).
fn retry_of(e: &postgres::Error) -> Option<Retry> {
    use postgres::error::SqlState;
    let code = e.as_db_error()?.code();
    [SqlState::T_R_SERIALIZATION_FAILURE, SqlState::T_R_DEADLOCK_DETECTED, SqlState::UNIQUE_VIOLATION]
        .contains(code)
        .then_some(Retry::LostRace)
}

/// Maps a PostgreSQL failure to the library's kinds (see `errors::classify_postgres`), keeping it as
/// the cause.
pub fn pg_error(e: postgres::Error) -> Error {
    use super::pgtransport::Refusal;
    match super::pgtransport::refusal(&e) {
        Some(refusal @ Refusal::NoReply(_)) => return super::errors::no_reply(&refusal).with_cause(&e),
        Some(refusal @ (Refusal::TooLarge { .. } | Refusal::Malformed)) => {
            return super::errors::not_postgres(&refusal).with_cause(&e)
        }
        _ => {}
    }
    super::errors::classify_postgres(&e)
}

/// One transaction on a connection: committed by [`TxGuard::commit`], rolled back otherwise
/// (also when the closure that uses it fails or panics).
pub struct TxGuard<'c> {
    pub(crate) conn: &'c Conn,
    open: Cell<bool>,
}

impl<'c> TxGuard<'c> {
    /// Runs `begin_sql` (BEGIN and the statements that must come first, such as a lock). When
    /// one of those fails (a lock wait that ran out), the half-begun transaction is rolled back
    /// here: the connection must not stay in an aborted transaction for the next one.
    pub fn begin(conn: &'c Conn, begin_sql: &str) -> Result<TxGuard<'c>> {
        if let Err(e) = conn.batch(begin_sql) {
            let _ = conn.batch("ROLLBACK");
            return Err(e);
        }
        Ok(TxGuard { conn, open: Cell::new(true) })
    }

    /// Commits; when that fails (SQLite busy, a deferred constraint), the transaction is still
    /// open and dropping the guard rolls it back.
    pub fn commit(&self) -> Result<()> {
        self.conn.batch("COMMIT")?;
        self.open.set(false);
        Ok(())
    }

    pub fn rollback(&self) -> Result<()> {
        self.open.set(false);
        self.conn.batch("ROLLBACK")
    }
}

impl Drop for TxGuard<'_> {
    fn drop(&mut self) {
        if self.open.get() {
            // The transaction failed; nothing more can be reported than the error already on its
            // way, and the server rolls back a dropped connection anyway.
            let _ = self.conn.batch("ROLLBACK");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parameters_are_renumbered_outside_strings_only() {
        assert_eq!(to_postgres_sql("SELECT ?1, '?2', ?12 WHERE a = ?3"), "SELECT $1, '?2', $12 WHERE a = $3");
        assert_eq!(to_postgres_sql("SELECT 'it''s ?1' || ?2"), "SELECT 'it''s ?1' || $2");
        assert_eq!(to_postgres_sql("WHERE a != ? AND b IN (?, ?)"), "WHERE a != $1 AND b IN ($2, $3)");
        assert_eq!(to_postgres_sql("WHERE a = ?2 AND b = ?"), "WHERE a = $2 AND b = $3");
    }

    #[test]
    fn rows_read_the_same_values_from_sqlite() {
        let conn = Conn::Sqlite(rusqlite::Connection::open_in_memory().unwrap());
        let got = conn
            .one("SELECT ?1, ?2, ?3, ?4, ?5", params![7_i64, true, "t", None::<i64>, vec![1u8, 2]], |r| {
                Ok((
                    r.get::<i64>(0)?,
                    r.get::<bool>(1)?,
                    r.get::<String>(2)?,
                    r.get::<Option<i64>>(3)?,
                    r.get::<Vec<u8>>(4)?,
                ))
            })
            .unwrap()
            .unwrap();
        assert_eq!(got, (7, true, "t".to_string(), None, vec![1, 2]));
        let err = conn.one("SELECT 'x'", params![], |r| r.get::<i64>(0)).unwrap_err();
        assert_eq!(err.code, "database_error");
    }
}
