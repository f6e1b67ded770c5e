//! Connecting a site to WordPress, testing, showing and ending the connection.

use crate::error::Code;
use serde::Serialize;

use crate::domain::{AuditAction, AuditTarget};
use crate::domain::{
    ConnectionStatus, EventKind, HostingType, Integration, IntegrationConfig, SiteRef, SyncEvent, WpMode,
};
use crate::error::{Error, Result};
use crate::ops::sites::resolve;
use crate::ops::{accounts, mutate, read, Audited, Changed, Ctx};
use crate::rules::{self};
use crate::store::{EventOutcome, IntegrationFields, MirrorSummary, SiteFields, Store};
use crate::wordpress::{self, Auth, Discovery, Http, Progress, RestRoot};

use super::inventory::{self, InventoryOutcome};
use super::sync::{sync_connected, SyncOptions, SyncSummary};
use super::{active_integration, changeable, connected, no_integration, stored_url, ErrorInfo};
use crate::ops::keys::{api_key_context, app_password_context, opening_key, sealing_key};

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

/// Checks credentials: `users/me` must answer with a user (see
/// `wordpress::users::credentials_accepted`). The request carries the credentials to the bound
/// origin or is refused, so an answer here is an answer to the credentials.
fn check_credentials(http: &Http, root: &RestRoot) -> Result<()> {
    if wordpress::users::credentials_accepted(http, root)? {
        return Ok(());
    }
    Err(Error::new(
        Code::WpCredentialsRefused,
        "WordPress refused the credentials (users/me did not answer 200 with a user)",
    )
    .with_hint("check the user name and Application Password, or the site's API key in the bridge plugin"))
}

/// The WordPress version when the site tells it: the bridge plugin does; core WordPress does not
/// publish it over REST.
fn wordpress_version(http: &Http, root: &RestRoot, mode: WpMode) -> Option<String> {
    if mode != WpMode::Bridge {
        return None;
    }
    wordpress::bridge::wordpress_version(http, root)
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

/// What a connection records of the site's discovery (the rest is the caller's).
fn config_of(discovery: &Discovery) -> IntegrationConfig {
    IntegrationConfig {
        site_name: discovery.name.clone(),
        description: discovery.description.clone(),
        home: discovery.home.clone(),
        gmt_offset: discovery.gmt_offset,
        namespaces: discovery.namespaces.clone(),
        application_passwords: discovery.application_passwords,
        upgraded_to_https: discovery.upgraded_to_https,
        ..IntegrationConfig::default()
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
        return Err(Error::new(Code::UsernameRequired, "an Application Password needs --username"));
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
    let bridge_ns = discovery.has_namespace(wordpress::bridge::NAMESPACE);
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
    let config = IntegrationConfig {
        wordpress_version: wordpress_version(&authed, &root, mode),
        connected_at: Some(ctx.now()),
        allow_insecure_http: input.allow_insecure_http,
        ..config_of(&discovery)
    };
    let requests = authed.request_count() as i64;
    let (site, integration) = mutate(store, ctx, |tx, actor| {
        let site = changeable(tx, actor, r)?;
        // Another WordPress than before: the old mirror and cursor describe a different site;
        // the same one keeps its cursor. Either way this is a new connection generation.
        let old = tx.integration(site.id)?;
        let same_site = old.as_ref().is_some_and(|o| o.external_site_url == url.as_str());
        if old.is_some() && !same_site {
            tx.purge_mirror(site.id)?;
            // Post ids of the old WordPress name other posts on this one: never to be used here.
            tx.detach_records(site.id)?;
        }
        let content_cursor = old.as_ref().filter(|_| same_site).map(|o| o.content_cursor.clone()).unwrap_or_default();
        let generation = old.as_ref().map_or(0, |o| o.generation + 1);
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
                connection_status: ConnectionStatus::Connected,
                content_cursor: &content_cursor,
                generation,
            },
        )?;
        if site.hosting_type == HostingType::Igny8Sites {
            let mut fields = SiteFields::from(&site);
            fields.hosting_type = HostingType::Wordpress;
            tx.update_site(site.id, &fields)?;
        }
        let integration = active_integration(tx, &site)?;
        let event = tx.insert_event(site.id, Some(integration.id), EventKind::Connect)?;
        tx.finish_event(event, &EventOutcome { succeeded: true, requests, ..Default::default() })?;
        let target = AuditTarget::site(site.qualified());
        Ok(Audited::new((site, integration), target, AuditAction::WpConnect, mode.as_str()))
    })?;
    if ctx.dry_run {
        return Ok(ConnectReport { integration, discovery, structure: None, structure_error: None, warnings });
    }
    let options = SyncOptions { structure: true, content: false, ..SyncOptions::default() };
    // Part of this command (its audit row is the connect's own), with what it just loaded.
    let (structure, structure_error) =
        match sync_connected(store, ctx, &site, &integration, &authed, &options, progress, false) {
            Ok(report) => (Some(report.summary), None),
            Err(e) => (None, Some(ErrorInfo::from(&e))),
        };
    let integration = store.read(|tx| active_integration(tx, &site))?;
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
    /// What a working connection showed of the site's versions, plugins and themes.
    #[serde(flatten)]
    pub inventory: InventoryOutcome,
}

/// Re-checks a connection: reachable, WordPress, plugin present (bridge), credentials accepted.
fn probe(http: &Http, i: &Integration) -> Result<Discovery> {
    let (root, d) = wordpress::discover(http, &stored_url(i)?)?;
    if i.mode == WpMode::Bridge && !d.has_namespace(wordpress::bridge::NAMESPACE) {
        return Err(Error::new(Code::WpPluginMissing, "the igny8 bridge plugin (igny8/v1) is not active on the site")
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
    let observed = outcome.is_ok().then(|| inventory::attempt(&http, &integration));
    let requests = http.request_count() as i64;
    let inventory = mutate(store, ctx, |tx, _| {
        accounts::lock(tx, site.account_id)?;
        let event = tx.insert_event(site.id, Some(integration.id), EventKind::Test)?;
        let message = error.as_ref().map(|e| format!("{}: {}", e.code, e.message));
        tx.finish_event(
            event,
            &EventOutcome { succeeded: error.is_none(), requests, error: message.as_deref(), ..Default::default() },
        )?;
        tx.set_connection_status(
            integration.id,
            if error.is_none() { ConnectionStatus::Connected } else { ConnectionStatus::Error },
            message.as_deref(),
        )?;
        let inventory = match &observed {
            Some(a) => inventory::record_attempt(tx, site.id, a)?,
            None => InventoryOutcome::default(),
        };
        let outcome = error.as_ref().map_or("connected".to_string(), |e| e.code.to_string());
        Ok(Audited::new(inventory, AuditTarget::site(site.qualified()), AuditAction::WpTest, outcome))
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
        inventory,
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
    /// What the site was last seen to run (`None` before its first refresh).
    pub inventory: Option<crate::domain::Inventory>,
}

pub fn status(store: &mut Store, ctx: &Ctx, r: &SiteRef) -> Result<StatusReport> {
    read(store, ctx, |tx, actor| {
        let site = resolve(tx, actor, r)?;
        let integration = tx.integration(site.id)?.ok_or_else(|| no_integration(&site))?;
        let mirror = tx.mirror_summary(site.id)?;
        let last_event = tx.events(site.id, Some(1))?.pop();
        let inventory = tx.inventory(site.id)?;
        Ok(StatusReport { integration, mirror, last_event, has_api_key: site.has_api_key, inventory })
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
            AuditTarget::site(site.qualified()),
            AuditAction::WpDisconnect,
            outcome,
        ))
    })
}
