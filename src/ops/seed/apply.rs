//! Applying a validated file in one transaction: read in bulk, new objects written in batches,
//! changes through the use cases (see the comment above `apply_accounts`).

use std::collections::{BTreeMap, BTreeSet, HashSet};

use super::snapshot::{Parts, Snapshot};
use super::validate::{problems_error, validate};
use super::{ApplyReport, EnvLookup, SeedItem, Totals};
use crate::domain::{Actor, ContentStatus, Email, IfExists, IndustrySector, Outcome, SiteRef, Slug};
use crate::error::{Error, Result};
use crate::fixture::{PlanSpec, SiteSpec, Source};
use crate::ops::{accounts, content, plans, sectors, sites, users, Audited, Ctx};
use crate::rules::{self, SectorLimit};
use crate::store::{NewSector, SiteFields, Store, Tx};
use crate::wordpress::Progress;

fn outcome(created: bool, changed: bool) -> Outcome {
    match (created, changed) {
        (true, _) => Outcome::Created,
        (false, true) => Outcome::Updated,
        (false, false) => Outcome::Unchanged,
    }
}

fn slug(s: &str) -> Result<Slug> {
    s.parse()
}

fn plan_input(p: &PlanSpec, active: bool) -> Result<plans::PlanInput> {
    Ok(plans::PlanInput {
        slug: slug(&p.slug)?,
        name: p.name.clone(),
        max_sites: p.max_sites,
        max_users: p.max_users,
        max_sectors_per_site: p.max_sectors_per_site,
        is_active: active,
    })
}

fn site_input(s: &SiteSpec) -> Result<sites::SiteInput> {
    Ok(sites::SiteInput {
        name: s.name.clone(),
        account: Some(slug(&s.account)?),
        slug: s.slug.as_deref().map(slug).transpose()?,
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
        let requested: Vec<Slug> = s.sectors.iter().map(|x| slug(x)).collect::<Result<_>>()?;
        changed |= sectors::select_sectors_in(tx, actor, &site_ref, &slug(industry)?, &requested)?.changed;
    }
    Ok((created.record.qualified(), outcome(is_new, changed)))
}

/// An error met while applying one object, placed at that object in the file (validation
/// catches nearly everything first; this covers what only applying can find).
fn at(src: &Source, section: &str, index: usize, e: Error) -> Error {
    let p = src.problem(section, index, "", e.code, e.message.clone());
    let mut placed = Error::new(e.code, format!("{p}"));
    placed.hint = e.hint.clone();
    placed.with_details(serde_json::json!({ "problems": [p] }))
}

/// Plans first (a plan that new accounts of the file use is offered while they are created,
/// then set to what the file says: the commands allow an account on a plan withdrawn later),
/// then accounts, users, sites, grants and integrations, in the file's order within each.
fn apply_all(
    tx: &Tx<'_>,
    ctx: &Ctx,
    actor: &Actor,
    src: &Source,
    env: EnvLookup<'_>,
    progress: &dyn Progress,
) -> Result<Vec<SeedItem>> {
    let f = &src.fixture;
    let mut items = Vec::new();
    let total = f.plans.len()
        + f.accounts.len()
        + f.users.len()
        + f.sites.len()
        + f.grants.len()
        + f.integrations.len()
        + f.content.len();
    progress.begin("objects", total as u64);
    let needed: BTreeSet<&str> = f.accounts.iter().map(|a| a.plan.as_str()).collect();
    for (i, p) in f.plans.iter().enumerate() {
        let provisional = p.active || needed.contains(p.slug.as_str());
        let created = plan_input(p, provisional)
            .and_then(|input| plans::create_plan_in(tx, actor, &input, IfExists::Update))
            .map_err(|e| at(src, "plans", i, e))?;
        items.push(SeedItem { kind: "plan", key: p.slug.clone(), action: created.action });
        progress.advance(1);
    }
    let mut out = Out { items, progress };
    apply_accounts(tx, actor, src, &mut out)?;
    for (i, p) in f.plans.iter().enumerate() {
        if !p.active && needed.contains(p.slug.as_str()) {
            let created = plans::create_plan_in(tx, actor, &plan_input(p, false)?, IfExists::Update)?;
            if created.action == Outcome::Updated && out.items[i].action == Outcome::Unchanged {
                out.items[i].action = Outcome::Updated;
            }
        }
    }
    apply_users(tx, actor, src, &mut out)?;
    apply_sites(tx, actor, src, &mut out)?;
    apply_grants(tx, actor, src, &mut out)?;
    for (i, g) in f.integrations.iter().enumerate() {
        let action =
            super::integration::apply_integration(tx, ctx, g, env).map_err(|e| at(src, "integrations", i, e))?;
        out.push("integration", g.site.clone(), action);
    }
    apply_content(tx, actor, src, &mut out)?;
    Ok(out.items)
}

/// The report's items, in file order, and the progress bar.
struct Out<'a> {
    items: Vec<SeedItem>,
    progress: &'a dyn Progress,
}

impl Out<'_> {
    fn push(&mut self, kind: &'static str, key: String, action: Outcome) {
        self.items.push(SeedItem { kind, key, action });
        self.progress.advance(1);
    }
}

// Each section below decides every object against a snapshot read in bulk: a new object is
// collected and written with the others in multi-row INSERTs, an object the snapshot shows
// already as the file wants it is left alone, and anything else (a change, or what the snapshot
// cannot decide) goes through the command's use case, which has the last word. The rows and the
// "unchanged" tests come from the use cases' own functions, so each rule keeps one home.
// Validation has already checked the whole file, limits included, in this transaction.

fn apply_accounts(tx: &Tx<'_>, actor: &Actor, src: &Source, out: &mut Out<'_>) -> Result<()> {
    let f = &src.fixture;
    let snap = Snapshot::load(tx, f, Parts::default())?;
    let mut new = Vec::new();
    let mut owners = Vec::new();
    for (i, a) in f.accounts.iter().enumerate() {
        let action = (|| {
            let input = accounts::AccountInput {
                slug: slug(&a.slug)?,
                name: a.name.clone(),
                plan: slug(&a.plan)?,
                owner: a.owner.parse()?,
                owner_name: a.owner_name.clone(),
                status: a.status.parse()?,
            };
            let name = crate::domain::Name::parse("account", &input.name)?.into_string();
            let plan = snap.plans.get(a.plan.as_str());
            Ok(match (snap.accounts.get(a.slug.as_str()), plan) {
                (None, Some(plan)) => {
                    rules::require_offered(a.plan.as_str(), plan.is_active)?;
                    new.push((input.slug, name, input.status, plan.id));
                    owners.push((input.owner, input.owner_name));
                    Outcome::Created
                }
                (Some(current), Some(plan))
                    if accounts::settled(
                        current,
                        &name,
                        input.status,
                        plan.id,
                        snap.users.get(input.owner.as_str()),
                    ) =>
                {
                    Outcome::Unchanged
                }
                _ => accounts::create_account_in(tx, actor, &input, IfExists::Update)?.action,
            })
        })()
        .map_err(|e| at(src, "accounts", i, e))?;
        out.push("account", a.slug.clone(), action);
    }
    if new.is_empty() {
        return Ok(());
    }
    let ids = tx.insert_accounts(&new)?;
    let id_of = |slug: &Slug| ids.get(slug.as_str()).copied().ok_or_else(|| Error::internal("a new account has no id"));
    let mut rows = Vec::with_capacity(new.len());
    for ((slug, ..), (email, name)) in new.iter().zip(owners) {
        let (name, role) = accounts::new_owner(name.as_deref());
        rows.push((email, name, role, id_of(slug)?));
    }
    tx.insert_users(&rows)?;
    tx.set_owners_from_roles(&ids.values().copied().collect::<Vec<_>>())
}

fn apply_users(tx: &Tx<'_>, actor: &Actor, src: &Source, out: &mut Out<'_>) -> Result<()> {
    let f = &src.fixture;
    let snap = Snapshot::load(tx, f, Parts::default())?;
    let mut new = Vec::new();
    for (i, u) in f.users.iter().enumerate() {
        let (key, action) = (|| {
            let input = users::UserInput {
                email: u.email.parse()?,
                account: slug(&u.account)?,
                role: u.role.parse()?,
                name: u.name.clone(),
            };
            let name = crate::domain::UserName::parse(input.name.as_deref())?.into_string();
            let given = input.name.as_ref().map(|_| name.clone());
            let key = input.email.to_string();
            let action = match (snap.accounts.get(u.account.as_str()), snap.users.get(key.as_str())) {
                (Some(account), None) => {
                    new.push((input.email, name, input.role, account.id));
                    Outcome::Created
                }
                // A user of this account: the use case's own update (validation has checked that
                // an owner keeps an owner's role), without its reads.
                (Some(account), Some(current)) if current.account_id == account.id => {
                    match users::update_of(current, given, input.role) {
                        None => Outcome::Unchanged,
                        Some(name) => {
                            tx.update_user(current.id, &name, input.role)?;
                            Outcome::Updated
                        }
                    }
                }
                _ => users::add_user_in(tx, actor, &input, IfExists::Update)?.action,
            };
            Ok((key, action))
        })()
        .map_err(|e| at(src, "users", i, e))?;
        out.push("user", key, action);
    }
    tx.insert_users(&new).map(drop)
}

fn apply_sites(tx: &Tx<'_>, actor: &Actor, src: &Source, out: &mut Out<'_>) -> Result<()> {
    let f = &src.fixture;
    let snap = Snapshot::load(tx, f, Parts { sites: true, sectors: true, taxonomy: true, ..Parts::default() })?;
    let mut new: Vec<(i64, SiteFields)> = Vec::new();
    let mut new_sectors: Vec<Vec<&IndustrySector>> = Vec::new();
    for (i, s) in f.sites.iter().enumerate() {
        let (key, action) = (|| {
            let account = snap.accounts.get(s.account.as_str());
            let plan = account.and_then(|a| snap.plans.get(a.plan.as_str()));
            let industry = s.industry.as_deref().map(|i| snap.taxonomy.get(i));
            let (Some(account), Some(plan), None | Some(Some(_))) = (account, plan, industry) else {
                return apply_site(tx, actor, s);
            };
            let input = site_input(s)?;
            let mut warnings = Vec::new();
            let c = sites::checked(&input, &mut warnings)?;
            let key = format!("{}/{}", account.slug, c.slug);
            let chosen = match industry.flatten() {
                Some((industry, templates)) => {
                    let requested: Vec<Slug> = s.sectors.iter().map(|x| slug(x)).collect::<Result<_>>()?;
                    let limit = SectorLimit {
                        max: plan.max_sectors_per_site,
                        site: &key,
                        plan: plan.slug.as_str(),
                        account: account.slug.as_str(),
                    };
                    let chosen =
                        rules::validate_sector_request(industry, templates, &requested, &BTreeMap::new(), &limit)?;
                    Some((industry.id, chosen))
                }
                None => None,
            };
            let patch = site_patch(s);
            let Some(current) = snap.sites.get(&(account.id, c.slug.to_string())) else {
                let fields = sites::new_fields(&input, &c, chosen.as_ref().map(|(id, _)| *id));
                new.push((
                    account.id,
                    sites::with_active(sites::patched_fields(&fields, &patch, &mut warnings)?, s.active),
                ));
                new_sectors.push(chosen.map(|(_, c)| c).unwrap_or_default());
                return Ok((key, Outcome::Created));
            };
            let before = SiteFields::from(current);
            let merged = sites::merged_fields(&before, &input, &c, None);
            let next = sites::with_active(sites::patched_fields(&merged, &patch, &mut warnings)?, s.active);
            let sectors_settled = chosen.as_ref().is_none_or(|(industry_id, chosen)| {
                let rows = snap.sectors.get(&current.id).map_or(&[][..], Vec::as_slice);
                current.industry_id == Some(*industry_id)
                    && rules::plan_sector_selection(rows, chosen).changes_nothing()
            });
            if current.deleted_at.is_none() && next == before && sectors_settled {
                return Ok((key, Outcome::Unchanged));
            }
            apply_site(tx, actor, s)
        })()
        .map_err(|e| at(src, "sites", i, e))?;
        out.push("site", key, action);
    }
    if new.is_empty() {
        return Ok(());
    }
    let ids = tx.insert_sites(&new)?;
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
    tx.insert_sectors(&rows)
}

fn apply_grants(tx: &Tx<'_>, actor: &Actor, src: &Source, out: &mut Out<'_>) -> Result<()> {
    let f = &src.fixture;
    let snap = Snapshot::load(tx, f, Parts { sites: true, grants: true, ..Parts::default() })?;
    let mut new = Vec::new();
    let mut seen = HashSet::new();
    for (i, g) in f.grants.iter().enumerate() {
        let action = (|| {
            let email: Email = g.user.parse()?;
            let site = snap.site(&g.site).filter(|s| s.deleted_at.is_none());
            Ok(match (site, snap.users.get(email.as_str())) {
                (Some(site), Some(user)) if user.account_id == site.account_id => {
                    let pair = (user.id, site.id);
                    if snap.grants.contains(&pair) || !seen.insert(pair) {
                        Outcome::Unchanged
                    } else {
                        new.push(pair);
                        Outcome::Created
                    }
                }
                _ => match crate::ops::access::set_access_in(tx, actor, &g.site.parse()?, &email, true)?.changed {
                    true => Outcome::Created,
                    false => Outcome::Unchanged,
                },
            })
        })()
        .map_err(|e| at(src, "grants", i, e))?;
        out.push("grant", format!("{} {}", g.site, g.user), action);
    }
    tx.insert_grants(&new, &actor.label())
}

fn apply_content(tx: &Tx<'_>, actor: &Actor, src: &Source, out: &mut Out<'_>) -> Result<()> {
    let f = &src.fixture;
    if f.content.is_empty() {
        return Ok(());
    }
    let snap = Snapshot::load(tx, f, Parts { sites: true, sectors: true, content: true, ..Parts::default() })?;
    let mut new = Vec::new();
    for (i, c) in f.content.iter().enumerate() {
        let (key, action) = (|| {
            let input = content::ContentInput {
                site: c.site.parse()?,
                sector: slug(&c.sector)?,
                title: c.title.clone(),
                slug: c.slug.as_deref().map(slug).transpose()?,
                body: c.body.clone(),
                excerpt: c.excerpt.clone(),
                categories: c.categories.iter().map(|x| slug(x)).collect::<Result<_>>()?,
                tags: c.tags.iter().map(|x| slug(x)).collect::<Result<_>>()?,
            };
            let status: ContentStatus = c.status.parse()?;
            let site = snap.site(&c.site).filter(|s| s.deleted_at.is_none());
            let sector = site.and_then(|s| snap.active_sector(s.id, &c.sector));
            let (Some(site), Some(sector)) = (site, sector) else {
                // What the snapshot cannot place, the use case refuses with its own error.
                let created = content::create_content_in(tx, actor, &input, IfExists::Update)?;
                return Ok((format!("{}/{}", c.site, created.record.slug), created.action));
            };
            let fields = content::fields_of(&input, sector.id)?;
            let key = format!("{}/{}", c.site, fields.slug);
            match snap.content.get(&(site.id, fields.slug.to_string())) {
                None => {
                    new.push((site.account_id, site.id, fields, status));
                    Ok((key, Outcome::Created))
                }
                Some(stored) if stored.fields == fields && stored.status == status => Ok((key, Outcome::Unchanged)),
                Some(_) => {
                    let created = content::create_content_in(tx, actor, &input, IfExists::Update)?;
                    let changed = content::set_status_in(tx, &created.record, status)?;
                    Ok((key, outcome(false, changed || created.action == Outcome::Updated)))
                }
            }
        })()
        .map_err(|e| at(src, "content", i, e))?;
        out.push("content", key, action);
    }
    tx.insert_content_rows(&new)
}

/// Validates the whole file, then applies it in one transaction as the operator. A dry run
/// reports the same and changes nothing.
pub fn apply(
    store: &mut Store,
    ctx: &Ctx,
    src: &Source,
    env: EnvLookup<'_>,
    progress: &dyn Progress,
) -> Result<ApplyReport> {
    crate::ops::mutate(store, ctx, |tx, actor| {
        rules::require_operator(actor, "apply seed files")?;
        let problems = validate(&Snapshot::load(tx, &src.fixture, Parts::ALL)?, src, env);
        if !problems.is_empty() {
            return Err(problems_error(src, problems));
        }
        let items = apply_all(tx, ctx, actor, src, env, progress)?;
        progress.end();
        let mut totals = Totals::default();
        for i in &items {
            match i.action {
                Outcome::Created => totals.created += 1,
                Outcome::Updated => totals.updated += 1,
                Outcome::Unchanged => totals.unchanged += 1,
            }
        }
        let outcome = format!("{} created, {} updated, {} unchanged", totals.created, totals.updated, totals.unchanged);
        let report = ApplyReport { file: src.name.clone(), dry_run: ctx.dry_run, items, totals };
        Ok(Audited::new(
            report,
            crate::domain::AuditTarget::seed(&src.name),
            crate::domain::AuditAction::SeedApply,
            outcome,
        ))
    })
}
