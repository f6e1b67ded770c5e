//! What a fixture touches, read in bulk: a few statements per 500 keys instead of several per
//! object. Validation checks the file against one snapshot; applying reads a fresh one before
//! each section, so it sees what the sections before it wrote.

use std::collections::{HashMap, HashSet};

use crate::domain::{Account, Email, Industry, IndustrySector, Plan, Sector, Site, User};
use crate::error::Result;
use crate::fixture::Fixture;
use crate::store::{StoredContent, Tx};

/// Which parts to read besides plans, the fixture's accounts and their users.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Parts {
    pub sites: bool,
    pub sectors: bool,
    pub grants: bool,
    pub taxonomy: bool,
    pub content: bool,
}

impl Parts {
    pub const ALL: Parts = Parts { sites: true, sectors: true, grants: true, taxonomy: true, content: true };
}

#[derive(Default)]
pub(super) struct Snapshot {
    /// Every plan, by slug.
    pub plans: HashMap<String, Plan>,
    /// The accounts the fixture names, by slug.
    pub accounts: HashMap<String, Account>,
    /// Users of those accounts and users with an email the fixture names, by email.
    pub users: HashMap<String, User>,
    /// Sites of those accounts, deleted ones included, by (account id, slug).
    pub sites: HashMap<(i64, String), Site>,
    /// Sector rows (active or not) of those sites, by site id, in id order.
    pub sectors: HashMap<i64, Vec<Sector>>,
    /// Grants on those sites, as (user id, site id).
    pub grants: HashSet<(i64, i64)>,
    /// Every industry with its sector templates, by industry slug.
    pub taxonomy: HashMap<String, (Industry, Vec<IndustrySector>)>,
    /// Content of those sites (deleted included), by (site id, slug).
    pub content: HashMap<(i64, String), StoredContent>,
}

/// The account part of an `ACCOUNT/SLUG` site key.
fn account_of(key: &str) -> Option<&str> {
    key.split_once('/').map(|(a, _)| a)
}

impl Snapshot {
    pub fn load(tx: &Tx<'_>, f: &Fixture, parts: Parts) -> Result<Snapshot> {
        let mut slugs: Vec<&str> = f.accounts.iter().map(|a| a.slug.as_str()).collect();
        slugs.extend(f.users.iter().map(|u| u.account.as_str()));
        slugs.extend(f.sites.iter().map(|s| s.account.as_str()));
        slugs.extend(f.grants.iter().filter_map(|g| account_of(&g.site)));
        slugs.extend(f.integrations.iter().filter_map(|g| account_of(&g.site)));
        slugs.extend(f.content.iter().filter_map(|c| account_of(&c.site)));
        // Only a well-formed slug can name a stored account; a malformed one (a NUL in it, say)
        // is validation's problem, not a lookup's.
        slugs.retain(|s| s.parse::<crate::domain::Slug>().is_ok());
        slugs.sort_unstable();
        slugs.dedup();
        let mut emails: Vec<String> = f
            .accounts
            .iter()
            .map(|a| &a.owner)
            .chain(f.users.iter().map(|u| &u.email))
            .chain(f.grants.iter().map(|g| &g.user))
            .filter_map(|e| e.parse::<Email>().ok())
            .map(|e| e.to_string())
            .collect();
        emails.sort_unstable();
        emails.dedup();

        // A write locks the existing accounts it names (in id order, all at once: two applies
        // over the same accounts never deadlock), then reads them as the last writer left them.
        // New accounts are the transaction's own until it commits.
        let named: Vec<i64> = tx.accounts_by_slugs(&slugs)?.iter().map(|a| a.id).collect();
        tx.lock_accounts(&named)?;
        let mut snap = Snapshot {
            plans: tx.plans()?.into_iter().map(|p| (p.slug.to_string(), p)).collect(),
            accounts: tx.accounts_by_slugs(&slugs)?.into_iter().map(|a| (a.slug.to_string(), a)).collect(),
            ..Snapshot::default()
        };
        let mut ids: Vec<i64> = snap.accounts.values().map(|a| a.id).collect();
        ids.sort_unstable();
        let emails: Vec<&str> = emails.iter().map(String::as_str).collect();
        for u in tx.users_of_accounts(&ids)?.into_iter().chain(tx.users_by_emails(&emails)?) {
            snap.users.insert(u.email.to_string(), u);
        }
        if parts.sites {
            for s in tx.sites_of_accounts(&ids)? {
                snap.sites.insert((s.account_id, s.slug.to_string()), s);
            }
        }
        if parts.sectors {
            for x in tx.sectors_of_accounts(&ids)? {
                snap.sectors.entry(x.site_id).or_default().push(x);
            }
            for rows in snap.sectors.values_mut() {
                rows.sort_by_key(|x| x.id);
            }
        }
        if parts.grants {
            snap.grants = tx.grants_of_accounts(&ids)?.into_iter().collect();
        }
        if parts.content {
            for c in tx.content_of_accounts(&ids)? {
                snap.content.insert((c.site_id, c.fields.slug.to_string()), c);
            }
        }
        if parts.taxonomy {
            for ind in tx.industries(true)? {
                let templates = tx.industry_sectors(ind.id)?;
                snap.taxonomy.insert(ind.slug.to_string(), (ind, templates));
            }
        }
        Ok(snap)
    }

    /// The active sector with this slug of a site (by id), if any.
    pub fn active_sector(&self, site_id: i64, slug: &str) -> Option<&Sector> {
        self.sectors.get(&site_id)?.iter().find(|x| x.is_active && x.slug.as_str() == slug)
    }

    /// The site `ACCOUNT/SLUG` names, if both exist.
    pub fn site(&self, key: &str) -> Option<&Site> {
        let (account, slug) = key.split_once('/')?;
        let account = self.accounts.get(account)?;
        self.sites.get(&(account.id, slug.to_string()))
    }
}
