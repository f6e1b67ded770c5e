//! Site access grants.

use super::sql::{params, Flow, Row, Where};

use super::{all, one, parsed, Tx};
use crate::domain::{Page, SiteAccess};
use crate::error::Result;

/// Which grants `access list` streams: one of [`GrantRow`], narrowed to one user's email, and to
/// sites granted to `visible_to` (what an editor or viewer may see).
#[derive(Debug, Clone)]
pub struct GrantQuery {
    pub which: GrantRow,
    pub email: Option<String>,
    pub visible_to: Option<i64>,
    pub page: Page,
}

/// Which grants to list.
#[derive(Debug, Clone, Copy)]
pub enum GrantRow {
    Site(i64),
    User(i64),
    /// Grants on sites of this account.
    Account(i64),
    All,
}

const SELECT: &str = "SELECT g.site_id, a.slug || '/' || s.slug, u.email, u.role, g.granted_by, g.created_at, g.id
    FROM site_access g JOIN sites s ON s.id = g.site_id JOIN accounts a ON a.id = s.account_id
    JOIN users u ON u.id = g.user_id";

fn row(r: &Row<'_>) -> Result<SiteAccess> {
    Ok(SiteAccess {
        id: r.get(6)?,
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

    /// Every grant (user id, site id) on the sites of these accounts.
    pub fn grants_of_accounts(&self, account_ids: &[i64]) -> Result<Vec<(i64, i64)>> {
        self.all_in(
            "SELECT user_id, site_id FROM site_access WHERE site_id IN (SELECT id FROM sites WHERE account_id IN ({in}))",
            account_ids,
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
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

    /// Streams the grants a query selects, in id order.
    pub fn each_grant(&self, q: &GrantQuery, mut each: impl FnMut(SiteAccess) -> Result<Flow>) -> Result<()> {
        let mut w = Where::default();
        match q.which {
            GrantRow::Site(id) => w.arg("g.site_id = ?", id),
            GrantRow::User(id) => w.arg("g.user_id = ?", id),
            GrantRow::Account(id) => w.arg("s.account_id = ?", id),
            GrantRow::All => {}
        }
        if let Some(email) = &q.email {
            w.arg("u.email = ?", email.as_str());
        }
        if let Some(me) = q.visible_to {
            w.arg("g.site_id IN (SELECT site_id FROM site_access WHERE user_id = ?)", me);
        }
        let limit = w.page(q.page, "g.id");
        let sql = format!("{SELECT}{} ORDER BY g.id{limit}", w.sql());
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| each(row(r)?))
    }
}
