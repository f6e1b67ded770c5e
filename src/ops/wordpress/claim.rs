//! Who is publishing an item right now, so that a later run can tell a run still at work (leave
//! the item alone) from one that died (finish its work). A claim names the process:
//! `host:space:pid:start`, where `space` is the kernel boot and pid namespace it runs in (so two
//! containers, or two machines, with one host name never take each other's pids for their own)
//! and `start` its start time (so a reused pid does not pass for the dead run). A run that can
//! see the claimant's process asks it; any other claim holds for a lease.

use std::sync::OnceLock;

use chrono::{DateTime, Duration, Utc};

/// How long a claim whose process cannot be asked counts as live.
const LEASE: Duration = Duration::minutes(15);

fn first_line(path: &str) -> Option<String> {
    let text = std::fs::read_to_string(path).ok()?;
    let line = text.lines().next()?.trim().to_string();
    (!line.is_empty()).then_some(line)
}

fn hostname() -> String {
    first_line("/proc/sys/kernel/hostname")
        .or_else(|| first_line("/etc/hostname"))
        .filter(|h| !h.contains(':'))
        .unwrap_or_else(|| "unknown".into())
}

/// This process's kernel boot and pid namespace, when `/proc` tells them.
fn process_space() -> Option<String> {
    let boot = first_line("/proc/sys/kernel/random/boot_id")?;
    let ns = std::fs::read_link("/proc/self/ns/pid").ok()?;
    let ns: String = ns.to_string_lossy().chars().filter(char::is_ascii_digit).collect();
    (!ns.is_empty() && !boot.contains(':')).then(|| format!("{boot}/{ns}"))
}

/// A process's start time (clock ticks after boot), from `/proc`; `None` when it is gone.
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
        let space = process_space().unwrap_or_else(|| "-".into());
        format!("{}:{space}:{pid}:{}", hostname(), start_time(pid).unwrap_or_else(|| "0".into()))
    })
}

/// Whether the run that made `claim` (at `claimed_at`, RFC 3339) may still be at work at `now`.
pub(crate) fn is_live(claim: &str, claimed_at: &str, now: &str) -> bool {
    let mut parts = claim.rsplitn(4, ':');
    let (start, pid, space) = (parts.next(), parts.next().and_then(|p| p.parse::<u32>().ok()), parts.next());
    if let (Some(start), Some(pid), Some(space), Some(mine)) = (start, pid, space, process_space()) {
        if space == mine {
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
        // A pid that cannot be running (above the kernel's limit) in this process's space: dead.
        let space = process_space().expect("/proc on the test machine");
        assert!(!is_live(&format!("{}:{space}:4194305:1", hostname()), now, now));
        // This pid with another start time: a reused pid, not the claimant.
        assert!(!is_live(&format!("{}:{space}:{}:1", hostname(), std::process::id()), now, now));
        // Another machine or container, even with this host name: live for the lease, then not.
        let elsewhere = format!("{}:other-boot/1:12:34", hostname());
        assert!(is_live(&elsewhere, now, "2026-01-01T00:14:00Z"));
        assert!(!is_live(&elsewhere, now, "2026-01-01T00:16:00Z"));
    }
}
