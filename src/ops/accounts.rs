//! Accounts (tenants): creation with their owner, plan changes, status, usage against limits.

use crate::error::Code;
use serde::Serialize;

use super::plans::require_plan;
use super::{create_or, mutate, read, Audited, Changed, Created, Ctx};
use crate::domain::{
    Account, AccountStatus, Actor, AuditAction, AuditTarget, Email, IfExists, Name, Page, Plan, Role, Slug, User,
};
use crate::error::{Error, Result};
use crate::rules;
use crate::store::{Flow, Store, Tx};

/// What `account create` takes.
#[derive(Debug, Clone)]
pub struct AccountInput {
    pub slug: Slug,
    pub name: String,
    pub plan: Slug,
    pub owner: Email,
    pub owner_name: Option<String>,
    pub status: AccountStatus,
}

/// Used and allowed, for one plan limit.
#[derive(Debug, Clone, Serialize)]
pub struct Usage {
    pub used: i64,
    pub limit: i64,
    pub over: bool,
}

impl Usage {
    pub(crate) fn new(used: i64, limit: i64) -> Usage {
        Usage { used, limit, over: used > limit }
    }
}

/// Active sectors of one site against the plan's per-site limit.
#[derive(Debug, Clone, Serialize)]
pub struct SiteSectorUsage {
    pub site_id: i64,
    pub site: String,
    #[serde(rename = "sector_count")]
    pub sectors: i64,
    pub limit: i64,
    pub over: bool,
}

impl SiteSectorUsage {
    pub(crate) fn new(site_id: i64, site: String, sectors: i64, limit: i64) -> SiteSectorUsage {
        SiteSectorUsage { site_id, site, sectors, limit, over: Usage::new(sectors, limit).over }
    }
}

/// An account with its plan and its usage of the plan's limits.
#[derive(Debug, Clone, Serialize)]
pub struct AccountDetail {
    #[serde(flatten)]
    pub account: Account,
    pub plan_name: String,
    /// Absent for editors and viewers: they see only their granted sites, so a count of all the
    /// account's sites is not theirs to read.
    #[serde(rename = "site_usage", skip_serializing_if = "Option::is_none")]
    pub sites: Option<Usage>,
    #[serde(rename = "user_usage")]
    pub users: Usage,
    pub max_sectors_per_site: i64,
    /// Each visible site's active sectors against the plan.
    #[serde(rename = "site_sectors")]
    pub sector_usage: Vec<SiteSectorUsage>,
    /// One line per limit the account is over (after a plan downgrade).
    pub over_limits: Vec<String>,
}

pub(crate) fn get(tx: &Tx<'_>, slug: &Slug) -> Result<Account> {
    tx.account(slug)?.ok_or_else(|| rules::account_not_found(slug))
}

/// The account `slug` names, for a change: its lock is taken first (see `store::locks`), and
/// the account is read after the lock, as the last writer left it.
pub(crate) fn get_for_change(tx: &Tx<'_>, slug: &Slug) -> Result<Account> {
    let account = get(tx, slug)?;
    lock(tx, account.id)?;
    get(tx, slug)
}

/// Takes the lock of one account's data for the rest of the transaction: writes to the account
/// wait for each other, other accounts' writes do not.
pub(crate) fn lock(tx: &Tx<'_>, account_id: i64) -> Result<()> {
    tx.lock_accounts(&[account_id])
}

/// The account as the actor may see it: another tenant's account is "not found".
pub(crate) fn get_visible(tx: &Tx<'_>, actor: &Actor, slug: &Slug) -> Result<Account> {
    let account = get(tx, slug)?;
    rules::require_account_visible(actor, account.id, slug.as_str())?;
    Ok(account)
}

/// The account's usage as `viewer` may see it: editors and viewers get only the sites granted
/// to them (no site count, sector usage of their sites only).
pub(crate) fn detail(tx: &Tx<'_>, viewer: &Actor, account: Account) -> Result<AccountDetail> {
    let plan = tx.plan_by_id(account.plan_id)?.ok_or_else(|| Error::internal("account without a plan"))?;
    detail_with_plan(tx, viewer, account, plan)
}

/// [`detail`] when the plan is already at hand.
pub(crate) fn detail_with_plan(tx: &Tx<'_>, viewer: &Actor, account: Account, plan: Plan) -> Result<AccountDetail> {
    let visibility = rules::visibility(viewer);
    let granted_only = matches!(visibility, crate::domain::Visibility::Grants(_));
    let sites = if granted_only { None } else { Some(Usage::new(tx.account_site_count(account.id)?, plan.max_sites)) };
    let users = Usage::new(tx.account_user_count(account.id)?, plan.max_users);
    let mut sector_usage = Vec::new();
    for (site_id, site, sectors) in tx.account_sector_usage(account.id)? {
        if let crate::domain::Visibility::Grants(user_id) = visibility {
            if !tx.has_grant(user_id, site_id)? {
                continue;
            }
        }
        sector_usage.push(SiteSectorUsage::new(site_id, site, sectors, plan.max_sectors_per_site));
    }
    let over_limits = over_limits(plan.slug.as_str(), sites.as_ref(), &users, &sector_usage);
    Ok(AccountDetail {
        account,
        plan_name: plan.name,
        sites,
        users,
        max_sectors_per_site: plan.max_sectors_per_site,
        sector_usage,
        over_limits,
    })
}

/// One line per limit the usage is over (what `account show` and `db doctor` say).
pub(crate) fn over_limits(
    plan: &str,
    sites: Option<&Usage>,
    users: &Usage,
    sector_usage: &[SiteSectorUsage],
) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(sites) = sites.filter(|s| s.over) {
        lines.push(format!("{} sites, plan '{plan}' allows {}", sites.used, sites.limit));
    }
    if users.over {
        lines.push(format!("{} users, plan '{plan}' allows {}", users.used, users.limit));
    }
    for s in sector_usage.iter().filter(|s| s.over) {
        lines.push(format!("site '{}' has {} sectors, plan '{plan}' allows {}", s.site, s.sectors, s.limit));
    }
    lines
}

/// Fails unless the account's plan allows one more of `quota` (a site, a user).
pub(crate) fn require_room(tx: &Tx<'_>, account: &Account, plan: &Plan, quota: rules::Quota) -> Result<()> {
    let (used, limit) = match quota {
        rules::Quota::Sites => (tx.account_site_count(account.id)?, plan.max_sites),
        rules::Quota::Users => (tx.account_user_count(account.id)?, plan.max_users),
    };
    quota.check(account.slug.as_str(), plan.slug.as_str(), used, 1, limit)
}

fn require_offered(plan: &Plan) -> Result<()> {
    rules::require_offered(plan.slug.as_str(), plan.is_active)
}

/// The user `account create` adds for an owner who is not a user yet: (name, role).
pub(crate) fn new_owner(name: Option<&str>) -> (String, Role) {
    (name.unwrap_or("").to_string(), Role::Owner)
}

/// Whether `account create --if-exists update` leaves `current` as it is: same name, status and
/// plan, and `owner` (the user with the owner email, if any) already its owner in an owner's role.
pub(crate) fn settled(
    current: &Account,
    name: &str,
    status: AccountStatus,
    plan_id: i64,
    owner: Option<&User>,
) -> bool {
    !fields_differ(current, name, status, plan_id)
        && owner.is_some_and(|u| u.account_id == current.id && rules::may_own(u.role) && current.owner_id == Some(u.id))
}

fn fields_differ(current: &Account, name: &str, status: AccountStatus, plan_id: i64) -> bool {
    current.name != name || current.status != status || current.plan_id != plan_id
}

/// Makes `email` the owner of the account, creating the user (counted against max_users) when
/// missing. A user of another account cannot own this one.
fn ensure_owner(tx: &Tx<'_>, account: &Account, plan: &Plan, email: &Email, name: Option<&str>) -> Result<bool> {
    let owner_id = match tx.user(email)? {
        Some(u) if u.account_id != account.id => {
            return Err(Error::new(
                Code::UserInOtherAccount,
                format!("user '{email}' belongs to account '{}' and cannot own '{}'", u.account, account.slug),
            )
            .with_hint("choose another owner email"))
        }
        Some(u) => {
            if !rules::may_own(u.role) {
                tx.update_user(u.id, &u.name, Role::Owner)?;
            }
            u.id
        }
        None => {
            require_room(tx, account, plan, rules::Quota::Users)?;
            let (name, role) = new_owner(name);
            tx.insert_user(email, &name, role, account.id)?
        }
    };
    if account.owner_id == Some(owner_id) {
        return Ok(false);
    }
    tx.set_account_owner(account.id, owner_id)?;
    Ok(true)
}

pub fn create_account(
    store: &mut Store,
    ctx: &Ctx,
    input: AccountInput,
    if_exists: IfExists,
) -> Result<Created<AccountDetail>> {
    mutate(store, ctx, |tx, actor| {
        let created = create_account_in(tx, actor, &input, if_exists)?;
        let report = Created { action: created.action, record: detail(tx, actor, created.record)? };
        let outcome = report.action.as_str();
        Ok(Audited::new(report, AuditTarget::account(&input.slug), AuditAction::AccountCreate, outcome))
    })
}

/// `account create` inside a caller's transaction (also used by `seed apply`).
pub(crate) fn create_account_in(
    tx: &Tx<'_>,
    actor: &Actor,
    input: &AccountInput,
    if_exists: IfExists,
) -> Result<Created<Account>> {
    rules::require_operator(actor, "create accounts")?;
    let name = Name::parse("account", &input.name)?.into_string();
    let plan = require_plan(tx, &input.plan)?;
    // A new account is this transaction's alone until it commits (the unique slug decides a
    // race for it); an existing one is changed under its lock.
    let existing = match tx.account(&input.slug)? {
        Some(_) if if_exists == IfExists::Update => Some(get_for_change(tx, &input.slug)?),
        other => other,
    };
    create_or(
        existing,
        if_exists,
        (Code::AccountExists, "account"),
        input.slug.as_str(),
        || {
            require_offered(&plan)?;
            let id = tx.insert_account(&input.slug, &name, input.status, plan.id)?;
            let account = tx.account_by_id(id)?.ok_or_else(|| Error::internal("account vanished"))?;
            ensure_owner(tx, &account, &plan, &input.owner, input.owner_name.as_deref())?;
            get(tx, &input.slug)
        },
        |current| {
            if current.plan_id != plan.id {
                require_offered(&plan)?;
            }
            let mut changed = false;
            if fields_differ(&current, &name, input.status, plan.id) {
                tx.update_account(current.id, &name, input.status, plan.id)?;
                changed = true;
            }
            changed |= ensure_owner(tx, &current, &plan, &input.owner, input.owner_name.as_deref())?;
            Ok((get(tx, &input.slug)?, changed))
        },
    )
}

/// The accounts the acting user may see (a tenant: their own), streamed in id order.
pub fn each_account(
    store: &mut Store,
    ctx: &Ctx,
    status: Option<AccountStatus>,
    page: Page,
    mut each: impl FnMut(Account) -> Result<Flow>,
) -> Result<()> {
    read(store, ctx, |tx, actor| match rules::own_account_only(actor) {
        Some(own) => {
            // A tenant's list is their own account (when it matches the filter and the page).
            let own = tx.account_by_id(own)?.filter(|a| {
                status.is_none_or(|s| a.status == s)
                    && page.after.is_none_or(|after| a.id > after)
                    && page.limit != Some(0)
            });
            match own {
                Some(a) => each(a).map(drop),
                None => Ok(()),
            }
        }
        None => tx.each_account(status, page, each),
    })
}

pub fn show_account(store: &mut Store, ctx: &Ctx, slug: &Slug) -> Result<AccountDetail> {
    read(store, ctx, |tx, actor| detail(tx, actor, get_visible(tx, actor, slug)?))
}

/// Renames an account (owner/admin of the account, or the operator).
pub fn update_account(store: &mut Store, ctx: &Ctx, slug: &Slug, name: Option<String>) -> Result<Changed<Account>> {
    mutate(store, ctx, |tx, actor| {
        let account = get_visible(tx, actor, slug)?;
        rules::require_user_admin(actor, account.id, slug.as_str())?;
        let account = get_for_change(tx, slug)?;
        let name = match &name {
            Some(n) => Name::parse("account", n)?.into_string(),
            None => account.name.clone(),
        };
        let changed = name != account.name;
        if changed {
            tx.update_account(account.id, &name, account.status, account.plan_id)?;
        }
        let record = get(tx, slug)?;
        Ok(Audited::new(
            Changed { changed, record },
            AuditTarget::account(slug),
            AuditAction::AccountUpdate,
            outcome(changed),
        ))
    })
}

fn outcome(changed: bool) -> &'static str {
    if changed {
        "updated"
    } else {
        "unchanged"
    }
}

/// Moves an account to another plan. Smaller limits are allowed: what exists stays, growth is
/// refused, and the report lists the overage.
pub fn set_plan(store: &mut Store, ctx: &Ctx, slug: &Slug, plan: &Slug) -> Result<Changed<AccountDetail>> {
    mutate(store, ctx, |tx, actor| {
        rules::require_operator(actor, "change an account's plan")?;
        let account = get_for_change(tx, slug)?;
        let plan = require_plan(tx, plan)?;
        let changed = account.plan_id != plan.id;
        if changed {
            require_offered(&plan)?;
            tx.update_account(account.id, &account.name, account.status, plan.id)?;
        }
        let record = detail(tx, actor, get(tx, slug)?)?;
        Ok(Audited::new(
            Changed { changed, record },
            AuditTarget::account(slug),
            AuditAction::AccountSetPlan,
            outcome(changed),
        ))
    })
}

/// The status verbs: suspend, reactivate, cancel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusVerb {
    Suspend,
    Reactivate,
    Cancel,
}

pub fn change_status(store: &mut Store, ctx: &Ctx, slug: &Slug, verb: StatusVerb) -> Result<Changed<Account>> {
    mutate(store, ctx, |tx, actor| {
        rules::require_operator(actor, "change an account's status")?;
        let account = get_for_change(tx, slug)?;
        use AccountStatus::*;
        let next = match (verb, account.status) {
            (StatusVerb::Suspend, Cancelled) => {
                return Err(Error::new(
                    Code::InvalidTransition,
                    format!("account '{slug}' is cancelled; it cannot be suspended"),
                )
                .with_hint(format!("reactivate it first: sitectl account reactivate {slug}")))
            }
            (StatusVerb::Suspend, _) => Suspended,
            (StatusVerb::Reactivate, Suspended | Cancelled) => Active,
            (StatusVerb::Reactivate, s) => s,
            (StatusVerb::Cancel, _) => Cancelled,
        };
        let changed = next != account.status;
        if changed {
            tx.update_account(account.id, &account.name, next, account.plan_id)?;
        }
        let action = match verb {
            StatusVerb::Suspend => AuditAction::AccountSuspend,
            StatusVerb::Reactivate => AuditAction::AccountReactivate,
            StatusVerb::Cancel => AuditAction::AccountCancel,
        };
        Ok(Audited::new(
            Changed { changed, record: get(tx, slug)? },
            AuditTarget::account(slug),
            action,
            outcome(changed),
        ))
    })
}
