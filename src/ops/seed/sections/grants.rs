//! The `grants` section: a user's access to one site of their account (`site_access` rows).

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::{account_of, Applying, Keys, Known, Names, Out, Parts, Scope, Section, Snapshot};
use crate::domain::{Email, Outcome};
use crate::error::{Code, Result};
use crate::ops::seed::check::Check;
use crate::ops::seed::file::writer::FixtureWriter;
use crate::store::{Flow, Tx};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantSpec {
    /// `ACCOUNT/SLUG`.
    pub site: String,
    pub user: String,
}

impl Section for GrantSpec {
    const NAME: &'static str = "grants";
    const TABLES: &'static [&'static str] = &["site_access"];
    /// Grants on the sites of the named accounts, as (user id, site id).
    type Stored = HashSet<(i64, i64)>;

    fn names<'a>(&'a self, names: &mut Names<'a>) {
        names.accounts.extend(account_of(&self.site));
        names.emails.push(&self.user);
    }

    fn read(tx: &Tx<'_>, keys: &mut Keys, parts: Parts, stored: &mut Self::Stored) -> Result<()> {
        if parts.grants {
            *stored = tx.grants_of_accounts(&keys.account_ids)?.into_iter().collect();
        }
        Ok(())
    }

    fn check(items: &[Self], c: &mut Check<'_>, _snap: &Snapshot, known: &mut Known) {
        for (i, g) in items.iter().enumerate() {
            let site_account = known.site_keys.get(&g.site).cloned();
            if site_account.is_none() {
                let message = format!("site '{}' not found (use ACCOUNT/SLUG)", g.site);
                c.say("grants", i, "site", Code::SiteNotFound, message);
            }
            let Some(email) = c.parse::<Email>("grants", i, "user", &g.user) else { continue };
            match (known.user_account.get(email.as_str()), site_account) {
                (None, _) => c.say("grants", i, "user", Code::UserNotFound, format!("user '{email}' not found")),
                (Some(ua), Some(sa)) if *ua != sa => c.say(
                    "grants",
                    i,
                    "user",
                    Code::UserNotInAccount,
                    format!("user '{email}' belongs to account '{ua}', not to '{sa}'"),
                ),
                _ => {}
            }
        }
    }

    fn apply(items: &[Self], a: &Applying<'_>, out: &mut Out<'_>) -> Result<()> {
        let snap = a.snapshot(Parts { sites: true, grants: true, ..Parts::default() })?;
        let mut new = Vec::new();
        let mut seen = HashSet::new();
        for (i, g) in items.iter().enumerate() {
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
                    _ => {
                        match crate::ops::access::set_access_in(a.tx, a.actor, &g.site.parse()?, &email, true)?.changed
                        {
                            true => Outcome::Created,
                            false => Outcome::Unchanged,
                        }
                    }
                })
            })()
            .map_err(|e| a.at("grants", i, e))?;
            out.push("grant", format!("{} {}", g.site, g.user), action);
        }
        a.tx.insert_grants(&new, &a.actor.label())
    }

    fn export<W: std::io::Write>(tx: &Tx<'_>, scope: &Scope<'_>, out: &mut FixtureWriter<W>) -> Result<()> {
        tx.each_export_grant(scope.which, |site, user| {
            out.item("grants", &GrantSpec { site, user })?;
            Ok(Flow::Continue(()))
        })
    }
}
