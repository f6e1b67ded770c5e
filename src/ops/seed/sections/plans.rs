//! The `plans` section: the plans a fixture defines, by slug.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::{Applying, Keys, Known, Limits, Out, Parts, Scope, Section, Snapshot};
use crate::domain::{IfExists, Outcome, Plan};
use crate::error::{Code, Result};
use crate::ops::plans;
use crate::ops::seed::check::Check;
use crate::ops::seed::file::writer::FixtureWriter;
use crate::rules;
use crate::store::Tx;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanSpec {
    pub slug: String,
    pub name: String,
    #[serde(default = "two")]
    pub max_sites: i64,
    #[serde(default = "one")]
    pub max_users: i64,
    #[serde(default = "five")]
    pub max_sectors_per_site: i64,
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub active: bool,
}

fn one() -> i64 {
    1
}
fn two() -> i64 {
    2
}
fn five() -> i64 {
    5
}
fn yes() -> bool {
    true
}
fn is_true(b: &bool) -> bool {
    *b
}

fn plan_input(p: &PlanSpec, active: bool) -> Result<plans::PlanInput> {
    Ok(plans::PlanInput {
        slug: p.slug.parse()?,
        name: p.name.clone(),
        max_sites: p.max_sites,
        max_users: p.max_users,
        max_sectors_per_site: p.max_sectors_per_site,
        is_active: active,
    })
}

/// The plans the file's accounts use (a withdrawn one was offered while they were created or
/// moved, and is withdrawn again once they are).
fn needed<'a>(a: &Applying<'a>) -> BTreeSet<&'a str> {
    a.src.fixture.accounts.iter().map(|a| a.plan.as_str()).collect()
}

impl Section for PlanSpec {
    const NAME: &'static str = "plans";
    const TABLES: &'static [&'static str] = &["plans"];
    /// Every plan, by slug.
    type Stored = HashMap<String, Plan>;

    fn read(tx: &Tx<'_>, _keys: &mut Keys, _parts: Parts, stored: &mut Self::Stored) -> Result<()> {
        *stored = tx.plans()?.into_iter().map(|p| (p.slug.to_string(), p)).collect();
        Ok(())
    }

    fn check(items: &[Self], c: &mut Check<'_>, snap: &Snapshot, known: &mut Known) {
        for p in snap.plans.values() {
            known.plans.insert(
                p.slug.to_string(),
                Limits {
                    max_sites: p.max_sites,
                    max_users: p.max_users,
                    max_sectors: p.max_sectors_per_site,
                    active: p.is_active,
                },
            );
        }
        let mut seen = BTreeSet::new();
        for (i, p) in items.iter().enumerate() {
            c.parse::<crate::domain::Slug>("plans", i, "slug", &p.slug);
            c.name("plans", i, "plan", &p.name);
            for (field, v) in [
                ("max_sites", p.max_sites),
                ("max_users", p.max_users),
                ("max_sectors_per_site", p.max_sectors_per_site),
            ] {
                if let Err(e) = rules::check_plan_limit(field, v) {
                    c.add("plans", i, field, &e);
                }
            }
            if !seen.insert(p.slug.clone()) {
                c.say("plans", i, "slug", Code::Duplicate, format!("plan '{}' appears twice", p.slug));
            }
            known.plans.insert(
                p.slug.clone(),
                Limits {
                    max_sites: p.max_sites,
                    max_users: p.max_users,
                    max_sectors: p.max_sectors_per_site,
                    active: p.active,
                },
            );
        }
    }

    /// A plan that new accounts of the file use is offered while they are created, then set to
    /// what the file says (see [`Section::after`]): the commands allow an account on a plan
    /// withdrawn later.
    fn apply(items: &[Self], a: &Applying<'_>, out: &mut Out<'_>) -> Result<()> {
        // Only an account the file puts on a plan it is not on yet needs that plan offered: one
        // already on it keeps it withdrawn, so applying the file again changes nothing.
        let mut needed = BTreeSet::new();
        if items.iter().any(|p| !p.active) {
            let snap = a.snapshot(Parts::default())?;
            let moving = a.src.fixture.accounts.iter().filter(|x| {
                snap.accounts.get(x.slug.as_str()).is_none_or(|stored| stored.plan.as_str() != x.plan)
            });
            needed = moving.map(|x| x.plan.as_str()).collect();
        }
        for (i, p) in items.iter().enumerate() {
            let provisional = p.active || needed.contains(p.slug.as_str());
            let created = plan_input(p, provisional)
                .and_then(|input| plans::create_plan_in(a.tx, a.actor, &input, IfExists::Update))
                .map_err(|e| a.at("plans", i, e))?;
            out.push("plan", p.slug.clone(), created.action);
        }
        Ok(())
    }

    /// Once the accounts exist, a withdrawn plan they use is withdrawn again.
    fn after(items: &[Self], applied: &'static str, a: &Applying<'_>, out: &mut Out<'_>) -> Result<()> {
        if applied != "accounts" {
            return Ok(());
        }
        let needed = needed(a);
        for (i, p) in items.iter().enumerate() {
            if !p.active && needed.contains(p.slug.as_str()) {
                let created = plans::create_plan_in(a.tx, a.actor, &plan_input(p, false)?, IfExists::Update)?;
                if let Some(item) = out.item_mut("plans", i) {
                    if created.action == Outcome::Updated && item.action == Outcome::Unchanged {
                        item.action = Outcome::Updated;
                    }
                }
            }
        }
        Ok(())
    }

    /// Every plan, or only those the named accounts use.
    fn export<W: std::io::Write>(tx: &Tx<'_>, scope: &Scope<'_>, out: &mut FixtureWriter<W>) -> Result<()> {
        let used: BTreeSet<i64> = scope.named.iter().map(|a| a.plan_id).collect();
        let mut plans = tx.plans()?;
        plans.sort_by(|a, b| a.slug.cmp(&b.slug));
        for p in plans.into_iter().filter(|p| scope.which.is_none() || scope.every_plan || used.contains(&p.id)) {
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
        Ok(())
    }
}
