//! Which sites a batch acts on: the sites the acting user may see, narrowed by the selectors
//! every batch command takes (`--account`, `--plan`, `--industry`, `--mode`, `--sites-from`).
//!
//! Within one selector any value admits a site; across selectors all must. A selector naming an
//! account, plan, industry or site that does not exist, or that the actor may not see, is "not
//! found", exactly as the single-item commands say it, so a selector tells a tenant user nothing
//! about other tenants.

use std::collections::{HashMap, HashSet};

use crate::domain::{Actor, Site, SiteRef, Slug, WpMode};
use crate::error::Result;
use crate::rules;
use crate::store::{Flow, SiteFilter, Tx};

/// A site named on a line of `--sites-from` (or on the command line), with where it was named,
/// so that an error can point at the line.
#[derive(Debug, Clone)]
pub struct Listed {
    pub site: SiteRef,
    /// `FILE:LINE`, or empty for a command-line argument.
    pub origin: String,
}

/// The selectors of a batch, as given.
#[derive(Debug, Clone, Default)]
pub struct Selectors {
    pub accounts: Vec<Slug>,
    pub plans: Vec<Slug>,
    pub industries: Vec<Slug>,
    pub modes: Vec<WpMode>,
    /// `--sites-from` (and `check SITE...`): only these sites. `None`: no list given.
    pub sites: Option<Vec<Listed>>,
}

impl Selectors {
    /// Whether any selector was given.
    pub fn any(&self) -> bool {
        !self.accounts.is_empty()
            || !self.plans.is_empty()
            || !self.industries.is_empty()
            || !self.modes.is_empty()
            || self.sites.is_some()
    }
}

/// Selectors resolved against the database as the actor sees it.
#[derive(Debug, Clone)]
pub struct Selection {
    pub filter: SiteFilter,
    /// The listed sites, when a list was given.
    pub listed: Option<HashSet<i64>>,
}

impl Selection {
    pub fn admits(&self, site_id: i64) -> bool {
        self.listed.as_ref().is_none_or(|l| l.contains(&site_id))
    }

    /// Streams the selected live sites in id order.
    pub fn each_site(&self, tx: &Tx<'_>, mut each: impl FnMut(Site) -> Result<Flow>) -> Result<()> {
        tx.each_site(&self.filter, |s| if self.admits(s.id) { each(s) } else { Ok(Flow::Continue(())) })
    }
}

/// Resolves `sel` for `actor`: every account, plan, industry and listed site must exist and be
/// visible (else the not-found error its own command gives, prefixed with the line of the list
/// that named it).
pub(crate) fn resolve(tx: &Tx<'_>, actor: &Actor, sel: &Selectors) -> Result<Selection> {
    let mut filter = SiteFilter::visible_to(rules::visibility(actor));
    for a in &sel.accounts {
        filter.account_ids.push(super::accounts::get_visible(tx, actor, a)?.id);
    }
    for p in &sel.plans {
        filter.plan_ids.push(super::plans::require_plan(tx, p)?.id);
    }
    for i in &sel.industries {
        filter.industry_ids.push(super::industries::get(tx, i)?.id);
    }
    filter.modes = sel.modes.clone();
    let listed = match &sel.sites {
        None => None,
        Some(list) => Some(listed_ids(tx, actor, list)?),
    };
    Ok(Selection { filter, listed })
}

/// Lists longer than this are matched in one pass over the visible sites rather than looked up
/// one by one (a lookup is a query: a million of them would take minutes on a server).
const LOOKUPS: usize = 1000;

/// The ids of the listed sites; the first entry that names no visible live site is its error
/// (not found, deleted, ambiguous), as `sites::resolve` says it.
fn listed_ids(tx: &Tx<'_>, actor: &Actor, list: &[Listed]) -> Result<HashSet<i64>> {
    let lookup = |l: &Listed| -> Result<i64> {
        let site = super::sites::resolve(tx, actor, &l.site).map_err(|e| at(e, &l.origin))?;
        match site.deleted_at {
            Some(_) => Err(at(super::sites::deleted(&site), &l.origin)),
            None => Ok(site.id),
        }
    };
    if list.len() <= LOOKUPS {
        return list.iter().map(lookup).collect();
    }
    // Each entry's site, matched in one pass; a bare slug that matches twice stays unmatched so
    // that its lookup below says it is ambiguous.
    let mut found: Vec<Option<i64>> = vec![None; list.len()];
    let mut ambiguous = vec![false; list.len()];
    let (mut by_id, mut by_name, mut by_slug) = (HashMap::new(), HashMap::new(), HashMap::new());
    for (n, l) in list.iter().enumerate() {
        match &l.site {
            SiteRef::Id(id) => by_id.entry(*id).or_insert_with(Vec::new).push(n),
            SiteRef::Qualified { account, site } => {
                by_name.entry((account.as_str(), site.as_str())).or_insert_with(Vec::new).push(n)
            }
            SiteRef::Slug(slug) => by_slug.entry(slug.as_str()).or_insert_with(Vec::new).push(n),
        }
    }
    tx.each_site(&SiteFilter::visible_to(rules::visibility(actor)), |s| {
        for n in by_id
            .get(&s.id)
            .into_iter()
            .flatten()
            .chain(by_name.get(&(s.account.as_str(), s.slug.as_str())).into_iter().flatten())
        {
            found[*n] = Some(s.id);
        }
        for n in by_slug.get(s.slug.as_str()).into_iter().flatten() {
            ambiguous[*n] |= found[*n].is_some();
            found[*n] = Some(s.id);
        }
        Ok(Flow::Continue(()))
    })?;
    let mut ids = HashSet::with_capacity(list.len());
    for (n, l) in list.iter().enumerate() {
        match found[n] {
            Some(id) if !ambiguous[n] => ids.insert(id),
            _ => ids.insert(lookup(l)?),
        };
    }
    Ok(ids)
}

/// `e` with the place that caused it in front of its message.
fn at(mut e: crate::Error, origin: &str) -> crate::Error {
    if !origin.is_empty() {
        e.message = format!("{origin}: {}", e.message);
    }
    e
}
