//! What `seed export` reads: every section of a fixture as one query each, in the fixture's
//! order (accounts by slug; users, sites, grants and integrations by account slug, then their
//! own key), streamed, so exporting a fleet holds one row at a time.

use super::sql::{params, Flow, Where};
use super::Tx;
use crate::error::Result;

/// An account as a fixture names it.
pub struct ExportAccount {
    pub slug: String,
    pub name: String,
    pub plan: String,
    pub status: String,
    pub owner: Option<String>,
}

/// A live site as a fixture describes it.
pub struct ExportSite {
    pub account: String,
    pub name: String,
    pub slug: String,
    pub domain: Option<String>,
    pub hosting_type: String,
    pub site_type: String,
    pub is_active: bool,
    pub industry: Option<String>,
    /// Active sector slugs, sorted.
    pub sectors: Vec<String>,
    pub seo_title: Option<String>,
    pub seo_description: Option<String>,
    pub seo_keywords: Option<String>,
    pub og_image_url: Option<String>,
}

/// An active WordPress integration of a live site.
pub struct ExportIntegration {
    pub site: String,
    pub url: String,
    pub mode: String,
    pub username: Option<String>,
}

/// Live content of a live site, filed under an active sector.
pub struct ExportContent {
    pub site: String,
    pub sector: String,
    pub title: String,
    pub slug: String,
    pub body: String,
    pub excerpt: String,
    pub categories: Vec<String>,
    pub tags: Vec<String>,
    pub status: String,
}

/// Only these accounts' rows (by id), or every account's.
fn accounts_filter(w: &mut Where, only: Option<&[i64]>) {
    if let Some(ids) = only {
        let list: Vec<String> = ids.iter().map(i64::to_string).collect();
        w.raw(format!("a.id IN ({})", if list.is_empty() { "NULL".to_string() } else { list.join(", ") }));
    }
}

impl Tx<'_> {
    pub fn export_account_count(&self, only: Option<&[i64]>) -> Result<i64> {
        let mut w = Where::default();
        accounts_filter(&mut w, only);
        self.value(&format!("SELECT count(*) FROM accounts a{}", w.sql()), params![])
    }

    pub fn each_export_account(
        &self,
        only: Option<&[i64]>,
        mut each: impl FnMut(ExportAccount) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = Where::default();
        accounts_filter(&mut w, only);
        let sql = format!(
            "SELECT a.slug, a.name, p.slug, a.status, u.email FROM accounts a JOIN plans p ON p.id = a.plan_id
             LEFT JOIN users u ON u.id = a.owner_id{} ORDER BY a.slug",
            w.sql()
        );
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| {
            each(ExportAccount {
                slug: r.get(0)?,
                name: r.get(1)?,
                plan: r.get(2)?,
                status: r.get(3)?,
                owner: r.get(4)?,
            })
        })
    }

    /// Users as (email, account slug, role, name).
    pub fn each_export_user(
        &self,
        only: Option<&[i64]>,
        mut each: impl FnMut(String, String, String, String) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = Where::default();
        accounts_filter(&mut w, only);
        let sql = format!(
            "SELECT u.email, a.slug, u.role, u.name FROM users u JOIN accounts a ON a.id = u.account_id{}
             ORDER BY a.slug, u.email",
            w.sql()
        );
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| each(r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
    }

    pub fn each_export_site(
        &self,
        only: Option<&[i64]>,
        mut each: impl FnMut(ExportSite) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = Where::default();
        w.raw("s.deleted_at IS NULL");
        accounts_filter(&mut w, only);
        let sql = format!(
            "SELECT a.slug, s.name, s.slug, s.domain, s.hosting_type, s.site_type, s.is_active, i.slug,
                    (SELECT group_concat(x.slug, ',' ORDER BY x.slug) FROM sectors x WHERE x.site_id = s.id AND x.is_active = 1),
                    s.seo_title, s.seo_description, s.seo_keywords, s.og_image_url
             FROM sites s JOIN accounts a ON a.id = s.account_id LEFT JOIN industries i ON i.id = s.industry_id{}
             ORDER BY a.slug, s.slug",
            w.sql()
        );
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| {
            let sectors: Option<String> = r.get(8)?;
            each(ExportSite {
                account: r.get(0)?,
                name: r.get(1)?,
                slug: r.get(2)?,
                domain: r.get(3)?,
                hosting_type: r.get(4)?,
                site_type: r.get(5)?,
                is_active: r.get(6)?,
                industry: r.get(7)?,
                sectors: sectors.map(|s| s.split(',').map(str::to_string).collect()).unwrap_or_default(),
                seo_title: r.get(9)?,
                seo_description: r.get(10)?,
                seo_keywords: r.get(11)?,
                og_image_url: r.get(12)?,
            })
        })
    }

    /// Grants of live sites as (account/site, user email).
    pub fn each_export_grant(
        &self,
        only: Option<&[i64]>,
        mut each: impl FnMut(String, String) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = Where::default();
        w.raw("s.deleted_at IS NULL");
        accounts_filter(&mut w, only);
        let sql = format!(
            "SELECT a.slug || '/' || s.slug, u.email FROM site_access g JOIN sites s ON s.id = g.site_id
             JOIN accounts a ON a.id = s.account_id JOIN users u ON u.id = g.user_id{}
             ORDER BY a.slug, s.slug, u.email",
            w.sql()
        );
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| each(r.get(0)?, r.get(1)?))
    }

    pub fn each_export_integration(
        &self,
        only: Option<&[i64]>,
        mut each: impl FnMut(ExportIntegration) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = Where::default();
        w.raw("s.deleted_at IS NULL AND i.is_active = 1 AND i.platform = 'wordpress'");
        accounts_filter(&mut w, only);
        let sql = format!(
            "SELECT a.slug || '/' || s.slug, i.external_site_url, i.mode, i.username FROM integrations i
             JOIN sites s ON s.id = i.site_id JOIN accounts a ON a.id = s.account_id{}
             ORDER BY a.slug, s.slug",
            w.sql()
        );
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| {
            each(ExportIntegration { site: r.get(0)?, url: r.get(1)?, mode: r.get(2)?, username: r.get(3)? })
        })
    }

    /// Live content of live sites under active sectors (a fixture files content only under
    /// active sectors), by site and slug.
    pub fn each_export_content(
        &self,
        only: Option<&[i64]>,
        mut each: impl FnMut(ExportContent) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = Where::default();
        w.raw("s.deleted_at IS NULL AND c.deleted_at IS NULL AND x.is_active = 1");
        accounts_filter(&mut w, only);
        let sql = format!(
            "SELECT a.slug || '/' || s.slug, x.slug, c.title, c.slug, c.body, c.excerpt, c.categories, c.tags, c.status
             FROM content_items c JOIN sites s ON s.id = c.site_id JOIN accounts a ON a.id = s.account_id
             JOIN sectors x ON x.id = c.sector_id{}
             ORDER BY a.slug, s.slug, c.slug",
            w.sql()
        );
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| {
            each(ExportContent {
                site: r.get(0)?,
                sector: r.get(1)?,
                title: r.get(2)?,
                slug: r.get(3)?,
                body: r.get(4)?,
                excerpt: r.get(5)?,
                categories: r.json(6)?,
                tags: r.json(7)?,
                status: r.get(8)?,
            })
        })
    }
}
