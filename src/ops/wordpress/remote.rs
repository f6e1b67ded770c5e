//! Talking to WordPress for `wp publish`: finding a post, resolving terms, sending a post in
//! core mode (`wp/v2/posts`) or bridge mode (`igny8/v1/publish`). No database here.

use std::collections::HashMap;

use reqwest::Method;
use serde_json::{json, Value};

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
    let found = http.get_json(root, route, &[("slug", slug.to_string()), ("context", "view".into())])?;
    let existing = found.body.as_array().and_then(|a| a.first()).and_then(|t| t.get("id")).and_then(Value::as_i64);
    let id = match existing {
        Some(id) => id,
        None => match http.write_json(
            Method::POST,
            root,
            route,
            Some(&json!({"name": slug.as_str(), "slug": slug.as_str()})),
            false,
        ) {
            Ok(made) => made.body.get("id").and_then(Value::as_i64).ok_or_else(|| bad_answer(route, "no term id"))?,
            Err(e) if e.details.get("wp_code").and_then(Value::as_str) == Some("term_exists") => e
                .details
                .get("wp_data")
                .and_then(|d| d.get("term_id"))
                .and_then(Value::as_i64)
                .ok_or_else(|| bad_answer(route, "term_exists without a term id"))?,
            Err(e) => return Err(e),
        },
    };
    cache.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(key, id);
    Ok(id)
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

pub(super) fn post_of(v: &Value) -> Result<Post> {
    let id = v.get("id").and_then(Value::as_i64).ok_or_else(|| bad_answer("wp/v2/posts", "no post id"))?;
    let text = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    Ok(Post { id, link: text("link"), status: text("status").unwrap_or_default(), modified_gmt: text("modified_gmt") })
}

fn gone(c: &Claim, post: i64) -> Error {
    Error::new(
        Code::RemoteDeleted,
        format!("post {post} of content {} is no longer on WordPress (deleted or in the trash)", c.content.id),
    )
    .with_hint(format!("to publish it again on purpose: sitectl wp publish {} --force", c.content.id))
}

/// The post the record (or, after an unfinished run, the slug) names, if it is still there.
fn current_post(http: &Http, root: &RestRoot, c: &Claim, force: bool) -> Result<Option<Post>> {
    if let Some(id) = c.record.as_ref().and_then(|r| r.external_id) {
        return match http.get_json(root, &format!("wp/v2/posts/{id}"), &[("context", "edit".into())]) {
            Ok(p) => {
                let post = post_of(&p.body)?;
                if post.status == "trash" && !force {
                    return Err(gone(c, id));
                }
                Ok(Some(post))
            }
            Err(e)
                if e.details.get("status").and_then(Value::as_u64) == Some(404)
                    || e.details.get("status").and_then(Value::as_u64) == Some(410) =>
            {
                if force {
                    Ok(None)
                } else {
                    Err(gone(c, id))
                }
            }
            Err(e) => Err(e),
        };
    }
    if !c.look_first {
        return Ok(None);
    }
    let query = [
        ("slug", c.content.slug.to_string()),
        ("status", "publish,future,draft,pending,private,trash".into()),
        ("context", "edit".into()),
    ];
    let found = http.get_json(root, "wp/v2/posts", &query)?;
    found.body.as_array().and_then(|a| a.first()).map(post_of).transpose()
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
    let answer = match &existing {
        Some(post) => http.write_json(Method::POST, &root, &format!("wp/v2/posts/{}", post.id), Some(&body), true)?,
        None => http.write_json(Method::POST, &root, "wp/v2/posts", Some(&body), false)?,
    };
    Ok((post_of(&answer.body)?, existing.is_none()))
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
    });
    if let Some(d) = p.get("date_gmt") {
        body["date_gmt"] = d.clone();
    }
    if let Some(id) = post_id {
        body["post_id"] = json!(id);
    }
    let answer = http.write_json(Method::POST, root, "igny8/v1/publish", Some(&body), post_id.is_some())?;
    let data = answer.body.get("data").ok_or_else(|| bad_answer("igny8/v1/publish", "no data"))?;
    let text = |k: &str| data.get(k).and_then(Value::as_str).map(str::to_string);
    let id = data
        .get("assigned_post_id")
        .and_then(Value::as_i64)
        .ok_or_else(|| bad_answer("igny8/v1/publish", "no post id"))?;
    let post = Post {
        id,
        link: text("post_url"),
        status: text("wordpress_status").unwrap_or_default(),
        modified_gmt: text("modified_gmt"),
    };
    Ok((post, post_id.is_none()))
}
