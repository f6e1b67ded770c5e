//! The writer's content: create, list, show, update, delete, the editorial states and scheduling.
//! Every piece of content is a site-scoped record (see `scope`).

use super::scope;
use super::sites::WithWarnings;
use super::{create_or, mutate, read, Audited, Changed, Created, Ctx};
use crate::domain::{
    Actor, Content, ContentDetail, ContentFilter, ContentStatus, Editorial, IfExists, PublishStatus, RecordStatus,
    Site, SiteRef, Slug,
};
use crate::error::{Code, Error, Result};
use crate::store::{ContentFields, Flow, Store, Tx};

/// What `content create` takes.
#[derive(Debug, Clone)]
pub struct ContentInput {
    pub site: SiteRef,
    pub sector: Slug,
    pub title: String,
    /// Derived from the title when absent.
    pub slug: Option<Slug>,
    pub body: String,
    pub excerpt: String,
    pub categories: Vec<Slug>,
    pub tags: Vec<Slug>,
}

/// What `content update` changes; `None` keeps the value.
#[derive(Debug, Clone, Default)]
pub struct ContentPatch {
    pub sector: Option<Slug>,
    pub title: Option<String>,
    pub slug: Option<Slug>,
    pub body: Option<String>,
    pub excerpt: Option<String>,
    pub categories: Option<Vec<Slug>>,
    pub tags: Option<Vec<Slug>>,
}

/// The one "content not found": for a missing item and for one on a site the actor cannot see.
pub(crate) fn not_found(id: i64) -> Error {
    Error::not_found(Code::ContentNotFound, "content", id)
        .with_hint("`sitectl content list` shows the content you can see")
}

/// A title: 1-500 printable characters, without invisible or text-direction characters.
pub(crate) fn check_title(title: &str) -> Result<String> {
    let t = title.trim();
    if let Some(c) = t.chars().find(|c| crate::domain::is_deceptive_char(*c)) {
        return Err(Error::new(
            Code::InvalidField,
            format!("the title contains the invisible or text-direction character U+{:04X}", c as u32),
        ));
    }
    if t.is_empty() || t.chars().count() > 500 || t.chars().any(char::is_control) {
        return Err(Error::new(Code::InvalidField, "the title must be 1-500 printable characters")
            .with_hint("pass --title with a non-empty value"));
    }
    Ok(t.to_string())
}

/// An excerpt: at most 2,000 characters, line breaks allowed.
pub(crate) fn check_excerpt(excerpt: &str) -> Result<String> {
    let e = excerpt.trim();
    if e.chars().count() > 2000 || e.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
        return Err(Error::new(Code::InvalidField, "the excerpt must be at most 2000 printable characters"));
    }
    Ok(e.to_string())
}

/// A body: HTML as WordPress takes it; no NUL (neither engine can store it in text).
pub(crate) fn check_body(body: &str) -> Result<String> {
    if body.contains('\0') {
        return Err(Error::new(Code::InvalidField, "the body contains a NUL character"));
    }
    Ok(body.to_string())
}

/// The stored fields of `input` filed under `sector_id`: every value checked, the slug derived
/// from the title when not given.
pub(crate) fn fields_of(input: &ContentInput, sector_id: i64) -> Result<ContentFields> {
    let title = check_title(&input.title)?;
    let slug = match &input.slug {
        Some(s) => s.clone(),
        None => Slug::derive(&title)?,
    };
    Ok(ContentFields {
        sector_id,
        title,
        slug,
        body: check_body(&input.body)?,
        excerpt: check_excerpt(&input.excerpt)?,
        categories: input.categories.clone(),
        tags: input.tags.clone(),
    })
}

/// Sets the editorial status; content that leaves `approved` leaves the schedule too.
pub(crate) fn set_status_in(tx: &Tx<'_>, content: &Content, status: ContentStatus) -> Result<bool> {
    if status == content.status {
        return Ok(false);
    }
    tx.set_content_status(content.id, status)?;
    if status != ContentStatus::Approved && content.publish_status == PublishStatus::Scheduled {
        tx.set_publish_status(content.id, PublishStatus::NotPublished, None)?;
    }
    Ok(true)
}

/// The content the actor may see, with its site; otherwise "not found".
pub(crate) fn get_visible(tx: &Tx<'_>, actor: &Actor, id: i64) -> Result<(Content, Site)> {
    let content = tx.content_by_id(id)?.ok_or_else(|| not_found(id))?;
    let site = scope::visible_site(tx, actor, content.site_id)?.ok_or_else(|| not_found(id))?;
    Ok((content, site))
}

/// The content for taking its post down: visible, on a live site the actor may change, deleted
/// or not (a deleted item's post must not stay public with no way to remove it).
pub(crate) fn get_for_takedown(tx: &Tx<'_>, actor: &Actor, id: i64) -> Result<(Content, Site)> {
    let content = tx.content_by_id(id)?.ok_or_else(|| not_found(id))?;
    let site = scope::site_for_change(tx, actor, content.site_id, || not_found(id))?;
    // The site's account is locked now: the content is read again as the last writer left it
    // (its status, its claim); what was read before the lock only said where to lock.
    let content = tx.content_by_id(id)?.ok_or_else(|| not_found(id))?;
    if content.site_id != site.id {
        // Moved to another site of the account meanwhile: that site's checks apply.
        let site = scope::site_for_change(tx, actor, content.site_id, || not_found(id))?;
        return Ok((content, site));
    }
    Ok((content, site))
}

/// The content for a change: visible, on a live site the actor may change, not deleted.
pub(crate) fn get_for_change(tx: &Tx<'_>, actor: &Actor, id: i64) -> Result<(Content, Site)> {
    let (content, site) = get_for_takedown(tx, actor, id)?;
    if content.deleted_at.is_some() {
        return Err(Error::new(Code::ContentDeleted, format!("content {id} is deleted"))
            .with_hint(format!("a post it has on WordPress can still be taken down: sitectl content retract {id}")));
    }
    Ok((content, site))
}

fn reload(tx: &Tx<'_>, id: i64) -> Result<Content> {
    tx.content_by_id(id)?.ok_or_else(|| Error::internal("content vanished"))
}

fn target(c: &Content) -> String {
    format!("site:{} content:{}", c.site, c.id)
}

fn outcome(changed: bool) -> &'static str {
    if changed {
        "updated"
    } else {
        "unchanged"
    }
}

pub fn create_content(
    store: &mut Store,
    ctx: &Ctx,
    input: ContentInput,
    if_exists: IfExists,
) -> Result<Created<Content>> {
    mutate(store, ctx, |tx, actor| {
        let created = create_content_in(tx, actor, &input, if_exists)?;
        let action = created.action.as_str();
        Ok(Audited::new(created.clone(), target(&created.record), "content.create", action))
    })
}

/// `content create` inside a caller's transaction (also used by `seed apply`).
pub(crate) fn create_content_in(
    tx: &Tx<'_>,
    actor: &Actor,
    input: &ContentInput,
    if_exists: IfExists,
) -> Result<Created<Content>> {
    let scope = scope::for_write(tx, actor, &input.site, &input.sector)?;
    let fields = fields_of(input, scope.sector.id)?;
    let slug = fields.slug.clone();
    let existing = tx.content_by_slug(scope.site.id, &slug)?;
    if let Some(c) = existing.as_ref().filter(|c| c.deleted_at.is_some()) {
        return Err(Error::new(
            Code::ContentDeleted,
            format!("content '{}/{slug}' (id {}) exists but is deleted", scope.site.qualified(), c.id),
        )
        .with_hint("choose another --slug"));
    }
    let key = format!("{}/{slug}", scope.site.qualified());
    create_or(
        existing,
        if_exists,
        (Code::ContentExists, "content"),
        &key,
        || {
            let id = tx.insert_content(scope.site.account_id, scope.site.id, &fields)?;
            reload(tx, id)
        },
        |current| {
            let before = tx.content_fields(current.id)?.ok_or_else(|| Error::internal("content vanished"))?;
            if before == fields {
                return Ok((current, false));
            }
            tx.update_content(current.id, &fields)?;
            Ok((reload(tx, current.id)?, true))
        },
    )
}

/// The content the actor may see, streamed in id order: of one site or of every visible site.
pub fn each_content(
    store: &mut Store,
    ctx: &Ctx,
    site: Option<&SiteRef>,
    f: &ContentFilter,
    each: impl FnMut(Content) -> Result<Flow>,
) -> Result<()> {
    read(store, ctx, |tx, actor| {
        let scope = scope::for_list(tx, actor, site)?;
        tx.each_content_item(&scope, f, each)
    })
}

pub fn show_content(store: &mut Store, ctx: &Ctx, id: i64) -> Result<ContentDetail> {
    read(store, ctx, |tx, actor| {
        let (content, _) = get_visible(tx, actor, id)?;
        let body = tx.content_fields(id)?.map(|f| f.body).unwrap_or_default();
        let publishing = tx.publishing_record(id)?;
        Ok(ContentDetail { content, body, publishing })
    })
}

pub fn update_content(store: &mut Store, ctx: &Ctx, id: i64, patch: ContentPatch) -> Result<Changed<Content>> {
    mutate(store, ctx, |tx, actor| {
        let (content, site) = get_for_change(tx, actor, id)?;
        let before = tx.content_fields(id)?.ok_or_else(|| Error::internal("content vanished"))?;
        let mut next = before.clone();
        if let Some(sector) = &patch.sector {
            next.sector_id = scope::active_sector(tx, &site, sector)?.id;
        }
        if let Some(t) = &patch.title {
            next.title = check_title(t)?;
        }
        if let Some(s) = patch.slug.as_ref().filter(|s| **s != content.slug) {
            if tx.content_by_slug(site.id, s)?.is_some() {
                return Err(Error::new(
                    Code::ContentExists,
                    format!("content '{}/{s}' already exists", site.qualified()),
                ));
            }
            next.slug = s.clone();
        }
        if let Some(b) = &patch.body {
            next.body = check_body(b)?;
        }
        if let Some(e) = &patch.excerpt {
            next.excerpt = check_excerpt(e)?;
        }
        if let Some(c) = &patch.categories {
            next.categories = c.clone();
        }
        if let Some(t) = &patch.tags {
            next.tags = t.clone();
        }
        let changed = next != before;
        if changed {
            tx.update_content(id, &next)?;
        }
        let record = reload(tx, id)?;
        Ok(Audited::new(
            Changed { changed, record: record.clone() },
            target(&record),
            "content.update",
            outcome(changed),
        ))
    })
}

/// Soft delete: the item leaves lists, its publishing record stays. A post it has on WordPress
/// stays there (deleting here never reaches WordPress); the warning says how to take it down,
/// which `content retract` does for deleted items too.
pub fn delete_content(store: &mut Store, ctx: &Ctx, id: i64) -> Result<WithWarnings<Changed<Content>>> {
    mutate(store, ctx, |tx, actor| {
        let content = tx.content_by_id(id)?.ok_or_else(|| not_found(id))?;
        scope::site_for_change(tx, actor, content.site_id, || not_found(id))?;
        let changed = content.deleted_at.is_none();
        if changed {
            tx.set_content_deleted(id, true)?;
        }
        let live = tx
            .publishing_record(id)?
            .filter(|r| r.status != RecordStatus::Retracted && (r.external_id.is_some() || r.creation_token.is_some()));
        let warnings = live
            .map(|r| {
                let post = r.external_id.map(|p| format!("post {p}")).unwrap_or_else(|| "any post".into());
                format!(
                    "content {id} is deleted in sitectl, but its {post} stays on WordPress until retracted: \
                     sitectl content retract {id}"
                )
            })
            .into_iter()
            .collect();
        let record = reload(tx, id)?;
        let outcome = if changed { "deleted" } else { "unchanged" };
        let report = WithWarnings { value: Changed { changed, record: record.clone() }, warnings };
        Ok(Audited::new(report, target(&record), "content.delete", outcome))
    })
}

/// `content review|approve|reopen`: draft -> review -> approved, and back to draft. Reopening
/// scheduled content takes it off the schedule.
pub fn set_editorial(store: &mut Store, ctx: &Ctx, id: i64, verb: Editorial) -> Result<Changed<Content>> {
    mutate(store, ctx, |tx, actor| {
        let (content, _) = get_for_change(tx, actor, id)?;
        let next = verb.next(content.status).ok_or_else(|| {
            Error::new(
                Code::InvalidTransition,
                format!("content {id} is {}; it cannot be sent to {}", content.status, verb.as_str()),
            )
            .with_hint(match content.status {
                ContentStatus::Draft => format!("send it to review first: sitectl content review {id}"),
                _ => format!("reopen it first: sitectl content reopen {id}"),
            })
        })?;
        let changed = set_status_in(tx, &content, next)?;
        let record = reload(tx, id)?;
        let action = match verb {
            Editorial::Review => "content.review",
            Editorial::Approve => "content.approve",
            Editorial::Reopen => "content.reopen",
        };
        Ok(Audited::new(Changed { changed, record: record.clone() }, target(&record), action, outcome(changed)))
    })
}

/// `content schedule ID --at TIME`: approved content goes out with `wp publish --due` once its
/// time has come.
pub fn schedule_content(store: &mut Store, ctx: &Ctx, id: i64, at: &str) -> Result<Changed<Content>> {
    mutate(store, ctx, |tx, actor| {
        let (content, _) = get_for_change(tx, actor, id)?;
        if content.status != ContentStatus::Approved {
            return Err(Error::new(
                Code::InvalidTransition,
                format!("content {id} is {}; only approved content can be scheduled", content.status),
            )
            .with_hint(format!("approve it first: sitectl content approve {id}")));
        }
        let changed = content.publish_status != PublishStatus::Scheduled || content.scheduled_at.as_deref() != Some(at);
        if changed {
            tx.set_publish_status(id, PublishStatus::Scheduled, Some(at))?;
        }
        let record = reload(tx, id)?;
        Ok(Audited::new(
            Changed { changed, record: record.clone() },
            target(&record),
            "content.schedule",
            outcome(changed),
        ))
    })
}
