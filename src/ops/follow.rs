//! Following an append-only log as it grows (`audit list --follow`, `wp events --follow`): the
//! rows that exist, then each new row once, as it is committed. Each read is its own short read
//! transaction, which checks the acting user again (a user who lost access stops seeing rows:
//! the read fails as `audit list` or `wp events` would).
//!
//! Ids are not committed in id order on PostgreSQL: a transaction may take id 7 from the
//! sequence, and commit after another that took 8. A follower that read on from "the last id
//! seen" would skip 7. So the follower keeps the ids it has not seen below the newest it has
//! seen (gaps) and reads them again on every poll, for [`GAP_WAIT`] (a rolled-back insert leaves
//! a gap that never fills). A row found in a gap is printed then: rows come in commit order,
//! each once, and their ids can step back. On SQLite writers take turns, so ids commit in order
//! and gaps only come from rolled-back inserts; the same code serves both.

use std::time::{Duration, Instant};

use super::{read, Ctx};
use crate::domain::{AuditEntry, AuditQuery, SiteRef, SyncEvent};
use crate::error::Result;
use crate::rules;
use crate::store::{Flow, Store, TAIL_RANGES};

/// How long an id not yet seen is looked for: longer than any transaction of ours should hold
/// an id before it commits.
pub const GAP_WAIT: Duration = Duration::from_secs(600);
/// At most this many rows per read; a full read is followed at once by the next.
pub const BATCH: i64 = 500;
/// When the follow starts, ids missing among this many newest ids are looked for too (a
/// transaction in flight then may commit a lower id later).
const START_WINDOW: i64 = 1000;

/// Where a follower stands: every id up to `high` has been seen, except the gaps.
#[derive(Debug, Clone)]
pub struct Tail {
    high: i64,
    /// Ids not seen yet, as inclusive ranges in id order, with when each was first missed.
    gaps: Vec<(i64, i64, Instant)>,
}

impl Tail {
    /// After the rows printed first: `newest` are the table's newest ids (newest first) in the
    /// same snapshot; `after` is where the follower asked to start.
    pub fn start(newest: &[i64], after: Option<i64>, now: Instant) -> Tail {
        let floor = after.unwrap_or(i64::MIN);
        let mut tail = Tail { high: newest.last().map_or(0, |oldest| oldest - 1).max(floor), gaps: Vec::new() };
        for id in newest.iter().rev() {
            if *id > floor {
                tail.saw(*id, now);
            }
        }
        tail
    }

    /// The id ranges the next read covers: the oldest open gaps and everything above `high`.
    /// Gaps looked for longer than [`GAP_WAIT`] are given up.
    pub fn ranges(&mut self, now: Instant) -> Vec<(i64, i64)> {
        self.gaps.retain(|(_, _, since)| now.duration_since(*since) < GAP_WAIT);
        // Past the slots, the oldest gaps are given up: many transactions in flight at once.
        while self.gaps.len() > TAIL_RANGES - 1 {
            self.gaps.remove(0);
        }
        let mut ranges: Vec<(i64, i64)> = self.gaps.iter().map(|(lo, hi, _)| (*lo, *hi)).collect();
        ranges.push((self.high.saturating_add(1), i64::MAX));
        ranges
    }

    /// Notes the table's newest id now. Below `high`, the newest rows were deleted (a site's
    /// events go with its purge), and SQLite hands their ids out again: they are new from here.
    pub fn rewind_to(&mut self, newest: i64) {
        if newest < self.high {
            self.high = newest;
            self.gaps.retain(|(lo, _, _)| *lo <= newest);
            if let Some(last) = self.gaps.last_mut() {
                last.1 = last.1.min(newest);
            }
        }
    }

    /// Notes that `id` exists; true when it is new to this follower (print it, if it matches).
    pub fn saw(&mut self, id: i64, now: Instant) -> bool {
        if id > self.high {
            if id > self.high + 1 {
                self.gaps.push((self.high + 1, id - 1, now));
            }
            self.high = id;
            return true;
        }
        let Some(at) = self.gaps.iter().position(|(lo, hi, _)| (*lo..=*hi).contains(&id)) else { return false };
        let (lo, hi, since) = self.gaps.remove(at);
        if id < hi {
            self.gaps.insert(at, (id + 1, hi, since));
        }
        if id > lo {
            self.gaps.insert(at, (lo, id - 1, since));
        }
        true
    }
}

/// `audit list --follow`, first step: the rows `audit list` prints, and where to go on from.
pub fn follow_audit_start(
    store: &mut Store,
    ctx: &Ctx,
    q: &AuditQuery,
    each: impl FnMut(AuditEntry) -> Result<Flow>,
) -> Result<Tail> {
    read(store, ctx, |tx, actor| {
        rules::require_operator(actor, "read the audit log")?;
        tx.each_audit(q, each)?;
        Ok(Tail::start(&tx.newest_ids("audit_log", START_WINDOW)?, q.after, Instant::now()))
    })
}

/// `audit list --follow`, each poll: the new matching rows; returns how many rows it read.
pub fn follow_audit_poll(
    store: &mut Store,
    ctx: &Ctx,
    q: &AuditQuery,
    tail: &mut Tail,
    mut each: impl FnMut(AuditEntry) -> Result<Flow>,
) -> Result<i64> {
    read(store, ctx, |tx, actor| {
        rules::require_operator(actor, "read the audit log")?;
        let now = Instant::now();
        let (ranges, mut read) = (tail.ranges(now), 0);
        tx.each_audit_tail(q, &ranges, BATCH, |id, row| {
            read += 1;
            match row {
                Some(row) if tail.saw(id, now) => each(row),
                _ => {
                    tail.saw(id, now);
                    Ok(Flow::Continue(()))
                }
            }
        })?;
        Ok(read)
    })
}

/// `wp events SITE --follow`, first step: the events `wp events` prints, and where to go on
/// from.
pub fn follow_events_start(
    store: &mut Store,
    ctx: &Ctx,
    r: &SiteRef,
    newest: Option<i64>,
    after: Option<i64>,
    each: impl FnMut(SyncEvent) -> Result<Flow>,
) -> Result<Tail> {
    read(store, ctx, |tx, actor| {
        let site = super::sites::resolve(tx, actor, r)?;
        tx.each_event(site.id, newest, after, each)?;
        Ok(Tail::start(&tx.newest_ids("sync_events", START_WINDOW)?, after, Instant::now()))
    })
}

/// `wp events SITE --follow`, each poll: the site's new events (the site is resolved again, as
/// the acting user sees it); returns how many rows it read.
pub fn follow_events_poll(
    store: &mut Store,
    ctx: &Ctx,
    r: &SiteRef,
    tail: &mut Tail,
    mut each: impl FnMut(SyncEvent) -> Result<Flow>,
) -> Result<i64> {
    read(store, ctx, |tx, actor| {
        let site = super::sites::resolve(tx, actor, r)?;
        tail.rewind_to(tx.newest_ids("sync_events", 1)?.first().copied().unwrap_or(0));
        let now = Instant::now();
        let (ranges, mut read) = (tail.ranges(now), 0);
        tx.each_event_tail(site.id, &ranges, BATCH, |id, event| {
            read += 1;
            match event {
                Some(event) if tail.saw(id, now) => each(event),
                _ => {
                    tail.saw(id, now);
                    Ok(Flow::Continue(()))
                }
            }
        })?;
        Ok(read)
    })
}

#[cfg(test)]
mod tests {
    use super::Tail;
    use std::time::{Duration, Instant};

    #[test]
    fn a_lower_id_committed_later_is_seen_once() {
        let now = Instant::now();
        let mut t = Tail::start(&[5, 4, 3], None, now);
        assert_eq!(t.ranges(now), vec![(6, i64::MAX)]);
        assert!(t.saw(8, now), "8 is new; 6 and 7 are missing");
        assert_eq!(t.ranges(now), vec![(6, 7), (9, i64::MAX)]);
        assert!(t.saw(7, now));
        assert!(!t.saw(7, now), "once");
        assert!(!t.saw(8, now), "once");
        assert_eq!(t.ranges(now), vec![(6, 6), (9, i64::MAX)]);
        assert!(t.saw(6, now));
        assert_eq!(t.ranges(now), vec![(9, i64::MAX)]);
        assert!(!t.saw(2, now), "before the start");
    }

    #[test]
    fn ids_freed_by_a_deletion_are_new_again() {
        let now = Instant::now();
        let mut t = Tail::start(&[10, 9, 6], None, now);
        t.rewind_to(10);
        assert_eq!(t.ranges(now), vec![(7, 8), (11, i64::MAX)]);
        t.rewind_to(7);
        assert_eq!(t.ranges(now), vec![(7, 7), (8, i64::MAX)]);
        assert!(t.saw(9, now), "9 was deleted and handed out again");
        assert!(t.saw(7, now));
    }

    #[test]
    fn gaps_at_the_start_and_after() {
        let now = Instant::now();
        let mut t = Tail::start(&[10, 7, 6], None, now);
        assert_eq!(t.ranges(now), vec![(8, 9), (11, i64::MAX)]);
        let mut t = Tail::start(&[10, 7, 6], Some(8), now);
        assert_eq!(t.ranges(now), vec![(9, 9), (11, i64::MAX)]);
        let mut t = Tail::start(&[], Some(20), now);
        assert_eq!(t.ranges(now), vec![(21, i64::MAX)]);
        assert!(!t.saw(20, now));
        let mut t = Tail::start(&[], None, now);
        assert_eq!(t.ranges(now), vec![(1, i64::MAX)]);
    }

    #[test]
    fn old_gaps_are_given_up() {
        let now = Instant::now();
        let mut t = Tail::start(&[1], None, now);
        t.saw(3, now);
        assert_eq!(t.ranges(now + super::GAP_WAIT + Duration::from_secs(1)), vec![(4, i64::MAX)]);
        let mut t = Tail::start(&[1], None, now);
        for id in (3..200).step_by(2) {
            t.saw(id, now);
        }
        assert_eq!(t.ranges(now).len(), crate::store::TAIL_RANGES);
    }
}
