//! The HTTP client for one WordPress REST root: authentication, timeouts, retries with backoff,
//! a redirect limit, a response-size limit, and the one mapping from HTTP outcomes to errors.
//!
//! Credentials are bound to one origin (scheme, host, port): the site the operator named. This
//! module is the one place that decides where a credential may go, so no caller can leak one:
//! redirects are followed here, by hand (reqwest strips `Authorization` on a cross-origin hop but
//! not custom headers such as `X-IGNY8-API-KEY`), and a request or hop carrying credentials to
//! any other origin is refused before a byte is sent (`wp_cross_origin`). The one change allowed
//! is an upgrade from `http://host` to `https://host` (default ports), which callers record.

use super::origin::{cross_origin, require_secure_transport, Origin};
use crate::error::Code;
use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use reqwest::blocking::{Client, RequestBuilder, Response};
use reqwest::header::{HeaderMap, CONTENT_TYPE, RETRY_AFTER};
use reqwest::StatusCode;
use serde_json::Value;
use url::Url;

use crate::error::{Error, Result};

/// Limits and patience for talking to WordPress.
#[derive(Debug, Clone)]
pub struct HttpSettings {
    pub connect_timeout: Duration,
    /// For a whole request, body included.
    pub timeout: Duration,
    /// Retries after a 429 or 5xx (or a dropped connection) before giving up.
    pub retries: u32,
    /// The longest a Retry-After is honoured; longer waits fail instead.
    pub max_retry_wait: Duration,
    pub max_redirects: usize,
    /// Bodies larger than this are refused.
    pub max_body_bytes: u64,
}

impl Default for HttpSettings {
    fn default() -> Self {
        HttpSettings {
            connect_timeout: Duration::from_secs(10),
            timeout: Duration::from_secs(30),
            retries: 3,
            max_retry_wait: Duration::from_secs(60),
            max_redirects: 5,
            max_body_bytes: 32 * 1024 * 1024,
        }
    }
}

/// How requests authenticate.
#[derive(Clone)]
pub enum Auth {
    Anonymous,
    /// WordPress core: HTTP Basic with an Application Password.
    AppPassword {
        username: String,
        password: String,
    },
    /// The platform's bridge plugin: the site API key in `X-IGNY8-API-KEY`.
    ApiKey(String),
}

impl Auth {
    pub fn is_anonymous(&self) -> bool {
        matches!(self, Auth::Anonymous)
    }
}

impl std::fmt::Debug for Auth {
    // Never print a secret, even in debug output.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Auth::Anonymous => f.write_str("Anonymous"),
            Auth::AppPassword { username, .. } => write!(f, "AppPassword({username}, ***)"),
            Auth::ApiKey(_) => f.write_str("ApiKey(***)"),
        }
    }
}

/// Where the REST API lives: `https://x/wp-json/` (pretty) or `https://x/?rest_route=/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestRoot(pub Url);

impl RestRoot {
    /// The URL of `route` (e.g. `wp/v2/posts`) under this root.
    ///
    /// The route is taken segment by segment: empty, `.` and `..` segments are dropped and each
    /// segment is percent-encoded on its own (`/`, `?`, `#`, `%`, `\` included), so a name the
    /// site supplies (a post type's `rest_base`) never reaches outside the REST root.
    pub fn url(&self, route: &str) -> Url {
        let segments: Vec<&str> = route.split('/').filter(|s| !matches!(*s, "" | "." | "..")).collect();
        let route = segments.join("/");
        let mut url = self.0.clone();
        let rest_route = url.query_pairs().find(|(k, _)| k == "rest_route").map(|(_, v)| v.into_owned());
        match rest_route {
            Some(base) => {
                let joined = format!("{}/{}", base.trim_end_matches('/'), route);
                let others: Vec<(String, String)> = url
                    .query_pairs()
                    .filter(|(k, _)| k != "rest_route")
                    .map(|(k, v)| (k.into_owned(), v.into_owned()))
                    .collect();
                url.query_pairs_mut().clear().append_pair("rest_route", &joined).extend_pairs(others);
                url
            }
            None => {
                if let (false, Ok(mut path)) = (segments.is_empty(), url.path_segments_mut()) {
                    path.pop_if_empty().extend(&segments);
                }
                url
            }
        }
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// A decoded JSON answer with WordPress's pagination headers.
#[derive(Debug, Clone)]
pub struct JsonPage {
    pub body: Value,
    pub total: Option<u64>,
    pub total_pages: Option<u64>,
}

/// A decoded answer with WordPress's pagination headers.
#[derive(Debug)]
pub struct StreamPage<T> {
    pub value: T,
    pub total: Option<u64>,
    pub total_pages: Option<u64>,
    /// The server's clock when it answered (the `Date` header, UTC), when it sent a valid one.
    pub date: Option<chrono::NaiveDateTime>,
}

/// A body read as it arrives: counted into the client's received bytes, cut at the size limit,
/// and the first failure kept as the error it stands for.
struct Limited<'a> {
    inner: Response,
    url: &'a Url,
    /// When the whole answer must have arrived (the request timeout, counted from the request),
    /// so a server that drips its body a byte at a time still ends.
    deadline: std::time::Instant,
    limit: u64,
    read: u64,
    received: &'a AtomicU64,
    failure: Option<Error>,
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

/// What the body of a response was, for callers that probe (discovery).
#[derive(Debug)]
pub struct RawResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    pub url: Url,
    /// A successful answer whose body the caller decodes as it arrives ([`Http::get_stream`]).
    unread: Option<Response>,
    /// When the whole answer must have arrived: the request timeout counted from the request
    /// that got this answer (not from the first of its retries).
    deadline: std::time::Instant,
}

impl RawResponse {
    pub fn is_json(&self) -> bool {
        self.headers.get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|ct| ct.contains("json"))
    }
}

/// An HTTP client with our limits; cheap to clone and safe to share between threads.
#[derive(Debug, Clone)]
pub struct Http {
    client: Client,
    settings: HttpSettings,
    auth: Auth,
    /// The one origin credentials may be sent to (always set when `auth` is not anonymous).
    origin: Option<Origin>,
    requests: std::sync::Arc<AtomicU64>,
    /// Body bytes received so far (for the whole-run budget of a sync).
    received: std::sync::Arc<AtomicU64>,
}

fn remote(code: Code, message: String) -> Error {
    Error::new(code, message)
}

/// Maps a transport failure to an error that names the reason, keeping reqwest's as its cause.
fn transport_error(url: &Url, e: &reqwest::Error) -> Error {
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

/// Seconds to wait from a Retry-After header (delta-seconds form; dates fall back to backoff).
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    headers.get(RETRY_AFTER)?.to_str().ok()?.trim().parse::<u64>().ok().map(Duration::from_secs)
}

impl Http {
    /// An anonymous client.
    pub fn new(settings: HttpSettings) -> Result<Http> {
        let client = Client::builder()
            .connect_timeout(settings.connect_timeout)
            .timeout(settings.timeout)
            // Redirects are followed in `send`, where each hop is checked against the origin.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("sitectl/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::internal(format!("cannot build the HTTP client: {e}")))?;
        Ok(Http {
            client,
            settings,
            auth: Auth::Anonymous,
            origin: None,
            requests: Default::default(),
            received: Default::default(),
        })
    }

    /// The same client (pool and counter shared) with credentials bound to the origin of
    /// `site`. Plain http to another host than this machine is refused unless `allow_insecure`.
    pub fn with_credentials(&self, auth: Auth, site: &Url, allow_insecure: bool) -> Result<Http> {
        if auth.is_anonymous() {
            return Ok(self.anonymous());
        }
        let origin = require_secure_transport(site, allow_insecure)?;
        Ok(Http { auth, origin: Some(origin), ..self.clone() })
    }

    /// The same client without credentials.
    pub fn anonymous(&self) -> Http {
        Http { auth: Auth::Anonymous, origin: None, ..self.clone() }
    }

    /// The origin credentials are bound to (none when anonymous).
    pub fn origin(&self) -> Option<&Origin> {
        self.origin.as_ref()
    }

    /// Requests made so far (for sync events and the incremental-sync budget).
    pub fn request_count(&self) -> u64 {
        self.requests.load(Ordering::Relaxed)
    }

    /// Body bytes received so far by this client and its clones.
    pub fn bytes_received(&self) -> u64 {
        self.received.load(Ordering::Relaxed)
    }

    /// Attaches the credentials to a request for `url`, or refuses when `url` is not on the
    /// bound origin. Every request goes through here, so this is the one gate.
    fn authed(&self, rb: RequestBuilder, url: &Url) -> Result<RequestBuilder> {
        if self.auth.is_anonymous() {
            return Ok(rb);
        }
        match &self.origin {
            Some(origin) if origin.permits(url) => {}
            Some(origin) => return Err(cross_origin(origin, url)),
            None => return Err(Error::internal("credentials without an origin")),
        }
        Ok(match &self.auth {
            Auth::Anonymous => rb,
            Auth::AppPassword { username, password } => rb.basic_auth(username, Some(password)),
            Auth::ApiKey(key) => rb.header("X-IGNY8-API-KEY", key),
        })
    }

    /// Reads a whole body within the size limit and by `deadline` (see [`Limited`]).
    fn read_body(&self, url: &Url, resp: Response, deadline: std::time::Instant) -> Result<Vec<u8>> {
        let limit = self.settings.max_body_bytes;
        if resp.content_length().is_some_and(|n| n > limit) {
            return Err(remote(
                Code::WpResponseTooLarge,
                format!("the answer from {url} is larger than {limit} bytes"),
            ));
        }
        // Sized once from the announced length (already known to be within the limit), so a
        // large answer is not copied through ever-doubling buffers.
        let announced = resp.content_length().unwrap_or(0).min(limit);
        let mut body = Vec::with_capacity(usize::try_from(announced).unwrap_or(0));
        // Through the same reader as a streamed answer: a body dripped a byte at a time (each
        // read within the client's per-read timeout) still ends at the deadline.
        let mut reader =
            Limited { inner: resp, url, deadline, limit, read: 0, received: &self.received, failure: None };
        let read = reader.read_to_end(&mut body);
        if let Some(e) = reader.failure.take() {
            return Err(e);
        }
        read.map_err(|e| remote(Code::WpBadResponse, format!("reading the answer from {url} failed: {e}")))?;
        Ok(body)
    }

    /// Sends one request (GET or HEAD), following redirects hop by hop: each hop is checked
    /// against the bound origin before it is sent.
    pub fn send(&self, method: reqwest::Method, url: &Url) -> Result<RawResponse> {
        self.send_following(method, url, false)
    }

    /// [`Http::send`]; with `stream`, a successful answer's body is left to the caller.
    fn send_following(&self, method: reqwest::Method, url: &Url, stream: bool) -> Result<RawResponse> {
        let mut current = url.clone();
        for _ in 0..=self.settings.max_redirects {
            let resp = self.send_once(method.clone(), &current, None, self.settings.retries, stream)?;
            let location = resp
                .status
                .is_redirection()
                .then(|| resp.headers.get(reqwest::header::LOCATION))
                .flatten()
                .and_then(|l| l.to_str().ok())
                .and_then(|l| current.join(l).ok());
            match location {
                Some(next) if matches!(next.scheme(), "http" | "https") => current = next,
                Some(next) => {
                    return Err(remote(
                        Code::WpBadRedirect,
                        format!("{current} redirected to an unsupported URL {next}"),
                    ))
                }
                None => return Ok(resp),
            }
        }
        Err(remote(Code::WpRedirectLoop, format!("too many redirects from {url}"))
            .with_hint("check the URL; the site redirects in a loop or too many times"))
    }

    /// Sends one request without following redirects, retrying 429/5xx and dropped connections
    /// with backoff, at most `retries` times.
    fn send_once(
        &self,
        method: reqwest::Method,
        url: &Url,
        body: Option<&[u8]>,
        retries: u32,
        stream: bool,
    ) -> Result<RawResponse> {
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let mut request = self.client.request(method.clone(), url.clone());
            if let Some(bytes) = body {
                request = request.header(CONTENT_TYPE, "application/json").body(bytes.to_vec());
            }
            let request = self.authed(request, url)?;
            self.requests.fetch_add(1, Ordering::Relaxed);
            let deadline = std::time::Instant::now() + self.settings.timeout;
            let outcome = request.send();
            let backoff = Duration::from_millis(250 * 2u64.pow(attempt.min(6) - 1));
            match outcome {
                Ok(resp) => {
                    let status = resp.status();
                    let retryable = status == StatusCode::TOO_MANY_REQUESTS || status.is_server_error();
                    if retryable && attempt <= retries {
                        let wait = retry_after(resp.headers()).unwrap_or(backoff);
                        if wait <= self.settings.max_retry_wait {
                            std::thread::sleep(wait);
                            continue;
                        }
                    }
                    let headers = resp.headers().clone();
                    let final_url = resp.url().clone();
                    let mut unread = None;
                    let body = if method == reqwest::Method::HEAD || status.is_redirection() {
                        Vec::new()
                    } else if stream && status.is_success() {
                        unread = Some(resp);
                        Vec::new()
                    } else {
                        self.read_body(url, resp, deadline)?
                    };
                    return Ok(RawResponse { status, headers, body, url: final_url, unread, deadline });
                }
                Err(e) => {
                    let err = transport_error(url, &e);
                    // A refused connection or a dropped one may be a restart: retry those too,
                    // but not TLS or redirect problems, which will not heal.
                    let transient = err.code == Code::WpUnreachable || err.code == Code::WpBadResponse;
                    if transient && attempt <= retries {
                        std::thread::sleep(backoff);
                        continue;
                    }
                    return Err(err);
                }
            }
        }
    }

    /// GETs a REST route and decodes its JSON, mapping WordPress's error bodies. The answer is
    /// decoded whole into a JSON value, so it is held to [`JSON_VALUE_BYTES`], not to the larger
    /// limit of a streamed answer.
    pub fn get_json(&self, root: &RestRoot, route: &str, query: &[(&str, String)]) -> Result<JsonPage> {
        self.get_small_json(root, route, query, self.settings.max_body_bytes.min(JSON_VALUE_BYTES))
    }

    /// [`Http::get_json`] for an answer that is small on any real site (the post types, the
    /// taxonomies): refused when its body passes `max` bytes, before it is decoded, since a
    /// decoded JSON value takes many times the bytes it came in (a 30 MB list of numbers, over
    /// a gigabyte).
    pub fn get_small_json(&self, root: &RestRoot, route: &str, query: &[(&str, String)], max: u64) -> Result<JsonPage> {
        let mut url = root.url(route);
        {
            let mut pairs = url.query_pairs_mut();
            for (k, v) in query {
                pairs.append_pair(k, v);
            }
        }
        let resp = self.send(reqwest::Method::GET, &url)?;
        if resp.body.len() as u64 > max {
            return Err(remote(Code::WpResponseTooLarge, format!("the answer from {url} is larger than {max} bytes")));
        }
        page_of(&url, resp)
    }

    /// GETs a REST route and hands its body to `decode` as it arrives (never held whole), within
    /// the response-size limit; error answers are mapped as [`Http::get_json`] maps them. When the
    /// body cannot be read (too large, cut off, timed out), that is the error, whatever `decode`
    /// made of it.
    pub fn get_stream<T>(
        &self,
        root: &RestRoot,
        route: &str,
        query: &[(&str, String)],
        decode: impl FnOnce(&mut dyn Read) -> Result<T>,
    ) -> Result<StreamPage<T>> {
        let mut url = root.url(route);
        {
            let mut pairs = url.query_pairs_mut();
            for (k, v) in query {
                pairs.append_pair(k, v);
            }
        }
        let mut resp = self.send_following(reqwest::Method::GET, &url, true)?;
        let Some(body) = resp.unread.take() else {
            return match page_of(&url, resp) {
                Err(e) => Err(e),
                Ok(_) => Err(Error::internal("an answer without a body decoded as a success")),
            };
        };
        let limit = self.settings.max_body_bytes;
        if body.content_length().is_some_and(|n| n > limit) {
            return Err(remote(
                Code::WpResponseTooLarge,
                format!("the answer from {url} is larger than {limit} bytes"),
            ));
        }
        let mut reader = Limited {
            inner: body,
            url: &url,
            deadline: resp.deadline,
            limit,
            read: 0,
            received: &self.received,
            failure: None,
        };
        let decoded = decode(&mut reader);
        if let Some(e) = reader.failure.take() {
            return Err(e);
        }
        Ok(StreamPage {
            value: decoded?,
            total: header_u64(&resp.headers, "x-wp-total"),
            total_pages: header_u64(&resp.headers, "x-wp-totalpages"),
            date: header_date(&resp.headers),
        })
    }

    /// Sends a write (POST or DELETE, with a JSON body or none) to a REST route and decodes the
    /// answer. Redirects are not followed: a write is never replayed at another address. Only an
    /// `idempotent` write (an update, a delete) is retried after a 429, a 5xx or a dropped
    /// connection; a create is not, since it may have happened (the caller looks before it
    /// creates again).
    pub fn write_json(
        &self,
        method: reqwest::Method,
        root: &RestRoot,
        route: &str,
        body: Option<&Value>,
        idempotent: bool,
    ) -> Result<JsonPage> {
        let url = root.url(route);
        let bytes = body.map(serde_json::to_vec).transpose()?;
        let retries = if idempotent { self.settings.retries } else { 0 };
        let resp = self.send_once(method, &url, bytes.as_deref(), retries, false)?;
        if resp.status.is_redirection() {
            return Err(remote(
                Code::WpBadRedirect,
                format!("{url} answered a write with a redirect ({})", resp.status),
            )
            .with_hint("check the site's URL: writes go to the REST root the connection recorded"));
        }
        let max = self.settings.max_body_bytes.min(JSON_VALUE_BYTES);
        if resp.status.is_success() && resp.body.len() as u64 > max {
            return Err(remote(Code::WpResponseTooLarge, format!("the answer from {url} is larger than {max} bytes")));
        }
        page_of(&url, resp)
    }

    /// The total number of items of a collection route, from a one-item HEAD.
    pub fn count(&self, root: &RestRoot, route: &str) -> Result<Option<u64>> {
        let mut url = root.url(route);
        url.query_pairs_mut().append_pair("per_page", "1");
        let resp = self.send(reqwest::Method::HEAD, &url)?;
        if !resp.status.is_success() {
            return Ok(None);
        }
        Ok(header_u64(&resp.headers, "x-wp-total"))
    }
}

/// Replaces U+0000 in every string of an answer with U+FFFD: PostgreSQL cannot store a NUL in
/// text, and what a server sends must be stored (and shown) the same on both engines.
fn without_nul(v: Value) -> Value {
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
fn header_date(h: &HeaderMap) -> Option<chrono::NaiveDateTime> {
    let text = h.get(reqwest::header::DATE)?.to_str().ok()?;
    chrono::DateTime::parse_from_rfc2822(text.trim()).ok().map(|d| d.naive_utc())
}

fn header_u64(h: &HeaderMap, name: &str) -> Option<u64> {
    h.get(name)?.to_str().ok()?.trim().parse().ok()
}

/// The most bytes of a successful answer decoded whole into a JSON value (a post, a lookup, a
/// write's answer). A decoded value takes many times the bytes it came in (a 32 MB list of
/// numbers, about a gigabyte), so these answers are held well below the streamed limit; a real
/// post's answer is far smaller.
pub const JSON_VALUE_BYTES: u64 = 8 * 1024 * 1024;

/// The most bytes of an error answer decoded for WordPress's code and message.
const ERROR_BODY_BYTES: usize = 64 * 1024;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_header_is_read_as_utc() {
        let mut h = HeaderMap::new();
        assert_eq!(header_date(&h), None);
        h.insert(reqwest::header::DATE, "Wed, 01 Jan 2031 00:05:00 GMT".parse().unwrap());
        assert_eq!(header_date(&h).unwrap().to_string(), "2031-01-01 00:05:00");
        h.insert(reqwest::header::DATE, "Wed, 01 Jan 2031 02:05:00 +0200".parse().unwrap());
        assert_eq!(header_date(&h).unwrap().to_string(), "2031-01-01 00:05:00");
        h.insert(reqwest::header::DATE, "yesterday".parse().unwrap());
        assert_eq!(header_date(&h), None);
    }

    #[test]
    fn rest_root_urls_in_both_forms() {
        let pretty = RestRoot(Url::parse("http://h/blog/wp-json/").unwrap());
        assert_eq!(pretty.url("wp/v2/posts").as_str(), "http://h/blog/wp-json/wp/v2/posts");
        assert_eq!(pretty.url("/").as_str(), "http://h/blog/wp-json/");
        let query = RestRoot(Url::parse("http://h/?rest_route=/").unwrap());
        assert_eq!(query.url("wp/v2/posts").as_str(), "http://h/?rest_route=%2Fwp%2Fv2%2Fposts");
        let mut u = query.url("wp/v2/posts");
        u.query_pairs_mut().append_pair("page", "2");
        assert_eq!(u.as_str(), "http://h/?rest_route=%2Fwp%2Fv2%2Fposts&page=2");
        // A route built from a name the site supplied stays under the root.
        for (route, path) in [
            ("wp/v2/../../../wp-admin/x.php", "/blog/wp-json/wp/v2/wp-admin/x.php"),
            ("wp/v2/%2e%2e/x?y#z", "/blog/wp-json/wp/v2/%252e%252e/x%3Fy%23z"),
            ("wp/v2/a\\..\\b", "/blog/wp-json/wp/v2/a%5C..%5Cb"),
            ("wp/v2//http://evil.example/", "/blog/wp-json/wp/v2/http:/evil.example"),
        ] {
            let url = pretty.url(route);
            assert_eq!((url.host_str(), url.path()), (Some("h"), path), "{route}");
        }
        assert_eq!(query.url("wp/v2/../../x").as_str(), "http://h/?rest_route=%2Fwp%2Fv2%2Fx");
    }

    #[test]
    fn credentials_are_bound_to_one_origin_and_its_https_upgrade() {
        let u = |s: &str| Url::parse(s).unwrap();
        let named = Origin::of(&u("http://blog.example/")).unwrap();
        assert!(named.permits(&u("http://blog.example/wp-json/")));
        assert!(named.permits(&u("https://blog.example/wp-json/")), "the https upgrade");
        assert!(named.permits(&u("http://BLOG.example:80/x")));
        for other in
            ["http://blog.example:8080/", "https://blog.example:8443/", "http://evil.example/", "ftp://blog.example/"]
        {
            assert!(!named.permits(&u(other)), "{other}");
        }
        let tls = Origin::of(&u("https://blog.example/")).unwrap();
        assert!(!tls.permits(&u("http://blog.example/")), "never a downgrade");
        let port = Origin::of(&u("http://127.0.0.1:8080/")).unwrap();
        assert!(!port.permits(&u("https://127.0.0.1:8080/")) && !port.permits(&u("http://127.0.0.1:8081/")));
        assert!(port.is_loopback() && Origin::of(&u("http://[::1]:1/")).unwrap().is_loopback());
        assert!(!named.is_loopback());
        let anon = Http::new(HttpSettings::default()).unwrap();
        let key = Auth::ApiKey("k".into());
        assert_eq!(
            anon.with_credentials(key.clone(), &u("http://blog.example/"), false).unwrap_err().code,
            "wp_insecure_http"
        );
        assert!(anon.with_credentials(key.clone(), &u("http://blog.example/"), true).is_ok());
        assert!(anon.with_credentials(key, &u("http://localhost:9/"), false).is_ok());
    }

    #[test]
    fn auth_debug_never_shows_secrets() {
        let a = Auth::AppPassword { username: "admin".into(), password: "s3cr3t".into() };
        assert!(!format!("{a:?}").contains("s3cr3t"));
        assert!(!format!("{:?}", Auth::ApiKey("igk_x".into())).contains("igk_x"));
    }
}
