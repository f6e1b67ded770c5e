//! The site API key the bridge plugin authenticates with.

use crate::error::Code;
use serde::Serialize;

use crate::domain::{AuditAction, AuditTarget};
use crate::domain::{Site, SiteRef};
use crate::error::{Error, Result};
use crate::ops::sites::resolve;
use crate::ops::{mutate, read, Audited, Changed, Ctx};
use crate::rules::{self, SiteAction};
use crate::secrets::{self, SecretKey};
use crate::store::{Store, Tx};

use super::changeable;
use crate::ops::keys::{api_key_context, opening_key, sealing_key};

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
                return Err(Error::new(
                    Code::ApiKeyExists,
                    format!("site '{}' already has an API key", site.qualified()),
                )
                .with_hint(format!("rotate it: sitectl wp key rotate {} --yes", site.qualified())))
            }
            (false, true) => {
                return Err(Error::new(
                    Code::ApiKeyNotFound,
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
            AuditTarget::site(site.qualified()),
            if rotate { AuditAction::WpKeyRotate } else { AuditAction::WpKeyGenerate },
            action,
        ))
    })
}

pub(super) fn open_api_key(tx: &Tx<'_>, key: &SecretKey, site: &Site) -> Result<Option<String>> {
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
            Error::new(Code::ApiKeyNotFound, format!("site '{}' has no API key", site.qualified()))
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
        Ok(Audited::new(
            Changed { changed, record },
            AuditTarget::site(site.qualified()),
            AuditAction::WpKeyRevoke,
            outcome,
        ))
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
            Err(Error::new(Code::ApiKeyMismatch, format!("the key does not match site '{}'", site.qualified())))
        }
    })
}
