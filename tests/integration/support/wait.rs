//! Waiting for something to happen in another process or thread: a condition polled until a
//! deadline, never a fixed delay that bets on how fast the machine is.

use std::time::{Duration, Instant};

/// How long any wait may take before the test fails: far beyond what a loaded machine needs,
/// so reaching it means the awaited thing never happens.
pub const PATIENCE: Duration = Duration::from_secs(30);

/// Polls `done` until it holds; fails the test, naming `what`, when it has not after
/// [`PATIENCE`].
pub fn until(what: &str, mut done: impl FnMut() -> bool) {
    let started = Instant::now();
    while !done() {
        assert!(started.elapsed() < PATIENCE, "waited {PATIENCE:?} for {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Polls `done` until it holds or [`PATIENCE`] has passed; whether it held. For a waiting side
/// that must not fail itself (a stand-in server's thread): the test's own assertion then fails.
pub fn at_most(mut done: impl FnMut() -> bool) -> bool {
    let started = Instant::now();
    loop {
        if done() {
            return true;
        }
        if started.elapsed() >= PATIENCE {
            return false;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}
