//! Attacks on the scripting conventions of issue 24: `--jq`, `--follow`, `seed diff`, CSV
//! seeds. A hostile expression, a hostile file, a hostile tenant, a hostile environment.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{run_within, under_data_limit, wait, TestEnv};

fn write(env: &TestEnv, name: &str, text: &str) -> String {
    let p = env.path(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

fn demo() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo.toml").display().to_string()
}

/// The processes `pid` started (every thread's children).
fn children(pid: u32) -> Vec<u32> {
    let mut out = Vec::new();
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else { return out };
    for task in tasks.flatten() {
        let text = std::fs::read_to_string(task.path().join("children")).unwrap_or_default();
        out.extend(text.split_whitespace().filter_map(|p| p.parse::<u32>().ok()));
    }
    out
}

/// The CPU time `pid` has used in user mode, in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    // Fields after the name: state is the 3rd field of the line, utime the 14th.
    after.split_whitespace().nth(11).and_then(|t| t.parse().ok()).unwrap_or(0)
}

/// Whether `pid` still runs (a zombie has ended).
fn running(pid: u32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(stat) => !stat.rsplit(')').next().unwrap_or("").trim_start().starts_with('Z'),
        Err(_) => false,
    }
}

/// A sitectl whose `--jq` filter never ends on its own (the filter's time budget stops it), and
/// the filter's process id once it runs.
fn with_busy_filter(env: &TestEnv) -> (Child, u32) {
    let mut parent = env
        .command(&["plan", "list", "--jq", "last(range(1e15))"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut filter = None;
    wait::until("the filter process", || {
        filter = children(parent.id()).first().copied();
        filter.is_some() || parent.try_wait().unwrap().is_some()
    });
    let filter = filter.unwrap_or_else(|| panic!("sitectl ended before its filter was seen"));
    // Busy with its input (0.2 s of CPU time), not waiting for it: a filter killed before its
    // input came would end at once on the closed pipe.
    wait::until("the filter to be busy", || cpu_ticks(filter) >= 20);
    (parent, filter)
}

/// The filter process holds nothing of sitectl's but its three standard streams (no database
/// file or socket, no pipe of another process) and no environment.
#[test]
fn jq_filter_process_inherits_no_descriptor_and_no_environment() {
    let mut env = TestEnv::new();
    env.seed_basic();
    env.set_env("SITECTL_SECRET_PROBE", "hunter2");
    let (mut parent, filter) = with_busy_filter(&env);
    let fds: Vec<String> = std::fs::read_dir(format!("/proc/{filter}/fd"))
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let targets: Vec<String> = fds
        .iter()
        .map(|fd| format!("{fd} -> {:?}", std::fs::read_link(format!("/proc/{filter}/fd/{fd}")).ok()))
        .collect();
    let environ = std::fs::read(format!("/proc/{filter}/environ")).unwrap();
    let _ = parent.kill();
    let _ = parent.wait();
    // What any child of this test inherits anyway (descriptors the test runner was given
    // without close-on-exec): not sitectl's to close.
    let baseline = std::process::Command::new("sh").args(["-c", "ls /proc/$$/fd"]).output().unwrap();
    let inherited: Vec<String> =
        String::from_utf8_lossy(&baseline.stdout).split_whitespace().map(String::from).collect();
    let own: Vec<&String> =
        fds.iter().filter(|fd| !["0", "1", "2"].contains(&fd.as_str()) && !inherited.contains(fd)).collect();
    assert!(own.is_empty(), "the filter holds descriptors of sitectl's: {own:?} of {targets:?}");
    assert!(environ.is_empty(), "the filter's environment: {}", String::from_utf8_lossy(&environ));
}

/// sitectl ended by SIGTERM or SIGKILL while its filter computes: the filter must not live on
/// as an orphan writing to the terminal after the shell has the exit status.
#[test]
fn jq_filter_does_not_outlive_a_killed_sitectl() {
    let env = TestEnv::new();
    env.seed_basic();
    for signal in ["-TERM", "-KILL"] {
        let (mut parent, filter) = with_busy_filter(&env);
        let status = std::process::Command::new("kill").args([signal, &parent.id().to_string()]).status().unwrap();
        assert!(status.success());
        let _ = parent.wait();
        let ended = Instant::now();
        while running(filter) && ended.elapsed() < Duration::from_secs(2) {
            std::thread::sleep(Duration::from_millis(20));
        }
        let orphan = running(filter);
        if orphan {
            // Do not leave it to the machine: it would run on to its time budget.
            let _ = std::process::Command::new("kill").args(["-KILL", &filter.to_string()]).status();
        }
        assert!(!orphan, "{signal}: the --jq filter (pid {filter}) still runs 2 s after sitectl ended");
    }
}

/// The hidden worker argument run by hand is a plain filter of stdin: it opens no database and
/// reads no configuration; the expression's own errors are the worker's protocol lines.
#[test]
fn jq_worker_argument_run_directly_is_only_a_filter() {
    let env = TestEnv::new();
    env.seed_basic();
    let before = env.dump();
    let out = env.run_stdin(&["__sitectl-jq-worker", ".a"], "{\"a\":\"x\"}\n");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout, "x\n");
    // No file and no input beyond stdin.
    let out = env.run_stdin(&["__sitectl-jq-worker", "input"], "1\n");
    assert_eq!(out.code, 2, "{}", out.stderr);
    // Two arguments only: anything else is sitectl's own command line (an unknown command).
    let out = env.run(&["__sitectl-jq-worker"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    let out = env.run(&["__sitectl-jq-worker", ".", "extra"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert_eq!(env.dump(), before);
}

/// A command's own error with `--jq` keeps its code and its one JSON line; `seed diff
/// --exit-code` keeps 10 through the filter; an expression of 100 KB is compiled.
#[test]
fn jq_keeps_errors_and_exit_codes() {
    let env = TestEnv::new();
    env.seed_basic();
    let out = env.run(&["site", "show", "acme/nosuch", "--jq", ".slug"]);
    assert_eq!(out.code, 3, "{}", out.stderr);
    assert_eq!(out.stdout, "");
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    assert_eq!(out.error()["code"], "site_not_found");
    // A tenant's refusal is the same through the filter.
    let out = env.run(&["audit", "list", "--as", "viewer@acme.example", "--jq", "length"]);
    assert_eq!(out.code, 5, "{}", out.stderr);
    // Drift with the filter: the result printed, exit 10 kept.
    let file = write(&env, "drift.toml", "[[plans]]\nslug = \"starter\"\nname = \"Renamed\"\n");
    let out = env.run(&["seed", "diff", &file, "--exit-code", "--jq", ".differs"]);
    assert_eq!((out.code, out.stdout.as_str()), (10, "true\n"), "{}", out.stderr);
    // A filter that fails on drift: the filter's failure (4), not a silent 10 or 0.
    let out = env.run(&["seed", "diff", &file, "--exit-code", "--jq", "error(\"x\")"]);
    assert_eq!(out.code, 4, "{}", out.stderr);
    // A long expression (100 KB of `.a // `) compiles and runs.
    let long = format!("{}.slug", ".a // ".repeat(100_000 / 7));
    let out = env.run(&["plan", "show", "growth", "--jq", &long]);
    assert!(out.code == 0 || out.code == 2, "exit {}: {}", out.code, out.stderr);
    assert!(out.code != 0 || out.stdout == "growth\n", "{}", out.stdout);
}

/// `wp events --follow` on SQLite: another site is purged (its events, the newest rows, are
/// deleted) and the followed site gets an event before the next poll. SQLite hands the freed
/// id out again; the follower must still print the new event.
#[test]
fn follow_sees_an_event_that_reuses_a_purged_id_before_the_next_poll() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme", "-q"]);
    env.ok(&["site", "create", "Other", "--account", "globex", "-q"]);
    let blog = env.sql_value("SELECT id FROM sites WHERE slug = 'blog'");
    let other = env.sql_value("SELECT id FROM sites WHERE slug = 'other'");
    let event = |site: &str| {
        format!(
            "INSERT INTO sync_events (site_id, kind, status, started_at) \
             VALUES ({site}, 'test', 'succeeded', '2026-01-01T00:00:00Z');"
        )
    };
    env.sql(&format!("{}{}{}", event(&blog), event(&other), event(&other)));
    let mut f = env
        .command(&["wp", "events", "acme/blog", "--follow", "--format", "jsonl", "--limit", "1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let lines = Arc::new(Mutex::new(Vec::<String>::new()));
    let (stdout, sink) = (f.stdout.take().unwrap(), lines.clone());
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            sink.lock().unwrap().push(line);
        }
    });
    // The follower has started (the site's event that exists) and polled since.
    wait::until("the existing event", || lines.lock().unwrap().len() == 1);
    std::thread::sleep(Duration::from_millis(1500));
    // Between two polls: the purge's deletion, then an event of the followed site.
    env.sql(&format!("BEGIN; DELETE FROM sync_events WHERE site_id = {other}; {} COMMIT;", event(&blog)));
    let until = Instant::now() + Duration::from_secs(4);
    while lines.lock().unwrap().len() < 2 && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = std::process::Command::new("kill").args(["-TERM", &f.id().to_string()]).status();
    let _ = f.wait();
    let got = lines.lock().unwrap().clone();
    assert_eq!(got.len(), 2, "the existing event, then the new one once: {got:?}");
}

/// A follower never holds a lock a writer waits for: while `audit list --follow` and `wp events
/// --follow` poll, 20 writes each finish promptly.
#[test]
fn followers_never_make_a_writer_wait() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["site", "create", "Blog", "--account", "acme", "-q"]);
    let mut followers: Vec<Child> = [
        vec!["audit", "list", "--follow", "--format", "jsonl"],
        vec!["wp", "events", "acme/blog", "--follow", "--format", "jsonl"],
    ]
    .iter()
    .map(|args| env.command(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap())
    .collect();
    let mut slowest = Duration::ZERO;
    for n in 0..20 {
        let started = Instant::now();
        env.ok(&["plan", "create", &format!("p{n}"), "--name", "P", "--max-sites", "1", "-q"]);
        slowest = slowest.max(started.elapsed());
    }
    for f in &mut followers {
        let _ = std::process::Command::new("kill").args(["-TERM", &f.id().to_string()]).status();
        let status = f.wait().unwrap();
        assert_eq!(status.code(), Some(0));
    }
    assert!(slowest < Duration::from_secs(3), "a write took {slowest:?} while followers polled");
}

/// A header of 100,000 unknown columns: every problem listed is bounded as the rows' are (the
/// README: "past 1,000 such problems the list ends"), and the answer comes in bounded time.
#[test]
fn csv_header_of_100k_columns_is_bounded() {
    let env = TestEnv::new();
    env.seed_basic();
    let header: Vec<String> = (0..100_000).map(|i| format!("column{i}")).collect();
    let file = write(&env, "users.csv", &format!("{}\n", header.join(",")));
    let before = env.dump();
    let out = run_within(&mut env.command(&["seed", "apply", &file, "--json"]), Duration::from_secs(60))
        .expect("seed apply of a 100,000-column header still runs after 60 s");
    assert_eq!(out.code, 4, "{}", &out.stderr[..out.stderr.len().min(2000)]);
    let problems = out.error()["details"]["problems"].as_array().unwrap().len();
    assert!(problems <= 1_001, "{problems} problems listed for one header");
    assert!(out.stderr.len() < 1 << 20, "an error of {} bytes", out.stderr.len());
    assert_eq!(env.dump(), before);
}

/// A spreadsheet's CSV: byte order mark, CRLF, a quoted cell spanning lines; the problem after
/// it is placed on its physical line, at its column; columns in any order.
#[test]
fn csv_quoted_line_breaks_keep_line_numbers() {
    let env = TestEnv::new();
    env.ok(&["seed", "apply", &demo()]);
    let before = env.dump();
    let text = "\u{feff}status,title,sector,site,body\r\n\
                draft,One,dental-clinics,brightsmile/downtown,\"first\r\nsecond, \"\"quoted\"\"\r\nthird\"\r\n\
                maybe,Two,dental-clinics,brightsmile/downtown,x\r\n";
    let file = write(&env, "content.csv", text);
    let e = env.fails(&["seed", "apply", &file], 4);
    let problems = e["details"]["problems"].as_array().unwrap();
    assert_eq!(problems.len(), 1, "{e}");
    assert_eq!((problems[0]["line"].as_u64(), problems[0]["column"].as_u64()), (Some(5), Some(1)), "{e}");
    assert_eq!(env.dump(), before);
    // Fixed, it applies; the body keeps its line breaks and quotes; again: unchanged.
    let fixed = write(&env, "content.csv", &text.replace("maybe", "draft"));
    let r = env.json(&["seed", "apply", &fixed]);
    assert_eq!(r["totals"]["created"], 2, "{r}");
    let body = env.sql_value("SELECT body FROM content_items WHERE title = 'One'");
    // The test helper gives a value as JSON text.
    assert_eq!(body, serde_json::to_string("first\r\nsecond, \"quoted\"\r\nthird").unwrap());
    let again = env.json(&["seed", "apply", &fixed]);
    assert!(again["items"].as_array().unwrap().iter().all(|i| i["action"] == "unchanged"), "{again}");
    // The diff of the same file is clean; --exit-code 0.
    assert_eq!(env.run(&["seed", "diff", &fixed, "--exit-code"]).code, 0);
}

/// File name tricks: the extension in capitals, stdin with `--section`, a folder, a name that
/// is no section.
#[test]
fn csv_file_names() {
    let env = TestEnv::new();
    env.seed_basic();
    let upper = write(&env, "users.CSV", "email,account,role\nann@acme.example,acme,viewer\n");
    assert_eq!(env.json(&["seed", "apply", &upper])["totals"]["created"], 1);
    let out = env
        .run_stdin(&["seed", "apply", "-", "--section", "users"], "email,account,role\nbo@acme.example,acme,viewer\n");
    assert_eq!(out.code, 0, "{}", out.stderr);
    let before = env.dump();
    std::fs::create_dir(env.path("sites.csv")).unwrap();
    let folder = format!("{}/", env.path("sites.csv").display());
    let out = env.run(&["seed", "apply", &folder]);
    assert!(out.code == 2 || out.code == 4, "a folder: exit {} {}", out.code, out.stderr);
    let odd = write(&env, "people.csv", "email,account,role\ncy@acme.example,acme,viewer\n");
    assert_eq!(env.run(&["seed", "apply", &odd]).code, 2);
    // `--section` naming a section the CSV's header does not fit: problems, nothing applied.
    let out = env.run(&["seed", "apply", &odd, "--section", "sites"]);
    assert_eq!(out.code, 4, "{}", out.stderr);
    assert_eq!(env.dump(), before);
}

/// `seed diff` of a large file: bounded time, nothing written (SQLite: the file and no WAL left
/// behind), and a tenant learns nothing (refused before the file's objects are looked at).
#[test]
fn seed_diff_of_20k_users_changes_nothing_and_tells_a_tenant_nothing() {
    let env = TestEnv::new();
    env.seed_basic();
    env.ok(&["plan", "update", "starter", "--max-users", "100000", "-q"]);
    let mut text = String::from("email,account,role\n");
    for i in 0..20_000 {
        text.push_str(&format!("u{i}@acme.example,acme,viewer\n"));
    }
    let file = write(&env, "users.csv", &text);
    let before = env.db_bytes();
    let started = Instant::now();
    let mut cmd = under_data_limit(&env.command(&["seed", "diff", &file, "--exit-code", "--format", "jsonl"]), 1 << 30);
    let out = run_within(&mut cmd, Duration::from_secs(180)).expect("seed diff of 20,000 users ran past 180 s");
    assert_eq!(out.code, 10, "{}", &out.stderr[..out.stderr.len().min(2000)]);
    assert!(out.stdout.lines().count() >= 20_000);
    let took = started.elapsed();
    assert_eq!(env.db_bytes(), before, "the diff wrote");
    if crate::support::engine() == crate::support::Engine::Sqlite {
        let wal = format!("{}-wal", env.db_value());
        let left = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
        assert_eq!(left, 0, "a WAL of {left} bytes left behind");
    }
    // A tenant: refused with operator_only whatever the file names (an account of another
    // tenant, one that does not exist): the same answer, so nothing is learnt.
    for account in ["globex", "nosuch"] {
        let f = write(&env, "users.csv", &format!("email,account,role\nx@{account}.example,{account},viewer\n"));
        let e = env.fails(&["seed", "diff", &f, "--exit-code", "--as", "admin@acme.example"], 5);
        assert_eq!(e["code"], "operator_only", "{account}");
    }
    eprintln!("seed diff of 20,000 users took {took:?}");
}

/// `seed export` has formats and a destination of its own: with `--jq`, a TOML or CSV export
/// is not JSON (a usage error, exit 2, as `--format table --jq` is), and an export to a file
/// does not pass `--jq` by in silence (refused, or the file filtered).
#[test]
fn jq_with_seed_exports_own_format_or_output() {
    let env = TestEnv::new();
    env.seed_basic();
    for args in [
        vec!["seed", "export", "--format", "toml", "--jq", ".plans"],
        vec!["seed", "export", "--section", "users", "--format", "csv", "--jq", "."],
    ] {
        let out = env.run(&args);
        assert_eq!(out.code, 2, "{args:?}: exit {} {}", out.code, out.stderr);
        assert_eq!(out.error()["code"], "invalid_format", "{args:?}");
    }
    let file = env.path("export.json");
    let path = file.to_str().unwrap();
    let out = env.run(&["seed", "export", "--output", path, "--jq", ".plans | length"]);
    let written = std::fs::read_to_string(&file).unwrap_or_default();
    let filtered = out.code == 0 && (out.stdout == "2\n" || written.trim() == "2");
    assert!(
        out.code == 2 || filtered,
        "--jq with --output: exit {} stdout {:?} file {} bytes",
        out.code,
        out.stdout,
        written.len()
    );
}

/// `seed diff --exit-code | head -1` in CI: the reader closes the pipe early. The database
/// differs, so the exit code must not be 0 (0 says "matches": drift would pass unseen).
#[test]
fn seed_diff_exit_code_survives_a_closed_pipe() {
    let env = TestEnv::new();
    env.seed_basic();
    let mut text = String::new();
    for i in 0..200 {
        text.push_str(&format!("[[plans]]\nslug = \"p{i}\"\nname = \"Plan {i}\"\n"));
    }
    let file = write(&env, "drift.toml", &text);
    let before = env.dump();
    for format in ["jsonl", "table", "json"] {
        let mut child = env
            .command(&["seed", "diff", &file, "--exit-code", "--format", format])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader goes away before anything is printed.
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_ne!(out.status.code(), Some(0), "{format}: a differing database with the pipe closed: exit 0");
    }
    assert_eq!(env.dump(), before);
}

/// A developer following the audit log is made an editor mid-follow: the next poll refuses as
/// `audit list` would (exit 5) and no row written after the change is printed.
#[test]
fn follow_ends_when_the_followers_role_changes() {
    let env = TestEnv::new();
    env.seed_basic();
    // The newest row, printed when the follow starts.
    env.ok(&["plan", "create", "seen", "--name", "Seen", "--max-sites", "1", "-q"]);
    let mut f = env
        .command(&["audit", "list", "--follow", "--format", "jsonl", "--limit", "1", "--as", "dev@acme.example"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = Arc::new(Mutex::new(Vec::<String>::new()));
    let (stdout, sink) = (f.stdout.take().unwrap(), lines.clone());
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            sink.lock().unwrap().push(line);
        }
    });
    wait::until("the row before the change", || lines.lock().unwrap().iter().any(|l| l.contains("plan:seen")));
    env.ok(&["user", "set-role", "dev@acme.example", "editor", "-q"]);
    env.ok(&["plan", "create", "unseen", "--name", "Unseen", "--max-sites", "1", "-q"]);
    let mut status = None;
    wait::until("the follower to end", || {
        status = f.try_wait().unwrap();
        status.is_some()
    });
    let stderr = std::io::read_to_string(f.stderr.take().unwrap()).unwrap();
    assert_eq!(status.unwrap().code(), Some(5), "{stderr}");
    let err: Value = serde_json::from_str(stderr.lines().last().unwrap()).unwrap();
    assert_eq!(err["error"]["code"], "operator_only", "{err}");
    std::thread::sleep(Duration::from_millis(100));
    let got = lines.lock().unwrap().clone();
    assert!(
        !got.iter().any(|l| l.contains("plan:unseen") || l.contains("set_role") || l.contains("set-role")),
        "{got:?}"
    );
}

/// A list item holding the CSV list separator: list items are slugs, so `a;b` is refused in
/// TOML as in CSV and an export never has to escape a `;` (its round trip cannot split one).
#[test]
fn csv_list_items_never_hold_the_separator() {
    let env = TestEnv::new();
    env.ok(&["seed", "apply", &demo()]);
    let before = env.dump();
    let toml = write(
        &env,
        "tags.toml",
        "[[content]]\nsite = \"brightsmile/downtown\"\nsector = \"dental-clinics\"\ntitle = \"T\"\ntags = [\"a;b\"]\n",
    );
    let e = env.fails(&["seed", "apply", &toml], 4);
    assert_eq!(e["details"]["problems"][0]["path"], "content[0].tags", "{e}");
    // In CSV the same cell is two items, each a slug: applied as two tags.
    let csv = write(&env, "content.csv", "site,sector,title,tags\nbrightsmile/downtown,dental-clinics,T,\"a;b\"\n");
    assert_eq!(env.dump(), before);
    env.ok(&["seed", "apply", &csv]);
    let export = env.ok(&["seed", "export", "--section", "content", "--format", "csv"]);
    assert!(export.lines().any(|l| l.contains(",a;b") || l.contains("a;b,")), "{export}");
    let again = env.json(&["seed", "apply", &csv]);
    assert!(again["items"].as_array().unwrap().iter().all(|i| i["action"] == "unchanged"), "{again}");
}

/// A CSV with `\r\n` line ends, as spreadsheets write it: each row's problem is on the row's
/// own line (the first row is line 2, never the header's line 1).
#[test]
fn csv_crlf_rows_are_placed_on_their_lines() {
    let env = TestEnv::new();
    env.seed_basic();
    let file =
        write(&env, "users.csv", "email,account,role\r\na@acme.example,acme,boss\r\nb@acme.example,acme,chief\r\n");
    let e = env.fails(&["seed", "apply", &file], 4);
    let lines: Vec<u64> =
        e["details"]["problems"].as_array().unwrap().iter().map(|p| p["line"].as_u64().unwrap()).collect();
    // The same file with `\n`: the lines a CRLF file must give too.
    let lf = write(&env, "users.csv", "email,account,role\na@acme.example,acme,boss\nb@acme.example,acme,chief\n");
    let e_lf = env.fails(&["seed", "apply", &lf], 4);
    let lines_lf: Vec<u64> =
        e_lf["details"]["problems"].as_array().unwrap().iter().map(|p| p["line"].as_u64().unwrap()).collect();
    assert_eq!(lines_lf, [2, 3], "{e_lf}");
    assert_eq!(lines, [2, 3], "{e}");
}
