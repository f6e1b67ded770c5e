//! The one integration test binary: every test drives the real `sitectl` in a hermetic
//! environment (see `support`).

mod support;

mod access;
mod cli;
mod concurrency;
mod config;
mod content;
mod dbtrust;
mod directory;
mod faults;
mod hostile;
mod integrity;
mod isolation;
mod postgres;
mod publish;
mod real_wordpress;
mod scale;
mod sectors;
mod seed;
mod sites;
mod standby;
mod store;
mod sweep;
mod teams;
mod trust;
mod views;
mod wordpress;

/// Runs this whole binary again on PostgreSQL (see `support::pg`): the same tests, the same
/// assertions, with `SITECTL_DB` pointing at a database per test on a real server. Skipped
/// inside that second run, and when a test filter leaves it out.
#[test]
fn postgres_suite() {
    if support::engine() == support::Engine::Postgres {
        return;
    }
    let server = support::pg::server();
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    args.extend(["--skip".to_string(), "postgres_suite".to_string()]);
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(&args)
        .env("SITECTL_TEST_ENGINE", "postgres")
        .env("SITECTL_TEST_PG_URL", &server.url)
        .env("SITECTL_TEST_PG_TLS_URL", &server.tls_url)
        .env("SITECTL_TEST_PG_CA", &server.ca)
        .env("SITECTL_TEST_PG_BIN", &server.bin)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let summary: Vec<&str> = stdout.lines().filter(|l| l.starts_with("test result")).collect();
    eprintln!("PostgreSQL run: {}", summary.join("; "));
    assert!(
        out.status.success(),
        "the suite failed on PostgreSQL:\n{}\n{}",
        stdout.lines().filter(|l| !l.ends_with("... ok")).collect::<Vec<_>>().join("\n"),
        String::from_utf8_lossy(&out.stderr).lines().rev().take(40).collect::<Vec<_>>().join("\n")
    );
}
