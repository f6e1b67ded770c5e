//! Use cases: one function per thing a user does.
//!
//! Each runs in one database transaction, resolves the acting user, checks permissions and
//! limits through `rules`, changes rows through `store`, appends exactly one audit row for a
//! mutation, and returns a typed report. Nothing here prints; a dry run takes the same path and
//! rolls the transaction back.

pub mod access;
pub mod accounts;
pub mod audit;
pub mod check;
pub mod content;
pub mod copy;
pub mod doctor;
pub mod fleet;
pub mod follow;
pub mod industries;
pub mod keys;
pub mod plans;
pub mod public;
mod scope;
pub mod sectors;
pub mod seed;
pub mod sites;
pub mod users;
pub mod wordpress;

use crate::error::Code;
use serde::Serialize;

use crate::domain::{Actor, AuditAction, AuditTarget, Email, Outcome};
use crate::error::{Error, Result};
use crate::rules;
use crate::store::{NewAudit, Store, Tx};

/// Who runs a command, and how; built by the CLI and handed to every use case.
#[derive(Debug, Clone, Default)]
pub struct Ctx {
    /// `--as EMAIL`; `None` is the operator.
    pub actor: Option<Email>,
    /// The operating-system user, for the audit log.
    pub os_user: String,
    /// The command as typed (without values that could be secrets), for the audit log.
    pub command: String,
    pub dry_run: bool,
    /// A fixed clock for tests; `None` is now.
    pub now: Option<String>,
    /// Where the key that seals secrets comes from.
    pub secrets: crate::secrets::KeySource,
    /// Limits for talking to WordPress.
    pub http: crate::wordpress::HttpSettings,
}

impl Ctx {
    /// A context for the operator running `command`, for tests and embedding.
    pub fn operator(command: &str) -> Ctx {
        Ctx { os_user: "test".into(), command: command.into(), ..Ctx::default() }
    }

    pub(crate) fn now(&self) -> String {
        self.now.clone().unwrap_or_else(crate::store::now_rfc3339)
    }
}

/// The record a create command produced or found, and what it did.
#[derive(Debug, Clone, Serialize)]
pub struct Created<T> {
    pub action: Outcome,
    #[serde(flatten)]
    pub record: T,
}

/// The record a state verb acted on, and whether anything changed.
#[derive(Debug, Clone, Serialize)]
pub struct Changed<T> {
    pub changed: bool,
    #[serde(flatten)]
    pub record: T,
}

/// What a mutation reports for the audit log, next to its result.
pub(crate) struct Audited<T> {
    pub report: T,
    pub target: AuditTarget,
    pub action: AuditAction,
    pub outcome: String,
}

impl<T> Audited<T> {
    pub fn new(report: T, target: AuditTarget, action: AuditAction, outcome: impl Into<String>) -> Self {
        Audited { report, target, action, outcome: outcome.into() }
    }
}

/// An account and its plan in one read; both exist for any id the store handed out.
pub(crate) fn account_and_plan(tx: &Tx<'_>, account_id: i64) -> Result<(crate::domain::Account, crate::domain::Plan)> {
    tx.account_with_plan(account_id)?.ok_or_else(|| Error::internal("an account or its plan vanished"))
}

/// Finds the acting user named by `--as`; the operator when there is none.
pub(crate) fn resolve_actor(tx: &Tx<'_>, ctx: &Ctx) -> Result<Actor> {
    let Some(email) = &ctx.actor else { return Ok(Actor::Operator) };
    let find = || {
        tx.user(email)?.ok_or_else(|| {
            Error::new(Code::ActorNotFound, format!("acting user '{email}' not found"))
                .with_hint("check --as, SITECTL_AS or the profile's actor; `sitectl user list` shows users")
        })
    };
    let user = find()?;
    // A write by a tenant user first takes their own account's lock and reads them again: a
    // role taken away, a removal or a suspension committed meanwhile is what the write sees
    // (a read needs no lock: it is one snapshot).
    let user = if tx.is_writing() {
        tx.lock_accounts(&[user.account_id])?;
        find()?
    } else {
        user
    };
    let account = tx.account_by_id(user.account_id)?.ok_or_else(|| Error::internal("user without an account"))?;
    let actor = Actor::User { user, account_status: account.status };
    rules::require_active_account(&actor)?;
    Ok(actor)
}

/// Runs a read-only use case as the acting user.
pub(crate) fn read<T>(store: &mut Store, ctx: &Ctx, f: impl FnOnce(&Tx<'_>, &Actor) -> Result<T>) -> Result<T> {
    store.read(|tx| {
        let actor = resolve_actor(tx, ctx)?;
        f(tx, &actor)
    })
}

/// Runs a mutating use case in one write transaction (see `store`, "Concurrency": run again
/// after a lost race, so `f` does database work only) and appends its audit row.
pub(crate) fn mutate<T>(
    store: &mut Store,
    ctx: &Ctx,
    mut f: impl FnMut(&Tx<'_>, &Actor) -> Result<Audited<T>>,
) -> Result<T> {
    store.write(ctx.dry_run, ctx.now(), |tx| {
        let actor = resolve_actor(tx, ctx)?;
        let done = f(tx, &actor)?;
        tx.append_audit(&NewAudit {
            os_user: &ctx.os_user,
            actor: &actor.label(),
            command: &ctx.command,
            target: &done.target,
            action: done.action,
            outcome: &done.outcome,
        })?;
        Ok(done.report)
    })
}

/// The common shape of `--if-exists`: create when missing; otherwise fail, keep, or update.
/// `update` returns the new record and whether anything changed.
pub(crate) fn create_or<T>(
    existing: Option<T>,
    if_exists: crate::domain::IfExists,
    (exists, what): (Code, &str),
    key: &str,
    create: impl FnOnce() -> Result<T>,
    update: impl FnOnce(T) -> Result<(T, bool)>,
) -> Result<Created<T>> {
    use crate::domain::IfExists;
    let Some(current) = existing else {
        return Ok(Created { action: Outcome::Created, record: create()? });
    };
    match if_exists {
        IfExists::Error => Err(Error::new(exists, format!("{what} '{key}' already exists"))
            .with_hint("pass --if-exists skip to keep it, or --if-exists update to change it")),
        IfExists::Skip => Ok(Created { action: Outcome::Unchanged, record: current }),
        IfExists::Update => {
            let (record, changed) = update(current)?;
            Ok(Created { action: if changed { Outcome::Updated } else { Outcome::Unchanged }, record })
        }
    }
}
