//! How a post carries sitectl's creation token on the wire (see `ops::wordpress::provenance`
//! for what the token proves). Core mode: an HTML comment (`<!-- sitectl:origin TOKEN -->`) in
//! the post's raw content, which stock WordPress keeps and returns in `content.raw` with
//! `context=edit`; bridge mode: the plugin's protected post meta ([`META_KEY`]).

use serde_json::Value;

/// The post meta the bridge plugin keeps the token in.
pub const META_KEY: &str = "_igny8_creation_token";

const MARKER_START: &str = "<!-- sitectl:origin ";
const MARKER_END: &str = " -->";
/// Hex characters of a token (128 bits).
pub const TOKEN_LEN: usize = 32;

pub fn is_token(s: &str) -> bool {
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
pub fn with_marker(body: &str, token: &str) -> String {
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
pub fn marker_token(raw: &str) -> Option<&str> {
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
pub fn not_made_here(v: &Value, slug: &str, token: &str) -> Option<&'static str> {
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
}
