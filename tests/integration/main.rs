//! The one integration test binary: every test drives the real `sitectl` in a hermetic
//! environment (see `support`).

// The harness configures itself from the environment (which engine, which servers, its own
// arguments when it runs itself again): `clippy.toml` keeps such reads to the product's edge
// (`src/cli/context.rs`), which this test binary is not part of.
#![allow(clippy::disallowed_methods)]

mod support;

mod access;
mod attack21;
mod attack23;
mod attack24;
mod cli;
mod concurrency;
mod config;
mod content;
mod dbtrust;
mod directory;
mod faults;
mod fleet;
mod hostile;
mod integrity;
mod inventory;
mod isolation;
mod postgres;
mod publish;
mod real_wordpress;
mod scale;
mod scripting;
mod sectors;
mod seed;
mod seedcsv;
mod seeddiff;
mod sites;
mod standby;
mod store;
mod sweep;
mod teams;
mod trust;
mod views;
mod wordpress;

/// Runs this whole binary again on PostgreSQL (see `support::pg` and `support::pass`): the
/// same tests, the same assertions, with `SITECTL_DB` pointing at a database per test on a real
/// server; a failure there names the tests that failed. Skipped inside that second run, when a
/// test filter leaves it out, and (saying so) when there is no server to run on.
#[test]
fn postgres_suite() {
    if support::engine() == support::Engine::Postgres {
        return;
    }
    match support::machine::postgres() {
        Ok(server) => support::pass::run_postgres_pass(server),
        Err(why) => support::machine::skip(
            &format!("the PostgreSQL pass needs a server: {why}"),
            support::machine::ENABLE_POSTGRES,
        ),
    }
}
