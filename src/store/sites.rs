//! Sites, filtered by who is looking.

use super::sql::{params, Row};
use super::sql::{Value, Where};

use super::sql::Flow;
use super::{one, parsed, parsed_opt, Tx};
use crate::domain::{
    AccountStatus, HostingType, Page, Site, SiteStatus, SiteType, Slug, Visibility, WpMode, WpSummary,
};
use crate::error::Result;

/// The stored fields of a site that commands set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteFields {
    pub name: String,
    pub slug: Slug,
    pub domain: Option<String>,
    pub industry_id: Option<i64>,
    pub hosting_type: HostingType,
    pub site_type: SiteType,
    pub status: SiteStatus,
    pub is_active: bool,
    pub seo_title: Option<String>,
    pub seo_description: Option<String>,
    pub seo_keywords: Option<String>,
    pub og_image_url: Option<String>,
}

impl From<&Site> for SiteFields {
    fn from(s: &Site) -> Self {
        SiteFields {
            name: s.name.clone(),
            slug: s.slug.clone(),
            domain: s.domain.clone(),
            industry_id: s.industry_id,
            hosting_type: s.hosting_type,
            site_type: s.site_type,
            status: s.status,
            is_active: s.is_active,
            seo_title: s.seo_title.clone(),
            seo_description: s.seo_description.clone(),
            seo_keywords: s.seo_keywords.clone(),
            og_image_url: s.og_image_url.clone(),
        }
    }
}

/// Which sites `site list` shows.
#[derive(Debug, Clone)]
pub struct SiteFilter {
    pub visibility: Visibility,
    pub account_id: Option<i64>,
    pub active: Option<bool>,
    /// Only soft-deleted sites (otherwise only live ones).
    pub deleted: bool,
    pub industry_id: Option<i64>,
    pub hosting_type: Option<HostingType>,
    pub slug: Option<Slug>,
    /// Only sites with an active WordPress integration.
    pub connected: bool,
    /// Only sites of accounts in one of these states (any when empty).
    pub account_statuses: Vec<AccountStatus>,
    /// A batch's selectors (see `ops::fleet`): each list, when not empty, admits any of its
    /// values; all lists together must admit a site.
    pub account_ids: Vec<i64>,
    pub plan_ids: Vec<i64>,
    pub industry_ids: Vec<i64>,
    /// Only sites whose active integration is in one of these modes.
    pub modes: Vec<WpMode>,
    pub page: Page,
}

impl SiteFilter {
    pub fn visible_to(visibility: Visibility) -> Self {
        SiteFilter {
            visibility,
            account_id: None,
            active: None,
            deleted: false,
            industry_id: None,
            hosting_type: None,
            slug: None,
            connected: false,
            account_statuses: Vec::new(),
            account_ids: Vec::new(),
            plan_ids: Vec::new(),
            industry_ids: Vec::new(),
            modes: Vec::new(),
            page: Page::default(),
        }
    }
}

pub(crate) const SELECT: &str = "SELECT s.id, a.slug, s.slug, s.name, s.domain, s.status, s.is_active, i.slug,
        (SELECT count(*) FROM sectors x WHERE x.site_id = s.id AND x.is_active = 1),
        s.hosting_type, s.site_type, s.seo_title, s.seo_description, s.seo_keywords, s.og_image_url,
        s.wp_api_key IS NOT NULL,
        w.mode, w.connection_status,
        s.created_at, s.updated_at, s.deleted_at, s.account_id, s.industry_id
    FROM sites s JOIN accounts a ON a.id = s.account_id LEFT JOIN industries i ON i.id = s.industry_id
        LEFT JOIN integrations w ON w.site_id = s.id AND w.platform = 'wordpress' AND w.is_active = 1";

fn row(r: &Row<'_>) -> Result<Site> {
    Ok(Site {
        id: r.get(0)?,
        account: parsed(r, 1)?,
        slug: parsed(r, 2)?,
        name: r.get(3)?,
        domain: r.get(4)?,
        status: parsed(r, 5)?,
        is_active: r.get(6)?,
        industry: parsed_opt(r, 7)?,
        sectors: r.get(8)?,
        hosting_type: parsed(r, 9)?,
        site_type: parsed(r, 10)?,
        seo_title: r.get(11)?,
        seo_description: r.get(12)?,
        seo_keywords: r.get(13)?,
        og_image_url: r.get(14)?,
        has_api_key: r.get(15)?,
        wp: match (parsed_opt(r, 16)?, parsed_opt(r, 17)?) {
            (Some(mode), Some(status)) => Some(WpSummary { mode, status }),
            _ => None,
        },
        created_at: r.get(18)?,
        updated_at: r.get(19)?,
        deleted_at: r.get(20)?,
        account_id: r.get(21)?,
        industry_id: r.get(22)?,
    })
}

/// Builds the WHERE clause of a site listing. Kept apart so tests can check its query plan.
pub fn site_list_sql(f: &SiteFilter) -> (String, Vec<Value>) {
    let mut w = site_where(f);
    let limit = w.page(f.page, "s.id");
    (format!("{SELECT}{} ORDER BY s.id{limit}", w.sql()), w.args)
}

/// The tables every filtered site query reads, aliased as [`site_where`] expects: `s` the site,
/// `a` its account, `w` its active WordPress integration (if any).
pub(crate) const SITE_SCOPE: &str = "sites s JOIN accounts a ON a.id = s.account_id
    LEFT JOIN integrations w ON w.site_id = s.id AND w.platform = 'wordpress' AND w.is_active = 1";

/// The conditions of a site filter (its page apart), over [`SITE_SCOPE`]'s aliases: the one
/// home of "which sites", shared by lists and by `check`'s aggregate queries.
pub(crate) fn site_where(f: &SiteFilter) -> Where {
    let mut w = Where::default();
    match f.visibility {
        Visibility::All => {}
        Visibility::Account(id) => w.arg("s.account_id = ?", id),
        Visibility::Grants(user) => w.arg("s.id IN (SELECT site_id FROM site_access WHERE user_id = ?)", user),
    }
    if let Some(id) = f.account_id {
        w.arg("s.account_id = ?", id);
    }
    if let Some(active) = f.active {
        w.arg("s.is_active = ?", active);
    }
    w.raw(if f.deleted { "s.deleted_at IS NOT NULL" } else { "s.deleted_at IS NULL" });
    if let Some(id) = f.industry_id {
        w.arg("s.industry_id = ?", id);
    }
    if let Some(h) = f.hosting_type {
        w.arg("s.hosting_type = ?", h.as_str());
    }
    if let Some(slug) = &f.slug {
        w.arg("s.slug = ?", slug.as_str());
    }
    if f.connected {
        w.raw("w.id IS NOT NULL");
    }
    // Ids and modes are numbers and closed words: written into the SQL, not bound, so that a
    // selector of any length needs no parameter slots.
    for (column, ids) in
        [("s.account_id", &f.account_ids), ("a.plan_id", &f.plan_ids), ("s.industry_id", &f.industry_ids)]
    {
        if !ids.is_empty() {
            let list: Vec<String> = ids.iter().map(i64::to_string).collect();
            w.raw(format!("{column} IN ({})", list.join(", ")));
        }
    }
    if !f.modes.is_empty() {
        let list: Vec<String> = f.modes.iter().map(|m| format!("'{}'", m.as_str())).collect();
        w.raw(format!("w.mode IN ({})", list.join(", ")));
    }
    if !f.account_statuses.is_empty() {
        let list: Vec<String> = f.account_statuses.iter().map(|s| format!("'{}'", s.as_str())).collect();
        w.raw(format!("a.status IN ({})", list.join(", ")));
    }
    w
}

impl Tx<'_> {
    pub fn site_by_id(&self, id: i64) -> Result<Option<Site>> {
        one(self.conn(), &format!("{SELECT} WHERE s.id = ?1"), params![id], row)
    }

    pub fn site_by_account_slug(&self, account_id: i64, slug: &Slug) -> Result<Option<Site>> {
        one(
            self.conn(),
            &format!("{SELECT} WHERE s.account_id = ?1 AND s.slug = ?2"),
            params![account_id, slug.as_str()],
            row,
        )
    }

    /// Every site of these accounts, deleted ones included.
    pub fn sites_of_accounts(&self, account_ids: &[i64]) -> Result<Vec<Site>> {
        self.all_in(&format!("{SELECT} WHERE s.account_id IN ({{in}}) ORDER BY s.id"), account_ids, row)
    }

    pub fn sites(&self, f: &SiteFilter) -> Result<Vec<Site>> {
        super::sql::collect(|each| self.each_site(f, each))
    }

    /// Streams the matching sites in id order, one at a time, until `each` stops.
    pub fn each_site(&self, f: &SiteFilter, mut each: impl FnMut(Site) -> Result<Flow>) -> Result<()> {
        let (sql, args) = site_list_sql(f);
        self.conn().each(&sql, &super::sql::dynamic(&args), |r| each(row(r)?))
    }

    /// Whether the site is visible under `v` (the site itself is known to exist).
    pub fn site_visible(&self, site: &Site, v: Visibility) -> Result<bool> {
        Ok(match v {
            Visibility::All => true,
            Visibility::Account(id) => site.account_id == id,
            Visibility::Grants(user) => self.has_grant(user, site.id)?,
        })
    }

    pub fn insert_site(&self, account_id: i64, f: &SiteFields) -> Result<i64> {
        self.insert(
            "INSERT INTO sites (account_id, name, slug, domain, industry_id, hosting_type, site_type, status, is_active,
                                seo_title, seo_description, seo_keywords, og_image_url, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14)",
            params![
                account_id, f.name, f.slug.as_str(), f.domain, f.industry_id, f.hosting_type.as_str(), f.site_type.as_str(),
                f.status.as_str(), f.is_active, f.seo_title, f.seo_description, f.seo_keywords, f.og_image_url, self.now()
            ],
        )
    }

    pub fn update_site(&self, id: i64, f: &SiteFields) -> Result<()> {
        self.exec(
            "UPDATE sites SET name = ?2, slug = ?3, domain = ?4, industry_id = ?5, hosting_type = ?6, site_type = ?7,
                status = ?8, is_active = ?9, seo_title = ?10, seo_description = ?11, seo_keywords = ?12,
                og_image_url = ?13, updated_at = ?14
             WHERE id = ?1",
            params![
                id,
                f.name,
                f.slug.as_str(),
                f.domain,
                f.industry_id,
                f.hosting_type.as_str(),
                f.site_type.as_str(),
                f.status.as_str(),
                f.is_active,
                f.seo_title,
                f.seo_description,
                f.seo_keywords,
                f.og_image_url,
                self.now()
            ],
        )?;
        Ok(())
    }

    /// Soft-deletes (`Some(now)`) or restores (`None`) a site.
    pub fn set_site_deleted(&self, id: i64, deleted: bool) -> Result<()> {
        let at = deleted.then(|| self.now().to_string());
        self.exec("UPDATE sites SET deleted_at = ?2, updated_at = ?3 WHERE id = ?1", params![id, at, self.now()])?;
        Ok(())
    }

    /// Removes a site and every row that depends on it (children first, so foreign keys hold).
    pub fn purge_site(&self, id: i64) -> Result<()> {
        for sql in [
            "DELETE FROM publishing_records WHERE site_id = ?1",
            "DELETE FROM content_items WHERE site_id = ?1",
            "DELETE FROM wp_content WHERE site_id = ?1",
            "DELETE FROM wp_scheduled WHERE site_id = ?1",
            "DELETE FROM wp_terms WHERE site_id = ?1",
            "DELETE FROM wp_components WHERE site_id = ?1",
            "DELETE FROM wp_inventory WHERE site_id = ?1",
            "DELETE FROM sync_events WHERE site_id = ?1",
            "DELETE FROM integrations WHERE site_id = ?1",
            "DELETE FROM sectors WHERE site_id = ?1",
            "DELETE FROM site_access WHERE site_id = ?1",
            "DELETE FROM sites WHERE id = ?1",
        ] {
            self.exec(sql, params![id])?;
        }
        Ok(())
    }
}
