//! The `users` section: people by email, each in one account with a role.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::{Applying, Keys, Known, Names, Out, Parts, Scope, Section, Snapshot};
use crate::domain::{Email, IfExists, Outcome, Role, User};
use crate::error::{Code, Result};
use crate::ops::seed::check::Check;
use crate::ops::seed::file::writer::FixtureWriter;
use crate::ops::users;
use crate::rules;
use crate::store::{Flow, Tx};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserSpec {
    pub email: String,
    pub account: String,
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

impl Section for UserSpec {
    const NAME: &'static str = "users";
    const TABLES: &'static [&'static str] = &["users"];
    /// Users of the named accounts and users with an email the fixture names, by email.
    type Stored = HashMap<String, User>;

    fn names<'a>(&'a self, names: &mut Names<'a>) {
        names.accounts.push(&self.account);
        names.emails.push(&self.email);
    }

    fn read(tx: &Tx<'_>, keys: &mut Keys, _parts: Parts, stored: &mut Self::Stored) -> Result<()> {
        let emails: Vec<&str> = keys.emails.iter().map(String::as_str).collect();
        for u in tx.users_of_accounts(&keys.account_ids)?.into_iter().chain(tx.users_by_emails(&emails)?) {
            stored.insert(u.email.to_string(), u);
        }
        Ok(())
    }

    /// Each user, and each account's user count against its plan.
    fn check(items: &[Self], c: &mut Check<'_>, snap: &Snapshot, known: &mut Known) {
        let src = c.src;
        let f = &src.fixture;
        let mut users_by_account: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for u in snap.users.values() {
            known.user_account.insert(u.email.to_string(), u.account.to_string());
            users_by_account.entry(u.account.to_string()).or_default().insert(u.email.to_string());
        }
        for (email, account) in &known.owners {
            known.user_account.entry(email.clone()).or_insert_with(|| account.clone());
            users_by_account.entry(account.clone()).or_default().insert(email.clone());
        }
        let mut seen = BTreeSet::new();
        for (i, u) in items.iter().enumerate() {
            let email = c.parse::<Email>("users", i, "email", &u.email);
            let role = c.parse::<Role>("users", i, "role", &u.role);
            if let Some(name) = u.name.as_deref().filter(|n| !n.is_empty()) {
                if let Err(e) = crate::domain::Name::parse("user", name) {
                    c.add("users", i, "name", &e);
                }
            }
            if !known.account_plan.contains_key(&u.account) {
                c.say("users", i, "account", Code::AccountNotFound, format!("account '{}' not found", u.account));
                continue;
            }
            let Some(email) = email else { continue };
            // The owner (named by the file, or already in the database) keeps an owner's role.
            let owns = known.owners.get(email.as_str()) == Some(&u.account)
                || match snap.accounts.get(&u.account) {
                    Some(acc) => acc.owner.as_ref() == Some(&email) && !f.accounts.iter().any(|a| a.slug == u.account),
                    None => false,
                };
            if let Some(role) = role {
                if let Err(e) = rules::owner_keeps_role(owns, role, email.as_str(), &u.account) {
                    c.add("users", i, "role", &e);
                }
            }
            if let Some(other) = known.user_account.get(email.as_str()).filter(|a| **a != u.account) {
                c.say(
                    "users",
                    i,
                    "account",
                    Code::UserInOtherAccount,
                    format!("user '{email}' belongs to account '{other}'"),
                );
            }
            if !seen.insert(email.to_string()) {
                c.say("users", i, "email", Code::Duplicate, format!("user '{email}' appears twice"));
            }
            known.user_account.insert(email.to_string(), u.account.clone());
            let members = users_by_account.entry(u.account.clone()).or_default();
            members.insert(email.to_string());
            if let Some(l) = known.limits_of(&u.account) {
                let used = members.len() as i64 - 1;
                let plan = &known.account_plan[&u.account];
                if let Err(e) = rules::Quota::Users.check(&u.account, plan, used, 1, l.max_users) {
                    c.add("users", i, "email", &e);
                }
            }
        }
    }

    fn apply(items: &[Self], a: &Applying<'_>, out: &mut Out<'_>) -> Result<()> {
        let snap = a.snapshot(Parts::default())?;
        let mut new = Vec::new();
        for (i, u) in items.iter().enumerate() {
            let (key, action) = (|| {
                let input = users::UserInput {
                    email: u.email.parse()?,
                    account: u.account.parse()?,
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
                    // A user of this account: the use case's own update (validation has checked
                    // that an owner keeps an owner's role), without its reads.
                    (Some(account), Some(current)) if current.account_id == account.id => {
                        match users::update_of(current, given, input.role) {
                            None => Outcome::Unchanged,
                            Some(name) => {
                                a.tx.update_user(current.id, &name, input.role)?;
                                Outcome::Updated
                            }
                        }
                    }
                    _ => users::add_user_in(a.tx, a.actor, &input, IfExists::Update)?.action,
                };
                Ok((key, action))
            })()
            .map_err(|e| a.at("users", i, e))?;
            out.push("user", key, action);
        }
        a.tx.insert_users(&new).map(drop)
    }

    fn export<W: std::io::Write>(tx: &Tx<'_>, scope: &Scope<'_>, out: &mut FixtureWriter<W>) -> Result<()> {
        tx.each_export_user(scope.which, |email, account, role, name| {
            let name = Some(name).filter(|n| !n.is_empty());
            out.item("users", &UserSpec { email, account, role, name })?;
            Ok(Flow::Continue(()))
        })
    }
}
