//! Accounts and their usage of plan limits.

use super::sql::{params, Flow, Row, Where};

use super::{all, one, parsed, parsed_opt, Tx};
use crate::domain::{Account, AccountStatus, Page, Plan, Slug};
use crate::error::Result;

const SELECT: &str =
    "SELECT a.id, a.slug, a.name, a.status, p.slug, u.email, a.created_at, a.updated_at, a.plan_id, a.owner_id
    FROM accounts a JOIN plans p ON p.id = a.plan_id LEFT JOIN users u ON u.id = a.owner_id";

fn row(r: &Row<'_>) -> Result<Account> {
    Ok(Account {
        id: r.get(0)?,
        slug: parsed(r, 1)?,
        name: r.get(2)?,
        status: parsed(r, 3)?,
        plan: parsed(r, 4)?,
        owner: parsed_opt(r, 5)?,
        created_at: r.get(6)?,
        updated_at: r.get(7)?,
        plan_id: r.get(8)?,
        owner_id: r.get(9)?,
    })
}

impl Tx<'_> {
    pub fn account(&self, slug: &Slug) -> Result<Option<Account>> {
        one(self.conn(), &format!("{SELECT} WHERE a.slug = ?1"), params![slug.as_str()], row)
    }

    /// The accounts with these slugs (missing ones are simply absent).
    pub fn accounts_by_slugs(&self, slugs: &[&str]) -> Result<Vec<Account>> {
        self.all_in(&format!("{SELECT} WHERE a.slug IN ({{in}})"), slugs, row)
    }

    pub fn account_by_id(&self, id: i64) -> Result<Option<Account>> {
        one(self.conn(), &format!("{SELECT} WHERE a.id = ?1"), params![id], row)
    }

    /// An account and its plan, in one read (what every limit check needs).
    pub fn account_with_plan(&self, id: i64) -> Result<Option<(Account, Plan)>> {
        let sql = "SELECT a.id, a.slug, a.name, a.status, p.slug, u.email, a.created_at, a.updated_at, a.plan_id, a.owner_id,
                p.id, p.slug, p.name, p.max_sites, p.max_users, p.max_sectors_per_site, p.is_active, p.created_at, p.updated_at
            FROM accounts a JOIN plans p ON p.id = a.plan_id LEFT JOIN users u ON u.id = a.owner_id WHERE a.id = ?1";
        one(self.conn(), sql, params![id], |r| Ok((row(r)?, super::plans::row_at(r, 10)?)))
    }

    /// Every account, or only those with the given status.
    pub fn accounts(&self, status: Option<AccountStatus>) -> Result<Vec<Account>> {
        super::sql::collect(|each| self.each_account(status, Page::default(), each))
    }

    /// Streams accounts in id order (see [`Tx::each_site`]).
    pub fn each_account(
        &self,
        status: Option<AccountStatus>,
        page: Page,
        mut each: impl FnMut(Account) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = Where::default();
        if let Some(s) = status {
            w.arg("a.status = ?", s.as_str());
        }
        let limit = w.page(page, "a.id");
        let sql = format!("{SELECT}{} ORDER BY a.id{limit}", w.sql());
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| each(row(r)?))
    }

    pub fn insert_account(&self, slug: &Slug, name: &str, status: AccountStatus, plan_id: i64) -> Result<i64> {
        let id = self.insert(
            "INSERT INTO accounts (slug, name, status, plan_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![slug.as_str(), name, status.as_str(), plan_id, self.now()],
        )?;
        self.created_accounts(&[id]);
        Ok(id)
    }

    pub fn update_account(&self, id: i64, name: &str, status: AccountStatus, plan_id: i64) -> Result<()> {
        self.exec(
            "UPDATE accounts SET name = ?2, status = ?3, plan_id = ?4, updated_at = ?5 WHERE id = ?1",
            params![id, name, status.as_str(), plan_id, self.now()],
        )?;
        Ok(())
    }

    pub fn set_account_owner(&self, id: i64, owner_id: i64) -> Result<()> {
        self.exec(
            "UPDATE accounts SET owner_id = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, owner_id, self.now()],
        )?;
        Ok(())
    }

    /// Non-deleted sites of the account: what `max_sites` limits.
    pub fn account_site_count(&self, account_id: i64) -> Result<i64> {
        self.value("SELECT count(*) FROM sites WHERE account_id = ?1 AND deleted_at IS NULL", params![account_id])
    }

    /// Users of the account: what `max_users` limits.
    pub fn account_user_count(&self, account_id: i64) -> Result<i64> {
        self.value("SELECT count(*) FROM users WHERE account_id = ?1", params![account_id])
    }

    /// Active sectors per non-deleted site of the account, as (site id, ACCOUNT/SLUG, count).
    pub fn account_sector_usage(&self, account_id: i64) -> Result<Vec<(i64, String, i64)>> {
        all(
            self.conn(),
            "SELECT s.id, a.slug || '/' || s.slug,
                    (SELECT count(*) FROM sectors x WHERE x.site_id = s.id AND x.is_active = 1)
             FROM sites s JOIN accounts a ON a.id = s.account_id
             WHERE s.account_id = ?1 AND s.deleted_at IS NULL ORDER BY s.id",
            params![account_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
    }
}
