//! Site access grants.

use super::sql::{params, Row};

use super::{all, one, parsed, Tx};
use crate::domain::SiteAccess;
use crate::error::Result;

/// Which grants to list.
#[derive(Debug, Clone, Copy)]
pub enum GrantRow {
    Site(i64),
    User(i64),
    /// Grants on sites of this account.
    Account(i64),
    All,
}

const SELECT: &str = "SELECT g.site_id, a.slug || '/' || s.slug, u.email, u.role, g.granted_by, g.created_at
    FROM site_access g JOIN sites s ON s.id = g.site_id JOIN accounts a ON a.id = s.account_id
    JOIN users u ON u.id = g.user_id";

fn row(r: &Row<'_>) -> Result<SiteAccess> {
    Ok(SiteAccess {
        site_id: r.get(0)?,
        site: r.get(1)?,
        user: parsed(r, 2)?,
        role: parsed(r, 3)?,
        granted_by: r.get(4)?,
        created_at: r.get(5)?,
    })
}

impl Tx<'_> {
    pub fn has_grant(&self, user_id: i64, site_id: i64) -> Result<bool> {
        Ok(one(
            self.conn(),
            "SELECT 1 FROM site_access WHERE user_id = ?1 AND site_id = ?2",
            params![user_id, site_id],
            |_| Ok(()),
        )?
        .is_some())
    }

    /// Grants the site to the user; false when the grant already existed.
    pub fn grant(&self, user_id: i64, site_id: i64, granted_by: &str) -> Result<bool> {
        let n = self.exec(
            "INSERT INTO site_access (user_id, site_id, granted_by, created_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (user_id, site_id) DO NOTHING",
            params![user_id, site_id, granted_by, self.now()],
        )?;
        Ok(n == 1)
    }

    /// Revokes a grant; false when there was none.
    pub fn revoke(&self, user_id: i64, site_id: i64) -> Result<bool> {
        let n = self.exec("DELETE FROM site_access WHERE user_id = ?1 AND site_id = ?2", params![user_id, site_id])?;
        Ok(n == 1)
    }

    pub fn grants(&self, which: GrantRow) -> Result<Vec<SiteAccess>> {
        let order = " ORDER BY g.site_id, u.email";
        match which {
            GrantRow::Site(id) => all(self.conn(), &format!("{SELECT} WHERE g.site_id = ?1{order}"), params![id], row),
            GrantRow::User(id) => all(self.conn(), &format!("{SELECT} WHERE g.user_id = ?1{order}"), params![id], row),
            GrantRow::Account(id) => {
                all(self.conn(), &format!("{SELECT} WHERE s.account_id = ?1{order}"), params![id], row)
            }
            GrantRow::All => all(self.conn(), &format!("{SELECT}{order}"), params![], row),
        }
    }
}
