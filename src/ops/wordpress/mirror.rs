//! Reading the local mirror of a site's WordPress.

pub use crate::domain::ContentQuery;
use crate::domain::{SiteRef, SyncEvent, WpContent, WpTerm};
use crate::error::Result;
use crate::ops::sites::resolve;
use crate::ops::{read, Ctx};
use crate::store::Store;

/// A visible site's mirrored content, streamed.
pub fn each_content(
    store: &mut Store,
    ctx: &Ctx,
    r: &SiteRef,
    q: &ContentQuery,
    each: impl FnMut(WpContent) -> Result<crate::store::Flow>,
) -> Result<()> {
    read(store, ctx, |tx, actor| tx.each_content(resolve(tx, actor, r)?.id, q, each))
}

pub fn list_terms(store: &mut Store, ctx: &Ctx, r: &SiteRef, taxonomy: Option<&str>) -> Result<Vec<WpTerm>> {
    read(store, ctx, |tx, actor| tx.terms(resolve(tx, actor, r)?.id, taxonomy))
}

pub fn list_events(store: &mut Store, ctx: &Ctx, r: &SiteRef, limit: Option<i64>) -> Result<Vec<SyncEvent>> {
    read(store, ctx, |tx, actor| tx.events(resolve(tx, actor, r)?.id, limit))
}
