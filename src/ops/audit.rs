//! Reading the audit log (operator only: it spans every tenant).

use super::{read, Ctx};
use crate::domain::AuditEntry;
use crate::error::Result;
use crate::rules;
use crate::store::{AuditFilter, Store};
pub use crate::store::{DbInfo, Migration, SCHEMA_VERSION};

/// Which audit rows `audit list` shows.
#[derive(Debug, Clone, Default)]
pub struct AuditQuery {
    /// RFC 3339 timestamp; rows at or after it.
    pub since: Option<String>,
    /// Substring of the target.
    pub target: Option<String>,
    /// The acting user's email (any case) or `operator`.
    pub actor: Option<String>,
    /// The newest N rows.
    pub limit: Option<i64>,
}

pub fn list_audit(store: &mut Store, ctx: &Ctx, q: &AuditQuery) -> Result<Vec<AuditEntry>> {
    read(store, ctx, |tx, actor| {
        rules::require_operator(actor, "read the audit log")?;
        let AuditQuery { since, target, actor, limit } = q.clone();
        tx.audit_entries(&AuditFilter { since, target, actor, limit })
    })
}

/// `db info`: path, schema, journal mode, sizes, counts (of every tenant: operator only).
pub fn db_info(store: &mut Store, ctx: &Ctx) -> Result<DbInfo> {
    read(store, ctx, |_, actor| rules::require_operator(actor, "inspect the database"))?;
    store.info()
}

/// What `db init`/`db migrate` would do to the database at `path`, read without changing
/// anything (their dry run): `None` when there is no database there yet.
pub fn migration_preview(path: &std::path::Path) -> Result<Option<Migration>> {
    Ok(Store::schema_version_at(path)?.map(|from| Migration { from, to: crate::store::SCHEMA_VERSION }))
}

/// `db migrate` / `db init`: what opening the database did to its schema (operator only).
pub fn db_migration(store: &mut Store, ctx: &Ctx) -> Result<Migration> {
    read(store, ctx, |_, actor| rules::require_operator(actor, "migrate the database"))?;
    Ok(store.migration())
}
