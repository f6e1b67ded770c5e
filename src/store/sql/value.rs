//! Values both engines store, the parameters bound to statements ([`Arg`]) and the rows read
//! back ([`Row`], [`FromValue`]): the conversions to and from each driver's types.

use std::error::Error as StdError;
use std::str::FromStr;

use postgres::types::{FromSql, IsNull, ToSql, Type};

use crate::error::{Error, Result};

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
pub(super) fn storable(args: &[&dyn Arg]) -> Result<()> {
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
