//! Who is publishing an item right now, so that a later run can tell a run still at work (leave
//! the item alone) from one that died (finish its work). A claim names the process:
//! `host:pid:start` (the start time keeps a reused pid from passing for the dead run). On the
//! same host the process itself answers; a claim from another host holds for a lease.

use std::sync::OnceLock;

use chrono::{DateTime, Duration, Utc};

/// How long a claim from another host (whose process cannot be asked) counts as live.
const LEASE: Duration = Duration::minutes(15);

fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| std::fs::read_to_string("/etc/hostname"))
        .map(|h| h.trim().to_string())
        .ok()
        .filter(|h| !h.is_empty() && !h.contains(':'))
        .unwrap_or_else(|| "unknown".into())
}

/// A process's start time (clock ticks after boot), from `/proc`; `None` when it is gone or
/// there is no `/proc`.
fn start_time(pid: u32) -> Option<String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may hold spaces: count fields after the last ')'.
    let after = &stat[stat.rfind(')')? + 1..];
    after.split_whitespace().nth(19).map(str::to_string)
}

/// This process's claim.
pub(super) fn me() -> &'static str {
    static ME: OnceLock<String> = OnceLock::new();
    ME.get_or_init(|| {
        let pid = std::process::id();
        format!("{}:{pid}:{}", hostname(), start_time(pid).unwrap_or_else(|| "0".into()))
    })
}

/// Whether the run that made `claim` (at `claimed_at`, RFC 3339) may still be at work at `now`.
pub(super) fn is_live(claim: &str, claimed_at: &str, now: &str) -> bool {
    let mut parts = claim.rsplitn(3, ':');
    let (start, pid, host) = (parts.next(), parts.next().and_then(|p| p.parse::<u32>().ok()), parts.next());
    if let (Some(start), Some(pid), Some(host)) = (start, pid, host) {
        if host == hostname() && start_time(std::process::id()).is_some() {
            return start_time(pid).as_deref() == Some(start);
        }
    }
    let at = |t: &str| DateTime::parse_from_rfc3339(t).ok().map(|t| t.with_timezone(&Utc));
    match (at(claimed_at), at(now)) {
        (Some(claimed), Some(now)) => now < claimed + LEASE,
        // An unreadable time: assume the other run is alive; --force takes over.
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_is_live_while_its_process_is() {
        let now = "2026-01-01T00:00:00Z";
        assert!(is_live(me(), now, now), "this process");
        // A pid that cannot be running (above the kernel's limit) on this host: dead at once.
        let dead = format!("{}:4194305:1", hostname());
        assert!(!is_live(&dead, now, now));
        // Another host: live for the lease, then not.
        assert!(is_live("elsewhere:12:34", now, "2026-01-01T00:14:00Z"));
        assert!(!is_live("elsewhere:12:34", now, "2026-01-01T00:16:00Z"));
    }
}
