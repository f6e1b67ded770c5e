//! The hermetic test environment: a temp HOME with its own config and data folders, a cleared
//! environment, and helpers that run the real binary and decode what it prints.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

pub mod machine;
pub mod mockwp;
pub mod pass;
pub mod pg;
pub mod wait;

pub use pg::{engine, skip_on_postgres, Engine};

pub const BIN: &str = env!("CARGO_BIN_EXE_sitectl");

pub struct TestEnv {
    pub dir: tempfile::TempDir,
    /// The SQLite file (on PostgreSQL: a path nothing uses).
    pub db: PathBuf,
    /// What `SITECTL_DB` is: the file, or this test's own PostgreSQL database's URL.
    pub target: String,
    /// This test's PostgreSQL database (dropped with the environment).
    pub pg_database: Option<String>,
    pub env: Vec<(String, String)>,
}

impl Drop for TestEnv {
    fn drop(&mut self) {
        if let Some(name) = &self.pg_database {
            pg::drop_database(name);
        }
    }
}

/// What a run printed and how it ended.
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Out {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {}\nstderr: {}", self.stdout, self.stderr))
    }

    /// The machine error on stderr (one line).
    pub fn error(&self) -> Value {
        let lines: Vec<&str> = self.stderr.lines().collect();
        assert_eq!(lines.len(), 1, "expected exactly one stderr line, got: {}", self.stderr);
        let v: Value =
            serde_json::from_str(lines[0]).unwrap_or_else(|e| panic!("stderr is not JSON ({e}): {}", self.stderr));
        v["error"].clone()
    }
}

impl TestEnv {
    /// An environment with an initialised database.
    pub fn new() -> TestEnv {
        let env = TestEnv::empty();
        env.ok(&["db", "init"]);
        if let Some(name) = &env.pg_database {
            pg::install_lock_guard(name);
        }
        env
    }

    /// An environment whose database path holds nothing yet.
    pub fn empty() -> TestEnv {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("data").join("test.db");
        match engine() {
            Engine::Sqlite => {
                let target = db.display().to_string();
                TestEnv { dir, db, target, pg_database: None, env: Vec::new() }
            }
            Engine::Postgres => {
                let (name, target) = pg::new_database_url();
                TestEnv { dir, db, target, pg_database: Some(name), env: Vec::new() }
            }
        }
    }

    /// What `SITECTL_DB` is set to: this test's PostgreSQL database, else the file `db` (which
    /// a test may point elsewhere).
    pub fn db_value(&self) -> String {
        match engine() {
            Engine::Postgres => self.target.clone(),
            Engine::Sqlite => self.db.display().to_string(),
        }
    }

    /// From now on, runs against `other`'s database (which `other` keeps owning).
    pub fn use_db_of(&mut self, other: &TestEnv) {
        if let Some(name) = self.pg_database.take() {
            pg::drop_database(&name);
        }
        self.db = other.db.clone();
        self.target = other.target.clone();
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// Sets an environment variable for every later run.
    pub fn set_env(&mut self, key: &str, value: &str) {
        self.env.push((key.to_string(), value.to_string()));
    }

    /// A command with a cleared environment, a private HOME and XDG folders, and `--db`.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.env_clear()
            .env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("XDG_DATA_HOME", self.dir.path().join("xdg-data"))
            .env("USER", "tester")
            .env("SITECTL_DB", self.db_value())
            .stdin(Stdio::null());
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd.args(args);
        cmd
    }

    /// Starts sitectl with `args` in the background, its output piped.
    pub fn spawn(&self, args: &[&str]) -> std::process::Child {
        self.command(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap()
    }

    /// Runs sitectl later, from another thread (a mock server's fault handler), with this
    /// environment as it is now.
    pub fn detached(&self) -> impl Fn(&[&str]) -> Out + Send + Sync + 'static {
        let cmd = self.command(&[]);
        let envs: Vec<(std::ffi::OsString, std::ffi::OsString)> =
            cmd.get_envs().filter_map(|(k, v)| Some((k.to_owned(), v?.to_owned()))).collect();
        move |args: &[&str]| {
            let mut c = Command::new(BIN);
            c.env_clear().envs(envs.iter().map(|(k, v)| (k, v))).args(args).stdin(Stdio::null());
            output(c.output().unwrap())
        }
    }

    pub fn run(&self, args: &[&str]) -> Out {
        output(self.command(args).output().unwrap())
    }

    pub fn run_stdin(&self, args: &[&str], input: &str) -> Out {
        use std::io::Write;
        let mut child =
            self.command(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        // A command that does not read stdin may exit before we finish writing: that is fine.
        let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
        output(child.wait_with_output().unwrap())
    }

    /// Runs and asserts exit 0; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert_eq!(out.code, 0, "sitectl {args:?} failed:\nstdout: {}\nstderr: {}", out.stdout, out.stderr);
        out.stdout
    }

    /// Runs with `--json`, asserts exit 0, returns the decoded stdout.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut a = args.to_vec();
        a.push("--json");
        let out = self.run(&a);
        assert_eq!(out.code, 0, "sitectl {a:?} failed:\nstdout: {}\nstderr: {}", out.stdout, out.stderr);
        out.json()
    }

    /// Runs with `--json`, asserts the exit code and that stdout is empty; returns the error.
    pub fn fails(&self, args: &[&str], code: i32) -> Value {
        let mut a = args.to_vec();
        a.push("--json");
        let out = self.run(&a);
        assert_eq!(
            out.code, code,
            "sitectl {a:?}: expected exit {code}\nstdout: {}\nstderr: {}",
            out.stdout, out.stderr
        );
        assert_eq!(out.stdout, "", "stdout must be empty on failure");
        let err = out.error();
        assert_eq!(err["exit_code"], code);
        err
    }

    /// The database file's bytes (after every process has closed it); on PostgreSQL, the dump
    /// of every row (there is no file to compare).
    pub fn db_bytes(&self) -> Vec<u8> {
        match engine() {
            Engine::Sqlite => std::fs::read(&self.db).unwrap(),
            Engine::Postgres => self.dump().into_bytes(),
        }
    }

    /// A dump of every row of every table, to compare states regardless of page layout.
    pub fn dump(&self) -> String {
        match engine() {
            Engine::Sqlite => dump(&self.db),
            Engine::Postgres => pg::dump(&pg::database_of(&self.target)),
        }
    }

    /// Runs SQL statements directly on the database (to set up a state no command makes).
    pub fn sql(&self, statements: &str) {
        match engine() {
            Engine::Sqlite => rusqlite::Connection::open(&self.db).unwrap().execute_batch(statements).unwrap(),
            Engine::Postgres => pg::client(&pg::database_of(&self.target)).batch_execute(statements).unwrap(),
        }
    }

    /// The database is sound: SQLite's `integrity_check` says "ok" (PostgreSQL checks its own
    /// pages; there the doctor's row checks stand in).
    pub fn assert_integrity(&self) {
        if engine() == Engine::Sqlite {
            let conn = rusqlite::Connection::open(&self.db).unwrap();
            assert_eq!(conn.query_row("PRAGMA integrity_check", [], |r| r.get::<_, String>(0)).unwrap(), "ok");
        }
    }

    /// Whether the database exists (the file; the server's database).
    pub fn database_exists(&self) -> bool {
        match engine() {
            Engine::Sqlite => self.db.exists(),
            Engine::Postgres => pg::database_exists(&pg::database_of(&self.target)),
        }
    }

    /// Removes the database entirely (the file; the server's database).
    pub fn remove_database(&self) {
        match engine() {
            Engine::Sqlite => std::fs::remove_file(&self.db).unwrap(),
            Engine::Postgres => pg::drop_database(&pg::database_of(&self.target)),
        }
    }

    /// Sets the stored schema version (to test what an older or newer database does).
    pub fn set_schema_version(&self, version: i64) {
        match engine() {
            Engine::Sqlite => {
                rusqlite::Connection::open(&self.db).unwrap().pragma_update(None, "user_version", version).unwrap()
            }
            Engine::Postgres => self.sql(&format!("UPDATE sitectl_schema SET version = {version}")),
        }
    }

    /// The first column of the first row of a query, as text (NULL as "NULL").
    pub fn sql_value(&self, query: &str) -> String {
        match engine() {
            Engine::Sqlite => {
                let conn = rusqlite::Connection::open(&self.db).unwrap();
                conn.query_row(query, [], |r| Ok(cell(r.get_ref(0).unwrap()))).unwrap()
            }
            Engine::Postgres => {
                let row = pg::client(&pg::database_of(&self.target)).query_one(query, &[]).unwrap();
                pg::cell(&row.get::<_, sitectl::store::sql::Value>(0))
            }
        }
    }

    /// The dump without the logs a failed remote run may add to (sync events, integrations'
    /// status): the data a failure must not change.
    pub fn dump_without_log(&self) -> String {
        without_table(&without_table(&self.dump(), "sync_events"), "integrations")
    }

    /// Two plans, an account on each, and a user of every role in `acme`.
    /// The basic accounts, a site acme/blog, and a mock WordPress it is connected to (core mode).
    pub fn with_mock_blog(&self) -> mockwp::MockWp {
        self.seed_basic();
        self.ok(&["site", "create", "Blog", "--account", "acme"]);
        let wp = mockwp::MockWp::start();
        let out = self.run_stdin(
            &["wp", "connect", "acme/blog", "--url", &wp.url, "--username", mockwp::USER, "--app-password-stdin"],
            mockwp::PASSWORD,
        );
        assert_eq!(out.code, 0, "{}", out.stderr);
        wp
    }

    pub fn seed_basic(&self) {
        self.ok(&[
            "plan",
            "create",
            "starter",
            "--name",
            "Starter",
            "--max-sites",
            "4",
            "--max-users",
            "10",
            "--max-sectors-per-site",
            "3",
        ]);
        self.ok(&[
            "plan",
            "create",
            "growth",
            "--name",
            "Growth",
            "--max-sites",
            "10",
            "--max-users",
            "20",
            "--max-sectors-per-site",
            "5",
        ]);
        self.ok(&[
            "account",
            "create",
            "acme",
            "--name",
            "Acme Inc",
            "--plan",
            "starter",
            "--owner",
            "owner@acme.example",
        ]);
        self.ok(&[
            "account",
            "create",
            "globex",
            "--name",
            "Globex",
            "--plan",
            "growth",
            "--owner",
            "owner@globex.example",
        ]);
        for (email, role) in [
            ("admin@acme.example", "admin"),
            ("editor@acme.example", "editor"),
            ("viewer@acme.example", "viewer"),
            ("bot@acme.example", "system_bot"),
            ("dev@acme.example", "developer"),
        ] {
            self.ok(&["user", "add", email, "--account", "acme", "--role", role]);
        }
        self.ok(&["user", "add", "editor@globex.example", "--account", "globex", "--role", "editor"]);
    }
}

/// A dump without one table's rows.
pub fn without_table(dump: &str, table: &str) -> String {
    let mut out = String::new();
    let mut skip = false;
    for line in dump.lines() {
        if let Some(name) = line.strip_prefix("== ") {
            skip = name == table;
        }
        if !skip {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn output(o: Output) -> Out {
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// Every row of every table, in a stable order.
pub fn dump(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).unwrap();
    // SQLite's own bookkeeping (`sqlite_sequence`: the largest AUTOINCREMENT id used) is not
    // the data: a failed write that only logged its event still moves it.
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = String::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM {t} ORDER BY 1")).unwrap();
        let n = stmt.column_count();
        let rows = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..n).map(|i| cell(r.get_ref(i).unwrap())).collect();
                Ok(cells.join("|"))
            })
            .unwrap();
        out.push_str(&format!("== {t}\n"));
        for row in rows {
            out.push_str(&row.unwrap());
            out.push('\n');
        }
    }
    out
}

impl TestEnv {
    /// Runs sitectl on a pseudo-terminal (through util-linux `script`), typing each of `keys`
    /// once the program has drawn something new since the last key (its prompt, or its answer
    /// to the last key): readiness read off the screen, not a fixed wait. Returns the exit code
    /// and what the terminal showed.
    pub fn run_in_pty(&self, args: &[&str], keys: &[&str]) -> (i32, String) {
        self.run_in_pty_showing(args, keys, Screen::default())
    }

    /// [`run_in_pty`](Self::run_in_pty), with what the terminal shows so far kept in `screen`
    /// as it arrives (another thread may wait for something to show).
    pub fn run_in_pty_showing(&self, args: &[&str], keys: &[&str], screen: Screen) -> (i32, String) {
        use std::io::{Read, Write};
        use std::time::{Duration, Instant};
        let inner = self.command(args);
        let mut line = shell_quote(BIN);
        for a in args {
            line.push(' ');
            line.push_str(&shell_quote(a));
        }
        let mut cmd = Command::new("script");
        cmd.args(["-qec", &line, "/dev/null"]).env_clear();
        for (k, v) in inner.get_envs() {
            if let Some(v) = v {
                cmd.env(k, v);
            }
        }
        cmd.env("TERM", "xterm").env("PATH", "/usr/bin:/bin");
        let mut child = cmd.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let mut stdin = child.stdin.take().unwrap();
        let reader = {
            let screen = screen.clone();
            let mut out = child.stdout.take().unwrap();
            std::thread::spawn(move || {
                let mut buf = [0u8; 4096];
                while let Ok(n) = out.read(&mut buf) {
                    if n == 0 {
                        break;
                    }
                    screen.lock().unwrap().extend_from_slice(&buf[..n]);
                }
            })
        };
        let shown = || screen.lock().unwrap().len();
        // Waits until the screen shows more than `seen` bytes (bounded, for a key that
        // changes nothing on screen).
        let wait_for_more = |seen: usize, patience: Duration| {
            let started = Instant::now();
            while shown() <= seen && started.elapsed() < patience {
                std::thread::sleep(Duration::from_millis(10));
            }
        };
        // The first prompt is drawn: the program is reading.
        wait_for_more(0, Duration::from_secs(20));
        for k in keys {
            let seen = shown();
            stdin.write_all(k.as_bytes()).unwrap();
            stdin.flush().unwrap();
            // The program answered this key (a redraw) before the next one is typed.
            wait_for_more(seen, Duration::from_secs(3));
        }
        let started = Instant::now();
        while child.try_wait().unwrap().is_none() {
            assert!(started.elapsed() < Duration::from_secs(20), "the program on the terminal did not finish");
            std::thread::sleep(Duration::from_millis(20));
        }
        drop(stdin);
        let status = child.wait().unwrap();
        reader.join().unwrap();
        let text = String::from_utf8_lossy(&screen.lock().unwrap()).into_owned();
        (status.code().unwrap_or(-1), text)
    }
}

/// The bytes a terminal has shown so far (see [`TestEnv::run_in_pty_showing`]).
pub type Screen = std::sync::Arc<std::sync::Mutex<Vec<u8>>>;

fn shell_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "'\\''"))
}

fn cell(v: rusqlite::types::ValueRef<'_>) -> String {
    use rusqlite::types::ValueRef;
    match v {
        ValueRef::Null => "NULL".into(),
        ValueRef::Integer(n) => n.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Text(t) => format!("{:?}", String::from_utf8_lossy(t)),
        ValueRef::Blob(b) => b.iter().map(|x| format!("{x:02x}")).collect(),
    }
}

/// `inner` (program, arguments, environment) run under a data-segment limit of `bytes`
/// (`prlimit --data`): a process that keeps what it is sent fails its allocation instead of
/// taking the machine's memory.
pub fn under_data_limit(inner: &Command, bytes: u64) -> Command {
    under_limit(inner, &format!("--data={bytes}"))
}

/// `inner` run with at most `seconds` of CPU time (the kernel stops it past that): a bound on
/// work done, which the load of a shared machine does not stretch as it stretches wall time.
pub fn under_cpu_limit(inner: &Command, seconds: u64) -> Command {
    under_limit(inner, &format!("--cpu={seconds}"))
}

/// `inner` run under one `prlimit` resource limit (`--data=N`, `--cpu=N`, ...).
fn under_limit(inner: &Command, limit: &str) -> Command {
    let mut cmd = Command::new("prlimit");
    cmd.arg(limit).arg("--").arg(inner.get_program()).args(inner.get_args()).env_clear();
    for (k, v) in inner.get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    if let Some(dir) = inner.get_current_dir() {
        cmd.current_dir(dir);
    }
    cmd
}

/// Runs `cmd` and kills it if it still runs after `limit` (`None`: a hang is the failure the
/// caller names). Its output is read while it runs, so a long one cannot block on a full pipe.
pub fn run_within(cmd: &mut Command, limit: std::time::Duration) -> Option<Out> {
    let child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let pid = child.id();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || send.send(child.wait_with_output()));
    match receive.recv_timeout(limit) {
        Ok(o) => Some(output(o.unwrap())),
        Err(_) => {
            let _ = Command::new("kill").args(["-KILL", &pid.to_string()]).status();
            None
        }
    }
}
