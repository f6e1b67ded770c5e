//! What a fixture touches, read in bulk: a few statements per 500 keys instead of several per
//! object. Validation checks the file against one snapshot; applying reads a fresh one before
//! each section that needs one, so it sees what the sections before it wrote. Each section
//! reads its own part (`Section::read`); this is the part every read shares: which accounts the
//! file names, locked before anything is read.

use super::sections::{Fixture, Keys, Parts, Snapshot};
use crate::domain::{Email, Slug};
use crate::error::Result;
use crate::store::Tx;

impl Snapshot {
    pub fn load(tx: &Tx<'_>, f: &Fixture, parts: Parts) -> Result<Snapshot> {
        let names = f.names();
        // Only a well-formed slug can name a stored account; a malformed one (a NUL in it, say)
        // is validation's problem, not a lookup's.
        let mut slugs: Vec<&str> = names.accounts.into_iter().filter(|s| s.parse::<Slug>().is_ok()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        let mut emails: Vec<String> =
            names.emails.into_iter().filter_map(|e| e.parse::<Email>().ok()).map(|e| e.to_string()).collect();
        emails.sort_unstable();
        emails.dedup();

        // A write locks the existing accounts it names (in id order, all at once: two applies
        // over the same accounts never deadlock), then reads them as the last writer left them.
        // New accounts are the transaction's own until it commits.
        let named: Vec<i64> = tx.accounts_by_slugs(&slugs)?.iter().map(|a| a.id).collect();
        tx.lock_accounts(&named)?;
        let slugs = slugs.into_iter().map(str::to_string).collect();
        Snapshot::read_sections(tx, &mut Keys { slugs, emails, account_ids: Vec::new() }, parts)
    }
}
