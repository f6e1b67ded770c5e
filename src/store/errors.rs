//! The database drivers' failures in the library's words: SQLite's and PostgreSQL's errors
//! become [`Error`]s with a [`Code`] (locked, read-only, full, damaged, unreachable ...), keeping
//! the driver's error as their cause. Only `store` sees either driver, so only it names them.

use super::location::{PgUrl, SslMode};
use super::pgtransport::Refusal;
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
    // The server's lock table (shared by every session) is full: contention, not a lost server.
    if *code == SqlState::OUT_OF_MEMORY && db.message().contains("shared memory") {
        return Error::new(
            Code::DatabaseLocked,
            format!("the PostgreSQL server's lock table is full; nothing was changed ({line})"),
        )
        .with_hint("retry with fewer bulk writes at once, or raise the server's max_locks_per_transaction");
    }
    // 53: the server lacks a resource (too many connections, memory) and refuses the session.
    if matches!(code.code().get(..2), Some("08" | "53" | "57")) {
        return Error::new(Code::DatabaseUnreachable, format!("the PostgreSQL server ended the session: {line}"))
            .with_hint("check that the server is running and reachable, then run the command again");
    }
    Error::new(Code::DatabaseError, format!("database error: {line} (SQLSTATE {})", code.code()))
}

/// A failure to reach or log in to a server, named; the driver's error is kept as its cause.
pub(super) fn connect_error(url: &PgUrl, config: &postgres::Config, e: &postgres::Error) -> Error {
    name_connect_error(url, config, e).with_cause(e)
}

fn name_connect_error(url: &PgUrl, config: &postgres::Config, e: &postgres::Error) -> Error {
    use postgres::error::SqlState;
    let user = config.get_user().unwrap_or("");
    let database = config.get_dbname().unwrap_or("");
    if let Some(db) = e.as_db_error() {
        let code = db.code();
        if *code == SqlState::INVALID_PASSWORD || *code == SqlState::INVALID_AUTHORIZATION_SPECIFICATION {
            return Error::new(
                Code::DatabaseAuthFailed,
                format!("the PostgreSQL server at {url} refused the login of role '{user}'"),
            )
            .with_hint("check the password (URL, SITECTL_DB_PASSWORD or ~/.pgpass) and the server's pg_hba.conf");
        }
        if *code == SqlState::INVALID_CATALOG_NAME {
            return Error::new(Code::DatabaseMissing, format!("the database '{database}' does not exist at {url}"))
                .with_hint("create it with `sitectl db init` (or `createdb`), or check the database name in --db")
                .with_details(serde_json::json!({ "path": url.to_string() }));
        }
        if *code == SqlState::INSUFFICIENT_PRIVILEGE {
            return Error::new(
                Code::DatabasePermissionDenied,
                format!("role '{user}' may not connect to '{database}' at {url}"),
            )
            .with_hint("GRANT CONNECT ON DATABASE to the role, or use another role");
        }
        return super::errors::classify_postgres(e);
    }
    if let Some(refusal) = super::pgtransport::refusal(e) {
        return refused(url, &refusal);
    }
    // The driver's own text is terse ("invalid configuration"); its sources say why.
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text = format!("{text}: {s}");
        source = s.source();
    }
    let text: String = text.lines().next().unwrap_or("").chars().take(300).collect();
    let lower = text.to_ascii_lowercase();
    if lower.contains("tls") || lower.contains("certificate") || lower.contains("ssl") {
        return Error::new(Code::DatabaseTls, format!("TLS to the PostgreSQL server at {url} failed: {text}"))
            .with_hint("check sslmode and sslrootcert in the URL, and the server's certificate");
    }
    if lower.contains("password missing") {
        return Error::new(
            Code::DatabaseAuthFailed,
            format!("the PostgreSQL server at {url} asks role '{user}' for a password and none was given"),
        )
        .with_hint("put it in SITECTL_DB_PASSWORD or ~/.pgpass (or the URL)");
    }
    Error::new(Code::DatabaseUnreachable, format!("cannot reach the PostgreSQL server at {url}: {text}"))
        .with_hint("check that the server is running, and the host, port or socket in --db")
}

/// What the transport refused, said for the operator.
fn refused(url: &PgUrl, refusal: &Refusal) -> Error {
    match refusal {
        Refusal::Silent(t) => Error::new(
            Code::DatabaseUnreachable,
            format!(
                "the PostgreSQL server at {url} accepted the connection but did not complete the login within {} s (connect_timeout)",
                t.as_secs()
            ),
        )
        .with_hint("check that the server (or the proxy in front of it) is healthy; raise connect_timeout in the URL if it is only slow"),
        Refusal::NoTls => Error::new(
            Code::DatabaseTls,
            format!("the PostgreSQL server at {url} does not offer TLS, and the URL requires it (sslmode {}{}); nothing was sent", sslmode_name(url.sslmode), if url.root_cert.is_some() { " with sslrootcert" } else { "" }),
        )
        .with_hint("enable TLS on the server (ssl = on), or check that --db names the server you meant"),
        Refusal::BadTlsAnswer(_) => Error::new(
            Code::DatabaseTls,
            format!("the server at {url} gave an answer to the TLS request that PostgreSQL never gives; nothing was sent"),
        )
        .with_hint("check that --db names a PostgreSQL server"),
        Refusal::AuthRefused { method, tls, checked, required } => {
            let why = match required {
                Some(list) => format!(
                    "which require_auth={} does not allow",
                    list.iter().map(|m| m.as_str()).collect::<Vec<_>>().join(",")
                ),
                None if !tls => "over a connection without TLS, where the password would cross the network readable".to_string(),
                None if !checked => format!(
                    "over TLS whose certificate is not checked (sslmode {} without sslrootcert), where whoever answered could read the password",
                    sslmode_name(url.sslmode)
                ),
                None => "which is not allowed".to_string(),
            };
            Error::new(
                Code::DatabaseAuthRefused,
                format!(
                    "the PostgreSQL server at {url} asked for {} authentication, {why}; the password was not sent",
                    method.as_str()
                ),
            )
            .with_hint(
                "use sslmode=verify-full (or an sslrootcert), or scram-sha-256 on the server; to send it anyway, list the method in require_auth (e.g. require_auth=password)",
            )
        }
        Refusal::NoReply(_) => no_reply(refusal),
        Refusal::TooLarge { .. } | Refusal::Malformed => Error::new(
            Code::DatabaseUnreachable,
            format!("the server at {url} sent what no PostgreSQL server sends ({refusal}); the connection was closed"),
        )
        .with_hint("check that --db names a PostgreSQL server"),
    }
}

/// After login, the server sent a message no PostgreSQL server sends (one above its bound).
pub(super) fn not_postgres(refusal: &Refusal) -> Error {
    Error::new(
        Code::DatabaseUnreachable,
        format!("the PostgreSQL server sent what no PostgreSQL server sends ({refusal}); the connection was closed"),
    )
    .with_hint("check that --db names a PostgreSQL server")
}

/// The server went silent about a statement: the statement timeout did not end it from there.
pub(super) fn no_reply(refusal: &Refusal) -> Error {
    Error::new(
        Code::DatabaseTimeout,
        format!("the PostgreSQL server stopped answering ({refusal}); the connection was closed and nothing was committed"),
    )
    .with_hint("check that the server is healthy; statement_timeout_ms (or -c statement_timeout in the URL's options) sets the limit")
}

fn sslmode_name(mode: SslMode) -> &'static str {
    match mode {
        SslMode::Disable => "disable",
        SslMode::Prefer => "prefer",
        SslMode::Require => "require",
        SslMode::VerifyCa => "verify-ca",
        SslMode::VerifyFull => "verify-full",
    }
}
