//! Reading an answer: its body as it arrives (bounded, counted), the one mapping from
//! transport failures and HTTP statuses to errors, and the JSON page a successful answer holds.

use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};

use reqwest::blocking::Response;
use reqwest::header::HeaderMap;
use serde_json::Value;
use url::Url;

use super::{JsonPage, RawResponse};
use crate::error::{Code, Error, Result};

/// A body read as it arrives: counted into the client's received bytes, cut at the size limit,
/// and the first failure kept as the error it stands for.
pub(super) struct Limited<'a> {
    pub(super) inner: Response,
    pub(super) url: &'a Url,
    /// When the whole answer must have arrived (the request timeout, counted from the request),
    /// so a server that drips its body a byte at a time still ends.
    pub(super) deadline: std::time::Instant,
    pub(super) limit: u64,
    pub(super) read: u64,
    pub(super) received: &'a AtomicU64,
    pub(super) failure: Option<Error>,
}

impl Read for Limited<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = match self.inner.read(buf) {
            Ok(n) => n,
            Err(e) => {
                let mapped = match e.get_ref().and_then(|i| i.downcast_ref::<reqwest::Error>()) {
                    Some(inner) => transport_error(self.url, inner),
                    None => remote(Code::WpBadResponse, format!("reading the answer from {} failed: {e}", self.url))
                        .with_cause(&e),
                };
                self.failure.get_or_insert(mapped);
                return Err(e);
            }
        };
        self.read += n as u64;
        self.received.fetch_add(n as u64, Ordering::Relaxed);
        if n > 0 && std::time::Instant::now() > self.deadline {
            let url = self.url;
            self.failure.get_or_insert_with(|| {
                remote(Code::WpTimeout, format!("{url} did not answer in time"))
                    .with_hint("the site is slow or down; retry, or raise http_timeout_ms")
            });
            return Err(std::io::Error::new(std::io::ErrorKind::TimedOut, "the answer is too slow"));
        }
        if self.read > self.limit {
            let url = self.url;
            let limit = self.limit;
            self.failure.get_or_insert_with(|| {
                remote(Code::WpResponseTooLarge, format!("the answer from {url} is larger than {limit} bytes"))
            });
            return Err(std::io::Error::other("the answer is too large"));
        }
        Ok(n)
    }
}

pub(super) fn remote(code: Code, message: String) -> Error {
    Error::new(code, message)
}

/// Maps a transport failure to an error that names the reason, keeping reqwest's as its cause.
pub(super) fn transport_error(url: &Url, e: &reqwest::Error) -> Error {
    name_transport_error(url, e).with_cause(e)
}

fn name_transport_error(url: &Url, e: &reqwest::Error) -> Error {
    let mut chain = String::new();
    let mut cause = String::new();
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = source {
        cause = s.to_string();
        chain.push_str(&cause.to_lowercase());
        chain.push(' ');
        source = s.source();
    }
    if e.is_redirect() {
        return remote(Code::WpRedirectLoop, format!("too many redirects from {url}"))
            .with_hint("check the URL; the site redirects in a loop or too many times");
    }
    if e.is_timeout() || chain.contains("timed out") {
        return remote(Code::WpTimeout, format!("{url} did not answer in time"))
            .with_hint("the site is slow or down; retry, or raise http_timeout_ms");
    }
    let tls_words = ["certificate", "tls", "ssl", "handshake", "corrupt message", "invalidcontenttype", "alert"];
    if tls_words.iter().any(|w| chain.contains(w)) {
        return remote(Code::WpTls, format!("TLS failed for {url}: {}", cause))
            .with_hint("the site's certificate is invalid or does not match its name");
    }
    if e.is_connect() || chain.contains("dns") || chain.contains("connection refused") {
        return remote(
            Code::WpUnreachable,
            format!("cannot connect to {}: {}", url.origin().ascii_serialization(), cause),
        )
        .with_hint("check the URL and that the site is up");
    }
    if e.is_body() || e.is_decode() {
        return remote(Code::WpBadResponse, format!("the answer from {url} was cut off: {}", cause));
    }
    remote(Code::WpUnreachable, format!("request to {url} failed: {}", cause))
}

/// Replaces U+0000 in every string of an answer with U+FFFD: PostgreSQL cannot store a NUL in
/// text, and what a server sends must be stored (and shown) the same on both engines.
pub(super) fn without_nul(v: Value) -> Value {
    match v {
        Value::String(s) if s.contains('\0') => Value::String(s.replace('\0', "\u{FFFD}")),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nul).collect()),
        Value::Object(map) => {
            Value::Object(map.into_iter().map(|(k, v)| (k.replace('\0', "\u{FFFD}"), without_nul(v))).collect())
        }
        other => other,
    }
}

/// The `Date` header as UTC (HTTP dates are RFC 2822 dates in GMT).
pub(super) fn header_date(h: &HeaderMap) -> Option<chrono::NaiveDateTime> {
    let text = h.get(reqwest::header::DATE)?.to_str().ok()?;
    chrono::DateTime::parse_from_rfc2822(text.trim()).ok().map(|d| d.naive_utc())
}

pub(super) fn header_u64(h: &HeaderMap, name: &str) -> Option<u64> {
    h.get(name)?.to_str().ok()?.trim().parse().ok()
}

/// The most bytes of a successful answer decoded whole into a JSON value (a post, a lookup, a
/// write's answer). A decoded value takes many times the bytes it came in (a 32 MB list of
/// numbers, about a gigabyte), so these answers are held well below the streamed limit; a real
/// post's answer is far smaller.
pub const JSON_VALUE_BYTES: u64 = 8 * 1024 * 1024;

/// The most bytes of an error answer decoded for WordPress's code and message.
pub(super) const ERROR_BODY_BYTES: usize = 64 * 1024;

/// Decodes a JSON answer; non-2xx answers become errors carrying WordPress's code.
pub fn page_of(url: &Url, resp: RawResponse) -> Result<JsonPage> {
    if !resp.status.is_success() {
        // WordPress's error answers are a few hundred bytes; a larger one is not decoded (a
        // decoded JSON value takes many times the bytes it came in) and reads as no detail.
        let parsed: Option<Value> = (resp.body.len() <= ERROR_BODY_BYTES)
            .then(|| serde_json::from_slice(&resp.body).ok().map(without_nul))
            .flatten();
        let (code, message) = match &parsed {
            Some(v) => (
                v.get("code").and_then(Value::as_str).unwrap_or("").to_string(),
                v.get("message").and_then(Value::as_str).unwrap_or("").to_string(),
            ),
            None => (String::new(), String::new()),
        };
        let status = resp.status.as_u16();
        let (our_code, hint) = match (status, code.as_str()) {
            (401 | 403, _) => {
                (Code::WpCredentialsRefused, "check the user name and Application Password (or the site API key)")
            }
            (404, "rest_no_route") => {
                (Code::WpRouteMissing, "the route does not exist on this site (a plugin missing?)")
            }
            (429, _) => (Code::WpRateLimited, "the site kept answering 429; retry later"),
            (500..=599, _) => (Code::WpServerError, "the site failed; retry later"),
            _ => (Code::WpHttpError, "see the message from WordPress"),
        };
        let detail = if code.is_empty() { String::new() } else { format!(" {code}: {message}") };
        // WordPress's own `data` (e.g. the existing term's id of a `term_exists`), when small.
        let data = parsed.as_ref().and_then(|v| v.get("data")).filter(|d| d.to_string().len() <= 4096);
        return Err(remote(our_code, format!("{url} answered {status}{detail}"))
            .with_hint(hint)
            .with_details(serde_json::json!({ "status": status, "wp_code": code, "wp_data": data })));
    }
    let parsed: std::result::Result<Value, _> = serde_json::from_slice(&resp.body).map(without_nul);
    let body = parsed.map_err(|e| {
        let what = if resp.is_json() { "invalid or truncated JSON" } else { "not JSON" };
        remote(Code::WpBadResponse, format!("the answer from {url} is {what} ({e})")).with_cause(&e)
    })?;
    Ok(JsonPage {
        body,
        total: header_u64(&resp.headers, "x-wp-total"),
        total_pages: header_u64(&resp.headers, "x-wp-totalpages"),
    })
}
