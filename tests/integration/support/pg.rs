//! The PostgreSQL side of the test harness: which engine this run tests, the server (see
//! `support::machine`: the one `SITECTL_TEST_PG_URL` names, else a private one
//! `tests/postgres/start.sh` starts), and a database per test.
//!
//! `cargo test` runs the suite on SQLite, and its `postgres_suite` test runs this same binary
//! again with `SITECTL_TEST_ENGINE=postgres`, so every test that touches the database runs on
//! both engines. Tests that are inherently SQLite's (file permissions, journal mode, a file that
//! is not a database) call [`skip_on_postgres`], which says so.

use std::sync::atomic::{AtomicUsize, Ordering};

use sitectl::store::sql::Value;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// The engine this test process runs on.
pub fn engine() -> Engine {
    match std::env::var("SITECTL_TEST_ENGINE").as_deref() {
        Ok("postgres") => Engine::Postgres,
        _ => Engine::Sqlite,
    }
}

/// True (and says why) when a SQLite-only test runs on PostgreSQL: the caller returns.
pub fn skip_on_postgres(why: &str) -> bool {
    if engine() == Engine::Postgres {
        eprintln!("SQLite only, skipped on PostgreSQL: {why}");
        return true;
    }
    false
}

/// False (and says so) when a PostgreSQL-only test runs on SQLite: the caller returns.
pub fn only_on_postgres() -> bool {
    if engine() != Engine::Postgres {
        eprintln!("PostgreSQL only: runs in the suite's PostgreSQL pass");
        return false;
    }
    true
}

pub use super::machine::PgServer as Server;

/// The server this PostgreSQL pass runs on (see [`super::machine::postgres`]). The pass cannot
/// run without one: its absence fails the test that asks (the suite's `postgres_suite` test
/// skips the whole pass instead, when servers are not required).
pub fn server() -> &'static Server {
    super::machine::postgres()
        .unwrap_or_else(|why| panic!("the PostgreSQL pass needs a server: {why}; {}", super::machine::ENABLE_POSTGRES))
}

/// The server URL with another database.
pub fn url_for(database: &str) -> String {
    let base = &server().url;
    let (head, query) = base.split_once('?').unwrap_or((base, ""));
    let root = head.rsplit_once('/').map_or(head, |(r, _)| r);
    if query.is_empty() {
        format!("{root}/{database}")
    } else {
        format!("{root}/{database}?{query}")
    }
}

/// A fresh database name (not created: `db init` creates it) and its URL.
pub fn new_database_url() -> (String, String) {
    static N: AtomicUsize = AtomicUsize::new(0);
    let name = format!("t_{}_{}", std::process::id(), N.fetch_add(1, Ordering::Relaxed));
    let url = url_for(&name);
    (name, url)
}

/// Makes every write to an account's rows in `database` fail unless its transaction holds the
/// account's lock (see tests/postgres/lock_guard.sql): the PostgreSQL pass proves that every
/// write path locks what it changes.
pub fn install_lock_guard(database: &str) {
    client(database).batch_execute(include_str!("../../postgres/lock_guard.sql")).unwrap();
}

/// The database a URL of [`url_for`] names.
pub fn database_of(url: &str) -> String {
    let head = url.split_once('?').map_or(url, |(h, _)| h);
    head.rsplit_once('/').map_or("", |(_, d)| d).to_string()
}

/// A superuser connection to `database`, for a test's own reads and writes: the lock guard
/// lets its writes through (they are the test's, not sitectl's).
pub fn client(database: &str) -> postgres::Client {
    let url = url_for(database);
    let config: postgres::Config = url.parse().unwrap_or_else(|e| panic!("{url}: {e}"));
    let mut client = config.connect(postgres::NoTls).unwrap_or_else(|e| panic!("connect to {url}: {e}"));
    client.batch_execute("SET sitectl_guard.off = 'on'").unwrap();
    client
}

pub fn database_exists(name: &str) -> bool {
    client("postgres").query_opt("SELECT 1 FROM pg_database WHERE datname = $1", &[&name]).unwrap().is_some()
}

pub fn drop_database(name: &str) {
    let _ = client("postgres").batch_execute(&format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));
}

/// Every row of every table of the public schema, in a stable order, in the format of the
/// SQLite dump (`support::dump`).
pub fn dump(database: &str) -> String {
    let mut c = match client_opt(database) {
        Some(c) => c,
        None => return String::new(),
    };
    let tables: Vec<String> = c
        .query("SELECT tablename::text FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename", &[])
        .unwrap()
        .iter()
        .map(|r| r.get(0))
        .collect();
    let mut out = String::new();
    for t in tables {
        out.push_str(&format!("== {t}\n"));
        for row in c.query(&format!("SELECT * FROM {t} ORDER BY 1"), &[]).unwrap() {
            let cells: Vec<String> = (0..row.len()).map(|i| cell(&row.get::<_, Value>(i))).collect();
            out.push_str(&cells.join("|"));
            out.push('\n');
        }
    }
    out
}

fn client_opt(database: &str) -> Option<postgres::Client> {
    let url = url_for(database);
    let config: postgres::Config = url.parse().ok()?;
    config.connect(postgres::NoTls).ok()
}

pub fn cell(v: &Value) -> String {
    match v {
        Value::Null => "NULL".into(),
        Value::Int(n) => n.to_string(),
        Value::Real(f) => f.to_string(),
        Value::Text(t) => format!("{t:?}"),
        Value::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
    }
}
