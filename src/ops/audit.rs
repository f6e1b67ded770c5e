//! Reading the audit log (operator only: it spans every tenant).

use super::{read, Ctx};
use crate::domain::AuditEntry;
pub use crate::domain::AuditQuery;
use crate::error::Result;
use crate::rules;
pub use crate::store::{DbInfo, Migration, SCHEMA_VERSION};
use crate::store::{Location, OpenOptions, Store};

pub fn list_audit(store: &mut Store, ctx: &Ctx, q: &AuditQuery) -> Result<Vec<AuditEntry>> {
    crate::store::sql::collect(|each| each_audit(store, ctx, q, each))
}

/// The matching audit rows, oldest first, streamed (operator only: the log spans every tenant).
pub fn each_audit(
    store: &mut Store,
    ctx: &Ctx,
    q: &AuditQuery,
    each: impl FnMut(AuditEntry) -> Result<crate::store::Flow>,
) -> Result<()> {
    read(store, ctx, |tx, actor| {
        rules::require_operator(actor, "read the audit log")?;
        tx.each_audit(q, each)
    })
}

/// `db info`: path, schema, journal mode, sizes, counts (of every tenant: operator only).
pub fn db_info(store: &mut Store, ctx: &Ctx) -> Result<DbInfo> {
    read(store, ctx, |_, actor| rules::require_operator(actor, "inspect the database"))?;
    store.info()
}

/// What `db init`/`db migrate` would do to the database at `location`, read without changing
/// anything (their dry run): `None` when there is no database there yet.
pub fn migration_preview(location: &Location, options: &OpenOptions) -> Result<Option<Migration>> {
    Ok(Store::schema_version_at(location, options)?.map(|from| Migration { from, to: crate::store::SCHEMA_VERSION }))
}

/// `db migrate` / `db init`: what opening the database did to its schema (operator only).
pub fn db_migration(store: &mut Store, ctx: &Ctx) -> Result<Migration> {
    read(store, ctx, |_, actor| rules::require_operator(actor, "migrate the database"))?;
    Ok(store.migration())
}
