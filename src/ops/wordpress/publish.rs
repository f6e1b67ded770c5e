//! Publishing the writer's content to its site's WordPress, and taking it back.
//!
//! At most once per record, whatever fails when: a run first marks the record `pending` (in its
//! own transaction), then talks to WordPress with no transaction open, then records what
//! WordPress answered. A run killed between its POST and that last write leaves the record
//! `pending` without a post id; the next run looks the post up (by slug, drafts and trash
//! included) before it creates anything, and adopts only a post that proves it came from this
//! item (its creation token, see `provenance`): any other is `remote_conflict` and untouched.
//! Every answer must be about the post asked for, or nothing of it is recorded. Before an update, WordPress's current `modified_gmt` is
//! compared with the one our last write left: an edit made in WordPress since is a conflict
//! (`remote_changed`) unless forced. A post gone from WordPress marks the record `retracted` and
//! is not silently created again.

use std::collections::HashMap;

use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};

use super::remote::{send, Outgoing};
use super::{active_integration, integration_auth, stored_url, ErrorInfo};
use crate::domain::{
    Actor, Content, ContentStatus, Integration, PostStatus, PublishStatus, PublishingRecord, RecordStatus, Site, Slug,
    WpContent, WpMode,
};
use crate::domain::{AuditAction, AuditTarget};
use crate::error::{Code, Error, Result};
use crate::ops::content::get_for_change;
use crate::ops::{mutate, read, Audited, Ctx};
use crate::store::{ContentFields, RecordFields, Store, Tx};
pub use crate::wordpress::TermCache;
use crate::wordpress::{Auth, Http, Post, PostDraft, RestRoot};

/// What `wp publish` asks for besides the items.
#[derive(Debug, Clone, Default)]
pub struct PublishOptions {
    /// The WordPress status; by default the editorial status's (approved -> publish, review ->
    /// pending, draft -> draft).
    pub status: Option<PostStatus>,
    /// A publication time (RFC 3339, UTC): in the future, WordPress holds the post as `future`.
    pub at: Option<String>,
    /// Overwrite an edit made in WordPress, publish a retracted item again, take over a run
    /// that never finished, or create a new post when the one a lookup found is not provably
    /// this item's (that post is never adopted, forced or not).
    pub force: bool,
}

/// What happened to one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PublishAction {
    Created,
    Updated,
    Unchanged,
    Retracted,
    Failed,
    /// `--due`: another run took the item first, or it is no longer due.
    Skipped,
}

/// One item's line of a publish run.
#[derive(Debug, Clone, Serialize)]
pub struct PublishItem {
    pub id: i64,
    pub site: String,
    pub slug: String,
    pub action: PublishAction,
    pub external_id: Option<i64>,
    pub url: Option<String>,
    pub wp_status: Option<String>,
    pub error: Option<ErrorInfo>,
}

/// What goes to WordPress for one item, before term slugs become ids.
#[derive(Debug, Clone)]
struct Payload {
    draft: PostDraft,
    categories: Vec<Slug>,
    tags: Vec<Slug>,
    /// The SHA-256 of what is sent (terms by slug), to send nothing when nothing changed.
    hash: String,
}

/// WordPress's `date_gmt` form of a stored time: no zone designator.
fn wp_date(at: &str) -> String {
    at.trim_end_matches('Z').to_string()
}

fn payload(c: &Content, f: &ContentFields, o: &PublishOptions, now: &str) -> Payload {
    let status = o.status.unwrap_or_else(|| c.status.post_status());
    // A time to come means `future`, which is what WordPress would make of it anyway: send what
    // is meant, record what WordPress answers.
    let future = o.at.as_deref().is_some_and(|at| at > now);
    let draft = PostDraft {
        title: f.title.clone(),
        content: f.body.clone(),
        excerpt: f.excerpt.clone(),
        slug: f.slug.to_string(),
        status: if future { "future" } else { status.as_str() }.to_string(),
        date_gmt: o.at.as_deref().map(wp_date),
    };
    // The hash is stored with the record: its input must stay exactly this JSON, or every item
    // published before would count as changed.
    let mut hashed = draft.to_json();
    hashed["categories"] = json!(f.categories);
    hashed["tags"] = json!(f.tags);
    let hash: String = Sha256::digest(hashed.to_string().as_bytes()).iter().map(|b| format!("{b:02x}")).collect();
    Payload { draft, categories: f.categories.clone(), tags: f.tags.clone(), hash }
}

/// An item ready to go out.
struct Claim {
    content: Content,
    site: Site,
    integration: Integration,
    auth: Auth,
    record: Option<PublishingRecord>,
    payload: Payload,
    /// The record's creation token: kept once made, carried by every write (see `provenance`).
    token: String,
}

impl Claim {
    fn outgoing(&self, force: bool) -> Outgoing<'_> {
        Outgoing {
            content_id: self.content.id,
            slug: self.content.slug.as_str(),
            mode: self.integration.mode,
            record: self.record.as_ref(),
            draft: &self.payload.draft,
            categories: &self.payload.categories,
            tags: &self.payload.tags,
            token: &self.token,
            force,
        }
    }
}

enum Claimed {
    Go(Box<Claim>),
    Done(PublishItem),
}

pub(super) fn item(c: &Content, action: PublishAction, record: Option<&PublishingRecord>) -> PublishItem {
    PublishItem {
        id: c.id,
        site: c.site.clone(),
        slug: c.slug.to_string(),
        action,
        external_id: record.and_then(|r| r.external_id),
        url: record.and_then(|r| r.external_url.clone()),
        wp_status: record.and_then(|r| r.wp_status.clone()),
        error: None,
    }
}

/// Reads what publishing `id` needs and decides whether anything goes out.
fn prepare(tx: &Tx<'_>, ctx: &Ctx, actor: &Actor, id: i64, o: &PublishOptions, due: bool) -> Result<Claimed> {
    let (content, site) = get_for_change(tx, actor, id)?;
    let integration = active_integration(tx, &site)?;
    if integration.mode == WpMode::Anonymous {
        return Err(Error::new(
            Code::ReadOnlyIntegration,
            format!("site '{}' is connected anonymously, which can only read WordPress", site.qualified()),
        )
        .with_hint(format!(
            "reconnect with credentials: sitectl wp connect {} --url URL --username USER --app-password-stdin",
            site.qualified()
        )));
    }
    let record = tx.publishing_record(id)?;
    let now = tx.now().to_string();
    // Another run at work on this item is left alone; one that died is finished by this one.
    let taken = content.publish_status == PublishStatus::Publishing;
    let live = taken
        && record
            .as_ref()
            .is_some_and(|r| r.claimed_by.as_deref().is_some_and(|c| super::claim::is_live(c, &r.updated_at, &now)));
    if live && !o.force {
        if due {
            return Ok(Claimed::Done(item(&content, PublishAction::Skipped, record.as_ref())));
        }
        return Err(Error::new(Code::PublishInProgress, format!("content {id} is being published by another run"))
            .with_hint(format!("wait for it; if that run is stuck, take over: sitectl wp publish {id} --force")));
    }
    if due {
        let is_due = content.status == ContentStatus::Approved
            && (content.publish_status == PublishStatus::Scheduled || taken)
            && content.scheduled_at.as_deref().is_some_and(|at| at <= now.as_str());
        if !is_due {
            return Ok(Claimed::Done(item(&content, PublishAction::Skipped, record.as_ref())));
        }
    }
    let fields = tx.content_fields(id)?.ok_or_else(|| Error::internal("content vanished"))?;
    // `--due` sends a scheduled item out at its time as what it is (approved: publish).
    let o = PublishOptions { at: if due { None } else { o.at.clone() }, ..o.clone() };
    let payload = payload(&content, &fields, &o, tx.now());
    if let Some(r) = &record {
        if !o.force {
            if r.status == RecordStatus::Retracted {
                return Err(Error::new(
                    Code::RemoteDeleted,
                    format!("content {id} was taken off WordPress (post {})", r.external_id.unwrap_or(0)),
                )
                .with_hint(format!("publish it again on purpose: sitectl wp publish {id} --force")));
            }
            if r.status == RecordStatus::Published && r.sent_hash.as_deref() == Some(payload.hash.as_str()) {
                return Ok(Claimed::Done(item(&content, PublishAction::Unchanged, Some(r))));
            }
        }
    }
    let auth = integration_auth(tx, ctx, &site, &integration)?;
    let token = match record.as_ref().and_then(|r| r.creation_token.clone()) {
        Some(t) => t,
        None => super::provenance::new_token()?,
    };
    Ok(Claimed::Go(Box::new(Claim { content, site, integration, auth, record, payload, token })))
}

/// Marks the item `pending` (and `publishing`), claimed by this run, with its creation token,
/// before anything is sent: the trace a killed run leaves, and what its post will prove. It runs in the write transaction that decided to send (the
/// database's one writer at a time), so two runs never both take one item.
fn mark_pending(tx: &Tx<'_>, c: &Claim) -> Result<()> {
    let fields = match &c.record {
        Some(r) => RecordFields {
            status: RecordStatus::Pending,
            claimed_by: Some(super::claim::me()),
            creation_token: Some(c.token.as_str()),
            ..RecordFields::of(r)
        },
        None => RecordFields {
            external_id: None,
            external_url: None,
            status: RecordStatus::Pending,
            wp_status: None,
            modified_gmt: None,
            remote_modified_gmt: None,
            sent_hash: None,
            claimed_by: Some(super::claim::me()),
            error: None,
            published_at: None,
            creation_token: Some(c.token.as_str()),
        },
    };
    tx.upsert_record(c.site.account_id, c.content.id, c.site.id, &fields)?;
    tx.set_publish_status(c.content.id, PublishStatus::Publishing, c.content.scheduled_at.as_deref())
}

/// Records the outcome of one item (with its audit row).
fn record_outcome(
    store: &mut Store,
    ctx: &Ctx,
    c: &Claim,
    sent: Result<(Post, bool)>,
) -> Result<(PublishItem, Option<Error>)> {
    mutate(store, ctx, |tx, _| {
        crate::ops::accounts::lock(tx, c.site.account_id)?;
        // The site was connected to another WordPress since this run read it (which forgot the
        // old post ids, see `detach_records`): a post id the old one answered would name another
        // post on the new one, so it is not recorded.
        let moved = tx.integration(c.site.id)?.is_none_or(|i| i.external_site_url != c.integration.external_site_url);
        let sent = match &sent {
            Ok((post, _)) if moved => Err(Error::new(
                Code::WpReconnected,
                format!(
                    "site '{}' was connected to another WordPress while content {} was sent to the old one \
                     (post {}); that post id is not recorded",
                    c.site.qualified(),
                    c.content.id,
                    post.id
                ),
            )
            .with_hint(format!("publish it to the site's WordPress: sitectl wp publish {}", c.content.id))),
            other => other.clone(),
        };
        let sent = &sent;
        let before = tx.publishing_record(c.content.id)?;
        let base = before.as_ref().map(RecordFields::of);
        let now = tx.now().to_string();
        let message = sent.as_ref().err().map(|e| format!("{}: {}", e.code, e.message));
        let (fields, publish_status, action, error) = match sent {
            Ok((post, created)) => (
                RecordFields {
                    external_id: Some(post.id),
                    external_url: post.link.as_deref(),
                    status: RecordStatus::Published,
                    wp_status: Some(post.status.as_str()),
                    modified_gmt: post.modified_gmt.as_deref(),
                    remote_modified_gmt: post.modified_gmt.as_deref(),
                    sent_hash: Some(c.payload.hash.as_str()),
                    claimed_by: None,
                    error: None,
                    published_at: Some(now.as_str()),
                    creation_token: Some(c.token.as_str()),
                },
                if post.status == "future" { PublishStatus::Scheduled } else { PublishStatus::Published },
                if *created { PublishAction::Created } else { PublishAction::Updated },
                None,
            ),
            Err(e) => {
                let retracted = e.code == Code::RemoteDeleted;
                let base = base.clone().ok_or_else(|| Error::internal("a record vanished"))?;
                let fields = RecordFields {
                    status: if retracted { RecordStatus::Retracted } else { RecordStatus::Failed },
                    error: message.as_deref(),
                    claimed_by: None,
                    ..base
                };
                let status = if retracted { PublishStatus::Retracted } else { PublishStatus::Failed };
                let action = if retracted { PublishAction::Retracted } else { PublishAction::Failed };
                (fields, status, action, Some(ErrorInfo::from(e)))
            }
        };
        tx.upsert_record(c.site.account_id, c.content.id, c.site.id, &fields)?;
        let keep_schedule = publish_status == PublishStatus::Scheduled;
        tx.set_publish_status(
            c.content.id,
            publish_status,
            if keep_schedule { c.content.scheduled_at.as_deref() } else { None },
        )?;
        let record = tx.publishing_record(c.content.id)?;
        let mut out = item(&c.content, action, record.as_ref());
        out.error = error;
        let outcome = match &out.error {
            Some(e) => format!("{}: {}", action.as_str(), e.code),
            None => format!("{} post {}", action.as_str(), out.external_id.unwrap_or(0)),
        };
        let target = AuditTarget::site_content(c.site.qualified(), c.content.id);
        Ok(Audited::new((out, sent.as_ref().err().cloned()), target, AuditAction::WpPublish, outcome))
    })
}

impl PublishAction {
    pub fn as_str(self) -> &'static str {
        match self {
            PublishAction::Created => "created",
            PublishAction::Updated => "updated",
            PublishAction::Unchanged => "unchanged",
            PublishAction::Retracted => "retracted",
            PublishAction::Failed => "failed",
            PublishAction::Skipped => "skipped",
        }
    }
}

/// One `wp publish` item: the item's line, and the error that failed it (for a run of one item,
/// whose exit code is that error's).
pub fn publish(
    store: &mut Store,
    ctx: &Ctx,
    id: i64,
    o: &PublishOptions,
    base: &Http,
    terms: &TermCache,
    due: bool,
) -> Result<(PublishItem, Option<Error>)> {
    if ctx.dry_run {
        // A dry run reads and decides; it sends nothing and writes nothing.
        return read(store, ctx, |tx, actor| {
            Ok(match prepare(tx, ctx, actor, id, o, due)? {
                Claimed::Done(i) => (i, None),
                Claimed::Go(c) => {
                    let known = c.record.as_ref().and_then(|r| r.external_id).is_some();
                    let action = if known { PublishAction::Updated } else { PublishAction::Created };
                    (item(&c.content, action, c.record.as_ref()), None)
                }
            })
        });
    }
    let claimed = store.write(false, ctx.now(), |tx| {
        let actor = crate::ops::resolve_actor(tx, ctx)?;
        let claimed = prepare(tx, ctx, &actor, id, o, due)?;
        match &claimed {
            Claimed::Go(c) => mark_pending(tx, c)?,
            // Due, and WordPress already has exactly this: off the schedule, nothing sent.
            Claimed::Done(i) if due && i.action == PublishAction::Unchanged => {
                tx.set_publish_status(id, PublishStatus::Published, None)?;
            }
            Claimed::Done(_) => {}
        }
        Ok(claimed)
    })?;
    let c = match claimed {
        Claimed::Done(i) => return Ok((i, None)),
        Claimed::Go(c) => c,
    };
    let sent = base
        .with_credentials(c.auth.clone(), &stored_url(&c.integration)?, c.integration.config.allow_insecure_http)
        .and_then(|http| send(&http, &rest_root(&c.integration)?, &c.outgoing(o.force), terms));
    record_outcome(store, ctx, &c, sent)
}

/// The approved, scheduled content whose time has come, on sites the acting user may change.
pub fn due_content(store: &mut Store, ctx: &Ctx, selectors: &crate::ops::fleet::Selectors) -> Result<Vec<i64>> {
    read(store, ctx, |tx, actor| {
        let selection = crate::ops::fleet::resolve(tx, actor, selectors)?;
        if crate::rules::require_site_permission(actor, crate::rules::SiteAction::Change, "").is_err() {
            return Ok(Vec::new());
        }
        let due = tx.due_content(tx.now(), crate::rules::visibility(actor))?;
        if !selectors.any() {
            return Ok(due.into_iter().map(|(id, _)| id).collect());
        }
        let mut sites = std::collections::HashSet::new();
        selection.each_site(tx, |s| {
            sites.insert(s.id);
            Ok(crate::store::Flow::Continue(()))
        })?;
        Ok(due.into_iter().filter(|(_, site)| sites.contains(site)).map(|(id, _)| id).collect())
    })
}

/// Publishes many items, at most `concurrency` at once, each worker on its own database
/// connection, handing each item's line and error to `emit` in id order as soon as it and the
/// items before it are done; `emit` returning false (stdout closed) stops the run.
#[allow(clippy::too_many_arguments)]
pub fn publish_many(
    ids: &[i64],
    concurrency: usize,
    open: &(dyn Fn() -> Result<Store> + Sync),
    ctx: &Ctx,
    o: &PublishOptions,
    due: bool,
    mut emit: impl FnMut(PublishItem, Option<Error>) -> bool,
) -> Result<()> {
    let base = Http::new(ctx.http.clone())?;
    let terms = TermCache::default();
    let workers = concurrency.clamp(1, 32).min(ids.len().max(1));
    let job = |store: &mut Result<Store>, n: u64| {
        let Some(id) = ids.get(n as usize) else { return crate::pool::Step::Done };
        let result = store.as_mut().map_err(|e| e.clone()).and_then(|s| publish(s, ctx, *id, o, &base, &terms, due));
        crate::pool::Step::Item(result.unwrap_or_else(|e| {
            let failed = PublishItem {
                id: *id,
                site: String::new(),
                slug: String::new(),
                action: PublishAction::Failed,
                external_id: None,
                url: None,
                wp_status: None,
                error: Some(ErrorInfo::from(&e)),
            };
            (failed, Some(e))
        }))
    };
    crate::pool::run_each(workers, 0, open, job, |_, (item, error)| emit(item, error));
    Ok(())
}

/// The REST root the integration was connected with.
pub(super) fn rest_root(i: &Integration) -> Result<RestRoot> {
    Ok(RestRoot(url::Url::parse(&i.rest_root).map_err(|e| Error::internal(e.to_string()))?))
}

/// `wp sync`: brings the records of posts sitectl published up to what WordPress shows: the
/// status and `modified_gmt` of every post the sync saw; after a full sync, a published post that
/// is no longer public was taken down in WordPress (trashed, deleted or unpublished): its record
/// is `retracted`, and it is not silently put back. Returns how many records changed.
pub(super) fn refresh_records(tx: &Tx<'_>, site: &Site, seen: &[WpContent], full: bool) -> Result<usize> {
    let by_id: HashMap<i64, &WpContent> = seen.iter().map(|p| (p.wp_id, p)).collect();
    let mut changed = 0;
    for r in tx.site_records(site.id)? {
        let Some(post_id) = r.external_id else { continue };
        let base = RecordFields::of(&r);
        match by_id.get(&post_id) {
            Some(p)
                if r.wp_status.as_deref() != Some(p.status.as_str())
                    || r.remote_modified_gmt.as_deref() != Some(p.modified_gmt.as_str()) =>
            {
                let fields = RecordFields {
                    wp_status: Some(p.status.as_str()),
                    remote_modified_gmt: Some(p.modified_gmt.as_str()),
                    ..base
                };
                tx.upsert_record(site.account_id, r.content_id, site.id, &fields)?;
                if r.status == RecordStatus::Published {
                    let status = if p.status == "future" { PublishStatus::Scheduled } else { PublishStatus::Published };
                    tx.set_publish_status(r.content_id, status, None)?;
                }
                changed += 1;
            }
            None if full && r.status == RecordStatus::Published && r.wp_status.as_deref() == Some("publish") => {
                let fields = RecordFields { status: RecordStatus::Retracted, wp_status: None, ..base };
                tx.upsert_record(site.account_id, r.content_id, site.id, &fields)?;
                tx.set_publish_status(r.content_id, PublishStatus::Retracted, None)?;
                changed += 1;
            }
            _ => {}
        }
    }
    Ok(changed)
}
