//! The site lifecycle: create, list, show, update, activate/deactivate, delete/restore/purge,
//! and the unauthenticated public read.

use crate::error::Code;
use serde::Serialize;

mod fields;

pub(crate) use fields::{checked, merged_fields, new_fields, patched_fields, with_active};

use super::accounts::{self, Usage};
use super::industries;
use super::{create_or, mutate, read, Audited, Changed, Created, Ctx};
use crate::domain::{
    Actor, AuditAction, AuditTarget, HostingType, IfExists, Industry, Page, Sector, Site, SiteAccess, SiteRef,
    SiteType, Slug,
};
use crate::error::{Error, Result};
use crate::rules::{self, SiteAction};
use crate::store::{Flow, GrantRow, SiteFields, SiteFilter, Store, Tx};

/// A report plus warnings for stderr (a URL reduced to a domain, a no-op state change).
#[derive(Debug, Clone)]
pub struct WithWarnings<T> {
    pub value: T,
    pub warnings: Vec<String>,
}

/// What `site create` takes; `None` means the default (or, for slug, derived from the name).
#[derive(Debug, Clone, Default)]
pub struct SiteInput {
    pub name: String,
    pub account: Option<Slug>,
    pub slug: Option<Slug>,
    pub domain: Option<String>,
    pub hosting_type: Option<HostingType>,
    pub site_type: Option<SiteType>,
    pub industry: Option<Slug>,
    pub active: bool,
}

/// What `site update` changes; `None` keeps the value, `Some("")` clears an optional text.
#[derive(Debug, Clone, Default)]
pub struct SitePatch {
    pub name: Option<String>,
    pub slug: Option<Slug>,
    pub domain: Option<String>,
    pub hosting_type: Option<HostingType>,
    pub site_type: Option<SiteType>,
    pub seo_title: Option<String>,
    pub seo_description: Option<String>,
    pub seo_keywords: Option<String>,
    pub og_image_url: Option<String>,
}

/// Filters of `site list`.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    pub account: Option<Slug>,
    pub active: Option<bool>,
    pub deleted: bool,
    pub industry: Option<Slug>,
    pub hosting_type: Option<HostingType>,
    pub page: Page,
}

/// Everything `site show` tells.
#[derive(Debug, Clone, Serialize)]
pub struct SiteDetail {
    #[serde(flatten)]
    pub site: Site,
    pub industry_name: Option<String>,
    /// The active sectors.
    #[serde(rename = "sectors")]
    pub active_sectors: Vec<Sector>,
    #[serde(rename = "grants")]
    pub access: Vec<SiteAccess>,
    pub integration: Option<serde_json::Value>,
    /// What its WordPress was last seen to run.
    pub inventory: Option<crate::domain::Inventory>,
    pub plan: String,
    /// The account's sites against the plan (absent for editors and viewers).
    #[serde(rename = "site_usage", skip_serializing_if = "Option::is_none")]
    pub plan_sites: Option<Usage>,
    #[serde(rename = "user_usage")]
    pub plan_users: Usage,
    /// This site's active sectors against the plan.
    #[serde(rename = "sector_usage")]
    pub plan_sectors: Usage,
}

fn not_found(r: &SiteRef) -> Error {
    Error::not_found(Code::SiteNotFound, "site", r).with_hint("`sitectl site list` shows the sites you can see")
}

/// Finds the site a reference names, as the actor sees it. Sites the actor may not see are "not
/// found", exactly like missing ones; a bare slug matching several visible sites is ambiguous.
pub(crate) fn resolve(tx: &Tx<'_>, actor: &Actor, r: &SiteRef) -> Result<Site> {
    let visibility = rules::visibility(actor);
    let site = match r {
        SiteRef::Id(id) => tx.site_by_id(*id)?,
        SiteRef::Qualified { account, site } => match tx.account(account)? {
            Some(a) => tx.site_by_account_slug(a.id, site)?,
            None => None,
        },
        SiteRef::Slug(slug) => {
            // Prefer live sites; a deleted one is found by its bare slug only when no live one is.
            // Visibility is part of the query: one read, whatever the number of candidates.
            let mut filter = SiteFilter::visible_to(visibility);
            filter.slug = Some(slug.clone());
            let mut candidates = tx.sites(&filter)?;
            if candidates.is_empty() {
                filter.deleted = true;
                candidates = tx.sites(&filter)?;
            }
            if candidates.len() > 1 {
                let names: Vec<String> = candidates.iter().map(Site::qualified).collect();
                return Err(Error::new(Code::AmbiguousSite, format!("'{slug}' names {} sites", candidates.len()))
                    .with_hint(format!("use the qualified form: {}", names.join(", ")))
                    .with_details(serde_json::json!({ "candidates": names })));
            }
            candidates.pop()
        }
    };
    match site {
        Some(s) if tx.site_visible(&s, visibility)? => Ok(s),
        _ => Err(not_found(r)),
    }
}

/// A site (deleted ones included) for a command that changes it or what belongs to it: the
/// site's account is locked (see `store::locks`) and the site found again after the lock, as
/// the last writer left it.
pub(crate) fn resolve_for_change(tx: &Tx<'_>, actor: &Actor, r: &SiteRef) -> Result<Site> {
    let site = resolve(tx, actor, r)?;
    accounts::lock(tx, site.account_id)?;
    resolve(tx, actor, &SiteRef::Id(site.id)).map_err(|_| not_found(r))
}

/// A live site for a command that changes it; soft-deleted sites must be restored first.
///
/// Every change of a site, or of what belongs to it, comes through here: the site's account is
/// locked (see `store::locks`) and the site read again after the lock, as the last writer left it.
pub(crate) fn resolve_live(tx: &Tx<'_>, actor: &Actor, r: &SiteRef, action: SiteAction) -> Result<Site> {
    let site = resolve_for_change(tx, actor, r)?;
    rules::require_site_permission(actor, action, &site.qualified())?;
    if site.deleted_at.is_some() {
        return Err(deleted(&site));
    }
    Ok(site)
}

/// The error for a soft-deleted site named where a live one is needed.
pub(crate) fn deleted(site: &Site) -> Error {
    Error::new(Code::SiteDeleted, format!("site '{}' is deleted", site.qualified()))
        .with_hint(format!("restore it first: sitectl site restore {}", site.qualified()))
}

fn reload(tx: &Tx<'_>, id: i64) -> Result<Site> {
    tx.site_by_id(id)?.ok_or_else(|| Error::internal("site vanished"))
}

fn active_industry(tx: &Tx<'_>, slug: &Slug) -> Result<Industry> {
    let industry = industries::get(tx, slug)?;
    if !industry.is_active {
        return Err(Error::new(Code::IndustryInactive, format!("industry '{slug}' is inactive"))
            .with_hint("choose an active industry: sitectl industry list"));
    }
    Ok(industry)
}

pub fn create_site(
    store: &mut Store,
    ctx: &Ctx,
    input: SiteInput,
    if_exists: IfExists,
) -> Result<WithWarnings<Created<Site>>> {
    mutate(store, ctx, |tx, actor| {
        let report = create_site_in(tx, actor, &input, if_exists)?;
        let outcome = report.value.action.as_str();
        let target = AuditTarget::site(report.value.record.qualified());
        Ok(Audited::new(report, target, AuditAction::SiteCreate, outcome))
    })
}

/// `site create` inside a caller's transaction (also used by `seed apply`).
pub(crate) fn create_site_in(
    tx: &Tx<'_>,
    actor: &Actor,
    input: &SiteInput,
    if_exists: IfExists,
) -> Result<WithWarnings<Created<Site>>> {
    let named = match &input.account {
        Some(slug) => {
            // Another tenant's account is "not found", exactly like a missing one.
            let a = accounts::get_visible(tx, actor, slug)?;
            Some((a.id, slug.as_str().to_string()))
        }
        None => None,
    };
    let account_id = rules::site_creation_account(actor, named.as_ref().map(|(id, s)| (*id, s.as_str())))?;
    accounts::lock(tx, account_id)?;
    let (account, plan) = super::account_and_plan(tx, account_id)?;
    let mut warnings = Vec::new();
    let c = checked(input, &mut warnings)?;
    let industry_id = match &input.industry {
        Some(i) => Some(active_industry(tx, i)?.id),
        None => None,
    };
    let qualified = format!("{}/{}", account.slug, c.slug);
    let existing = tx.site_by_account_slug(account.id, &c.slug)?;
    if let Some(s) = existing.as_ref().filter(|s| s.deleted_at.is_some()) {
        return Err(Error::new(Code::SiteDeleted, format!("site '{}' exists but is deleted", s.qualified()))
            .with_hint(format!(
                "restore it (sitectl site restore {q}) or purge it (sitectl site purge {q})",
                q = s.qualified()
            )));
    }
    // A site the actor cannot see is neither returned nor changed by --if-exists; its slug is
    // simply taken.
    if let Some(s) = existing.as_ref() {
        if !tx.site_visible(s, rules::visibility(actor))? {
            return Err(Error::new(Code::SiteExists, format!("site '{}' already exists", s.qualified()))
                .with_hint("choose another --slug"));
        }
    }
    let created = create_or(
        existing,
        if_exists,
        (Code::SiteExists, "site"),
        &qualified,
        || {
            accounts::require_room(tx, &account, &plan, rules::Quota::Sites)?;
            let fields = new_fields(input, &c, industry_id);
            let id = tx.insert_site(account.id, &fields)?;
            if let Some(user_id) = rules::grant_new_site_to_creator(actor) {
                tx.grant(user_id, id, &actor.label())?;
            }
            reload(tx, id)
        },
        |current| {
            rules::require_site_permission(actor, SiteAction::Change, &current.qualified())?;
            let before = SiteFields::from(&current);
            let next = merged_fields(&before, input, &c, industry_id);
            if next == before {
                return Ok((current, false));
            }
            tx.update_site(current.id, &next)?;
            Ok((reload(tx, current.id)?, true))
        },
    )?;
    Ok(WithWarnings { value: created, warnings })
}

/// The sites the acting user may see that match the filter, handed to `each` one at a time as
/// they are read (in one snapshot), until it stops: memory does not grow with the number of sites.
pub fn each_site(store: &mut Store, ctx: &Ctx, f: &ListFilter, each: impl FnMut(Site) -> Result<Flow>) -> Result<()> {
    read(store, ctx, |tx, actor| {
        let mut filter = SiteFilter::visible_to(rules::visibility(actor));
        if let Some(a) = &f.account {
            filter.account_id = Some(accounts::get_visible(tx, actor, a)?.id);
        }
        if let Some(i) = &f.industry {
            filter.industry_id = Some(industries::get(tx, i)?.id);
        }
        filter.active = f.active;
        filter.deleted = f.deleted;
        filter.hosting_type = f.hosting_type;
        filter.page = f.page;
        tx.each_site(&filter, each)
    })
}

pub(crate) fn detail(tx: &Tx<'_>, viewer: &Actor, site: Site) -> Result<SiteDetail> {
    let (account, plan) = super::account_and_plan(tx, site.account_id)?;
    let usage = accounts::detail_with_plan(tx, viewer, account, plan)?;
    let industry_name = match &site.industry {
        Some(slug) => tx.industry(slug)?.map(|i| i.name),
        None => None,
    };
    let active_sectors = tx.site_sectors(site.id, false)?;
    let access = tx.grants(GrantRow::Site(site.id))?;
    let integration = tx.integration(site.id)?.map(|i| {
        serde_json::json!({
            "mode": i.mode,
            "url": i.external_site_url,
            "is_active": i.is_active,
            "connection_status": i.connection_status,
            "sync_status": i.sync_status,
            "last_sync_at": i.last_sync_at,
            "sync_error": i.sync_error,
        })
    });
    let plan_sectors = Usage {
        used: site.sectors,
        limit: usage.max_sectors_per_site,
        over: site.sectors > usage.max_sectors_per_site,
    };
    Ok(SiteDetail {
        industry_name,
        active_sectors,
        access,
        integration,
        inventory: tx.inventory(site.id)?,
        plan: usage.account.plan.to_string(),
        plan_sites: usage.sites,
        plan_users: usage.users,
        plan_sectors,
        site,
    })
}

pub fn show_site(store: &mut Store, ctx: &Ctx, r: &SiteRef) -> Result<SiteDetail> {
    read(store, ctx, |tx, actor| detail(tx, actor, resolve(tx, actor, r)?))
}

pub fn update_site(store: &mut Store, ctx: &Ctx, r: &SiteRef, patch: SitePatch) -> Result<WithWarnings<Changed<Site>>> {
    mutate(store, ctx, |tx, actor| {
        let report = update_site_in(tx, actor, r, &patch)?;
        let target = AuditTarget::site(report.value.record.qualified());
        let outcome = if report.value.changed { "updated" } else { "unchanged" };
        Ok(Audited::new(report, target, AuditAction::SiteUpdate, outcome))
    })
}

/// `site update` inside a caller's transaction (also used by `seed apply`).
pub(crate) fn update_site_in(
    tx: &Tx<'_>,
    actor: &Actor,
    r: &SiteRef,
    patch: &SitePatch,
) -> Result<WithWarnings<Changed<Site>>> {
    let site = resolve_live(tx, actor, r, SiteAction::Change)?;
    if let Some(s) = patch.slug.as_ref().filter(|s| **s != site.slug) {
        if tx.site_by_account_slug(site.account_id, s)?.is_some() {
            return Err(Error::new(Code::SiteExists, format!("site '{}/{s}' already exists", site.account)));
        }
    }
    let before = SiteFields::from(&site);
    let mut warnings = Vec::new();
    let next = patched_fields(&before, patch, &mut warnings)?;
    let changed = next != before;
    if changed {
        tx.update_site(site.id, &next)?;
    }
    let record = reload(tx, site.id)?;
    Ok(WithWarnings { value: Changed { changed, record }, warnings })
}

/// `site activate` / `site deactivate`. Activation never touches other sites.
pub fn set_active(store: &mut Store, ctx: &Ctx, r: &SiteRef, active: bool) -> Result<WithWarnings<Changed<Site>>> {
    mutate(store, ctx, |tx, actor| {
        let report = set_active_in(tx, actor, r, active)?;
        let (action, outcome) = match (active, report.value.changed) {
            (true, true) => (AuditAction::SiteActivate, "activated"),
            (false, true) => (AuditAction::SiteDeactivate, "deactivated"),
            (true, false) => (AuditAction::SiteActivate, "unchanged"),
            (false, false) => (AuditAction::SiteDeactivate, "unchanged"),
        };
        let target = AuditTarget::site(report.value.record.qualified());
        Ok(Audited::new(report, target, action, outcome))
    })
}

/// `site activate`/`deactivate` inside a caller's transaction (also used by `seed apply`).
pub(crate) fn set_active_in(
    tx: &Tx<'_>,
    actor: &Actor,
    r: &SiteRef,
    active: bool,
) -> Result<WithWarnings<Changed<Site>>> {
    let site = resolve_live(tx, actor, r, SiteAction::Change)?;
    let next = with_active(SiteFields::from(&site), active);
    let changed = next != SiteFields::from(&site);
    let mut warnings = Vec::new();
    if changed {
        tx.update_site(site.id, &next)?;
    } else {
        warnings.push(format!("site '{}' is already {}", site.qualified(), if active { "active" } else { "inactive" }));
    }
    let record = reload(tx, site.id)?;
    Ok(WithWarnings { value: Changed { changed, record }, warnings })
}

/// Soft delete (`deleted = true`) or restore. Restoring counts against max_sites again.
pub fn set_deleted(store: &mut Store, ctx: &Ctx, r: &SiteRef, deleted: bool) -> Result<WithWarnings<Changed<Site>>> {
    mutate(store, ctx, |tx, actor| {
        let site = resolve_for_change(tx, actor, r)?;
        rules::require_site_permission(actor, SiteAction::Delete, &site.qualified())?;
        let changed = site.deleted_at.is_some() != deleted;
        let mut warnings = Vec::new();
        if changed {
            if !deleted {
                let (account, plan) = super::account_and_plan(tx, site.account_id)?;
                accounts::require_room(tx, &account, &plan, rules::Quota::Sites)?;
            }
            tx.set_site_deleted(site.id, deleted)?;
        } else {
            warnings.push(format!(
                "site '{}' is {}",
                site.qualified(),
                if deleted { "already deleted" } else { "not deleted" }
            ));
        }
        let record = reload(tx, site.id)?;
        let action = if deleted { AuditAction::SiteDelete } else { AuditAction::SiteRestore };
        let outcome = match (deleted, changed) {
            (_, false) => "unchanged",
            (true, true) => "deleted",
            (false, true) => "restored",
        };
        let target = AuditTarget::site(record.qualified());
        Ok(Audited::new(WithWarnings { value: Changed { changed, record }, warnings }, target, action, outcome))
    })
}

/// Removes a soft-deleted site for good, with its sectors and grants (operator only).
pub fn purge_site(store: &mut Store, ctx: &Ctx, r: &SiteRef) -> Result<Site> {
    mutate(store, ctx, |tx, actor| {
        rules::require_operator(actor, "purge sites")?;
        let site = resolve_for_change(tx, actor, r)?;
        if site.deleted_at.is_none() {
            return Err(Error::new(
                Code::SiteNotDeleted,
                format!("site '{}' is not deleted; only deleted sites can be purged", site.qualified()),
            )
            .with_hint(format!("delete it first: sitectl site delete {}", site.qualified())));
        }
        // Purging forgets which posts on WordPress are this site's: while sitectl can still take
        // them down (the site is connected), it does not leave them public with no way to.
        let live = tx.posts_maybe_live(site.id)?;
        let connected = tx.integration(site.id)?.is_some_and(|i| i.is_active);
        if connected && !live.is_empty() {
            let named: Vec<String> = live
                .iter()
                .take(5)
                .map(|(c, p)| match p {
                    Some(p) => format!("content {c} (post {p})"),
                    None => format!("content {c}"),
                })
                .collect();
            let more = if live.len() > 5 { format!(" and {} more", live.len() - 5) } else { String::new() };
            return Err(Error::new(
                Code::PostsStillPublished,
                format!(
                    "site '{}' may still have posts on WordPress: {}{more}; purging would leave them with no way to take them down",
                    site.qualified(),
                    named.join(", ")
                ),
            )
            .with_hint(format!(
                "restore the site (sitectl site restore {0}), then take them down (sitectl content retract ID) \
                 or leave them on WordPress on purpose (sitectl wp disconnect {0}), and delete it again",
                site.qualified()
            ))
            .with_details(serde_json::json!({"content": live.iter().map(|(c, _)| c).collect::<Vec<_>>()})));
        }
        tx.purge_site(site.id)?;
        let target = AuditTarget::site(site.qualified());
        Ok(Audited::new(site, target, AuditAction::SitePurge, "purged"))
    })
}
