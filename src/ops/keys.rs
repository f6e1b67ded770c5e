//! The one home of the rule "a database's secrets are sealed under one key".
//!
//! The database records the check value of the key that sealed its secrets (`meta`
//! `secret_key_check`, never the key). Sealing under another key is refused, a database that
//! already holds secrets never gets a new key file silently, and `wp key reseal` moves every
//! secret from an old key to the current one in one transaction.

use crate::domain::{AuditAction, AuditTarget};
use crate::error::Code;
use serde::Serialize;

use super::{mutate, Audited, Ctx};
use crate::error::{Error, Result};
use crate::rules;
use crate::secrets::SecretKey;
use crate::store::{SecretSlot, Store, Tx};

const KEY_CHECK: &str = "secret_key_check";

/// What a site's sealed API key is bound to (see `secrets`); every sealing and opening uses it.
pub(crate) fn api_key_context(site_id: i64) -> String {
    format!("site:{site_id}:api_key")
}

/// What a site's sealed Application Password is bound to.
pub(crate) fn app_password_context(site_id: i64) -> String {
    format!("site:{site_id}:wp_app_password")
}

fn context_of(slot: SecretSlot) -> String {
    match slot {
        SecretSlot::SiteApiKey(site) => api_key_context(site),
        SecretSlot::AppPassword(site) => app_password_context(site),
    }
}

fn mismatch(ctx: &Ctx) -> Error {
    Error::new(Code::SecretKeyMismatch, format!(
            "the secret key from {} is not the key this database's secrets are sealed with; nothing was sealed",
            ctx.secrets.describe()
        ),
    )
    .with_hint("use the database's key (SITECTL_SECRET_KEY or the profile's secret_key_file), or move the secrets to this key: sitectl wp key reseal --from-key-file OLD")
}

/// The key to seal a new secret with, inside the caller's write transaction: the recorded key
/// or, for a database without secrets, the configured one (created when missing, except in a
/// dry run), whose check value is recorded now.
pub(crate) fn sealing_key(tx: &Tx<'_>, ctx: &Ctx) -> Result<SecretKey> {
    let recorded = tx.meta(KEY_CHECK)?;
    let holds_secrets = recorded.is_some() || tx.has_sealed_secrets()?;
    let key = if holds_secrets {
        ctx.secrets.load().map_err(|e| {
            let hint = format!(
                "this database already holds sealed secrets, so no new key is created; {}",
                e.hint.clone().unwrap_or_default()
            );
            e.with_hint(hint)
        })?
    } else {
        ctx.secrets.load_or_create(ctx.dry_run)?
    };
    let check = key.check_value();
    match recorded {
        Some(r) if r != check => return Err(mismatch(ctx)),
        Some(_) => {}
        None => {
            // Secrets sealed before the check value was recorded: the key must open them
            // before it becomes the database's key.
            if let Some(s) = tx.sealed_secrets()?.first() {
                if key.open(&s.sealed, &context_of(s.slot)).is_err() {
                    return Err(mismatch(ctx));
                }
            }
            // The first secret of the database records its key. Writers of other accounts may
            // do the same at once: the first to commit decides, and a different key is refused.
            if tx.claim_meta(KEY_CHECK, &check)? != check {
                return Err(mismatch(ctx));
            }
        }
    }
    Ok(key)
}

/// The key to open secrets with.
pub(crate) fn opening_key(ctx: &Ctx) -> Result<SecretKey> {
    ctx.secrets.load()
}

/// Sealed secrets that do not open under the current key, for `db doctor`: (slot, reason).
pub(crate) fn unopenable(tx: &Tx<'_>, ctx: &Ctx) -> Result<Vec<(String, String)>> {
    let secrets = tx.sealed_secrets()?;
    if secrets.is_empty() {
        return Ok(Vec::new());
    }
    let key = match ctx.secrets.load() {
        Ok(k) => k,
        Err(e) => return Ok(vec![(format!("{} sealed secrets", secrets.len()), e.message.clone())]),
    };
    Ok(secrets
        .into_iter()
        .filter(|s| key.open(&s.sealed, &context_of(s.slot)).is_err())
        .map(|s| (describe_slot(s.slot), format!("does not open under the key from {}", ctx.secrets.describe())))
        .collect())
}

fn describe_slot(slot: SecretSlot) -> String {
    match slot {
        SecretSlot::SiteApiKey(site) => format!("site {site} API key"),
        SecretSlot::AppPassword(site) => format!("site {site} Application Password"),
    }
}

/// What `wp key reseal` did.
#[derive(Debug, Clone, Serialize)]
pub struct ResealReport {
    pub resealed: usize,
    pub key_check: String,
}

/// Opens every secret with `old` and seals it again under the current key, in one transaction;
/// one secret that does not open under `old` changes nothing at all.
pub fn reseal(store: &mut Store, ctx: &Ctx, old: &SecretKey) -> Result<ResealReport> {
    mutate(store, ctx, |tx, actor| {
        rules::require_operator(actor, "reseal secrets")?;
        // The key is the database's: every writer sealing a secret must see the new one.
        tx.lock_whole_database()?;
        let new = ctx.secrets.load_or_create(ctx.dry_run)?;
        let secrets = tx.sealed_secrets()?;
        for s in &secrets {
            let context = context_of(s.slot);
            let plain = old.open(&s.sealed, &context).map_err(|_| {
                Error::new(
                    Code::SecretKeyMismatch,
                    format!("the {} does not open with the old key; nothing was resealed", describe_slot(s.slot)),
                )
                .with_hint("pass the key file these secrets were sealed with")
            })?;
            tx.replace_sealed(s.slot, &new.seal(&plain, &context)?)?;
        }
        let key_check = new.check_value();
        tx.set_meta(KEY_CHECK, &key_check)?;
        let report = ResealReport { resealed: secrets.len(), key_check };
        let outcome = format!("{} secrets resealed", report.resealed);
        Ok(Audited::new(report, AuditTarget::database(), AuditAction::WpKeyReseal, outcome))
    })
}
