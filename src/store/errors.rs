//! The database drivers' failures in the library's words: SQLite's and PostgreSQL's errors
//! become [`Error`]s with a [`Code`] (locked, read-only, full, damaged, unreachable ...), keeping
//! the driver's error as their cause. Only `store` sees either driver, so only it names them.

use crate::error::{Code, Error};

impl From<rusqlite::Error> for Error {
    fn from(err: rusqlite::Error) -> Self {
        classify_sqlite(&err).unwrap_or_else(|| {
            // SQLite's own text can quote schema SQL; keep one bounded line of it.
            let text = err.to_string();
            let line: String = text.lines().next().unwrap_or("").chars().take(300).collect();
            Error::new(Code::DatabaseError, format!("database error: {line}")).with_cause(&err)
        })
    }
}

/// The database failures that have a name and an exit code of their own (locked, read-only,
/// full, damaged...); `None` for the rest.
pub(crate) fn classify_sqlite(err: &rusqlite::Error) -> Option<Error> {
    name_sqlite(err).map(|named| named.with_cause(err))
}

fn name_sqlite(err: &rusqlite::Error) -> Option<Error> {
    use rusqlite::ErrorCode;
    let rusqlite::Error::SqliteFailure(failure, _) = err else { return None };
    Some(match failure.code {
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => Error::new(
            Code::DatabaseLocked,
            "the database is locked by another process and stayed locked past the busy timeout",
        )
        .with_hint("retry, or raise busy_timeout_ms in the config (SITECTL_BUSY_TIMEOUT_MS)"),
        ErrorCode::NotADatabase => Error::new(Code::NotADatabase, "the database file is not an SQLite database")
            .with_hint("point --db at a sitectl database, or move the file away and run `sitectl db init`"),
        ErrorCode::ReadOnly => Error::new(Code::DatabaseReadOnly, "the database is read-only; nothing was changed")
            .with_hint("check the permissions of the database file and its folder"),
        ErrorCode::DiskFull => Error::new(Code::DiskFull, "the disk holding the database is full; nothing was changed")
            .with_hint("free space on that filesystem and run the command again"),
        ErrorCode::CannotOpen => Error::new(Code::DatabaseCannotOpen, format!("cannot open the database: {err}"))
            .with_hint("check that the path exists and is writable"),
        ErrorCode::SystemIoFailure => {
            Error::new(Code::DatabaseIoError, format!("I/O error on the database: {err}; nothing was changed"))
        }
        ErrorCode::DatabaseCorrupt => Error::new(Code::DatabaseDamaged, "the database file is damaged (malformed)")
            .with_hint("restore it from a backup, or try `sqlite3 FILE .recover` into a new file"),
        _ => return None,
    })
}

/// Maps a PostgreSQL failure to the same names SQLite's have: a lock wait that ran out or a
/// serialisation conflict is `database_locked`, a full disk `disk_full`, a read-only server
/// `database_read_only`; a lost connection `database_unreachable`. The server's text is kept to
/// one bounded line. Connection-time failures are named by the opening code, which knows the
/// (masked) address.
pub(crate) fn classify_postgres(err: &postgres::Error) -> Error {
    name_postgres(err).with_cause(err)
}

fn name_postgres(err: &postgres::Error) -> Error {
    use postgres::error::SqlState;
    let Some(db) = err.as_db_error() else {
        let text: String = err.to_string().lines().next().unwrap_or("").chars().take(300).collect();
        return Error::new(Code::DatabaseUnreachable, format!("lost the connection to the PostgreSQL server: {text}"))
            .with_hint("check that the server is running and reachable, then run the command again");
    };
    let line: String = db.message().lines().next().unwrap_or("").chars().take(300).collect();
    let code = db.code();
    // 57014 is both a cancel and the statement timeout; only the message tells them apart.
    if *code == SqlState::QUERY_CANCELED && db.message().contains("statement timeout") {
        return Error::new(
            Code::DatabaseTimeout,
            format!("a statement ran past the statement timeout and was stopped; nothing was changed ({line})"),
        )
        .with_hint("retry, or raise statement_timeout_ms in the config (SITECTL_STATEMENT_TIMEOUT_MS) or -c statement_timeout in the URL's options");
    }
    // Lost races: the store's write loop runs the transaction again (see `sql::retry_of`),
    // and what is left after its last attempt keeps these names. A deadlock or a serialisation failure is contention
    // (exit 9); a key another session committed first is a conflict (exit 6), which the next
    // attempt's own checks normally name exactly (`user_exists`, `site_exists` ...).
    if [SqlState::T_R_SERIALIZATION_FAILURE, SqlState::T_R_DEADLOCK_DETECTED].contains(code) {
        return Error::new(
            Code::DatabaseLocked,
            format!("the write collided with another session's and kept colliding when retried ({line})"),
        )
        .with_hint("retry; if it persists, fewer concurrent bulk writes over the same accounts help");
    }
    if *code == SqlState::UNIQUE_VIOLATION {
        return Error::new(
            Code::AlreadyExists,
            format!("another session wrote the same key at the same time; nothing was changed ({line})"),
        )
        .with_hint("run the command again: it will see the other session's row");
    }
    if *code == SqlState::LOCK_NOT_AVAILABLE || *code == SqlState::QUERY_CANCELED {
        return Error::new(
            Code::DatabaseLocked,
            format!("the database stayed locked by another session past the busy timeout ({line})"),
        )
        .with_hint("retry, or raise busy_timeout_ms in the config (SITECTL_BUSY_TIMEOUT_MS)");
    }
    if *code == SqlState::DISK_FULL {
        return Error::new(Code::DiskFull, "the PostgreSQL server's disk is full; nothing was changed")
            .with_hint("free space on the server and run the command again");
    }
    if *code == SqlState::READ_ONLY_SQL_TRANSACTION {
        return Error::new(
            Code::DatabaseReadOnly,
            "the PostgreSQL server is read-only (a standby?); nothing was changed",
        )
        .with_hint("point --db at the primary server");
    }
    if *code == SqlState::INSUFFICIENT_PRIVILEGE {
        return Error::new(Code::DatabasePermissionDenied, format!("the PostgreSQL role lacks a permission: {line}"))
            .with_hint("grant the role ownership of the sitectl schema (or CREATE on the database), then retry");
    }
    // 53: the server lacks a resource (too many connections, memory) and refuses the session.
    if matches!(code.code().get(..2), Some("08" | "53" | "57")) {
        return Error::new(Code::DatabaseUnreachable, format!("the PostgreSQL server ended the session: {line}"))
            .with_hint("check that the server is running and reachable, then run the command again");
    }
    Error::new(Code::DatabaseError, format!("database error: {line} (SQLSTATE {})", code.code()))
}
