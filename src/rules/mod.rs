//! Pure business rules: who may see and do what, plan limits, site state, sector selection.
//!
//! Functions here take plain values and answer; they never touch the database or the network,
//! so every rule is unit-tested with tables of cases. `ops` gathers the facts and calls them.

mod sectors;

pub use sectors::{plan_sector_selection, validate_sector_request, SectorChange, SectorLimit, SectorPlan};

use crate::domain::{Actor, Role, SiteStatus, Visibility, WpMode};
use crate::error::Code;
use crate::error::{Error, Result};

/// Fails when the acting user's account may not act at all (suspended or cancelled).
pub fn require_active_account(actor: &Actor) -> Result<()> {
    match actor {
        Actor::User { user, account_status } if !account_status.may_act() => Err(Error::new(
            Code::AccountInactive,
            format!("user '{}' cannot act: account '{}' is {}", user.email, user.account, account_status),
        )
        .with_hint(format!("an operator can run `sitectl account reactivate {}`", user.account))),
        _ => Ok(()),
    }
}

/// Operator-level: the operator, or a user with the developer role.
fn is_operator_level(actor: &Actor) -> bool {
    match actor {
        Actor::Operator => true,
        Actor::User { user, .. } => user.role == Role::Developer,
    }
}

/// Things only the operator (or a developer) may do: plans, account status, plan changes,
/// industry data, purging.
pub fn require_operator(actor: &Actor, what: &str) -> Result<()> {
    if is_operator_level(actor) {
        return Ok(());
    }
    Err(Error::new(Code::OperatorOnly, format!("only an operator or developer may {what}"))
        .with_hint("run the command without --as (as the operator)"))
}

/// Which sites the actor may see.
pub fn visibility(actor: &Actor) -> Visibility {
    match actor {
        Actor::Operator => Visibility::All,
        Actor::User { user, .. } => match user.role {
            Role::Developer => Visibility::All,
            Role::Owner | Role::Admin | Role::SystemBot => Visibility::Account(user.account_id),
            Role::Editor | Role::Viewer => Visibility::Grants(user.id),
        },
    }
}

/// What someone wants to do to a site they can already see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SiteAction {
    /// update, activate, deactivate, select sectors, connect/test/sync WordPress.
    Change,
    /// delete and restore.
    Delete,
}

/// Checks the role for an action on a visible site.
pub fn require_site_permission(actor: &Actor, action: SiteAction, site: &str) -> Result<()> {
    let Actor::User { user, .. } = actor else { return Ok(()) };
    let allowed = match action {
        SiteAction::Change => !matches!(user.role, Role::Viewer),
        SiteAction::Delete => matches!(user.role, Role::Developer | Role::Owner | Role::Admin),
    };
    if allowed {
        return Ok(());
    }
    let needs = match action {
        SiteAction::Change => "editor or above",
        SiteAction::Delete => "owner, admin or developer",
    };
    Err(Error::new(
        Code::PermissionDenied,
        format!("user '{}' ({}) may not change site '{site}': needs {needs}", user.email, user.role),
    )
    .with_hint("ask an owner or admin of the account to do it, or to change your role"))
}

/// Where a new site goes: the acting user's own account (any role), or the account the operator
/// names. Returns the account id to use.
pub fn site_creation_account(actor: &Actor, named: Option<(i64, &str)>) -> Result<i64> {
    match (actor, named) {
        (Actor::Operator, Some((id, _))) => Ok(id),
        (Actor::Operator, None) => {
            Err(Error::new(Code::MissingAccount, "the operator must name the account: --account ACCOUNT")
                .with_hint("pass --account ACCOUNT, or act as a user of the account with --as EMAIL"))
        }
        (Actor::User { user, .. }, None) => Ok(user.account_id),
        // Their own account, or any for a developer: the accounts they see.
        (Actor::User { .. }, Some((id, _))) if account_visible(actor, id) => Ok(id),
        (Actor::User { user, .. }, Some((_, slug))) => Err(Error::new(
            Code::CrossAccount,
            format!(
                "user '{}' may create sites only in their own account '{}', not in '{slug}'",
                user.email, user.account
            ),
        )
        .with_hint("drop --account: a user's sites always go to their own account")),
    }
}

/// Whether a site created by this actor must be granted to them so they can see it.
pub fn grant_new_site_to_creator(actor: &Actor) -> Option<i64> {
    match actor {
        Actor::User { user, .. } if matches!(user.role, Role::Editor | Role::Viewer) => Some(user.id),
        _ => None,
    }
}

/// Managing users, roles and site grants: owner, admin, developer of the same account.
pub fn require_user_admin(actor: &Actor, account_id: i64, account: &str) -> Result<()> {
    let Actor::User { user, .. } = actor else { return Ok(()) };
    match user.role {
        Role::Developer => Ok(()),
        Role::Owner | Role::Admin if user.account_id == account_id => Ok(()),
        Role::Owner | Role::Admin => Err(account_not_found(account)),
        _ => Err(Error::new(
            Code::PermissionDenied,
            format!(
                "user '{}' ({}) may not manage users or access: needs owner, admin or developer",
                user.email, user.role
            ),
        )),
    }
}

/// The one "account not found": for a missing account and for another tenant's, byte for byte.
pub fn account_not_found(account: impl std::fmt::Display) -> Error {
    Error::not_found(Code::AccountNotFound, "account", account)
        .with_hint("`sitectl account list` shows the accounts you can see")
}

/// The one "user not found": for a missing user and for another tenant's, byte for byte.
pub fn user_not_found(email: impl std::fmt::Display) -> Error {
    Error::not_found(Code::UserNotFound, "user", email).with_hint("`sitectl user list` shows the users you can see")
}

/// Whether the actor may read an account's details (its own, or any for operator level).
pub fn require_account_visible(actor: &Actor, account_id: i64, account: &str) -> Result<()> {
    if account_visible(actor, account_id) {
        Ok(())
    } else {
        Err(account_not_found(account))
    }
}

/// Whether the actor sees the account at all.
pub fn account_visible(actor: &Actor, account_id: i64) -> bool {
    own_account_only(actor).is_none_or(|own| own == account_id)
}

/// The one account a tenant sees, for lists of accounts and users; `None` when the actor sees
/// every account (the operator, and a developer: operator level).
pub fn own_account_only(actor: &Actor) -> Option<i64> {
    match actor {
        Actor::User { user, .. } if !is_operator_level(actor) => Some(user.account_id),
        _ => None,
    }
}

/// The counted things a plan limits per account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quota {
    /// Non-deleted sites (`max_sites`).
    Sites,
    /// Users (`max_users`).
    Users,
}

impl Quota {
    /// Fails when `adding` more would take `used` past `limit` (the plan's value for this quota).
    pub fn check(self, account: &str, plan: &str, used: i64, adding: i64, limit: i64) -> Result<()> {
        let (code, what) = match self {
            Quota::Sites => (Code::SiteLimitReached, "sites"),
            Quota::Users => (Code::UserLimitReached, "users"),
        };
        check_limit(code, what, account, plan, used, adding, limit)
    }
}

/// A plan limit about to be exceeded by adding `adding` to `used`.
pub fn check_limit(
    code: Code,
    what: &str,
    account: &str,
    plan: &str,
    used: i64,
    adding: i64,
    limit: i64,
) -> Result<()> {
    if used + adding <= limit {
        return Ok(());
    }
    Err(Error::new(code, format!("account '{account}' has {used} of {limit} {what} allowed by plan '{plan}'"))
        .with_hint(format!(
            "remove some {what}, or move the account to a larger plan: sitectl account set-plan {account} PLAN"
        ))
        .with_details(serde_json::json!({"used": used, "limit": limit, "plan": plan, "account": account})))
}

/// A plan limit's allowed range.
pub fn check_plan_limit(field: &str, value: i64) -> Result<()> {
    if (1..=1_000_000).contains(&value) {
        return Ok(());
    }
    Err(Error::new(Code::InvalidLimit, format!("{field} must be between 1 and 1000000, not {value}")))
}

/// New accounts (and plan changes) need a plan that is offered.
pub fn require_offered(plan: &str, is_active: bool) -> Result<()> {
    if is_active {
        return Ok(());
    }
    Err(Error::new(Code::PlanInactive, format!("plan '{plan}' is not offered (inactive)"))
        .with_hint(format!("choose an active plan, or `sitectl plan update {plan} --active`")))
}

/// The roles an account's owner may hold.
pub fn may_own(role: Role) -> bool {
    matches!(role, Role::Owner | Role::Developer)
}

/// An account's owner keeps the owner (or developer) role; ownership moves with `account
/// create --if-exists update --owner`.
pub fn owner_keeps_role(is_owner: bool, role: Role, email: &str, account: &str) -> Result<()> {
    if is_owner && !may_own(role) {
        return Err(Error::new(
            Code::IsAccountOwner,
            format!("user '{email}' owns account '{account}' and keeps the owner role"),
        )
        .with_hint("make someone else the owner first"));
    }
    Ok(())
}

/// The status that goes with an activation flag.
pub fn site_status_for(active: bool) -> SiteStatus {
    if active {
        SiteStatus::Active
    } else {
        SiteStatus::Inactive
    }
}

/// How to talk to a WordPress site, from what its REST index offers and what we hold: the
/// bridge plugin when it is installed and the site has an API key, else WordPress core with an
/// Application Password, else anonymous (public data only).
pub fn choose_wp_mode(has_bridge_namespace: bool, has_api_key: bool, has_app_password: bool) -> WpMode {
    match (has_bridge_namespace && has_api_key, has_app_password) {
        (true, _) => WpMode::Bridge,
        (false, true) => WpMode::Core,
        (false, false) => WpMode::Anonymous,
    }
}

/// A role a user may be given, by whom. Nobody but operator level makes developers.
pub fn require_role_assignable(actor: &Actor, role: Role) -> Result<()> {
    if role == Role::Developer && !is_operator_level(actor) {
        return Err(Error::new(Code::PermissionDenied, "only an operator or developer may give the developer role"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{AccountStatus, User};

    fn user(role: Role, account_id: i64, status: AccountStatus) -> Actor {
        Actor::User {
            user: User {
                id: 7,
                email: "u@example.com".parse().unwrap(),
                name: String::new(),
                role,
                account: "acme".parse().unwrap(),
                created_at: String::new(),
                updated_at: String::new(),
                account_id,
            },
            account_status: status,
        }
    }

    #[test]
    fn visibility_by_role() {
        let cases = [
            (Role::Developer, Visibility::All),
            (Role::Owner, Visibility::Account(1)),
            (Role::Admin, Visibility::Account(1)),
            (Role::SystemBot, Visibility::Account(1)),
            (Role::Editor, Visibility::Grants(7)),
            (Role::Viewer, Visibility::Grants(7)),
        ];
        for (role, want) in cases {
            assert_eq!(visibility(&user(role, 1, AccountStatus::Active)), want, "{role}");
        }
        assert_eq!(visibility(&Actor::Operator), Visibility::All);
    }

    #[test]
    fn accounts_seen_by_role() {
        for role in Role::ALL.iter().copied() {
            let actor = user(role, 1, AccountStatus::Active);
            let developer = role == Role::Developer;
            assert_eq!(own_account_only(&actor), (!developer).then_some(1), "{role}");
            assert!(account_visible(&actor, 1), "{role}");
            assert_eq!(account_visible(&actor, 2), developer, "{role}");
        }
        assert_eq!(own_account_only(&Actor::Operator), None);
        assert!(account_visible(&Actor::Operator, 2));
        let developer = user(Role::Developer, 1, AccountStatus::Active);
        assert_eq!(site_creation_account(&developer, Some((2, "other"))).unwrap(), 2);
    }

    #[test]
    fn site_permissions_by_role() {
        use SiteAction::*;
        let cases = [
            (Role::Developer, Change, true),
            (Role::Developer, Delete, true),
            (Role::Owner, Delete, true),
            (Role::Admin, Delete, true),
            (Role::SystemBot, Change, true),
            (Role::SystemBot, Delete, false),
            (Role::Editor, Change, true),
            (Role::Editor, Delete, false),
            (Role::Viewer, Change, false),
            (Role::Viewer, Delete, false),
        ];
        for (role, action, ok) in cases {
            let got = require_site_permission(&user(role, 1, AccountStatus::Active), action, "acme/blog");
            assert_eq!(got.is_ok(), ok, "{role} {action:?}");
        }
    }

    #[test]
    fn inactive_accounts_cannot_act() {
        for (status, ok) in [
            (AccountStatus::Active, true),
            (AccountStatus::Trial, true),
            (AccountStatus::Suspended, false),
            (AccountStatus::Cancelled, false),
        ] {
            let r = require_active_account(&user(Role::Owner, 1, status));
            assert_eq!(r.is_ok(), ok);
            if let Err(e) = r {
                assert_eq!(e.code, "account_inactive");
            }
        }
    }

    #[test]
    fn site_creation_goes_to_own_account() {
        let viewer = user(Role::Viewer, 1, AccountStatus::Active);
        assert_eq!(site_creation_account(&viewer, None).unwrap(), 1);
        assert_eq!(site_creation_account(&viewer, Some((1, "acme"))).unwrap(), 1);
        assert_eq!(site_creation_account(&viewer, Some((2, "other"))).unwrap_err().code, "cross_account");
        assert_eq!(site_creation_account(&Actor::Operator, None).unwrap_err().code, "missing_account");
        assert_eq!(site_creation_account(&Actor::Operator, Some((2, "other"))).unwrap(), 2);
        assert_eq!(grant_new_site_to_creator(&viewer), Some(7));
        assert_eq!(grant_new_site_to_creator(&user(Role::Owner, 1, AccountStatus::Active)), None);
    }

    #[test]
    fn wordpress_mode_choice() {
        assert_eq!(choose_wp_mode(true, true, false), WpMode::Bridge);
        assert_eq!(choose_wp_mode(true, true, true), WpMode::Bridge);
        assert_eq!(choose_wp_mode(true, false, true), WpMode::Core);
        assert_eq!(choose_wp_mode(false, true, true), WpMode::Core);
        assert_eq!(choose_wp_mode(false, true, false), WpMode::Anonymous);
        assert_eq!(choose_wp_mode(false, false, false), WpMode::Anonymous);
    }

    #[test]
    fn limits() {
        assert!(check_limit(Code::SiteLimitReached, "sites", "a", "p", 4, 1, 5).is_ok());
        let e = check_limit(Code::SiteLimitReached, "sites", "a", "p", 5, 1, 5).unwrap_err();
        assert_eq!(e.code, "site_limit_reached");
        assert_eq!(e.kind, crate::error::ErrorKind::Invalid);
    }
}
