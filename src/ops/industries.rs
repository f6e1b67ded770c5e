//! The industry/sector taxonomy: reading it, and importing a new version (operator only).

use crate::error::Code;
use serde::Serialize;

use super::{mutate, read, Audited, Ctx};
use crate::domain::{AuditAction, AuditTarget};
use crate::domain::{Industry, IndustrySector, Slug, Taxonomy};
use crate::error::{Error, Result};
use crate::rules;
use crate::store::{Store, TaxonomyCounts, Tx};

/// An industry with its sector templates.
#[derive(Debug, Clone, Serialize)]
pub struct IndustryDetail {
    #[serde(flatten)]
    pub industry: Industry,
    #[serde(rename = "sectors")]
    pub sector_list: Vec<IndustrySector>,
}

pub(crate) fn get(tx: &Tx<'_>, slug: &Slug) -> Result<Industry> {
    tx.industry(slug)?.ok_or_else(|| {
        Error::not_found(Code::IndustryNotFound, "industry", slug)
            .with_hint("`sitectl industry list` shows the industries")
    })
}

/// The industries, streamed in id order.
pub fn each_industry(
    store: &mut Store,
    ctx: &Ctx,
    include_inactive: bool,
    page: crate::domain::Page,
    each: impl FnMut(Industry) -> Result<crate::store::Flow>,
) -> Result<()> {
    read(store, ctx, |tx, _| tx.each_industry(include_inactive, page, each))
}

pub fn show_industry(store: &mut Store, ctx: &Ctx, slug: &Slug) -> Result<IndustryDetail> {
    read(store, ctx, |tx, _| {
        let industry = get(tx, slug)?;
        let sector_list = tx.industry_sectors(industry.id)?;
        Ok(IndustryDetail { industry, sector_list })
    })
}

/// Upserts industries and sectors from a taxonomy file's text; `source` names it in errors.
pub fn import_industries(store: &mut Store, ctx: &Ctx, text: &str, source: &str) -> Result<TaxonomyCounts> {
    let taxonomy = Taxonomy::parse(text, source)?;
    mutate(store, ctx, |tx, actor| {
        rules::require_operator(actor, "import industries")?;
        // Every site's sector selection reads the taxonomy.
        tx.lock_whole_database()?;
        let counts = tx.upsert_taxonomy(&taxonomy)?;
        let outcome = format!(
            "industries +{} ~{}; sectors +{} ~{}",
            counts.industries_created.len(),
            counts.industries_updated.len(),
            counts.sectors_created.len(),
            counts.sectors_updated.len()
        );
        Ok(Audited::new(counts, AuditTarget::industries(source), AuditAction::IndustryImport, outcome))
    })
}
