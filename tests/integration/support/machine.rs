//! What a test needs from the machine beyond the hermetic environment: root (to mount a small
//! file system), a PostgreSQL server and a real WordPress. Each is used when it is there; when
//! it is not, the test that needs it is skipped with one line on the terminal saying why and how
//! to enable it, and the hermetic tests still run. `SITECTL_TEST_REQUIRE_SERVERS=1` (which
//! `.ci/run` sets) turns every such skip into a failure.
//!
//! The servers come from the environment when it names them (`SITECTL_TEST_PG_URL`,
//! `SITECTL_WP_URL`...), else from `tests/postgres/start.sh` and `tests/wordpress/start.sh`,
//! which need root on Debian (they install the packages when missing). A server those scripts
//! found already running is left running; one they started for this run is stopped when the test
//! process ends (however it ends), unless `SITECTL_TEST_KEEP_SERVERS=1`.
//!
//! Skip lines are written straight to the process's stderr, not through `eprintln!`: the test
//! harness captures what `eprintln!` prints and shows it only for a failing test.

use std::collections::BTreeMap;
use std::io::Write;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Mutex, Once, OnceLock};

/// A switch of the suite: on when set to anything but empty or `0` (so that a CI setting
/// `true` or `yes` is not silently off).
fn switch(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| !v.is_empty() && v != "0")
}

/// Whether a missing server (or root) is a failure (`SITECTL_TEST_REQUIRE_SERVERS=1`).
pub fn servers_required() -> bool {
    switch("SITECTL_TEST_REQUIRE_SERVERS")
}

/// Whether servers the suite starts stay running after it (`SITECTL_TEST_KEEP_SERVERS=1`).
fn keep_servers() -> bool {
    switch("SITECTL_TEST_KEEP_SERVERS")
}

/// One line on the terminal, whatever the test harness captures.
pub fn say(line: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{line}");
}

/// The running test cannot run here: says so in one visible line (`why`, then `enable`: how to
/// make it run), or fails when servers are required. The caller returns.
pub fn skip(why: &str, enable: &str) {
    let thread = std::thread::current();
    let test = thread.name().unwrap_or("a test");
    let pass = match super::engine() {
        super::Engine::Sqlite => "",
        super::Engine::Postgres => " (PostgreSQL pass)",
    };
    assert!(!servers_required(), "{test}{pass}: {why} (a failure, not a skip: SITECTL_TEST_REQUIRE_SERVERS=1)");
    say(&format!("skipped {test}{pass}: {why}; {enable}"));
}

/// Whether this process runs with an effective uid of 0.
pub fn is_root() -> bool {
    static ROOT: OnceLock<bool> = OnceLock::new();
    *ROOT.get_or_init(|| {
        // "Uid:\treal\teffective\tsaved\tfs"
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        status.lines().find_map(|l| l.strip_prefix("Uid:")).and_then(|v| v.split_whitespace().nth(1)) == Some("0")
    })
}

/// How to get root-only tests to run.
pub const ENABLE_ROOT: &str = "run the suite as root to run it (as .ci/run does)";

/// The root-only tests' guard: true (after the skip line) when this process is not root.
pub fn skip_unless_root(what: &str) -> bool {
    if is_root() {
        return false;
    }
    skip(&format!("{what} needs root"), ENABLE_ROOT);
    true
}

/// What a server's `start.sh --env` printed: its variables, and what this call started.
struct Started {
    vars: BTreeMap<String, String>,
    /// The parts the script started itself (empty: it found them running).
    started: Vec<String>,
}

fn script(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Whether this machine can start the servers itself: root, with Debian's package manager.
fn can_start_servers() -> Result<(), String> {
    if !is_root() {
        return Err("not root".into());
    }
    let apt = std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join("apt-get").is_file()));
    if !apt {
        return Err("no apt-get (not a Debian machine)".into());
    }
    Ok(())
}

/// Runs a server's `start.sh --env`; the server it started (if any) is stopped at exit by
/// `stop.sh` with the parts it started as arguments.
fn start(name: &str, start: &str, stop: &str) -> Result<Started, String> {
    let out = Command::new("bash")
        .arg(script(start))
        .arg("--env")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("could not run {start}: {e}"))?;
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(3).collect::<Vec<_>>().into_iter().rev().collect();
        return Err(format!("{start} failed ({}): {}", out.status, tail.join(" / ")));
    }
    let mut found = Started { vars: BTreeMap::new(), started: Vec::new() };
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        if let Some(parts) = line.strip_prefix("# started:") {
            found.started = parts.split_whitespace().map(str::to_string).collect();
        } else if let Some((k, v)) = line.trim_start_matches("export ").split_once('=') {
            found.vars.insert(k.to_string(), v.trim_matches('\'').to_string());
        }
    }
    if !found.started.is_empty() {
        stop_at_exit(name, stop, &found.started);
    }
    Ok(found)
}

/// A watcher per server the suite started: it waits for its stdin to close, then runs the stop
/// script. Its stdin's write end is ours alone (Rust opens pipes close-on-exec), so it closes
/// when this process ends however it ends (a failure, Ctrl-C, a kill); at a normal exit
/// [`stop_now`] closes it and waits, so the server is down before `cargo test` returns.
struct Watcher {
    stdin: Option<ChildStdin>,
    child: Child,
}

static WATCHERS: Mutex<Vec<Watcher>> = Mutex::new(Vec::new());

fn stop_at_exit(name: &str, stop: &str, parts: &[String]) {
    let stop_path = script(stop);
    if keep_servers() {
        say(&format!(
            "{name} started by the test suite stays running (SITECTL_TEST_KEEP_SERVERS=1); {} stops it",
            stop_path.display()
        ));
        return;
    }
    let spawned = Command::new("sh")
        .arg("-c")
        .arg(r#"cat >/dev/null; name=$1; shift; "$@"; echo "$name: stopped (the test suite started it; SITECTL_TEST_KEEP_SERVERS=1 keeps it)" >&2"#)
        .arg("watcher")
        .arg(name)
        .arg(&stop_path)
        .args(parts)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        // Its own process group: a Ctrl-C to the tests does not stop it before it stops the server.
        .process_group(0)
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => {
            say(&format!("{name}: cannot arrange its stop at exit ({e}); {} stops it", stop_path.display()));
            return;
        }
    };
    let stdin = child.stdin.take();
    WATCHERS.lock().unwrap_or_else(|e| e.into_inner()).push(Watcher { stdin, child });
    static AT_EXIT: Once = Once::new();
    AT_EXIT.call_once(|| {
        extern "C" {
            fn atexit(f: extern "C" fn()) -> std::os::raw::c_int;
        }
        // SAFETY: registers a plain function with the C library; it runs once, at exit.
        unsafe {
            atexit(stop_now);
        }
    });
}

/// At a normal exit: closes every watcher's stdin and waits until it has stopped its server.
/// Should another thread hold the list at that moment, the exit does not wait for it: the pipes
/// close with the process and the watchers stop the servers all the same.
extern "C" fn stop_now() {
    let mut watchers = match WATCHERS.try_lock() {
        Ok(w) => w,
        Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner(),
        Err(std::sync::TryLockError::WouldBlock) => return,
    };
    for w in watchers.iter_mut() {
        drop(w.stdin.take());
        let _ = w.child.wait();
    }
}

/// The PostgreSQL server's facts, as `tests/postgres/start.sh --env` prints them.
#[derive(Clone)]
pub struct PgServer {
    pub url: String,
    pub tls_url: String,
    pub ca: String,
    pub bin: String,
}

/// How to make the PostgreSQL tests run.
pub const ENABLE_POSTGRES: &str = "name a server with SITECTL_TEST_PG_URL, SITECTL_TEST_PG_TLS_URL, \
     SITECTL_TEST_PG_CA and SITECTL_TEST_PG_BIN (as tests/postgres/start.sh --env prints them), or run the \
     suite as root on Debian so it installs and starts one";

/// The PostgreSQL server: the one the environment names, else one `tests/postgres/start.sh`
/// starts (root on Debian). `Err` says why there is none.
pub fn postgres() -> Result<&'static PgServer, &'static str> {
    static SERVER: OnceLock<Result<PgServer, String>> = OnceLock::new();
    let found = SERVER.get_or_init(|| {
        let from_env = |k: &str| std::env::var(k).ok();
        let vars: BTreeMap<String, String> = if let Some(url) = from_env("SITECTL_TEST_PG_URL") {
            let others = ["SITECTL_TEST_PG_TLS_URL", "SITECTL_TEST_PG_CA", "SITECTL_TEST_PG_BIN"];
            let missing: Vec<&str> = others.iter().copied().filter(|k| from_env(k).is_none()).collect();
            if !missing.is_empty() {
                // The TLS and server-binary tests would fail for want of them, far from the cause.
                return Err(format!("SITECTL_TEST_PG_URL is set without {}", missing.join(", ")));
            }
            others
                .iter()
                .filter_map(|k| Some((k.to_string(), from_env(k)?)))
                .chain([("SITECTL_TEST_PG_URL".to_string(), url)])
                .collect()
        } else {
            can_start_servers().map_err(|why| format!("no PostgreSQL server named and {why}"))?;
            start("postgres", "tests/postgres/start.sh", "tests/postgres/stop.sh")?.vars
        };
        let get = |k: &str| vars.get(k).cloned().unwrap_or_default();
        Ok(PgServer {
            url: get("SITECTL_TEST_PG_URL"),
            tls_url: get("SITECTL_TEST_PG_TLS_URL"),
            ca: get("SITECTL_TEST_PG_CA"),
            bin: get("SITECTL_TEST_PG_BIN"),
        })
    });
    found.as_ref().map_err(String::as_str)
}

/// A real WordPress with an Application Password.
#[derive(Clone)]
pub struct WordPress {
    pub url: String,
    pub user: String,
    pub password: String,
}

/// How to make the real-WordPress tests run.
pub const ENABLE_WORDPRESS: &str = "name one with SITECTL_WP_URL, SITECTL_WP_USER and SITECTL_WP_APP_PASSWORD \
     (as tests/wordpress/start.sh --env prints them), or run the suite as root on Debian so it installs and \
     starts one";

/// Set by the suite's first pass for its PostgreSQL pass when it has no WordPress: why (so the
/// second pass does not try to start one it would not own).
pub const NO_WORDPRESS: &str = "SITECTL_TEST_NO_WORDPRESS";

/// The real WordPress the environment names (`Ok(Some)`), or `Ok(None)` when this machine can
/// start one, or why there is none. Cheap: nothing is started.
fn wordpress_named() -> Result<Option<WordPress>, String> {
    let keys = ["SITECTL_WP_URL", "SITECTL_WP_USER", "SITECTL_WP_APP_PASSWORD"];
    let vars: Vec<String> = keys.iter().filter_map(|k| std::env::var(k).ok()).collect();
    if let [url, user, password] = &vars[..] {
        return Ok(Some(WordPress { url: url.clone(), user: user.clone(), password: password.clone() }));
    }
    if let Ok(why) = std::env::var(NO_WORDPRESS) {
        return Err(why);
    }
    can_start_servers().map_err(|why| format!("no WordPress named and {why}"))?;
    Ok(None)
}

/// Why there can be no real WordPress, known without starting one (`None`: there is one, or
/// this machine can start one).
pub fn wordpress_missing() -> Option<String> {
    wordpress_named().err()
}

/// The real WordPress: the one the environment names, else one `tests/wordpress/start.sh`
/// starts (root on Debian). `Err` says why there is none.
pub fn wordpress() -> Result<&'static WordPress, &'static str> {
    static WP: OnceLock<Result<WordPress, String>> = OnceLock::new();
    let found = WP.get_or_init(|| {
        if let Some(named) = wordpress_named()? {
            return Ok(named);
        }
        let vars = start("wordpress", "tests/wordpress/start.sh", "tests/wordpress/stop.sh")?.vars;
        let get = |k: &str| vars.get(k).cloned().unwrap_or_default();
        Ok(WordPress {
            url: get("SITECTL_WP_URL"),
            user: get("SITECTL_WP_USER"),
            password: get("SITECTL_WP_APP_PASSWORD"),
        })
    });
    found.as_ref().map_err(String::as_str)
}
