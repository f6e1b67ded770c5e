//! Attacks on issue #23's fleet operations: `check` (exit codes, Nagios and OpenMetrics output,
//! its file replacement), the fleet selectors, the scheduled-post read of `wp sync`, and batch
//! streaming. Each test states what must hold; one that fails names a defect.

use std::io::{Read, Write};
use std::process::Stdio;
use std::time::Duration;

use serde_json::{json, Value};

use crate::support::mockwp::{self, MockWp, Reply};
use crate::support::{run_within, TestEnv};

use crate::fleet::synced_fleet as fleet;

/// The fleet with acme/shop's last sync failed (a critical finding) and the clock just after.
fn critical_fleet() -> (TestEnv, Vec<(String, MockWp)>) {
    let (mut env, wps) = fleet();
    env.set_env("SITECTL_NOW", "2026-06-01T12:30:00Z");
    env.sql("UPDATE integrations SET sync_status = 'error', sync_error = 'boom' WHERE site_id = 2");
    assert_eq!(env.run(&["check", "--json"]).code, 2);
    (env, wps)
}

/// Runs sitectl with its stdout a pipe whose reading end is already closed.
fn with_stdout_closed(env: &TestEnv, args: &[&str]) -> Option<i32> {
    let mut child = env.command(args).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().unwrap();
    drop(child.stdout.take());
    child.wait().unwrap().code()
}

fn tmp_files(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Exit codes: only 0, 1, 2 or 3, whatever happens.

/// A monitoring system reads the exit code. A reader that closes the pipe early (`| head -c1`
/// under `set -o pipefail`, a collector that stops reading) must not turn a CRITICAL fleet into
/// OK: the check saw a critical finding, so its exit code says at least that (or UNKNOWN).
#[test]
fn a_closed_stdout_never_turns_a_critical_check_into_ok() {
    let (env, _wps) = critical_fleet();
    for args in [
        vec!["check", "--nagios"],
        vec!["check", "--format", "jsonl"],
        vec!["check", "--json"],
        vec!["check", "--openmetrics", "-"],
    ] {
        let code = with_stdout_closed(&env, &args);
        assert!(matches!(code, Some(2 | 3)), "{args:?}: exit {code:?} on a CRITICAL fleet whose stdout was closed");
    }
}

/// Odd argument orders, bad settings and bad environment: each is UNKNOWN (3), never clap's 2,
/// a panic's 101 or another table's code; help and version are 0.
#[test]
fn check_exit_codes_stay_within_the_plugin_api() {
    let (mut env, _wps) = fleet();
    env.set_env("SITECTL_NOW", "2026-06-01T12:30:00Z");
    let dir = env.path("a-dir");
    std::fs::create_dir(&dir).unwrap();
    let bad_config = env.path("bad.toml");
    std::fs::write(&bad_config, "this is = = not toml [").unwrap();
    let bad_utf8 = env.path("latin1.txt");
    std::fs::write(&bad_utf8, b"acme/blog\n\xff\xfe\n").unwrap();
    let nul = env.path("nul.txt");
    std::fs::write(&nul, b"acme/blog\n\0\n").unwrap();
    let unknown: Vec<Vec<String>> = [
        vec!["--format", "json", "check", "--bogus"],
        vec!["--format=json", "check", "--bogus"],
        vec!["--db", "/nonexistent/x.db", "check", "--bogus"],
        vec!["-q", "check", "--warn-sync-age"],
        vec!["-qv", "check"],
        vec!["-q", "-v", "check"],
        vec!["--json", "--format", "csv", "check"],
        vec!["--color", "sometimes", "check"],
        vec!["check", "--mode"],
        vec!["check", "--nagios", "--nagios"],
        vec!["check", "--warn-sync-age=-1h"],
        vec!["check", "--grace", "1e3m"],
        vec!["check", "--warn-sync-age", "99999999999999999999999d"],
        vec!["check", "--crit-sync-age", "3651d"],
        vec!["check", "a/b/c"],
        vec!["check", "--", "--nagios"],
        vec!["--as", "nobody@nowhere.example", "check"],
        vec!["--profile", "nope", "check"],
        vec!["--config", "/nonexistent/config.toml", "check"],
        vec!["--config", bad_config.to_str().unwrap(), "check"],
        vec!["check", "--sites-from", "/nonexistent/list"],
        vec!["check", "--sites-from", dir.to_str().unwrap()],
        vec!["check", "--sites-from", bad_utf8.to_str().unwrap()],
        vec!["check", "--sites-from", nul.to_str().unwrap()],
        vec!["check", "--openmetrics", ""],
        vec!["check", "--openmetrics", "/"],
        vec!["check", "--openmetrics", "x/.."],
        vec!["check", "--industry", "nope"],
        vec!["check", "99999999999999999999999"],
        vec!["check", "0"],
        vec!["check", "-1"],
    ]
    .iter()
    .map(|a| a.iter().map(|s| s.to_string()).collect())
    .collect();
    for args in &unknown {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = env.run(&args);
        assert_eq!(out.code, 3, "{args:?}: {}{}", out.stdout, out.stderr);
    }
    // Environment variables and the clock.
    for (key, value) in [
        ("SITECTL_FORMAT", "bogus"),
        ("SITECTL_NOW", "yesterday"),
        ("SITECTL_AS", "nobody@nowhere.example"),
        ("SITECTL_CONFIG", bad_config.to_str().unwrap()),
        ("SITECTL_DB", "postgres://u@127.0.0.1:1/x?connect_timeout=2"),
    ] {
        let out = env.command(&["check"]).env(key, value).output().unwrap();
        assert_eq!(out.status.code(), Some(3), "{key}={value}: {}", String::from_utf8_lossy(&out.stderr));
    }
    // A clock at the edge of what RFC 3339 writes: no panic, an answer within 0..=3.
    for now in ["0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00+23:59"] {
        let out = env
            .command(&["check", "--grace", "3650d", "--crit-sync-age", "3650d"])
            .env("SITECTL_NOW", now)
            .output()
            .unwrap();
        assert!(
            matches!(out.status.code(), Some(0..=3)),
            "SITECTL_NOW={now}: {:?} {}",
            out.status.code(),
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // Non-UTF-8 arguments anywhere.
    use std::os::unix::ffi::OsStrExt;
    let junk = std::ffi::OsStr::from_bytes(b"\xff\xfe");
    for args in [
        vec!["check".as_ref(), junk],
        vec!["--as".as_ref(), junk, "check".as_ref()],
        vec!["check".as_ref(), "--sites-from".as_ref(), junk],
    ] {
        let out = env.command(&[]).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(3), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
    // Help and version are answers, not failures.
    for args in [vec!["check", "--help"], vec!["check", "-h"], vec!["help", "check"], vec!["check", "--version"]] {
        assert_eq!(env.run(&args).code, 0, "{args:?}");
    }
}

/// A misspelt `--fields` is a usage error (UNKNOWN) whatever the fleet's state: today it is
/// noticed only when a first finding is printed, so a healthy fleet answers OK (0) to the same
/// bad command line that a sick one answers UNKNOWN (3) to, hiding its CRITICAL.
#[test]
fn an_unknown_field_is_unknown_whatever_the_fleet_holds() {
    let (env, _wps) = fleet();
    let healthy = env
        .command(&["--fields", "nope", "check", "--json"])
        .env("SITECTL_NOW", "2026-06-01T12:30:00Z")
        .output()
        .unwrap();
    assert_eq!(healthy.status.code(), Some(3), "healthy fleet: {}", String::from_utf8_lossy(&healthy.stderr));
    env.sql("UPDATE integrations SET sync_status = 'error', sync_error = 'boom' WHERE site_id = 2");
    let sick = env
        .command(&["--fields", "nope", "check", "--json"])
        .env("SITECTL_NOW", "2026-06-01T12:30:00Z")
        .output()
        .unwrap();
    assert_eq!(sick.status.code(), Some(3), "sick fleet: {}", String::from_utf8_lossy(&sick.stderr));
}

/// The README promises a summary on stderr in every list format. In the machine formats it is
/// held back with the rest of the narration until the command succeeds, and a WARNING or
/// CRITICAL check ends as a failure (exit 1 or 2), so a log shipper reading `--format jsonl`
/// gets the summary of a healthy fleet only.
#[test]
fn the_summary_reaches_stderr_in_every_format() {
    let (env, _wps) = critical_fleet();
    for format in ["table", "csv", "jsonl", "json"] {
        let out = env.run(&["check", "--format", format]);
        assert_eq!(out.code, 2);
        assert!(out.stderr.contains("1 critical, 0 warnings over 3 sites"), "{format}: stderr {:?}", out.stderr);
    }
}

/// stdout that cannot be written (a full disk) is UNKNOWN, never OK.
#[test]
fn a_full_stdout_is_unknown() {
    let (env, _wps) = critical_fleet();
    for args in [vec!["check", "--nagios"], vec!["check", "--json"], vec!["check", "--openmetrics", "-"]] {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap();
        let out = env.command(&args).stdout(full).output().unwrap();
        assert_eq!(out.status.code(), Some(3), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

/// The Nagios plugin API wants a line on stdout for every answer, UNKNOWN included: a plugin
/// that prints nothing shows as "(No output on stdout)" with no reason. `--nagios` promises one
/// status line; when the check cannot evaluate, that line says `SITECTL UNKNOWN - why`.
#[test]
fn nagios_unknown_still_prints_its_status_line() {
    let (env, _wps) = fleet();
    for args in [
        vec!["check", "--nagios", "--account", "nope"],
        vec!["--db", "/nonexistent/dir/x.db", "check", "--nagios"],
        vec!["check", "--nagios", "--warn-sync-age", "3d", "--crit-sync-age", "1d"],
    ] {
        let out = env.run(&args);
        assert_eq!(out.code, 3, "{args:?}");
        let first = out.stdout.lines().next().unwrap_or_default();
        assert!(first.starts_with("SITECTL UNKNOWN - "), "{args:?}: stdout {:?}, stderr {}", out.stdout, out.stderr);
    }
}

// ---------------------------------------------------------------------------------------------
// Nagios text.

/// Whatever an integration's stored error holds (newlines, carriage returns, `|`, escapes,
/// Unicode line and paragraph separators, NEL, bidi controls, 100 kB), the status line is one
/// line with exactly one `|`, and each finding is one line without `|`.
#[test]
fn nagios_output_survives_hostile_stored_text() {
    let (env, _wps) = fleet();
    let hostile = format!(
        "line1\nSITECTL OK - fake | 'sites'=0\r\n\u{2028}x\u{2029}y\u{85}z\u{202e}evil\x1b]0;title\x07 '|' {}",
        "A".repeat(100_000)
    );
    let literal = hostile.replace('\'', "''");
    env.sql(&format!("UPDATE integrations SET sync_status = 'error', sync_error = '{literal}' WHERE site_id = 1"));
    let out = env.command(&["check", "--nagios"]).env("SITECTL_NOW", "2026-06-01T12:30:00Z").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.split('\n').collect();
    assert_eq!(lines.len(), 3, "the status line, one finding, and the final newline: {text:?}");
    assert_eq!(lines[0].matches('|').count(), 1, "{}", lines[0]);
    assert!(lines[0].starts_with("SITECTL CRITICAL - 1 critical, 0 warnings over 3 sites"), "{}", lines[0]);
    let detail = lines[1];
    assert!(detail.starts_with("CRITICAL connection_error acme/blog: "), "{detail}");
    assert!(!detail.contains('|'), "{detail}");
    for c in ['\r', '\u{2028}', '\u{2029}', '\u{85}', '\u{202e}', '\x1b', '\x07'] {
        assert!(!detail.contains(c), "{c:?} in {detail:?}");
    }
    assert!(detail.len() < 2000, "the message is bounded: {} bytes", detail.len());
    // Every performance value is 'label'=N;;;0.
    let perf = lines[0].split('|').nth(1).unwrap().trim();
    for item in perf.split(' ') {
        let (label, value) = item.split_once('=').unwrap();
        assert!(label.starts_with('\'') && label.ends_with('\'') && label.len() > 2, "{item}");
        let n = value.strip_suffix(";;;0").unwrap_or_else(|| panic!("{item}"));
        assert!(n.parse::<u64>().is_ok(), "{item}");
    }
}

/// The same hostile text in every other format: JSON keeps it as data; the table and CSV
/// printed to a pipe carry no terminal escapes and stay one record per finding.
#[test]
fn hostile_stored_text_in_list_formats() {
    let (env, _wps) = fleet();
    env.sql(
        "UPDATE integrations SET sync_status = 'error', sync_error = '=cmd|'' /C calc''!A0
\u{1b}[2J' WHERE site_id = 1",
    );
    let run = |args: &[&str]| env.command(args).env("SITECTL_NOW", "2026-06-01T12:30:00Z").output().unwrap();
    let out = run(&["check", "--format", "jsonl"]);
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(text.lines().count(), 1, "{text}");
    let f: Value = serde_json::from_str(text.trim()).unwrap();
    assert!(!f["message"].as_str().unwrap().contains('\n'), "{f}");
    for format in ["table", "csv"] {
        let out = run(&["check", "--format", format]);
        assert_eq!(out.status.code(), Some(2));
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(!text.contains('\x1b'), "{format}: {text:?}");
        assert_eq!(text.lines().count(), 2, "{format}: a header and one finding: {text:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// OpenMetrics to a file.

/// A listener that accepts connections and never answers: a PostgreSQL server that hangs.
fn silent_server() -> (std::net::TcpListener, u16) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    (listener, port)
}

/// node_exporter's textfile folder is shared and long-lived: a check stopped by SIGTERM (cron's
/// or Nagios's timeout, a shutdown) must not leave its temporary file behind for ever.
#[test]
fn a_check_stopped_by_sigterm_leaves_no_temporary_file() {
    let (env, _wps) = fleet();
    let (_server, port) = silent_server();
    let dir = env.path("textfile");
    std::fs::create_dir(&dir).unwrap();
    let target = dir.join("sitectl.prom");
    let db = format!("postgres://u@127.0.0.1:{port}/x?connect_timeout=30");
    let mut child = env
        .command(&["check", "--openmetrics", target.to_str().unwrap()])
        .env("SITECTL_DB", &db)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The temporary file exists while the check waits for its database.
    let started = std::time::Instant::now();
    while tmp_files(&dir).is_empty() && started.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!tmp_files(&dir).is_empty(), "the check did not get as far as its temporary file");
    std::process::Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    let status = child.wait().unwrap();
    assert_eq!(tmp_files(&dir), Vec::<String>::new(), "left behind after SIGTERM (exit {status:?})");
    assert!(!target.exists());
}

/// A check that cannot reach its database (UNKNOWN) leaves no temporary file and keeps the
/// previous metrics file as it was.
#[test]
fn an_unknown_check_keeps_the_old_metrics_file_and_leaves_nothing() {
    let (env, _wps) = fleet();
    let (_server, port) = silent_server();
    let target = env.path("sitectl.prom");
    std::fs::write(&target, "old\n").unwrap();
    let db = format!("postgres://u@127.0.0.1:{port}/x?connect_timeout=1");
    let out =
        env.command(&["check", "--openmetrics", target.to_str().unwrap()]).env("SITECTL_DB", &db).output().unwrap();
    assert_eq!(out.status.code(), Some(3), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "old\n");
    assert_eq!(tmp_files(&env.path("")), Vec::<String>::new());
}

/// Waits until `child` has opened the FIFO `fifo` for reading, then writes `text` to it.
fn feed_fifo(fifo: &std::path::Path, text: &str) {
    let mut w = std::fs::OpenOptions::new().write(true).open(fifo).unwrap();
    w.write_all(text.as_bytes()).unwrap();
}

fn mkfifo(path: &std::path::Path) {
    assert!(std::process::Command::new("mkfifo").arg(path).status().unwrap().success());
}

/// A temporary file of the same name left by an earlier run (one killed, in a container whose
/// process ids repeat from run to run) must not make every later check UNKNOWN.
#[test]
fn a_stale_temporary_file_does_not_block_the_metrics() {
    let (env, _wps) = fleet();
    let fifo = env.path("list.fifo");
    mkfifo(&fifo);
    let target = env.path("sitectl.prom");
    // The check reads its list (the FIFO) before it makes its temporary file: its process id is
    // known by then, so the earlier run's file can be put where this run's will go.
    let child = env
        .command(&["check", "--sites-from", fifo.to_str().unwrap(), "--openmetrics", target.to_str().unwrap()])
        .env("SITECTL_NOW", "2026-06-01T12:30:00Z")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stale = env.path(&format!(".sitectl.prom.{}.tmp", child.id()));
    std::fs::write(&stale, "# half a file from a run that was killed\n").unwrap();
    feed_fifo(&fifo, "acme/blog\n");
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read_to_string(&target).is_ok_and(|t| t.ends_with("# EOF\n")));
}

/// A symbolic link planted where the temporary file goes is never written through.
#[test]
fn a_planted_symlink_at_the_temporary_path_is_not_followed() {
    let (env, _wps) = fleet();
    let fifo = env.path("list.fifo");
    mkfifo(&fifo);
    let target = env.path("sitectl.prom");
    let victim = env.path("victim");
    std::fs::write(&victim, "precious\n").unwrap();
    let child = env
        .command(&["check", "--sites-from", fifo.to_str().unwrap(), "--openmetrics", target.to_str().unwrap()])
        .env("SITECTL_NOW", "2026-06-01T12:30:00Z")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::os::unix::fs::symlink(&victim, env.path(&format!(".sitectl.prom.{}.tmp", child.id()))).unwrap();
    feed_fifo(&fifo, "acme/blog\n");
    let out = child.wait_with_output().unwrap();
    assert!(matches!(out.status.code(), Some(0 | 3)), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "precious\n");
}

/// Several checks writing the same file at once: each succeeds, the file is always whole.
#[test]
fn concurrent_checks_write_one_whole_metrics_file() {
    let (env, _wps) = fleet();
    let target = env.path("sitectl.prom");
    let children: Vec<_> = (0..6)
        .map(|_| {
            env.command(&["check", "--openmetrics", target.to_str().unwrap()])
                .env("SITECTL_NOW", "2026-06-02T13:00:00Z")
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut reads = 0;
    for mut child in children {
        loop {
            if let Ok(text) = std::fs::read_to_string(&target) {
                assert!(text.starts_with("# HELP") && text.ends_with("# EOF\n"), "half a file: {text}");
                reads += 1;
            }
            if child.try_wait().unwrap().is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        let mut err = String::new();
        child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
        assert_eq!(child.wait().unwrap().code(), Some(1), "{err}");
    }
    assert!(reads > 0);
    assert_eq!(tmp_files(&env.path("")), Vec::<String>::new());
}

/// The target a symbolic link: the link is replaced by the new file (rename's meaning), and
/// what it pointed to is left alone.
#[test]
fn a_symlinked_target_is_replaced_not_written_through() {
    let (env, _wps) = fleet();
    let real = env.path("real.prom");
    std::fs::write(&real, "old\n").unwrap();
    let link = env.path("link.prom");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    let out = env
        .command(&["check", "--openmetrics", link.to_str().unwrap()])
        .env("SITECTL_NOW", "2026-06-01T12:30:00Z")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_to_string(&real).unwrap(), "old\n");
    assert!(std::fs::read_to_string(&link).unwrap().ends_with("# EOF\n"));
}

// ---------------------------------------------------------------------------------------------
// Tenants.

/// A tenant learns nothing of other tenants through any output of `check`: findings, counts,
/// perfdata, metrics, or the errors of selectors. An id of another tenant's site, of a deleted
/// site of another tenant, and of no site at all give the same answer.
#[test]
fn a_tenant_learns_nothing_of_other_tenants_through_check() {
    let (mut env, _wps) = fleet();
    env.set_env("SITECTL_NOW", "2026-06-04T13:00:00Z");
    // globex has troubles of every kind it can have: a failed sync, a deleted site, an account
    // over its plan's users.
    env.sql("UPDATE integrations SET sync_status = 'error', sync_error = 'globex secret' WHERE site_id = 3");
    env.ok(&["site", "create", "Gone", "--account", "globex"]);
    env.ok(&["site", "delete", "globex/gone", "--yes"]);
    env.sql("UPDATE plans SET max_users = 1 WHERE slug = 'growth'");
    let gone = env.sql_value("SELECT id FROM sites WHERE slug = 'gone'");
    let news = env.sql_value("SELECT id FROM sites WHERE slug = 'news'");
    let nowhere = "9999";
    let operator = env.run(&["check", "--json"]);
    assert!(operator.stdout.contains("globex"), "the operator sees globex's troubles: {}", operator.stdout);
    for user in
        ["owner@acme.example", "admin@acme.example", "editor@acme.example", "viewer@acme.example", "bot@acme.example"]
    {
        for args in [
            vec!["check", "--json"],
            vec!["check", "--nagios"],
            vec!["check", "--openmetrics", "-"],
            vec!["check", "--format", "csv"],
        ] {
            let mut full = vec!["--as", user];
            full.extend(&args);
            let out = env.run(&full);
            assert!(matches!(out.code, 0..=2), "{user} {args:?}: {}", out.stderr);
            for leak in ["globex", "secret", "news", "gone"] {
                assert!(
                    !out.stdout.contains(leak) && !out.stderr.contains(leak),
                    "{user} {args:?}: {leak}: {}{}",
                    out.stdout,
                    out.stderr
                );
            }
        }
        // The Nagios counts are the tenant's own.
        let nagios = env.run(&["--as", user, "check", "--nagios"]).stdout;
        let own = env.run(&["--as", user, "site", "list", "--format", "ids"]).stdout.lines().count();
        assert!(nagios.contains(&format!("'sites'={own};;;0")), "{user}: {nagios}");
        // Selectors naming another tenant's things answer exactly as for missing ones.
        let answer = |args: &[&str], stdin: Option<&str>| {
            let mut full = vec!["--as", user, "--json"];
            full.extend(args);
            let out = match stdin {
                Some(text) => env.run_stdin(&full, text),
                None => env.run(&full),
            };
            let e = out.error();
            (out.code, e["code"].clone(), e["message"].as_str().unwrap().to_string())
        };
        let same = |a: (i32, Value, String), b: (i32, Value, String), what: &str, x: &str, y: &str| {
            assert_eq!((a.0, &a.1), (b.0, &b.1), "{user}: {what}");
            assert_eq!(a.2.replace(x, "N"), b.2.replace(y, "N"), "{user}: {what}");
        };
        let missing = answer(&["check", nowhere], None);
        assert_eq!(missing.0, 3);
        same(answer(&["check", &news], None), missing.clone(), "another tenant's site id", &news, nowhere);
        same(answer(&["check", &gone], None), missing.clone(), "another tenant's deleted site id", &gone, nowhere);
        let listed_missing = answer(&["check", "--sites-from", "-"], Some(&format!("{nowhere}\n")));
        same(
            answer(&["check", "--sites-from", "-"], Some(&format!("{gone}\n"))),
            listed_missing.clone(),
            "a listed deleted site",
            &gone,
            nowhere,
        );
        same(
            answer(&["check", "--sites-from", "-"], Some("globex/gone\n")),
            answer(&["check", "--sites-from", "-"], Some("nobody/gone\n")),
            "a listed deleted site by name",
            "globex",
            "nobody",
        );
        same(
            answer(&["check", "--account", "globex"], None),
            answer(&["check", "--account", "nobody"], None),
            "--account",
            "globex",
            "nobody",
        );
    }
}

// ---------------------------------------------------------------------------------------------
// --sites-from.

/// Hostile lists: CRLF, duplicates, comments and huge or endless input. Each is either read
/// (each site once) or refused within bounds, never a hang or a panic.
#[test]
fn hostile_site_lists_are_read_or_refused_within_bounds() {
    let (mut env, _wps) = fleet();
    env.set_env("SITECTL_NOW", "2026-06-01T12:30:00Z");
    // CRLF lines, duplicates, an id and a name of the same site: one site.
    let out = env.run_stdin(&["check", "--sites-from", "-", "--nagios"], "acme/blog\r\n1\r\nacme/blog\r\n# x\r\n");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("'sites'=1;;;0"), "{}", out.stdout);
    // An endless source: refused at the size bound, quickly.
    let mut cmd = env.command(&["check", "--sites-from", "/dev/zero"]);
    let out = run_within(&mut cmd, Duration::from_secs(60)).expect("reading /dev/zero never ended");
    assert_eq!(out.code, 3, "{}", out.stderr);
}

/// A list is bounded by its size (64 MB), but each line is kept with its origin and resolved
/// with its own queries, duplicates included: one million lines naming one site (a 2 MB file)
/// take about 120 MB and 18 s on SQLite (much longer on PostgreSQL, a round trip per query),
/// and the largest list accepted would take gigabytes and hours. Reading a list costs memory
/// and queries in proportion to the distinct sites it names, not to its lines.
#[test]
fn a_million_line_list_is_read_in_bounded_memory_and_time() {
    let (env, _wps) = fleet();
    let path = env.path("million.txt");
    std::fs::write(&path, "1\n".repeat(1_000_000)).unwrap();
    let inner = env.command(&["check", "--sites-from", path.to_str().unwrap(), "--nagios"]);
    let mut cmd = crate::support::under_data_limit(&inner, 64 * 1024 * 1024);
    cmd.env("SITECTL_NOW", "2026-06-01T12:30:00Z");
    let out = run_within(&mut cmd, Duration::from_secs(30)).expect("a 2 MB list took over 30 seconds");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("'sites'=1;;;0"), "{}", out.stdout);
}

// ---------------------------------------------------------------------------------------------
// The scheduled-post read of a sync.

/// The read is for monitoring only: a WordPress that answers every other read but hangs on
/// `status=future` must not fail the sync (the module promises "it never fails a sync").
#[test]
fn a_hanging_scheduled_read_does_not_fail_the_sync() {
    let (mut env, wps) = fleet();
    env.set_env("SITECTL_HTTP_TIMEOUT_MS", "1500");
    wps[0].1.set_fault(|r, _| (r.query.get("status").map(String::as_str) == Some("future")).then_some(Reply::Hang));
    let out = env.run(&["wp", "sync", "acme/blog", "--json"]);
    assert_eq!(out.code, 0, "the sync failed because of the scheduled read: {}", out.stderr);
}

/// Hostile answers to the scheduled read: deep nesting, a redirect to another origin, a slow
/// drip, a server error. Each leaves the sync a success, keeps nothing, and no credential
/// reaches another origin.
#[test]
fn hostile_scheduled_answers_keep_nothing_and_leak_nothing() {
    let (mut env, wps) = fleet();
    env.set_env("SITECTL_HTTP_TIMEOUT_MS", "5000");
    let elsewhere = MockWp::start();
    let other = elsewhere.url.clone();
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let replies: Vec<Reply> = vec![
        Reply::Raw(200, "application/json".into(), deep, vec![]),
        Reply::Json(302, json!({}), vec![("Location".into(), format!("{other}/wp-json/wp/v2/posts?status=future"))]),
        Reply::Json(
            200,
            Value::Array(
                (1..=100)
                    .map(|i| json!({"id": i, "status": "future", "date_gmt": "2020-01-01T00:00:00", "title": {"rendered": {"nested": [1, 2, 3]}}}))
                    .collect(),
            ),
            vec![],
        ),
        Reply::Json(500, json!({"code": "x", "message": "y"}), vec![]),
    ];
    for (n, reply) in replies.into_iter().enumerate() {
        let r = reply.clone();
        wps[0]
            .1
            .set_fault(move |q, _| (q.query.get("status").map(String::as_str) == Some("future")).then(|| r.clone()));
        let out = env.run(&["wp", "sync", "acme/blog", "--json"]);
        assert_eq!(out.code, 0, "answer {n}: {}", out.stderr);
        let report: Value = serde_json::from_str(&out.stdout).unwrap();
        if n != 2 {
            assert_eq!(report["scheduled_posts"], Value::Null, "answer {n}: {report}");
        }
    }
    assert!(
        elsewhere.requests().iter().all(|r| !r.headers.contains_key("authorization")),
        "a credential followed the redirect: {:?}",
        elsewhere.requests()
    );
}

// ---------------------------------------------------------------------------------------------
// Batch streaming.

/// `wp test --all --format jsonl | head -1`: exit 0, whole lines only, and no site after the
/// one in progress when the reader left is contacted.
#[test]
fn a_batch_whose_reader_leaves_stops_contacting_sites() {
    let (env, mut wps) = fleet();
    env.ok(&["site", "create", "Extra", "--account", "acme"]);
    let extra = MockWp::start();
    mockwp::connect_core(&env, "acme/extra", &extra);
    wps.push(("acme/extra".to_string(), extra));
    for (_, wp) in &wps {
        wp.clear_log();
    }
    let released = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let open = released.clone();
    wps[1].1.set_gate(move |_| {
        let start = std::time::Instant::now();
        while !open.load(std::sync::atomic::Ordering::SeqCst) && start.elapsed().as_secs() < 20 {
            std::thread::sleep(Duration::from_millis(10));
        }
    });
    // The site after the shop may already be under way when the shop's line finds the pipe
    // closed (it is "in progress"); it is held a moment so that the batch has seen the closed
    // pipe before it could start another.
    wps[2].1.set_gate(|_| std::thread::sleep(Duration::from_millis(1500)));
    let mut child = env.command(&["wp", "test", "--all", "--concurrency", "1", "--format", "jsonl"]);
    let mut child = child.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
    assert!(first.ends_with('\n'), "a whole line: {first:?}");
    assert!(serde_json::from_str::<Value>(&first).is_ok(), "{first}");
    drop(stdout);
    released.store(true, std::sync::atomic::Ordering::SeqCst);
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    assert!(wps[3].1.requests().is_empty(), "the batch went on after its reader left");
}

// ---------------------------------------------------------------------------------------------
// Scale.

/// 20,000 sites, every one with three findings (a failed sync, a stale sync, a missed schedule):
/// `check` in every output mode runs within a 16 MB data limit, a few seconds' work. Holding the
/// 60,000 findings (or one row per site) in memory would not fit.
#[test]
fn check_memory_stays_flat_with_sixty_thousand_findings() {
    let mut env = TestEnv::new();
    env.ok(&["seed", "generate", "--accounts", "1000", "--sites-per-account", "20", "--sectors-per-site", "1"]);
    env.sql(
        "INSERT INTO integrations (account_id, site_id, platform, external_site_url, rest_root, mode, is_active,
             connection_status, sync_status, last_sync_at, sync_error, config, content_cursor, created_at, updated_at)
         SELECT account_id, id, 'wordpress', 'https://s' || id || '.example', 'https://s' || id || '.example/wp-json/',
             'anonymous', 1, 'error', 'error', '2026-05-01T00:00:00Z', 'connection refused by s' || id || '.example',
             '{}', '{}', created_at, created_at
         FROM sites;
         INSERT INTO wp_scheduled (site_id, post_type, wp_id, title, date_gmt)
         SELECT id, 'post', 1, 'Later', '2026-05-01T00:00:00' FROM sites;",
    );
    env.set_env("SITECTL_NOW", "2026-06-01T12:00:00Z");
    let target = env.path("sitectl.prom");
    for args in [
        vec!["check", "--nagios"],
        vec!["check", "--format", "jsonl"],
        vec!["check", "--json"],
        vec!["check", "--openmetrics", target.to_str().unwrap()],
    ] {
        let mut cmd = crate::support::under_data_limit(&env.command(&args), 16 * 1024 * 1024);
        let out = run_within(&mut cmd, Duration::from_secs(120)).unwrap_or_else(|| panic!("{args:?} hung"));
        assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
        match args[1] {
            "--nagios" => {
                assert!(
                    out.stdout.starts_with("SITECTL CRITICAL - 40000 critical, 20000 warnings over 20000 sites"),
                    "{}",
                    out.stdout.lines().next().unwrap_or_default()
                );
                assert_eq!(out.stdout.lines().count(), 52, "the status line, 50 findings, the count of the rest");
                assert!(out.stdout.ends_with("... and 59950 more (sitectl check --format jsonl lists them all)\n"));
            }
            "--format" => assert_eq!(out.stdout.lines().count(), 60_000),
            _ => {}
        }
    }
    // The reference parser takes the 20,000 per-site samples (no duplicate label set).
    let script = "import sys\nfrom prometheus_client.openmetrics.parser import text_string_to_metric_families\n\
                  n = sum(len(f.samples) for f in text_string_to_metric_families(sys.stdin.read()) \
                  if f.name == 'sitectl_site_last_sync_age_seconds')\nprint(n)\n";
    let parsed = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::fs::File::open(&target).unwrap())
        .output()
        .unwrap();
    if parsed.status.success() {
        assert_eq!(String::from_utf8_lossy(&parsed.stdout).trim(), "20000");
    } else {
        let why = String::from_utf8_lossy(&parsed.stderr);
        assert!(why.contains("No module named"), "the parser refused the text: {why}");
        crate::support::machine::skip("python3's prometheus_client is not installed", "pip install prometheus-client");
    }
}

// ---------------------------------------------------------------------------------------------
// A locked database, an ungranted site.

/// A database another process holds locked (SQLite: an exclusive lock; PostgreSQL: the sites
/// table locked by a migration-like transaction) makes `check` UNKNOWN within its patience,
/// never a hang past a monitoring system's timeout.
#[test]
fn a_locked_database_is_unknown_in_bounded_time() {
    let (mut env, _wps) = fleet();
    env.set_env("SITECTL_BUSY_TIMEOUT_MS", "1000");
    env.set_env("SITECTL_STATEMENT_TIMEOUT_MS", "2000");
    let mut sqlite_holder = None;
    let mut pg_holder = None;
    match crate::support::engine() {
        crate::support::Engine::Sqlite => {
            let c = rusqlite::Connection::open(&env.db).unwrap();
            c.execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;").unwrap();
            sqlite_holder = Some(c);
        }
        crate::support::Engine::Postgres => {
            let mut c = crate::support::pg::client(&crate::support::pg::database_of(&env.target));
            c.batch_execute("BEGIN; LOCK TABLE sites IN ACCESS EXCLUSIVE MODE;").unwrap();
            pg_holder = Some(c);
        }
    }
    for args in [vec!["check", "--nagios"], vec!["check", "--json"]] {
        let mut cmd = env.command(&args);
        let out = run_within(&mut cmd, Duration::from_secs(30)).unwrap_or_else(|| panic!("{args:?} waited for ever"));
        assert_eq!(out.code, 3, "{args:?}: {}{}", out.stdout, out.stderr);
    }
    drop(sqlite_holder);
    if let Some(mut c) = pg_holder {
        c.batch_execute("ROLLBACK").unwrap();
    }
}

/// An editor naming a site of their own account that was not granted to them (by name or id,
/// as an argument or in a list) gets the answer a missing site gets.
#[test]
fn an_ungranted_site_is_not_found_for_an_editor() {
    let (env, _wps) = fleet();
    let shop = env.sql_value("SELECT id FROM sites WHERE slug = 'shop'");
    let run = |args: &[&str], stdin: &str| {
        let mut full = vec!["--as", "editor@acme.example", "--json"];
        full.extend(args);
        let out = env.run_stdin(&full, stdin);
        let e = out.error();
        (out.code, e["code"].clone())
    };
    let missing = run(&["check", "acme/nope"], "");
    assert_eq!(missing.0, 3);
    assert_eq!(run(&["check", "acme/shop"], ""), missing);
    assert_eq!(run(&["check", &shop], ""), missing);
    assert_eq!(run(&["check", "--sites-from", "-"], "acme/shop\n"), missing);
    assert_eq!(run(&["check", "--sites-from", "-"], &format!("{shop}\n")), missing);
    // The granted blog alone.
    let out = env.run(&["--as", "editor@acme.example", "check", "--nagios"]);
    assert!(out.stdout.contains("'sites'=1;;;0"), "{}", out.stdout);
}

/// A target that is not a regular file (a FIFO a consumer reads, `/dev/stdout`, `/dev/null`)
/// is a stream to write to, not a file to replace: renaming over it swaps the node for a regular
/// file (run as root with `--openmetrics /dev/null` or `/dev/stdout`, it would replace the
/// system's device node or link). Shown here with a FIFO in a private folder: its reader must
/// get the text, and the FIFO must still be one.
#[test]
fn a_fifo_target_is_written_to_not_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let (env, _wps) = fleet();
    let fifo = env.path("metrics.fifo");
    mkfifo(&fifo);
    // Held open read-write (Linux allows it on a FIFO) so that the reader's open returns at
    // once and its read ends when this and sitectl's handle are closed, whatever sitectl did.
    let keeper = std::fs::OpenOptions::new().read(true).write(true).open(&fifo).unwrap();
    let reader_path = fifo.clone();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut text = String::new();
        let _ = std::fs::File::open(&reader_path).and_then(|mut f| f.read_to_string(&mut text));
        let _ = send.send(text);
    });
    let out = env
        .command(&["check", "--openmetrics", fifo.to_str().unwrap()])
        .env("SITECTL_NOW", "2026-06-01T12:30:00Z")
        .output()
        .unwrap();
    let still_fifo = std::fs::symlink_metadata(&fifo).map(|m| m.file_type().is_fifo()).unwrap_or(false);
    drop(keeper);
    let got = receive.recv_timeout(Duration::from_secs(2)).unwrap_or_default();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(still_fifo, "the FIFO was replaced by a regular file");
    assert!(got.ends_with("# EOF\n"), "the reader got {got:?}");
}

/// A database of another schema version, or a file that is not a database, is UNKNOWN.
#[test]
fn a_database_check_cannot_read_is_unknown() {
    let (env, _wps) = fleet();
    env.set_schema_version(9999);
    for args in [vec!["check", "--nagios"], vec!["check", "--json"], vec!["check", "--openmetrics", "-"]] {
        let out = env.run(&args);
        assert_eq!(out.code, 3, "{args:?}: {}", out.stderr);
    }
    let junk = env.path("junk.db");
    std::fs::write(&junk, "this is not a database, just text that goes on ".repeat(200)).unwrap();
    let out = env.run(&["--db", junk.to_str().unwrap(), "check", "--nagios"]);
    assert_eq!(out.code, 3, "{}", out.stderr);
}

/// A list whose file name holds terminal escapes and a newline: the error that names the
/// file's line reaches the terminal as one safe line (and as data in JSON).
#[test]
fn a_hostile_list_file_name_is_neutralised_in_errors() {
    let (env, _wps) = fleet();
    let name = env.path("list\x1b]0;pwned\x07\nINJECTED.txt");
    std::fs::write(&name, "acme/blog\nNot A Site\n").unwrap();
    let out = env.run(&["check", "--sites-from", name.to_str().unwrap()]);
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert!(!out.stderr.contains('\x1b') && !out.stderr.contains('\x07'), "{:?}", out.stderr);
    assert!(out.stderr.lines().all(|l| !l.starts_with("INJECTED")), "{:?}", out.stderr);
    assert!(out.stderr.contains(":2"), "the line is named: {:?}", out.stderr);
    let out = env.run(&["check", "--json", "--sites-from", name.to_str().unwrap()]);
    assert_eq!(out.code, 3);
    assert!(out.error()["message"].as_str().unwrap().contains("INJECTED.txt:2"), "{}", out.stderr);
}
