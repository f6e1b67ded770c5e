//! Taking published content back: `content retract` moves the item's post to WordPress's
//! trash and marks its record `retracted`.

use super::publish::{item, rest_root, PublishAction, PublishItem};
use super::remote::{look_up, Adoption, LookUp};
use super::{active_integration, integration_auth, stored_url};
use crate::domain::{Actor, Content, Integration, PublishStatus, PublishingRecord, RecordStatus, WpMode};
use crate::domain::{AuditAction, AuditTarget};
use crate::error::{Code, Error, Result};
use crate::ops::{mutate, read, Audited, Ctx};
use crate::store::{RecordFields, Store, Tx};
use crate::wordpress::{posts, Auth, Http, Post};

/// `content retract ID`: moves the post the record names to WordPress's trash and marks the
/// record `retracted`. A deleted item can be retracted too. A record whose create never came back
/// (pending or failed, no post id) is looked up as a publish would: only a post provably the
/// item's is trashed.
pub fn retract(store: &mut Store, ctx: &Ctx, id: i64) -> Result<PublishItem> {
    let check = |tx: &Tx<'_>, actor: &Actor| {
        let (content, site) = crate::ops::content::get_for_takedown(tx, actor, id)?;
        let integration = active_integration(tx, &site)?;
        let unconfirmed = |r: &PublishingRecord| {
            r.creation_token.is_some() && matches!(r.status, RecordStatus::Pending | RecordStatus::Failed)
        };
        let record = tx
            .publishing_record(id)?
            .filter(|r| r.external_id.is_some() || unconfirmed(r))
            .ok_or_else(|| not_published(id))?;
        // A run sending this item now could put the post back (an update of a trashed post
        // publishes it again) or record it published after we trashed it: wait for it.
        let now = tx.now().to_string();
        let sending = record.status == RecordStatus::Pending
            && record.claimed_by.as_deref().is_some_and(|c| super::claim::is_live(c, &record.updated_at, &now));
        if sending {
            return Err(Error::new(Code::PublishInProgress, format!("content {id} is being published by another run"))
                .with_hint("wait for that run to finish, then retract"));
        }
        let auth = integration_auth(tx, ctx, &site, &integration)?;
        Ok((content, site, integration, auth, record))
    };
    if ctx.dry_run {
        let (content, _, _, _, record) = read(store, ctx, check)?;
        let action =
            if record.status == RecordStatus::Retracted { PublishAction::Unchanged } else { PublishAction::Retracted };
        return Ok(item(&content, action, Some(&record)));
    }
    // The item is claimed as a publish claims it, in the transaction that checked no run is
    // sending it: a publish starting meanwhile waits (`publish_in_progress`) instead of updating
    // the post, which would publish it again behind the retraction.
    let (content, site, integration, auth, record) = store.write(false, ctx.now(), |tx| {
        let actor = crate::ops::resolve_actor(tx, ctx)?;
        let (content, site, integration, auth, record) = check(tx, &actor)?;
        if record.status != RecordStatus::Retracted {
            let claimed = RecordFields {
                status: RecordStatus::Pending,
                claimed_by: Some(super::claim::me()),
                ..RecordFields::of(&record)
            };
            tx.upsert_record(site.account_id, id, site.id, &claimed)?;
            tx.set_publish_status(id, PublishStatus::Publishing, content.scheduled_at.as_deref())?;
        }
        Ok((content, site, integration, auth, record))
    })?;
    if record.status == RecordStatus::Retracted {
        return Ok(item(&content, PublishAction::Unchanged, Some(&record)));
    }
    let taken_down = take_down(ctx, &content, &integration, auth, &record);
    let (post, link, answer) = match taken_down {
        Ok(done) => done,
        Err(e) => {
            // Nothing was trashed as far as we know: the item is as it was, claimed by nobody.
            // Should this write fail, the claim dies with this process.
            let _ = store.write(false, ctx.now(), |tx| {
                crate::ops::accounts::lock(tx, site.account_id)?;
                let released = RecordFields { claimed_by: None, ..RecordFields::of(&record) };
                tx.upsert_record(site.account_id, id, site.id, &released)?;
                tx.set_publish_status(id, content.publish_status, content.scheduled_at.as_deref())
            });
            return Err(e);
        }
    };
    mutate(store, ctx, |tx, _| {
        crate::ops::accounts::lock(tx, site.account_id)?;
        let base = RecordFields::of(&record);
        let wp_status = answer.as_ref().map(|p| p.status.as_str()).or(Some("trash"));
        let fields = RecordFields {
            external_id: Some(post),
            external_url: link.as_deref(),
            status: RecordStatus::Retracted,
            wp_status,
            remote_modified_gmt: answer.as_ref().and_then(|p| p.modified_gmt.as_deref()),
            claimed_by: None,
            ..base
        };
        // Connected to another WordPress meanwhile: the trashed post's id is the old one's, and
        // would name another post on the new one (as `detach_records` says).
        let moved = tx.integration(site.id)?.is_none_or(|i| i.external_site_url != integration.external_site_url);
        let fields = if moved {
            RecordFields {
                external_id: None,
                external_url: None,
                wp_status: None,
                modified_gmt: None,
                remote_modified_gmt: None,
                sent_hash: None,
                ..fields
            }
        } else {
            fields
        };
        tx.upsert_record(site.account_id, id, site.id, &fields)?;
        tx.set_publish_status(id, PublishStatus::Retracted, None)?;
        let record = tx.publishing_record(id)?;
        let out = item(&content, PublishAction::Retracted, record.as_ref());
        let target = AuditTarget::site_content(site.qualified(), id);
        Ok(Audited::new(out, target, AuditAction::ContentRetract, format!("post {post} in the trash")))
    })
}

/// Trashes the post the record names (or, for a create that never came back, the one a lookup
/// proves is the item's): (its id, its URL, WordPress's answer).
fn take_down(
    ctx: &Ctx,
    content: &Content,
    integration: &Integration,
    auth: Auth,
    record: &PublishingRecord,
) -> Result<(i64, Option<String>, Option<Post>)> {
    let id = content.id;
    let http = Http::new(ctx.http.clone())?.with_credentials(
        auth,
        &stored_url(integration)?,
        integration.config.allow_insecure_http,
    )?;
    let root = rest_root(integration)?;
    let (post, link) = match record.external_id {
        Some(post) => (post, record.external_url.clone()),
        None => {
            let lookup = LookUp {
                slug: content.slug.as_str(),
                token: record.creation_token.as_deref(),
                bridge: integration.mode == WpMode::Bridge,
                explain: true,
            };
            match look_up(&http, &root, &lookup)? {
                Adoption::Ours(p) => (p.id, p.link),
                Adoption::Nothing => return Err(not_published(id)),
                Adoption::NotOurs(conflict) => return Err(conflict.with_content(id)),
            }
        }
    };
    let answer = posts::trash_post(&http, &root, post)?;
    Ok((post, link, answer))
}

fn not_published(id: i64) -> Error {
    Error::new(Code::NotPublished, format!("content {id} has no post on WordPress"))
        .with_hint(format!("publish it first: sitectl wp publish {id}"))
}
