//! The library's one error type.
//!
//! Every failure the library reports carries a [`ErrorKind`] (which decides the exit code and
//! HTTP-like status in the CLI), a stable snake_case `code` that scripts may match on, a message
//! for people, an optional hint naming the next step, and structured `details`. The CLI maps
//! kinds to exit codes in exactly one place (`src/cli/error.rs`); nothing here knows about
//! processes or streams.

use std::borrow::Cow;

use serde_json::Value;

/// What kind of failure this is; decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// A bug or an unexpected I/O failure.
    Internal,
    /// Bad flag or argument syntax, or an answer that needs a terminal or `--yes`.
    Usage,
    /// The thing named does not exist, or the acting user may not see it.
    NotFound,
    /// Validation failed, a plan limit was hit, or a reference is ambiguous.
    Invalid,
    /// The acting user may not do this, or their account is inactive.
    PermissionDenied,
    /// Already exists, or the current state forbids the change.
    Conflict,
    /// Some items of a batch failed.
    Partial,
    /// A remote system failed or answered badly.
    Remote,
    /// The database cannot be used: locked, too new, not a database.
    Unavailable,
    /// The user interrupted the command.
    Interrupted,
}

/// A failure with a stable code, a message for people and a hint for the next step. Boxed so
/// that `Result`s stay small on the happy path; fields are reached through `Deref`.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", .0.message)]
pub struct Error(Box<ErrorData>);

/// The fields of an [`Error`].
#[derive(Debug, Clone)]
pub struct ErrorData {
    pub kind: ErrorKind,
    pub code: Cow<'static, str>,
    pub message: String,
    pub hint: Option<String>,
    pub details: Value,
}

impl std::ops::Deref for Error {
    type Target = ErrorData;
    fn deref(&self) -> &ErrorData {
        &self.0
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut ErrorData {
        &mut self.0
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, code: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
        Error(Box::new(ErrorData {
            kind,
            code: code.into(),
            message: message.into(),
            hint: None,
            details: Value::Object(Default::default()),
        }))
    }

    /// Adds the next step a person should take.
    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// Adds structured details for machine readers.
    #[must_use]
    pub fn with_details(mut self, details: Value) -> Self {
        self.details = details;
        self
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Internal, "internal", message)
    }

    pub fn usage(code: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Usage, code, message)
    }

    pub fn invalid(code: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Invalid, code, message)
    }

    pub fn conflict(code: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Conflict, code, message)
    }

    pub fn denied(code: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
        Error::new(ErrorKind::PermissionDenied, code, message)
    }

    pub fn unavailable(code: impl Into<Cow<'static, str>>, message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Unavailable, code, message)
    }

    /// `what` is the kind of thing ("site", "account"), `key` how it was named.
    pub fn not_found(what: &str, key: impl std::fmt::Display) -> Self {
        Error::new(
            ErrorKind::NotFound,
            format!("{}_not_found", what.replace(' ', "_")),
            format!("{what} '{key}' not found"),
        )
    }
}

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        classify_sqlite(&err).unwrap_or_else(|| {
            // SQLite's own text can quote schema SQL; keep one bounded line of it.
            let text = err.to_string();
            let line: String = text.lines().next().unwrap_or("").chars().take(300).collect();
            Error::new(ErrorKind::Internal, "database_error", format!("database error: {line}"))
        })
    }
}

/// The database failures that have a name and an exit code of their own (locked, read-only,
/// full, damaged...); `None` for the rest.
pub(crate) fn classify_sqlite(err: &rusqlite::Error) -> Option<Error> {
    use rusqlite::ErrorCode;
    let rusqlite::Error::SqliteFailure(failure, _) = err else { return None };
    Some(match failure.code {
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => Error::unavailable(
            "database_locked",
            "the database is locked by another process and stayed locked past the busy timeout",
        )
        .with_hint("retry, or raise busy_timeout_ms in the config (SITECTL_BUSY_TIMEOUT_MS)"),
        ErrorCode::NotADatabase => Error::unavailable("not_a_database", "the database file is not an SQLite database")
            .with_hint("point --db at a sitectl database, or move the file away and run `sitectl db init`"),
        ErrorCode::ReadOnly => {
            Error::unavailable("database_read_only", "the database is read-only; nothing was changed")
                .with_hint("check the permissions of the database file and its folder")
        }
        ErrorCode::DiskFull => {
            Error::unavailable("disk_full", "the disk holding the database is full; nothing was changed")
                .with_hint("free space on that filesystem and run the command again")
        }
        ErrorCode::CannotOpen => Error::unavailable("database_cannot_open", format!("cannot open the database: {err}"))
            .with_hint("check that the path exists and is writable"),
        ErrorCode::SystemIoFailure => {
            Error::unavailable("database_io_error", format!("I/O error on the database: {err}; nothing was changed"))
        }
        ErrorCode::DatabaseCorrupt => {
            Error::unavailable("database_damaged", "the database file is damaged (malformed)")
                .with_hint("restore it from a backup, or try `sqlite3 FILE .recover` into a new file")
        }
        _ => return None,
    })
}

impl From<std::io::Error> for Error {
    fn from(err: std::io::Error) -> Self {
        Error::new(ErrorKind::Internal, "io_error", format!("I/O error: {err}"))
    }
}

impl From<serde_json::Error> for Error {
    fn from(err: serde_json::Error) -> Self {
        Error::internal(format!("JSON error: {err}"))
    }
}
