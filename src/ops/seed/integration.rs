//! A fixture's WordPress integration, recorded as `wp connect` would record it (not contacted:
//! `wp test` or `wp sync` proves it).

use super::EnvLookup;
use crate::domain::{Actor, ConnectionStatus, Outcome, WpMode};
use crate::error::Result;
use crate::fixture::IntegrationSpec;
use crate::ops::keys::{api_key_context, app_password_context, opening_key, sealing_key};
use crate::ops::{sites, Ctx};
use crate::store::{IntegrationFields, Tx};
use crate::wordpress::{default_rest_root, normalize_site_url};

pub(super) fn apply_integration(tx: &Tx<'_>, ctx: &Ctx, g: &IntegrationSpec, env: EnvLookup<'_>) -> Result<Outcome> {
    let site = sites::resolve(tx, &Actor::Operator, &g.site.parse()?)?;
    let url = normalize_site_url(&g.url)?;
    let mode: WpMode = g.mode.parse()?;
    let rest_root = default_rest_root(&url)?.0;
    let existing = tx.integration(site.id)?;
    let password = g.app_password_env.as_deref().and_then(env);
    let sealed = match &password {
        Some(p) => Some(sealing_key(tx, ctx)?.seal(p, &app_password_context(site.id))?),
        None => None,
    };
    if let Some(var) = &g.api_key_env {
        let key = env(var).unwrap_or_default();
        let secret = sealing_key(tx, ctx)?;
        let current = tx.site_api_key(site.id)?.map(|s| secret.open(&s, &api_key_context(site.id))).transpose()?;
        if current.as_deref() != Some(key.as_str()) {
            tx.set_site_api_key(site.id, Some(&secret.seal(&key, &api_key_context(site.id))?))?;
        }
    }
    let username = if mode == WpMode::Core { g.username.as_deref() } else { None };
    if let Some(i) = &existing {
        let same_password = match (&password, &i.credentials) {
            (None, None) => true,
            (Some(p), Some(s)) => {
                opening_key(ctx)?.open(s, &app_password_context(site.id)).ok().as_deref() == Some(p.as_str())
            }
            _ => false,
        };
        if i.is_active
            && i.external_site_url == url.as_str()
            && i.mode == mode
            && i.username.as_deref() == username
            && same_password
        {
            return Ok(Outcome::Unchanged);
        }
    }
    // Recorded, not yet checked (`wp test` or `wp sync` proves the connection): disconnected.
    let config = existing.as_ref().map(|i| i.config.clone()).unwrap_or_default();
    let same_site = existing.as_ref().is_some_and(|i| i.external_site_url == url.as_str());
    let content_cursor = existing.as_ref().filter(|_| same_site).map(|i| i.content_cursor.clone()).unwrap_or_default();
    let generation = existing.as_ref().map_or(0, |i| i.generation + 1);
    tx.upsert_integration(
        site.id,
        site.account_id,
        &IntegrationFields {
            external_site_url: url.as_str(),
            rest_root: rest_root.as_str(),
            mode,
            username,
            credentials: sealed.as_deref(),
            config: &config,
            connection_status: ConnectionStatus::Disconnected,
            content_cursor: &content_cursor,
            generation,
        },
    )?;
    Ok(if existing.is_some() { Outcome::Updated } else { Outcome::Created })
}
