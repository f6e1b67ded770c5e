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
use std::error::Error as StdError;
use std::str::FromStr;

use postgres::types::{FromSql, IsNull, ToSql, Type};

use crate::error::{Error, Result};

/// Which database engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// One SQL value, engine-neutral.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Int(i64),
    Real(f64),
    Text(String),
    Blob(Vec<u8>),
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Int(i64::from(b))
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::Text(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::Text(s)
    }
}

/// Something that can be bound as a statement parameter.
pub trait Arg {
    fn value(&self) -> Value;
    /// The text this binds, if it is text (checked for what no engine can store).
    fn text(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self.value() {
            Value::Text(s) => Some(std::borrow::Cow::Owned(s)),
            _ => None,
        }
    }
}

/// Refuses, on both engines alike, a statement binding text that PostgreSQL cannot hold (NUL):
/// the last guard behind the use cases' own checks, so no database holds text that `db copy`
/// cannot carry to the other engine, and no engine answers differently from the other.
fn storable(args: &[&dyn Arg]) -> Result<()> {
    for a in args {
        if let Some(text) = a.text() {
            crate::domain::check_storable("a value to store or look up", &text)?;
        }
    }
    Ok(())
}

impl Arg for Value {
    fn value(&self) -> Value {
        self.clone()
    }
    fn text(&self) -> Option<std::borrow::Cow<'_, str>> {
        match self {
            Value::Text(s) => Some(std::borrow::Cow::Borrowed(s)),
            _ => None,
        }
    }
}
impl Arg for i64 {
    fn value(&self) -> Value {
        Value::Int(*self)
    }
}
impl Arg for i32 {
    fn value(&self) -> Value {
        Value::Int(i64::from(*self))
    }
}
impl Arg for u32 {
    fn value(&self) -> Value {
        Value::Int(i64::from(*self))
    }
}
impl Arg for bool {
    fn value(&self) -> Value {
        Value::Int(i64::from(*self))
    }
}
impl Arg for f64 {
    fn value(&self) -> Value {
        Value::Real(*self)
    }
}
impl Arg for str {
    fn value(&self) -> Value {
        Value::Text(self.to_string())
    }
    fn text(&self) -> Option<std::borrow::Cow<'_, str>> {
        Some(std::borrow::Cow::Borrowed(self))
    }
}
impl Arg for String {
    fn value(&self) -> Value {
        Value::Text(self.clone())
    }
    fn text(&self) -> Option<std::borrow::Cow<'_, str>> {
        Some(std::borrow::Cow::Borrowed(self))
    }
}
impl Arg for [u8] {
    fn value(&self) -> Value {
        Value::Blob(self.to_vec())
    }
}
impl Arg for Vec<u8> {
    fn value(&self) -> Value {
        Value::Blob(self.clone())
    }
}
impl<T: Arg + ?Sized> Arg for &T {
    fn value(&self) -> Value {
        (**self).value()
    }
    fn text(&self) -> Option<std::borrow::Cow<'_, str>> {
        (**self).text()
    }
}
impl<T: Arg> Arg for Option<T> {
    fn value(&self) -> Value {
        self.as_ref().map_or(Value::Null, Arg::value)
    }
    fn text(&self) -> Option<std::borrow::Cow<'_, str>> {
        self.as_ref().and_then(Arg::text)
    }
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

/// Reads one column into a Rust type.
pub trait FromValue: Sized {
    fn from_value(v: Value) -> std::result::Result<Self, String>;
}

impl FromValue for Value {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        Ok(v)
    }
}
impl FromValue for i64 {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        match v {
            Value::Int(i) => Ok(i),
            other => Err(format!("expected an integer, found {other:?}")),
        }
    }
}
impl FromValue for bool {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        match v {
            Value::Int(i) => Ok(i != 0),
            other => Err(format!("expected a 0/1 flag, found {other:?}")),
        }
    }
}
impl FromValue for f64 {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        match v {
            Value::Real(f) => Ok(f),
            Value::Int(i) => Ok(i as f64),
            other => Err(format!("expected a number, found {other:?}")),
        }
    }
}
impl FromValue for String {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        match v {
            Value::Text(s) => Ok(s),
            other => Err(format!("expected text, found {other:?}")),
        }
    }
}
impl FromValue for Vec<u8> {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        match v {
            Value::Blob(b) => Ok(b),
            other => Err(format!("expected bytes, found {other:?}")),
        }
    }
}
impl<T: FromValue> FromValue for Option<T> {
    fn from_value(v: Value) -> std::result::Result<Self, String> {
        match v {
            Value::Null => Ok(None),
            v => T::from_value(v).map(Some),
        }
    }
}

/// One result row, of either engine.
pub enum Row<'a> {
    Sqlite(&'a rusqlite::Row<'a>),
    Postgres(&'a postgres::Row),
}

impl Row<'_> {
    /// Column `idx` (from 0) as a `T`; a stored value of another type is an internal error.
    pub fn get<T: FromValue>(&self, idx: usize) -> Result<T> {
        let value = match self {
            Row::Sqlite(r) => r.get_ref(idx).map(from_sqlite)?,
            Row::Postgres(r) => r.try_get::<_, Value>(idx).map_err(|e| column_error(idx, &e.to_string()))?,
        };
        T::from_value(value).map_err(|e| column_error(idx, &e))
    }

    /// A column holding a validated value (slug, email, vocabulary word) parsed back into its type.
    pub fn parsed<T: FromStr>(&self, idx: usize) -> Result<T>
    where
        T::Err: std::fmt::Display,
    {
        let text: String = self.get(idx)?;
        text.parse().map_err(|e: T::Err| column_error(idx, &format!("'{text}': {e}")))
    }

    pub fn parsed_opt<T: FromStr>(&self, idx: usize) -> Result<Option<T>>
    where
        T::Err: std::fmt::Display,
    {
        match self.get::<Option<String>>(idx)? {
            None => Ok(None),
            Some(text) => text.parse().map(Some).map_err(|e: T::Err| column_error(idx, &format!("'{text}': {e}"))),
        }
    }

    /// A column holding JSON text.
    pub fn json<T: serde::de::DeserializeOwned>(&self, idx: usize) -> Result<T> {
        let text: String = self.get(idx)?;
        serde_json::from_str(&text).map_err(|e| column_error(idx, &e.to_string()))
    }
}

/// A stored value the code cannot read back: a row changed behind sitectl's back.
fn column_error(idx: usize, why: &str) -> Error {
    Error::new(
        crate::error::Code::DatabaseError,
        format!("database error: unexpected value in result column {idx}: {why}"),
    )
}

fn from_sqlite(v: rusqlite::types::ValueRef<'_>) -> Value {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null => Value::Null,
        ValueRef::Integer(i) => Value::Int(i),
        ValueRef::Real(f) => Value::Real(f),
        ValueRef::Text(t) => Value::Text(String::from_utf8_lossy(t).into_owned()),
        ValueRef::Blob(b) => Value::Blob(b.to_vec()),
    }
}

impl rusqlite::ToSql for Value {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(*i),
            Value::Real(f) => ValueRef::Real(*f),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

type BoxError = Box<dyn StdError + Sync + Send>;

/// PostgreSQL infers each parameter's type from the statement; a value is sent as that type
/// (an integer into an INT4 column, a 0/1 flag into a boolean) or refused.
impl ToSql for Value {
    fn to_sql(&self, ty: &Type, out: &mut bytes::BytesMut) -> std::result::Result<IsNull, BoxError> {
        match self {
            Value::Null => Ok(IsNull::Yes),
            Value::Int(i) => match *ty {
                Type::INT8 => i.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                Type::BOOL => (*i != 0).to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                Type::TEXT | Type::VARCHAR => i.to_string().to_sql(ty, out),
                _ => Err(format!("cannot send an integer as {ty}").into()),
            },
            Value::Real(f) => match *ty {
                Type::FLOAT8 => f.to_sql(ty, out),
                Type::FLOAT4 => (*f as f32).to_sql(ty, out),
                _ => Err(format!("cannot send a number as {ty}").into()),
            },
            // Checked here, since `accepts` takes every type: text bytes sent as an integer would
            // be read as a different number, not refused.
            Value::Text(s) if <&str as ToSql>::accepts(ty) => s.as_str().to_sql(ty, out),
            Value::Blob(b) if <&[u8] as ToSql>::accepts(ty) => b.as_slice().to_sql(ty, out),
            Value::Text(_) => Err(format!("cannot send text as {ty}").into()),
            Value::Blob(_) => Err(format!("cannot send bytes as {ty}").into()),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

impl<'a> FromSql<'a> for Value {
    fn from_sql(ty: &Type, raw: &'a [u8]) -> std::result::Result<Self, BoxError> {
        Ok(match *ty {
            Type::INT8 => Value::Int(i64::from_sql(ty, raw)?),
            Type::INT4 => Value::Int(i64::from(i32::from_sql(ty, raw)?)),
            Type::INT2 => Value::Int(i64::from(i16::from_sql(ty, raw)?)),
            Type::OID => Value::Int(i64::from(u32::from_sql(ty, raw)?)),
            Type::BOOL => Value::Int(i64::from(bool::from_sql(ty, raw)?)),
            Type::FLOAT8 => Value::Real(f64::from_sql(ty, raw)?),
            Type::FLOAT4 => Value::Real(f64::from(f32::from_sql(ty, raw)?)),
            Type::BYTEA => Value::Blob(Vec::<u8>::from_sql(ty, raw)?),
            Type::TEXT | Type::VARCHAR | Type::NAME | Type::BPCHAR | Type::UNKNOWN => {
                Value::Text(String::from_sql(ty, raw)?)
            }
            _ => return Err(format!("unsupported column type {ty}").into()),
        })
    }

    fn from_sql_null(_: &Type) -> std::result::Result<Self, BoxError> {
        Ok(Value::Null)
    }

    fn accepts(_: &Type) -> bool {
        true
    }
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
        Some(refusal @ Refusal::NoReply(_)) => return super::postgres::no_reply(&refusal).with_cause(&e),
        Some(refusal @ (Refusal::TooLarge { .. } | Refusal::Malformed)) => {
            return super::postgres::not_postgres(&refusal).with_cause(&e)
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
    pub fn begin(conn: &'c Conn, begin_sql: &str) -> Result<TxGuard<'c>> {
        conn.batch(begin_sql)?;
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
