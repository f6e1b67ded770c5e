//! Posts on WordPress for `wp publish` and `content retract`: reading one, looking one up by
//! slug, creating, updating and trashing one, in core mode (`wp/v2/posts`). Every answer must be
//! about the post asked for, or it is refused. Which post to adopt, and whether a post is gone
//! or changed for the item, is decided in `ops`.

use serde_json::{json, Value};

use super::marker::{self, META_KEY};
use super::{Http, RestRoot};
use crate::error::{Code, Error, Result};

/// What WordPress says about one post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Post {
    pub id: i64,
    pub link: Option<String>,
    pub status: String,
    pub modified_gmt: Option<String>,
}

/// What a post is made of before WordPress holds it: the fields sitectl writes, in the form
/// WordPress takes them (`status` is a WordPress status, `date_gmt` has no zone designator).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostDraft {
    pub title: String,
    pub content: String,
    pub excerpt: String,
    pub slug: String,
    pub status: String,
    pub date_gmt: Option<String>,
}

impl PostDraft {
    /// The draft as the JSON object core mode sends (terms apart): also what a caller hashes to
    /// know whether anything changed, so its form is part of the stored record's meaning.
    pub fn to_json(&self) -> Value {
        let mut body = json!({
            "title": self.title,
            "content": self.content,
            "excerpt": self.excerpt,
            "slug": self.slug,
            "status": self.status,
        });
        if let Some(at) = &self.date_gmt {
            body["date_gmt"] = Value::String(at.clone());
        }
        body
    }
}

/// One post a slug lookup answered, with what proves (or not) where it came from.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub post: Post,
    pub slug: Option<String>,
    pub author: Option<i64>,
    /// Core mode: the marker's token in `content.raw`; bridge mode: the meta's.
    pub token: Option<String>,
}

/// What a slug lookup answered: at most two posts, and WordPress's count of all of them.
#[derive(Debug, Clone)]
pub struct SlugLookup {
    pub found: Vec<Candidate>,
    /// `X-WP-Total`: more than `found` holds is more than one post, whatever the page shows.
    pub total: Option<u64>,
}

pub(super) fn bad_answer(route: &str, what: &str) -> Error {
    Error::new(Code::WpBadResponse, format!("WordPress answered {route} with {what}"))
}

/// Whether an error is WordPress saying the post is not there (deleted for good, or trashed and
/// emptied).
fn is_gone(e: &Error) -> bool {
    matches!(e.details.get("status").and_then(Value::as_u64), Some(404 | 410))
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
pub(super) fn expect_id(route: &str, asked: i64, answered: i64) -> Result<()> {
    if answered != asked {
        return Err(bad_answer(route, &format!("post {answered} when post {asked} was asked for")));
    }
    Ok(())
}

/// Post `id` as the editor sees it (`context=edit`, trash included); `None` when WordPress no
/// longer has it (404 or 410).
pub fn get_post(http: &Http, root: &RestRoot, id: i64) -> Result<Option<Post>> {
    let route = format!("wp/v2/posts/{id}");
    match http.get_json(root, &route, &[("context", "edit".into())]) {
        Ok(p) => {
            let post = post_of(&p.body)?;
            expect_id(&route, id, post.id)?;
            Ok(Some(post))
        }
        Err(e) if is_gone(&e) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Every status a lookup asks for: a post in the trash or still a draft is still the item's.
const ALL_STATUSES: &str = "publish,future,draft,pending,private,trash";

/// Reads one element of a lookup answer; `bridge` says where the token is.
fn candidate(v: &Value, bridge: bool) -> Result<Candidate> {
    let post = post_of(v)?;
    let slug = v.get("slug").and_then(Value::as_str).map(str::to_string);
    let author = v.get("author").and_then(Value::as_i64);
    let token = if bridge {
        v.get("meta")
            .and_then(|m| m.get(META_KEY))
            .and_then(Value::as_str)
            .filter(|t| marker::is_token(t))
            .map(str::to_string)
    } else {
        v.get("content")
            .and_then(|c| c.get("raw"))
            .and_then(Value::as_str)
            .and_then(marker::marker_token)
            .map(str::to_string)
    };
    Ok(Candidate { post, slug, author, token })
}

/// The posts with exactly this slug (every status, trash included), read as `bridge` says the
/// token travels. One post is the answer that can be adopted; a second says there are several,
/// so no more than two are asked for.
pub fn find_by_slug(http: &Http, root: &RestRoot, slug: &str, bridge: bool) -> Result<SlugLookup> {
    let route = "wp/v2/posts";
    let query = [
        ("slug", slug.to_string()),
        ("status", ALL_STATUSES.into()),
        ("context", "edit".into()),
        ("per_page", "2".into()),
    ];
    let answer = http.get_json(root, route, &query)?;
    let items = answer.body.as_array().ok_or_else(|| bad_answer(route, "a lookup that is not a list"))?;
    if items.is_empty() && answer.total.is_some_and(|t| t > 0) {
        return Err(bad_answer(route, "an empty page for a lookup it counts posts for"));
    }
    let found = items.iter().map(|v| candidate(v, bridge)).collect::<Result<Vec<_>>>()?;
    Ok(SlugLookup { found, total: answer.total })
}

/// Core mode: posts by `author` whose content carries `token`, whatever their slug (WordPress
/// searches content), at most three. Only to name them in a conflict, so a failure here is no
/// answer rather than an error that would hide the conflict.
pub fn carrying_token(http: &Http, root: &RestRoot, token: &str, author: i64) -> Vec<Candidate> {
    let query = [
        ("search", token.to_string()),
        ("status", ALL_STATUSES.into()),
        ("context", "edit".into()),
        ("per_page", "3".into()),
    ];
    let Ok(found) = http.get_json(root, "wp/v2/posts", &query) else { return Vec::new() };
    let items = found.body.as_array().map(Vec::as_slice).unwrap_or_default();
    items
        .iter()
        .filter_map(|v| candidate(v, false).ok())
        .filter(|c| c.author == Some(author) && c.token.as_deref() == Some(token))
        .collect()
}

/// Core mode: the body a create or update sends, with the terms' ids and the creation token
/// (in the content, not in what a caller hashes: adding it changes nothing an unchanged item
/// sends).
fn core_body(draft: &PostDraft, categories: &[i64], tags: &[i64], token: &str) -> Value {
    let mut body = draft.to_json();
    body["categories"] = json!(categories);
    body["tags"] = json!(tags);
    body["content"] = Value::String(marker::with_marker(&draft.content, token));
    body
}

/// Core mode: makes a new post. The answer must be about the post this create made (see
/// [`marker::not_made_here`]).
pub fn create_post(
    http: &Http,
    root: &RestRoot,
    draft: &PostDraft,
    categories: &[i64],
    tags: &[i64],
    token: &str,
) -> Result<Post> {
    let route = "wp/v2/posts";
    let body = core_body(draft, categories, tags, token);
    let answer = http.write_json(reqwest::Method::POST, root, route, Some(&body), false)?;
    let made = post_of(&answer.body)?;
    if let Some(what) = marker::not_made_here(&answer.body, &draft.slug, token) {
        return Err(bad_answer(route, &format!("post {} to a create, {what}", made.id)));
    }
    Ok(made)
}

/// Core mode: writes the draft over post `id`.
pub fn update_post(
    http: &Http,
    root: &RestRoot,
    id: i64,
    draft: &PostDraft,
    categories: &[i64],
    tags: &[i64],
    token: &str,
) -> Result<Post> {
    let route = format!("wp/v2/posts/{id}");
    let body = core_body(draft, categories, tags, token);
    let answer = http.write_json(reqwest::Method::POST, root, &route, Some(&body), true)?;
    let updated = post_of(&answer.body)?;
    expect_id(&route, id, updated.id)?;
    Ok(updated)
}

/// Moves post `id` to WordPress's trash; `None` when it is already gone (deleted for good, or
/// trashed and emptied). The answer must be that post, in the trash: anything else changes no
/// record.
pub fn trash_post(http: &Http, root: &RestRoot, id: i64) -> Result<Option<Post>> {
    let route = format!("wp/v2/posts/{id}");
    let answer = match http.write_json(reqwest::Method::DELETE, root, &route, None, true) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Publish records keep a hash of this JSON: its text must not change (key order included),
    /// or every item published before would count as changed.
    #[test]
    fn a_drafts_json_is_the_form_publish_records_were_hashed_from() {
        let mut d = PostDraft {
            title: "T \"q\"".into(),
            content: "<p>b</p>".into(),
            excerpt: String::new(),
            slug: "s".into(),
            status: "publish".into(),
            date_gmt: None,
        };
        assert_eq!(
            d.to_json().to_string(),
            r#"{"title":"T \"q\"","content":"<p>b</p>","excerpt":"","slug":"s","status":"publish"}"#
        );
        d.date_gmt = Some("2031-01-01T00:00:00".into());
        assert!(d.to_json().to_string().ends_with(r#""status":"publish","date_gmt":"2031-01-01T00:00:00"}"#));
    }
}
