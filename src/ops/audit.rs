//! Reading the audit log (operator only: it spans every tenant).

use super::{read, Ctx};
use crate::domain::AuditEntry;
use crate::error::Result;
use crate::rules;
use crate::store::{AuditFilter, DbInfo, Migration, Store};

pub fn list_audit(store: &mut Store, ctx: &Ctx, filter: &AuditFilter) -> Result<Vec<AuditEntry>> {
    read(store, ctx, |tx, actor| {
        rules::require_operator(actor, "read the audit log")?;
        tx.audit_entries(filter)
    })
}

/// `db info`: path, schema, journal mode, sizes, counts (of every tenant: operator only).
pub fn db_info(store: &mut Store, ctx: &Ctx) -> Result<DbInfo> {
    read(store, ctx, |_, actor| rules::require_operator(actor, "inspect the database"))?;
    store.info()
}

/// `db migrate` / `db init`: what opening the database did to its schema (operator only).
pub fn db_migration(store: &mut Store, ctx: &Ctx) -> Result<Migration> {
    read(store, ctx, |_, actor| rules::require_operator(actor, "migrate the database"))?;
    Ok(store.migration())
}
