//! Batches over many sites (`--all` and the fleet selectors): which sites, and running a use
//! case over them a few at a time with each site's line handed on as soon as it is done.

use serde::Serialize;
use serde_json::Value;

use super::ErrorInfo;
use crate::domain::SiteRef;
use crate::error::Result;
use crate::ops::fleet::{self, Selectors};
use crate::ops::{read, Ctx};
use crate::pool::Step;
use crate::rules::{self, SiteAction};
use crate::store::{Flow, Store};

/// One site's line in a batch.
#[derive(Debug, Clone, Serialize)]
pub struct BatchItem {
    pub site_id: i64,
    pub site: String,
    pub ok: bool,
    pub error: Option<ErrorInfo>,
    pub result: Option<Value>,
}

/// The sites a batch runs over: the live sites the actor may change that `selectors` select
/// (see [`crate::ops::fleet`]) and that have an active integration. Sites listed by name run
/// whether connected or not, so each one named says what became of it.
pub fn batch_sites(store: &mut Store, ctx: &Ctx, selectors: &Selectors) -> Result<Vec<SiteRef>> {
    read(store, ctx, |tx, actor| {
        // Selectors first: one naming something unknown is an error for every role.
        let mut selection = fleet::resolve(tx, actor, selectors)?;
        // The role decides once whether the actor may sync these sites at all.
        if rules::require_site_permission(actor, SiteAction::Change, "").is_err() {
            return Ok(Vec::new());
        }
        selection.filter.connected = selection.listed.is_none();
        let mut sites = Vec::new();
        selection.each_site(tx, |s| {
            sites.push(SiteRef::Id(s.id));
            Ok(Flow::Continue(()))
        })?;
        Ok(sites)
    })
}

/// Runs `job` over `sites` with at most `concurrency` at once, each worker on its own database
/// connection from `open`, handing each site's line to `emit` as soon as it and the sites before
/// it are done (site order). `emit` returning false (stdout closed) stops the batch.
pub fn run_batch<F>(
    sites: &[SiteRef],
    concurrency: usize,
    open: &(dyn Fn() -> Result<Store> + Sync),
    job: F,
    mut emit: impl FnMut(BatchItem) -> bool,
) where
    F: Fn(&mut Store, &SiteRef) -> Result<(i64, String, Value)> + Sync,
{
    let workers = concurrency.clamp(1, 32).min(sites.len().max(1));
    let job = |store: &mut Result<Store>, n: u64| {
        let Some(r) = sites.get(n as usize) else { return Step::Done };
        let site_id = if let SiteRef::Id(id) = r { *id } else { 0 };
        Step::Item(match store.as_mut().map_err(|e| e.clone()).and_then(|s| job(s, r)) {
            Ok((site_id, site, result)) => BatchItem { site_id, site, ok: true, error: None, result: Some(result) },
            Err(e) => {
                BatchItem { site_id, site: r.to_string(), ok: false, error: Some(ErrorInfo::from(&e)), result: None }
            }
        })
    };
    crate::pool::run_each(workers, 0, open, job, |_, item| emit(item));
}
