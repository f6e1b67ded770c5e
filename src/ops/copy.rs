//! `db copy`: a whole sitectl database from one engine to another (SQLite -> PostgreSQL and
//! back), the migration path for a team that started on a file.
//!
//! The source is read in one snapshot and the target written in one transaction, so the copy is
//! all or nothing and consistent. Rows keep their ids; secrets move still sealed (the same key
//! opens them on both sides), with the key check value in `meta`. A target that already holds
//! tenant rows is refused unless `replace` is set.
//!
//! Everything that can refuse the copy is checked before the target is touched: the source is
//! open (so it exists and is sitectl's), the actor may copy, the target is not the source and is
//! no other application's database. Only then is a missing target created, so a refused copy
//! leaves no file, folder, database or schema behind.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{read, Ctx};
use crate::domain::{AuditAction, AuditTarget};
use crate::error::{Code, Error, Result};
use crate::rules;
use crate::store::{Creation, Location, NewAudit, OpenOptions, Store, COPIED_TABLES};

/// What `db copy` did.
#[derive(Debug, Clone, Serialize)]
pub struct CopyReport {
    pub from: String,
    pub to: String,
    /// Rows written per table.
    pub rows: BTreeMap<String, i64>,
    pub row_count: i64,
    /// Whether the target's previous rows were replaced.
    pub replaced: bool,
    pub dry_run: bool,
}

/// Copies `source` (open) into the database at `target`, created (as by `db init`) when there
/// is none. A dry run creates nothing: a missing target is stood in for by one in memory, and the
/// report still names the real target.
pub fn copy_database(
    source: &mut Store,
    ctx: &Ctx,
    target: &Location,
    options: OpenOptions,
    replace: bool,
) -> Result<CopyReport> {
    let actor = read(source, ctx, |_, actor| {
        rules::require_operator(actor, "copy the database")?;
        Ok(actor.label())
    })?;
    let from = source.location().map_or_else(|| ":memory:".to_string(), ToString::to_string);
    let to = target.to_string();
    // The same file under any name: a symbolic link, or a hard link (same device and inode).
    let same_file = match (source.path(), target) {
        (Some(a), Location::File(b)) => file_id(a).is_some_and(|a| Some(a) == file_id(b)),
        _ => false,
    };
    if same_file || source.location() == Some(target) {
        return Err(Error::new(
            Code::SameDatabase,
            format!("the source and the target are the same database ({from})"),
        )
        .with_hint("pass another database with --to"));
    }
    // Refuses another application's database (and a newer schema) without changing it.
    let exists = Store::schema_version_at(target, &options)?.is_some();
    // A new SQLite file is taken back when the copy then fails (rows no engine can store, a
    // full disk): a failed copy leaves nothing behind.
    if !(ctx.dry_run || exists) {
        *pending() = Store::create_at(target)?;
    }
    let copied = if ctx.dry_run && !exists {
        Store::open_in_memory()
    } else {
        Store::open(target, OpenOptions { create: true, ..options })
    }
    .and_then(|mut target| copy_rows(source, &mut target, ctx, replace, &actor, &from, &to));
    // The target store is closed here (it lived in the closure), so its files can go.
    let creation = pending().take();
    if copied.is_err() {
        if let Some(c) = creation {
            c.undo();
        }
    }
    let (rows, replaced) = copied?;
    let row_count = rows.values().sum();
    Ok(CopyReport { from, to, rows, row_count, replaced, dry_run: ctx.dry_run })
}

/// The SQLite target a copy of this process created and is still filling, if any.
fn pending() -> std::sync::MutexGuard<'static, Option<Creation>> {
    static PENDING: std::sync::Mutex<Option<Creation>> = std::sync::Mutex::new(None);
    PENDING.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Takes back the target a running copy created (for Ctrl-C and termination signals, just
/// before the process ends): an interrupted copy leaves no file behind, as a failed one does.
/// Returns whether there was one.
pub fn abandon_running_copy() -> bool {
    pending().take().map(Creation::undo).is_some()
}

/// The copy itself, in one transaction on `target`: rows per table, and whether rows were
/// replaced.
fn copy_rows(
    source: &mut Store,
    target: &mut Store,
    ctx: &Ctx,
    replace: bool,
    actor: &str,
    from: &str,
    to: &str,
) -> Result<(BTreeMap<String, i64>, bool)> {
    let mut rows = BTreeMap::new();
    let mut replaced = false;
    source.read(|src| {
        let mark = src.session_mark()?;
        target.write(ctx.dry_run, ctx.now(), |dst| {
            // The copy replaces the whole target: no other writer may be in it meanwhile.
            dst.lock_whole_database()?;
            // Two URLs spelled differently can lead to one database: then it is the source.
            if let Some(mark) = &mark {
                if dst.sees_session(mark)? {
                    return Err(Error::new(
                        Code::SameDatabase,
                        format!("the source and the target are the same database ({from} and {to})"),
                    )
                    .with_hint("pass another database with --to"));
                }
            }
            let existing = dst.tenant_row_count()?;
            if existing > 0 && !replace {
                return Err(Error::new(
                    Code::DatabaseNotEmpty,
                    format!("{to} already holds {existing} tenant row(s); nothing was copied"),
                )
                .with_hint("pass --replace to overwrite it, or copy to an empty database"));
            }
            replaced = existing > 0;
            dst.clear_all()?;
            for table in COPIED_TABLES {
                let columns = src.table_columns(table)?;
                let mut target_columns = dst.table_columns(table)?;
                let mut sorted = columns.clone();
                sorted.sort();
                target_columns.sort();
                if sorted != target_columns {
                    return Err(Error::internal(format!("{table} has other columns on the target")));
                }
                let mut n = 0;
                src.each_chunk(table, &columns, |chunk| {
                    n += chunk.len() as i64;
                    dst.insert_rows(table, &columns, chunk)
                })?;
                rows.insert((*table).to_string(), n);
            }
            dst.put_meta_rows(&src.meta_rows()?)?;
            dst.reset_sequences()?;
            let total: i64 = rows.values().sum();
            dst.append_audit(&NewAudit {
                os_user: &ctx.os_user,
                actor,
                command: &ctx.command,
                target: &AuditTarget::database(),
                action: AuditAction::Copy,
                outcome: &format!("copied {total} rows from {from}"),
            })
        })
    })?;
    Ok((rows, replaced))
}

/// What names one file whatever path leads to it.
#[cfg(unix)]
fn file_id(path: &std::path::Path) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(path).ok().map(|m| (m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn file_id(path: &std::path::Path) -> Option<std::path::PathBuf> {
    path.canonicalize().ok()
}
