//! Users of accounts: adding within the plan's max_users, roles, removal.

use super::accounts;
use super::{create_or, mutate, read, Audited, Changed, Created, Ctx};
use crate::domain::{Actor, AuditAction, AuditTarget, Email, IfExists, Page, Role, Slug, User, UserName};
use crate::error::Code;
use crate::error::{Error, Result};
use crate::rules;
use crate::store::{Flow, Store, Tx};

/// What `user add` takes.
#[derive(Debug, Clone)]
pub struct UserInput {
    pub email: Email,
    pub account: Slug,
    pub role: Role,
    pub name: Option<String>,
}

/// The user as the actor may see it: users of other accounts are "not found".
pub(crate) fn get_visible(tx: &Tx<'_>, actor: &Actor, email: &Email) -> Result<User> {
    match tx.user(email)? {
        Some(user) if rules::account_visible(actor, user.account_id) => Ok(user),
        _ => Err(rules::user_not_found(email)),
    }
}

/// A user the actor may administer, for a change: the account is locked first and the user
/// read again after the lock (a user never moves between accounts).
fn for_change(tx: &Tx<'_>, actor: &Actor, email: &Email) -> Result<User> {
    let user = get_visible(tx, actor, email)?;
    rules::require_user_admin(actor, user.account_id, user.account.as_str())?;
    accounts::lock(tx, user.account_id)?;
    get_visible(tx, actor, email)
}

/// What `user add --if-exists update` sets on `current`: the name when one was given (checked),
/// and `role`. `None` when that changes nothing.
pub(crate) fn update_of(current: &User, name: Option<String>, role: Role) -> Option<String> {
    let name = name.unwrap_or_else(|| current.name.clone());
    (name != current.name || role != current.role).then_some(name)
}

pub fn add_user(store: &mut Store, ctx: &Ctx, input: UserInput, if_exists: IfExists) -> Result<Created<User>> {
    mutate(store, ctx, |tx, actor| {
        let created = add_user_in(tx, actor, &input, if_exists)?;
        let outcome = created.action.as_str();
        Ok(Audited::new(created.clone(), AuditTarget::user(&input.email), AuditAction::UserAdd, outcome))
    })
}

/// `user add` inside a caller's transaction (also used by `seed apply`).
pub(crate) fn add_user_in(tx: &Tx<'_>, actor: &Actor, input: &UserInput, if_exists: IfExists) -> Result<Created<User>> {
    let account = accounts::get_visible(tx, actor, &input.account)?;
    rules::require_user_admin(actor, account.id, account.slug.as_str())?;
    rules::require_role_assignable(actor, input.role)?;
    let account = accounts::get_for_change(tx, &input.account)?;
    let (_, plan) = super::account_and_plan(tx, account.id)?;
    let name = UserName::parse(input.name.as_deref())?.into_string();
    let existing = tx.user(&input.email)?;
    if let Some(u) = existing.as_ref().filter(|u| u.account_id != account.id) {
        // Emails are unique, so the conflict itself cannot be hidden; which tenant holds the
        // email is told only to those who may see that tenant.
        let message = if rules::account_visible(actor, u.account_id) {
            format!("user '{}' already exists in account '{}'", u.email, u.account)
        } else {
            format!("the email '{}' cannot be used for a user of account '{}'", u.email, account.slug)
        };
        return Err(
            Error::new(Code::UserInOtherAccount, message).with_hint("a user belongs to one account; use another email")
        );
    }
    create_or(
        existing,
        if_exists,
        (Code::UserExists, "user"),
        input.email.as_str(),
        || {
            accounts::require_room(tx, &account, &plan, rules::Quota::Users)?;
            let id = tx.insert_user(&input.email, &name, input.role, account.id)?;
            tx.user_by_id(id)?.ok_or_else(|| Error::internal("user vanished"))
        },
        |current| {
            let Some(name) = update_of(&current, input.name.as_ref().map(|_| name.clone()), input.role) else {
                return Ok((current, false));
            };
            check_owner_keeps_role(tx, &current, input.role)?;
            tx.update_user(current.id, &name, input.role)?;
            Ok((tx.user_by_id(current.id)?.ok_or_else(|| Error::internal("user vanished"))?, true))
        },
    )
}

/// The account's owner keeps the owner (or developer) role; ownership moves with `account create
/// --if-exists update --owner`.
fn check_owner_keeps_role(tx: &Tx<'_>, user: &User, role: Role) -> Result<()> {
    let account = tx.account_by_id(user.account_id)?.ok_or_else(|| Error::internal("user without an account"))?;
    rules::owner_keeps_role(account.owner_id == Some(user.id), role, user.email.as_str(), account.slug.as_str())
}

/// The users the acting user may see, streamed in id order.
pub fn each_user(
    store: &mut Store,
    ctx: &Ctx,
    account: Option<&Slug>,
    page: Page,
    each: impl FnMut(User) -> Result<Flow>,
) -> Result<()> {
    read(store, ctx, |tx, actor| {
        let account_id = match account {
            Some(slug) => Some(accounts::get_visible(tx, actor, slug)?.id),
            None => rules::own_account_only(actor),
        };
        tx.each_user(account_id, page, each)
    })
}

pub fn show_user(store: &mut Store, ctx: &Ctx, email: &Email) -> Result<User> {
    read(store, ctx, |tx, actor| get_visible(tx, actor, email))
}

pub fn set_role(store: &mut Store, ctx: &Ctx, email: &Email, role: Role) -> Result<Changed<User>> {
    mutate(store, ctx, |tx, actor| {
        let user = for_change(tx, actor, email)?;
        rules::require_role_assignable(actor, role)?;
        let changed = user.role != role;
        if changed {
            check_owner_keeps_role(tx, &user, role)?;
            tx.update_user(user.id, &user.name, role)?;
        }
        let record = tx.user_by_id(user.id)?.ok_or_else(|| Error::internal("user vanished"))?;
        Ok(Audited::new(
            Changed { changed, record },
            AuditTarget::user(email),
            AuditAction::UserSetRole,
            if changed { "updated" } else { "unchanged" },
        ))
    })
}

/// Removes a user and their grants. The account's owner cannot be removed.
pub fn remove_user(store: &mut Store, ctx: &Ctx, email: &Email) -> Result<User> {
    mutate(store, ctx, |tx, actor| {
        let user = for_change(tx, actor, email)?;
        let account = tx.account_by_id(user.account_id)?.ok_or_else(|| Error::internal("user without an account"))?;
        if account.owner_id == Some(user.id) {
            return Err(Error::new(
                Code::IsAccountOwner,
                format!("user '{email}' owns account '{}' and cannot be removed", account.slug),
            )
            .with_hint("make someone else the owner first"));
        }
        tx.delete_user(user.id)?;
        Ok(Audited::new(user, AuditTarget::user(email), AuditAction::UserRemove, "removed"))
    })
}
