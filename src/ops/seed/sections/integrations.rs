//! The `integrations` section: a site's WordPress connection, recorded as `wp connect` would
//! record it (not contacted: `wp test` or `wp sync` proves it). Secrets are named by
//! environment variable, never written in the file.

use serde::{Deserialize, Serialize};

use super::{account_of, Applying, Keys, Known, Names, Out, Parts, Scope, Section, Snapshot};
use crate::domain::{Actor, ConnectionStatus, Outcome, WpMode};
use crate::error::{Code, Result};
use crate::ops::keys::{api_key_context, app_password_context, opening_key, sealing_key};
use crate::ops::seed::check::Check;
use crate::ops::seed::file::writer::FixtureWriter;
use crate::ops::seed::EnvLookup;
use crate::ops::{sites, Ctx};
use crate::store::{Flow, IntegrationFields, Tx};
use crate::wordpress::{default_rest_root, normalize_site_url};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntegrationSpec {
    /// `ACCOUNT/SLUG`.
    pub site: String,
    pub url: String,
    /// `bridge`, `core` or `anonymous`.
    pub mode: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The environment variable holding the Application Password (never the password itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_password_env: Option<String>,
    /// The environment variable holding the site API key for bridge mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key_env: Option<String>,
}

fn apply_integration(tx: &Tx<'_>, ctx: &Ctx, g: &IntegrationSpec, env: EnvLookup<'_>) -> Result<Outcome> {
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

impl Section for IntegrationSpec {
    const NAME: &'static str = "integrations";
    const TABLES: &'static [&'static str] = &["integrations"];
    /// Applying reads each integration through the use cases' own lookups.
    type Stored = ();

    fn names<'a>(&'a self, names: &mut Names<'a>) {
        names.accounts.extend(account_of(&self.site));
    }

    fn read(_tx: &Tx<'_>, _keys: &mut Keys, _parts: Parts, _stored: &mut ()) -> Result<()> {
        Ok(())
    }

    fn check(items: &[Self], c: &mut Check<'_>, _snap: &Snapshot, known: &mut Known) {
        for (i, g) in items.iter().enumerate() {
            if !known.site_keys.contains_key(&g.site) {
                c.say(
                    "integrations",
                    i,
                    "site",
                    Code::SiteNotFound,
                    format!("site '{}' not found (use ACCOUNT/SLUG)", g.site),
                );
            }
            if let Err(e) = normalize_site_url(&g.url) {
                c.add("integrations", i, "url", &e);
            }
            let mode = c.parse::<WpMode>("integrations", i, "mode", &g.mode);
            for (field, var) in [("app_password_env", &g.app_password_env), ("api_key_env", &g.api_key_env)] {
                if let Some(var) = var {
                    if (c.env)(var).is_none_or(|v| v.is_empty()) {
                        c.say(
                            "integrations",
                            i,
                            field,
                            Code::MissingSecret,
                            format!("the environment variable {var} is not set or empty"),
                        );
                    }
                }
            }
            if mode == Some(WpMode::Core) && g.username.as_deref().is_none_or(str::is_empty) {
                c.say("integrations", i, "username", Code::MissingUsername, "core mode needs a username".into());
            }
            if mode == Some(WpMode::Bridge) && g.api_key_env.is_none() {
                c.say(
                    "integrations",
                    i,
                    "api_key_env",
                    Code::MissingSecret,
                    "bridge mode needs api_key_env naming the site API key".into(),
                );
            }
        }
    }

    fn apply(items: &[Self], a: &Applying<'_>, out: &mut Out<'_>) -> Result<()> {
        for (i, g) in items.iter().enumerate() {
            let action = apply_integration(a.tx, a.ctx, g, a.env).map_err(|e| a.at("integrations", i, e))?;
            out.push("integration", g.site.clone(), action);
        }
        Ok(())
    }

    fn export<W: std::io::Write>(tx: &Tx<'_>, scope: &Scope<'_>, out: &mut FixtureWriter<W>) -> Result<()> {
        tx.each_export_integration(scope.which, |i| {
            out.item(
                "integrations",
                &IntegrationSpec {
                    site: i.site,
                    url: i.url,
                    mode: i.mode,
                    username: i.username,
                    // Secrets never leave the database; name an env var by hand to seed them.
                    app_password_env: None,
                    api_key_env: None,
                },
            )?;
            Ok(Flow::Continue(()))
        })
    }
}
