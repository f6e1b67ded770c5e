//! WordPress use cases: the site API key, connect, test, status, disconnect, sync, and reading
//! the local mirror.
//!
//! Remote work cannot sit inside a database transaction, so each use case reads what it needs
//! in one transaction, talks to WordPress with no transaction open, and then writes everything
//! it learned in one more. A remote failure therefore changes no mirrored data and no cursor;
//! only the sync log (SyncEvent) and the integration's status record it.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{json, Value};

use super::sites::resolve;
use super::{mutate, read, Audited, Changed, Ctx};
use crate::domain::{
    Actor, HostingType, Integration, MirrorCounts, Site, SiteRef, SyncEvent, WpContent, WpMode, WpTerm,
};
use crate::error::{Error, ErrorKind, Result};
use crate::rules::{self, SiteAction};
use crate::secrets::{self, SecretKey};
use crate::store::{ContentFilter, EventOutcome, IntegrationFields, MirrorSummary, SiteFields, Store, Tx};
use crate::wordpress::{self, Auth, Discovery, Http, PostType, Progress, RestRoot, Structure, TaxonomyInfo};

use super::keys::{api_key_context, app_password_context, opening_key, sealing_key};

/// A site the actor may change (editor or above), live.
fn changeable(tx: &Tx<'_>, actor: &Actor, r: &SiteRef) -> Result<Site> {
    super::sites::resolve_live(tx, actor, r, SiteAction::Change)
}

fn no_integration(site: &Site) -> Error {
    Error::new(
        ErrorKind::NotFound,
        "integration_not_found",
        format!("site '{}' is not connected to WordPress", site.qualified()),
    )
    .with_hint(format!("connect it first: sitectl wp connect {} --url URL", site.qualified()))
}

fn active_integration(tx: &Tx<'_>, site: &Site) -> Result<Integration> {
    match tx.integration(site.id)? {
        Some(i) if i.is_active => Ok(i),
        _ => Err(no_integration(site)),
    }
}

// ---------------------------------------------------------------------------------------------
// The site API key

/// A key as reported: in full right after generation or with `--reveal`, masked otherwise.
#[derive(Debug, Clone, Serialize)]
pub struct ApiKeyReport {
    pub site_id: i64,
    pub site: String,
    pub api_key: String,
    pub masked: bool,
    pub action: &'static str,
}

/// Generates (or, with `rotate`, replaces) the site's API key. The key is returned in full
/// once; only its sealed form is stored.
pub fn generate_api_key(store: &mut Store, ctx: &Ctx, r: &SiteRef, rotate: bool) -> Result<ApiKeyReport> {
    mutate(store, ctx, |tx, actor| {
        let site = changeable(tx, actor, r)?;
        let existing = tx.site_api_key(site.id)?;
        match (existing.is_some(), rotate) {
            (true, false) => {
                return Err(Error::conflict(
                    "api_key_exists",
                    format!("site '{}' already has an API key", site.qualified()),
                )
                .with_hint(format!("rotate it: sitectl wp key rotate {} --yes", site.qualified())))
            }
            (false, true) => {
                return Err(Error::new(
                    ErrorKind::NotFound,
                    "api_key_not_found",
                    format!("site '{}' has no API key to rotate", site.qualified()),
                )
                .with_hint(format!("generate one: sitectl wp key generate {}", site.qualified())))
            }
            _ => {}
        }
        let key = sealing_key(tx, ctx)?;
        let plain = secrets::generate_api_key()?;
        tx.set_site_api_key(site.id, Some(&key.seal(&plain, &api_key_context(site.id))?))?;
        let action = if rotate { "rotated" } else { "generated" };
        let report = ApiKeyReport { site_id: site.id, site: site.qualified(), api_key: plain, masked: false, action };
        Ok(Audited::new(
            report,
            format!("site:{}", site.qualified()),
            if rotate { "wp.key.rotate" } else { "wp.key.generate" },
            action,
        ))
    })
}

fn open_api_key(tx: &Tx<'_>, key: &SecretKey, site: &Site) -> Result<Option<String>> {
    match tx.site_api_key(site.id)? {
        Some(sealed) => Ok(Some(key.open(&sealed, &api_key_context(site.id))?)),
        None => Ok(None),
    }
}

/// Shows the key masked, or in full with `reveal` (which needs editor rights on the site).
pub fn show_api_key(store: &mut Store, ctx: &Ctx, r: &SiteRef, reveal: bool) -> Result<ApiKeyReport> {
    read(store, ctx, |tx, actor| {
        let site = resolve(tx, actor, r)?;
        if reveal {
            rules::require_site_permission(actor, SiteAction::Change, &site.qualified())?;
        }
        let plain = open_api_key(tx, &opening_key(ctx)?, &site)?.ok_or_else(|| {
            Error::new(ErrorKind::NotFound, "api_key_not_found", format!("site '{}' has no API key", site.qualified()))
                .with_hint(format!("generate one: sitectl wp key generate {}", site.qualified()))
        })?;
        let api_key = if reveal { plain } else { secrets::mask(&plain) };
        Ok(ApiKeyReport { site_id: site.id, site: site.qualified(), api_key, masked: !reveal, action: "shown" })
    })
}

/// Removes the site's API key; a bridge connection stops working until a new one is set.
pub fn revoke_api_key(store: &mut Store, ctx: &Ctx, r: &SiteRef) -> Result<Changed<Site>> {
    mutate(store, ctx, |tx, actor| {
        let site = changeable(tx, actor, r)?;
        let changed = tx.site_api_key(site.id)?.is_some();
        if changed {
            tx.set_site_api_key(site.id, None)?;
        }
        let record = tx.site_by_id(site.id)?.ok_or_else(|| Error::internal("site vanished"))?;
        let outcome = if changed { "revoked" } else { "unchanged" };
        Ok(Audited::new(Changed { changed, record }, format!("site:{}", site.qualified()), "wp.key.revoke", outcome))
    })
}

/// Checks a presented key against the site's, in constant time. What a server needs to
/// authenticate the plugin's requests.
pub fn verify_api_key(store: &mut Store, ctx: &Ctx, r: &SiteRef, candidate: &str) -> Result<()> {
    read(store, ctx, |tx, actor| {
        let site = resolve(tx, actor, r)?;
        let stored = open_api_key(tx, &opening_key(ctx)?, &site)?;
        // Compare against something even when there is no key, so timing says nothing.
        let matches = secrets::constant_time_eq(stored.as_deref().unwrap_or("\u{0}no key\u{0}"), candidate.trim());
        if stored.is_some() && matches {
            Ok(())
        } else {
            Err(Error::denied("api_key_mismatch", format!("the key does not match site '{}'", site.qualified())))
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Connecting

/// What `wp connect` takes. The Application Password comes from stdin or an environment
/// variable, never from the command line.
#[derive(Debug, Clone, Default)]
pub struct ConnectInput {
    pub url: String,
    pub username: Option<String>,
    pub app_password: Option<String>,
    /// Accept plain `http://` to a host other than this machine with credentials.
    pub allow_insecure_http: bool,
}

/// What `wp connect` did.
#[derive(Debug, Clone, Serialize)]
pub struct ConnectReport {
    pub integration: Integration,
    pub discovery: Discovery,
    pub structure: Option<SyncSummary>,
    /// The structure sync's failure; the connection stays in place.
    pub structure_error: Option<ErrorInfo>,
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// An error as data inside a report.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorInfo {
    pub code: String,
    pub message: String,
}

impl From<&Error> for ErrorInfo {
    fn from(e: &Error) -> Self {
        ErrorInfo { code: e.code.to_string(), message: e.message.clone() }
    }
}

/// Checks credentials: `/wp/v2/users/me` must answer 200 with a user (a wrong Application
/// Password is silently anonymous on public routes, so a public route proves nothing). The
/// request carries the credentials to the bound origin or is refused, so an answer here is an
/// answer to the credentials.
fn check_credentials(http: &Http, root: &RestRoot) -> Result<()> {
    let refused = || {
        Error::new(
            ErrorKind::Remote,
            "wp_credentials_refused",
            "WordPress refused the credentials (users/me did not answer 200 with a user)",
        )
        .with_hint("check the user name and Application Password, or the site's API key in the bridge plugin")
    };
    match http.get_json(root, "wp/v2/users/me", &[("_fields", "id,name".into())]) {
        Ok(page) if page.body.get("id").and_then(Value::as_i64).is_some_and(|id| id > 0) => Ok(()),
        Ok(_) => Err(refused()),
        Err(e) if e.code == "wp_credentials_refused" => Err(refused()),
        Err(e) => Err(e),
    }
}

/// The WordPress version when the site tells it: the bridge plugin's `igny8/v1/status` does;
/// core WordPress does not publish it over REST.
fn wordpress_version(http: &Http, root: &RestRoot, mode: WpMode) -> Option<String> {
    if mode != WpMode::Bridge {
        return None;
    }
    let status = http.get_json(root, "igny8/v1/status", &[]).ok()?.body;
    status.get("data")?.get("wordpress_version")?.as_str().map(String::from)
}

/// `https://host/path` for `http://host/path` (default ports).
fn https_of(url: &url::Url) -> url::Url {
    let mut https = url.clone();
    let _ = https.set_scheme("https");
    let _ = https.set_port(None);
    https
}

fn auth_for(mode: WpMode, api_key: Option<&str>, username: Option<&str>, password: Option<&str>) -> Auth {
    match (mode, api_key, username, password) {
        (WpMode::Bridge, Some(k), _, _) => Auth::ApiKey(k.to_string()),
        (WpMode::Core, _, Some(u), Some(p)) => Auth::AppPassword { username: u.to_string(), password: p.to_string() },
        _ => Auth::Anonymous,
    }
}

/// Connects a site to WordPress: discover, prove, choose the mode, check credentials, store
/// the integration, then sync the structure at once.
pub fn connect(
    store: &mut Store,
    ctx: &Ctx,
    r: &SiteRef,
    input: ConnectInput,
    progress: &dyn Progress,
) -> Result<ConnectReport> {
    if input.app_password.is_some() && input.username.as_deref().is_none_or(str::is_empty) {
        return Err(Error::usage("missing_username", "an Application Password needs --username"));
    }
    let url = wordpress::normalize_site_url(&input.url)?;
    // Read what we hold, as the actor.
    let (site, api_key) = read(store, ctx, |tx, actor| {
        let site = changeable(tx, actor, r)?;
        let sealed = tx.site_api_key(site.id)?;
        Ok((site, sealed))
    })?;
    // Refuse an insecure transport before anything is sent, when credentials may follow.
    if input.app_password.is_some() || api_key.is_some() {
        wordpress::require_secure_transport(&url, input.allow_insecure_http)?;
    }
    let http = Http::new(ctx.http.clone())?;
    let (root, discovery) = wordpress::discover(&http, &url)?;
    // The one origin change credentials follow: the site answered on https for http.
    let url = if discovery.upgraded_to_https { https_of(&url) } else { url };
    let bridge_ns = discovery.has_namespace("igny8/v1");
    let mode = rules::choose_wp_mode(bridge_ns, api_key.is_some(), input.app_password.is_some());
    let api_key = match (mode, api_key) {
        (WpMode::Bridge, Some(sealed)) => Some(opening_key(ctx)?.open(&sealed, &api_key_context(site.id))?),
        _ => None,
    };
    let mut warnings = Vec::new();
    if bridge_ns && mode != WpMode::Bridge {
        warnings.push(format!(
            "the igny8 bridge plugin is installed but site '{}' has no API key; generate one with `sitectl wp key generate` and reconnect to use it",
            site.qualified()
        ));
    }
    if mode == WpMode::Anonymous {
        warnings.push("no credentials: connected read-only, public data only".to_string());
    }
    if discovery.upgraded_to_https {
        warnings.push(format!("the site answered on https; connected to {url}"));
    }
    let auth = auth_for(mode, api_key.as_deref(), input.username.as_deref(), input.app_password.as_deref());
    let authed = http.with_credentials(auth, &url, input.allow_insecure_http)?;
    if input.allow_insecure_http && mode != WpMode::Anonymous && url.scheme() == "http" {
        warnings.push(format!("credentials go to {url} over plain http (--allow-insecure-http)"));
    }
    if mode != WpMode::Anonymous {
        check_credentials(&authed, &root)?;
    }
    let config = json!({
        "site_name": discovery.name,
        "description": discovery.description,
        "home": discovery.home,
        "gmt_offset": discovery.gmt_offset,
        "namespaces": discovery.namespaces,
        "application_passwords": discovery.application_passwords,
        "wordpress_version": wordpress_version(&authed, &root, mode),
        "connected_at": ctx.now(),
        "allow_insecure_http": input.allow_insecure_http,
        "upgraded_to_https": discovery.upgraded_to_https,
    });
    let requests = authed.request_count() as i64;
    let integration = mutate(store, ctx, |tx, actor| {
        let site = changeable(tx, actor, r)?;
        // Another WordPress than before: the old mirror and cursor describe a different site.
        if tx.integration(site.id)?.is_some_and(|old| old.external_site_url != url.as_str()) {
            tx.purge_mirror(site.id)?;
        }
        let sealed_password = match &input.app_password {
            Some(p) => Some(sealing_key(tx, ctx)?.seal(p, &app_password_context(site.id))?),
            None => None,
        };
        tx.upsert_integration(
            site.id,
            site.account_id,
            &IntegrationFields {
                external_site_url: url.as_str(),
                rest_root: root.as_str(),
                mode,
                username: if mode == WpMode::Core { input.username.as_deref() } else { None },
                credentials: sealed_password.as_deref(),
                config: &config,
            },
        )?;
        if site.hosting_type == HostingType::Igny8Sites {
            let mut fields = SiteFields::from(&site);
            fields.hosting_type = HostingType::Wordpress;
            tx.update_site(site.id, &fields)?;
        }
        let integration = active_integration(tx, &site)?;
        let event = tx.insert_event(site.id, Some(integration.id), "connect")?;
        tx.finish_event(event, &EventOutcome { succeeded: true, requests, ..Default::default() })?;
        Ok(Audited::new(integration, format!("site:{}", site.qualified()), "wp.connect", mode.as_str()))
    })?;
    if ctx.dry_run {
        return Ok(ConnectReport { integration, discovery, structure: None, structure_error: None, warnings });
    }
    let options = SyncOptions { structure: true, content: false, ..SyncOptions::default() };
    // Part of this command: its audit row is the connect's own.
    let (structure, structure_error) = match sync_run(store, ctx, r, &options, progress, false) {
        Ok(report) => (Some(report.summary), None),
        Err(e) => (None, Some(ErrorInfo::from(&e))),
    };
    let integration = read(store, ctx, |tx, actor| active_integration(tx, &resolve(tx, actor, r)?))?;
    Ok(ConnectReport { integration, discovery, structure, structure_error, warnings })
}

// ---------------------------------------------------------------------------------------------
// Testing, status, disconnecting

/// What `wp test` found.
#[derive(Debug, Clone, Serialize)]
pub struct TestReport {
    pub site_id: i64,
    pub site: String,
    pub ok: bool,
    pub mode: WpMode,
    pub url: String,
    pub site_name: Option<String>,
    pub namespaces: Vec<String>,
    pub error: Option<ErrorInfo>,
}

/// Credentials for an integration's requests, opened with the secret key when needed.
fn integration_auth(tx: &Tx<'_>, ctx: &Ctx, site: &Site, i: &Integration) -> Result<Auth> {
    Ok(match i.mode {
        WpMode::Bridge => {
            let key = open_api_key(tx, &opening_key(ctx)?, site)?.ok_or_else(|| {
                Error::denied(
                    "api_key_not_found",
                    format!("site '{}' is connected in bridge mode but has no API key", site.qualified()),
                )
                .with_hint(format!("generate one (sitectl wp key generate {}) and reconnect", site.qualified()))
            })?;
            Auth::ApiKey(key)
        }
        WpMode::Core => {
            let sealed = i.credentials.as_ref().ok_or_else(|| {
                Error::denied(
                    "credentials_missing",
                    format!("site '{}' has no stored Application Password", site.qualified()),
                )
                .with_hint("reconnect with --username and --app-password-stdin")
            })?;
            let password = opening_key(ctx)?.open(sealed, &app_password_context(site.id))?;
            Auth::AppPassword { username: i.username.clone().unwrap_or_default(), password }
        }
        WpMode::Anonymous => Auth::Anonymous,
    })
}

/// A connected site the actor may change, its integration, and a client whose credentials are
/// bound to the integration's origin.
fn connected(store: &mut Store, ctx: &Ctx, r: &SiteRef) -> Result<(Site, Integration, Http)> {
    let (site, i, auth) = read(store, ctx, |tx, actor| {
        let site = changeable(tx, actor, r)?;
        let i = active_integration(tx, &site)?;
        let auth = integration_auth(tx, ctx, &site, &i)?;
        Ok((site, i, auth))
    })?;
    let url = stored_url(&i)?;
    let allow_insecure = i.config.get("allow_insecure_http").and_then(Value::as_bool).unwrap_or(false);
    let http = Http::new(ctx.http.clone())?.with_credentials(auth, &url, allow_insecure)?;
    Ok((site, i, http))
}

fn stored_url(i: &Integration) -> Result<url::Url> {
    url::Url::parse(&i.external_site_url).map_err(|e| Error::internal(format!("stored URL is invalid: {e}")))
}

/// Re-checks a connection: reachable, WordPress, plugin present (bridge), credentials accepted.
fn probe(http: &Http, i: &Integration) -> Result<Discovery> {
    let (root, d) = wordpress::discover(http, &stored_url(i)?)?;
    if i.mode == WpMode::Bridge && !d.has_namespace("igny8/v1") {
        return Err(Error::new(
            ErrorKind::Remote,
            "wp_plugin_missing",
            "the igny8 bridge plugin (igny8/v1) is not active on the site",
        )
        .with_hint("activate the plugin, or reconnect in core mode with an Application Password"));
    }
    if i.mode != WpMode::Anonymous {
        check_credentials(http, &root)?;
    }
    Ok(d)
}

/// Tests one site's connection and records the outcome (SyncEvent, connection status). The
/// report says whether it worked; only setup problems (no integration, no key) are errors.
pub fn test(store: &mut Store, ctx: &Ctx, r: &SiteRef) -> Result<TestReport> {
    let (site, integration, http) = connected(store, ctx, r)?;
    let outcome = probe(&http, &integration);
    let error = outcome.as_ref().err().map(ErrorInfo::from);
    let requests = http.request_count() as i64;
    mutate(store, ctx, |tx, _| {
        let event = tx.insert_event(site.id, Some(integration.id), "test")?;
        let message = error.as_ref().map(|e| format!("{}: {}", e.code, e.message));
        tx.finish_event(
            event,
            &EventOutcome { succeeded: error.is_none(), requests, error: message.as_deref(), ..Default::default() },
        )?;
        tx.set_connection_status(
            integration.id,
            if error.is_none() { "connected" } else { "error" },
            message.as_deref(),
        )?;
        let outcome = error.as_ref().map_or("connected".to_string(), |e| e.code.clone());
        Ok(Audited::new((), format!("site:{}", site.qualified()), "wp.test", outcome))
    })?;
    let d = outcome.ok();
    Ok(TestReport {
        site_id: site.id,
        site: site.qualified(),
        ok: error.is_none(),
        mode: integration.mode,
        url: integration.external_site_url,
        site_name: d.as_ref().map(|d| d.name.clone()),
        namespaces: d.map(|d| d.namespaces).unwrap_or_default(),
        error,
    })
}

/// What `wp status` shows.
#[derive(Debug, Clone, Serialize)]
pub struct StatusReport {
    #[serde(flatten)]
    pub integration: Integration,
    pub mirror: MirrorSummary,
    pub last_event: Option<SyncEvent>,
    pub has_api_key: bool,
}

pub fn status(store: &mut Store, ctx: &Ctx, r: &SiteRef) -> Result<StatusReport> {
    read(store, ctx, |tx, actor| {
        let site = resolve(tx, actor, r)?;
        let integration = tx.integration(site.id)?.ok_or_else(|| no_integration(&site))?;
        let mirror = tx.mirror_summary(site.id)?;
        let last_event = tx.events(site.id, Some(1))?.pop();
        Ok(StatusReport { integration, mirror, last_event, has_api_key: site.has_api_key })
    })
}

/// Deactivates the integration and erases its credentials; `purge_data` also removes the
/// mirror.
pub fn disconnect(store: &mut Store, ctx: &Ctx, r: &SiteRef, purge_data: bool) -> Result<Changed<Integration>> {
    mutate(store, ctx, |tx, actor| {
        let site = changeable(tx, actor, r)?;
        let integration = tx.integration(site.id)?.ok_or_else(|| no_integration(&site))?;
        let changed = integration.is_active || integration.has_credentials;
        if changed {
            tx.disconnect_integration(integration.id)?;
        }
        if purge_data {
            tx.purge_mirror(site.id)?;
        }
        let record = tx.integration(site.id)?.ok_or_else(|| Error::internal("integration vanished"))?;
        let outcome = match (changed, purge_data) {
            (_, true) => "disconnected, mirror purged",
            (true, false) => "disconnected",
            (false, false) => "unchanged",
        };
        Ok(Audited::new(
            Changed { changed: changed || purge_data, record },
            format!("site:{}", site.qualified()),
            "wp.disconnect",
            outcome,
        ))
    })
}

// ---------------------------------------------------------------------------------------------
// Syncing

/// What `wp sync` does.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    pub structure: bool,
    pub content: bool,
    /// Re-read everything and remove local rows whose post no longer exists.
    pub full: bool,
    /// Only these post types (slugs); all public types when empty.
    pub types: Vec<String>,
    pub concurrency: usize,
}

impl Default for SyncOptions {
    fn default() -> Self {
        SyncOptions { structure: true, content: true, full: false, types: Vec::new(), concurrency: 4 }
    }
}

/// Counts of one sync run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncSummary {
    pub post_types: usize,
    pub taxonomies: usize,
    pub terms: MirrorCounts,
    pub content: MirrorCounts,
    /// Items fetched per post type.
    pub fetched: BTreeMap<String, usize>,
    pub requests: u64,
    pub incremental: bool,
}

/// What `wp sync` did for one site.
#[derive(Debug, Clone, Serialize)]
pub struct SyncReport {
    pub site_id: i64,
    pub site: String,
    pub mode: WpMode,
    #[serde(flatten)]
    pub summary: SyncSummary,
    pub dry_run: bool,
}

/// The content types stored by the last structure sync.
fn stored_structure(i: &Integration) -> Option<(Vec<PostType>, Vec<TaxonomyInfo>)> {
    let ct = i.config.get("content_types")?;
    let types = serde_json::from_value(ct.get("post_types")?.clone()).ok()?;
    let taxes = serde_json::from_value(ct.get("taxonomies")?.clone()).ok()?;
    Some((types, taxes))
}

/// `modified_after` for an incremental read: the cursor (UTC) one second earlier, in the site's
/// local time, because WordPress compares it with the local `post_modified`.
fn modified_after(cursor: &str, gmt_offset: f64) -> Option<String> {
    let t = chrono::NaiveDateTime::parse_from_str(cursor, "%Y-%m-%dT%H:%M:%S").ok()?;
    let shifted = t + chrono::Duration::seconds((gmt_offset * 3600.0).round() as i64) - chrono::Duration::seconds(1);
    Some(shifted.format("%Y-%m-%dT%H:%M:%S").to_string())
}

/// Everything fetched in one run, before anything is written.
struct Fetched {
    structure: Option<Structure>,
    content: Vec<(PostType, Vec<WpContent>)>,
    /// Whether any type was read from a cursor rather than in full.
    incremental: bool,
    requests: u64,
}

fn fetch(http: &Http, i: &Integration, o: &SyncOptions, progress: &dyn Progress) -> Result<Fetched> {
    let root = RestRoot(
        url::Url::parse(&i.rest_root).map_err(|e| Error::internal(format!("stored REST root is invalid: {e}")))?,
    );
    let stored = stored_structure(i);
    let need_structure = o.structure || stored.is_none();
    let structure = if need_structure {
        Some(wordpress::fetch_structure(http, &root, i.mode == WpMode::Bridge, o.concurrency, progress)?)
    } else {
        None
    };
    let (all_types, taxonomies) = match (&structure, stored) {
        (Some(s), _) => (s.post_types.clone(), s.taxonomies.clone()),
        (None, Some(s)) => s,
        (None, None) => unreachable!("structure is fetched when none is stored"),
    };
    for t in &o.types {
        if !all_types.iter().any(|p| &p.slug == t) {
            let known: Vec<&str> = all_types.iter().map(|p| p.slug.as_str()).collect();
            return Err(Error::invalid("unknown_post_type", format!("the site has no public post type '{t}'"))
                .with_hint(format!("post types of the site: {}", known.join(", "))));
        }
    }
    let post_types: Vec<PostType> =
        all_types.into_iter().filter(|p| o.types.is_empty() || o.types.contains(&p.slug)).collect();
    let mut content = Vec::new();
    let mut incremental = false;
    if o.content {
        let gmt_offset = i.config.get("gmt_offset").and_then(Value::as_f64).unwrap_or(0.0);
        progress.begin("content", post_types.iter().filter_map(|p| p.count).sum());
        for pt in &post_types {
            let after =
                if o.full { None } else { i.content_cursor.get(&pt.slug).and_then(|c| modified_after(c, gmt_offset)) };
            incremental |= after.is_some();
            let items =
                wordpress::fetch_content(http, &root, pt, &taxonomies, after.as_deref(), o.concurrency, progress)?;
            content.push((pt.clone(), items));
        }
        progress.end();
    }
    Ok(Fetched { structure, content, incremental, requests: http.request_count() })
}

/// Writes a fetched run into the mirror; returns the summary. Runs inside the caller's
/// transaction.
fn apply(tx: &Tx<'_>, site: &Site, i: &Integration, f: &Fetched, o: &SyncOptions) -> Result<SyncSummary> {
    let mut summary = SyncSummary { requests: f.requests, incremental: f.incremental, ..SyncSummary::default() };
    if let Some(s) = &f.structure {
        summary.post_types = s.post_types.len();
        summary.taxonomies = s.taxonomies.len();
        summary.terms = tx.replace_terms(site.id, &s.terms)?;
        let mut config = i.config.clone();
        config["content_types"] = json!({
            "post_types": s.post_types,
            "taxonomies": s.taxonomies,
            "fetched_at": tx.now(),
        });
        tx.set_integration_config(i.id, &config)?;
    }
    let mut cursor = i.content_cursor.clone();
    for (pt, items) in &f.content {
        summary.fetched.insert(pt.slug.clone(), items.len());
        summary.content.add(tx.apply_content(site.id, &pt.slug, items, o.full)?);
        if let Some(max) = items.iter().map(|c| c.modified_gmt.as_str()).max() {
            let entry = cursor.entry(pt.slug.clone()).or_default();
            if max > entry.as_str() {
                *entry = max.to_string();
            }
        }
    }
    if !f.content.is_empty() {
        tx.set_content_cursor(i.id, &cursor)?;
    }
    Ok(summary)
}

/// Syncs structure and/or content of one site. A failure records a failed SyncEvent and the
/// error on the integration, and leaves the mirror and the cursor as they were.
pub fn sync(store: &mut Store, ctx: &Ctx, r: &SiteRef, o: &SyncOptions, progress: &dyn Progress) -> Result<SyncReport> {
    sync_run(store, ctx, r, o, progress, true)
}

/// The syncs of this process that are under way: integration id and its open events. A signal
/// handler ends them cleanly ([`abandon_running_syncs`]), so no integration stays `syncing`.
static RUNNING: std::sync::Mutex<Vec<(i64, Vec<i64>)>> = std::sync::Mutex::new(Vec::new());

fn running() -> std::sync::MutexGuard<'static, Vec<(i64, Vec<i64>)>> {
    RUNNING.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Registered while a sync runs; unregisters however the run ends.
struct Running(i64);

impl Running {
    fn register(integration_id: i64, events: &[i64]) -> Running {
        running().push((integration_id, events.to_vec()));
        Running(integration_id)
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        running().retain(|(id, _)| *id != self.0);
    }
}

/// Marks this process's running syncs as interrupted (for Ctrl-C and termination signals):
/// their open events fail and their integrations leave `syncing`. Returns how many there were.
pub fn abandon_running_syncs(store: &mut Store, ctx: &Ctx) -> Result<usize> {
    let runs = running().clone();
    if runs.is_empty() {
        return Ok(0);
    }
    store.write(false, ctx.now(), |tx| {
        for (id, events) in &runs {
            tx.abandon_sync(*id, events, "interrupted: the sync was stopped before it finished")?;
        }
        Ok(runs.len())
    })
}

/// The connection changed under a running sync (a reconnect, maybe to another WordPress).
fn reconnected(site: &Site) -> Error {
    Error::conflict(
        "wp_reconnected",
        format!("site '{}' was reconnected while this sync ran; nothing it fetched was stored", site.qualified()),
    )
    .with_hint(format!("run the sync again: sitectl wp sync {}", site.qualified()))
}

/// One sync run; `audit` is false when it is part of another audited command (`wp connect`).
fn sync_run(
    store: &mut Store,
    ctx: &Ctx,
    r: &SiteRef,
    o: &SyncOptions,
    progress: &dyn Progress,
    audit: bool,
) -> Result<SyncReport> {
    let (site, integration, http) = connected(store, ctx, r)?;
    let kinds: Vec<&str> = [(o.structure, "structure"), (o.content, "content")]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, k)| k)
        .collect();
    // Open the log first, in its own transaction, so that even a crash leaves a trace.
    let events: Vec<i64> = if ctx.dry_run {
        Vec::new()
    } else {
        store.write(false, ctx.now(), |tx| {
            tx.set_sync_state(integration.id, "syncing", None)?;
            kinds.iter().map(|k| tx.insert_event(site.id, Some(integration.id), k)).collect()
        })?
    };
    let _running = Running::register(integration.id, &events);
    let written = fetch(&http, &integration, o, progress).and_then(|fetched| {
        let write = |tx: &Tx<'_>| -> Result<SyncSummary> {
            // The connection must still be the one this run read from.
            match tx.integration(site.id)? {
                Some(now)
                    if now.id == integration.id
                        && now.is_active
                        && now.generation == integration.generation
                        && now.external_site_url == integration.external_site_url => {}
                _ => return Err(reconnected(&site)),
            }
            let summary = apply(tx, &site, &integration, &fetched, o)?;
            for (id, kind) in events.iter().zip(&kinds) {
                let counts = if *kind == "structure" { summary.terms } else { summary.content };
                tx.finish_event(
                    *id,
                    &EventOutcome {
                        succeeded: true,
                        created: counts.created,
                        updated: counts.updated,
                        deleted: counts.deleted,
                        unchanged: counts.unchanged,
                        requests: summary.requests as i64,
                        error: None,
                    },
                )?;
            }
            tx.set_sync_state(integration.id, "completed", None)?;
            Ok(summary)
        };
        if audit {
            mutate(store, ctx, |tx, _| {
                let summary = write(tx)?;
                let outcome = format!(
                    "terms +{} ~{} -{}; content +{} ~{} -{}",
                    summary.terms.created,
                    summary.terms.updated,
                    summary.terms.deleted,
                    summary.content.created,
                    summary.content.updated,
                    summary.content.deleted
                );
                Ok(Audited::new(summary, format!("site:{}", site.qualified()), "wp.sync", outcome))
            })
        } else {
            store.write(ctx.dry_run, ctx.now(), write)
        }
    });
    let summary = match written {
        Ok(summary) => summary,
        Err(e) => {
            if !ctx.dry_run {
                let message = format!("{}: {}", e.code, e.message);
                let requests = http.request_count() as i64;
                let reconnect = e.code == "wp_reconnected";
                store.write(false, ctx.now(), |tx| {
                    for id in &events {
                        tx.finish_event(
                            *id,
                            &EventOutcome { succeeded: false, requests, error: Some(&message), ..Default::default() },
                        )?;
                    }
                    // A newer connection's state is not this run's to change.
                    if reconnect {
                        Ok(())
                    } else {
                        tx.set_sync_state(integration.id, "error", Some(&message))
                    }
                })?;
            }
            return Err(e);
        }
    };
    Ok(SyncReport { site_id: site.id, site: site.qualified(), mode: integration.mode, summary, dry_run: ctx.dry_run })
}

// ---------------------------------------------------------------------------------------------
// Many sites at once

/// One site's line in a batch.
#[derive(Debug, Clone, Serialize)]
pub struct BatchItem {
    pub site_id: i64,
    pub site: String,
    pub ok: bool,
    pub error: Option<ErrorInfo>,
    pub result: Option<Value>,
}

/// The sites a batch runs over: active integrations of live sites the actor may change.
pub fn batch_sites(store: &mut Store, ctx: &Ctx) -> Result<Vec<SiteRef>> {
    read(store, ctx, |tx, actor| {
        let visibility = rules::visibility(actor);
        let mut out = Vec::new();
        for i in tx.active_integrations()? {
            let Some(site) = tx.site_by_id(i.site_id)? else { continue };
            if tx.site_visible(&site, visibility)?
                && rules::require_site_permission(actor, SiteAction::Change, &site.qualified()).is_ok()
            {
                out.push(SiteRef::Id(site.id));
            }
        }
        Ok(out)
    })
}

/// Runs `job` over `sites` with at most `concurrency` at once, each worker on its own database
/// connection from `open`. Items come back in site order.
pub fn run_batch<F>(
    sites: &[SiteRef],
    concurrency: usize,
    open: &(dyn Fn() -> Result<Store> + Sync),
    job: F,
) -> Vec<BatchItem>
where
    F: Fn(&mut Store, &SiteRef) -> Result<(i64, String, Value)> + Sync,
{
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Mutex;
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, BatchItem)>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..concurrency.clamp(1, 32).min(sites.len().max(1)) {
            scope.spawn(|| {
                let mut store = open();
                loop {
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let Some(r) = sites.get(n) else { return };
                    let site_id = if let SiteRef::Id(id) = r { *id } else { 0 };
                    let item = match store.as_mut().map_err(|e| e.clone()).and_then(|s| job(s, r)) {
                        Ok((site_id, site, result)) => {
                            BatchItem { site_id, site, ok: true, error: None, result: Some(result) }
                        }
                        Err(e) => BatchItem {
                            site_id,
                            site: r.to_string(),
                            ok: false,
                            error: Some(ErrorInfo::from(&e)),
                            result: None,
                        },
                    };
                    results.lock().expect("no panics while locked").push((n, item));
                }
            });
        }
    });
    let mut items = results.into_inner().expect("threads joined");
    items.sort_by_key(|(n, _)| *n);
    items.into_iter().map(|(_, i)| i).collect()
}

// ---------------------------------------------------------------------------------------------
// Reading the mirror

pub fn list_content(store: &mut Store, ctx: &Ctx, r: &SiteRef, f: &ContentFilter) -> Result<Vec<WpContent>> {
    read(store, ctx, |tx, actor| tx.content(resolve(tx, actor, r)?.id, f))
}

pub fn list_terms(store: &mut Store, ctx: &Ctx, r: &SiteRef, taxonomy: Option<&str>) -> Result<Vec<WpTerm>> {
    read(store, ctx, |tx, actor| tx.terms(resolve(tx, actor, r)?.id, taxonomy))
}

pub fn list_events(store: &mut Store, ctx: &Ctx, r: &SiteRef, limit: Option<i64>) -> Result<Vec<SyncEvent>> {
    read(store, ctx, |tx, actor| tx.events(resolve(tx, actor, r)?.id, limit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modified_after_is_a_second_early_in_local_time() {
        assert_eq!(modified_after("2020-03-24T08:00:00", 0.0).unwrap(), "2020-03-24T07:59:59");
        assert_eq!(modified_after("2020-03-24T08:00:00", 5.5).unwrap(), "2020-03-24T13:29:59");
        assert_eq!(modified_after("2020-03-24T08:00:00", -3.0).unwrap(), "2020-03-24T04:59:59");
        assert!(modified_after("garbage", 0.0).is_none());
    }
}
