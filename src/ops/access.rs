//! Explicit site access grants: how editors and viewers come to see a site.

use super::sites::resolve;
use super::users;
use super::{mutate, read, Audited, Changed, Ctx};
use crate::domain::{Actor, AuditAction, AuditTarget, Email, Page, SiteAccess, SiteRef, Visibility};
use crate::error::Code;
use crate::error::{Error, Result};
use crate::rules;
use crate::store::{Flow, GrantQuery, GrantRow, Store, Tx};

/// Grants (`grant = true`) or revokes a user's access to a site. The user must belong to the
/// site's account; doing it twice changes nothing.
pub fn set_access(
    store: &mut Store,
    ctx: &Ctx,
    r: &SiteRef,
    email: &Email,
    grant: bool,
) -> Result<Changed<SiteAccess>> {
    mutate(store, ctx, |tx, actor| {
        let report = set_access_in(tx, actor, r, email, grant)?;
        let (action, outcome) = match (grant, report.changed) {
            (true, true) => (AuditAction::AccessGrant, "granted"),
            (false, true) => (AuditAction::AccessRevoke, "revoked"),
            (true, false) => (AuditAction::AccessGrant, "unchanged"),
            (false, false) => (AuditAction::AccessRevoke, "unchanged"),
        };
        Ok(Audited::new(report.clone(), AuditTarget::site_user(report.record.site.as_str(), email), action, outcome))
    })
}

/// `access grant`/`revoke` inside a caller's transaction (also used by `seed apply`).
pub(crate) fn set_access_in(
    tx: &Tx<'_>,
    actor: &Actor,
    r: &SiteRef,
    email: &Email,
    grant: bool,
) -> Result<Changed<SiteAccess>> {
    // Grants are within one account: its lock covers the site and the user.
    let site = super::sites::resolve_for_change(tx, actor, r)?;
    rules::require_user_admin(actor, site.account_id, site.account.as_str())?;
    let user = users::get_visible(tx, actor, email)?;
    if user.account_id != site.account_id {
        return Err(Error::new(
            Code::UserNotInAccount,
            format!(
                "user '{email}' belongs to account '{}', not to '{}' which owns site '{}'",
                user.account,
                site.account,
                site.qualified()
            ),
        )
        .with_hint("grants are within one account; add the user to the site's account first"));
    }
    let changed = if grant { tx.grant(user.id, site.id, &actor.label())? } else { tx.revoke(user.id, site.id)? };
    let record =
        tx.grants(GrantRow::Site(site.id))?.into_iter().find(|g| g.user == user.email).unwrap_or_else(|| SiteAccess {
            site_id: site.id,
            id: None,
            site: site.qualified(),
            user: user.email.clone(),
            role: user.role,
            granted_by: None,
            created_at: tx.now().to_string(),
        });
    Ok(Changed { changed, record })
}

/// Grants on one site, of one user, or everything the actor may see, streamed in id order.
pub fn each_access(
    store: &mut Store,
    ctx: &Ctx,
    site: Option<&SiteRef>,
    user: Option<&Email>,
    page: Page,
    each: impl FnMut(SiteAccess) -> Result<Flow>,
) -> Result<()> {
    read(store, ctx, |tx, actor| {
        let visibility = rules::visibility(actor);
        let which = match (site, user) {
            (Some(r), _) => GrantRow::Site(resolve(tx, actor, r)?.id),
            (None, Some(email)) => GrantRow::User(users::get_visible(tx, actor, email)?.id),
            (None, None) => match visibility {
                Visibility::All => GrantRow::All,
                Visibility::Account(id) => GrantRow::Account(id),
                Visibility::Grants(me) => GrantRow::User(me),
            },
        };
        // Editors and viewers see grants only on sites granted to them, whoever holds them.
        let visible_to = match visibility {
            Visibility::Grants(me) => Some(me),
            _ => None,
        };
        let q = GrantQuery { which, email: user.map(|e| e.to_string()), visible_to, page };
        tx.each_grant(&q, each)
    })
}
