//! The aggregate reads of `check`: a handful of queries over the selected sites, each grouped
//! per site, so the fleet's health costs the same few statements at 5 or 50,000 sites.

use super::sites::{site_where, SITE_SCOPE};
use super::sql::{dynamic, Flow, Row};
use super::{parsed, parsed_opt, SiteFilter, Tx};
use crate::domain::{ConnectionStatus, SyncStatus, WpMode};
use crate::error::Result;

/// One selected site and its integration's state.
#[derive(Debug, Clone)]
pub struct SiteHealth {
    pub site_id: i64,
    pub site: String,
    pub integration: Option<IntegrationHealth>,
}

#[derive(Debug, Clone)]
pub struct IntegrationHealth {
    pub mode: WpMode,
    pub connection: ConnectionStatus,
    pub sync: SyncStatus,
    pub error: Option<String>,
    pub last_sync_at: Option<String>,
    pub created_at: String,
    /// What the bridge plugin last said of its health and version (`wp_inventory`).
    pub bridge_health: Option<String>,
    pub bridge_version: Option<String>,
}

/// Content of one site that `check` reports, of one kind: missed (approved, past its time, not
/// published) or failed; how many, the first id, the earliest scheduled time.
#[derive(Debug, Clone)]
pub struct ContentTrouble {
    pub site_id: i64,
    pub site: String,
    /// Failed to publish (else: missed its time).
    pub failed: bool,
    pub count: i64,
    pub first_id: i64,
    pub oldest: Option<String>,
}

/// An item left `publishing`, with the claim of the run that took it.
#[derive(Debug, Clone)]
pub struct Publishing {
    pub content_id: i64,
    pub site_id: i64,
    pub site: String,
    pub claimed_by: Option<String>,
    pub claimed_at: String,
}

/// A site's WordPress posts scheduled before a time: how many, the earliest.
#[derive(Debug, Clone)]
pub struct LateScheduled {
    pub site_id: i64,
    pub site: String,
    pub count: i64,
    pub oldest: String,
}

/// A site with more active sectors than its plan allows.
#[derive(Debug, Clone)]
pub struct SectorOverage {
    pub site_id: i64,
    pub site: String,
    pub plan: String,
    pub sectors: i64,
    pub limit: i64,
}

/// An account over its plan's site or user limit.
#[derive(Debug, Clone)]
pub struct AccountOverage {
    pub account: String,
    pub plan: String,
    pub sites: i64,
    pub max_sites: i64,
    pub users: i64,
    pub max_users: i64,
}

impl Tx<'_> {
    /// Streams the selected sites and their integrations, in id order.
    pub fn each_site_health(&self, f: &SiteFilter, mut each: impl FnMut(SiteHealth) -> Result<Flow>) -> Result<()> {
        let w = site_where(f);
        let sql = format!(
            "SELECT s.id, a.slug || '/' || s.slug, w.mode, w.connection_status, w.sync_status, w.sync_error,
                    w.last_sync_at, w.created_at, v.bridge_health, v.bridge_version
             FROM {SITE_SCOPE} LEFT JOIN wp_inventory v ON v.site_id = s.id{} ORDER BY s.id",
            w.sql()
        );
        self.conn().each(&sql, &dynamic(&w.args), |r: &Row<'_>| {
            let integration = match parsed_opt::<WpMode>(r, 2)? {
                None => None,
                Some(mode) => Some(IntegrationHealth {
                    mode,
                    connection: parsed(r, 3)?,
                    sync: parsed(r, 4)?,
                    error: r.get(5)?,
                    last_sync_at: r.get(6)?,
                    created_at: r.get(7)?,
                    bridge_health: r.get(8)?,
                    bridge_version: r.get(9)?,
                }),
            };
            each(SiteHealth { site_id: r.get(0)?, site: r.get(1)?, integration })
        })
    }

    /// Per selected site: approved items scheduled before `cutoff` and not published
    /// (`scheduled` or `not_published`), and items whose publishing failed.
    pub fn each_content_trouble(
        &self,
        f: &SiteFilter,
        cutoff: &str,
        mut each: impl FnMut(ContentTrouble) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = site_where(f);
        w.raw("c.deleted_at IS NULL");
        w.arg(
            "((c.status = 'approved' AND c.publish_status IN ('scheduled', 'not_published') AND c.scheduled_at < ?)
               OR c.publish_status = 'failed')",
            cutoff,
        );
        let sql = format!(
            "SELECT s.id, a.slug || '/' || s.slug, CASE WHEN c.publish_status = 'failed' THEN 1 ELSE 0 END, count(*), min(c.id),
                    min(c.scheduled_at)
             FROM {SITE_SCOPE} JOIN content_items c ON c.site_id = s.id{}
             GROUP BY s.id, a.slug, s.slug, CASE WHEN c.publish_status = 'failed' THEN 1 ELSE 0 END ORDER BY s.id, 3",
            w.sql()
        );
        self.conn().each(&sql, &dynamic(&w.args), |r| {
            each(ContentTrouble {
                site_id: r.get(0)?,
                site: r.get(1)?,
                failed: r.get(2)?,
                count: r.get(3)?,
                first_id: r.get(4)?,
                oldest: r.get(5)?,
            })
        })
    }

    /// Items of the selected sites left `publishing`, in id order.
    pub fn each_publishing(&self, f: &SiteFilter, mut each: impl FnMut(Publishing) -> Result<Flow>) -> Result<()> {
        let mut w = site_where(f);
        // Deleted content too, as `db doctor` reports it: a run left it publishing all the same.
        w.raw("c.publish_status = 'publishing'");
        let sql = format!(
            "SELECT c.id, s.id, a.slug || '/' || s.slug, r.claimed_by, coalesce(r.updated_at, c.updated_at)
             FROM {SITE_SCOPE} JOIN content_items c ON c.site_id = s.id
                  LEFT JOIN publishing_records r ON r.content_id = c.id{} ORDER BY c.id",
            w.sql()
        );
        self.conn().each(&sql, &dynamic(&w.args), |r| {
            each(Publishing {
                content_id: r.get(0)?,
                site_id: r.get(1)?,
                site: r.get(2)?,
                claimed_by: r.get(3)?,
                claimed_at: r.get(4)?,
            })
        })
    }

    /// Per connected selected site: WordPress's scheduled posts dated before `cutoff`
    /// (`YYYY-MM-DDTHH:MM:SS`, UTC).
    pub fn each_late_scheduled(
        &self,
        f: &SiteFilter,
        cutoff: &str,
        mut each: impl FnMut(LateScheduled) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = site_where(f);
        w.raw("w.id IS NOT NULL");
        w.arg("p.date_gmt < ?", cutoff);
        let sql = format!(
            "SELECT s.id, a.slug || '/' || s.slug, count(*), min(p.date_gmt)
             FROM {SITE_SCOPE} JOIN wp_scheduled p ON p.site_id = s.id{}
             GROUP BY s.id, a.slug, s.slug ORDER BY s.id",
            w.sql()
        );
        self.conn().each(&sql, &dynamic(&w.args), |r| {
            each(LateScheduled { site_id: r.get(0)?, site: r.get(1)?, count: r.get(2)?, oldest: r.get(3)? })
        })
    }

    /// Selected sites with more active sectors than their plan allows.
    pub fn each_sector_overage(
        &self,
        f: &SiteFilter,
        mut each: impl FnMut(SectorOverage) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = site_where(f);
        w.raw("x.n > p.max_sectors_per_site");
        let sql = format!(
            "SELECT s.id, a.slug || '/' || s.slug, p.slug, x.n, p.max_sectors_per_site
             FROM {SITE_SCOPE} JOIN plans p ON p.id = a.plan_id
                  JOIN (SELECT site_id, count(*) AS n FROM sectors WHERE is_active = 1 GROUP BY site_id) x
                    ON x.site_id = s.id{} ORDER BY s.id",
            w.sql()
        );
        self.conn().each(&sql, &dynamic(&w.args), |r| {
            each(SectorOverage {
                site_id: r.get(0)?,
                site: r.get(1)?,
                plan: r.get(2)?,
                sectors: r.get(3)?,
                limit: r.get(4)?,
            })
        })
    }

    /// Accounts of the selected sites over their plan's site or user limit.
    pub fn account_overages(&self, f: &SiteFilter) -> Result<Vec<AccountOverage>> {
        let w = site_where(f);
        let sql = format!(
            "SELECT slug, plan, sites, max_sites, users, max_users FROM (
                SELECT a.slug AS slug, p.slug AS plan,
                       (SELECT count(*) FROM sites x WHERE x.account_id = a.id AND x.deleted_at IS NULL) AS sites,
                       p.max_sites AS max_sites,
                       (SELECT count(*) FROM users u WHERE u.account_id = a.id) AS users, p.max_users AS max_users
                FROM accounts a JOIN plans p ON p.id = a.plan_id
                WHERE a.id IN (SELECT s.account_id FROM {SITE_SCOPE}{})) t
             WHERE sites > max_sites OR users > max_users ORDER BY slug",
            w.sql()
        );
        super::all(self.conn(), &sql, &dynamic(&w.args), |r| {
            Ok(AccountOverage {
                account: r.get(0)?,
                plan: r.get(1)?,
                sites: r.get(2)?,
                max_sites: r.get(3)?,
                users: r.get(4)?,
                max_users: r.get(5)?,
            })
        })
    }
}
