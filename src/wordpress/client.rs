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

mod answer;
use answer::{header_date, header_u64, remote, transport_error, Limited};
pub use answer::{page_of, JSON_VALUE_BYTES};

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

#[cfg(test)]
mod tests;
