//! Finding a site's REST API and proving it is WordPress.
//!
//! Order: the `rel="https://api.w.org/"` Link header of the site's front page, then
//! `/wp-json/`, then `/?rest_route=/`. Only a JSON index whose `namespaces` include `wp/v2`
//! counts as WordPress; a 200 HTML page does not (PHP's built-in server, for one, answers any
//! path with its index.html).

use crate::error::Code;
use serde::Serialize;
use serde_json::Value;
use url::Url;

use super::client::{page_of, Http, RestRoot};
use super::origin::{cross_origin, Origin};
use crate::error::{Error, Result};

/// What the REST index says about the site.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Discovery {
    /// The site URL as given, normalised.
    pub site_url: String,
    pub rest_root: String,
    pub name: String,
    pub description: String,
    pub home: String,
    /// Hours east of UTC (WordPress's `gmt_offset`), for `modified_after` in local time.
    pub gmt_offset: f64,
    pub namespaces: Vec<String>,
    pub application_passwords: bool,
    /// The site answered on `https://` for the `http://` address given (the one origin change
    /// credentials follow); the REST root is the https one.
    pub upgraded_to_https: bool,
}

impl Discovery {
    pub fn has_namespace(&self, ns: &str) -> bool {
        self.namespaces.iter().any(|n| n == ns)
    }
}

fn invalid_url(input: &str, why: &str) -> Error {
    Error::new(Code::InvalidUrl, format!("invalid WordPress URL {input:?}: {why}"))
        .with_hint("give the site's address, e.g. https://blog.example.com")
}

/// Normalises what a user typed: adds `https://` when there is no scheme, keeps only http(s),
/// drops query, fragment, credentials and a trailing `wp-json`/`wp-admin`/`wp-login.php`,
/// and ends the path with `/`.
pub fn normalize_site_url(input: &str) -> Result<Url> {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err(invalid_url(input, "it is empty"));
    }
    let with_scheme = if trimmed.contains("://") { trimmed.to_string() } else { format!("https://{trimmed}") };
    let mut url = Url::parse(&with_scheme).map_err(|e| invalid_url(input, &e.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid_url(input, "only http and https are supported"));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(invalid_url(input, "it has no host"));
    }
    url.set_query(None);
    url.set_fragment(None);
    let _ = url.set_username("");
    let _ = url.set_password(None);
    let mut segments: Vec<String> =
        url.path_segments().map(|s| s.filter(|p| !p.is_empty()).map(String::from).collect()).unwrap_or_default();
    if let Some(pos) = segments.iter().position(|s| s == "wp-json" || s == "wp-admin" || s == "wp-login.php") {
        segments.truncate(pos);
    }
    let path = if segments.is_empty() { "/".to_string() } else { format!("/{}/", segments.join("/")) };
    url.set_path(&path);
    Ok(url)
}

/// The REST root announced by a `Link: <...>; rel="https://api.w.org/"` header.
fn link_root(headers: &reqwest::header::HeaderMap) -> Option<Url> {
    for value in headers.get_all(reqwest::header::LINK) {
        let Ok(text) = value.to_str() else { continue };
        for part in text.split(',') {
            if part.contains("rel=\"https://api.w.org/\"") {
                let start = part.find('<')? + 1;
                let end = part.find('>')?;
                return Url::parse(part.get(start..end)?).ok();
            }
        }
    }
    None
}

const INDEX_FIELDS: &str = "name,description,url,home,gmt_offset,namespaces,authentication";

fn not_wordpress(url: &Url, why: &str) -> Error {
    Error::new(Code::NotWordpress, format!("{url} is not a WordPress site: {why}"))
        .with_hint("check the URL; WordPress answers JSON with the wp/v2 namespace at /wp-json/")
}

/// The furthest any real time zone lies from UTC, in hours (UTC-12 to UTC+14; -14 for symmetry).
pub const MAX_GMT_OFFSET_HOURS: f64 = 14.0;

/// Reads `gmt_offset` (hours east of UTC, a number or its text). Missing or not a number reads as
/// UTC, as before; a number no time zone has (infinite, NaN, beyond 14 hours) is refused, since
/// every incremental read shifts its cursor by it.
fn parse_offset(site: &Url, v: Option<&Value>) -> Result<f64> {
    let offset = match v {
        Some(Value::Number(n)) => n.as_f64(),
        Some(Value::String(s)) => s.trim().parse::<f64>().ok(),
        _ => None,
    };
    match offset {
        None => Ok(0.0),
        Some(h) if h.is_finite() && h.abs() <= MAX_GMT_OFFSET_HOURS => Ok(h),
        Some(_) => Err(Error::new(
            Code::WpBadResponse,
            format!("{site} sent a gmt_offset that is no time zone's (not within -14..14 hours)"),
        )
        .with_hint("check the site's timezone setting (Settings > General)")),
    }
}

/// Reads the REST index at one candidate root; `Ok(None)` when the candidate is not a REST
/// index at all (HTML, 404), an error when the site cannot be reached or the index lives on
/// another origin than the site's (its credentials would follow it there).
fn try_root(http: &Http, site: &Url, root: &RestRoot) -> Result<Option<Discovery>> {
    let named = Origin::of(site).ok_or_else(|| invalid_url(site.as_str(), "it has no host"))?;
    if !named.permits(&root.0) {
        return Err(cross_origin(&named, &root.0));
    }
    let mut url = root.url("");
    url.query_pairs_mut().append_pair("_fields", INDEX_FIELDS);
    let resp = http.send(reqwest::Method::GET, &url)?;
    // Followed redirects end where the index really is: on the site's origin (or its https
    // upgrade) it becomes the root; anywhere else it is refused.
    if !named.permits(&resp.url) {
        return Err(cross_origin(&named, &resp.url));
    }
    let upgraded = Origin::of(&resp.url) != Some(named.clone());
    let root = if upgraded { upgraded_root(root, &resp.url) } else { root.clone() };
    // Not here (a missing page, an HTML page): try the next candidate. Anything else that failed
    // (a server error, a refusal) is the site's answer and is reported as it is.
    let elsewhere = resp.status == reqwest::StatusCode::NOT_FOUND || (resp.status.is_success() && !resp.is_json());
    if elsewhere || (!resp.status.is_success() && !resp.is_json() && resp.status.is_client_error()) {
        return Ok(None);
    }
    let body = page_of(&url, resp)?.body;
    Ok(parse_index(site, &root, &body)?.map(|d| Discovery { upgraded_to_https: upgraded, ..d }))
}

/// The candidate root moved to https: same path and query on the upgraded origin.
fn upgraded_root(root: &RestRoot, answered: &Url) -> RestRoot {
    let mut url = root.0.clone();
    let _ = url.set_scheme(answered.scheme());
    let _ = url.set_port(None);
    RestRoot(url)
}

/// Reads a REST index: `None` when it is not an index at all, an error when it is one without
/// the `wp/v2` namespace.
pub fn parse_index(site: &Url, root: &RestRoot, body: &Value) -> Result<Option<Discovery>> {
    let Some(obj) = body.as_object() else { return Ok(None) };
    let namespaces: Vec<String> = obj
        .get("namespaces")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect())
        .unwrap_or_default();
    if !namespaces.iter().any(|n| n == "wp/v2") {
        return Err(not_wordpress(site, "its REST index has no wp/v2 namespace"));
    }
    let text = |k: &str| obj.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let application_passwords = obj.get("authentication").and_then(|a| a.get("application-passwords")).is_some();
    Ok(Some(Discovery {
        site_url: site.to_string(),
        rest_root: root.as_str().to_string(),
        name: text("name"),
        description: text("description"),
        home: text("home"),
        gmt_offset: parse_offset(site, obj.get("gmt_offset"))?,
        namespaces,
        application_passwords,
        upgraded_to_https: false,
    }))
}

/// The REST root a WordPress site serves by default (`/wp-json/`), for a site recorded without
/// discovery (a fixture's integration).
pub fn default_rest_root(site: &Url) -> Result<RestRoot> {
    Ok(RestRoot(site.join("wp-json/").map_err(|e| Error::internal(e.to_string()))?))
}

/// Finds the REST root of `site` and reads its index. Discovery is anonymous; a REST root on
/// another origin than `site`'s is refused (`wp_cross_origin`), because every later request
/// would send the site's credentials there.
pub fn discover(http: &Http, site: &Url) -> Result<(RestRoot, Discovery)> {
    let http = &http.anonymous();
    let mut candidates = Vec::new();
    // HEAD is enough for the Link header; some servers refuse HEAD, then the candidates below
    // still find the API.
    let front = http.send(reqwest::Method::HEAD, site)?;
    if let Some(root) = link_root(&front.headers) {
        candidates.push(RestRoot(root));
    }
    candidates.push(default_rest_root(site)?);
    let mut query_root = site.clone();
    query_root.query_pairs_mut().append_pair("rest_route", "/");
    candidates.push(RestRoot(query_root));
    candidates.dedup();
    for root in candidates {
        if let Some(d) = try_root(http, site, &root)? {
            let root = RestRoot(Url::parse(&d.rest_root).map_err(|e| Error::internal(e.to_string()))?);
            return Ok((root, d));
        }
    }
    Err(not_wordpress(site, "no REST API answered JSON (HTML pages are not WordPress's REST API)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_urls_are_normalised() {
        let cases = [
            ("example.com", "https://example.com/"),
            ("HTTP://Example.COM/blog", "http://example.com/blog/"),
            ("https://example.com/blog/wp-json/wp/v2/posts?x=1#f", "https://example.com/blog/"),
            ("https://user:pw@example.com/wp-admin/", "https://example.com/"),
            ("http://127.0.0.1:8080", "http://127.0.0.1:8080/"),
        ];
        for (input, want) in cases {
            assert_eq!(normalize_site_url(input).unwrap().as_str(), want, "{input}");
        }
        for bad in ["", "ftp://example.com", "https://", "http://exa mple.com"] {
            assert_eq!(normalize_site_url(bad).unwrap_err().code, "invalid_url", "{bad}");
        }
    }

    #[test]
    fn link_header_discovery() {
        let mut h = reqwest::header::HeaderMap::new();
        h.append(reqwest::header::LINK, "<http://h/wp-json/wp/v2/posts/1>; rel=\"alternate\"".parse().unwrap());
        h.append(
            reqwest::header::LINK,
            "<http://h/index.php?rest_route=/>; rel=\"https://api.w.org/\"".parse().unwrap(),
        );
        assert_eq!(link_root(&h).unwrap().as_str(), "http://h/index.php?rest_route=/");
        let site = Url::parse("http://h/").unwrap();
        assert_eq!(parse_offset(&site, Some(&serde_json::json!("5.5"))).unwrap(), 5.5);
        assert_eq!(parse_offset(&site, Some(&serde_json::json!(-3))).unwrap(), -3.0);
        assert_eq!(parse_offset(&site, Some(&serde_json::json!("UTC"))).unwrap(), 0.0);
        for bad in
            [serde_json::json!("inf"), serde_json::json!("NaN"), serde_json::json!(1e13), serde_json::json!("-14.01")]
        {
            assert_eq!(parse_offset(&site, Some(&bad)).unwrap_err().code, "wp_bad_response", "{bad}");
        }
    }
}
