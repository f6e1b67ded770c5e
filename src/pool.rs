//! The one bounded worker pool: a fixed number of scoped threads take numbered items from a
//! shared counter, so concurrency never exceeds what the caller allows, however many items
//! there are. Used for fetching pages of a WordPress collection and for batches over sites.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

/// What a job says about item `n`.
pub enum Step<T> {
    /// A result; go on.
    Item(T),
    /// A result, and no item after this one exists (a short last page).
    Last(T),
    /// A result that stops the whole run (an error).
    Stop(T),
    /// There is no item `n` (past the end): this worker is done.
    Done,
}

/// Runs `job(state, n)` for n = `first`, `first + 1`, ... on at most `workers` threads (each with
/// its own `init()` state, e.g. a database connection), until items run out, one says `Last`
/// or one says `Stop`. Returns the results in item order, none past a `Last` item.
pub fn run<S, T, I, F>(workers: usize, first: u64, init: I, job: F) -> Vec<(u64, T)>
where
    T: Send,
    I: Fn() -> S + Sync,
    F: Fn(&mut S, u64) -> Step<T> + Sync,
{
    let mut out = Vec::new();
    run_each(workers, first, init, job, |n, t| {
        out.push((n, t));
        true
    });
    out
}

/// As [`run`], but each result goes to `emit`, on the calling thread, as soon as it and every
/// item before it are done: in item order, while later items still run, so a caller can print
/// a batch as it goes. Results wait only for earlier items still running (at most the results
/// of the items finished meanwhile are held). `emit` returning false stops the run (stdout was
/// closed): items in progress finish, no new one starts, and nothing more is emitted.
pub fn run_each<S, T, I, F>(workers: usize, first: u64, init: I, job: F, mut emit: impl FnMut(u64, T) -> bool)
where
    T: Send,
    I: Fn() -> S + Sync,
    F: Fn(&mut S, u64) -> Step<T> + Sync,
{
    let next = AtomicU64::new(first);
    let end = AtomicU64::new(u64::MAX);
    let stopped = AtomicBool::new(false);
    let (sender, results) = std::sync::mpsc::channel::<(u64, T)>();
    std::thread::scope(|scope| {
        for _ in 0..workers.max(1) {
            let sender = sender.clone();
            let (next, end, stopped, init, job) = (&next, &end, &stopped, &init, &job);
            scope.spawn(move || {
                let mut state = init();
                loop {
                    if stopped.load(Ordering::Relaxed) {
                        return;
                    }
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    if n > end.load(Ordering::Relaxed) {
                        return;
                    }
                    let result = match job(&mut state, n) {
                        Step::Item(t) => t,
                        Step::Last(t) => {
                            end.fetch_min(n, Ordering::Relaxed);
                            t
                        }
                        Step::Stop(t) => {
                            stopped.store(true, Ordering::Relaxed);
                            let _ = sender.send((n, t));
                            return;
                        }
                        Step::Done => return,
                    };
                    // The receiver only goes away with the scope: a failed send cannot happen.
                    let _ = sender.send((n, result));
                }
            });
        }
        drop(sender);
        // Results that arrived before an earlier item's, keyed by item.
        let mut waiting = std::collections::BTreeMap::new();
        let mut due = first;
        let mut open = true;
        for (n, t) in results.iter() {
            if !open {
                continue;
            }
            waiting.insert(n, t);
            while let Some(t) = waiting.remove(&due) {
                if due > end.load(Ordering::Relaxed) || !emit(due, t) {
                    open = false;
                    stopped.store(true, Ordering::Relaxed);
                    break;
                }
                due += 1;
            }
        }
        // Every worker has ended. What is left follows a gap (an item that stopped the run
        // elsewhere never came): still in order, none past the last item.
        let end = end.load(Ordering::Relaxed);
        if open {
            for (n, t) in waiting {
                if n > end || !emit(n, t) {
                    break;
                }
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounded_ordered_and_stopping() {
        let busy = AtomicU64::new(0);
        let peak = AtomicU64::new(0);
        let out = run(
            3,
            0,
            || (),
            |_, n| {
                if n >= 50 {
                    return Step::Done;
                }
                let now = busy.fetch_add(1, Ordering::SeqCst) + 1;
                peak.fetch_max(now, Ordering::SeqCst);
                std::thread::sleep(std::time::Duration::from_millis(1));
                busy.fetch_sub(1, Ordering::SeqCst);
                Step::Item(n * 2)
            },
        );
        assert_eq!(out.iter().map(|(n, _)| *n).collect::<Vec<_>>(), (0..50).collect::<Vec<_>>());
        assert!(peak.load(Ordering::SeqCst) <= 3);
        let last = run(
            4,
            1,
            || (),
            |_, n| {
                if n == 7 {
                    Step::Last(n)
                } else if n > 100 {
                    Step::Done
                } else {
                    Step::Item(n)
                }
            },
        );
        assert_eq!(last.last().unwrap().0, 7, "nothing past the last item");
        let stopped = run(
            2,
            1,
            || (),
            |_, n| {
                if n == 3 {
                    Step::Stop(n)
                } else if n > 1000 {
                    Step::Done
                } else {
                    Step::Item(n)
                }
            },
        );
        assert!(stopped.len() < 1000 && stopped.iter().any(|(n, _)| *n == 3));
    }
}
