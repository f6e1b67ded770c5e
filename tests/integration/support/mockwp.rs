//! A WordPress stand-in on 127.0.0.1 for hermetic tests: it replays the responses recorded
//! from a real WordPress (fixtures/wordpress/), pages and filters them as WordPress does, and
//! injects failures when a test asks.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde_json::{json, Value};

pub const USER: &str = "admin";
pub const PASSWORD: &str = "abcd efgh ijkl mnop qrst uvwx";

/// One request as the server saw it.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub query: BTreeMap<String, String>,
    pub headers: BTreeMap<String, String>,
    /// A JSON body, when one came.
    pub body: Option<Value>,
}

impl Request {
    /// A request that changes something.
    pub fn is_write(&self) -> bool {
        matches!(self.method.as_str(), "POST" | "PUT" | "PATCH" | "DELETE")
    }
}

impl Request {
    fn basic_ok(&self) -> bool {
        use base64::Engine;
        let want = base64::engine::general_purpose::STANDARD.encode(format!("{USER}:{PASSWORD}"));
        self.headers.get("authorization").is_some_and(|h| h == &format!("Basic {want}"))
    }
}

/// A canned answer.
#[derive(Debug, Clone)]
pub enum Reply {
    Json(u16, Value, Vec<(String, String)>),
    Raw(u16, String, String, Vec<(String, String)>),
    /// Never answer (for timeouts).
    Hang,
    /// Do what the request asks, then never answer (a client killed or cut off after its write
    /// reached WordPress).
    Swallow,
    /// Announce more bytes than are sent, then close.
    Truncated(String),
    /// Do what the request asks, then answer with this status instead (WordPress made the post,
    /// a proxy in front of it failed).
    Lost(u16),
    /// A JSON answer with status `.0` whose body is sent one byte every `.2` (a slow-drip server).
    Drip(u16, String, Duration),
    /// A 200 JSON answer with no length (ended by closing the connection) that starts with `.0`
    /// and then sends spaces until the client hangs up.
    Endless(String),
}

type Fault = dyn Fn(&Request, usize) -> Option<Reply> + Send + Sync;

/// Changes the site just before a request is answered (an editor at work meanwhile).
type Meanwhile = dyn Fn(&Request, &mut Site) + Send + Sync;

/// The site the server emulates.
pub struct Site {
    pub posts: Vec<Value>,
    pub pages: Vec<Value>,
    /// Namespaces to add to the index (e.g. "igny8/v1" for the bridge plugin).
    pub extra_namespaces: Vec<String>,
    /// The API key the bridge plugin accepts.
    pub api_key: Option<String>,
    /// Serve the REST API only under ?rest_route= (plain permalinks).
    pub plain_permalinks: bool,
    pub fault: Option<Box<Fault>>,
    pub meanwhile: Option<Box<Meanwhile>>,
    /// The server's clock, sent as the `Date` header of JSON answers (none sent when unset).
    pub date: Option<String>,
    pub categories: Vec<Value>,
    pub tags: Vec<Value>,
    /// Bumped by every write, for `modified_gmt`.
    pub clock: u32,
    /// The next post id (never reused, as in WordPress).
    pub next_id: i64,
    /// What `wp/v2/plugins` and `wp/v2/themes` list to the administrator (recorded: akismet
    /// 5.0.2 inactive, twentytwentythree 1.0 active); anyone else gets WordPress's 401.
    pub plugins: Vec<Value>,
    pub themes: Vec<Value>,
}

/// Holds a request, once logged, until it returns; the site is not locked meanwhile, so other
/// requests arrive and are logged (a test lines requests up this way instead of slowing them).
type Gate = dyn Fn(&Request) + Send + Sync;

pub struct MockWp {
    pub url: String,
    pub site: Arc<Mutex<Site>>,
    pub log: Arc<Mutex<Vec<Request>>>,
    gate: Arc<Mutex<Option<Arc<Gate>>>>,
}

fn fixture(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures/wordpress").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// A recorded JSON fixture with the site's address filled in.
pub fn recorded(name: &str, url: &str) -> Value {
    serde_json::from_str(&fixture(&format!("{name}.json")).replace("{{URL}}", url)).unwrap()
}

impl MockWp {
    /// A WordPress with the recorded 250 posts and 51 pages.
    pub fn start() -> MockWp {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let site = Site {
            posts: recorded("posts", &url).as_array().unwrap().clone(),
            pages: recorded("pages", &url).as_array().unwrap().clone(),
            extra_namespaces: Vec::new(),
            api_key: None,
            plain_permalinks: false,
            fault: None,
            meanwhile: None,
            date: None,
            categories: recorded("categories", &url).as_array().unwrap().clone(),
            tags: recorded("tags", &url).as_array().unwrap().clone(),
            clock: 0,
            next_id: 100_000,
            plugins: recorded("plugins", &url).as_array().unwrap().clone(),
            themes: recorded("themes", &url).as_array().unwrap().clone(),
        };
        let mock =
            MockWp { url: url.clone(), site: Arc::new(Mutex::new(site)), log: Arc::default(), gate: Arc::default() };
        let (site, log, gate) = (mock.site.clone(), mock.log.clone(), mock.gate.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let (site, log, url) = (site.clone(), log.clone(), url.clone());
                let gate = gate.lock().unwrap().clone();
                std::thread::spawn(move || serve(stream, &site, &log, gate.as_deref(), &url));
            }
        });
        mock
    }

    pub fn set_fault(&self, f: impl Fn(&Request, usize) -> Option<Reply> + Send + Sync + 'static) {
        self.site.lock().unwrap().fault = Some(Box::new(f));
    }

    /// Runs `f` on the site before each request is answered.
    pub fn set_meanwhile(&self, f: impl Fn(&Request, &mut Site) + Send + Sync + 'static) {
        self.site.lock().unwrap().meanwhile = Some(Box::new(f));
    }

    pub fn clear_fault(&self) {
        self.site.lock().unwrap().fault = None;
    }

    /// Holds each request, once logged, until `f` returns (see [`Gate`]).
    pub fn set_gate(&self, f: impl Fn(&Request) + Send + Sync + 'static) {
        *self.gate.lock().unwrap() = Some(Arc::new(f));
    }

    pub fn clear_gate(&self) {
        *self.gate.lock().unwrap() = None;
    }

    pub fn requests(&self) -> Vec<Request> {
        self.log.lock().unwrap().clone()
    }

    pub fn clear_log(&self) {
        self.log.lock().unwrap().clear();
    }

    /// Edits a post's title and bumps its modified time.
    pub fn edit_post(&self, id: i64, title: &str, modified_gmt: &str) {
        let mut site = self.site.lock().unwrap();
        let post = site.posts.iter_mut().find(|p| p["id"] == id).unwrap();
        post["title"] = json!({ "rendered": title });
        post["modified_gmt"] = json!(modified_gmt);
    }

    pub fn add_post(&self, id: i64, slug: &str, modified_gmt: &str) {
        let url = self.url.clone();
        self.site.lock().unwrap().posts.push(json!({
            "id": id, "modified_gmt": modified_gmt, "slug": slug, "status": "publish", "type": "post",
            "link": format!("{url}/{slug}/"), "title": {"rendered": slug}, "author": 1, "categories": [1], "tags": []
        }));
    }

    /// A post written by WordPress user `author`, with this raw content (drafts and published).
    pub fn add_post_by(&self, id: i64, slug: &str, author: i64, raw: &str) {
        let url = self.url.clone();
        self.site.lock().unwrap().posts.push(json!({
            "id": id, "modified_gmt": "2030-01-01T00:00:00", "slug": slug, "status": "publish", "type": "post",
            "link": format!("{url}/{slug}/"), "title": {"raw": slug, "rendered": slug}, "author": author,
            "content": {"raw": raw, "rendered": raw}, "categories": [1], "tags": []
        }));
    }

    pub fn delete_post(&self, id: i64) {
        self.site.lock().unwrap().posts.retain(|p| p["id"] != id);
    }

    /// Makes the site's plugins exactly these (slug, version, status), named after their slug.
    pub fn set_plugins(&self, plugins: &[(&str, &str, &str)]) {
        self.site.lock().unwrap().plugins = plugins
            .iter()
            .map(|(slug, version, status)| json!({"plugin": slug, "name": slug, "version": version, "status": status}))
            .collect();
    }

    /// Makes the site's themes exactly these (stylesheet, version, status).
    pub fn set_themes(&self, themes: &[(&str, &str, &str)]) {
        self.site.lock().unwrap().themes = themes
            .iter()
            .map(|(slug, version, status)| {
                json!({"stylesheet": slug, "name": {"raw": slug, "rendered": slug}, "version": version, "status": status})
            })
            .collect();
    }
}

fn parse_request(stream: &mut TcpStream) -> Option<Request> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        if stream.read(&mut byte).ok()? == 0 {
            return None;
        }
        // Not HTTP (a TLS handshake to this plain-HTTP server): answer as a web server would.
        if buf.is_empty() && !byte[0].is_ascii_alphabetic() {
            let _ = stream.write_all(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            return None;
        }
        buf.push(byte[0]);
    }
    let text = String::from_utf8_lossy(&buf);
    let mut lines = text.split("\r\n");
    let mut first = lines.next()?.split(' ');
    let method = first.next()?.to_string();
    let target = first.next()?.to_string();
    let parsed = url::Url::parse(&format!("http://x{target}")).ok()?;
    let query = parsed.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    let headers: BTreeMap<String, String> = headers;
    let length: usize = headers.get("content-length").and_then(|v| v.parse().ok()).unwrap_or(0);
    let mut body = vec![0u8; length.min(16 * 1024 * 1024)];
    stream.read_exact(&mut body).ok()?;
    let body = serde_json::from_slice(&body).ok();
    Some(Request { method, path: parsed.path().to_string(), query, headers, body })
}

fn write_reply(stream: &mut TcpStream, method: &str, reply: Reply) {
    let (status, ctype, body, headers) = match reply {
        Reply::Hang | Reply::Swallow | Reply::Lost(_) => {
            std::thread::sleep(Duration::from_secs(30));
            return;
        }
        Reply::Drip(status, body, every) => {
            let head = format!("HTTP/1.1 {status} X\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
            let _ = stream.write_all(head.as_bytes());
            for b in body.as_bytes() {
                if stream.write_all(&[*b]).is_err() {
                    return;
                }
                std::thread::sleep(every);
            }
            return;
        }
        Reply::Endless(start) => {
            let head = "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\nConnection: close\r\n\r\n";
            if stream.write_all(head.as_bytes()).and_then(|()| stream.write_all(start.as_bytes())).is_err() {
                return;
            }
            let spaces = vec![b' '; 64 * 1024];
            while stream.write_all(&spaces).is_ok() {}
            return;
        }
        Reply::Truncated(body) => {
            let head = format!("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len() + 5000);
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(body.as_bytes());
            return;
        }
        Reply::Json(status, v, h) => (status, "application/json; charset=UTF-8".to_string(), v.to_string(), h),
        Reply::Raw(status, ctype, body, h) => (status, ctype, body, h),
    };
    let mut head = format!(
        "HTTP/1.1 {status} X\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    let _ = stream.write_all(head.as_bytes());
    if method != "HEAD" {
        let _ = stream.write_all(body.as_bytes());
    }
}

fn serve(mut stream: TcpStream, site: &Mutex<Site>, log: &Mutex<Vec<Request>>, gate: Option<&Gate>, url: &str) {
    let Some(req) = parse_request(&mut stream) else { return };
    let n = {
        let mut log = log.lock().unwrap();
        log.push(req.clone());
        log.len()
    };
    if let Some(gate) = gate {
        gate(&req);
    }
    let reply = {
        let mut site = site.lock().unwrap();
        if let Some(meanwhile) = site.meanwhile.take() {
            meanwhile(&req, &mut site);
            site.meanwhile = Some(meanwhile);
        }
        let reply = match site.fault.as_ref().and_then(|f| f(&req, n)) {
            Some(Reply::Swallow) => {
                route(&req, &mut site, url);
                Reply::Hang
            }
            Some(Reply::Lost(status)) => {
                route(&req, &mut site, url);
                error(status, "unavailable", "The answer was lost.")
            }
            Some(reply) => reply,
            None => route(&req, &mut site, url),
        };
        match (reply, site.date.clone()) {
            (Reply::Json(status, v, mut h), Some(date)) => {
                h.push(("Date".into(), date));
                Reply::Json(status, v, h)
            }
            (reply, _) => reply,
        }
    };
    write_reply(&mut stream, &req.method, reply);
}

fn link(url: &str, plain: bool) -> Vec<(String, String)> {
    let root = if plain { format!("{url}/index.php?rest_route=/") } else { format!("{url}/wp-json/") };
    vec![("Link".into(), format!("<{root}>; rel=\"https://api.w.org/\""))]
}

fn paginate(items: &[Value], req: &Request, url: &str) -> Reply {
    let mut items: Vec<Value> = items.to_vec();
    if let Some(slug) = req.query.get("slug") {
        items.retain(|i| i["slug"].as_str() == Some(slug.as_str()));
    }
    // WordPress's search looks in titles and content.
    if let Some(q) = req.query.get("search") {
        let has = |i: &Value, k: &str| {
            ["raw", "rendered"].iter().any(|f| i[k][f].as_str().is_some_and(|t| t.contains(q.as_str())))
        };
        items.retain(|i| has(i, "title") || has(i, "content"));
    }
    // WordPress lists published items unless asked (and allowed) for others.
    let statuses: Vec<String> = req
        .query
        .get("status")
        .map_or_else(|| vec!["publish".to_string()], |s| s.split(',').map(str::to_string).collect());
    items.retain(|i| i.get("status").and_then(Value::as_str).is_none_or(|s| statuses.iter().any(|w| w == s)));
    if let Some(after) = req.query.get("modified_after") {
        items.retain(|i| i["modified_gmt"].as_str().unwrap() > after.as_str());
    }
    items.sort_by_key(|i| i["id"].as_i64().unwrap());
    let per_page: usize = req.query.get("per_page").and_then(|v| v.parse().ok()).unwrap_or(10);
    let total = items.len();
    // An offset replaces the page, as in WP_Query; an answer past the end counts nothing
    // (WordPress sets no found_posts for an empty result).
    if let Some(offset) = req.query.get("offset").and_then(|v| v.parse::<usize>().ok()).filter(|o| *o > 0) {
        let slice: Vec<Value> = items.into_iter().skip(offset).take(per_page).collect();
        let (total, pages) = if slice.is_empty() { (0, 0) } else { (total, total.div_ceil(per_page)) };
        return Reply::Json(
            200,
            Value::Array(slice),
            vec![("X-WP-Total".into(), total.to_string()), ("X-WP-TotalPages".into(), pages.to_string())],
        );
    }
    let page: usize = req.query.get("page").and_then(|v| v.parse().ok()).unwrap_or(1);
    let pages = total.div_ceil(per_page);
    if page > pages.max(1) {
        return Reply::Json(400, recorded("error_invalid_page", url), vec![]);
    }
    let slice: Vec<Value> = items.into_iter().skip((page - 1) * per_page).take(per_page).collect();
    Reply::Json(
        200,
        Value::Array(slice),
        vec![("X-WP-Total".into(), total.to_string()), ("X-WP-TotalPages".into(), pages.to_string())],
    )
}

fn error(status: u16, code: &str, message: &str) -> Reply {
    Reply::Json(status, json!({"code": code, "message": message, "data": {"status": status}}), vec![])
}

/// `POST wp/v2/posts[/<id>]` as WordPress 6 answers it (core REST, Application Password).
fn write_post(req: &Request, site: &mut Site, url: &str, id: Option<i64>) -> Reply {
    let Some(body) = req.body.clone() else { return error(400, "rest_invalid_json", "Invalid JSON body passed.") };
    site.clock += 1;
    let modified = format!("2031-06-01T{:02}:{:02}:{:02}", site.clock / 3600, site.clock / 60 % 60, site.clock % 60);
    let index = match id {
        Some(id) => match site.posts.iter().position(|p| p["id"] == id) {
            Some(i) => i,
            None => return error(404, "rest_post_invalid_id", "Invalid post ID."),
        },
        None => {
            let next = site.next_id;
            site.next_id += 1;
            site.posts.push(json!({"id": next, "type": "post", "author": 1, "categories": [1], "tags": []}));
            site.posts.len() - 1
        }
    };
    let post_id = site.posts[index]["id"].as_i64().unwrap();
    if let Some(slug) = body.get("slug").and_then(Value::as_str) {
        // WordPress keeps slugs unique: a taken one gets a suffix.
        let taken = site.posts.iter().any(|p| p["id"] != post_id && p["slug"] == slug);
        site.posts[index]["slug"] = json!(if taken { format!("{slug}-2") } else { slug.to_string() });
    }
    let date = body.get("date_gmt").and_then(Value::as_str).map(str::to_string);
    if let Some(status) = body.get("status").and_then(Value::as_str) {
        // A date to come holds a published post as `future`; a past one publishes a `future` one.
        let later = date.as_deref().is_some_and(|d| d > "2031-01-01");
        let status = match status {
            "publish" if later => "future",
            "future" if !later => "publish",
            s => s,
        };
        site.posts[index]["status"] = json!(status);
    }
    for key in ["categories", "tags"] {
        if let Some(v) = body.get(key) {
            site.posts[index][key] = v.clone();
        }
    }
    for key in ["title", "content", "excerpt"] {
        if let Some(v) = body.get(key).and_then(Value::as_str) {
            site.posts[index][key] = json!({"raw": v, "rendered": v});
        }
    }
    if let Some(d) = date {
        site.posts[index]["date_gmt"] = json!(d);
    }
    let slug = site.posts[index]["slug"].as_str().unwrap_or_default().to_string();
    site.posts[index]["link"] = json!(format!("{url}/{slug}/"));
    site.posts[index]["modified_gmt"] = json!(modified);
    Reply::Json(if id.is_none() { 201 } else { 200 }, site.posts[index].clone(), vec![])
}

/// The bridge plugin's `igny8/v1/publish` (as the stand-in in tests/wordpress answers it).
fn bridge_publish(req: &Request, site: &mut Site, url: &str) -> Reply {
    let Some(b) = req.body.clone() else { return error(400, "rest_invalid_json", "Invalid JSON body passed.") };
    let mut ids = |key: &str, taxonomy: &str| -> Vec<i64> {
        let terms = if taxonomy == "category" { &mut site.categories } else { &mut site.tags };
        let mut out = Vec::new();
        for slug in b.get(key).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            let id = match terms.iter().find(|t| t["slug"] == slug) {
                Some(t) => t["id"].as_i64().unwrap(),
                None => {
                    let id = terms.iter().filter_map(|t| t["id"].as_i64()).max().unwrap_or(0) + 1000;
                    terms.push(
                        json!({"id": id, "name": slug, "slug": slug, "taxonomy": taxonomy, "count": 0, "parent": 0}),
                    );
                    id
                }
            };
            out.push(id);
        }
        out
    };
    let (categories, tags) = (ids("categories", "category"), ids("tags", "post_tag"));
    let mut core = json!({
        "title": b["title"], "content": b["content_html"], "excerpt": b["excerpt"], "slug": b["slug"],
        "status": b["status"], "categories": categories, "tags": tags,
    });
    if let Some(d) = b.get("date_gmt") {
        core["date_gmt"] = d.clone();
    }
    let post_id = b.get("post_id").and_then(Value::as_i64);
    let inner = Request { body: Some(core), ..req.clone() };
    match write_post(&inner, site, url, post_id) {
        Reply::Json(status, post, _) if status < 300 => {
            // The plugin keeps the creation token as post meta, shown with context=edit.
            if let Some(token) = b.get("creation_token").and_then(Value::as_str) {
                if let Some(p) = site.posts.iter_mut().find(|p| p["id"] == post["id"]) {
                    p["meta"] = json!({ "_igny8_creation_token": token });
                }
            }
            Reply::Json(
                200,
                json!({"success": true, "message": "Content published", "data": {
                "assigned_post_id": post["id"], "post_url": post["link"], "wordpress_status": post["status"],
                "modified_gmt": post["modified_gmt"], "content_id": b["content_id"], "post_type": "post"}}),
                vec![],
            )
        }
        other => other,
    }
}

/// `POST wp/v2/categories|tags`: a new term, or `term_exists` with the existing one's id.
fn write_term(req: &Request, terms: &mut Vec<Value>, taxonomy: &str) -> Reply {
    let slug = req.body.as_ref().and_then(|b| b.get("slug")).and_then(Value::as_str).unwrap_or_default().to_string();
    if let Some(t) = terms.iter().find(|t| t["slug"] == slug.as_str()) {
        let id = t["id"].clone();
        return Reply::Json(
            400,
            json!({"code": "term_exists", "message": "A term with the name provided already exists with this parent.",
                   "data": {"status": 400, "term_id": id}}),
            vec![],
        );
    }
    let id = terms.iter().filter_map(|t| t["id"].as_i64()).max().unwrap_or(0) + 1000;
    let term = json!({"id": id, "name": slug, "slug": slug, "taxonomy": taxonomy, "count": 0, "parent": 0});
    terms.push(term.clone());
    Reply::Json(201, term, vec![])
}

fn route(req: &Request, site: &mut Site, url: &str) -> Reply {
    // Which REST route, if any: /wp-json/<route> (pretty) or ?rest_route=/<route>.
    let rest = match (req.path.strip_prefix("/wp-json"), req.query.get("rest_route")) {
        (_, Some(r)) => Some(r.trim_start_matches('/').to_string()),
        (Some(r), None) if !site.plain_permalinks => Some(r.trim_start_matches('/').to_string()),
        _ => None,
    };
    let Some(rest) = rest else {
        // Front end: an HTML page announcing the API.
        return Reply::Raw(
            200,
            "text/html; charset=UTF-8".into(),
            "<html><body>Loopback WordPress</body></html>".into(),
            link(url, site.plain_permalinks),
        );
    };
    let bridge_ok = site.api_key.as_ref().is_some_and(|k| req.headers.get("x-igny8-api-key") == Some(k));
    let authed = req.basic_ok() || bridge_ok;
    let rest = rest.trim_end_matches('/').to_string();
    let rest = rest.as_str();
    if rest == "igny8/v1/publish" && req.method == "POST" {
        if !bridge_ok {
            return error(401, "rest_forbidden", "Invalid API key");
        }
        return bridge_publish(req, site, url);
    }
    if let Some(id) = rest.strip_prefix("wp/v2/posts/").and_then(|id| id.parse::<i64>().ok()) {
        if !authed {
            return error(401, "rest_cannot_edit", "Sorry, you are not allowed to edit this post.");
        }
        return match req.method.as_str() {
            "POST" | "PUT" => write_post(req, site, url, Some(id)),
            "DELETE" => match site.posts.iter_mut().find(|p| p["id"] == id) {
                Some(p) if p["status"] == "trash" => {
                    error(410, "rest_already_trashed", "The post has already been deleted.")
                }
                Some(p) => {
                    p["status"] = json!("trash");
                    Reply::Json(200, p.clone(), vec![])
                }
                None => error(404, "rest_post_invalid_id", "Invalid post ID."),
            },
            _ => match site.posts.iter().find(|p| p["id"] == id) {
                Some(p) => Reply::Json(200, p.clone(), vec![]),
                None => error(404, "rest_post_invalid_id", "Invalid post ID."),
            },
        };
    }
    if req.method == "POST" {
        return match rest {
            "wp/v2/posts" if req.basic_ok() => write_post(req, site, url, None),
            "wp/v2/posts" => {
                error(401, "rest_cannot_create", "Sorry, you are not allowed to create posts as this user.")
            }
            "wp/v2/categories" if req.basic_ok() => write_term(req, &mut site.categories, "category"),
            "wp/v2/tags" if req.basic_ok() => write_term(req, &mut site.tags, "post_tag"),
            _ => error(401, "rest_cannot_create", "Sorry, you are not allowed to do that."),
        };
    }
    match rest {
        "" => {
            let mut index = recorded("index", url);
            for ns in &site.extra_namespaces {
                index["namespaces"].as_array_mut().unwrap().push(json!(ns));
            }
            Reply::Json(200, index, link(url, site.plain_permalinks))
        }
        "wp/v2/types" => Reply::Json(200, recorded("types", url), vec![]),
        "wp/v2/taxonomies" => Reply::Json(200, recorded("taxonomies", url), vec![]),
        "wp/v2/users/me" if authed => Reply::Json(200, recorded("users_me", url), vec![]),
        "wp/v2/users/me" => Reply::Json(401, recorded("error_not_logged_in", url), vec![]),
        "wp/v2/plugins" if req.basic_ok() => Reply::Json(200, Value::Array(site.plugins.clone()), vec![]),
        "wp/v2/themes" if req.basic_ok() => Reply::Json(200, Value::Array(site.themes.clone()), vec![]),
        "wp/v2/plugins" => Reply::Json(401, recorded("error_cannot_view_plugins", url), vec![]),
        "wp/v2/themes" => error(401, "rest_cannot_view_themes", "Sorry, you are not allowed to view themes."),
        "wp/v2/categories" => paginate(&site.categories, req, url),
        "wp/v2/tags" => paginate(&site.tags, req, url),
        "wp/v2/posts" => paginate(&site.posts, req, url),
        "wp/v2/pages" => paginate(&site.pages, req, url),
        "igny8/v1/site-metadata" if site.extra_namespaces.iter().any(|n| n == "igny8/v1") => {
            if bridge_ok {
                Reply::Json(200, recorded("site_metadata", url), vec![])
            } else {
                Reply::Json(
                    401,
                    json!({"code": "rest_forbidden", "message": "Invalid API key", "data": {"status": 401}}),
                    vec![],
                )
            }
        }
        "igny8/v1/status" if site.extra_namespaces.iter().any(|n| n == "igny8/v1") && bridge_ok => {
            Reply::Json(200, recorded("plugin_status", url), vec![])
        }
        _ => Reply::Json(404, recorded("error_no_route", url), vec![]),
    }
}

/// Connects `site` to `wp` in core mode with the recorded credentials; asserts it worked.
pub fn connect_core(env: &super::TestEnv, site: &str, wp: &MockWp) {
    let out =
        env.run_stdin(&["wp", "connect", site, "--url", &wp.url, "--username", USER, "--app-password-stdin"], PASSWORD);
    assert_eq!(out.code, 0, "connect failed: {}", out.stderr);
}
