//! `check`: what is wrong across the fleet the acting user may see, as findings a monitoring
//! system can act on (each with a site, a severity, a stable kind and the command that fixes it).
//!
//! Everything comes from what sitectl already records (connections, syncs, publishing, the
//! scheduled posts a sync read, plan usage), in a few aggregate queries over the selected sites
//! in one read snapshot: the cost does not grow with one query per site, and nothing is held in
//! memory per site. Findings go to a [`CheckSink`] as they are read; the summary counts them.

use std::collections::BTreeMap;

use serde::Serialize;

use super::fleet::{self, Selectors};
use super::{accounts, read, Ctx};
use crate::domain::{Actor, ConnectionStatus, SyncStatus, Visibility, WpMode};
use crate::error::Result;
use crate::rules;
use crate::store::{Flow, SiteHealth, Store};

/// The kinds of finding: a stable vocabulary for scripts and alert rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingKind {
    ConnectionError,
    SyncStale,
    BridgeUnhealthy,
    PublishMissed,
    PublishFailed,
    PublishStuck,
    WpMissedSchedule,
    OverPlan,
    Integrity,
}

impl FindingKind {
    pub const ALL: &'static [FindingKind] = &[
        FindingKind::ConnectionError,
        FindingKind::SyncStale,
        FindingKind::BridgeUnhealthy,
        FindingKind::PublishMissed,
        FindingKind::PublishFailed,
        FindingKind::PublishStuck,
        FindingKind::WpMissedSchedule,
        FindingKind::OverPlan,
        FindingKind::Integrity,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            FindingKind::ConnectionError => "connection_error",
            FindingKind::SyncStale => "sync_stale",
            FindingKind::BridgeUnhealthy => "bridge_unhealthy",
            FindingKind::PublishMissed => "publish_missed",
            FindingKind::PublishFailed => "publish_failed",
            FindingKind::PublishStuck => "publish_stuck",
            FindingKind::WpMissedSchedule => "wp_missed_schedule",
            FindingKind::OverPlan => "over_plan",
            FindingKind::Integrity => "integrity",
        }
    }
}

/// How bad a finding is, in the order a monitoring system ranks them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Warning,
    Critical,
}

impl Severity {
    pub const ALL: &'static [Severity] = &[Severity::Warning, Severity::Critical];

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Critical => "critical",
        }
    }
}

/// The overall result: the worst severity found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Health {
    Ok,
    Warning,
    Critical,
}

/// One problem.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub kind: FindingKind,
    /// `ACCOUNT/SLUG`, or `None` for an account's or the database's problem.
    pub site: Option<String>,
    /// The account, for a problem of the account as a whole.
    pub account: Option<String>,
    pub message: String,
    pub fix: String,
}

impl Finding {
    /// A finding with every field, for checking a choice of fields against.
    pub fn sample() -> Finding {
        Finding {
            severity: Severity::Warning,
            kind: FindingKind::SyncStale,
            site: None,
            account: None,
            message: String::new(),
            fix: String::new(),
        }
    }
}

/// What `check` knows of one selected site besides its findings (for per-site metrics).
#[derive(Debug, Clone)]
pub struct SiteSample {
    pub site: String,
    pub connected: bool,
    /// Seconds since the last successful sync; `None` when never synced or not connected.
    pub last_sync_age: Option<i64>,
}

/// Where `check` hands what it reads, as it reads it. Either returns false to stop (its
/// output is gone).
pub trait CheckSink {
    fn site(&mut self, site: &SiteSample) -> bool;
    fn finding(&mut self, finding: Finding) -> bool;
}

/// Thresholds (seconds) and which sites.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub warn_sync_age: i64,
    pub crit_sync_age: i64,
    pub grace: i64,
    pub selectors: Selectors,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            warn_sync_age: 24 * 3600,
            crit_sync_age: 72 * 3600,
            grace: 15 * 60,
            selectors: Selectors::default(),
        }
    }
}

/// What the check covered and found.
#[derive(Debug, Clone, Serialize)]
pub struct CheckSummary {
    pub health: Health,
    pub sites: u64,
    pub critical: u64,
    pub warning: u64,
    /// Findings per kind and severity (every pair that exists, zeros included).
    #[serde(skip)]
    pub counts: BTreeMap<(FindingKind, Severity), u64>,
}

impl CheckSummary {
    pub fn count(&self, kind: FindingKind) -> u64 {
        Severity::ALL.iter().map(|s| self.counts.get(&(kind, *s)).copied().unwrap_or(0)).sum()
    }
}

/// Counts findings on their way to the sink, and remembers whether the sink stopped.
struct Counting<'s> {
    sink: &'s mut dyn CheckSink,
    summary: CheckSummary,
    stopped: bool,
}

impl Counting<'_> {
    fn emit(&mut self, f: Finding) -> Flow {
        *self.summary.counts.entry((f.kind, f.severity)).or_default() += 1;
        match f.severity {
            Severity::Critical => self.summary.critical += 1,
            Severity::Warning => self.summary.warning += 1,
        }
        if self.stopped || !self.sink.finding(f) {
            self.stopped = true;
            return Flow::Break(());
        }
        Flow::Continue(())
    }
}

/// Seconds from `then` to `now` (both RFC 3339); `None` when either does not parse.
fn age(now: &chrono::DateTime<chrono::FixedOffset>, then: &str) -> Option<i64> {
    chrono::DateTime::parse_from_rfc3339(then).ok().map(|t| (*now - t).num_seconds())
}

/// The health the bridge plugin reports when all is well (`igny8/v1/status`).
const BRIDGE_HEALTHY: &str = "healthy";

/// A duration for people: `3d 4h`, `26h`, `15m`, `40s`.
fn human(secs: i64) -> String {
    match secs {
        s if s >= 2 * 86400 => format!("{}d {}h", s / 86400, s % 86400 / 3600),
        s if s >= 3600 => format!("{}h", s / 3600),
        s if s >= 60 => format!("{}m", s / 60),
        s => format!("{s}s"),
    }
}

/// Text from WordPress or the database inside a message: one line of at most 300 characters.
fn quoted(text: &str) -> String {
    let line: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).take(300).collect();
    line.trim().to_string()
}

/// Runs the check for the acting user and hands each site and finding to `sink`.
pub fn check(store: &mut Store, ctx: &Ctx, o: &CheckOptions, sink: &mut dyn CheckSink) -> Result<CheckSummary> {
    read(store, ctx, |tx, actor| {
        let selection = fleet::resolve(tx, actor, &o.selectors)?;
        // The command's clock (a read transaction has none of its own).
        let clock = ctx.now();
        let now = chrono::DateTime::parse_from_rfc3339(&clock)
            .map_err(|e| crate::Error::internal(format!("the clock's time does not parse: {e}")))?;
        let summary = CheckSummary { health: Health::Ok, sites: 0, critical: 0, warning: 0, counts: BTreeMap::new() };
        let mut out = Counting { sink, summary, stopped: false };
        let f = &selection.filter;

        tx.each_site_health(f, |s| {
            if !selection.admits(s.site_id) {
                return Ok(Flow::Continue(()));
            }
            out.summary.sites += 1;
            Ok(site_findings(&s, &now, o, &mut out))
        })?;

        let cutoff = (now - chrono::Duration::seconds(o.grace)).with_timezone(&chrono::Utc);
        let cutoff_rfc = cutoff.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        tx.each_content_trouble(f, &cutoff_rfc, |c| {
            if out.stopped || !selection.admits(c.site_id) {
                return Ok(Flow::Continue(()));
            }
            let (kind, severity, what) = if c.failed {
                (FindingKind::PublishFailed, Severity::Warning, "failed to publish")
            } else {
                (
                    FindingKind::PublishMissed,
                    Severity::Critical,
                    "approved, past their scheduled time and not published",
                )
            };
            let since = c.oldest.as_deref().map(|t| format!(" (earliest scheduled {t})")).unwrap_or_default();
            Ok(out.emit(Finding {
                severity,
                kind,
                site: Some(c.site.clone()),
                account: None,
                message: format!("{} content items {what}{since}; first: content {}", c.count, c.first_id),
                fix: format!("sitectl wp publish {}", c.first_id),
            }))
        })?;

        tx.each_publishing(f, |p| {
            let live =
                p.claimed_by.as_deref().is_some_and(|c| super::wordpress::claim::is_live(c, &p.claimed_at, &clock));
            if live || out.stopped || !selection.admits(p.site_id) {
                return Ok(Flow::Continue(()));
            }
            Ok(out.emit(Finding {
                severity: Severity::Warning,
                kind: FindingKind::PublishStuck,
                site: Some(p.site.clone()),
                account: None,
                message: format!("content {}: the run publishing it is gone (claimed {})", p.content_id, p.claimed_at),
                fix: format!("sitectl wp publish {} (it looks the post up before creating one)", p.content_id),
            }))
        })?;

        let cutoff_wp = cutoff.format("%Y-%m-%dT%H:%M:%S").to_string();
        tx.each_late_scheduled(f, &cutoff_wp, |l| {
            if out.stopped || !selection.admits(l.site_id) {
                return Ok(Flow::Continue(()));
            }
            Ok(out.emit(Finding {
                severity: Severity::Warning,
                kind: FindingKind::WpMissedSchedule,
                site: Some(l.site.clone()),
                account: None,
                message: format!(
                    "{} posts WordPress holds as scheduled are past their time (earliest {}Z): its cron did not publish them",
                    l.count, l.oldest
                ),
                fix: format!(
                    "run WordPress's due events (`wp cron event run --due-now` on its host, or a system cron calling wp-cron.php), then sitectl wp sync {}",
                    l.site
                ),
            }))
        })?;

        over_plan(tx, actor, &selection, &mut out)?;
        // The database's integrity is the operator's, and the whole database's: a check scoped
        // to some sites (a per-customer service) is not made CRITICAL by another tenant's rows.
        if matches!(actor, Actor::Operator) && !o.selectors.any() && !out.stopped {
            let (mut warnings, mut unchecked) = (Vec::new(), Vec::new());
            // Plan usage and stuck publishing are findings of their own, above.
            let checks = super::doctor::Checks::IntegrityAndRules;
            let (_, problems) = super::doctor::problems(tx, ctx, checks, &mut warnings, &mut unchecked)?;
            for p in problems {
                if out
                    .emit(Finding {
                        severity: Severity::Critical,
                        kind: FindingKind::Integrity,
                        site: None,
                        account: None,
                        message: format!("{} ({}): {}", p.subject, p.check, quoted(&p.message)),
                        fix: p.fix,
                    })
                    .is_break()
                {
                    break;
                }
            }
        }
        let mut summary = out.summary;
        summary.health = if summary.critical > 0 {
            Health::Critical
        } else if summary.warning > 0 {
            Health::Warning
        } else {
            Health::Ok
        };
        Ok(summary)
    })
}

/// A site's connection and sync findings, and its sample.
fn site_findings(
    s: &SiteHealth,
    now: &chrono::DateTime<chrono::FixedOffset>,
    o: &CheckOptions,
    out: &mut Counting<'_>,
) -> Flow {
    let last_sync_age = s.integration.as_ref().and_then(|i| i.last_sync_at.as_deref()).and_then(|t| age(now, t));
    let sample = SiteSample { site: s.site.clone(), connected: s.integration.is_some(), last_sync_age };
    if !out.sink.site(&sample) {
        out.stopped = true;
        return Flow::Break(());
    }
    let Some(i) = &s.integration else { return Flow::Continue(()) };
    if i.connection == ConnectionStatus::Error || i.sync == SyncStatus::Error {
        let what = if i.sync == SyncStatus::Error { "the last sync failed" } else { "the last connection test failed" };
        let why = i.error.as_deref().map(|e| format!(": {}", quoted(e))).unwrap_or_default();
        out.emit(Finding {
            severity: Severity::Critical,
            kind: FindingKind::ConnectionError,
            site: Some(s.site.clone()),
            account: None,
            message: format!("{what}{why}"),
            fix: format!("sitectl wp test {}", s.site),
        })?;
    }
    if let (WpMode::Bridge, Some(health)) = (i.mode, i.bridge_health.as_deref()) {
        if health != BRIDGE_HEALTHY {
            let version = i.bridge_version.as_deref().map(|v| format!(" {}", quoted(v))).unwrap_or_default();
            out.emit(Finding {
                severity: Severity::Warning,
                kind: FindingKind::BridgeUnhealthy,
                site: Some(s.site.clone()),
                account: None,
                message: format!("the bridge plugin{version} reports its health as '{}'", quoted(health)),
                fix: format!("repair the plugin in WordPress, then sitectl wp inventory {} --refresh", s.site),
            })?;
        }
    }
    // Never synced: stale once the integration is older than the thresholds.
    let (stale_for, never) = match last_sync_age {
        Some(a) => (Some(a), false),
        None => (age(now, &i.created_at), true),
    };
    if let Some(a) = stale_for {
        let severity = if a > o.crit_sync_age {
            Some(Severity::Critical)
        } else if a > o.warn_sync_age {
            Some(Severity::Warning)
        } else {
            None
        };
        if let Some(severity) = severity {
            let message = if never {
                format!("never synced; connected {} ago", human(a))
            } else {
                format!("last successful sync {} ago", human(a))
            };
            out.emit(Finding {
                severity,
                kind: FindingKind::SyncStale,
                site: Some(s.site.clone()),
                account: None,
                message,
                fix: format!("sitectl wp sync {}", s.site),
            })?;
        }
    }
    Flow::Continue(())
}

/// Sites over their plan's sectors, and (for whoever may see the whole account) accounts over
/// their plan's sites or users.
fn over_plan(
    tx: &crate::store::Tx<'_>,
    actor: &Actor,
    selection: &fleet::Selection,
    out: &mut Counting<'_>,
) -> Result<()> {
    let fix = |account: &str| {
        format!("sitectl account set-plan {account} PLAN (a larger plan), or remove what is over the limit")
    };
    tx.each_sector_overage(&selection.filter, |o| {
        if out.stopped || !selection.admits(o.site_id) {
            return Ok(Flow::Continue(()));
        }
        let account = o.site.split('/').next().unwrap_or_default().to_string();
        // In the words of `account show` and `db doctor`.
        let usage = [accounts::SiteSectorUsage::new(o.site_id, o.site.clone(), o.sectors, o.limit)];
        let no_users = accounts::Usage::new(0, 0);
        Ok(out.emit(Finding {
            severity: Severity::Warning,
            kind: FindingKind::OverPlan,
            site: Some(o.site.clone()),
            account: Some(account.clone()),
            message: accounts::over_limits(&o.plan, None, &no_users, &usage).join("; "),
            fix: fix(&account),
        }))
    })?;
    // An editor or viewer sees granted sites, not the account's usage.
    if out.stopped || matches!(rules::visibility(actor), Visibility::Grants(_)) || selection.listed.is_some() {
        return Ok(());
    }
    for a in tx.account_overages(&selection.filter)? {
        let sites = accounts::Usage::new(a.sites, a.max_sites);
        let users = accounts::Usage::new(a.users, a.max_users);
        let finding = Finding {
            severity: Severity::Warning,
            kind: FindingKind::OverPlan,
            site: None,
            account: Some(a.account.clone()),
            message: accounts::over_limits(&a.plan, Some(&sites), &users, &[]).join("; "),
            fix: fix(&a.account),
        };
        if out.emit(finding).is_break() {
            break;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{FindingKind, Severity};

    /// The words scripts and alert rules match on: `as_str` (Nagios, OpenMetrics) and the JSON
    /// form are the same word for every kind and severity.
    #[test]
    fn the_vocabulary_has_one_spelling() {
        for k in FindingKind::ALL {
            assert_eq!(serde_json::to_value(k).unwrap(), k.as_str(), "{k:?}");
        }
        for s in Severity::ALL {
            assert_eq!(serde_json::to_value(s).unwrap(), s.as_str(), "{s:?}");
        }
    }
}
