//! The `accounts` section: tenants by slug, each with its plan and owner.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::{Applying, Keys, Known, Names, Out, Parts, Scope, Section, Snapshot};
use crate::domain::{Account, AccountStatus, Email, IfExists, Outcome, Slug};
use crate::error::{Code, Error, Result};
use crate::ops::seed::check::Check;
use crate::ops::seed::file::writer::FixtureWriter;
use crate::ops::accounts;
use crate::rules;
use crate::store::{Flow, Tx};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountSpec {
    pub slug: String,
    pub name: String,
    pub plan: String,
    #[serde(default = "active_status")]
    pub status: String,
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
}

fn active_status() -> String {
    "active".into()
}

impl Section for AccountSpec {
    const NAME: &'static str = "accounts";
    const TABLES: &'static [&'static str] = &["accounts"];
    /// The accounts the fixture names, by slug.
    type Stored = HashMap<String, Account>;

    fn names<'a>(&'a self, names: &mut Names<'a>) {
        names.accounts.push(&self.slug);
        names.emails.push(&self.owner);
    }

    fn read(tx: &Tx<'_>, keys: &mut Keys, _parts: Parts, stored: &mut Self::Stored) -> Result<()> {
        let slugs: Vec<&str> = keys.slugs.iter().map(String::as_str).collect();
        *stored = tx.accounts_by_slugs(&slugs)?.into_iter().map(|a| (a.slug.to_string(), a)).collect();
        keys.account_ids = stored.values().map(|a| a.id).collect();
        keys.account_ids.sort_unstable();
        Ok(())
    }

    fn check(items: &[Self], c: &mut Check<'_>, snap: &Snapshot, known: &mut Known) {
        let src = c.src;
        let f = &src.fixture;
        for a in snap.accounts.values() {
            known.account_plan.insert(a.slug.to_string(), a.plan.to_string());
        }
        let mut seen = BTreeSet::new();
        for (i, a) in items.iter().enumerate() {
            let slug = c.parse::<Slug>("accounts", i, "slug", &a.slug);
            c.name("accounts", i, "account", &a.name);
            c.parse::<AccountStatus>("accounts", i, "status", &a.status);
            if let Some(email) = c.parse::<Email>("accounts", i, "owner", &a.owner) {
                if let Some(u) = snap.users.get(email.as_str()).filter(|u| u.account.as_str() != a.slug) {
                    c.say(
                        "accounts",
                        i,
                        "owner",
                        Code::UserInOtherAccount,
                        format!("user '{email}' belongs to account '{}'", u.account),
                    );
                }
                // Two new accounts cannot share an owner: a user belongs to one account.
                if let Some(other) = known.owners.insert(email.to_string(), a.slug.clone()).filter(|o| *o != a.slug) {
                    c.say(
                        "accounts",
                        i,
                        "owner",
                        Code::UserInOtherAccount,
                        format!("user '{email}' already owns account '{other}' in this file"),
                    );
                }
            }
            if !known.plans.contains_key(&a.plan) {
                c.say("accounts", i, "plan", Code::PlanNotFound, format!("plan '{}' not found", a.plan));
            }
            let is_new = slug.is_none_or(|s| !snap.accounts.contains_key(s.as_str()));
            // A plan the file itself defines is offered while its accounts are created (see apply).
            if let Some(p) = known.plans.get(&a.plan).filter(|_| is_new && !f.plans.iter().any(|p| p.slug == a.plan)) {
                if let Err(e) = rules::require_offered(&a.plan, p.active) {
                    c.add("accounts", i, "plan", &e);
                }
            }
            if !seen.insert(a.slug.clone()) {
                c.say("accounts", i, "slug", Code::Duplicate, format!("account '{}' appears twice", a.slug));
            }
            known.account_plan.insert(a.slug.clone(), a.plan.clone());
        }
    }

    fn apply(items: &[Self], a: &Applying<'_>, out: &mut Out<'_>) -> Result<()> {
        let snap = a.snapshot(Parts::default())?;
        let mut new = Vec::new();
        let mut owners = Vec::new();
        for (i, spec) in items.iter().enumerate() {
            let action = (|| {
                let input = accounts::AccountInput {
                    slug: spec.slug.parse()?,
                    name: spec.name.clone(),
                    plan: spec.plan.parse()?,
                    owner: spec.owner.parse()?,
                    owner_name: spec.owner_name.clone(),
                    status: spec.status.parse()?,
                };
                let name = crate::domain::Name::parse("account", &input.name)?.into_string();
                let plan = snap.plans.get(spec.plan.as_str());
                Ok(match (snap.accounts.get(spec.slug.as_str()), plan) {
                    (None, Some(plan)) => {
                        rules::require_offered(spec.plan.as_str(), plan.is_active)?;
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
                    _ => accounts::create_account_in(a.tx, a.actor, &input, IfExists::Update)?.action,
                })
            })()
            .map_err(|e| a.at("accounts", i, e))?;
            out.push("account", spec.slug.clone(), action);
        }
        if new.is_empty() {
            return Ok(());
        }
        let ids = a.tx.insert_accounts(&new)?;
        let id_of =
            |slug: &Slug| ids.get(slug.as_str()).copied().ok_or_else(|| Error::internal("a new account has no id"));
        let mut rows = Vec::with_capacity(new.len());
        for ((slug, ..), (email, name)) in new.iter().zip(owners) {
            let (name, role) = accounts::new_owner(name.as_deref());
            rows.push((email, name, role, id_of(slug)?));
        }
        a.tx.insert_users(&rows)?;
        a.tx.set_owners_from_roles(&ids.values().copied().collect::<Vec<_>>())
    }

    fn export<W: std::io::Write>(tx: &Tx<'_>, scope: &Scope<'_>, out: &mut FixtureWriter<W>) -> Result<()> {
        scope.progress.begin("accounts", u64::try_from(tx.export_account_count(scope.which)?).unwrap_or(0));
        tx.each_export_account(scope.which, |a| {
            scope.progress.advance(1);
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
            Ok(Flow::Continue(()))
        })
    }
}
