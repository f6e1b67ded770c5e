//! `sitectl check`: the fleet's health for people, scripts and monitoring systems. Its exit
//! codes follow the Nagios plugin API in every format: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN
//! (any failure to evaluate, a usage error included; see `main`).

use std::path::PathBuf;

use clap::Args;
use sitectl::domain::SiteRef;
use sitectl::ops::check::{self, CheckOptions, CheckSink, CheckSummary, Finding, Health, SiteSample};
use sitectl::{Code, Error};

use super::fleet::FleetArgs;
use super::ui::monitor::{self, OpenMetrics, NAGIOS_DETAIL_LINES};
use super::ui::ListWriter;
use super::{CliError, CommandContext};

pub const EXAMPLES: &str = "Examples:
  sitectl check
  sitectl check acme/blog --format json
  sitectl check --nagios --warn-sync-age 12h --crit-sync-age 2d
  sitectl check --plan enterprise --openmetrics /var/lib/node_exporter/textfile/sitectl.prom

Exit codes (Nagios plugin API, in every format): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN
(a usage error, an unreachable or locked database, any failure to evaluate).";

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Only these sites (with the selectors, all must admit a site)
    sites: Vec<SiteRef>,
    #[command(flatten)]
    fleet: FleetArgs,
    /// A sync older than this is a warning (s, m, h, d: 90m, 24h, 2d)
    #[arg(long, value_name = "AGE", default_value = "24h", value_parser = duration)]
    warn_sync_age: i64,
    /// A sync older than this is critical
    #[arg(long, value_name = "AGE", default_value = "72h", value_parser = duration)]
    crit_sync_age: i64,
    /// How late a scheduled publication may be before it is missed
    #[arg(long, value_name = "AGE", default_value = "15m", value_parser = duration)]
    grace: i64,
    /// Print one Nagios status line with performance data, then the first findings
    #[arg(long, conflicts_with_all = ["openmetrics", "jq"])]
    nagios: bool,
    /// Write OpenMetrics text to PATH (replaced atomically) or to stdout (`-`)
    #[arg(long, value_name = "PATH", conflicts_with = "jq")]
    openmetrics: Option<PathBuf>,
}

/// The longest age a threshold takes: ten years.
const MAX_AGE: i64 = 10 * 365 * 86400;

/// `90s`, `15m`, `24h`, `2d` (or bare seconds) as seconds.
fn duration(text: &str) -> Result<i64, Error> {
    let bad = || {
        Error::new(Code::InvalidDuration, format!("invalid duration {:?}", text.chars().take(40).collect::<String>()))
            .with_hint("a whole number with a unit: 90s, 15m, 24h, 2d")
    };
    let t = text.trim();
    let (digits, unit) = t.split_at(t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len()));
    let scale = match unit {
        "" | "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86400,
        _ => return Err(bad()),
    };
    let n: i64 = digits.parse().map_err(|_| bad())?;
    n.checked_mul(scale).filter(|s| *s <= MAX_AGE).ok_or_else(bad)
}

/// Findings printed in the chosen format as they are read.
struct Listing<'u> {
    writer: ListWriter<'u>,
    broken: Option<CliError>,
}

impl CheckSink for Listing<'_> {
    fn site(&mut self, _: &SiteSample) -> bool {
        true
    }
    fn finding(&mut self, f: Finding) -> bool {
        match self.writer.push(&f) {
            Ok(()) => true,
            Err(e) => {
                self.broken = Some(e);
                false
            }
        }
    }
}

/// The first findings, for Nagios's detail lines.
struct Keeping(Vec<Finding>);

impl CheckSink for Keeping {
    fn site(&mut self, _: &SiteSample) -> bool {
        true
    }
    fn finding(&mut self, f: Finding) -> bool {
        if self.0.len() < NAGIOS_DETAIL_LINES {
            self.0.push(f);
        }
        true
    }
}

impl CheckSink for OpenMetrics {
    fn site(&mut self, s: &SiteSample) -> bool {
        OpenMetrics::site(self, s)
    }
    fn finding(&mut self, _: Finding) -> bool {
        self.failed.is_none()
    }
}

pub fn run(cx: &mut CommandContext, a: CheckArgs) -> Result<(), CliError> {
    if a.warn_sync_age > a.crit_sync_age {
        return Err(Error::new(Code::Usage, "--warn-sync-age is longer than --crit-sync-age")
            .with_hint("a sync turns WARNING before it turns CRITICAL: give the warning the shorter age")
            .into());
    }
    // Interrupted: UNKNOWN, and no temporary metrics file is left behind.
    let nagios = a.nagios;
    cx.on_interrupt(i32::from(super::error::NAGIOS_UNKNOWN), move || {
        monitor::abandon_pending();
        if nagios {
            let _ = super::ui::write_data(b"SITECTL UNKNOWN - interrupted\n");
        }
        let _ = std::io::Write::write_all(&mut std::io::stderr(), b"Interrupted\n");
    });
    let o = CheckOptions {
        warn_sync_age: a.warn_sync_age,
        crit_sync_age: a.crit_sync_age,
        grace: a.grace,
        selectors: a.fleet.selectors(a.sites)?,
    };
    let summary = if a.nagios {
        let mut kept = Keeping(Vec::new());
        let summary = cx.call(|s, c| check::check(s, c, &o, &mut kept))?;
        super::ui::write_data(monitor::nagios(&summary, &kept.0).as_bytes())?;
        summary
    } else if let Some(path) = &a.openmetrics {
        let mut metrics = OpenMetrics::create(path)?;
        let summary = cx.call(|s, c| check::check(s, c, &o, &mut metrics))?;
        metrics.finish(&summary)?;
        summary
    } else {
        // An unknown --fields name is UNKNOWN whatever the fleet holds (not only at a finding).
        cx.ui.check_fields(&Finding::sample())?;
        // The list borrows its own copy of the output settings while the store is in use.
        let ui = cx.ui.clone();
        let writer = ui.list_writer(&["severity", "kind", "site", "account", "message", "fix"])?;
        let mut listing = Listing { writer, broken: None };
        let summary = cx.call(|s, c| check::check(s, c, &o, &mut listing))?;
        if let Some(e) = listing.broken {
            return Err(e);
        }
        listing.writer.finish()?;
        summary
    };
    finish(cx, &summary)
}

/// The plugin API's answer when the check could not run: a status line on stdout, where the
/// monitoring system reads it (the error itself goes to stderr as for every command).
pub fn nagios_unknown(e: &CliError) {
    let why = match e {
        CliError::Failed(e) => e.message.clone(),
        CliError::BrokenPipe | CliError::Status(_) => return,
    };
    let line = format!("SITECTL UNKNOWN - {}\n", monitor::nagios_line(&why));
    let _ = super::ui::write_data(line.as_bytes());
}

/// The summary on stderr; WARNING and CRITICAL end with exit 1 and 2.
fn finish(cx: &CommandContext, s: &CheckSummary) -> Result<(), CliError> {
    let line = format!("{} critical, {} warnings over {} sites", s.critical, s.warning, s.sites);
    match s.health {
        Health::Ok => {
            cx.ui.success(&format!("no problems over {} sites", s.sites));
            Ok(())
        }
        Health::Warning => {
            cx.ui.warn(&format!("WARNING: {line}"));
            Err(CliError::Status(1))
        }
        Health::Critical => {
            cx.ui.warn(&format!("CRITICAL: {line}"));
            Err(CliError::Status(2))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::duration;

    #[test]
    fn durations() {
        for (text, secs) in [("90", 90), ("90s", 90), ("15m", 900), ("24h", 86400), ("2d", 172800), ("0", 0)] {
            assert_eq!(duration(text).unwrap(), secs, "{text}");
        }
        for bad in ["", "h", "-1h", "1.5h", "1w", "24 h", "1e9h", "99999999999999999999d", "3650000d", "1hh", "١h"] {
            assert!(duration(bad).is_err(), "{bad}");
        }
    }
}
