//! Validated value types: slugs, emails, domains and site references.
//!
//! Each type validates in `FromStr`, so a value of the type is always well formed; the rest of
//! the library never re-checks them.

use crate::error::Code;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// Longest slug we accept: a DNS label's length, so a slug can always become a subdomain.
pub const SLUG_MAX: usize = 63;

/// Lowercase ASCII letters, digits and single inner hyphens, 1-63 characters.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Slug(String);

impl Slug {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Derives a slug from a display name: ASCII letters and digits kept (lowercased), accented
    /// Latin letters folded to their base letter, every other run of characters becomes one
    /// hyphen. Fails when nothing usable remains.
    pub fn derive(name: &str) -> Result<Slug> {
        let mut out = String::new();
        let mut pending_hyphen = false;
        for ch in name.chars() {
            let folded = fold_latin(ch);
            match folded {
                Some(c) if c.is_ascii_alphanumeric() => {
                    if pending_hyphen && !out.is_empty() {
                        out.push('-');
                    }
                    pending_hyphen = false;
                    out.push(c.to_ascii_lowercase());
                }
                _ => pending_hyphen = true,
            }
            if out.len() >= SLUG_MAX {
                break;
            }
        }
        out.truncate(SLUG_MAX);
        let out = out.trim_end_matches('-').to_string();
        if out.is_empty() {
            return Err(Error::new(Code::InvalidSlug, format!("cannot derive a slug from the name {name:?}"))
                .with_hint("pass an explicit --slug of lowercase letters, digits and hyphens"));
        }
        out.parse()
    }
}

/// Folds common accented Latin letters to ASCII so "Café Noir" derives "cafe-noir".
fn fold_latin(ch: char) -> Option<char> {
    if ch.is_ascii() {
        return Some(ch);
    }
    let base = match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
        'ç' | 'Ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
        'ñ' | 'Ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
        'ý' | 'ÿ' | 'Ý' => 'y',
        'ß' => 's',
        _ => return None,
    };
    Some(base)
}

impl FromStr for Slug {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let problem = if s.is_empty() {
            Some("is empty")
        } else if s.len() > SLUG_MAX {
            Some("is longer than 63 characters")
        } else if !s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-') {
            Some("may contain only lowercase letters, digits and hyphens")
        } else if s.starts_with('-') || s.ends_with('-') {
            Some("may not start or end with a hyphen")
        } else if s.contains("--") {
            Some("may not contain two hyphens in a row")
        } else {
            None
        };
        match problem {
            Some(why) => {
                Err(Error::new(Code::InvalidSlug, format!("invalid slug {:?}: it {why}", truncate_for_message(s)))
                    .with_hint("use lowercase letters, digits and single hyphens, e.g. 'acme-blog'"))
            }
            None => Ok(Slug(s.to_string())),
        }
    }
}

impl TryFrom<String> for Slug {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

impl From<Slug> for String {
    fn from(s: Slug) -> String {
        s.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Keeps error messages readable when someone passes a megabyte of garbage.
pub(crate) fn truncate_for_message(s: &str) -> String {
    clip(s, 80)
}

/// `s` cut to at most `max` characters (never inside one), `…` marking a cut: outside text
/// quoted in a message.
pub fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let head: String = s.chars().take(max).collect();
        format!("{head}…")
    }
}

/// An email address, stored lowercased (emails are unique case-insensitively).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for Email {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let bad = |why: &str| {
            Error::new(Code::InvalidEmail, format!("invalid email {:?}: {why}", truncate_for_message(s)))
                .with_hint("give an address such as 'jane@example.com'")
        };
        let s = s.trim();
        if s.len() > 254 {
            return Err(bad("it is longer than 254 characters"));
        }
        let Some((local, domain)) = s.split_once('@') else {
            return Err(bad("it has no '@'"));
        };
        if local.is_empty() || local.len() > 64 {
            return Err(bad("the part before '@' must be 1-64 characters"));
        }
        let local_ok = local.bytes().all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+/=?^_`{|}~.-".contains(&b))
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..");
        if !local_ok {
            return Err(bad("the part before '@' has characters an address may not use"));
        }
        if domain.contains('@') {
            return Err(bad("it has more than one '@'"));
        }
        check_hostname(&domain.to_ascii_lowercase()).map_err(|why| bad(&why))?;
        Ok(Email(format!("{}@{}", local.to_ascii_lowercase(), domain.to_ascii_lowercase())))
    }
}

impl TryFrom<String> for Email {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Checks a lowercase DNS host name: two or more labels of letters, digits and inner hyphens,
/// a TLD that is not all digits.
fn check_hostname(host: &str) -> std::result::Result<(), String> {
    if host.is_empty() || host.len() > 253 {
        return Err("the domain must be 1-253 characters".into());
    }
    if !host.is_ascii() {
        return Err("the domain has non-ASCII characters (use its punycode xn-- form)".into());
    }
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 {
        return Err("the domain needs at least two labels, like example.com".into());
    }
    for label in &labels {
        if label.is_empty() || label.len() > 63 {
            return Err("each part of the domain must be 1-63 characters".into());
        }
        if !label.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(format!("the domain part {label:?} may contain only letters, digits and hyphens"));
        }
        if label.starts_with('-') || label.ends_with('-') {
            return Err(format!("the domain part {label:?} may not start or end with a hyphen"));
        }
    }
    if labels.last().is_some_and(|tld| tld.bytes().all(|b| b.is_ascii_digit())) {
        return Err("the domain's last part may not be a number (IP addresses are not domains)".into());
    }
    Ok(())
}

/// A site's primary domain: a lowercase host name without scheme, port or path.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Domain(String);

impl Domain {
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Parses what a user typed where a domain is expected. A URL (or a host with a port or a
    /// path) is accepted and reduced to its host; the second value then says what was dropped,
    /// for a warning.
    pub fn parse_lenient(input: &str) -> Result<(Domain, Option<String>)> {
        let trimmed = input.trim();
        let bad = |why: &str| {
            Error::new(Code::InvalidDomain, format!("invalid domain {:?}: {why}", truncate_for_message(input)))
                .with_hint("give a host name such as 'blog.example.com'")
        };
        if trimmed.is_empty() {
            return Err(bad("it is empty"));
        }
        let (host, reduced) = if trimmed.contains("://") {
            let url = url::Url::parse(trimmed).map_err(|e| bad(&format!("not a valid URL ({e})")))?;
            if !matches!(url.scheme(), "http" | "https") {
                return Err(bad("only http and https URLs can be reduced to a domain"));
            }
            let host = url.host_str().ok_or_else(|| bad("the URL has no host"))?.to_string();
            (host, true)
        } else {
            let end = trimmed.find(['/', '?', '#']).unwrap_or(trimmed.len());
            let mut host = &trimmed[..end];
            let mut reduced = end != trimmed.len();
            if let Some((h, port)) = host.rsplit_once(':') {
                if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) {
                    host = h;
                    reduced = true;
                }
            }
            (host.to_string(), reduced)
        };
        let host = host.to_ascii_lowercase();
        let host = host.strip_suffix('.').unwrap_or(&host).to_string();
        check_hostname(&host).map_err(|why| bad(&why))?;
        let warning = reduced.then(|| format!("{input:?} is not a bare domain; using '{host}'"));
        Ok((Domain(host), warning))
    }
}

impl FromStr for Domain {
    type Err = Error;
    /// Strict form: only a bare host name (used when reading stored or fixture data).
    fn from_str(s: &str) -> Result<Self> {
        match Domain::parse_lenient(s)? {
            (d, None) => Ok(d),
            (_, Some(_)) => {
                Err(Error::new(Code::InvalidDomain, format!("invalid domain {s:?}: give the bare host name")))
            }
        }
    }
}

impl TryFrom<String> for Domain {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

impl From<Domain> for String {
    fn from(d: Domain) -> String {
        d.0
    }
}

impl fmt::Display for Domain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// How a command line names a site: `42`, `acme/blog`, or a bare `blog`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SiteRef {
    Id(i64),
    Qualified { account: Slug, site: Slug },
    Slug(Slug),
}

impl FromStr for SiteRef {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        let s = s.trim();
        if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
            return s.parse::<i64>().map(SiteRef::Id).map_err(|_| {
                Error::new(Code::InvalidSiteRef, format!("site id {:?} is out of range", truncate_for_message(s)))
            });
        }
        let with_hint = |e: Error| e.with_hint("name a site by its id (42), ACCOUNT/SLUG (acme/blog) or a slug (blog)");
        match s.split_once('/') {
            Some((account, site)) => Ok(SiteRef::Qualified {
                account: account.parse().map_err(with_hint)?,
                site: site.parse().map_err(with_hint)?,
            }),
            None => Ok(SiteRef::Slug(s.parse().map_err(with_hint)?)),
        }
    }
}

impl fmt::Display for SiteRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SiteRef::Id(id) => write!(f, "{id}"),
            SiteRef::Qualified { account, site } => write!(f, "{account}/{site}"),
            SiteRef::Slug(s) => write!(f, "{s}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        for ok in ["a", "acme", "acme-blog", "a1-b2", &"x".repeat(63)] {
            assert!(ok.parse::<Slug>().is_ok(), "{ok}");
        }
        for bad in ["", "Acme", "-a", "a-", "a--b", "a_b", "a b", "é", &"x".repeat(64), "a\0b", "../x"] {
            let err = bad.parse::<Slug>().unwrap_err();
            assert_eq!(err.code, "invalid_slug", "{bad}");
        }
    }

    #[test]
    fn slug_derivation() {
        let cases = [
            ("Acme Blog", "acme-blog"),
            ("  Café Noir!! ", "cafe-noir"),
            ("Dr. Smith's Dental -- Clinic", "dr-smith-s-dental-clinic"),
            ("2024 Report", "2024-report"),
        ];
        for (name, want) in cases {
            assert_eq!(Slug::derive(name).unwrap().as_str(), want);
        }
        assert!(Slug::derive("!!!").is_err());
        assert!(Slug::derive("日本語").is_err());
        assert_eq!(Slug::derive(&"ab ".repeat(60)).unwrap().as_str().len(), 62);
    }

    #[test]
    fn emails() {
        assert_eq!("Jane.Doe@Example.COM".parse::<Email>().unwrap().as_str(), "jane.doe@example.com");
        assert!("a+tag@mail.example.co.uk".parse::<Email>().is_ok());
        for bad in [
            "",
            "jane",
            "@example.com",
            "jane@",
            "jane@localhost",
            "ja ne@example.com",
            "a@b@c.com",
            "jane@exa_mple.com",
            ".jane@example.com",
            "jane..doe@example.com",
            "jane@example.123",
            "jäne@example.com",
        ] {
            assert_eq!(bad.parse::<Email>().unwrap_err().code, "invalid_email", "{bad}");
        }
    }

    #[test]
    fn domains() {
        assert_eq!(Domain::parse_lenient("Blog.Example.com").unwrap(), (Domain("blog.example.com".into()), None));
        let (d, warn) = Domain::parse_lenient("https://Example.com:8443/wp-admin?x=1").unwrap();
        assert_eq!(d.as_str(), "example.com");
        assert!(warn.is_some());
        let (d, warn) = Domain::parse_lenient("example.com/blog").unwrap();
        assert_eq!(d.as_str(), "example.com");
        assert!(warn.is_some());
        for bad in ["", "localhost", "exa mple.com", "-x.com", "192.168.0.1", "ftp://example.com", "bücher.de", "a..b"]
        {
            assert_eq!(Domain::parse_lenient(bad).unwrap_err().code, "invalid_domain", "{bad}");
        }
        assert!("https://example.com".parse::<Domain>().is_err());
    }

    #[test]
    fn site_refs() {
        assert_eq!("42".parse::<SiteRef>().unwrap(), SiteRef::Id(42));
        assert!(matches!("acme/blog".parse::<SiteRef>().unwrap(), SiteRef::Qualified { .. }));
        assert!(matches!("blog".parse::<SiteRef>().unwrap(), SiteRef::Slug(_)));
        for bad in ["", "acme/", "/blog", "a/b/c", "Blog", "99999999999999999999999"] {
            assert!(bad.parse::<SiteRef>().is_err(), "{bad}");
        }
    }
}
