//! Plans.

use super::sql::{params, Flow, Row, Where};

use super::{one, parsed, Tx};
use crate::domain::{Page, Plan, Slug};
use crate::error::Result;

const SELECT: &str =
    "SELECT id, slug, name, max_sites, max_users, max_sectors_per_site, is_active, created_at, updated_at
    FROM plans";

fn row(r: &Row<'_>) -> Result<Plan> {
    row_at(r, 0)
}

/// A plan from the columns of [`SELECT`] starting at `at` (for joins that read one along).
pub(super) fn row_at(r: &Row<'_>, at: usize) -> Result<Plan> {
    Ok(Plan {
        id: r.get(at)?,
        slug: parsed(r, at + 1)?,
        name: r.get(at + 2)?,
        max_sites: r.get(at + 3)?,
        max_users: r.get(at + 4)?,
        max_sectors_per_site: r.get(at + 5)?,
        is_active: r.get(at + 6)?,
        created_at: r.get(at + 7)?,
        updated_at: r.get(at + 8)?,
    })
}

/// The settable fields of a plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanFields {
    pub name: String,
    pub max_sites: i64,
    pub max_users: i64,
    pub max_sectors_per_site: i64,
    pub is_active: bool,
}

impl Tx<'_> {
    pub fn plan(&self, slug: &Slug) -> Result<Option<Plan>> {
        one(self.conn(), &format!("{SELECT} WHERE slug = ?1"), params![slug.as_str()], row)
    }

    pub fn plan_by_id(&self, id: i64) -> Result<Option<Plan>> {
        one(self.conn(), &format!("{SELECT} WHERE id = ?1"), params![id], row)
    }

    pub fn plans(&self) -> Result<Vec<Plan>> {
        super::sql::collect(|each| self.each_plan(Page::default(), each))
    }

    /// Streams plans in id order.
    pub fn each_plan(&self, page: Page, mut each: impl FnMut(Plan) -> Result<Flow>) -> Result<()> {
        let mut w = Where::default();
        let limit = w.page(page, "id");
        let sql = format!("{SELECT}{} ORDER BY id{limit}", w.sql());
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| each(row(r)?))
    }

    pub fn insert_plan(&self, slug: &Slug, f: &PlanFields) -> Result<i64> {
        self.insert(
            "INSERT INTO plans (slug, name, max_sites, max_users, max_sectors_per_site, is_active, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![slug.as_str(), f.name, f.max_sites, f.max_users, f.max_sectors_per_site, f.is_active, self.now()],
        )
    }

    pub fn update_plan(&self, id: i64, f: &PlanFields) -> Result<()> {
        self.exec(
            "UPDATE plans SET name = ?2, max_sites = ?3, max_users = ?4, max_sectors_per_site = ?5, is_active = ?6,
             updated_at = ?7 WHERE id = ?1",
            params![id, f.name, f.max_sites, f.max_users, f.max_sectors_per_site, f.is_active, self.now()],
        )?;
        Ok(())
    }

    /// How many accounts are on the plan.
    pub fn plan_account_count(&self, id: i64) -> Result<i64> {
        self.value("SELECT count(*) FROM accounts WHERE plan_id = ?1", params![id])
    }
}
