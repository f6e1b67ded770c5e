//! The terminal itself: the width to lay out for, and times as people read them there.

use chrono::{DateTime, Utc};

/// The width to lay out for: `columns` (`COLUMNS`, read by the context) when set, else what the
/// terminal reports, else 100; a terminal that reports no size (a pseudo-terminal under
/// `script`) never gets zero.
pub fn terminal_width(columns: Option<usize>) -> usize {
    let from_env = columns.filter(|w| *w > 0);
    let from_tty = console::Term::stdout().size_checked().map(|(_, cols)| cols as usize).filter(|w| *w > 0);
    from_env.or(from_tty).unwrap_or(100).clamp(20, 1000)
}

/// Whether a cell is one of our stored timestamps (`2026-11-26T09:41:00Z`).
pub(super) fn is_timestamp(c: &str) -> bool {
    c.len() == 20 && c.ends_with('Z') && chrono::DateTime::parse_from_rfc3339(c).is_ok()
}

/// "3 hours ago (2026-11-26 09:41 UTC)"; the time as given when it does not parse.
pub fn when(ts: &str, now: DateTime<Utc>) -> String {
    let Ok(t) = DateTime::parse_from_rfc3339(ts) else { return ts.to_string() };
    let t = t.with_timezone(&Utc);
    let secs = (now - t).num_seconds();
    let (n, unit) = match secs.abs() {
        s if s < 60 => return format!("just now ({})", t.format("%Y-%m-%d %H:%M UTC")),
        s if s < 3600 => (s / 60, "minute"),
        s if s < 86_400 => (s / 3600, "hour"),
        s if s < 86_400 * 60 => (s / 86_400, "day"),
        s if s < 86_400 * 730 => (s / (86_400 * 30), "month"),
        s => (s / (86_400 * 365), "year"),
    };
    let plural = if n == 1 { "" } else { "s" };
    let rel = if secs >= 0 { format!("{n} {unit}{plural} ago") } else { format!("in {n} {unit}{plural}") };
    format!("{rel} ({})", t.format("%Y-%m-%d %H:%M UTC"))
}
