//! PostgreSQL: connecting (password sources, TLS through rustls), telling a sitectl database
//! from an empty or foreign one, its schema version, sizes and checks.
//!
//! The schema version lives in `sitectl_schema` (SQLite keeps it in `user_version`); that table
//! is also what marks a database as sitectl's, like SQLite's `application_id`.

use super::errors::connect_error;
use super::location::PgUrl;
use super::pgtransport::{Policy, Transport};
use super::sql::{params, Conn, PgConn};
use super::{check_version, Location, Migration, OpenOptions, Store, Tx, SCHEMA_VERSION};
use crate::error::{Code, Error, Result};

mod tls;
use tls::tls;

/// What a database holds before anything is written to it.
enum Found {
    Empty,
    Sitectl { version: i64 },
}

impl Store {
    pub(super) fn open_postgres(url: &PgUrl, options: OpenOptions) -> Result<Store> {
        let location = Location::Postgres(Box::new(url.clone()));
        let conn = match connect(url, &options) {
            Err(e) if e.code == Code::DatabaseMissing && options.create && !options.dry_run => {
                create_database(url, &options)?;
                connect(url, &options)?
            }
            other => other?,
        };
        let found = inspect(&conn, url)?;
        match (&found, options.create) {
            (Found::Empty, false) => return Err(empty_database(url)),
            (Found::Empty, true) if options.dry_run => {
                return Err(Error::internal("a dry run cannot create a database (handled by the caller)"))
            }
            (Found::Sitectl { version }, _) => {
                check_version(*version)?;
                if options.dry_run && *version < SCHEMA_VERSION {
                    return Err(Error::new(
                        Code::MigrationNeeded,
                        format!(
                            "{location} is at schema version {version}; this sitectl needs {SCHEMA_VERSION}, and a dry run does not migrate"
                        ),
                    )
                    .with_hint("migrate it first (sitectl db migrate), then repeat the dry run"));
                }
            }
            _ => {}
        }
        let busy_timeout = options.busy_timeout;
        let mut store = Store { conn, location: Some(location), migration: Migration { from: 0, to: 0 }, busy_timeout };
        if options.dry_run {
            store.migration = Migration { from: SCHEMA_VERSION, to: SCHEMA_VERSION };
        } else {
            store.migrate(options.now.clone())?;
        }
        Ok(store)
    }

    pub(super) fn postgres_schema_version_at(url: &PgUrl, options: &OpenOptions) -> Result<Option<i64>> {
        let conn = match connect(url, options) {
            Err(e) if e.code == Code::DatabaseMissing => return Ok(None),
            other => other?,
        };
        match inspect(&conn, url)? {
            Found::Empty => Ok(None),
            Found::Sitectl { version } => {
                check_version(version)?;
                Ok(Some(version))
            }
        }
    }

    /// Server version, database name and size.
    pub(super) fn postgres_info(&mut self, info: &mut super::DbInfo) -> Result<()> {
        let (server, database, size) = self
            .conn
            .one(
                "SELECT current_setting('server_version'), current_database(), pg_database_size(current_database())",
                params![],
                |r| Ok((r.get::<String>(0)?, r.get::<String>(1)?, r.get::<i64>(2)?)),
            )?
            .ok_or_else(|| Error::internal("no server facts"))?;
        info.server_version = Some(server);
        if let Conn::Postgres(pg) = &self.conn {
            info.host = pg.reached_host().map(str::to_string);
        }
        info.database = Some(database);
        info.size_bytes = size;
        Ok(())
    }
}

pub(super) fn stored_version(tx: &Tx<'_>) -> Result<i64> {
    let exists: bool = tx.value("SELECT to_regclass('sitectl_schema') IS NOT NULL", params![])?;
    if !exists {
        return Ok(0);
    }
    Ok(tx.conn().one("SELECT version FROM sitectl_schema", params![], |r| r.get(0))?.unwrap_or(0))
}

pub(super) fn set_version(tx: &Tx<'_>, version: i64) -> Result<()> {
    tx.conn().batch(
        "CREATE TABLE IF NOT EXISTS sitectl_schema (
             application TEXT NOT NULL CHECK (application = 'sitectl'),
             version     BIGINT NOT NULL
         )",
    )?;
    tx.exec("DELETE FROM sitectl_schema", params![])?;
    tx.exec("INSERT INTO sitectl_schema (application, version) VALUES ('sitectl', ?1)", params![version])?;
    Ok(())
}

fn empty_database(url: &PgUrl) -> Error {
    Error::new(Code::DatabaseMissing, format!("no sitectl database at {url}: the database has no tables yet"))
        .with_hint("create the schema with `sitectl db init`, or check --db / SITECTL_DB / the profile's db")
        .with_details(serde_json::json!({ "path": url.to_string() }))
}

/// Reads what the database holds, changing nothing.
fn inspect(conn: &Conn, url: &PgUrl) -> Result<Found> {
    let marked: bool =
        conn.one("SELECT to_regclass('sitectl_schema') IS NOT NULL", params![], |r| r.get(0))?.unwrap_or(false);
    if marked {
        let version: i64 = conn
            .one("SELECT version FROM sitectl_schema WHERE application = 'sitectl'", params![], |r| r.get(0))?
            .unwrap_or(0);
        return Ok(Found::Sitectl { version });
    }
    let tables: Vec<String> = conn.all(
        "SELECT tablename::text FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename LIMIT 6",
        params![],
        |r| r.get(0),
    )?;
    if tables.is_empty() {
        return Ok(Found::Empty);
    }
    let shown: Vec<&str> = tables.iter().take(5).map(String::as_str).collect();
    Err(Error::new(
        Code::NotASitectlDatabase,
        format!("{url} holds another application's tables ({}); it was left untouched", shown.join(", ")),
    )
    .with_hint("point --db at a sitectl database, or at an empty database (or schema) and run `sitectl db init`"))
}

/// Connects to the first server of the URL's list that answers and suits
/// `target_session_attrs`, and sets the session up: a lock wait ends after the busy timeout, a
/// statement after the statement timeout, and the server's notices stay quiet. These go first
/// in the startup options, so the URL's own `options` win.
///
/// A server out of connection slots (53300) or starting up or shutting down (57P03) is asked
/// again after a pause that doubles (with jitter, so a crowd of processes does not come back at
/// once) for as long as the busy timeout: the same wait a writer accepts for a lock. Then it is
/// exit 9, never a raw database error.
fn connect(url: &PgUrl, options: &OpenOptions) -> Result<Conn> {
    let started = std::time::Instant::now();
    let mut pause = std::time::Duration::from_millis(50);
    loop {
        let failed = match connect_any(url, options) {
            Ok(conn) => return Ok(conn),
            Err(failed) => failed,
        };
        let waited = started.elapsed();
        let Some(busy) = failed.busy else { return Err(failed.error) };
        if waited >= options.busy_timeout {
            return Err(crowded(url, &busy, waited));
        }
        // The last pause ends at the deadline, for one more try there.
        let left = options.busy_timeout - waited;
        std::thread::sleep(jittered(pause).min(left));
        pause = (pause * 2).min(std::time::Duration::from_secs(1));
    }
}

/// Why no server of the list could be used, and whether one of them was only busy.
struct Failed {
    error: Error,
    /// The server's own words when one was out of slots or not ready: worth asking again.
    busy: Option<Busy>,
}

struct Busy {
    starting_or_stopping: bool,
    line: String,
}

/// One pass over the URL's servers, in order, as libpq makes it: each is tried within
/// `connect_timeout`; with `target_session_attrs=read-write` (or `read-only`) a server that
/// answers but is not what was asked for is left for the next.
fn connect_any(url: &PgUrl, options: &OpenOptions) -> std::result::Result<Conn, Failed> {
    let targets = url.targets();
    let mut failures: Vec<(String, Error)> = Vec::new();
    let mut busy = None;
    for target in &targets {
        let label = target.label();
        let (config, connected) = match connect_to(url, options, target) {
            Ok(c) => c,
            Err(error) => return Err(Failed { error, busy: None }),
        };
        let mut client = match connected {
            Ok(client) => client,
            Err(e) => {
                if let Some(db) = e.as_db_error() {
                    use postgres::error::SqlState;
                    let starting = *db.code() == SqlState::CANNOT_CONNECT_NOW;
                    if starting || *db.code() == SqlState::TOO_MANY_CONNECTIONS {
                        let line = db.message().lines().next().unwrap_or("").chars().take(200).collect();
                        busy = Some(Busy { starting_or_stopping: starting, line });
                    }
                }
                failures.push((label, connect_error(url, &config, &e)));
                continue;
            }
        };
        match suits(&mut client, url) {
            Ok(None) => {
                let conn = PgConn::new(client).reached(label);
                return Ok(Conn::Postgres(Box::new(conn)));
            }
            Ok(Some(why)) => failures.push((label.clone(), not_suitable(url, &label, why))),
            Err(e) => failures.push((label, super::errors::classify_postgres(&e))),
        }
    }
    let Some((last, mut error)) = failures.pop() else {
        return Err(Failed { error: Error::internal("a URL with no server to try"), busy: None });
    };
    if !failures.is_empty() {
        // Each server's reason, bounded: the list itself is bounded by `MAX_HOSTS`.
        let others: Vec<String> = failures.iter().map(|(label, e)| format!("{label}: {}", e.code)).collect();
        error.message =
            format!("{} (this from {last}, the last server listed; before it {})", error.message, others.join(", "));
    }
    Err(Failed { error, busy })
}

/// The driver's attempt at one server: its configuration (for naming failures) and the result.
/// The outer error is a setup failure (a TLS root file that cannot be read), the same for every
/// server of the list.
#[allow(clippy::type_complexity)]
fn connect_to(
    url: &PgUrl,
    options: &OpenOptions,
    target: &super::location::Target,
) -> Result<(postgres::Config, std::result::Result<postgres::Client, postgres::Error>)> {
    let lock_ms = options.busy_timeout.as_millis().clamp(1, i32::MAX as u128);
    let statement_ms = options.statement_timeout.as_millis().min(i32::MAX as u128);
    let session =
        format!("-c lock_timeout={lock_ms} -c statement_timeout={statement_ms} -c client_min_messages=warning");
    let mut config = url.driver_config(target, &options.os_user, &options.application_name, &session);
    // Looked up per server: `.pgpass` lines name a host and a port.
    let password = url.password.clone().or_else(|| options.db_password.clone()).or_else(|| pgpass(&config, options));
    if let Some(pw) = &password {
        config.password(pw);
    }
    let connected = if !target.host.starts_with('/') {
        // The transport negotiates TLS itself (see `pgtransport`): the driver hands it the
        // socket, and the name TLS checks is this server's (`make_tls_connect` gets its host).
        config.ssl_mode(postgres::config::SslMode::Require);
        config.ssl_negotiation(postgres::config::SslNegotiation::Direct);
        let policy = Policy {
            sslmode: url.sslmode,
            root_given: url.root_cert.is_some(),
            require_auth: url.require_auth.clone(),
            login_timeout: url.connect_timeout(),
            reply_timeout: reply_timeout(url, options),
        };
        config.connect(Transport::new(tls(url)?, policy))
    } else {
        // A Unix socket: the local server, where PostgreSQL has no TLS (libpq ignores sslmode too).
        config.ssl_mode(postgres::config::SslMode::Disable);
        config.connect(postgres::NoTls)
    };
    Ok((config, connected))
}

/// Why a server that answered is not the kind `target_session_attrs` asks for (`None`: it is).
/// Asked as libpq asks: `transaction_read_only` is on in a standby, and on a primary made
/// read-only by its settings.
fn suits(client: &mut postgres::Client, url: &PgUrl) -> std::result::Result<Option<&'static str>, postgres::Error> {
    use postgres::config::TargetSessionAttrs as T;
    let want_writable = match url.target_session_attrs {
        None | Some(T::Any) => return Ok(None),
        Some(T::ReadWrite) => true,
        Some(_) => false,
    };
    let read_only: String = client.query_one("SHOW transaction_read_only", &[])?.get(0);
    Ok(match (want_writable, read_only == "on") {
        (true, true) => Some("it is read-only (a standby?) and the URL asks for target_session_attrs=read-write"),
        (false, false) => Some("it accepts writes and the URL asks for target_session_attrs=read-only"),
        _ => None,
    })
}

fn not_suitable(url: &PgUrl, label: &str, why: &str) -> Error {
    let code = match url.target_session_attrs {
        Some(postgres::config::TargetSessionAttrs::ReadWrite) => Code::DatabaseReadOnly,
        _ => Code::DatabaseUnreachable,
    };
    Error::new(code, format!("the PostgreSQL server {label} of {url} was not used: {why}"))
        .with_hint("list the primary (or a server of the kind asked for) in --db, or change target_session_attrs")
}

/// The end of the retries: the server stayed full (or not ready) for the whole busy timeout.
fn crowded(url: &PgUrl, busy: &Busy, waited: std::time::Duration) -> Error {
    let secs = waited.as_secs_f64();
    if busy.starting_or_stopping {
        return Error::new(
            Code::DatabaseUnreachable,
            format!("the PostgreSQL server at {url} was starting up or shutting down for {secs:.1} s ({})", busy.line),
        )
        .with_hint("run the command again once the server is up; busy_timeout_ms sets how long sitectl waits");
    }
    // The code a full server always had (scripts match on it); the message and hint say why.
    Error::new(
        Code::DatabaseUnreachable,
        format!("the PostgreSQL server at {url} had no free connection for {secs:.1} s ({})", busy.line),
    )
    .with_hint(
        "too many sessions at once: put a connection pooler (e.g. PgBouncer) in front of the server, run fewer sitectl processes or a lower --concurrency at a time, or raise the role's CONNECTION LIMIT or max_connections; busy_timeout_ms sets how long sitectl retries",
    )
}

/// Between a half and the whole of `pause`, at random.
fn jittered(pause: std::time::Duration) -> std::time::Duration {
    let mut bytes = [0u8; 2];
    // Without randomness the pause is whole: still bounded, only less spread out.
    let fraction = match getrandom::getrandom(&mut bytes) {
        Ok(()) => f64::from(u16::from_le_bytes(bytes)) / f64::from(u16::MAX),
        Err(_) => 1.0,
    };
    pause.mul_f64(0.5 + fraction / 2.0)
}

/// How long the server may be silent about a statement before the connection is given up: the
/// statement timeout in force (the URL's `options` win over the setting), plus the connect
/// timeout as a margin for the server's own answer. No limit when the statement timeout is off
/// or set in a way not read here.
fn reply_timeout(url: &PgUrl, options: &OpenOptions) -> Option<std::time::Duration> {
    let statement = match url.options.as_deref().and_then(|o| {
        // The server reads setting names without regard to case, and `-` as `_`: so do we, or
        // `-c statement-timeout=1h` would be cut at the default here.
        let names = o.to_ascii_lowercase().replace('-', "_");
        names.rfind("statement_timeout").map(|i| &o[i + "statement_timeout".len()..])
    }) {
        Some(rest) => parse_pg_duration(rest.trim_start_matches([' ', '=']))?,
        None => options.statement_timeout,
    };
    (!statement.is_zero()).then(|| statement + url.connect_timeout())
}

/// A PostgreSQL time setting's value as the URL's options give it: a number, then `ms`, `s`,
/// `min`, `h` or `d` (none is milliseconds), up to the next space that is not escaped with `\`
/// (as the server splits options: `10\ min` is ten minutes).
fn parse_pg_duration(text: &str) -> Option<std::time::Duration> {
    let mut value = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => value.extend(chars.next()),
            c if c.is_whitespace() => break,
            c => value.push(c),
        }
    }
    let value = value.trim_matches(['\'', '"']);
    let digits = value.find(|c: char| !c.is_ascii_digit()).unwrap_or(value.len());
    let n: u64 = value[..digits].parse().ok()?;
    let ms = match value[digits..].trim_start() {
        "" | "ms" => n,
        "s" => n.checked_mul(1_000)?,
        "min" => n.checked_mul(60_000)?,
        "h" => n.checked_mul(3_600_000)?,
        "d" => n.checked_mul(86_400_000)?,
        _ => return None,
    };
    Some(std::time::Duration::from_millis(ms))
}

/// `CREATE DATABASE` for `db init` when the named database does not exist yet, through the
/// server's `postgres` maintenance database.
fn create_database(url: &PgUrl, options: &OpenOptions) -> Result<()> {
    let name = url.dbname.clone().unwrap_or_else(|| url.user.clone().unwrap_or_else(|| options.os_user.clone()));
    let conn = connect(&url.with_dbname("postgres"), options)?;
    let quoted = format!("\"{}\"", name.replace('"', "\"\""));
    conn.batch(&format!("CREATE DATABASE {quoted}")).map_err(|e| {
        Error::new(
            Code::DatabaseMissing,
            format!("the database '{name}' does not exist at {url}, and creating it failed: {}", e.message),
        )
        .with_hint(format!(
            "ask the server's administrator to run `createdb {name}` (owned by this role), then `sitectl db init`"
        ))
    })
}

/// The `.pgpass` line for this connection, when the file is a regular file that only its owner
/// may read (libpq ignores anything else, and so do we: a FIFO or a device is never opened).
fn pgpass(config: &postgres::Config, options: &OpenOptions) -> Option<String> {
    let path = options.pgpass_file.as_ref()?;
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if meta.permissions().mode() & 0o077 != 0 {
            return None;
        }
    }
    let text = crate::bounded::read_file_text(path, 1 << 20).ok()?;
    let host = match config.get_hosts().first()? {
        postgres::config::Host::Tcp(h) => h.clone(),
        postgres::config::Host::Unix(p) => p.display().to_string(),
    };
    let port = config.get_ports().first().copied().unwrap_or(5432);
    super::pgpass_lookup(&text, &host, port, config.get_dbname()?, config.get_user()?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    fn reply(options: &str) -> Option<Duration> {
        let Location::Postgres(url) =
            Location::parse(&format!("postgresql://h/db?connect_timeout=1&options={options}")).unwrap()
        else {
            unreachable!()
        };
        reply_timeout(&url, &OpenOptions::existing(Duration::from_secs(5)))
    }

    #[test]
    fn the_statement_timeout_in_force_is_read_as_the_server_reads_it() {
        let s = Duration::from_secs;
        assert_eq!(reply("-c%20statement_timeout%3D5000"), Some(s(6)));
        // Names without regard to case and with `-` for `_`; an escaped space inside the value.
        assert_eq!(reply("-c%20statement-timeout%3D1h"), Some(s(3601)));
        assert_eq!(reply("-c%20Statement_Timeout%3D2min"), Some(s(121)));
        assert_eq!(reply("-c%20statement_timeout%3D10%5C%20min"), Some(s(601)));
        assert_eq!(reply("-c%20statement_timeout%3D0"), None);
        // A form not read here: no limit on our side rather than a wrong one.
        assert_eq!(reply("-c%20statement_timeout%3D1.5s"), None);
        assert_eq!(reply("-c%20lock_timeout%3D1"), Some(s(301)));
    }
}
