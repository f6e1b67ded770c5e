//! Talking to WordPress for `wp publish`: finding a post, resolving terms, sending a post in
//! core mode (`wp/v2/posts`) or bridge mode (`igny8/v1/publish`). No database here.

use std::collections::HashMap;

use reqwest::Method;
use serde_json::{json, Value};

use super::provenance::{self, Candidate, Found};
use super::publish::{Claim, PublishOptions};
use crate::domain::{Slug, WpMode};
use crate::error::{Code, Error, Result};
use crate::wordpress::{Http, RestRoot};

/// Term ids by (REST root, taxonomy route, slug): found or made once per run and WordPress (a
/// `--due` run spans sites, and each WordPress numbers its terms its own way).
#[derive(Default)]
pub struct TermCache(std::sync::Mutex<HashMap<(String, String, String), i64>>);

/// The id of the term `slug` of `route` (`wp/v2/categories`, `wp/v2/tags`), created when missing;
/// a `term_exists` answer (another writer made it meanwhile) gives the existing id.
fn term_id(http: &Http, root: &RestRoot, route: &str, slug: &Slug, cache: &TermCache) -> Result<i64> {
    let key = (root.as_str().to_string(), route.to_string(), slug.to_string());
    if let Some(id) = cache.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(&key) {
        return Ok(*id);
    }
    let id = match find_term(http, root, route, slug)? {
        Some(id) => id,
        None => match http.write_json(
            Method::POST,
            root,
            route,
            Some(&json!({"name": slug.as_str(), "slug": slug.as_str()})),
            false,
        ) {
            Ok(made) => {
                let id = made
                    .body
                    .get("id")
                    .and_then(Value::as_i64)
                    .filter(|id| *id > 0)
                    .ok_or_else(|| bad_answer(route, "no term id"))?;
                if made.body.get("slug").and_then(Value::as_str) == Some(slug.as_str()) {
                    id
                } else {
                    // Another writer made the term between our lookup and our create (another
                    // worker, another run), and WordPress gave ours a suffixed slug: the term
                    // asked for is the one with exactly this slug.
                    find_term(http, root, route, slug)?
                        .ok_or_else(|| bad_answer(route, &format!("a term whose slug is not '{slug}'")))?
                }
            }
            Err(e) if e.details.get("wp_code").and_then(Value::as_str) == Some("term_exists") => e
                .details
                .get("wp_data")
                .and_then(|d| d.get("term_id"))
                .and_then(Value::as_i64)
                .filter(|id| *id > 0)
                .ok_or_else(|| bad_answer(route, "term_exists without a term id"))?,
            Err(e) => return Err(e),
        },
    };
    cache.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(key, id);
    Ok(id)
}

/// The id of the term with exactly this slug, if WordPress has one.
fn find_term(http: &Http, root: &RestRoot, route: &str, slug: &Slug) -> Result<Option<i64>> {
    let found = http.get_json(root, route, &[("slug", slug.to_string()), ("context", "view".into())])?;
    // Only a term with exactly this slug is this term, whatever else the answer lists.
    Ok(found
        .body
        .as_array()
        .and_then(|a| a.iter().find(|t| t.get("slug").and_then(Value::as_str) == Some(slug.as_str())))
        .and_then(|t| t.get("id"))
        .and_then(Value::as_i64)
        .filter(|id| *id > 0))
}

fn bad_answer(route: &str, what: &str) -> Error {
    Error::new(Code::WpBadResponse, format!("WordPress answered {route} with {what}"))
}

/// What WordPress says about one post.
#[derive(Debug, Clone)]
pub(super) struct Post {
    pub(super) id: i64,
    pub(super) link: Option<String>,
    pub(super) status: String,
    pub(super) modified_gmt: Option<String>,
}

/// The longest post URL, status and time a record keeps from an answer: anything longer is not
/// what WordPress sends, and is refused rather than stored.
const MAX_LINK: usize = 2048;
const MAX_WORD: usize = 64;

pub(super) fn post_of(v: &Value) -> Result<Post> {
    let route = "wp/v2/posts";
    let id = v.get("id").and_then(Value::as_i64).ok_or_else(|| bad_answer(route, "no post id"))?;
    if id <= 0 {
        return Err(bad_answer(route, &format!("the post id {id}")));
    }
    let text = |k: &str, max: usize| -> Result<Option<String>> {
        match v.get(k) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) if s.len() <= max => Ok(Some(s.clone())),
            Some(_) => Err(bad_answer(route, &format!("a {k} that is not a short text"))),
        }
    };
    Ok(Post {
        id,
        link: text("link", MAX_LINK)?,
        status: text("status", MAX_WORD)?.unwrap_or_default(),
        modified_gmt: text("modified_gmt", MAX_WORD)?,
    })
}

/// An answer about post `asked` that is about another post (or none) is refused: nothing from
/// it may reach the record.
fn expect_id(route: &str, asked: i64, answered: i64) -> Result<()> {
    if answered != asked {
        return Err(bad_answer(route, &format!("post {answered} when post {asked} was asked for")));
    }
    Ok(())
}

fn gone(c: &Claim, post: i64) -> Error {
    Error::new(
        Code::RemoteDeleted,
        format!("post {post} of content {} is no longer on WordPress (deleted or in the trash)", c.content.id),
    )
    .with_hint(format!("to publish it again on purpose: sitectl wp publish {} --force", c.content.id))
}

fn is_gone(e: &Error) -> bool {
    matches!(e.details.get("status").and_then(Value::as_u64), Some(404 | 410))
}

/// The post the record names, or (after a run that lost a create's answer) the one a slug
/// lookup proves is this item's; `None` when a new post is to be made.
fn current_post(http: &Http, root: &RestRoot, c: &Claim, force: bool) -> Result<Option<Post>> {
    let Some(record) = &c.record else { return Ok(None) };
    if let Some(id) = record.external_id {
        let route = format!("wp/v2/posts/{id}");
        match http.get_json(root, &route, &[("context", "edit".into())]) {
            Ok(p) => {
                let post = post_of(&p.body)?;
                expect_id(&route, id, post.id)?;
                if post.status == "trash" && !force {
                    return Err(gone(c, id));
                }
                return Ok(Some(post));
            }
            Err(e) if is_gone(&e) && !force => return Err(gone(c, id)),
            // Forced to publish again: a forced run before this one may have made the new post
            // and lost the answer, so look before creating.
            Err(e) if is_gone(&e) => {}
            Err(e) => return Err(e),
        }
    }
    let lookup = LookUp {
        slug: c.content.slug.as_str(),
        token: Some(c.token.as_str()),
        bridge: c.integration.mode == WpMode::Bridge,
        explain: !force,
    };
    match look_up(http, root, &lookup)? {
        Adoption::Nothing => Ok(None),
        // Trashed in WordPress since: taken down there, as for a post the record names.
        Adoption::Ours(post) if post.status == "trash" && !force => Err(gone(c, post.id)),
        Adoption::Ours(post) => Ok(Some(post)),
        // Forced: the posts found stay untouched, and a new one is made.
        Adoption::NotOurs(_) if force => Ok(None),
        Adoption::NotOurs(e) => Err(e.with_content(c.content.id)),
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

/// Core mode: the connected user's posts whose content carries `token`, whatever their slug
/// (WordPress searches content). Only to name them in a conflict, so a failure here is no
/// answer rather than an error that would hide the conflict.
fn carrying_token(http: &Http, root: &RestRoot, token: &str, me: i64) -> Vec<Candidate> {
    let query = [
        ("search", token.to_string()),
        ("status", "publish,future,draft,pending,private,trash".into()),
        ("context", "edit".into()),
        ("per_page", "3".into()),
    ];
    let Ok(found) = http.get_json(root, "wp/v2/posts", &query) else { return Vec::new() };
    let items = found.body.as_array().map(Vec::as_slice).unwrap_or_default();
    items
        .iter()
        .filter_map(|v| provenance::candidate(v, false).ok())
        .filter(|c| c.author == Some(me) && c.token.as_deref() == Some(token))
        .collect()
}

fn connected_user(http: &Http, root: &RestRoot) -> Result<i64> {
    let me = http.get_json(root, "wp/v2/users/me", &[("_fields", "id".into())])?;
    // No user has an id below 1 (0 is WordPress's "nobody", the author of an orphaned post).
    me.body
        .get("id")
        .and_then(Value::as_i64)
        .filter(|id| *id > 0)
        .ok_or_else(|| bad_answer("wp/v2/users/me", "no user id"))
}

/// Looks the item's post up by slug (every status, trash included) and decides whether it is
/// provably the item's (see `provenance`): in core mode, by the marker and the connected user
/// (`users/me`) being its author; in bridge mode, by the plugin's meta.
pub(super) fn look_up(http: &Http, root: &RestRoot, l: &LookUp<'_>) -> Result<Adoption> {
    let route = "wp/v2/posts";
    let query = [
        ("slug", l.slug.to_string()),
        ("status", "publish,future,draft,pending,private,trash".into()),
        ("context", "edit".into()),
        // One post is the answer that can be adopted; a second says there are several.
        ("per_page", "2".into()),
    ];
    let found = http.get_json(root, route, &query)?;
    let items = found.body.as_array().ok_or_else(|| bad_answer(route, "a lookup that is not a list"))?;
    if items.is_empty() && found.total.is_some_and(|t| t > 0) {
        return Err(bad_answer(route, "an empty page for a lookup it counts posts for"));
    }
    let candidates = items.iter().map(|v| provenance::candidate(v, l.bridge)).collect::<Result<Vec<_>>>()?;
    let why = provenance::why_not(&candidates, found.total, l.slug, l.token);
    let mut me = None;
    let (found, why) = match provenance::judge(candidates, found.total, l.slug, l.token) {
        Found::Nothing => return Ok(Adoption::Nothing),
        // Bridge mode: only the key-authenticated plugin route writes the meta.
        Found::Token(one) if l.bridge => return Ok(Adoption::Ours(one.post)),
        Found::Token(one) => {
            // The marker is in a published post's HTML for anyone to copy: the author decides.
            let user = connected_user(http, root)?;
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
                None => connected_user(http, root)?,
            };
            let ours: Vec<Candidate> = carrying_token(http, root, token, me);
            ours.into_iter().filter(|c| c.slug.as_deref() != Some(l.slug)).collect()
        }
        None => Vec::new(),
    };
    Ok(Adoption::NotOurs(Conflict { found, why, slug: l.slug.to_string(), elsewhere }))
}

/// Moves post `id` to WordPress's trash; `None` when it is already gone (deleted for good, or
/// trashed and emptied). The answer must be that post, in the trash: anything else changes no
/// record.
pub(super) fn trash_post(http: &Http, root: &RestRoot, id: i64) -> Result<Option<Post>> {
    let route = format!("wp/v2/posts/{id}");
    let answer = match http.write_json(Method::DELETE, root, &route, None, true) {
        Ok(a) => a,
        Err(e) if is_gone(&e) => return Ok(None),
        Err(e) => return Err(e),
    };
    let post = post_of(&answer.body)?;
    expect_id(&route, id, post.id)?;
    if post.status != "trash" {
        return Err(bad_answer(&route, &format!("the post's status '{}', not 'trash'", post.status)));
    }
    Ok(Some(post))
}

/// Sends one claimed item; returns the post as WordPress answered and whether it was created.
pub(super) fn send(http: &Http, c: &Claim, o: &PublishOptions, terms: &TermCache) -> Result<(Post, bool)> {
    let root = RestRoot(url::Url::parse(&c.integration.rest_root).map_err(|e| Error::internal(e.to_string()))?);
    let existing = current_post(http, &root, c, o.force)?;
    if let (Some(post), Some(r)) = (&existing, &c.record) {
        let ours = r.modified_gmt.as_deref();
        if !o.force && ours.is_some() && post.modified_gmt.as_deref() != ours {
            return Err(Error::new(
                Code::RemoteChanged,
                format!(
                    "post {} of content {} was edited in WordPress since sitectl last wrote it ({} -> {})",
                    post.id,
                    c.content.id,
                    ours.unwrap_or(""),
                    post.modified_gmt.as_deref().unwrap_or("")
                ),
            )
            .with_hint(format!(
                "keep WordPress's edit, or overwrite it: sitectl wp publish {} --force",
                c.content.id
            )));
        }
    }
    if c.integration.mode == WpMode::Bridge {
        return send_bridge(http, &root, c, existing.as_ref().map(|p| p.id));
    }
    let mut body = c.payload.body.clone();
    let categories: Vec<i64> = c
        .payload
        .categories
        .iter()
        .map(|s| term_id(http, &root, "wp/v2/categories", s, terms))
        .collect::<Result<_>>()?;
    let tags: Vec<i64> =
        c.payload.tags.iter().map(|s| term_id(http, &root, "wp/v2/tags", s, terms)).collect::<Result<_>>()?;
    body["categories"] = json!(categories);
    body["tags"] = json!(tags);
    // The token rides in the content (not in the hash of what was sent: adding it changes
    // nothing an unchanged item sends).
    let content = body["content"].as_str().unwrap_or_default().to_string();
    body["content"] = Value::String(provenance::with_marker(&content, &c.token));
    match &existing {
        Some(post) => {
            let route = format!("wp/v2/posts/{}", post.id);
            let answer = http.write_json(Method::POST, &root, &route, Some(&body), true)?;
            let updated = post_of(&answer.body)?;
            expect_id(&route, post.id, updated.id)?;
            Ok((updated, false))
        }
        None => {
            let route = "wp/v2/posts";
            let answer = http.write_json(Method::POST, &root, route, Some(&body), false)?;
            let made = post_of(&answer.body)?;
            if let Some(what) = provenance::not_made_here(&answer.body, c.content.slug.as_str(), &c.token) {
                return Err(bad_answer(route, &format!("post {} to a create, {what}", made.id)));
            }
            Ok((made, true))
        }
    }
}

/// Bridge mode: the plugin's `igny8/v1/publish` creates or updates the post (terms by slug,
/// made by the plugin when missing) and answers with what the record keeps.
fn send_bridge(http: &Http, root: &RestRoot, c: &Claim, post_id: Option<i64>) -> Result<(Post, bool)> {
    let p = &c.payload.body;
    let mut body = json!({
        "content_id": c.content.id,
        "title": p["title"],
        "content_html": p["content"],
        "excerpt": p["excerpt"],
        "slug": p["slug"],
        "status": p["status"],
        "categories": c.payload.categories,
        "tags": c.payload.tags,
        "creation_token": c.token,
    });
    if let Some(d) = p.get("date_gmt") {
        body["date_gmt"] = d.clone();
    }
    if let Some(id) = post_id {
        body["post_id"] = json!(id);
    }
    let route = "igny8/v1/publish";
    let answer = http.write_json(Method::POST, root, route, Some(&body), post_id.is_some())?;
    let data = answer.body.get("data").ok_or_else(|| bad_answer(route, "no data"))?;
    let id = data.get("assigned_post_id").and_then(Value::as_i64).ok_or_else(|| bad_answer(route, "no post id"))?;
    if let Some(asked) = post_id {
        expect_id(route, asked, id)?;
    }
    // The plugin echoes the item it published: an answer without it, or with another item's,
    // could be about any post (a replayed answer), and the record would name that post.
    let echoed = data.get("content_id").unwrap_or(&Value::Null);
    if echoed.as_i64() != Some(c.content.id) {
        // The echo is the plugin's text, up to the size of an answer: only a number is shown.
        let what = match echoed {
            Value::Null => "no content id".to_string(),
            Value::Number(n) if n.is_i64() || n.is_u64() => format!("content {n}"),
            _ => "a content id that is not a number".to_string(),
        };
        return Err(bad_answer(route, &format!("{what} when content {} was sent", c.content.id)));
    }
    let post = post_of(&json!({
        "id": id, "link": data.get("post_url"), "status": data.get("wordpress_status"),
        "modified_gmt": data.get("modified_gmt"),
    }))
    .map_err(|_| bad_answer(route, "a post id, URL, status or time that is not what WordPress sends"))?;
    Ok((post, post_id.is_none()))
}
