//! Users.

use super::sql::{params, Flow, Row, Where};

use super::{one, parsed, Tx};
use crate::domain::{Email, Page, Role, User};
use crate::error::Result;

const SELECT: &str = "SELECT u.id, u.email, u.name, u.role, a.slug, u.created_at, u.updated_at, u.account_id
    FROM users u JOIN accounts a ON a.id = u.account_id";

fn row(r: &Row<'_>) -> Result<User> {
    Ok(User {
        id: r.get(0)?,
        email: parsed(r, 1)?,
        name: r.get(2)?,
        role: parsed(r, 3)?,
        account: parsed(r, 4)?,
        created_at: r.get(5)?,
        updated_at: r.get(6)?,
        account_id: r.get(7)?,
    })
}

impl Tx<'_> {
    pub fn user(&self, email: &Email) -> Result<Option<User>> {
        one(self.conn(), &format!("{SELECT} WHERE u.email = ?1"), params![email.as_str()], row)
    }

    /// The users with these (lowercased) emails.
    pub fn users_by_emails(&self, emails: &[&str]) -> Result<Vec<User>> {
        self.all_in(&format!("{SELECT} WHERE u.email IN ({{in}})"), emails, row)
    }

    /// Every user of these accounts.
    pub fn users_of_accounts(&self, account_ids: &[i64]) -> Result<Vec<User>> {
        self.all_in(&format!("{SELECT} WHERE u.account_id IN ({{in}}) ORDER BY u.id"), account_ids, row)
    }

    pub fn user_by_id(&self, id: i64) -> Result<Option<User>> {
        one(self.conn(), &format!("{SELECT} WHERE u.id = ?1"), params![id], row)
    }

    /// Users of one account, or of every account.
    pub fn users(&self, account_id: Option<i64>) -> Result<Vec<User>> {
        super::sql::collect(|each| self.each_user(account_id, Page::default(), each))
    }

    /// Streams users in id order (see [`Tx::each_site`]).
    pub fn each_user(
        &self,
        account_id: Option<i64>,
        page: Page,
        mut each: impl FnMut(User) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = Where::default();
        if let Some(id) = account_id {
            w.arg("u.account_id = ?", id);
        }
        let limit = w.page(page, "u.id");
        let sql = format!("{SELECT}{} ORDER BY u.id{limit}", w.sql());
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| each(row(r)?))
    }

    pub fn insert_user(&self, email: &Email, name: &str, role: Role, account_id: i64) -> Result<i64> {
        self.insert(
            "INSERT INTO users (email, name, role, account_id, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            params![email.as_str(), name, role.as_str(), account_id, self.now()],
        )
    }

    pub fn update_user(&self, id: i64, name: &str, role: Role) -> Result<()> {
        self.exec(
            "UPDATE users SET name = ?2, role = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, name, role.as_str(), self.now()],
        )?;
        Ok(())
    }

    /// Removes a user and the grants they hold.
    pub fn delete_user(&self, id: i64) -> Result<()> {
        self.exec("DELETE FROM site_access WHERE user_id = ?1", params![id])?;
        self.exec("DELETE FROM users WHERE id = ?1", params![id])?;
        Ok(())
    }
}
