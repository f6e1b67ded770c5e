//! The global industry/sector taxonomy.

use super::sql::{params, Flow, Row, Where};
use serde::Serialize;

use super::{all, one, parsed, Tx};
use crate::domain::{Industry, IndustrySector, Page, Slug, Taxonomy};
use crate::error::Result;

const SELECT: &str = "SELECT i.id, i.slug, i.name, i.description, i.is_active,
        (SELECT count(*) FROM industry_sectors s WHERE s.industry_id = i.id AND s.is_active = 1)
    FROM industries i";

fn row(r: &Row<'_>) -> Result<Industry> {
    Ok(Industry {
        id: r.get(0)?,
        slug: parsed(r, 1)?,
        name: r.get(2)?,
        description: r.get(3)?,
        is_active: r.get(4)?,
        sectors: r.get(5)?,
    })
}

const SELECT_SECTOR: &str = "SELECT s.id, i.slug, s.slug, s.name, s.description, s.is_active, s.industry_id
    FROM industry_sectors s JOIN industries i ON i.id = s.industry_id";

fn sector_row(r: &Row<'_>) -> Result<IndustrySector> {
    Ok(IndustrySector {
        id: r.get(0)?,
        industry: parsed(r, 1)?,
        slug: parsed(r, 2)?,
        name: r.get(3)?,
        description: r.get(4)?,
        is_active: r.get(5)?,
        industry_id: r.get(6)?,
    })
}

/// What an import did, per kind of row.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TaxonomyCounts {
    pub industries_created: Vec<String>,
    pub industries_updated: Vec<String>,
    pub industries_unchanged: usize,
    pub sectors_created: Vec<String>,
    pub sectors_updated: Vec<String>,
    pub sectors_unchanged: usize,
}

impl Tx<'_> {
    pub fn industries(&self, include_inactive: bool) -> Result<Vec<Industry>> {
        let filter = if include_inactive { "" } else { " WHERE i.is_active = 1" };
        all(self.conn(), &format!("{SELECT}{filter} ORDER BY i.slug"), params![], row)
    }

    /// Streams industries (active ones only unless `include_inactive`) in id order.
    pub fn each_industry(
        &self,
        include_inactive: bool,
        page: Page,
        mut each: impl FnMut(Industry) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = Where::default();
        if !include_inactive {
            w.raw("i.is_active = 1");
        }
        let limit = w.page(page, "i.id");
        let sql = format!("{SELECT}{} ORDER BY i.id{limit}", w.sql());
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| each(row(r)?))
    }

    pub fn industry(&self, slug: &Slug) -> Result<Option<Industry>> {
        one(self.conn(), &format!("{SELECT} WHERE i.slug = ?1"), params![slug.as_str()], row)
    }

    /// The sector templates of an industry, active first-class and inactive included.
    /// Which other industries have sectors with these slugs: (sector slug, industry slug), by
    /// industry slug. One read for any number of slugs.
    pub fn sector_slugs_elsewhere(&self, industry_id: i64, slugs: &[&Slug]) -> Result<Vec<(Slug, Slug)>> {
        if slugs.is_empty() {
            return Ok(Vec::new());
        }
        let marks = vec!["?"; slugs.len()].join(", ");
        let sql = format!(
            "SELECT s.slug, i.slug FROM industry_sectors s JOIN industries i ON i.id = s.industry_id
             WHERE i.id != ? AND s.slug IN ({marks}) ORDER BY i.slug, s.slug"
        );
        let mut args: Vec<super::sql::Value> = vec![industry_id.into()];
        args.extend(slugs.iter().map(|s| super::sql::Value::from(s.as_str().to_string())));
        all(self.conn(), &sql, &super::sql::dynamic(&args), |r| Ok((parsed(r, 0)?, parsed(r, 1)?)))
    }

    pub fn industry_sectors(&self, industry_id: i64) -> Result<Vec<IndustrySector>> {
        all(
            self.conn(),
            &format!("{SELECT_SECTOR} WHERE s.industry_id = ?1 ORDER BY s.slug"),
            params![industry_id],
            sector_row,
        )
    }

    /// Creates or updates every industry and sector of the file; never deletes.
    pub fn upsert_taxonomy(&self, taxonomy: &Taxonomy) -> Result<TaxonomyCounts> {
        let mut counts = TaxonomyCounts::default();
        let now = self.now().to_string();
        for ind in &taxonomy.industry {
            let existing = self.industry(&ind.slug)?;
            let industry_id = match existing {
                None => {
                    let id = self.insert(
                        "INSERT INTO industries (slug, name, description, is_active, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
                        params![ind.slug.as_str(), ind.name, ind.description, ind.active, now],
                    )?;
                    counts.industries_created.push(ind.slug.to_string());
                    id
                }
                Some(cur) => {
                    if cur.name != ind.name || cur.description != ind.description || cur.is_active != ind.active {
                        self.exec(
                            "UPDATE industries SET name = ?2, description = ?3, is_active = ?4, updated_at = ?5 WHERE id = ?1",
                            params![cur.id, ind.name, ind.description, ind.active, now],
                        )?;
                        counts.industries_updated.push(ind.slug.to_string());
                    } else {
                        counts.industries_unchanged += 1;
                    }
                    cur.id
                }
            };
            let current = self.industry_sectors(industry_id)?;
            for sec in &ind.sectors {
                let label = format!("{}/{}", ind.slug, sec.slug);
                match current.iter().find(|c| c.slug == sec.slug) {
                    None => {
                        self.exec(
                            "INSERT INTO industry_sectors (industry_id, slug, name, description, is_active, created_at, updated_at)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                            params![industry_id, sec.slug.as_str(), sec.name, sec.description, sec.active, now],
                        )?;
                        counts.sectors_created.push(label);
                    }
                    Some(cur)
                        if cur.name != sec.name
                            || cur.description != sec.description
                            || cur.is_active != sec.active =>
                    {
                        self.exec(
                            "UPDATE industry_sectors SET name = ?2, description = ?3, is_active = ?4, updated_at = ?5 WHERE id = ?1",
                            params![cur.id, sec.name, sec.description, sec.active, now],
                        )?;
                        counts.sectors_updated.push(label);
                    }
                    Some(_) => counts.sectors_unchanged += 1,
                }
            }
        }
        Ok(counts)
    }
}
