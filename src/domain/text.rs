//! Validated text values: display names, content titles, excerpts and bodies, a site's SEO
//! texts and its OG image URL.
//!
//! Each type is built only by its `parse`, which trims and checks the text; a value of the type
//! is always acceptable, so the use cases and seeding share one rule and one message per value.
//! Optional values parse to `None` when empty (the product stores "no value" then).

use std::fmt;

use crate::error::{Code, Error, Result};

/// The text behind a validated value, for storing and showing.
macro_rules! text_value {
    ($name:ident) => {
        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }

            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<$name> for String {
            fn from(v: $name) -> String {
                v.0
            }
        }
    };
}

/// A required display name (of a plan, account, site or user): trimmed, 1-200 characters,
/// without control characters, bidirectional overrides or invisible (zero-width) characters, so
/// a name reads the same on every screen and cannot disguise itself as another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name(String);
text_value!(Name);

impl Name {
    /// The name `text` of a `what` ("site", "account" ...), which the messages name.
    pub fn parse(what: &str, text: &str) -> Result<Name> {
        let name = text.trim();
        if let Some(c) = name.chars().find(|c| super::is_deceptive_char(*c)) {
            return Err(Error::new(
                Code::InvalidName,
                format!("the {what} name contains the invisible or text-direction character U+{:04X}", c as u32),
            )
            .with_hint("type the name without bidirectional overrides or zero-width characters"));
        }
        if let Some(c) = name.chars().find(|c| c.is_control()) {
            return Err(Error::new(
                Code::InvalidName,
                format!("the {what} name contains the control character U+{:04X}", c as u32),
            )
            .with_hint("type the name on one line, without control characters (NUL, escape, tab ...)"));
        }
        if name.is_empty() || name.chars().count() > 200 {
            return Err(Error::new(Code::InvalidName, format!("the {what} name must be 1-200 printable characters"))
                .with_hint("pass --name with a non-empty value"));
        }
        Ok(Name(name.to_string()))
    }
}

/// A user's display name, which may be left out: none (or an empty one) is the empty name;
/// any other is a [`Name`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserName(String);
text_value!(UserName);

impl UserName {
    pub fn parse(text: Option<&str>) -> Result<UserName> {
        match text {
            None | Some("") => Ok(UserName(String::new())),
            Some(n) => Ok(UserName(Name::parse("user", n)?.into_string())),
        }
    }
}

/// A content title: trimmed, 1-500 printable characters, without invisible or text-direction
/// characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Title(String);
text_value!(Title);

impl Title {
    pub fn parse(text: &str) -> Result<Title> {
        let t = text.trim();
        if let Some(c) = t.chars().find(|c| super::is_deceptive_char(*c)) {
            return Err(Error::new(
                Code::InvalidField,
                format!("the title contains the invisible or text-direction character U+{:04X}", c as u32),
            ));
        }
        if t.is_empty() || t.chars().count() > 500 || t.chars().any(char::is_control) {
            return Err(Error::new(Code::InvalidField, "the title must be 1-500 printable characters")
                .with_hint("pass --title with a non-empty value"));
        }
        Ok(Title(t.to_string()))
    }
}

/// A content excerpt: trimmed, at most 2,000 characters, line breaks and tabs allowed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt(String);
text_value!(Excerpt);

impl Excerpt {
    pub fn parse(text: &str) -> Result<Excerpt> {
        let e = text.trim();
        if e.chars().count() > 2000 || e.chars().any(|c| c.is_control() && c != '\n' && c != '\t') {
            return Err(Error::new(Code::InvalidField, "the excerpt must be at most 2000 printable characters"));
        }
        Ok(Excerpt(e.to_string()))
    }
}

/// A content body: HTML as WordPress takes it, kept as given; no NUL (neither engine can store
/// it in text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Body(String);
text_value!(Body);

impl Body {
    pub fn parse(text: &str) -> Result<Body> {
        if text.contains('\0') {
            return Err(Error::new(Code::InvalidField, "the body contains a NUL character"));
        }
        Ok(Body(text.to_string()))
    }
}

/// One of a site's SEO texts (title, description, keywords): trimmed, printable, line breaks
/// allowed, of a bounded length; empty is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeoText(String);
text_value!(SeoText);

impl SeoText {
    /// The SEO title: at most 300 characters.
    pub fn title(text: &str) -> Result<Option<SeoText>> {
        Self::parse("the SEO title", text, 300)
    }

    /// The SEO description: at most 1,000 characters.
    pub fn description(text: &str) -> Result<Option<SeoText>> {
        Self::parse("the SEO description", text, 1000)
    }

    /// The SEO keywords: at most 1,000 characters.
    pub fn keywords(text: &str) -> Result<Option<SeoText>> {
        Self::parse("the SEO keywords", text, 1000)
    }

    fn parse(what: &str, text: &str, max: usize) -> Result<Option<SeoText>> {
        bounded(what, text, max).map(|v| v.map(SeoText))
    }
}

/// Trimmed optional text of at most `max` printable characters (line breaks allowed).
fn bounded(what: &str, text: &str, max: usize) -> Result<Option<String>> {
    let v = text.trim();
    if v.is_empty() {
        return Ok(None);
    }
    if v.chars().count() > max || v.chars().any(|c| c.is_control() && c != '\n') {
        return Err(Error::new(Code::InvalidField, format!("{what} must be at most {max} printable characters")));
    }
    Ok(Some(v.to_string()))
}

/// A site's OG image URL: an absolute http(s) URL of at most 2,048 printable characters, stored
/// as the URL parser writes it; empty is none.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OgImageUrl(String);
text_value!(OgImageUrl);

impl OgImageUrl {
    pub fn parse(text: &str) -> Result<Option<OgImageUrl>> {
        let Some(v) = bounded("the OG image URL", text, 2048)? else { return Ok(None) };
        Self::parse_url(&v)
    }

    /// The URL rule alone, without the length and printable check of [`OgImageUrl::parse`]:
    /// what `seed validate` has always checked (applying the seed checks the rest).
    pub fn parse_url(text: &str) -> Result<Option<OgImageUrl>> {
        let v = text.trim();
        if v.is_empty() {
            return Ok(None);
        }
        match url::Url::parse(v) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => {
                Ok(Some(OgImageUrl(u.to_string())))
            }
            _ => Err(Error::new(Code::InvalidUrl, format!("invalid OG image URL {v:?}: give an http(s) URL"))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message<T: fmt::Debug>(r: Result<T>) -> (String, String) {
        let e = r.unwrap_err();
        (e.code.to_string(), e.message.clone())
    }

    #[test]
    fn names() {
        assert_eq!(Name::parse("site", "  Acme Blog ").unwrap().as_str(), "Acme Blog");
        let cases = [
            ("", "the site name must be 1-200 printable characters"),
            ("   ", "the site name must be 1-200 printable characters"),
            ("a\u{202E}b", "the site name contains the invisible or text-direction character U+202E"),
            ("a\u{200B}b", "the site name contains the invisible or text-direction character U+200B"),
            ("a\tb", "the site name contains the control character U+0009"),
            ("a\u{1b}[31mb", "the site name contains the control character U+001B"),
        ];
        for (text, want) in cases {
            assert_eq!(message(Name::parse("site", text)), ("invalid_name".into(), want.into()), "{text:?}");
        }
        assert!(Name::parse("plan", &"é".repeat(200)).is_ok());
        assert!(Name::parse("plan", &"é".repeat(201)).is_err());
        assert_eq!(UserName::parse(None).unwrap().as_str(), "");
        assert_eq!(UserName::parse(Some("")).unwrap().as_str(), "");
        assert_eq!(UserName::parse(Some(" Ann ")).unwrap().as_str(), "Ann");
        assert_eq!(message(UserName::parse(Some(" "))).1, "the user name must be 1-200 printable characters");
    }

    #[test]
    fn content_texts() {
        assert_eq!(Title::parse(" Hello ").unwrap().as_str(), "Hello");
        assert_eq!(message(Title::parse("")).1, "the title must be 1-500 printable characters");
        assert_eq!(message(Title::parse("a\nb")).1, "the title must be 1-500 printable characters");
        assert_eq!(
            message(Title::parse("a\u{2066}b")).1,
            "the title contains the invisible or text-direction character U+2066"
        );
        assert!(Title::parse(&"x".repeat(500)).is_ok());
        assert!(Title::parse(&"x".repeat(501)).is_err());
        assert_eq!(Excerpt::parse(" a\n\tb ").unwrap().as_str(), "a\n\tb");
        assert_eq!(Excerpt::parse("").unwrap().as_str(), "");
        assert_eq!(message(Excerpt::parse("a\u{7}")).1, "the excerpt must be at most 2000 printable characters");
        assert!(Excerpt::parse(&"x".repeat(2001)).is_err());
        assert_eq!(Body::parse("  <p>kept as given</p>\n").unwrap().as_str(), "  <p>kept as given</p>\n");
        assert_eq!(message(Body::parse("a\0b")), ("invalid_field".into(), "the body contains a NUL character".into()));
    }

    #[test]
    fn site_texts() {
        assert_eq!(SeoText::title("  ").unwrap(), None);
        assert_eq!(SeoText::description(" a\nb ").unwrap().unwrap().as_str(), "a\nb");
        assert!(SeoText::title(&"x".repeat(300)).unwrap().is_some());
        assert_eq!(
            message(SeoText::title(&"x".repeat(301))).1,
            "the SEO title must be at most 300 printable characters"
        );
        assert_eq!(
            message(SeoText::keywords("a\u{1b}")).1,
            "the SEO keywords must be at most 1000 printable characters"
        );
        assert_eq!(OgImageUrl::parse("").unwrap(), None);
        assert_eq!(OgImageUrl::parse(" https://example.com ").unwrap().unwrap().as_str(), "https://example.com/");
        assert_eq!(
            message(OgImageUrl::parse("ftp://example.com/a.png")),
            ("invalid_url".into(), "invalid OG image URL \"ftp://example.com/a.png\": give an http(s) URL".into())
        );
        let long = format!("https://example.com/{}", "a".repeat(2048));
        assert_eq!(message(OgImageUrl::parse(&long)).1, "the OG image URL must be at most 2048 printable characters");
        assert!(OgImageUrl::parse_url(&long).is_ok());
    }
}
