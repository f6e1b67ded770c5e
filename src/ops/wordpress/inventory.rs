//! What each WordPress runs: read from the site (`wp inventory --refresh`, and as part of
//! `wp test`, and of `wp sync` and `wp connect` when they sync the structure: a `--content`
//! run stays one request per post type), recorded whole, and answered from the record (`wp inventory`,
//! `wp plugins list`, `wp themes list`).
//!
//! A refresh reads, with no transaction open: the bridge plugin's status (bridge mode: its
//! version, its health, and WordPress's version), then every plugin and every theme (one
//! request each; WordPress lists them to an administrator only). A list WordPress refuses
//! (401/403) is recorded `not_permitted`, one it does not have (404), or that an anonymous
//! connection cannot ask for, `not_available`: neither is an error. Any other failure (the site
//! unreachable, an answer that is not a list) records nothing and is the site's error in
//! `wp inventory --refresh`; in `wp test` and `wp sync` it is reported beside their own result
//! (`inventory_error`) and does not fail them.

use std::cmp::Ordering;

use serde::Serialize;

use super::{changeable, connected, ErrorInfo};
use crate::domain::{
    compare_versions, AuditAction, AuditTarget, Component, ComponentKind, ComponentQuery, Integration, Inventory,
    ReadStatus, SiteComponent, SiteRef, WpMode,
};
use crate::error::{Code, Error, Result};
use crate::ops::fleet::Selectors;
use crate::ops::sites::resolve;
use crate::ops::{accounts, mutate, read, Audited, Ctx};
use crate::rules;
use crate::store::inventory::InventoryFields;
use crate::store::{Flow, Store, Tx};
use crate::wordpress::inventory::{bridge_status, components, BridgeStatus, Listing};
use crate::wordpress::{Http, RestRoot};

/// What one read of a site found, before it is recorded.
#[derive(Debug, Clone)]
pub(super) struct Observed {
    bridge: Option<BridgeStatus>,
    plugins: Listing,
    themes: Listing,
}

/// A read that may have failed (its failure kept as data, for `wp test` and `wp sync`).
pub(super) type Attempt = std::result::Result<Observed, ErrorInfo>;

/// What `wp test` and `wp sync` report of the inventory they read.
#[derive(Debug, Clone, Default, Serialize)]
pub struct InventoryOutcome {
    /// What was recorded; `None` when the read failed.
    pub inventory: Option<Inventory>,
    pub inventory_error: Option<ErrorInfo>,
}

/// A site's recorded inventory with its plugins and themes (`wp inventory SITE`).
#[derive(Debug, Clone, Serialize)]
pub struct InventoryReport {
    pub site_id: i64,
    pub site: String,
    /// `None` when nothing was recorded yet.
    pub inventory: Option<Inventory>,
    pub plugins: Vec<Component>,
    pub themes: Vec<Component>,
    /// Entries of this refresh's answers skipped as unusable (no slug, an unknown status).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub skipped: Option<usize>,
}

/// Reads the site's inventory (see the module's doc). Anonymous connections ask for no list.
pub(super) fn observe(http: &Http, i: &Integration) -> Result<Observed> {
    let root = RestRoot(
        url::Url::parse(&i.rest_root).map_err(|e| Error::internal(format!("stored REST root is invalid: {e}")))?,
    );
    let bridge = if i.mode == WpMode::Bridge { bridge_status(http, &root)? } else { None };
    let list = |kind| match i.mode {
        WpMode::Anonymous => Ok(Listing::Refused(ReadStatus::NotAvailable)),
        _ => components(http, &root, kind),
    };
    Ok(Observed { bridge, plugins: list(ComponentKind::Plugin)?, themes: list(ComponentKind::Theme)? })
}

/// [`observe`], its failure kept as data.
pub(super) fn attempt(http: &Http, i: &Integration) -> Attempt {
    observe(http, i).map_err(|e| ErrorInfo::from(&e))
}

fn read_status(l: &Listing) -> ReadStatus {
    match l {
        Listing::Read { .. } => ReadStatus::Read,
        Listing::Refused(why) => *why,
    }
}

fn listed(l: &Listing) -> &[Component] {
    match l {
        Listing::Read { components, .. } => components,
        Listing::Refused(_) => &[],
    }
}

fn skipped(o: &Observed) -> usize {
    [&o.plugins, &o.themes].iter().map(|l| if let Listing::Read { skipped, .. } = l { *skipped } else { 0 }).sum()
}

/// Records what was observed, replacing the site's record, inside the caller's transaction
/// (which holds the account's lock).
fn record(tx: &Tx<'_>, site_id: i64, o: &Observed) -> Result<Inventory> {
    let b = o.bridge.clone().unwrap_or_default();
    let fields = InventoryFields {
        wordpress_version: b.wordpress_version.as_deref(),
        bridge_version: b.plugin_version.as_deref(),
        bridge_health: b.health.as_deref(),
        plugins_read: read_status(&o.plugins),
        themes_read: read_status(&o.themes),
    };
    let all: Vec<Component> = listed(&o.plugins).iter().chain(listed(&o.themes)).cloned().collect();
    tx.record_inventory(site_id, &fields, &all)?;
    tx.inventory(site_id)?.ok_or_else(|| Error::internal("the inventory just recorded is missing"))
}

/// Records an attempt's inventory (when it read one) inside the caller's transaction.
pub(super) fn record_attempt(tx: &Tx<'_>, site_id: i64, a: &Attempt) -> Result<InventoryOutcome> {
    Ok(match a {
        Ok(o) => InventoryOutcome { inventory: Some(record(tx, site_id, o)?), inventory_error: None },
        Err(e) => InventoryOutcome { inventory: None, inventory_error: Some(e.clone()) },
    })
}

/// Reads a site's inventory from WordPress again and records it (`wp inventory --refresh`).
/// A failure other than a refusal records nothing and is the error.
pub fn refresh_inventory(store: &mut Store, ctx: &Ctx, r: &SiteRef) -> Result<InventoryReport> {
    let (site, integration, http) = connected(store, ctx, r)?;
    let observed = observe(&http, &integration)?;
    let report = mutate(store, ctx, |tx, actor| {
        let site = changeable(tx, actor, &SiteRef::Id(site.id))?;
        accounts::lock(tx, site.account_id)?;
        // What was read describes the connection it was read through, not a newer one.
        match tx.integration(site.id)? {
            Some(now) if now.id == integration.id && now.generation == integration.generation && now.is_active => {}
            _ => {
                return Err(Error::new(
                    Code::WpReconnected,
                    format!(
                        "site '{}' was reconnected while its inventory was read; nothing was recorded",
                        site.qualified()
                    ),
                ))
            }
        }
        let inventory = record(tx, site.id, &observed)?;
        let outcome = format!(
            "plugins {} ({}), themes {} ({})",
            inventory.plugins_read, inventory.plugin_count, inventory.themes_read, inventory.theme_count
        );
        let report = InventoryReport {
            site_id: site.id,
            site: site.qualified(),
            inventory: Some(inventory),
            plugins: listed(&observed.plugins).to_vec(),
            themes: listed(&observed.themes).to_vec(),
            skipped: Some(skipped(&observed)),
        };
        Ok(Audited::new(report, AuditTarget::site(site.qualified()), AuditAction::WpInventory, outcome))
    })?;
    Ok(report)
}

/// A visible site's recorded inventory (no request).
pub fn show_inventory(store: &mut Store, ctx: &Ctx, r: &SiteRef) -> Result<InventoryReport> {
    read(store, ctx, |tx, actor| {
        let site = resolve(tx, actor, r)?;
        Ok(InventoryReport {
            site_id: site.id,
            site: site.qualified(),
            inventory: tx.inventory(site.id)?,
            plugins: tx.components(site.id, ComponentKind::Plugin)?,
            themes: tx.components(site.id, ComponentKind::Theme)?,
            skipped: None,
        })
    })
}

/// The recorded inventories of the live sites the actor sees (all of them, or those the fleet
/// selectors choose), streamed in site order.
pub fn each_inventory(
    store: &mut Store,
    ctx: &Ctx,
    selectors: &Selectors,
    mut each: impl FnMut(Inventory) -> Result<Flow>,
) -> Result<()> {
    read(store, ctx, |tx, actor| {
        if !selectors.any() {
            return tx.each_inventory(rules::visibility(actor), each);
        }
        // The selected sites first (ids only), then each one's record: one query runs at a time.
        let selection = crate::ops::fleet::resolve(tx, actor, selectors)?;
        let mut ids = Vec::new();
        selection.each_site(tx, |s| {
            ids.push(s.id);
            Ok(Flow::Continue(()))
        })?;
        for id in ids {
            if let Some(i) = tx.inventory(id)? {
                if each(i)?.is_break() {
                    break;
                }
            }
        }
        Ok(())
    })
}

/// The recorded plugins or themes `q` selects, of one visible site (`site`) or of every live
/// site the actor sees, streamed in site and slug order. With `below`, only those whose version
/// is older than it (PHP's `version_compare`, as WordPress compares); a component that reported
/// no version is left out, its version being unknown. The version test runs as rows stream, so
/// memory does not grow with the fleet.
pub fn each_component(
    store: &mut Store,
    ctx: &Ctx,
    site: Option<&SiteRef>,
    q: &ComponentQuery,
    below: Option<&str>,
    mut each: impl FnMut(SiteComponent) -> Result<Flow>,
) -> Result<()> {
    read(store, ctx, |tx, actor| {
        let mut q = q.clone();
        if let Some(r) = site {
            q.site_id = Some(resolve(tx, actor, r)?.id);
        }
        tx.each_component(rules::visibility(actor), &q, |c| match below {
            Some(b) if c.version.is_empty() || compare_versions(&c.version, b) != Ordering::Less => {
                Ok(Flow::Continue(()))
            }
            _ => each(c),
        })
    })
}
