//! Exporting tenants as a fixture `seed apply` accepts, streamed: each section is one query
//! read row by row into the writer, so memory does not grow with the number of tenants.

use std::collections::BTreeSet;

use crate::domain::Slug;
use crate::error::Result;
use crate::fixture::{
    AccountSpec, ContentSpec, FixtureWriter, GrantSpec, IntegrationSpec, PlanSpec, SiteSpec, UserSpec,
};
use crate::ops::{accounts, Ctx};
use crate::rules::{self};
use crate::store::{Flow, Store};

const GO_ON: Flow = Flow::Continue(());

/// Writes a fixture describing the given accounts (all when empty), which `apply` accepts and
/// which round-trips to the same file.
pub fn export<W: std::io::Write>(
    store: &mut Store,
    ctx: &Ctx,
    only: &[Slug],
    out: &mut FixtureWriter<W>,
    progress: &dyn crate::wordpress::Progress,
) -> Result<()> {
    crate::ops::read(store, ctx, |tx, actor| {
        rules::require_operator(actor, "export tenants")?;
        let mut named = Vec::new();
        for slug in only {
            named.push(accounts::get(tx, slug)?);
        }
        let ids: Vec<i64> = named.iter().map(|a| a.id).collect();
        let which = (!only.is_empty()).then_some(ids.as_slice());
        let used: BTreeSet<i64> = named.iter().map(|a| a.plan_id).collect();
        let mut plans = tx.plans()?;
        plans.sort_by(|a, b| a.slug.cmp(&b.slug));
        for p in plans.into_iter().filter(|p| only.is_empty() || used.contains(&p.id)) {
            out.item(
                "plans",
                &PlanSpec {
                    slug: p.slug.to_string(),
                    name: p.name,
                    max_sites: p.max_sites,
                    max_users: p.max_users,
                    max_sectors_per_site: p.max_sectors_per_site,
                    active: p.is_active,
                },
            )?;
        }
        progress.begin("accounts", u64::try_from(tx.export_account_count(which)?).unwrap_or(0));
        tx.each_export_account(which, |a| {
            progress.advance(1);
            out.item(
                "accounts",
                &AccountSpec {
                    slug: a.slug,
                    name: a.name,
                    plan: a.plan,
                    status: a.status,
                    owner: a.owner.unwrap_or_default(),
                    owner_name: None,
                },
            )?;
            Ok(GO_ON)
        })?;
        tx.each_export_user(which, |email, account, role, name| {
            let name = Some(name).filter(|n| !n.is_empty());
            out.item("users", &UserSpec { email, account, role, name })?;
            Ok(GO_ON)
        })?;
        tx.each_export_site(which, |s| {
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
            Ok(GO_ON)
        })?;
        tx.each_export_grant(which, |site, user| {
            out.item("grants", &GrantSpec { site, user })?;
            Ok(GO_ON)
        })?;
        tx.each_export_integration(which, |i| {
            out.item(
                "integrations",
                &IntegrationSpec {
                    site: i.site,
                    url: i.url,
                    mode: i.mode,
                    username: i.username,
                    // Secrets never leave the database; name an env var by hand to seed them.
                    app_password_env: None,
                    api_key_env: None,
                },
            )?;
            Ok(GO_ON)
        })?;
        tx.each_export_content(which, |c| {
            out.item(
                "content",
                &ContentSpec {
                    site: c.site,
                    sector: c.sector,
                    title: c.title,
                    slug: Some(c.slug),
                    body: c.body,
                    excerpt: c.excerpt,
                    categories: c.categories,
                    tags: c.tags,
                    status: c.status,
                },
            )?;
            Ok(GO_ON)
        })?;
        progress.end();
        Ok(())
    })
}
