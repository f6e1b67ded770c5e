//! WordPress use cases: the site API key, connect, test, status, disconnect, sync, and reading
//! the local mirror.
//!
//! Remote work cannot sit inside a database transaction, so each use case reads what it needs
//! in one transaction, talks to WordPress with no transaction open, and then writes everything
//! it learned in one more. A remote failure therefore changes no mirrored data and no cursor;
//! only the sync log (SyncEvent) and the integration's status record it.
//!
//! `api_key` manages the site API key, `connection` connects, tests, shows and disconnects,
//! `sync` pulls structure and content (one site or a batch), `mirror` reads what was pulled,
//! `inventory` records which WordPress, plugins and themes a site runs,
//! `publish` and `retract` send content and take it back (deciding about the item's post in
//! `remote` and `provenance`; the requests are `crate::wordpress`'s).

mod api_key;
mod batch;
pub(crate) mod claim;
mod connection;
mod inventory;
mod mirror;
mod provenance;
mod publish;
mod remote;
mod retract;
mod sync;

pub use api_key::*;
pub use batch::*;
pub use connection::*;
pub use inventory::*;
pub use mirror::*;
pub use publish::*;
pub use retract::*;
pub use sync::*;

use crate::error::Code;
use serde::Serialize;

use super::{read, Ctx};
use crate::domain::{Actor, Integration, Site, SiteRef, WpMode};
use crate::error::{Error, Result};
use crate::rules::SiteAction;
use crate::store::{Store, Tx};
use crate::wordpress::{Auth, Http};

use super::keys::{app_password_context, opening_key};

/// A site the actor may change (editor or above), live.
fn changeable(tx: &Tx<'_>, actor: &Actor, r: &SiteRef) -> Result<Site> {
    super::sites::resolve_live(tx, actor, r, SiteAction::Change)
}

fn no_integration(site: &Site) -> Error {
    Error::new(Code::IntegrationNotFound, format!("site '{}' is not connected to WordPress", site.qualified()))
        .with_hint(format!("connect it first: sitectl wp connect {} --url URL", site.qualified()))
}

fn active_integration(tx: &Tx<'_>, site: &Site) -> Result<Integration> {
    match tx.integration(site.id)? {
        Some(i) if i.is_active => Ok(i),
        _ => Err(no_integration(site)),
    }
}

/// An error as data inside a report.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorInfo {
    pub code: Code,
    pub message: String,
}

impl From<&Error> for ErrorInfo {
    fn from(e: &Error) -> Self {
        ErrorInfo { code: e.code, message: e.message.clone() }
    }
}

/// Credentials for an integration's requests, opened with the secret key when needed.
fn integration_auth(tx: &Tx<'_>, ctx: &Ctx, site: &Site, i: &Integration) -> Result<Auth> {
    Ok(match i.mode {
        WpMode::Bridge => {
            let key = api_key::open_api_key(tx, &opening_key(ctx)?, site)?.ok_or_else(|| {
                Error::new(
                    Code::ApiKeyMissing,
                    format!("site '{}' is connected in bridge mode but has no API key", site.qualified()),
                )
                .with_hint(format!("generate one (sitectl wp key generate {}) and reconnect", site.qualified()))
            })?;
            Auth::ApiKey(key)
        }
        WpMode::Core => {
            let sealed = i.credentials.as_ref().ok_or_else(|| {
                Error::new(
                    Code::CredentialsMissing,
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
    let allow_insecure = i.config.allow_insecure_http;
    let http = Http::new(ctx.http.clone())?.with_credentials(auth, &url, allow_insecure)?;
    Ok((site, i, http))
}

fn stored_url(i: &Integration) -> Result<url::Url> {
    url::Url::parse(&i.external_site_url).map_err(|e| Error::internal(format!("stored URL is invalid: {e}")))
}
