//! What a WordPress runs: its version, the bridge plugin's, and every plugin and theme, as
//! sitectl last read them.

use serde::Serialize;

use super::string_enum;

string_enum!(
    /// Whether a site's plugins (or themes) could be read, and if not, why: `not_permitted`
    /// when WordPress refused the credentials (401/403: not an administrator's Application
    /// Password), `not_available` when it has no such route (404) or nothing could be asked
    /// (an anonymous connection).
    ReadStatus, InvalidField, { Read => "read", NotPermitted => "not_permitted", NotAvailable => "not_available" }
);

string_enum!(
    /// A plugin or a theme.
    ComponentKind, InvalidField, { Plugin => "plugin", Theme => "theme" }
);

impl ComponentKind {
    /// The plural, as commands and counts name them.
    pub fn plural(self) -> &'static str {
        match self {
            ComponentKind::Plugin => "plugins",
            ComponentKind::Theme => "themes",
        }
    }
}

/// A plugin's or theme's status as WordPress reports it. `network-active` (a plugin activated
/// for a whole multisite network) is kept as WordPress spells it, with its hyphen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ComponentStatus {
    Active,
    Inactive,
    NetworkActive,
}

impl ComponentStatus {
    pub const ALL: &'static [ComponentStatus] =
        &[ComponentStatus::Active, ComponentStatus::Inactive, ComponentStatus::NetworkActive];

    pub fn as_str(self) -> &'static str {
        match self {
            ComponentStatus::Active => "active",
            ComponentStatus::Inactive => "inactive",
            ComponentStatus::NetworkActive => "network-active",
        }
    }
}

impl super::Vocabulary for ComponentStatus {
    const ALL: &'static [ComponentStatus] = ComponentStatus::ALL;
    fn as_str(self) -> &'static str {
        ComponentStatus::as_str(self)
    }
}

impl std::str::FromStr for ComponentStatus {
    type Err = crate::error::Error;
    fn from_str(s: &str) -> crate::error::Result<Self> {
        <Self as super::Vocabulary>::from_name(s).ok_or_else(|| {
            crate::error::Error::new(crate::error::Code::InvalidField, format!("invalid component status {s:?}"))
                .with_hint("use one of: active, inactive, network-active")
        })
    }
}

impl std::fmt::Display for ComponentStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for ComponentStatus {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// One plugin or theme of a site, as WordPress reported it (bounded and cleaned when read).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Component {
    pub kind: ComponentKind,
    /// The plugin file without `.php` (`akismet/akismet`) or the theme's stylesheet
    /// (`twentytwentythree`): how WordPress names it.
    pub slug: String,
    pub name: String,
    /// As WordPress sent it; empty when it sent none.
    pub version: String,
    pub status: ComponentStatus,
}

/// A plugin or theme of one site, in a fleet list (the fields of [`Component`] written out, not
/// flattened: a fleet list streams a row per site, and serde's flatten goes through a map).
#[derive(Debug, Clone, Serialize)]
pub struct SiteComponent {
    pub site_id: i64,
    pub site: String,
    pub kind: ComponentKind,
    pub slug: String,
    pub name: String,
    pub version: String,
    pub status: ComponentStatus,
}

/// A site's recorded inventory, without its components.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Inventory {
    pub site_id: i64,
    pub site: String,
    /// Known when the bridge plugin tells it (core WordPress does not publish it over REST).
    pub wordpress_version: Option<String>,
    pub bridge_version: Option<String>,
    /// What the bridge plugin's status reports (`healthy` when all is well).
    pub bridge_health: Option<String>,
    pub plugins_read: ReadStatus,
    pub plugin_count: i64,
    pub themes_read: ReadStatus,
    pub theme_count: i64,
    pub refreshed_at: String,
}

/// Which recorded plugins or themes a fleet list shows.
#[derive(Debug, Clone)]
pub struct ComponentQuery {
    pub kind: ComponentKind,
    /// One site's only.
    pub site_id: Option<i64>,
    /// A slug (`akismet/akismet`), or a plugin's folder (`akismet`).
    pub slug: Option<String>,
    /// `active` also matches `network-active`.
    pub status: Option<ComponentStatus>,
}
