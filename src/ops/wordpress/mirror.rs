//! Reading the local mirror of a site's WordPress.

use crate::domain::{SiteRef, SyncEvent, WpContent, WpTerm};
use crate::error::Result;
use crate::ops::sites::resolve;
use crate::ops::{read, Ctx};
use crate::store::{ContentFilter, Store};

/// Which mirrored items `wp content list` shows.
#[derive(Debug, Clone, Default)]
pub struct ContentQuery {
    pub post_type: Option<String>,
    pub status: Option<String>,
    /// Substring of the title or slug.
    pub search: Option<String>,
    pub limit: Option<i64>,
}

pub fn list_content(store: &mut Store, ctx: &Ctx, r: &SiteRef, q: &ContentQuery) -> Result<Vec<WpContent>> {
    let ContentQuery { post_type, status, search, limit } = q.clone();
    let filter = ContentFilter { post_type, status, search, limit };
    read(store, ctx, |tx, actor| tx.content(resolve(tx, actor, r)?.id, &filter))
}

pub fn list_terms(store: &mut Store, ctx: &Ctx, r: &SiteRef, taxonomy: Option<&str>) -> Result<Vec<WpTerm>> {
    read(store, ctx, |tx, actor| tx.terms(resolve(tx, actor, r)?.id, taxonomy))
}

pub fn list_events(store: &mut Store, ctx: &Ctx, r: &SiteRef, limit: Option<i64>) -> Result<Vec<SyncEvent>> {
    read(store, ctx, |tx, actor| tx.events(resolve(tx, actor, r)?.id, limit))
}
