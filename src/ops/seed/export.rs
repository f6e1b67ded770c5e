//! Exporting tenants as a fixture `seed apply` accepts.

use std::collections::BTreeSet;

use crate::domain::Slug;
use crate::error::Result;
use crate::fixture::{AccountSpec, Fixture, GrantSpec, IntegrationSpec, PlanSpec, SiteSpec, UserSpec};
use crate::ops::{accounts, Ctx};
use crate::rules::{self};
use crate::store::{GrantRow, SiteFilter, Store};

/// A fixture describing the given accounts (all when empty), which `apply` accepts and which
/// round-trips to the same file.
pub fn export(
    store: &mut Store,
    ctx: &Ctx,
    only: &[Slug],
    progress: &dyn crate::wordpress::Progress,
) -> Result<Fixture> {
    crate::ops::read(store, ctx, |tx, actor| {
        rules::require_operator(actor, "export tenants")?;
        let mut accounts = Vec::new();
        for slug in only {
            accounts.push(accounts::get(tx, slug)?);
        }
        if only.is_empty() {
            accounts = tx.accounts(None)?;
        }
        accounts.sort_by(|a, b| a.slug.cmp(&b.slug));
        accounts.dedup_by(|a, b| a.id == b.id);
        let used: BTreeSet<i64> = accounts.iter().map(|a| a.plan_id).collect();
        let mut fixture = Fixture::default();
        let mut all_plans = tx.plans()?;
        all_plans.sort_by(|a, b| a.slug.cmp(&b.slug));
        for p in all_plans.into_iter().filter(|p| only.is_empty() || used.contains(&p.id)) {
            fixture.plans.push(PlanSpec {
                slug: p.slug.to_string(),
                name: p.name,
                max_sites: p.max_sites,
                max_users: p.max_users,
                max_sectors_per_site: p.max_sectors_per_site,
                active: p.is_active,
            });
        }
        progress.begin("accounts", accounts.len() as u64);
        for a in &accounts {
            progress.advance(1);
            fixture.accounts.push(AccountSpec {
                slug: a.slug.to_string(),
                name: a.name.clone(),
                plan: a.plan.to_string(),
                status: a.status.to_string(),
                owner: a.owner.as_ref().map(ToString::to_string).unwrap_or_default(),
                owner_name: None,
            });
            let mut members = tx.users(Some(a.id))?;
            members.sort_by(|x, y| x.email.cmp(&y.email));
            for u in members {
                fixture.users.push(UserSpec {
                    email: u.email.to_string(),
                    account: a.slug.to_string(),
                    role: u.role.to_string(),
                    name: Some(u.name).filter(|n| !n.is_empty()),
                });
            }
            let mut filter = SiteFilter::visible_to(crate::domain::Visibility::Account(a.id));
            filter.account_id = Some(a.id);
            let mut live = tx.sites(&filter)?;
            live.sort_by(|x, y| x.slug.cmp(&y.slug));
            for s in live {
                let mut sector_slugs: Vec<String> =
                    tx.site_sectors(s.id, false)?.into_iter().map(|x| x.slug.to_string()).collect();
                sector_slugs.sort();
                fixture.sites.push(SiteSpec {
                    account: a.slug.to_string(),
                    name: s.name.clone(),
                    slug: Some(s.slug.to_string()),
                    domain: s.domain.clone(),
                    hosting_type: Some(s.hosting_type.to_string()),
                    site_type: Some(s.site_type.to_string()),
                    active: s.is_active,
                    industry: s.industry.as_ref().map(ToString::to_string),
                    sectors: sector_slugs,
                    seo_title: s.seo_title.clone(),
                    seo_description: s.seo_description.clone(),
                    seo_keywords: s.seo_keywords.clone(),
                    og_image_url: s.og_image_url.clone(),
                });
                let mut grants = tx.grants(GrantRow::Site(s.id))?;
                grants.sort_by(|x, y| x.user.cmp(&y.user));
                for g in grants {
                    fixture.grants.push(GrantSpec { site: s.qualified(), user: g.user.to_string() });
                }
                if let Some(i) = tx.integration(s.id)?.filter(|i| i.is_active) {
                    fixture.integrations.push(IntegrationSpec {
                        site: s.qualified(),
                        url: i.external_site_url.clone(),
                        mode: i.mode.to_string(),
                        username: i.username.clone(),
                        // Secrets never leave the database; name an env var by hand to seed them.
                        app_password_env: None,
                        api_key_env: None,
                    });
                }
            }
        }
        progress.end();
        Ok(fixture)
    })
}
