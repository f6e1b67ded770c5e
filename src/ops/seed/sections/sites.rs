//! The `sites` section: each account's sites by slug, with their settings and the sectors
//! selected from their industry (the `sectors` rows are part of a site).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::{Applying, Keys, Known, Limits, Names, Out, Parts, Scope, Section, Snapshot};
use crate::domain::{
    Actor, Domain, HostingType, IfExists, Industry, IndustrySector, Outcome, Sector, Site, SiteRef, SiteType, Slug,
};
use crate::error::{Code, Error, Result};
use crate::ops::seed::check::Check;
use crate::ops::seed::file::writer::FixtureWriter;
use crate::ops::{sectors, sites};
use crate::rules::{self, SectorLimit};
use crate::store::{Flow, NewSector, SiteFields, Tx};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteSpec {
    pub account: String,
    pub name: String,
    /// Derived from the name when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosting_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_type: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub active: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seo_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seo_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seo_keywords: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub og_image_url: Option<String>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// The sites of the named accounts as stored, with what choosing their sectors needs.
#[derive(Default)]
pub struct Stored {
    /// Sites of those accounts, deleted ones included, by (account id, slug).
    pub sites: HashMap<(i64, String), Site>,
    /// Sector rows (active or not) of those sites, by site id, in id order.
    pub sectors: HashMap<i64, Vec<Sector>>,
    /// Every industry with its sector templates, by industry slug.
    pub taxonomy: HashMap<String, (Industry, Vec<IndustrySector>)>,
}

impl Stored {
    /// The active sector with this slug of a site (by id), if any.
    pub fn active_sector(&self, site_id: i64, slug: &str) -> Option<&Sector> {
        self.sectors.get(&site_id)?.iter().find(|x| x.is_active && x.slug.as_str() == slug)
    }
}

impl Snapshot {
    /// The site `ACCOUNT/SLUG` names, if both exist.
    pub fn site(&self, key: &str) -> Option<&Site> {
        let (account, slug) = key.split_once('/')?;
        let account = self.accounts.get(account)?;
        self.sites.sites.get(&(account.id, slug.to_string()))
    }
}

fn site_input(s: &SiteSpec) -> Result<sites::SiteInput> {
    Ok(sites::SiteInput {
        name: s.name.clone(),
        account: Some(s.account.parse()?),
        slug: s.slug.as_deref().map(str::parse).transpose()?,
        domain: s.domain.clone(),
        hosting_type: s.hosting_type.as_deref().map(str::parse).transpose()?,
        site_type: s.site_type.as_deref().map(str::parse).transpose()?,
        industry: None,
        active: s.active,
    })
}

fn site_patch(s: &SiteSpec) -> sites::SitePatch {
    sites::SitePatch {
        seo_title: s.seo_title.clone(),
        seo_description: s.seo_description.clone(),
        seo_keywords: s.seo_keywords.clone(),
        og_image_url: s.og_image_url.clone(),
        ..sites::SitePatch::default()
    }
}

fn slugs(list: &[String]) -> Result<Vec<Slug>> {
    list.iter().map(|x| x.parse()).collect()
}

/// A site through the commands' use cases, one after another: `site create --if-exists update`,
/// `site update`, `site deactivate`, `sectors select`. For a site that exists and changes.
fn apply_site(tx: &Tx<'_>, actor: &Actor, s: &SiteSpec) -> Result<(String, Outcome)> {
    let created = sites::create_site_in(tx, actor, &site_input(s)?, IfExists::Update)?.value;
    let is_new = created.action == Outcome::Created;
    let mut changed = created.action == Outcome::Updated;
    let site_ref = SiteRef::Id(created.record.id);
    changed |= sites::update_site_in(tx, actor, &site_ref, &site_patch(s))?.value.changed;
    if !s.active {
        changed |= sites::set_active_in(tx, actor, &site_ref, false)?.value.changed;
    }
    if let Some(industry) = &s.industry {
        changed |= sectors::select_sectors_in(tx, actor, &site_ref, &industry.parse()?, &slugs(&s.sectors)?)?.changed;
    }
    let action = match (is_new, changed) {
        (true, _) => Outcome::Created,
        (false, true) => Outcome::Updated,
        (false, false) => Outcome::Unchanged,
    };
    Ok((created.record.qualified(), action))
}

/// The industry and sectors of site `i` (`key`) against the taxonomy and the plan's limit.
fn check_sectors(c: &mut Check<'_>, snap: &Snapshot, known: &Known, i: usize, s: &SiteSpec, key: &str, limits: Limits) {
    let taxonomy = &snap.sites.taxonomy;
    match (&s.industry, s.sectors.is_empty()) {
        (None, false) => c.say("sites", i, "sectors", Code::MissingIndustry, "sectors need an industry".into()),
        (None, true) => {}
        (Some(ind), _) => {
            let Some(ind_slug) = c.parse::<Slug>("sites", i, "industry", ind) else { return };
            let Some((industry, templates)) = taxonomy.get(ind_slug.as_str()) else {
                c.say("sites", i, "industry", Code::IndustryNotFound, format!("industry '{ind}' not found"));
                return;
            };
            let requested: Vec<Slug> =
                s.sectors.iter().filter_map(|x| c.parse::<Slug>("sites", i, "sectors", x)).collect();
            if requested.len() != s.sectors.len() {
                return;
            }
            let mut elsewhere = BTreeMap::new();
            for (other, other_templates) in taxonomy.values().filter(|(o, _)| o.id != industry.id) {
                for t in other_templates.iter().filter(|t| requested.contains(&t.slug)) {
                    elsewhere.entry(t.slug.clone()).or_insert_with(Vec::new).push(other.slug.to_string());
                }
            }
            for list in elsewhere.values_mut() {
                list.sort();
            }
            let plan = known.account_plan[&s.account].clone();
            let limit = SectorLimit { max: limits.max_sectors, site: key, plan: &plan, account: &s.account };
            if let Err(e) = rules::validate_sector_request(industry, templates, &requested, &elsewhere, &limit) {
                let field = if e.code == Code::IndustryInactive { "industry" } else { "sectors" };
                c.add("sites", i, field, &e);
            }
        }
    }
}

/// One site decided against the snapshot: new (collected for the batch), unchanged, or
/// through the use cases.
fn decide<'s>(
    a: &Applying<'_>,
    snap: &'s Snapshot,
    s: &SiteSpec,
    new: &mut Vec<(i64, SiteFields)>,
    new_sectors: &mut Vec<Vec<&'s IndustrySector>>,
) -> Result<(String, Outcome)> {
    let account = snap.accounts.get(s.account.as_str());
    let plan = account.and_then(|a| snap.plans.get(a.plan.as_str()));
    let industry = s.industry.as_deref().map(|i| snap.sites.taxonomy.get(i));
    let (Some(account), Some(plan), None | Some(Some(_))) = (account, plan, industry) else {
        return apply_site(a.tx, a.actor, s);
    };
    let input = site_input(s)?;
    let mut warnings = Vec::new();
    let c = sites::checked(&input, &mut warnings)?;
    let key = format!("{}/{}", account.slug, c.slug);
    let chosen = match industry.flatten() {
        Some((industry, templates)) => {
            let requested = slugs(&s.sectors)?;
            let limit = SectorLimit {
                max: plan.max_sectors_per_site,
                site: &key,
                plan: plan.slug.as_str(),
                account: account.slug.as_str(),
            };
            let chosen = rules::validate_sector_request(industry, templates, &requested, &BTreeMap::new(), &limit)?;
            Some((industry.id, chosen))
        }
        None => None,
    };
    let patch = site_patch(s);
    let Some(current) = snap.sites.sites.get(&(account.id, c.slug.to_string())) else {
        let fields = sites::new_fields(&input, &c, chosen.as_ref().map(|(id, _)| *id));
        new.push((account.id, sites::with_active(sites::patched_fields(&fields, &patch, &mut warnings)?, s.active)));
        new_sectors.push(chosen.map(|(_, c)| c).unwrap_or_default());
        return Ok((key, Outcome::Created));
    };
    let before = SiteFields::from(current);
    let merged = sites::merged_fields(&before, &input, &c, None);
    let next = sites::with_active(sites::patched_fields(&merged, &patch, &mut warnings)?, s.active);
    let sectors_settled = chosen.as_ref().is_none_or(|(industry_id, chosen)| {
        let rows = snap.sites.sectors.get(&current.id).map_or(&[][..], Vec::as_slice);
        current.industry_id == Some(*industry_id) && rules::plan_sector_selection(rows, chosen).changes_nothing()
    });
    if current.deleted_at.is_none() && next == before && sectors_settled {
        return Ok((key, Outcome::Unchanged));
    }
    apply_site(a.tx, a.actor, s)
}

impl Section for SiteSpec {
    const NAME: &'static str = "sites";
    const TABLES: &'static [&'static str] = &["sites", "sectors"];
    type Stored = Stored;

    fn names<'a>(&'a self, names: &mut Names<'a>) {
        names.accounts.push(&self.account);
    }

    fn read(tx: &Tx<'_>, keys: &mut Keys, parts: Parts, stored: &mut Stored) -> Result<()> {
        let ids = &keys.account_ids;
        if parts.sites {
            for s in tx.sites_of_accounts(ids)? {
                stored.sites.insert((s.account_id, s.slug.to_string()), s);
            }
        }
        if parts.sectors {
            for x in tx.sectors_of_accounts(ids)? {
                stored.sectors.entry(x.site_id).or_default().push(x);
            }
            for rows in stored.sectors.values_mut() {
                rows.sort_by_key(|x| x.id);
            }
        }
        if parts.taxonomy {
            for ind in tx.industries(true)? {
                let templates = tx.industry_sectors(ind.id)?;
                stored.taxonomy.insert(ind.slug.to_string(), (ind, templates));
            }
        }
        Ok(())
    }

    fn check(items: &[Self], c: &mut Check<'_>, snap: &Snapshot, known: &mut Known) {
        let mut live_by_account: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for site in snap.sites.sites.values().filter(|s| s.deleted_at.is_none()) {
            known.site_keys.insert(site.qualified(), site.account.to_string());
            live_by_account.entry(site.account.to_string()).or_default().insert(site.qualified());
        }
        let mut seen = BTreeSet::new();
        for (i, s) in items.iter().enumerate() {
            c.name("sites", i, "site", &s.name);
            let slug = match &s.slug {
                Some(text) => c.parse::<Slug>("sites", i, "slug", text),
                None => Slug::derive(&s.name).map_err(|e| c.add("sites", i, "name", &e)).ok(),
            };
            if let Some(Err(e)) = s.domain.as_deref().map(Domain::parse_lenient) {
                c.add("sites", i, "domain", &e);
            }
            if let Some(h) = &s.hosting_type {
                c.parse::<HostingType>("sites", i, "hosting_type", h);
            }
            if let Some(t) = &s.site_type {
                c.parse::<SiteType>("sites", i, "site_type", t);
            }
            if let Some(Err(e)) = s.og_image_url.as_deref().map(crate::domain::OgImageUrl::parse_url) {
                c.add("sites", i, "og_image_url", &e);
            }
            let Some(limits) = known.limits_of(&s.account) else {
                c.say("sites", i, "account", Code::AccountNotFound, format!("account '{}' not found", s.account));
                continue;
            };
            let Some(slug) = slug else { continue };
            let key = format!("{}/{}", s.account, slug);
            if !seen.insert(key.clone()) {
                c.say("sites", i, "slug", Code::Duplicate, format!("site '{key}' appears twice"));
            }
            if snap.site(&key).is_some_and(|x| x.deleted_at.is_some()) {
                let message = format!("site '{key}' exists but is deleted; restore or purge it first");
                c.say("sites", i, "slug", Code::SiteDeleted, message);
            }
            known.site_keys.insert(key.clone(), s.account.clone());
            let live = live_by_account.entry(s.account.clone()).or_default();
            live.insert(key.clone());
            let plan = &known.account_plan[&s.account];
            let used = live.len() as i64 - 1;
            if let Err(e) = rules::Quota::Sites.check(&s.account, plan, used, 1, limits.max_sites) {
                c.add("sites", i, "", &e);
            }
            check_sectors(c, snap, known, i, s, &key, limits);
        }
    }

    fn apply(items: &[Self], a: &Applying<'_>, out: &mut Out<'_>) -> Result<()> {
        let snap = a.snapshot(Parts { sites: true, sectors: true, taxonomy: true, ..Parts::default() })?;
        let mut new: Vec<(i64, SiteFields)> = Vec::new();
        let mut new_sectors: Vec<Vec<&IndustrySector>> = Vec::new();
        for (i, s) in items.iter().enumerate() {
            let (key, action) = decide(a, &snap, s, &mut new, &mut new_sectors).map_err(|e| a.at("sites", i, e))?;
            out.push("site", key, action);
        }
        if new.is_empty() {
            return Ok(());
        }
        let ids = a.tx.insert_sites(&new)?;
        let mut rows = Vec::new();
        for ((account_id, fields), chosen) in new.iter().zip(&new_sectors) {
            let site_id = ids
                .get(&format!("{account_id}/{}", fields.slug))
                .copied()
                .ok_or_else(|| Error::internal("a new site has no id"))?;
            rows.extend(chosen.iter().map(|t| NewSector {
                account_id: *account_id,
                site_id,
                template_id: t.id,
                name: &t.name,
                slug: t.slug.as_str(),
            }));
        }
        a.tx.insert_sectors(&rows)
    }

    fn export<W: std::io::Write>(tx: &Tx<'_>, scope: &Scope<'_>, out: &mut FixtureWriter<W>) -> Result<()> {
        tx.each_export_site(scope.which, |s| {
            out.item(
                "sites",
                &SiteSpec {
                    account: s.account,
                    name: s.name,
                    slug: Some(s.slug),
                    domain: s.domain,
                    hosting_type: Some(s.hosting_type),
                    site_type: Some(s.site_type),
                    active: s.is_active,
                    industry: s.industry,
                    sectors: s.sectors,
                    seo_title: s.seo_title,
                    seo_description: s.seo_description,
                    seo_keywords: s.seo_keywords,
                    og_image_url: s.og_image_url,
                },
            )?;
            Ok(Flow::Continue(()))
        })
    }
}
