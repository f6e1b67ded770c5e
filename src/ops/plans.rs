//! Plans: operator-only reference data that bounds accounts.

use super::{create_or, mutate, read, Audited, Changed, Created, Ctx};
use crate::domain::{Actor, AuditAction, AuditTarget, IfExists, Name, Plan, Slug};
use crate::error::Code;
use crate::error::{Error, Result};
use crate::rules;
use crate::store::{PlanFields, Store, Tx};

/// What `plan create` takes.
#[derive(Debug, Clone)]
pub struct PlanInput {
    pub slug: Slug,
    pub name: String,
    pub max_sites: i64,
    pub max_users: i64,
    pub max_sectors_per_site: i64,
    pub is_active: bool,
}

/// What `plan update` changes; `None` keeps the current value.
#[derive(Debug, Clone, Default)]
pub struct PlanPatch {
    pub name: Option<String>,
    pub max_sites: Option<i64>,
    pub max_users: Option<i64>,
    pub max_sectors_per_site: Option<i64>,
    pub is_active: Option<bool>,
}

fn check_fields(f: &PlanFields) -> Result<PlanFields> {
    for (flag, v) in
        [("--max-sites", f.max_sites), ("--max-users", f.max_users), ("--max-sectors-per-site", f.max_sectors_per_site)]
    {
        rules::check_plan_limit(flag, v)?;
    }
    Ok(PlanFields { name: Name::parse("plan", &f.name)?.into_string(), ..f.clone() })
}

fn apply_patch(current: &Plan, p: &PlanPatch) -> PlanFields {
    PlanFields {
        name: p.name.clone().unwrap_or_else(|| current.name.clone()),
        max_sites: p.max_sites.unwrap_or(current.max_sites),
        max_users: p.max_users.unwrap_or(current.max_users),
        max_sectors_per_site: p.max_sectors_per_site.unwrap_or(current.max_sectors_per_site),
        is_active: p.is_active.unwrap_or(current.is_active),
    }
}

fn fields_of(p: &Plan) -> PlanFields {
    apply_patch(p, &PlanPatch::default())
}

/// Writes `next` over `current` when they differ; returns the stored plan and whether it changed.
fn store_update(tx: &Tx<'_>, current: Plan, next: PlanFields) -> Result<(Plan, bool)> {
    let next = check_fields(&next)?;
    if next == fields_of(&current) {
        return Ok((current, false));
    }
    // Every account's checks read its plan's limits: a change waits for the writers in flight
    // and holds new ones off (only when something changes, so a fixture restating its plans
    // does not stop every tenant's writes while it applies).
    tx.lock_whole_database()?;
    tx.update_plan(current.id, &next)?;
    Ok((get(tx, &current.slug)?, true))
}

fn get(tx: &Tx<'_>, slug: &Slug) -> Result<Plan> {
    tx.plan(slug)?.ok_or_else(|| {
        Error::not_found(Code::PlanNotFound, "plan", slug).with_hint("`sitectl plan list` shows the plans")
    })
}

pub fn create_plan(store: &mut Store, ctx: &Ctx, input: PlanInput, if_exists: IfExists) -> Result<Created<Plan>> {
    mutate(store, ctx, |tx, actor| {
        let created = create_plan_in(tx, actor, &input, if_exists)?;
        let outcome = created.action.as_str();
        Ok(Audited::new(created.clone(), AuditTarget::plan(&input.slug), AuditAction::PlanCreate, outcome))
    })
}

/// `plan create` inside a caller's transaction (also used by `seed apply`).
pub(crate) fn create_plan_in(
    tx: &Tx<'_>,
    actor: &Actor,
    input: &PlanInput,
    if_exists: IfExists,
) -> Result<Created<Plan>> {
    rules::require_operator(actor, "create plans")?;
    let fields = check_fields(&PlanFields {
        name: input.name.clone(),
        max_sites: input.max_sites,
        max_users: input.max_users,
        max_sectors_per_site: input.max_sectors_per_site,
        is_active: input.is_active,
    })?;
    create_or(
        tx.plan(&input.slug)?,
        if_exists,
        (Code::PlanExists, "plan"),
        input.slug.as_str(),
        || {
            // A new plan is read by no account yet: no lock (its unique slug decides a race).
            tx.insert_plan(&input.slug, &fields)?;
            get(tx, &input.slug)
        },
        |current| store_update(tx, current, fields.clone()),
    )
}

pub fn update_plan(store: &mut Store, ctx: &Ctx, slug: &Slug, patch: PlanPatch) -> Result<Changed<Plan>> {
    mutate(store, ctx, |tx, actor| {
        rules::require_operator(actor, "change plans")?;
        tx.lock_whole_database()?;
        let current = get(tx, slug)?;
        let next = apply_patch(&current, &patch);
        let (record, changed) = store_update(tx, current, next)?;
        let outcome = if changed { "updated" } else { "unchanged" };
        Ok(Audited::new(Changed { changed, record }, AuditTarget::plan(slug), AuditAction::PlanUpdate, outcome))
    })
}

/// Every plan, streamed in id order.
pub fn each_plan(
    store: &mut Store,
    ctx: &Ctx,
    page: crate::domain::Page,
    each: impl FnMut(Plan) -> Result<crate::store::Flow>,
) -> Result<()> {
    read(store, ctx, |tx, _| tx.each_plan(page, each))
}

/// A plan with how many accounts use it (only for the operator: the count spans tenants).
#[derive(Debug, Clone, serde::Serialize)]
pub struct PlanDetail {
    #[serde(flatten)]
    pub plan: Plan,
    #[serde(rename = "account_count", skip_serializing_if = "Option::is_none")]
    pub accounts: Option<i64>,
}

pub fn show_plan(store: &mut Store, ctx: &Ctx, slug: &Slug) -> Result<PlanDetail> {
    read(store, ctx, |tx, actor| {
        let plan = get(tx, slug)?;
        let accounts = match rules::require_operator(actor, "count a plan's accounts") {
            Ok(()) => Some(tx.plan_account_count(plan.id)?),
            Err(_) => None,
        };
        Ok(PlanDetail { plan, accounts })
    })
}

/// Looks up a plan for other use cases.
pub(crate) fn require_plan(tx: &Tx<'_>, slug: &Slug) -> Result<Plan> {
    get(tx, slug)
}
