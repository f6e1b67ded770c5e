//! What `wp publish` and `content retract` decide about the item's post on WordPress: which post
//! is the item's (the one the record names, or one a slug lookup proves is its own), whether it
//! is gone or was edited there since, and whether to create or update. The requests themselves
//! are `wordpress::{posts, terms, bridge, users}`'s. No database here.

use super::provenance::{self, Found};
use crate::domain::{PublishingRecord, WpMode};
use crate::error::{Code, Error, Result};
use crate::wordpress::bridge::{self, BridgePublish};
use crate::wordpress::{posts, terms, users, Candidate, Http, Post, PostDraft, RestRoot, TermCache, TermKind};

/// One item on its way to WordPress, as the publish run claimed it.
pub(super) struct Outgoing<'a> {
    pub(super) content_id: i64,
    pub(super) slug: &'a str,
    pub(super) mode: WpMode,
    pub(super) record: Option<&'a PublishingRecord>,
    pub(super) draft: &'a PostDraft,
    pub(super) categories: &'a [crate::domain::Slug],
    pub(super) tags: &'a [crate::domain::Slug],
    /// The record's creation token (see `provenance`).
    pub(super) token: &'a str,
    /// `--force`: overwrite an edit made in WordPress, publish a retracted item again, or make a
    /// new post beside one that is not provably the item's.
    pub(super) force: bool,
}

fn gone(content_id: i64, post: i64) -> Error {
    Error::new(
        Code::RemoteDeleted,
        format!("post {post} of content {content_id} is no longer on WordPress (deleted or in the trash)"),
    )
    .with_hint(format!("to publish it again on purpose: sitectl wp publish {content_id} --force"))
}

/// The post the record names, or (after a run that lost a create's answer) the one a slug
/// lookup proves is this item's; `None` when a new post is to be made.
fn current_post(http: &Http, root: &RestRoot, o: &Outgoing<'_>) -> Result<Option<Post>> {
    let Some(record) = o.record else { return Ok(None) };
    if let Some(id) = record.external_id {
        match posts::get_post(http, root, id)? {
            Some(post) if post.status == "trash" && !o.force => return Err(gone(o.content_id, id)),
            Some(post) => return Ok(Some(post)),
            None if !o.force => return Err(gone(o.content_id, id)),
            // Forced to publish again: a forced run before this one may have made the new post
            // and lost the answer, so look before creating.
            None => {}
        }
    }
    let lookup = LookUp { slug: o.slug, token: Some(o.token), bridge: o.mode == WpMode::Bridge, explain: !o.force };
    match look_up(http, root, &lookup)? {
        Adoption::Nothing => Ok(None),
        // Trashed in WordPress since: taken down there, as for a post the record names.
        Adoption::Ours(post) if post.status == "trash" && !o.force => Err(gone(o.content_id, post.id)),
        Adoption::Ours(post) => Ok(Some(post)),
        // Forced: the posts found stay untouched, and a new one is made.
        Adoption::NotOurs(_) if o.force => Ok(None),
        Adoption::NotOurs(e) => Err(e.with_content(o.content_id)),
    }
}

/// What a slug lookup looks for.
pub(super) struct LookUp<'a> {
    pub(super) slug: &'a str,
    pub(super) token: Option<&'a str>,
    pub(super) bridge: bool,
    /// A conflict will be reported (not overridden): look for where the item's post went.
    pub(super) explain: bool,
}

/// What a slug lookup decided.
pub(super) enum Adoption {
    Nothing,
    Ours(Post),
    NotOurs(Conflict),
}

/// Posts a lookup found that are not provably the item's (the error is made once the item's id
/// is known).
pub(super) struct Conflict {
    found: Vec<Candidate>,
    why: &'static str,
    slug: String,
    /// Core mode: the connected user's posts carrying the token under another slug.
    elsewhere: Vec<Candidate>,
}

impl Conflict {
    pub(super) fn with_content(self, content_id: i64) -> Error {
        provenance::conflict(content_id, &self.slug, &self.found, self.why, &self.elsewhere)
    }
}

/// Looks the item's post up by slug (every status, trash included) and decides whether it is
/// provably the item's (see `provenance`): in core mode, by the marker and the connected user
/// (`users/me`) being its author; in bridge mode, by the plugin's meta.
pub(super) fn look_up(http: &Http, root: &RestRoot, l: &LookUp<'_>) -> Result<Adoption> {
    let answer = posts::find_by_slug(http, root, l.slug, l.bridge)?;
    let why = provenance::why_not(&answer.found, answer.total, l.slug, l.token);
    let mut me = None;
    let (found, why) = match provenance::judge(answer.found, answer.total, l.slug, l.token) {
        Found::Nothing => return Ok(Adoption::Nothing),
        // Bridge mode: only the key-authenticated plugin route writes the meta.
        Found::Token(one) if l.bridge => return Ok(Adoption::Ours(one.post)),
        Found::Token(one) => {
            // The marker is in a published post's HTML for anyone to copy: the author decides.
            let user = users::connected_user(http, root)?;
            if one.author == Some(user) {
                return Ok(Adoption::Ours(one.post));
            }
            me = Some(user);
            (vec![one], "it was written by another WordPress user")
        }
        Found::Other(found) => (found, why),
    };
    let elsewhere = match l.token.filter(|_| l.explain && !l.bridge) {
        Some(token) => {
            let me = match me {
                Some(me) => me,
                None => users::connected_user(http, root)?,
            };
            let ours: Vec<Candidate> = posts::carrying_token(http, root, token, me);
            ours.into_iter().filter(|c| c.slug.as_deref() != Some(l.slug)).collect()
        }
        None => Vec::new(),
    };
    Ok(Adoption::NotOurs(Conflict { found, why, slug: l.slug.to_string(), elsewhere }))
}

/// Sends one claimed item; returns the post as WordPress answered and whether it was created.
pub(super) fn send(http: &Http, root: &RestRoot, o: &Outgoing<'_>, terms: &TermCache) -> Result<(Post, bool)> {
    let existing = current_post(http, root, o)?;
    if let (Some(post), Some(r)) = (&existing, o.record) {
        let ours = r.modified_gmt.as_deref();
        if !o.force && ours.is_some() && post.modified_gmt.as_deref() != ours {
            return Err(Error::new(
                Code::RemoteChanged,
                format!(
                    "post {} of content {} was edited in WordPress since sitectl last wrote it ({} -> {})",
                    post.id,
                    o.content_id,
                    ours.unwrap_or(""),
                    post.modified_gmt.as_deref().unwrap_or("")
                ),
            )
            .with_hint(format!(
                "keep WordPress's edit, or overwrite it: sitectl wp publish {} --force",
                o.content_id
            )));
        }
    }
    if o.mode == WpMode::Bridge {
        let post_id = existing.as_ref().map(|p| p.id);
        let publish = BridgePublish {
            content_id: o.content_id,
            draft: o.draft,
            categories: o.categories,
            tags: o.tags,
            token: o.token,
            post_id,
        };
        return Ok((bridge::publish(http, root, &publish)?, post_id.is_none()));
    }
    let categories = terms::term_ids(http, root, TermKind::Category, o.categories, terms)?;
    let tags = terms::term_ids(http, root, TermKind::Tag, o.tags, terms)?;
    match &existing {
        Some(post) => Ok((posts::update_post(http, root, post.id, o.draft, &categories, &tags, o.token)?, false)),
        None => Ok((posts::create_post(http, root, o.draft, &categories, &tags, o.token)?, true)),
    }
}
