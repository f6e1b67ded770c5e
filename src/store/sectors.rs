//! A site's sectors: copies of industry sector templates, deactivated rather than deleted.

use super::sql::{params, Flow, Row, Where};

use super::{all, parsed, Tx};
use crate::domain::{Page, Sector};
use crate::error::Result;

const SELECT: &str = "SELECT x.id, x.site_id, i.slug, x.slug, x.name, x.is_active, x.created_at, x.deactivated_at,
        x.industry_sector_id
    FROM sectors x JOIN industry_sectors t ON t.id = x.industry_sector_id JOIN industries i ON i.id = t.industry_id";

fn row(r: &Row<'_>) -> Result<Sector> {
    Ok(Sector {
        id: r.get(0)?,
        site_id: r.get(1)?,
        industry: parsed(r, 2)?,
        slug: parsed(r, 3)?,
        name: r.get(4)?,
        is_active: r.get(5)?,
        created_at: r.get(6)?,
        deactivated_at: r.get(7)?,
        industry_sector_id: r.get(8)?,
        content_count: None,
    })
}

/// [`SELECT`] with how many live content items each sector holds.
const SELECT_COUNTED: &str =
    "SELECT x.id, x.site_id, i.slug, x.slug, x.name, x.is_active, x.created_at, x.deactivated_at,
        x.industry_sector_id,
        (SELECT count(*) FROM content_items c WHERE c.sector_id = x.id AND c.deleted_at IS NULL)
    FROM sectors x JOIN industry_sectors t ON t.id = x.industry_sector_id JOIN industries i ON i.id = t.industry_id";

fn counted_row(r: &Row<'_>) -> Result<Sector> {
    Ok(Sector { content_count: Some(r.get(9)?), ..row(r)? })
}

impl Tx<'_> {
    /// The site's sectors, active ones only unless `all`.
    pub fn site_sectors(&self, site_id: i64, all_rows: bool) -> Result<Vec<Sector>> {
        let filter = if all_rows { "" } else { " AND x.is_active = 1" };
        all(self.conn(), &format!("{SELECT} WHERE x.site_id = ?1{filter} ORDER BY x.id"), params![site_id], row)
    }

    /// Streams the site's sectors (active ones only unless `all_rows`) in id order.
    pub fn each_site_sector(
        &self,
        site_id: i64,
        all_rows: bool,
        page: Page,
        mut each: impl FnMut(Sector) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = Where::default();
        w.arg("x.site_id = ?", site_id);
        if !all_rows {
            w.raw("x.is_active = 1");
        }
        let limit = w.page(page, "x.id");
        let sql = format!("{SELECT_COUNTED}{} ORDER BY x.id{limit}", w.sql());
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| each(counted_row(r)?))
    }

    /// Every sector row (active or not) of the sites of these accounts, in id order per chunk.
    pub fn sectors_of_accounts(&self, account_ids: &[i64]) -> Result<Vec<Sector>> {
        let sql =
            format!("{SELECT} WHERE x.site_id IN (SELECT id FROM sites WHERE account_id IN ({{in}})) ORDER BY x.id");
        self.all_in(&sql, account_ids, row)
    }

    pub fn insert_sector(
        &self,
        account_id: i64,
        site_id: i64,
        template_id: i64,
        name: &str,
        slug: &str,
    ) -> Result<i64> {
        self.insert(
            "INSERT INTO sectors (account_id, site_id, industry_sector_id, name, slug, is_active, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?6)",
            params![account_id, site_id, template_id, name, slug, self.now()],
        )
    }

    pub fn set_sector_active(&self, id: i64, active: bool) -> Result<()> {
        let deactivated_at = (!active).then(|| self.now().to_string());
        self.exec(
            "UPDATE sectors SET is_active = ?2, deactivated_at = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, active, deactivated_at, self.now()],
        )?;
        Ok(())
    }
}
