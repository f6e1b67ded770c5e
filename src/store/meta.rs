//! Facts about the database itself (`meta`), and every sealed secret it holds, for the key
//! check, `db doctor` and `wp key reseal`.

use super::sql::params;

use super::{all, one, Tx};
use crate::error::Result;

/// Where a sealed secret lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretSlot {
    /// `sites.wp_api_key` of this site.
    SiteApiKey(i64),
    /// `integrations.credentials` of this site's integration.
    AppPassword(i64),
}

/// One sealed secret and where it is.
#[derive(Debug, Clone)]
pub struct SealedSecret {
    pub slot: SecretSlot,
    pub sealed: Vec<u8>,
}

impl Tx<'_> {
    pub fn meta(&self, key: &str) -> Result<Option<String>> {
        one(self.conn(), "SELECT value FROM meta WHERE key = ?1", params![key], |r| r.get(0))
    }

    pub fn set_meta(&self, key: &str, value: &str) -> Result<()> {
        self.exec(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }

    /// Records `value` under `key` unless a value is there already (one committed by another
    /// session meanwhile included: the insert waits for it); returns the value in force.
    pub fn claim_meta(&self, key: &str, value: &str) -> Result<String> {
        self.exec("INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO NOTHING", params![key, value])?;
        self.meta(key)?.ok_or_else(|| crate::error::Error::internal("a meta value vanished"))
    }

    /// Whether any secret is sealed in the database.
    pub fn has_sealed_secrets(&self) -> Result<bool> {
        self.value(
            "SELECT EXISTS (SELECT 1 FROM sites WHERE wp_api_key IS NOT NULL)
                 OR EXISTS (SELECT 1 FROM integrations WHERE credentials IS NOT NULL)",
            params![],
        )
    }

    /// Every sealed secret in the database.
    pub fn sealed_secrets(&self) -> Result<Vec<SealedSecret>> {
        let mut out = all(
            self.conn(),
            "SELECT id, wp_api_key FROM sites WHERE wp_api_key IS NOT NULL ORDER BY id",
            params![],
            |r| Ok(SealedSecret { slot: SecretSlot::SiteApiKey(r.get(0)?), sealed: r.get(1)? }),
        )?;
        out.extend(all(
            self.conn(),
            "SELECT site_id, credentials FROM integrations WHERE credentials IS NOT NULL ORDER BY site_id",
            params![],
            |r| Ok(SealedSecret { slot: SecretSlot::AppPassword(r.get(0)?), sealed: r.get(1)? }),
        )?);
        Ok(out)
    }

    /// Replaces one sealed secret in place (re-sealing under another key).
    pub fn replace_sealed(&self, slot: SecretSlot, sealed: &[u8]) -> Result<()> {
        match slot {
            SecretSlot::SiteApiKey(site) => {
                self.exec("UPDATE sites SET wp_api_key = ?2 WHERE id = ?1", params![site, sealed])?
            }
            SecretSlot::AppPassword(site) => {
                self.exec("UPDATE integrations SET credentials = ?2 WHERE site_id = ?1", params![site, sealed])?
            }
        };
        Ok(())
    }
}
