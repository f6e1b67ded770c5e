//! Pulling structure and content into the mirror, for one site or a batch.

use crate::error::Code;
use std::collections::BTreeMap;

use serde::Serialize;

use crate::domain::{AuditAction, AuditTarget};
use crate::domain::{
    ContentTypes, EventKind, Integration, IntegrationConfig, MirrorCounts, Site, SiteRef, SyncStatus, WpContent, WpMode,
};
use crate::error::{Error, Result};
use crate::ops::{accounts, mutate, Audited, Ctx};
use crate::store::{EventOutcome, Store, Tx};
use crate::wordpress::scheduled::{Scheduled, ScheduledPost};
use crate::wordpress::{self, Http, PostType, Progress, RestRoot, RunBudget, RunLimits, Structure, TaxonomyInfo};

use super::connected;

/// What `wp sync` does.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    pub structure: bool,
    pub content: bool,
    /// Re-read everything and remove local rows whose post no longer exists.
    pub full: bool,
    /// Only these post types (slugs); all public types when empty.
    pub types: Vec<String>,
    pub concurrency: usize,
    /// What one run may read and keep in all.
    pub limits: RunLimits,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions {
            structure: true,
            content: true,
            full: false,
            types: Vec::new(),
            concurrency: 4,
            limits: RunLimits::default(),
        }
    }
}

/// Counts of one sync run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncSummary {
    #[serde(rename = "post_type_count")]
    pub post_types: usize,
    #[serde(rename = "taxonomy_count")]
    pub taxonomies: usize,
    pub terms: MirrorCounts,
    pub content: MirrorCounts,
    /// Items fetched per post type.
    pub fetched: BTreeMap<String, usize>,
    #[serde(rename = "request_count")]
    pub requests: u64,
    pub incremental: bool,
    /// Publishing records whose post this sync saw change (or, after a full sync, vanish).
    #[serde(rename = "publishing_records_refreshed")]
    pub records: usize,
    /// Posts WordPress holds as scheduled, as read for `check`'s missed schedule; `None` when
    /// they were not read (no content sync, or credentials that may not list them).
    #[serde(rename = "scheduled_posts")]
    pub scheduled: Option<usize>,
    #[serde(flatten)]
    pub inventory: super::inventory::InventoryOutcome,
}

/// What `wp sync` did for one site.
#[derive(Debug, Clone, Serialize)]
pub struct SyncReport {
    pub site_id: i64,
    pub site: String,
    pub mode: WpMode,
    #[serde(flatten)]
    pub summary: SyncSummary,
    pub dry_run: bool,
}

/// The content types stored by the last structure sync.
fn stored_structure(i: &Integration) -> Option<(Vec<PostType>, Vec<TaxonomyInfo>)> {
    let ct = i.config.content_types.as_ref()?;
    Some((ct.post_types.clone(), ct.taxonomies.clone()))
}

/// `modified_after` for an incremental read: the cursor (UTC) one second earlier, in the site's
/// local time, because WordPress compares it with the local `post_modified`. `None` (a full read)
/// when the stored offset or cursor cannot be shifted: discovery refuses offsets beyond 14 hours,
/// but the stored value is still checked, so no offset or cursor can overflow the arithmetic.
fn modified_after(cursor: &str, gmt_offset: f64) -> Option<String> {
    let t = chrono::NaiveDateTime::parse_from_str(cursor, "%Y-%m-%dT%H:%M:%S").ok()?;
    if !gmt_offset.is_finite() || gmt_offset.abs() > wordpress::MAX_GMT_OFFSET_HOURS {
        return None;
    }
    let offset = chrono::Duration::try_seconds((gmt_offset * 3600.0).round() as i64 - 1)?;
    let shifted = t.checked_add_signed(offset)?;
    Some(shifted.format("%Y-%m-%dT%H:%M:%S").to_string())
}

/// How far before the server's clock at the start of a read the cursor stays: covers the time
/// WordPress takes to answer and a clock of PHP behind the web server's.
const CURSOR_SLACK_SECS: i64 = 300;

/// The cursor after a read whose newest item was modified at `max`: never past the start of the
/// read (less [`CURSOR_SLACK_SECS`]), since a change made while the collection was read, to an
/// item already read, is newer than that and must come again next time. Without the server's
/// clock (or with one outside WordPress's four-digit years, which would not sort as text), the
/// newest item read.
fn capped_cursor(max: &str, read_from: Option<chrono::NaiveDateTime>) -> String {
    let cap = read_from
        .and_then(|t| t.checked_sub_signed(chrono::Duration::seconds(CURSOR_SLACK_SECS)))
        .map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string());
    match cap {
        Some(cap) if wordpress::is_wordpress_time(&cap) && cap.as_str() < max => cap,
        _ => max.to_string(),
    }
}

/// Everything fetched in one run, before anything is written.
struct Fetched {
    structure: Option<Structure>,
    /// Each type's items, and the server's clock when their read began.
    content: Vec<(PostType, Vec<WpContent>, Option<chrono::NaiveDateTime>)>,
    /// Whether any type was read from a cursor rather than in full.
    incremental: bool,
    /// The `post` type's scheduled posts, when it was synced and the credentials could list them.
    scheduled: Option<Vec<ScheduledPost>>,
    requests: u64,
    /// Read with the structure only, so an incremental content run stays one request a type.
    inventory: Option<super::inventory::Attempt>,
}

fn fetch(http: &Http, i: &Integration, o: &SyncOptions, progress: &dyn Progress) -> Result<Fetched> {
    let root = RestRoot(
        url::Url::parse(&i.rest_root).map_err(|e| Error::internal(format!("stored REST root is invalid: {e}")))?,
    );
    let budget = RunBudget::new(o.limits);
    let stored = stored_structure(i);
    let need_structure = o.structure || stored.is_none();
    let structure = if need_structure {
        Some(wordpress::fetch_structure(http, &root, i.mode == WpMode::Bridge, o.concurrency, progress, &budget)?)
    } else {
        None
    };
    let (all_types, taxonomies) = match (&structure, stored) {
        (Some(s), _) => (s.post_types.clone(), s.taxonomies.clone()),
        (None, Some(s)) => s,
        (None, None) => unreachable!("structure is fetched when none is stored"),
    };
    for t in &o.types {
        if !all_types.iter().any(|p| &p.slug == t) {
            let known: Vec<&str> = all_types.iter().map(|p| p.slug.as_str()).collect();
            return Err(Error::new(Code::UnknownPostType, format!("the site has no public post type '{t}'"))
                .with_hint(format!("post types of the site: {}", known.join(", "))));
        }
    }
    let post_types: Vec<PostType> =
        all_types.into_iter().filter(|p| o.types.is_empty() || o.types.contains(&p.slug)).collect();
    let mut content = Vec::new();
    let mut incremental = false;
    if o.content {
        let gmt_offset = i.config.gmt_offset;
        for pt in &post_types {
            // One bar per type: its items (as counted by the site) fetched page by page.
            progress.begin(&pt.slug, pt.count.unwrap_or(0));
            let after =
                if o.full { None } else { i.content_cursor.get(&pt.slug).and_then(|c| modified_after(c, gmt_offset)) };
            incremental |= after.is_some();
            let read = wordpress::fetch_content(
                http,
                &root,
                pt,
                &taxonomies,
                after.as_deref(),
                o.concurrency,
                progress,
                &budget,
            )?;
            content.push((pt.clone(), read.items, read.read_from));
            progress.end();
        }
    }
    let scheduled = if o.content { fetch_scheduled(http, &root, i, &post_types) } else { None };
    let inventory = need_structure.then(|| super::inventory::attempt(http, i));
    Ok(Fetched { structure, content, incremental, scheduled, requests: http.request_count(), inventory })
}

/// The post type whose scheduled posts a sync reads.
const SCHEDULED_TYPE: &str = "post";

/// The scheduled posts of the `post` type (when it is synced), read whole every time: WordPress
/// publishes them without touching `modified_gmt`, so no cursor could tell which changed. One
/// request per sync, whatever the number of types: posts are what WordPress's cron schedules
/// (a scheduled page is rare). Only an Application Password may list them; `None` for other
/// modes and when WordPress refuses or answers with something else.
fn fetch_scheduled(
    http: &Http,
    root: &RestRoot,
    i: &Integration,
    post_types: &[PostType],
) -> Option<Vec<ScheduledPost>> {
    let posts = post_types.iter().find(|p| p.slug == SCHEDULED_TYPE)?;
    if i.mode != WpMode::Core {
        return None;
    }
    match wordpress::scheduled::scheduled_posts(http, root, &posts.rest_base) {
        Scheduled::Read(read) => Some(read),
        Scheduled::NotPermitted | Scheduled::Unreadable => None,
    }
}

/// Writes a fetched run into the mirror; returns the summary. Runs inside the caller's
/// transaction.
fn apply(tx: &Tx<'_>, site: &Site, i: &Integration, f: &Fetched, o: &SyncOptions) -> Result<SyncSummary> {
    let mut summary = SyncSummary { requests: f.requests, incremental: f.incremental, ..SyncSummary::default() };
    if let Some(a) = &f.inventory {
        summary.inventory = super::inventory::record_attempt(tx, site.id, a)?;
    }
    if let Some(s) = &f.structure {
        summary.post_types = s.post_types.len();
        summary.taxonomies = s.taxonomies.len();
        summary.terms = tx.replace_terms(site.id, &s.terms)?;
        let config = IntegrationConfig {
            content_types: Some(ContentTypes {
                post_types: s.post_types.clone(),
                taxonomies: s.taxonomies.clone(),
                fetched_at: tx.now().to_string(),
            }),
            ..i.config.clone()
        };
        tx.set_integration_config(i.id, &config)?;
    }
    let mut cursor = i.content_cursor.clone();
    for (pt, items, read_from) in &f.content {
        summary.fetched.insert(pt.slug.clone(), items.len());
        summary.content.add(tx.apply_content(site.id, &pt.slug, items, o.full)?);
        if let Some(max) = items.iter().map(|c| c.modified_gmt.as_str()).max() {
            let next = capped_cursor(max, *read_from);
            let entry = cursor.entry(pt.slug.clone()).or_default();
            if next > *entry {
                *entry = next;
            }
        }
    }
    if !f.content.is_empty() {
        tx.set_content_cursor(i.id, &cursor)?;
    }
    if let Some((_, posts, _)) = f.content.iter().find(|(pt, _, _)| pt.slug == "post") {
        summary.records = super::publish::refresh_records(tx, site, posts, o.full)?;
    }
    if o.content {
        // What could not be read is not kept either: an old list would raise old alarms.
        tx.replace_scheduled(site.id, SCHEDULED_TYPE, f.scheduled.as_deref().unwrap_or_default())?;
        summary.scheduled = f.scheduled.as_ref().map(Vec::len);
    }
    Ok(summary)
}

/// Syncs structure and/or content of one site. A failure records a failed SyncEvent and the
/// error on the integration, and leaves the mirror and the cursor as they were.
pub fn sync(store: &mut Store, ctx: &Ctx, r: &SiteRef, o: &SyncOptions, progress: &dyn Progress) -> Result<SyncReport> {
    sync_run(store, ctx, r, o, progress, true)
}

/// The syncs of this process that are under way: integration id and its open events. A signal
/// handler ends them cleanly ([`abandon_running_syncs`]), so no integration stays `syncing`.
static RUNNING: std::sync::Mutex<Vec<Run>> = std::sync::Mutex::new(Vec::new());

/// A sync in flight: whose, which integration, its open events.
#[derive(Clone)]
struct Run {
    account_id: i64,
    integration_id: i64,
    events: Vec<i64>,
}

fn running() -> std::sync::MutexGuard<'static, Vec<Run>> {
    RUNNING.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Registered while a sync runs; unregisters however the run ends.
struct Running(i64);

impl Running {
    fn register(account_id: i64, integration_id: i64, events: &[i64]) -> Running {
        running().push(Run { account_id, integration_id, events: events.to_vec() });
        Running(integration_id)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        running().retain(|run| run.integration_id != self.0);
    }
}

/// Marks this process's running syncs as interrupted (for Ctrl-C and termination signals):
/// their open events fail and their integrations leave `syncing`. Returns how many there were.
pub fn abandon_running_syncs(store: &mut Store, ctx: &Ctx) -> Result<usize> {
    let runs = running().clone();
    if runs.is_empty() {
        return Ok(0);
    }
    store.write(false, ctx.now(), |tx| {
        tx.lock_accounts(&runs.iter().map(|run| run.account_id).collect::<Vec<_>>())?;
        for run in &runs {
            tx.abandon_sync(run.integration_id, &run.events, "interrupted: the sync was stopped before it finished")?;
        }
        Ok(runs.len())
    })
}

/// The connection changed under a running sync (a reconnect, maybe to another WordPress).
fn reconnected(site: &Site) -> Error {
    Error::new(
        Code::WpReconnected,
        format!("site '{}' was reconnected while this sync ran; nothing it fetched was stored", site.qualified()),
    )
    .with_hint(format!("run the sync again: sitectl wp sync {}", site.qualified()))
}

/// One sync run; `audit` is false when it is part of another audited command (`wp connect`).
fn sync_run(
    store: &mut Store,
    ctx: &Ctx,
    r: &SiteRef,
    o: &SyncOptions,
    progress: &dyn Progress,
    audit: bool,
) -> Result<SyncReport> {
    let (site, integration, http) = connected(store, ctx, r)?;
    sync_connected(store, ctx, &site, &integration, &http, o, progress, audit)
}

/// A sync of a site whose integration and client are already at hand (`wp connect` just made
/// them). The final write re-checks that the connection is still this one.
#[allow(clippy::too_many_arguments)]
pub(super) fn sync_connected(
    store: &mut Store,
    ctx: &Ctx,
    site: &Site,
    integration: &Integration,
    http: &Http,
    o: &SyncOptions,
    progress: &dyn Progress,
    audit: bool,
) -> Result<SyncReport> {
    let kinds: Vec<EventKind> = [(o.structure, EventKind::Structure), (o.content, EventKind::Content)]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, k)| k)
        .collect();
    // Open the log first, in its own transaction, so that even a crash leaves a trace.
    let events: Vec<i64> = if ctx.dry_run {
        Vec::new()
    } else {
        store.write(false, ctx.now(), |tx| {
            accounts::lock(tx, site.account_id)?;
            tx.set_sync_state(integration.id, SyncStatus::Syncing, None)?;
            kinds.iter().map(|k| tx.insert_event(site.id, Some(integration.id), *k)).collect()
        })?
    };
    let _running = Running::register(site.account_id, integration.id, &events);
    let written = fetch(http, integration, o, progress).and_then(|fetched| {
        let write = |tx: &Tx<'_>| -> Result<SyncSummary> {
            accounts::lock(tx, site.account_id)?;
            // The connection must still be the one this run read from.
            match tx.integration(site.id)? {
                Some(now)
                    if now.id == integration.id
                        && now.is_active
                        && now.generation == integration.generation
                        && now.external_site_url == integration.external_site_url => {}
                _ => return Err(reconnected(site)),
            }
            let summary = apply(tx, site, integration, &fetched, o)?;
            for (id, kind) in events.iter().zip(&kinds) {
                let counts = if *kind == EventKind::Structure { summary.terms } else { summary.content };
                tx.finish_event(
                    *id,
                    &EventOutcome {
                        succeeded: true,
                        created: counts.created,
                        updated: counts.updated,
                        deleted: counts.deleted,
                        unchanged: counts.unchanged,
                        requests: summary.requests as i64,
                        error: None,
                    },
                )?;
            }
            tx.set_sync_state(integration.id, SyncStatus::Completed, None)?;
            Ok(summary)
        };
        if audit {
            mutate(store, ctx, |tx, _| {
                let summary = write(tx)?;
                let outcome = format!(
                    "terms +{} ~{} -{}; content +{} ~{} -{}",
                    summary.terms.created,
                    summary.terms.updated,
                    summary.terms.deleted,
                    summary.content.created,
                    summary.content.updated,
                    summary.content.deleted
                );
                Ok(Audited::new(summary, AuditTarget::site(site.qualified()), AuditAction::WpSync, outcome))
            })
        } else {
            store.write(ctx.dry_run, ctx.now(), write)
        }
    });
    let summary = match written {
        Ok(summary) => summary,
        Err(e) => {
            if !ctx.dry_run {
                let message = format!("{}: {}", e.code, e.message);
                let requests = http.request_count() as i64;
                let reconnect = e.code == Code::WpReconnected;
                store.write(false, ctx.now(), |tx| {
                    accounts::lock(tx, site.account_id)?;
                    for id in &events {
                        tx.finish_event(
                            *id,
                            &EventOutcome { succeeded: false, requests, error: Some(&message), ..Default::default() },
                        )?;
                    }
                    // A newer connection's state is not this run's to change.
                    if reconnect {
                        Ok(())
                    } else {
                        tx.set_sync_state(integration.id, SyncStatus::Error, Some(&message))
                    }
                })?;
            }
            return Err(e);
        }
    };
    Ok(SyncReport { site_id: site.id, site: site.qualified(), mode: integration.mode, summary, dry_run: ctx.dry_run })
}

#[cfg(test)]
mod tests {
    use super::{capped_cursor, modified_after};

    #[test]
    fn the_cursor_stays_before_the_start_of_the_read() {
        let at = |s: &str| chrono::NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S").ok();
        // Edits made while the read ran (newer than its start) are asked for again next time.
        assert_eq!(capped_cursor("2031-01-01T00:20:00", at("2031-01-01T00:10:00")), "2031-01-01T00:05:00");
        // A quiet site: the newest item read, as before.
        assert_eq!(capped_cursor("2030-01-01T00:00:00", at("2031-01-01T00:10:00")), "2030-01-01T00:00:00");
        assert_eq!(capped_cursor("2030-01-01T00:00:00", None), "2030-01-01T00:00:00");
        // A server clock outside four-digit years never becomes the cursor.
        assert_eq!(capped_cursor("2030-01-01T00:00:00", at("+12030-01-01T00:00:00")), "2030-01-01T00:00:00");
        assert_eq!(capped_cursor("2030-01-01T00:00:00", at("0000-01-01T00:00:00")), "2030-01-01T00:00:00");
        assert_eq!(capped_cursor("2030-01-01T00:00:00", chrono::NaiveDateTime::MIN.into()), "2030-01-01T00:00:00");
    }

    #[test]
    fn modified_after_is_a_second_early_in_local_time() {
        assert_eq!(modified_after("2020-03-24T08:00:00", 0.0).unwrap(), "2020-03-24T07:59:59");
        assert_eq!(modified_after("2020-03-24T08:00:00", 5.5).unwrap(), "2020-03-24T13:29:59");
        assert_eq!(modified_after("2020-03-24T08:00:00", -3.0).unwrap(), "2020-03-24T04:59:59");
        assert!(modified_after("garbage", 0.0).is_none());
        // A stored offset or cursor no sync could make (an older version kept them) reads in full
        // rather than overflow.
        for offset in [f64::INFINITY, f64::NAN, 1e13, -1e300, 14.5] {
            assert!(modified_after("2020-03-24T08:00:00", offset).is_none(), "{offset}");
        }
        assert!(modified_after("-262143-01-01T00:00:00", -14.0).is_none());
        assert!(modified_after("+262142-12-31T23:59:59", 14.0).is_none());
    }
}
