//! Applying a validated file in one transaction: each section in order (`Section::apply`),
//! read in bulk, new objects written in batches, changes through the use cases.
//!
//! Each section decides every object against a snapshot read in bulk: a new object is
//! collected and written with the others in multi-row INSERTs, an object the snapshot shows
//! already as the file wants it is left alone, and anything else (a change, or what the snapshot
//! cannot decide) goes through the command's use case, which has the last word. The rows and the
//! "unchanged" tests come from the use cases' own functions, so each rule keeps one home.
//! Validation has already checked the whole file, limits included, in this transaction.

use super::sections::{apply_sections, Applying, Out, Parts, Snapshot, Source};
use super::validate::{problems_error, validate};
use super::{ApplyReport, EnvLookup, SeedItem, Totals};
use crate::domain::{Actor, Outcome};
use crate::error::Result;
use crate::ops::{Audited, Ctx};
use crate::rules;
use crate::store::{Store, Tx};
use crate::wordpress::Progress;

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
        let items = apply_in(tx, ctx, actor, src, env, progress)?;
        let totals = Totals::of(&items);
        let outcome = format!("{} created, {} updated, {} unchanged", totals.created, totals.updated, totals.unchanged);
        let report = ApplyReport { file: src.name.clone(), dry_run: ctx.dry_run, items, totals };
        Ok(Audited::new(
            report,
            crate::domain::AuditTarget::seed(&src.name),
            crate::domain::AuditAction::SeedApply,
            outcome,
        ))
    })
}

/// The whole of `seed apply` inside a write transaction: who may, every problem of the file,
/// then every section applied. `seed diff` runs exactly this (and rolls it back), so what it
/// reports is what `apply` does.
pub(super) fn apply_in(
    tx: &Tx<'_>,
    ctx: &Ctx,
    actor: &Actor,
    src: &Source,
    env: EnvLookup<'_>,
    progress: &dyn Progress,
) -> Result<Vec<SeedItem>> {
    rules::require_operator(actor, "apply seed files")?;
    let problems = validate(&Snapshot::load(tx, &src.fixture, Parts::ALL)?, src, env);
    if !problems.is_empty() {
        return Err(problems_error(src, problems));
    }
    progress.begin("objects", src.fixture.objects() as u64);
    let mut out = Out::new(progress);
    apply_sections(&Applying { tx, ctx, actor, src, env }, &mut out)?;
    progress.end();
    Ok(out.items)
}

impl Totals {
    /// Counts of `items` by action.
    pub fn of(items: &[SeedItem]) -> Totals {
        let mut totals = Totals::default();
        for i in items {
            match i.action {
                Outcome::Created => totals.created += 1,
                Outcome::Updated => totals.updated += 1,
                Outcome::Unchanged => totals.unchanged += 1,
            }
        }
        totals
    }
}
