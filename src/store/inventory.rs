//! What each WordPress runs (`wp_inventory`, `wp_components`): recorded whole, read per site
//! or streamed fleet-wide.

use super::sql::{dynamic, params, Flow, Row, Value, Where};
use super::{one, parsed, Tx};
use crate::domain::{
    Component, ComponentKind, ComponentQuery, ComponentStatus, Inventory, ReadStatus, SiteComponent, Visibility,
};
use crate::error::Result;

/// What one refresh learned of a site, besides its components.
#[derive(Debug, Clone)]
pub struct InventoryFields<'a> {
    pub wordpress_version: Option<&'a str>,
    pub bridge_version: Option<&'a str>,
    pub bridge_health: Option<&'a str>,
    pub plugins_read: ReadStatus,
    pub themes_read: ReadStatus,
}

const INVENTORY: &str = "SELECT v.site_id, a.slug || '/' || s.slug, v.wordpress_version, v.bridge_version,
        v.bridge_health, v.plugins_read,
        (SELECT count(*) FROM wp_components c WHERE c.site_id = v.site_id AND c.kind = 'plugin'),
        v.themes_read,
        (SELECT count(*) FROM wp_components c WHERE c.site_id = v.site_id AND c.kind = 'theme'),
        v.refreshed_at
    FROM wp_inventory v JOIN sites s ON s.id = v.site_id JOIN accounts a ON a.id = s.account_id";

fn inventory_row(r: &Row<'_>) -> Result<Inventory> {
    Ok(Inventory {
        site_id: r.get(0)?,
        site: r.get(1)?,
        wordpress_version: r.get(2)?,
        bridge_version: r.get(3)?,
        bridge_health: r.get(4)?,
        plugins_read: parsed(r, 5)?,
        plugin_count: r.get(6)?,
        themes_read: parsed(r, 7)?,
        theme_count: r.get(8)?,
        refreshed_at: r.get(9)?,
    })
}

/// The columns of a component, from `c.kind` on.
const COMPONENT: &str = "c.kind, c.slug, c.name, c.version, c.status";

fn component_row(r: &Row<'_>, at: usize) -> Result<Component> {
    Ok(Component {
        kind: parsed(r, at)?,
        slug: r.get(at + 1)?,
        name: r.get(at + 2)?,
        version: r.get(at + 3)?,
        status: parsed(r, at + 4)?,
    })
}

/// The condition on `s` (sites) of a visibility, as `site list` has it.
fn visible(w: &mut Where, v: Visibility) {
    match v {
        Visibility::All => {}
        Visibility::Account(id) => w.arg("s.account_id = ?", id),
        Visibility::Grants(user) => w.arg("s.id IN (SELECT site_id FROM site_access WHERE user_id = ?)", user),
    }
    w.raw("s.deleted_at IS NULL");
}

/// The query of `wp plugins list` / `wp themes list`. Kept apart so tests can check its plan:
/// a slug is one range of `wp_components_slug` (kind, slug, site id), already in site order.
pub fn component_list_sql(v: Visibility, q: &ComponentQuery) -> (String, Vec<Value>) {
    let mut w = Where::default();
    w.arg("c.kind = ?", q.kind.as_str());
    if let Some(slug) = &q.slug {
        if slug.contains('/') {
            w.arg("c.slug = ?", slug.as_str());
        } else {
            // A plugin's folder names it too (`akismet` for `akismet/akismet`): the slug itself
            // or one under `folder/`, read as one index range from the slug to `folder0` (`0`
            // is the character after `/`; the range's other slugs, `folder-x`, are dropped).
            w.arg2("c.slug >= ? AND c.slug < ?", slug.as_str(), format!("{slug}0"));
            w.arg2("(c.slug = ? OR c.slug >= ?)", slug.as_str(), format!("{slug}/"));
        }
    }
    match q.status {
        Some(ComponentStatus::Active) => w.raw("c.status IN ('active', 'network-active')"),
        Some(s) => w.arg("c.status = ?", s.as_str()),
        None => {}
    }
    if let Some(id) = q.site_id {
        w.arg("c.site_id = ?", id);
    }
    visible(&mut w, v);
    let sql = format!(
        "SELECT c.site_id, a.slug || '/' || s.slug, {COMPONENT}
         FROM wp_components c JOIN sites s ON s.id = c.site_id JOIN accounts a ON a.id = s.account_id{}
         ORDER BY c.site_id, c.slug",
        w.sql()
    );
    (sql, w.args)
}

impl Tx<'_> {
    /// Makes the site's recorded inventory exactly this: its components are replaced whole.
    pub fn record_inventory(&self, site_id: i64, f: &InventoryFields<'_>, components: &[Component]) -> Result<()> {
        self.exec(
            "INSERT INTO wp_inventory (site_id, wordpress_version, bridge_version, bridge_health, plugins_read,
                 themes_read, refreshed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
             ON CONFLICT (site_id) DO UPDATE SET wordpress_version = excluded.wordpress_version,
                 bridge_version = excluded.bridge_version, bridge_health = excluded.bridge_health,
                 plugins_read = excluded.plugins_read, themes_read = excluded.themes_read,
                 refreshed_at = excluded.refreshed_at",
            params![
                site_id,
                f.wordpress_version,
                f.bridge_version,
                f.bridge_health,
                f.plugins_read.as_str(),
                f.themes_read.as_str(),
                self.now()
            ],
        )?;
        self.exec("DELETE FROM wp_components WHERE site_id = ?1", params![site_id])?;
        let rows: Vec<Vec<Value>> = components
            .iter()
            .map(|c| {
                vec![
                    site_id.into(),
                    c.kind.as_str().into(),
                    c.slug.as_str().into(),
                    c.name.as_str().into(),
                    c.version.as_str().into(),
                    c.status.as_str().into(),
                ]
            })
            .collect();
        self.insert_rows("wp_components", &["site_id", "kind", "slug", "name", "version", "status"], &rows)
    }

    /// The site's recorded inventory, if any.
    pub fn inventory(&self, site_id: i64) -> Result<Option<Inventory>> {
        one(self.conn(), &format!("{INVENTORY} WHERE v.site_id = ?1"), params![site_id], inventory_row)
    }

    /// The site's recorded plugins or themes, by slug.
    pub fn components(&self, site_id: i64, kind: ComponentKind) -> Result<Vec<Component>> {
        self.conn().all(
            &format!("SELECT {COMPONENT} FROM wp_components c WHERE c.site_id = ?1 AND c.kind = ?2 ORDER BY c.slug"),
            params![site_id, kind.as_str()],
            |r| component_row(r, 0),
        )
    }

    /// Streams the recorded inventories of the live sites visible under `v`, in site order.
    pub fn each_inventory(&self, v: Visibility, mut each: impl FnMut(Inventory) -> Result<Flow>) -> Result<()> {
        let mut w = Where::default();
        visible(&mut w, v);
        let sql = format!("{INVENTORY}{} ORDER BY v.site_id", w.sql());
        self.conn().each(&sql, &dynamic(&w.args), |r| each(inventory_row(r)?))
    }

    /// Streams the recorded plugins or themes that `q` selects, of live sites visible under
    /// `v`, in site and slug order.
    pub fn each_component(
        &self,
        v: Visibility,
        q: &ComponentQuery,
        mut each: impl FnMut(SiteComponent) -> Result<Flow>,
    ) -> Result<()> {
        let (sql, args) = component_list_sql(v, q);
        self.conn().each(&sql, &dynamic(&args), |r| {
            each(SiteComponent {
                site_id: r.get(0)?,
                site: r.get(1)?,
                kind: q.kind,
                slug: r.get(3)?,
                name: r.get(4)?,
                version: r.get(5)?,
                status: parsed(r, 6)?,
            })
        })
    }
}
