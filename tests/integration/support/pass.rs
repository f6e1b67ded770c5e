//! The suite's PostgreSQL pass: this test binary run again with `SITECTL_TEST_ENGINE=postgres`,
//! with the same arguments (so the same test filter), and its outcome reported test by test.
//!
//! Only the first pass starts servers (and so stops them at its end): it hands the second pass
//! the PostgreSQL server, and the real WordPress when the second pass has tests that need it
//! (or why there is none, so that the second pass skips them instead of starting its own).

use std::process::{Command, Output, Stdio};

use super::machine::{self, PgServer};

/// Runs the PostgreSQL pass on `server`, its stderr (skip lines) going straight to ours; fails
/// the calling test with the names of the tests that failed there, each with its own output.
pub fn run_postgres_pass(server: &PgServer) {
    let exe = std::env::current_exe().expect("the test binary's path");
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    args.extend(["--skip".to_string(), "postgres_suite".to_string()]);
    let mut pass = Command::new(&exe);
    pass.args(&args)
        .env("SITECTL_TEST_ENGINE", "postgres")
        .env("SITECTL_TEST_PG_URL", &server.url)
        .env("SITECTL_TEST_PG_TLS_URL", &server.tls_url)
        .env("SITECTL_TEST_PG_CA", &server.ca)
        .env("SITECTL_TEST_PG_BIN", &server.bin);
    if selects_real_wordpress(&exe, &args) {
        match machine::wordpress() {
            Ok(wp) => {
                pass.env("SITECTL_WP_URL", &wp.url)
                    .env("SITECTL_WP_USER", &wp.user)
                    .env("SITECTL_WP_APP_PASSWORD", &wp.password);
            }
            Err(why) => {
                pass.env(machine::NO_WORDPRESS, why);
            }
        }
    }
    let out = pass.stdin(Stdio::null()).stderr(Stdio::inherit()).output().expect("run the PostgreSQL pass");
    report(&out);
}

/// Whether the pass's filter selects a real-WordPress test (asked of the binary: `--list`).
fn selects_real_wordpress(exe: &std::path::Path, args: &[String]) -> bool {
    match Command::new(exe).args(args).arg("--list").stdin(Stdio::null()).stderr(Stdio::null()).output() {
        Ok(out) if out.status.success() => String::from_utf8_lossy(&out.stdout)
            .lines()
            .any(|l| l.starts_with("real_wordpress::") && l.ends_with(": test")),
        // Cannot tell: provide the WordPress rather than let the pass start one of its own.
        _ => true,
    }
}

fn report(out: &Output) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary: Vec<&str> = stdout.lines().filter(|l| l.starts_with("test result")).collect();
    machine::say(&format!("PostgreSQL pass: {}", summary.join("; ")));
    // A pass that exits without its summary (a test called `exit`, a crash) did not pass.
    if out.status.success() && summary.iter().all(|l| l.starts_with("test result: ok.")) && !summary.is_empty() {
        return;
    }
    let failed = failures(&stdout);
    if failed.is_empty() {
        let tail: Vec<&str> = stdout.lines().rev().take(20).collect::<Vec<_>>().into_iter().rev().collect();
        panic!(
            "the PostgreSQL pass ended ({}) without a test result; its stderr is above; the end of its stdout:\n{}",
            out.status,
            tail.join("\n")
        );
    }
    for (name, _) in &failed {
        machine::say(&format!("FAILED on PostgreSQL: {name}"));
    }
    let names: Vec<&str> = failed.iter().map(|(n, _)| n.as_str()).collect();
    let mut message = format!("{} test(s) failed on PostgreSQL: {}\n", failed.len(), names.join(", "));
    for (name, output) in &failed {
        message.push_str(&format!("\n---- {name} on PostgreSQL ----\n{}\n", output.trim_end()));
    }
    message.push_str(&format!(
        "\nrerun one on PostgreSQL: SITECTL_TEST_ENGINE=postgres cargo test --test integration -- --exact {}",
        names[0]
    ));
    panic!("{message}");
}

/// The failed tests of a libtest run, each with what it printed, from its `failures:` report:
/// a `---- NAME stdout ----` section per failed test that printed something, then the list of
/// every failed test's name.
pub fn failures(stdout: &str) -> Vec<(String, String)> {
    #[derive(PartialEq)]
    enum Part {
        Before,
        Sections,
        Names,
    }
    let mut part = Part::Before;
    let mut sections: Vec<(String, String)> = Vec::new();
    let mut names: Vec<String> = Vec::new();
    for line in stdout.lines() {
        match part {
            _ if line == "failures:" => part = if part == Part::Before { Part::Sections } else { Part::Names },
            Part::Before => {}
            Part::Sections => match line.strip_prefix("---- ").and_then(|l| l.strip_suffix(" stdout ----")) {
                Some(name) => sections.push((name.to_string(), String::new())),
                None => {
                    if let Some((_, output)) = sections.last_mut() {
                        output.push_str(line);
                        output.push('\n');
                    }
                }
            },
            Part::Names => match line.strip_prefix("    ") {
                Some(name) => names.push(name.trim().to_string()),
                None if names.is_empty() => {}
                None => break,
            },
        }
    }
    // Tests that failed without printing anything have no section.
    names
        .into_iter()
        .map(|name| {
            let output = sections.iter().find(|(n, _)| *n == name).map(|(_, o)| o.trim().to_string());
            (name, output.unwrap_or_default())
        })
        .collect()
}

#[test]
fn failures_are_read_test_by_test_from_a_libtest_report() {
    let report = "running 3 tests\ntest a::one ... ok\ntest a::two ... FAILED\ntest b::three ... FAILED\n\n\
failures:\n\n---- a::two stdout ----\n\nthread 'a::two' panicked at tests/a.rs:1:1:\nleft != right\n\n\
---- b::three stdout ----\nsaid something\n\n\nfailures:\n    a::two\n    b::three\n\n\
test result: FAILED. 1 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n";
    let found = failures(report);
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["a::two", "b::three"]);
    assert!(found[0].1.contains("left != right") && !found[0].1.contains("said something"), "{:?}", found[0]);
    assert_eq!(found[1].1.trim(), "said something");
    // A quiet (`-q`) report has no per-test lines; the sections and the list are the same.
    let quiet = report.replace("test a::one ... ok\ntest a::two ... FAILED\ntest b::three ... FAILED\n", ".FF\n");
    assert_eq!(failures(&quiet), found);
    // A passing run has none.
    assert!(failures("running 1 test\ntest a::one ... ok\n\ntest result: ok. 1 passed\n").is_empty());
}
