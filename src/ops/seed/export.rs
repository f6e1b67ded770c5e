//! Exporting tenants as a fixture `seed apply` accepts, streamed: each section
//! (`Section::export`) is one query read row by row into the writer, so memory does not grow
//! with the number of tenants.

use super::file::writer::FixtureWriter;
use super::sections::{export_sections, Scope};
use crate::domain::Slug;
use crate::error::Result;
use crate::ops::{accounts, Ctx};
use crate::rules;
use crate::store::Store;

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
        export_sections(tx, &Scope { named: &named, which, every_plan: false, progress }, out)?;
        progress.end();
        Ok(())
    })
}
