//! Site-scoped records: the one mechanism behind every record that belongs to a site and one of
//! its sectors (content today; any later planner or writer resource).
//!
//! - writing: a live site the actor may change, and a sector ACTIVE on that site; the account
//!   is the site's, never given;
//! - reading: a record is visible exactly as its site is; otherwise it is "not found", with the
//!   record's own not-found error, byte for byte the same as for a missing one;
//! - listing: by the sites the actor sees, one site, and a sector (by slug, deactivated ones
//!   included: a deactivated sector keeps its records).

use crate::domain::{Actor, Sector, Site, SiteRef, Slug};
use crate::error::{Code, Error, Result};
use crate::rules::{self, SiteAction};
use crate::store::{SiteScope, Tx};

use super::sites;

/// Where a site-scoped record lives.
#[derive(Debug, Clone)]
pub(crate) struct Scope {
    pub site: Site,
    pub sector: Sector,
}

/// Where a new (or moved) record goes: `sector` must be active on the live site `r`, which the
/// actor may change.
pub(crate) fn for_write(tx: &Tx<'_>, actor: &Actor, r: &SiteRef, sector: &Slug) -> Result<Scope> {
    let site = sites::resolve_live(tx, actor, r, SiteAction::Change)?;
    let sector = active_sector(tx, &site, sector)?;
    Ok(Scope { site, sector })
}

/// The sector with this slug among the site's ACTIVE sectors.
pub(crate) fn active_sector(tx: &Tx<'_>, site: &Site, slug: &Slug) -> Result<Sector> {
    let active = tx.site_sectors(site.id, false)?;
    if let Some(s) = active.iter().find(|s| &s.slug == slug) {
        return Ok(s.clone());
    }
    let names: Vec<&str> = active.iter().map(|s| s.slug.as_str()).collect();
    let hint = if names.is_empty() {
        format!(
            "the site has no active sectors; choose some: sitectl sectors select {} --industry ...",
            site.qualified()
        )
    } else {
        format!("active sectors of '{}': {}", site.qualified(), names.join(", "))
    };
    Err(Error::new(
        Code::SectorNotActiveOnSite,
        format!("sector '{slug}' is not active on site '{}'", site.qualified()),
    )
    .with_hint(hint)
    .with_details(serde_json::json!({ "active_sectors": names })))
}

/// The site of an existing record, if the actor may see it. `None` means the caller answers with
/// its own "not found", exactly as for a record that does not exist.
pub(crate) fn visible_site(tx: &Tx<'_>, actor: &Actor, site_id: i64) -> Result<Option<Site>> {
    match tx.site_by_id(site_id)? {
        Some(site) if tx.site_visible(&site, rules::visibility(actor))? => Ok(Some(site)),
        _ => Ok(None),
    }
}

/// The site of an existing record for a change: visible (else `not_found`), live, and changeable
/// by the actor.
pub(crate) fn site_for_change(
    tx: &Tx<'_>,
    actor: &Actor,
    site_id: i64,
    not_found: impl FnOnce() -> Error,
) -> Result<Site> {
    let site = visible_site(tx, actor, site_id)?.ok_or_else(not_found)?;
    sites::resolve_live(tx, actor, &SiteRef::Id(site.id), SiteAction::Change)
}

/// What a listing may stream: the sites the actor sees, or the one site `r` names.
pub(crate) fn for_list(tx: &Tx<'_>, actor: &Actor, r: Option<&SiteRef>) -> Result<SiteScope> {
    let site_id = r.map(|r| sites::resolve(tx, actor, r)).transpose()?.map(|s| s.id);
    Ok(SiteScope { visibility: rules::visibility(actor), site_id })
}
