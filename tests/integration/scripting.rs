//! Scripting conventions (issue 24): `--jq` filters over every data output, and `--follow` on
//! the logs (`audit list`, `wp events`).

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::{mockwp, run_within, under_cpu_limit, under_data_limit, wait, TestEnv};

fn lines(s: &str) -> Vec<&str> {
    s.lines().collect()
}

#[test]
fn jq_selects_maps_and_prints_strings_raw() {
    let env = TestEnv::new();
    env.seed_basic();
    // A list: the expression sees the array `--format json` prints.
    assert_eq!(lines(&env.ok(&["plan", "list", "--jq", ".[].slug"])), ["starter", "growth"]);
    assert_eq!(env.ok(&["plan", "list", "--jq", "map(select(.max_sites > 4)) | map(.slug)"]), "[\"growth\"]\n");
    assert_eq!(env.ok(&["plan", "list", "--jq", "length"]), "2\n");
    // A record: the object.
    assert_eq!(
        env.ok(&["plan", "show", "growth", "--jq", "{slug, max_sites}"]),
        "{\"slug\":\"growth\",\"max_sites\":10}\n"
    );
    assert_eq!(env.ok(&["plan", "show", "growth", "--jq", ".name"]), "Growth\n");
    // JSON lines: each line as it streams.
    let out = env.ok(&["user", "list", "--format", "jsonl", "--jq", "select(.role == \"editor\") | .email"]);
    assert_eq!(lines(&out), ["editor@acme.example", "editor@globex.example"]);
    // --fields narrows before the filter; an empty result prints nothing.
    assert_eq!(env.ok(&["plan", "list", "--fields", "slug", "--jq", ".[0] | keys"]), "[\"slug\"]\n");
    assert_eq!(env.ok(&["plan", "list", "--jq", ".[] | select(.slug == \"none\")"]), "");
    // An environment or profile format does not stop --jq (a flag wins over them).
    let mut env2 = TestEnv::new();
    env2.use_db_of(&env);
    env2.set_env("SITECTL_FORMAT", "table");
    assert_eq!(env2.ok(&["plan", "list", "--jq", ".[0].slug"]), "starter\n");
    // A fixture export is data too; `halt` ends the output with exit 0.
    assert_eq!(env.ok(&["seed", "export", "--jq", ".plans | map(.slug) | sort"]), "[\"growth\",\"starter\"]\n");
    assert_eq!(env.ok(&["plan", "list", "--jq", ".[].slug, halt, \"never\""]), "starter\ngrowth\n");
    // The filter sees no environment and reads nothing: no secret reaches it.
    assert_eq!(env.ok(&["plan", "list", "--jq", "env"]), "{}\n");
    assert_eq!(env.run(&["plan", "list", "--jq", "input"]).code, 2);
    assert_eq!(env.run(&["plan", "list", "--jq", "import \"x\" as y; ."]).code, 2);
    // A newer command's list gets it too; its text formats refuse it (`check`: UNKNOWN).
    assert_eq!(env.ok(&["check", "--jq", "length"]), "0\n");
    assert_eq!(env.run(&["check", "--nagios", "--jq", "."]).code, 3);
    // A create's record goes through it too.
    let out = env.ok(&["plan", "create", "pro", "--name", "Pro", "--max-sites", "3", "--jq", ".slug"]);
    assert_eq!(out, "pro\n");
}

#[test]
fn jq_bad_expression_or_format_is_a_usage_error_and_nothing_runs() {
    let env = TestEnv::new();
    env.seed_basic();
    let before = env.dump();
    // The parser recurses too: an expression nested 50,000 deep is refused, not a crash.
    let deep = "[".repeat(50_000);
    for expr in [".[", "map(", "nosuchfilter", ".a |", "\"unterminated", "def f: ; f", "{(1,2)}", &deep] {
        let out = env.run(&["plan", "create", "x", "--name", "X", "--max-sites", "1", "--jq", expr]);
        // The parser or the compiler refuses each one.
        assert_eq!(out.code, 2, "{expr}: {}", out.stderr);
        assert_eq!(out.stdout, "");
        let err = out.error();
        assert_eq!(err["code"], "jq_syntax", "{expr}");
        assert!(err["message"].as_str().unwrap().starts_with("invalid --jq expression"), "{err}");
    }
    for format in ["table", "csv", "ids"] {
        let out = env.run(&["plan", "create", "x", "--name", "X", "--max-sites", "1", "--format", format, "--jq", "."]);
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert_eq!(out.error()["code"], "invalid_format");
    }
    assert_eq!(env.dump(), before, "nothing ran");
    // Commands that print no data, and --porcelain (ids, not JSON), refuse it.
    assert_eq!(env.run(&["completions", "bash", "--jq", "."]).code, 2);
    assert_eq!(env.run(&["plan", "list", "--porcelain", "--jq", "."]).code, 2);
    // A runtime error: exit 4, the error shape unchanged, and the command's output stopped there.
    for expr in [".[] | .slug | tonumber", "error(\"stop\")", "\"bye\" | halt_error(3)"] {
        let out = env.run(&["plan", "list", "--jq", expr]);
        assert_eq!(out.code, 4, "{expr}: {}", out.stderr);
        assert_eq!(out.error()["code"], "jq_failed", "{expr}");
    }
}

#[test]
fn jq_runaway_expressions_end_within_a_bound() {
    let env = TestEnv::new();
    env.seed_basic();
    let exprs = [
        "def f: f; f",
        "def f: 1 + f; f",
        "def f: [f]; f",
        "[range(1e18)]",
        "range(1e18)",
        "[repeat(.)]",
        "last(repeat(1))",
        "[limit(1e12; repeat(\"xxxxxxxxxxxxxxxx\"))]",
        "\"x\" * 1e12",
        "reduce range(1e9) as $i ([]; . + [$i])",
    ];
    let runs: Vec<_> = exprs
        .iter()
        .map(|expr| {
            let mut cmd = under_cpu_limit(&env.command(&["plan", "list", "--jq", expr]), 60);
            let expr = expr.to_string();
            std::thread::spawn(move || (expr, run_within(&mut cmd, Duration::from_secs(120))))
        })
        .collect();
    for run in runs {
        let (expr, out) = run.join().unwrap();
        let out = out.unwrap_or_else(|| panic!("{expr}: still running after 120 s"));
        assert!(out.code == 4 || out.code == 0, "{expr}: exit {} {}", out.code, out.stderr);
        if out.code == 4 {
            let err = out.error();
            assert!(err["code"] == "jq_limit" || err["code"] == "jq_failed", "{expr}: {err}");
        }
        assert!(!out.stderr.contains("panicked") && !out.stderr.contains("internal error"), "{expr}: {}", out.stderr);
    }
}

#[test]
fn jq_over_a_streamed_list_keeps_memory_flat() {
    let env = TestEnv::new();
    env.ok(&["seed", "generate", "--accounts", "3000", "--sites-per-account", "10", "--sectors-per-site", "1", "-q"]);
    let limit = 100 << 20;
    // Each line as it streams: memory stays flat.
    let args = ["site", "list", "--format", "jsonl", "--jq", "select(.id % 2 == 0) | .slug"];
    let out = run_within(&mut under_data_limit(&env.command(&args), limit), Duration::from_secs(300)).expect("ends");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), 15_000);
    // The whole array does not fit under the same limit: the filter is stopped, clearly.
    let args = ["site", "list", "--jq", ".[] | select(.id % 2 == 0) | .slug"];
    let out = run_within(&mut under_data_limit(&env.command(&args), limit), Duration::from_secs(300)).expect("ends");
    assert_eq!(out.code, 4, "{}", out.stderr);
    let err = out.error();
    assert_eq!(err["code"], "jq_limit");
    assert!(err["message"].as_str().unwrap().contains("100 MiB of memory"), "{err}");
}

#[test]
fn jq_strings_are_neutralised_on_a_terminal_and_raw_in_a_pipe() {
    let mut env = TestEnv::new();
    env.set_env("USER", "evil\x1b[2Juser");
    env.ok(&["plan", "create", "p", "--name", "P", "--max-sites", "1"]);
    let piped = env.ok(&["audit", "list", "--jq", ".[0].os_user"]);
    assert_eq!(piped, "evil\x1b[2Juser\n", "a pipe gets the data as it is");
    let (code, screen) = env.run_in_pty(&["audit", "list", "--jq", ".[0].os_user"], &[]);
    assert_eq!(code, 0, "{screen}");
    assert!(screen.contains("evil\\u{1b}[2Juser"), "{screen:?}");
    assert!(!screen.contains('\x1b'), "{screen:?}");
}

/// A running `--follow`: its stdout lines as they arrive, with when each came.
struct Follower {
    child: Child,
    lines: Arc<Mutex<Vec<(Instant, String)>>>,
    stderr: Arc<Mutex<String>>,
}

impl Follower {
    fn start(env: &TestEnv, args: &[&str]) -> Follower {
        let mut child = env.command(args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        let lines = Arc::new(Mutex::new(Vec::new()));
        let stdout = child.stdout.take().unwrap();
        let sink = lines.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                sink.lock().unwrap().push((Instant::now(), line));
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        let (err, sink) = (child.stderr.take().unwrap(), stderr.clone());
        std::thread::spawn(move || {
            let text = std::io::read_to_string(err).unwrap_or_default();
            sink.lock().unwrap().push_str(&text);
        });
        Follower { child, lines, stderr }
    }

    fn lines(&self) -> Vec<String> {
        self.lines.lock().unwrap().iter().map(|(_, l)| l.clone()).collect()
    }

    fn wait_lines(&self, n: usize) {
        wait::until(&format!("{n} lines"), || self.lines.lock().unwrap().len() >= n);
    }

    /// When the line containing `text` arrived.
    fn arrival(&self, text: &str) -> Instant {
        let mut at = None;
        wait::until(text, || {
            at = self.lines.lock().unwrap().iter().find(|(_, l)| l.contains(text)).map(|(t, _)| *t);
            at.is_some()
        });
        at.unwrap()
    }

    fn signal(&self, name: &str) {
        let status = std::process::Command::new("kill").args([name, &self.child.id().to_string()]).status().unwrap();
        assert!(status.success());
    }

    /// Waits for the exit; its code.
    fn exit(&mut self) -> i32 {
        let mut code = None;
        wait::until("the follower to exit", || {
            code = self.child.try_wait().unwrap();
            code.is_some()
        });
        code.unwrap().code().unwrap_or_else(|| panic!("killed by a signal: {}", self.stderr.lock().unwrap()))
    }
}

fn json_lines(lines: &[String]) -> Vec<Value> {
    lines.iter().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect()
}

fn create_plan(env: &TestEnv, slug: &str) -> Instant {
    env.ok(&["plan", "create", slug, "--name", slug, "--max-sites", "1", "-q"]);
    Instant::now()
}

#[test]
fn follow_audit_prints_what_exists_then_each_new_row_once_in_order() {
    let env = TestEnv::new();
    create_plan(&env, "p0");
    let mut f = Follower::start(&env, &["audit", "list", "--follow", "--format", "jsonl"]);
    f.wait_lines(1);
    // A second process writes while the follow runs; each row comes within about a second.
    let writer = env.detached();
    for i in 1..=4 {
        let slug = format!("p{i}");
        let out = writer(&["plan", "create", &slug, "--name", &slug, "--max-sites", "1", "-q"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let done = Instant::now();
        let came = f.arrival(&format!("plan:{slug}\""));
        assert!(came.saturating_duration_since(done) < Duration::from_millis(1500), "{slug} took {:?}", came - done);
    }
    f.wait_lines(5);
    f.signal("-TERM");
    let rows = json_lines(&f.lines());
    assert_eq!(f.exit(), 0, "SIGTERM ends it with exit 0");
    let ids: Vec<i64> = rows.iter().map(|r| r["id"].as_i64().unwrap()).collect();
    assert_eq!(rows.len(), 5, "{rows:?}");
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "once each, in order: {ids:?}");
    let targets: Vec<&str> = rows.iter().map(|r| r["target"].as_str().unwrap()).collect();
    assert_eq!(targets, ["plan:p0", "plan:p1", "plan:p2", "plan:p3", "plan:p4"]);
}

#[test]
fn follow_applies_the_filters_and_the_limit_to_what_exists() {
    let env = TestEnv::new();
    for slug in ["a1", "b1", "a2"] {
        create_plan(&env, slug);
    }
    // --limit N is the newest N that exist; the filter holds for new rows too. Plain JSON
    // prints one object per line here (an array cannot stream forever).
    let mut f = Follower::start(&env, &["audit", "list", "--follow", "--target", "plan:a", "--limit", "1", "--json"]);
    f.wait_lines(1);
    for slug in ["b2", "a3", "b3", "a4"] {
        create_plan(&env, slug);
    }
    f.arrival("plan:a4");
    let mut g = Follower::start(&env, &["audit", "list", "--follow", "--limit", "0", "--actor", "nobody@x.example"]);
    create_plan(&env, "c1");
    f.signal("-INT");
    let rows = json_lines(&f.lines());
    assert_eq!(f.exit(), 0, "SIGINT ends it with exit 0");
    let targets: Vec<&str> = rows.iter().map(|r| r["target"].as_str().unwrap()).collect();
    assert_eq!(targets, ["plan:a2", "plan:a3", "plan:a4"]);
    g.signal("-TERM");
    assert_eq!(g.exit(), 0);
    assert!(g.lines().len() <= 1, "only a header, if anything: {:?}", g.lines());
}

#[test]
fn follow_ends_quietly_when_the_reader_goes_away() {
    let env = TestEnv::new();
    create_plan(&env, "p0");
    let mut child =
        env.command(&["audit", "list", "--follow", "--format", "jsonl"]).stdout(Stdio::piped()).spawn().unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.as_mut().unwrap()).read_line(&mut first).unwrap();
    assert!(first.contains("plan:p0"), "{first}");
    drop(child.stdout.take());
    // The closed pipe is noticed at the next row it writes.
    let started = Instant::now();
    let mut status = None;
    for i in 1..=40 {
        create_plan(&env, &format!("q{i}"));
        std::thread::sleep(Duration::from_millis(100));
        status = child.try_wait().unwrap();
        if status.is_some() || started.elapsed() > Duration::from_secs(20) {
            break;
        }
    }
    let status = status.unwrap_or_else(|| {
        let _ = child.kill();
        panic!("still following after its reader went away")
    });
    assert_eq!(status.code(), Some(0));
}

#[test]
fn follow_with_jq_filters_each_new_row() {
    let env = TestEnv::new();
    create_plan(&env, "p0");
    let mut f = Follower::start(&env, &["audit", "list", "--follow", "--limit", "0", "--jq", ".target"]);
    std::thread::sleep(Duration::from_millis(300));
    create_plan(&env, "p1");
    f.arrival("plan:p1");
    f.signal("-TERM");
    assert_eq!(f.lines(), ["plan:p1"]);
    assert_eq!(f.exit(), 0);
}

#[test]
fn follow_keeps_to_what_the_acting_user_may_see() {
    let env = TestEnv::new();
    let _wp = env.with_mock_blog();
    // Tenants may not read the audit log, followed or not; nor another tenant's site's events.
    assert_eq!(env.fails(&["audit", "list", "--follow", "--as", "admin@acme.example"], 5)["code"], "operator_only");
    assert_eq!(
        env.fails(&["wp", "events", "acme/blog", "--follow", "--as", "editor@globex.example"], 3)["code"],
        "site_not_found"
    );
    let wp2 = mockwp::MockWp::start();
    env.ok(&["site", "create", "Other", "--account", "globex"]);
    mockwp::connect_core(&env, "globex/other", &wp2);
    let mut f = Follower::start(
        &env,
        &["wp", "events", "acme/blog", "--follow", "--format", "jsonl", "--as", "admin@acme.example"],
    );
    f.wait_lines(1);
    let before = f.lines().len();
    // Other processes write events of both sites; acme/blog's come within about a second.
    for n in 1..=2 {
        env.ok(&["wp", "test", "globex/other"]);
        env.ok(&["wp", "test", "acme/blog"]);
        let done = Instant::now();
        f.wait_lines(before + n);
        let came = f.lines.lock().unwrap().last().unwrap().0;
        assert!(came.saturating_duration_since(done) < Duration::from_millis(1500), "{:?}", came - done);
    }
    std::thread::sleep(Duration::from_millis(1200));
    let rows = json_lines(&f.lines());
    let acme = env.json(&["wp", "events", "acme/blog"]);
    assert_eq!(rows.len(), acme.as_array().unwrap().len(), "only acme/blog's events: {rows:?}");
    for (row, want) in rows.iter().zip(acme.as_array().unwrap()) {
        assert_eq!(row["id"], want["id"]);
        assert_eq!(row["site_id"], want["site_id"]);
    }
    // Access lost during the follow: the next poll fails as `wp events` would, and nothing of
    // the site comes after.
    env.ok(&["user", "remove", "admin@acme.example", "--yes"]);
    let code = f.exit();
    wait::until("the error line", || !f.stderr.lock().unwrap().is_empty());
    let stderr = f.stderr.lock().unwrap().clone();
    assert!(code == 3 || code == 5, "exit {code}: {stderr}");
    let err: Value = serde_json::from_str(stderr.lines().last().unwrap()).unwrap();
    assert_eq!(err["error"]["exit_code"], code);
    assert_eq!(json_lines(&f.lines()).len(), rows.len(), "nothing after the access was lost");
}

#[test]
fn follow_sees_a_lower_id_committed_after_a_higher_one() {
    if !crate::support::pg::only_on_postgres() {
        return;
    }
    let env = TestEnv::new();
    create_plan(&env, "p0");
    let mut f = Follower::start(&env, &["audit", "list", "--follow", "--format", "jsonl", "--limit", "0"]);
    std::thread::sleep(Duration::from_millis(500));
    let db = crate::support::pg::database_of(&env.target);
    let insert = "INSERT INTO audit_log (at, os_user, actor, command, target, action, outcome)
                  VALUES ('2026-01-01T00:00:00Z', 't', 'operator', 'test', $1, 'plan.create', 'created') RETURNING id";
    // The slow writer takes the lower id and commits last.
    let mut slow = crate::support::pg::client(&db);
    let mut slow_tx = slow.transaction().unwrap();
    let low: i64 = slow_tx.query_one(insert, &[&"plan:slow"]).unwrap().get(0);
    let mut fast = crate::support::pg::client(&db);
    let high: i64 = fast.query_one(insert, &[&"plan:fast"]).unwrap().get(0);
    assert!(low < high);
    f.arrival("plan:fast");
    std::thread::sleep(Duration::from_millis(1500));
    slow_tx.commit().unwrap();
    f.arrival("plan:slow");
    std::thread::sleep(Duration::from_millis(1500));
    f.signal("-TERM");
    let ids: Vec<i64> = json_lines(&f.lines()).iter().map(|r| r["id"].as_i64().unwrap()).collect();
    assert_eq!(ids, [high, low], "each once, in commit order");
    assert_eq!(f.exit(), 0);
}

#[test]
fn follow_draws_rows_as_they_come_on_a_terminal() {
    let env = TestEnv::new();
    env.seed_basic();
    let write = env.detached();
    let screen = crate::support::Screen::default();
    let shown = screen.clone();
    let args = ["audit", "list", "--follow", "--limit", "1", "--fields", "id,target", "--as", "dev@acme.example"];
    let follower = std::thread::spawn(move || {
        let (code, screen) = env.run_in_pty_showing(&args, &[], screen);
        (code, screen, env)
    });
    let showing = |text: &str| String::from_utf8_lossy(&shown.lock().unwrap()).contains(text);
    wait::until("the newest row", || showing("user:editor@globex.example"));
    assert_eq!(write(&["plan", "create", "fresh", "--name", "Fresh", "--max-sites", "1", "-q"]).code, 0);
    wait::until("the new row, drawn as it came", || showing("plan:fresh"));
    // Losing access ends the follow with the error `audit list` would give.
    assert_eq!(write(&["user", "remove", "dev@acme.example", "--yes", "-q"]).code, 0);
    let (code, screen, _env) = follower.join().unwrap();
    assert_eq!(code, 3, "{screen}");
    assert!(screen.contains('│') || screen.contains('|'), "a drawn table: {screen}");
    assert!(!screen.contains("user:dev@acme.example"), "no row after the access was lost: {screen}");
}

#[test]
fn follow_sees_events_whose_ids_a_purge_freed() {
    let env = TestEnv::new();
    let _wp = env.with_mock_blog();
    let wp2 = mockwp::MockWp::start();
    env.ok(&["site", "create", "Other", "--account", "globex"]);
    mockwp::connect_core(&env, "globex/other", &wp2);
    env.ok(&["wp", "test", "globex/other"]);
    let mut f = Follower::start(&env, &["wp", "events", "acme/blog", "--follow", "--format", "jsonl", "--limit", "0"]);
    std::thread::sleep(Duration::from_millis(500));
    // The newest events go with their site; SQLite hands their ids out again.
    env.ok(&["site", "delete", "globex/other", "--yes"]);
    let purged = env.run(&["site", "purge", "globex/other", "--yes"]);
    assert_eq!(purged.code, 0, "{}", purged.stderr);
    std::thread::sleep(Duration::from_millis(1500));
    env.ok(&["wp", "test", "acme/blog"]);
    f.wait_lines(1);
    f.signal("-TERM");
    assert_eq!(f.exit(), 0);
    let rows = json_lines(&f.lines());
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0]["kind"], "test");
}
