//! Sector selection (`select_sectors`) and listing a site's sectors.

use std::collections::BTreeMap;

use serde::Serialize;

use super::sites::{resolve, resolve_live};
use super::{industries, mutate, read, Audited, Ctx};
use crate::domain::{Actor, IndustrySector, Page, Sector, Site, SiteRef, Slug};
use crate::domain::{AuditAction, AuditTarget};
use crate::error::{Error, Result};
use crate::rules::{self, SectorChange, SectorLimit, SiteAction};
use crate::store::{Flow, SiteFields, Store, Tx};

/// The result of a selection: the site, its active sectors, and what changed.
#[derive(Debug, Clone, Serialize)]
pub struct Selection {
    pub site: Site,
    pub sectors: Vec<Sector>,
    pub created: Vec<SectorChange>,
    pub reactivated: Vec<SectorChange>,
    pub deactivated: Vec<SectorChange>,
    pub unchanged: Vec<SectorChange>,
    pub industry_changed: bool,
    pub changed: bool,
    pub max_sectors_per_site: i64,
}

fn change_of_row(s: &Sector) -> SectorChange {
    SectorChange { id: Some(s.id), industry: s.industry.to_string(), slug: s.slug.to_string(), name: s.name.clone() }
}

/// Finds, for each requested slug that is not a sector of `industry_id`, the industries that
/// have a sector with that slug.
fn sectors_elsewhere(
    tx: &Tx<'_>,
    industry_id: i64,
    requested: &[Slug],
    own: &[IndustrySector],
) -> Result<BTreeMap<Slug, Vec<String>>> {
    let mut out = BTreeMap::new();
    let missing: Vec<&Slug> = requested.iter().filter(|s| !own.iter().any(|t| &t.slug == *s)).collect();
    if missing.is_empty() {
        return Ok(out);
    }
    for (sector, industry) in tx.sector_slugs_elsewhere(industry_id, &missing)? {
        out.entry(sector).or_insert_with(Vec::new).push(industry.to_string());
    }
    Ok(out)
}

/// Sets the site's industry and exactly the requested sectors, in one transaction; repeating a
/// request changes nothing.
pub fn select_sectors(
    store: &mut Store,
    ctx: &Ctx,
    r: &SiteRef,
    industry: &Slug,
    requested: &[Slug],
) -> Result<Selection> {
    mutate(store, ctx, |tx, actor| {
        let report = select_sectors_in(tx, actor, r, industry, requested)?;
        let target = AuditTarget::site(report.site.qualified());
        let outcome = if report.changed {
            format!("industry {industry}; sectors {}", requested.iter().map(Slug::as_str).collect::<Vec<_>>().join(","))
        } else {
            "unchanged".to_string()
        };
        Ok(Audited::new(report, target, AuditAction::SectorsSelect, outcome))
    })
}

/// `sectors select` inside a caller's transaction (also used by `seed apply`).
pub(crate) fn select_sectors_in(
    tx: &Tx<'_>,
    actor: &Actor,
    r: &SiteRef,
    industry: &Slug,
    requested: &[Slug],
) -> Result<Selection> {
    let site = resolve_live(tx, actor, r, SiteAction::Change)?;
    let (account, plan) = super::account_and_plan(tx, site.account_id)?;
    let industry = industries::get(tx, industry)?;
    let templates = tx.industry_sectors(industry.id)?;
    let elsewhere = sectors_elsewhere(tx, industry.id, requested, &templates)?;
    let qualified = site.qualified();
    let limit = SectorLimit {
        max: plan.max_sectors_per_site,
        site: &qualified,
        plan: plan.slug.as_str(),
        account: account.slug.as_str(),
    };
    let chosen = rules::validate_sector_request(&industry, &templates, requested, &elsewhere, &limit)?;
    let current = tx.site_sectors(site.id, true)?;
    let plan_ = rules::plan_sector_selection(&current, &chosen);

    let industry_changed = site.industry_id != Some(industry.id);
    if industry_changed {
        let mut fields = SiteFields::from(&site);
        fields.industry_id = Some(industry.id);
        tx.update_site(site.id, &fields)?;
    }
    for s in &plan_.deactivate {
        tx.set_sector_active(s.id, false)?;
    }
    for s in &plan_.reactivate {
        tx.set_sector_active(s.id, true)?;
    }
    let mut created = Vec::new();
    for t in &plan_.create {
        let id = tx.insert_sector(account.id, site.id, t.id, &t.name, t.slug.as_str())?;
        created.push(SectorChange {
            id: Some(id),
            industry: t.industry.to_string(),
            slug: t.slug.to_string(),
            name: t.name.clone(),
        });
    }
    let changed = industry_changed || !plan_.changes_nothing();
    let site = tx.site_by_id(site.id)?.ok_or_else(|| Error::internal("site vanished"))?;
    let report = Selection {
        sectors: tx.site_sectors(site.id, false)?,
        created,
        reactivated: plan_.reactivate.iter().map(change_of_row).collect(),
        deactivated: plan_.deactivate.iter().map(change_of_row).collect(),
        unchanged: plan_.unchanged.iter().map(change_of_row).collect(),
        industry_changed,
        changed,
        max_sectors_per_site: plan.max_sectors_per_site,
        site,
    };
    Ok(report)
}

/// A site's sectors, streamed in id order: active ones, or all with when they were deactivated.
pub fn each_sector(
    store: &mut Store,
    ctx: &Ctx,
    r: &SiteRef,
    all: bool,
    page: Page,
    each: impl FnMut(Sector) -> Result<Flow>,
) -> Result<()> {
    read(store, ctx, |tx, actor| {
        let site = resolve(tx, actor, r)?;
        tx.each_site_sector(site.id, all, page, each)
    })
}

/// What the interactive picker needs: the industry's active sectors, which are ticked now, and
/// the plan's limit.
#[derive(Debug, Clone)]
pub struct SectorChoices {
    pub site: String,
    pub options: Vec<IndustrySector>,
    pub current: Vec<Slug>,
    pub limit: i64,
}

pub fn sector_choices(store: &mut Store, ctx: &Ctx, r: &SiteRef, industry: &Slug) -> Result<SectorChoices> {
    read(store, ctx, |tx, actor| {
        let site = resolve_live(tx, actor, r, SiteAction::Change)?;
        let industry = industries::get(tx, industry)?;
        let options: Vec<IndustrySector> =
            tx.industry_sectors(industry.id)?.into_iter().filter(|t| t.is_active).collect();
        let current = tx
            .site_sectors(site.id, false)?
            .into_iter()
            .filter(|s| s.industry == industry.slug)
            .map(|s| s.slug)
            .collect();
        let (_, plan) = super::account_and_plan(tx, site.account_id)?;
        Ok(SectorChoices { site: site.qualified(), options, current, limit: plan.max_sectors_per_site })
    })
}
