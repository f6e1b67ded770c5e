//! How a post proves that sitectl made it for one item: the creation token.
//!
//! A publishing record gets a random token before its post is first sent, and keeps it; every
//! write carries it. Core mode carries it in the post's raw content as an HTML comment
//! (`<!-- sitectl:origin TOKEN -->`), which stock WordPress keeps (kses too, for users without
//! `unfiltered_html`: the token has no `--`) and returns in `content.raw` with `context=edit`;
//! readers never see it (see [`with_marker`]: `wpautop` adds no element for it), though it is in
//! the page source. Bridge mode sends it as
//! `creation_token`, which the plugin keeps as protected post meta ([`META_KEY`]) that only the
//! key-authenticated route writes and only `context=edit` shows.
//!
//! A run that lost the answer to a create looks the post up by slug and adopts only a post that
//! is provably this item's: the one post with exactly the item's slug, carrying the record's
//! token, and (core mode) written by the connected user. The token alone is not enough in core
//! mode: a published post's HTML shows the comment, so another WordPress author could copy it
//! into a post of their own; they cannot make that post the connected user's (only a user who
//! may edit the connected user's posts can, and that user can change those posts anyway).

use serde_json::Value;

use super::remote::{post_of, Post};
use crate::domain::{clip, Slug};
use crate::error::{Code, Error, Result};

/// The post meta the bridge plugin keeps the token in.
pub(super) const META_KEY: &str = "_igny8_creation_token";

const MARKER_START: &str = "<!-- sitectl:origin ";
const MARKER_END: &str = " -->";
/// Hex characters of a token (128 bits).
const TOKEN_LEN: usize = 32;

/// A fresh token from the OS random source.
pub(super) fn new_token() -> Result<String> {
    let mut bytes = [0u8; TOKEN_LEN / 2];
    getrandom::getrandom(&mut bytes).map_err(|e| Error::internal(format!("the OS random source failed: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn is_token(s: &str) -> bool {
    s.len() == TOKEN_LEN && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// Closing tags the marker may go inside: elements whose content is markup, so a comment
/// there is a comment (not text, as in `textarea`, nor script or style source).
const INSIDE: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "aside",
    "header",
    "footer",
    "figure",
    "figcaption",
    "table",
    "tbody",
    "tr",
    "td",
    "th",
    "dl",
    "dd",
    "dt",
    "span",
    "em",
    "strong",
    "a",
    "b",
    "i",
    "code",
];

/// The body as core mode sends it: with the marker just before the body's last closing tag when
/// that is an element of markup (`<p>x<!-- … --></p>`), else at the very end. Either way
/// WordPress's `wpautop` keeps it inside the last paragraph: no empty paragraph, no line break.
/// An empty body gets it inside a Custom HTML block.
pub(super) fn with_marker(body: &str, token: &str) -> String {
    let marker = format!("{MARKER_START}{token}{MARKER_END}");
    if body.trim().is_empty() {
        // Alone, `wpautop` would wrap it in an empty paragraph; inside a Custom HTML block (which
        // also turns `wpautop` off, harmless with no text) it renders as the bare comment.
        return format!("<!-- wp:html -->{marker}<!-- /wp:html -->");
    }
    let end = body.trim_end().len();
    let head = &body[..end];
    let inside = head.rfind("</").filter(|&at| {
        let tag = &head[at + 2..];
        tag.strip_suffix('>').map(str::trim_end).is_some_and(|name| INSIDE.iter().any(|t| t.eq_ignore_ascii_case(name)))
    });
    let at = inside.unwrap_or(end);
    format!("{}{marker}{}", &body[..at], &body[at..])
}

/// The token of the last marker in a post's raw content (sitectl's own comes after anything the
/// item's body holds, so a marker copied into a body never passes for the post's).
pub(super) fn marker_token(raw: &str) -> Option<&str> {
    let at = raw.rfind(MARKER_START)? + MARKER_START.len();
    let (token, _) = raw[at..].split_once(MARKER_END)?;
    is_token(token).then_some(token)
}

/// Why a create's answer cannot be about the post that create made, if it cannot. WordPress
/// answers a create with `context=edit`: its slug is the item's (or the item's with the `-N`
/// suffix WordPress adds beside a published post that has it), and its raw content carries the
/// marker just sent. An answer about another post (a proxy or cache replaying another answer)
/// would make the record name a post sitectl did not make, which the next change overwrites.
/// Raw content with no marker at all is let through: a filter that drops comments would
/// otherwise fail every create while WordPress keeps making posts.
pub(super) fn not_made_here(v: &Value, slug: &str, token: &str) -> Option<&'static str> {
    let Some(answered) = v.get("slug").and_then(Value::as_str) else { return Some("a post without a slug") };
    let suffixed = answered
        .strip_prefix(slug)
        .and_then(|rest| rest.strip_prefix('-'))
        .is_some_and(|n| !n.is_empty() && n.len() <= 9 && n.bytes().all(|b| b.is_ascii_digit()));
    if answered != slug && !suffixed {
        return Some("a post whose slug is not the item's");
    }
    match v.get("content").and_then(|c| c.get("raw")) {
        None | Some(Value::Null) => None,
        Some(Value::String(raw)) if !raw.contains(MARKER_START) => None,
        Some(Value::String(raw)) if marker_token(raw).is_some_and(|t| crate::secrets::constant_time_eq(t, token)) => {
            None
        }
        Some(_) => Some("a post that does not carry the creation token just sent"),
    }
}

/// One post a slug lookup answered, with what proves (or not) where it came from.
#[derive(Debug, Clone)]
pub(super) struct Candidate {
    pub(super) post: Post,
    pub(super) slug: Option<String>,
    pub(super) author: Option<i64>,
    /// Core mode: the marker's token in `content.raw`; bridge mode: the meta's.
    pub(super) token: Option<String>,
}

/// Reads one element of a lookup answer; `bridge` says where the token is.
pub(super) fn candidate(v: &Value, bridge: bool) -> Result<Candidate> {
    let post = post_of(v)?;
    let slug = v.get("slug").and_then(Value::as_str).map(str::to_string);
    let author = v.get("author").and_then(Value::as_i64);
    let token = if bridge {
        v.get("meta").and_then(|m| m.get(META_KEY)).and_then(Value::as_str).filter(|t| is_token(t)).map(str::to_string)
    } else {
        v.get("content").and_then(|c| c.get("raw")).and_then(Value::as_str).and_then(marker_token).map(str::to_string)
    };
    Ok(Candidate { post, slug, author, token })
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

/// Text from WordPress in a message: at most `max` characters (the terminal escapes the rest).
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

    const T: &str = "0123456789abcdef0123456789abcdef";

    #[test]
    fn the_marker_goes_inside_the_last_element_of_markup() {
        let m = format!("{MARKER_START}{T}{MARKER_END}");
        for (body, want) in [
            ("", format!("<!-- wp:html -->{m}<!-- /wp:html -->")),
            (" \n", format!("<!-- wp:html -->{m}<!-- /wp:html -->")),
            ("plain text", format!("plain text{m}")),
            ("<p>x</p>", format!("<p>x{m}</p>")),
            ("<p>x</p>\n\n", format!("<p>x{m}</p>\n\n")),
            ("<P>x</P >", format!("<P>x{m}</P >")),
            ("<pre>code\n</pre>", format!("<pre>code\n{m}</pre>")),
            ("<textarea>x</textarea>", format!("<textarea>x</textarea>{m}")),
            ("<script>x</script>", format!("<script>x</script>{m}")),
            ("<!-- /wp:paragraph -->", format!("<!-- /wp:paragraph -->{m}")),
            ("a </p", format!("a </p{m}")),
        ] {
            assert_eq!(with_marker(body, T), want, "{body:?}");
            assert_eq!(marker_token(&want), Some(T), "{body:?}");
        }
    }

    #[test]
    fn only_the_last_well_formed_marker_counts() {
        let forged = format!("{MARKER_START}{}{MARKER_END}", "f".repeat(32));
        let sent = with_marker(&format!("<p>{forged}</p>"), T);
        assert_eq!(marker_token(&sent), Some(T), "a marker copied into the body comes first");
        for raw in [
            "no marker".to_string(),
            format!("{MARKER_START}{}{MARKER_END}", "A".repeat(32)),
            format!("{MARKER_START}{T}0{MARKER_END}"),
            format!("{MARKER_START}{T}"),
            format!("{MARKER_START}short{MARKER_END}"),
        ] {
            assert_eq!(marker_token(&raw), None, "{raw}");
        }
        let t = new_token().unwrap();
        assert!(is_token(&t) && t != new_token().unwrap());
    }

    #[test]
    fn a_create_answer_is_about_the_post_made_only_with_the_items_slug_and_token() {
        let ours = format!("<p>x{MARKER_START}{T}{MARKER_END}</p>");
        let other = format!("<p>x{MARKER_START}{}{MARKER_END}</p>", "f".repeat(32));
        let answer = |slug: Option<&str>, raw: Value| {
            let mut v = serde_json::json!({"id": 7, "content": {"raw": raw}});
            if let Some(s) = slug {
                v["slug"] = s.into();
            }
            v
        };
        for (slug, raw) in [
            (Some("s"), Value::String(ours.clone())),
            (Some("s-2"), Value::String(ours.clone())),
            (Some("s-12"), Value::Null),
            (Some("s"), Value::String("<p>a filter dropped the comment</p>".into())),
        ] {
            assert_eq!(not_made_here(&answer(slug, raw.clone()), "s", T), None, "{slug:?} {raw}");
        }
        for (slug, raw) in [
            (None, Value::String(ours.clone())),
            (Some("t"), Value::String(ours.clone())),
            (Some("s-"), Value::String(ours.clone())),
            (Some("s-x"), Value::String(ours.clone())),
            (Some("s-2-2"), Value::String(ours.clone())),
            (Some("s"), Value::String(other.clone())),
            (Some("s"), Value::String(format!("{MARKER_START}{T}"))),
            (Some("s"), serde_json::json!(5)),
        ] {
            assert!(not_made_here(&answer(slug, raw.clone()), "s", T).is_some(), "{slug:?} {raw}");
        }
    }

    fn cand(id: i64, slug: &str, token: Option<&str>) -> Candidate {
        Candidate {
            post: Post { id, link: None, status: "publish".into(), modified_gmt: None },
            slug: Some(slug.into()),
            author: Some(1),
            token: token.map(str::to_string),
        }
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
