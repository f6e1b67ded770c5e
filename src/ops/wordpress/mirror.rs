//! Reading the local mirror of a site's WordPress.

pub use crate::domain::ContentQuery;
use crate::domain::{Page, SiteRef, SyncEvent, WpContent, WpTerm};
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

/// A site's mirrored terms, streamed in WordPress id order.
pub fn each_term(
    store: &mut Store,
    ctx: &Ctx,
    r: &SiteRef,
    taxonomy: Option<&str>,
    page: Page,
    each: impl FnMut(WpTerm) -> Result<crate::store::Flow>,
) -> Result<()> {
    read(store, ctx, |tx, actor| tx.each_term(resolve(tx, actor, r)?.id, taxonomy, page, each))
}

/// A site's sync events, streamed oldest first: those above `after`, the newest `newest` of them.
pub fn each_event(
    store: &mut Store,
    ctx: &Ctx,
    r: &SiteRef,
    newest: Option<i64>,
    after: Option<i64>,
    each: impl FnMut(SyncEvent) -> Result<crate::store::Flow>,
) -> Result<()> {
    read(store, ctx, |tx, actor| tx.each_event(resolve(tx, actor, r)?.id, newest, after, each))
}
