//! How a post proves that sitectl made it for one item: the creation token.
//!
//! A publishing record gets a random token before its post is first sent, and keeps it; every
//! write carries it. Core mode carries it in the post's raw content as an HTML comment
//! (`<!-- sitectl:origin TOKEN -->`), which stock WordPress keeps (kses too, for users without
//! `unfiltered_html`: the token has no `--`) and returns in `content.raw` with `context=edit`;
//! readers never see it (see `wordpress::marker::with_marker`: `wpautop` adds no element for
//! it), though it is in the page source. Bridge mode sends it as `creation_token`, which the
//! plugin keeps as protected post meta (`wordpress::marker::META_KEY`) that only the
//! key-authenticated route writes and only `context=edit` shows. How the token travels is
//! `wordpress::marker`'s; what it proves is decided here.
//!
//! A run that lost the answer to a create looks the post up by slug and adopts only a post that
//! is provably this item's: the one post with exactly the item's slug, carrying the record's
//! token, and (core mode) written by the connected user. The token alone is not enough in core
//! mode: a published post's HTML shows the comment, so another WordPress author could copy it
//! into a post of their own; they cannot make that post the connected user's (only a user who
//! may edit the connected user's posts can, and that user can change those posts anyway).

use crate::domain::{clip, Slug};
use crate::error::{Code, Error, Result};
use crate::wordpress::marker::TOKEN_LEN;
use crate::wordpress::Candidate;

/// A fresh token from the OS random source.
pub(super) fn new_token() -> Result<String> {
    let mut bytes = [0u8; TOKEN_LEN / 2];
    getrandom::getrandom(&mut bytes).map_err(|e| Error::internal(format!("the OS random source failed: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// What a slug lookup found.
#[derive(Debug)]
pub(super) enum Found {
    Nothing,
    /// Exactly one post, with the item's slug and the record's token: ours if (core mode) its
    /// author is the connected user, which the caller checks next.
    Token(Candidate),
    /// Anything else: several posts, another slug, no or another token. Never adopted.
    Other(Vec<Candidate>),
}

/// Sorts a lookup answer. `total` is WordPress's `X-WP-Total`: more than the answer holds is
/// more than one post, whatever the page shows.
pub(super) fn judge(mut found: Vec<Candidate>, total: Option<u64>, slug: &str, token: Option<&str>) -> Found {
    if found.is_empty() {
        return Found::Nothing;
    }
    let several = found.len() > 1 || total.is_some_and(|t| t > 1);
    let proven = !several
        && found.iter().all(|one| {
            one.slug.as_deref() == Some(slug)
                && token.is_some_and(|t| one.token.as_deref().is_some_and(|m| crate::secrets::constant_time_eq(m, t)))
        });
    if proven {
        Found::Token(found.swap_remove(0))
    } else {
        Found::Other(found)
    }
}

/// The conflict for posts a lookup found that are not provably this item's. `elsewhere` are
/// posts of the connected user that carry the item's token under another slug: where a lost
/// create went when WordPress gave it another slug (`-2` beside a published post).
pub(super) fn conflict(content_id: i64, slug: &str, others: &[Candidate], why: &str, elsewhere: &[Candidate]) -> Error {
    let name =
        |c: &Candidate| format!("post {} ({})", c.post.id, clip(c.post.link.as_deref().unwrap_or("no URL"), 200));
    let named: Vec<String> = others.iter().take(3).map(name).collect();
    let more = if others.len() > 3 { format!(" and {} more", others.len() - 3) } else { String::new() };
    let mut message = format!(
        "content {content_id} was never confirmed on WordPress, and what its slug '{slug}' finds there is not provably \
         its own ({why}): {}{more}; left untouched",
        named.join(", ")
    );
    let mut hint = format!(
        "give the item another slug (sitectl content update {content_id} --slug NEW), or leave that post alone and \
         create a new one: sitectl wp publish {content_id} --force"
    );
    if let Some(mine) = elsewhere.first() {
        let other_slug = clip(mine.slug.as_deref().unwrap_or(""), 200);
        message.push_str(&format!("; {} carries this item's creation token under the slug '{other_slug}'", name(mine)));
        // A hint is a command to copy: only a slug sitectl itself takes goes into one, never
        // whatever text (shell syntax included) the answer held.
        if let Some(slug) = mine.slug.as_deref().and_then(|s| s.parse::<Slug>().ok()) {
            hint = format!(
                "to adopt that post, give the item its slug: sitectl content update {content_id} --slug {slug}; \
                 or delete it in WordPress first"
            );
        }
    }
    Error::new(Code::RemoteConflict, message).with_hint(hint).with_details(serde_json::json!({
        "posts": others.iter().take(3).map(|c| c.post.id).collect::<Vec<_>>(),
        "carrying_token": elsewhere.iter().take(3).map(|c| c.post.id).collect::<Vec<_>>(),
    }))
}

/// Why a lookup's posts are not this item's, for [`conflict`].
pub(super) fn why_not(found: &[Candidate], total: Option<u64>, slug: &str, token: Option<&str>) -> &'static str {
    if found.len() > 1 || total.is_some_and(|t| t > 1) {
        return "several posts answered";
    }
    match found.first() {
        Some(c) if c.slug.as_deref() != Some(slug) => "its slug is not the item's",
        Some(c) if token.is_none() || c.token.as_deref() != token => "it does not carry this item's creation token",
        _ => "it was written by another WordPress user",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wordpress::{marker, Post};

    const T: &str = "0123456789abcdef0123456789abcdef";

    fn cand(id: i64, slug: &str, token: Option<&str>) -> Candidate {
        Candidate {
            post: Post { id, link: None, status: "publish".into(), modified_gmt: None },
            slug: Some(slug.into()),
            author: Some(1),
            token: token.map(str::to_string),
        }
    }

    #[test]
    fn a_new_token_is_a_fresh_token() {
        let t = new_token().unwrap();
        assert!(marker::is_token(&t) && t != new_token().unwrap());
    }

    #[test]
    fn only_one_post_with_the_slug_and_the_token_is_a_candidate() {
        assert!(matches!(judge(vec![], None, "s", Some(T)), Found::Nothing));
        assert!(matches!(judge(vec![cand(1, "s", Some(T))], Some(1), "s", Some(T)), Found::Token(_)));
        for (found, total) in [
            (vec![cand(1, "s", Some(T)), cand(2, "s", Some(T))], Some(2)),
            (vec![cand(1, "s", Some(T))], Some(2)),
            (vec![cand(1, "s-2", Some(T))], Some(1)),
            (vec![cand(1, "s", None)], Some(1)),
            (vec![cand(1, "s", Some("ffffffffffffffffffffffffffffffff"))], Some(1)),
        ] {
            assert!(matches!(judge(found, total, "s", Some(T)), Found::Other(_)));
        }
        assert!(matches!(judge(vec![cand(1, "s", Some(T))], None, "s", None), Found::Other(_)));
    }
}
