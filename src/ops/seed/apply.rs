//! Applying a validated file through the commands' use cases, in one transaction.

use std::collections::BTreeSet;

use super::validate::{problems_error, validate};
use super::{ApplyReport, EnvLookup, SeedItem, Totals};
use crate::domain::{Actor, ConnectionStatus, IfExists, Outcome, SiteRef, Slug, WpMode};
use crate::error::{Error, Result};
use crate::fixture::{IntegrationSpec, PlanSpec, SiteSpec, Source};
use crate::ops::keys::{api_key_context, app_password_context, opening_key, sealing_key};
use crate::ops::{accounts, plans, sectors, sites, users, Audited, Ctx};
use crate::rules::{self};
use crate::store::{IntegrationFields, Store, Tx};
use crate::wordpress::normalize_site_url;
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

fn apply_site(tx: &Tx<'_>, actor: &Actor, s: &SiteSpec) -> Result<(String, Outcome)> {
    let input = sites::SiteInput {
        name: s.name.clone(),
        account: Some(slug(&s.account)?),
        slug: s.slug.as_deref().map(slug).transpose()?,
        domain: s.domain.clone(),
        hosting_type: s.hosting_type.as_deref().map(str::parse).transpose()?,
        site_type: s.site_type.as_deref().map(str::parse).transpose()?,
        industry: None,
        active: s.active,
    };
    let created = sites::create_site_in(tx, actor, &input, IfExists::Update)?.value;
    let is_new = created.action == Outcome::Created;
    let mut changed = created.action == Outcome::Updated;
    let site_ref = SiteRef::Id(created.record.id);
    let patch = sites::SitePatch {
        seo_title: s.seo_title.clone(),
        seo_description: s.seo_description.clone(),
        seo_keywords: s.seo_keywords.clone(),
        og_image_url: s.og_image_url.clone(),
        ..sites::SitePatch::default()
    };
    changed |= sites::update_site_in(tx, actor, &site_ref, &patch)?.value.changed;
    if !s.active {
        changed |= sites::set_active_in(tx, actor, &site_ref, false)?.value.changed;
    }
    if let Some(industry) = &s.industry {
        let requested: Vec<Slug> = s.sectors.iter().map(|x| slug(x)).collect::<Result<_>>()?;
        changed |= sectors::select_sectors_in(tx, actor, &site_ref, &slug(industry)?, &requested)?.changed;
    }
    Ok((created.record.qualified(), outcome(is_new, changed)))
}

fn apply_integration(tx: &Tx<'_>, ctx: &Ctx, g: &IntegrationSpec, env: EnvLookup<'_>) -> Result<Outcome> {
    let site = sites::resolve(tx, &Actor::Operator, &g.site.parse()?)?;
    let url = normalize_site_url(&g.url)?;
    let mode: WpMode = g.mode.parse()?;
    let rest_root = url.join("wp-json/").map_err(|e| Error::internal(e.to_string()))?;
    let existing = tx.integration(site.id)?;
    let password = g.app_password_env.as_deref().and_then(env);
    let sealed = match &password {
        Some(p) => Some(sealing_key(tx, ctx)?.seal(p, &app_password_context(site.id))?),
        None => None,
    };
    if let Some(var) = &g.api_key_env {
        let key = env(var).unwrap_or_default();
        let secret = sealing_key(tx, ctx)?;
        let current = tx.site_api_key(site.id)?.map(|s| secret.open(&s, &api_key_context(site.id))).transpose()?;
        if current.as_deref() != Some(key.as_str()) {
            tx.set_site_api_key(site.id, Some(&secret.seal(&key, &api_key_context(site.id))?))?;
        }
    }
    let username = if mode == WpMode::Core { g.username.as_deref() } else { None };
    if let Some(i) = &existing {
        let same_password = match (&password, &i.credentials) {
            (None, None) => true,
            (Some(p), Some(s)) => {
                opening_key(ctx)?.open(s, &app_password_context(site.id)).ok().as_deref() == Some(p.as_str())
            }
            _ => false,
        };
        if i.is_active
            && i.external_site_url == url.as_str()
            && i.mode == mode
            && i.username.as_deref() == username
            && same_password
        {
            return Ok(Outcome::Unchanged);
        }
    }
    // Recorded, not yet checked (`wp test` or `wp sync` proves the connection): disconnected.
    let config = existing.as_ref().map(|i| i.config.clone()).unwrap_or_default();
    let same_site = existing.as_ref().is_some_and(|i| i.external_site_url == url.as_str());
    let content_cursor = existing.as_ref().filter(|_| same_site).map(|i| i.content_cursor.clone()).unwrap_or_default();
    let generation = existing.as_ref().map_or(0, |i| i.generation + 1);
    tx.upsert_integration(
        site.id,
        site.account_id,
        &IntegrationFields {
            external_site_url: url.as_str(),
            rest_root: rest_root.as_str(),
            mode,
            username,
            credentials: sealed.as_deref(),
            config: &config,
            connection_status: ConnectionStatus::Disconnected,
            content_cursor: &content_cursor,
            generation,
        },
    )?;
    Ok(if existing.is_some() { Outcome::Updated } else { Outcome::Created })
}

/// An error met while applying one object, placed at that object in the file (validation
/// catches nearly everything first; this covers what only applying can find).
fn at(src: &Source, section: &str, index: usize, e: Error) -> Error {
    let p = src.problem(section, index, "", e.code, e.message.clone());
    let mut placed = Error::new(e.code, format!("{p}"));
    placed.hint = e.hint.clone();
    placed.with_details(serde_json::json!({ "problems": [p] }))
}

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
    let total =
        f.plans.len() + f.accounts.len() + f.users.len() + f.sites.len() + f.grants.len() + f.integrations.len();
    progress.begin("objects", total as u64);
    // A plan that new accounts of the file use is offered while they are created, then set to
    // what the file says: the commands allow an account on a plan that was withdrawn later.
    let needed: BTreeSet<&str> = f.accounts.iter().map(|a| a.plan.as_str()).collect();
    for (i, p) in f.plans.iter().enumerate() {
        let provisional = p.active || needed.contains(p.slug.as_str());
        let created = plan_input(p, provisional)
            .and_then(|input| plans::create_plan_in(tx, actor, &input, IfExists::Update))
            .map_err(|e| at(src, "plans", i, e))?;
        items.push(SeedItem { kind: "plan", key: p.slug.clone(), action: created.action });
        progress.advance(1);
    }
    for (i, a) in f.accounts.iter().enumerate() {
        let created = (|| {
            let input = accounts::AccountInput {
                slug: slug(&a.slug)?,
                name: a.name.clone(),
                plan: slug(&a.plan)?,
                owner: a.owner.parse()?,
                owner_name: a.owner_name.clone(),
                status: a.status.parse()?,
            };
            accounts::create_account_in(tx, actor, &input, IfExists::Update)
        })()
        .map_err(|e| at(src, "accounts", i, e))?;
        items.push(SeedItem { kind: "account", key: a.slug.clone(), action: created.action });
        progress.advance(1);
    }
    for (i, p) in f.plans.iter().enumerate() {
        if !p.active && needed.contains(p.slug.as_str()) {
            let created = plans::create_plan_in(tx, actor, &plan_input(p, false)?, IfExists::Update)?;
            if created.action == Outcome::Updated && items[i].action == Outcome::Unchanged {
                items[i].action = Outcome::Updated;
            }
        }
    }
    for u in &f.users {
        let input = users::UserInput {
            email: u.email.parse()?,
            account: slug(&u.account)?,
            role: u.role.parse()?,
            name: u.name.clone(),
        };
        let created = users::add_user_in(tx, actor, &input, IfExists::Update)?;
        items.push(SeedItem { kind: "user", key: created.record.email.to_string(), action: created.action });
        progress.advance(1);
    }
    for (i, s) in f.sites.iter().enumerate() {
        let (key, action) = apply_site(tx, actor, s).map_err(|e| at(src, "sites", i, e))?;
        items.push(SeedItem { kind: "site", key, action });
        progress.advance(1);
    }
    for (i, g) in f.grants.iter().enumerate() {
        let changed = (|| crate::ops::access::set_access_in(tx, actor, &g.site.parse()?, &g.user.parse()?, true))()
            .map_err(|e| at(src, "grants", i, e))?;
        let action = if changed.changed { Outcome::Created } else { Outcome::Unchanged };
        items.push(SeedItem { kind: "grant", key: format!("{} {}", g.site, g.user), action });
        progress.advance(1);
    }
    for (i, g) in f.integrations.iter().enumerate() {
        let action = apply_integration(tx, ctx, g, env).map_err(|e| at(src, "integrations", i, e))?;
        items.push(SeedItem { kind: "integration", key: g.site.clone(), action });
        progress.advance(1);
    }
    Ok(items)
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
        let problems = validate(tx, src, env)?;
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
        Ok(Audited::new(report, format!("seed:{}", src.name), "seed.apply", outcome))
    })
}
