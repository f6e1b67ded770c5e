//! The igny8 bridge plugin's own routes (`igny8/v1`): publishing a post with its terms by slug,
//! and the plugin's status.

use serde_json::{json, Value};

use super::posts::{bad_answer, expect_id, post_of, Post, PostDraft};
use super::{Http, RestRoot};
use crate::domain::Slug;
use crate::error::Result;

/// The REST namespace the plugin registers: its presence is how a site shows the plugin.
pub const NAMESPACE: &str = "igny8/v1";

/// What the plugin's publish route takes for one item.
#[derive(Debug, Clone, Copy)]
pub struct BridgePublish<'a> {
    /// The item's id, which the plugin echoes: how an answer proves it is about this item.
    pub content_id: i64,
    pub draft: &'a PostDraft,
    pub categories: &'a [Slug],
    pub tags: &'a [Slug],
    pub token: &'a str,
    /// The post to update; `None` makes a new one.
    pub post_id: Option<i64>,
}

/// `igny8/v1/publish` creates or updates the post (terms by slug, made by the plugin when
/// missing) and answers with what the record keeps.
pub fn publish(http: &Http, root: &RestRoot, p: &BridgePublish<'_>) -> Result<Post> {
    let d = p.draft;
    let mut body = json!({
        "content_id": p.content_id,
        "title": d.title,
        "content_html": d.content,
        "excerpt": d.excerpt,
        "slug": d.slug,
        "status": d.status,
        "categories": p.categories,
        "tags": p.tags,
        "creation_token": p.token,
    });
    if let Some(at) = &d.date_gmt {
        body["date_gmt"] = Value::String(at.clone());
    }
    if let Some(id) = p.post_id {
        body["post_id"] = json!(id);
    }
    let route = "igny8/v1/publish";
    let answer = http.write_json(reqwest::Method::POST, root, route, Some(&body), p.post_id.is_some())?;
    let data = answer.body.get("data").ok_or_else(|| bad_answer(route, "no data"))?;
    let id = data.get("assigned_post_id").and_then(Value::as_i64).ok_or_else(|| bad_answer(route, "no post id"))?;
    if let Some(asked) = p.post_id {
        expect_id(route, asked, id)?;
    }
    // The plugin echoes the item it published: an answer without it, or with another item's,
    // could be about any post (a replayed answer), and the record would name that post.
    let echoed = data.get("content_id").unwrap_or(&Value::Null);
    if echoed.as_i64() != Some(p.content_id) {
        // The echo is the plugin's text, up to the size of an answer: only a number is shown.
        let what = match echoed {
            Value::Null => "no content id".to_string(),
            Value::Number(n) if n.is_i64() || n.is_u64() => format!("content {n}"),
            _ => "a content id that is not a number".to_string(),
        };
        return Err(bad_answer(route, &format!("{what} when content {} was sent", p.content_id)));
    }
    post_of(&json!({
        "id": id, "link": data.get("post_url"), "status": data.get("wordpress_status"),
        "modified_gmt": data.get("modified_gmt"),
    }))
    .map_err(|_| bad_answer(route, "a post id, URL, status or time that is not what WordPress sends"))
}

/// The WordPress version as the plugin's `igny8/v1/status` tells it (core WordPress does not
/// publish it over REST); `None` when it does not answer with one.
pub fn wordpress_version(http: &Http, root: &RestRoot) -> Option<String> {
    super::inventory::bridge_status(http, root).ok().flatten()?.wordpress_version
}
