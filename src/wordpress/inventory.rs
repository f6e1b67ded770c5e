//! What a WordPress runs: its plugins (`wp/v2/plugins`) and themes (`wp/v2/themes`), which it
//! lists to an administrator only, and the bridge plugin's own status (`igny8/v1/status`).
//!
//! Facts from WordPress 6.1 (Debian's 6.1.9, observed with an administrator's Application
//! Password):
//! - `GET wp/v2/plugins` answers one JSON array of every installed plugin, not paged (no
//!   `page` parameter, `X-WP-Total` absent): `{"plugin": "akismet/akismet", "status":
//!   "inactive", "name": "Akismet Anti-Spam", "version": "5.0.2", ...}`. `plugin` is the plugin
//!   file without `.php` (a single-file plugin is `hello`); `status` is `active`, `inactive` or,
//!   on a multisite network, `network-active`; `name` and `version` are plain strings.
//! - `GET wp/v2/themes` answers one array of every installed theme (WordPress 5.7 and later):
//!   `{"stylesheet": "twentytwentythree", "name": {"raw": "Twenty Twenty-Three", "rendered":
//!   ...}, "version": "1.0", "status": "active", ...}`; `status` is `active` or `inactive`.
//! - Both honour `_fields`, so only the four fields kept are sent.
//! - Without credentials, or with a user who may not manage plugins: 401
//!   `rest_cannot_view_plugins` / `rest_cannot_view_themes` (403 for a logged-in user without
//!   the capability). A WordPress older than 5.5 has no plugins route: 404 `rest_no_route`.
//!
//! What a site sends may be hostile: the answer is refused past [`MAX_ANSWER_BYTES`] or
//! [`MAX_COMPONENTS`] entries, or when it is not a list; an entry without a usable slug or
//! status is skipped (and counted); names and versions are cut to their limits with control
//! characters replaced, so one entry costs at most a few hundred bytes.

use std::collections::HashSet;

use serde_json::Value;

use super::posts::bad_answer;
use super::{Http, RestRoot};
use crate::bounded::truncate_utf8;
use crate::domain::{Component, ComponentKind, ComponentStatus, ReadStatus};
use crate::error::{Code, Error, Result};

/// The most plugins (or themes) one site's answer may list; a real site has tens.
pub const MAX_COMPONENTS: usize = 1000;
/// The most bytes of a plugins or themes answer (with `_fields`, a real entry is ~150 bytes).
pub const MAX_ANSWER_BYTES: u64 = 2 * 1024 * 1024;
/// The most bytes of a slug; a longer one is not a plugin's file name, and the entry is skipped.
pub const MAX_SLUG_BYTES: usize = 255;
/// The most bytes kept of a name.
pub const MAX_NAME_BYTES: usize = 256;
/// The most bytes kept of a version or a health word.
pub const MAX_VERSION_BYTES: usize = 64;
/// The most bytes of the bridge plugin's status answer (a few hundred on a real site).
const MAX_STATUS_BYTES: u64 = 64 * 1024;

/// What asking for a site's plugins (or themes) gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Listing {
    /// The list, and how many entries were skipped as unusable.
    Read { components: Vec<Component>, skipped: usize },
    /// WordPress would not list them, and why.
    Refused(ReadStatus),
}

/// The bridge plugin's report of itself, each field cut to [`MAX_VERSION_BYTES`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BridgeStatus {
    pub plugin_version: Option<String>,
    pub wordpress_version: Option<String>,
    pub health: Option<String>,
}

/// Text cut to `max` bytes on a character boundary, control characters (NUL included) shown
/// as U+FFFD.
fn clean(text: &str, max: usize) -> String {
    let cleaned: String = text.chars().map(|c| if c.is_control() { '\u{FFFD}' } else { c }).collect();
    truncate_utf8(&cleaned, max).0.to_string()
}

/// Whether an error answer means "not for these credentials" or "no such route".
fn refused(e: &Error) -> Option<ReadStatus> {
    match (e.code, e.details.get("status").and_then(Value::as_u64)) {
        (Code::WpCredentialsRefused, _) => Some(ReadStatus::NotPermitted),
        (Code::WpRouteMissing, _) | (_, Some(404)) => Some(ReadStatus::NotAvailable),
        _ => None,
    }
}

/// Reads every plugin or theme of the site (see the module's facts). A refusal (401/403) or a
/// missing route (404) is a [`Listing::Refused`]; any other failure is the error.
pub fn components(http: &Http, root: &RestRoot, kind: ComponentKind) -> Result<Listing> {
    let (route, slug_field) = match kind {
        ComponentKind::Plugin => ("wp/v2/plugins", "plugin"),
        ComponentKind::Theme => ("wp/v2/themes", "stylesheet"),
    };
    let fields = format!("{slug_field},name,version,status");
    let page = match http.get_small_json(root, route, &[("_fields", fields)], MAX_ANSWER_BYTES) {
        Ok(page) => page,
        Err(e) => return refused(&e).map(Listing::Refused).ok_or(e),
    };
    let Some(entries) = page.body.as_array() else {
        return Err(bad_answer(route, "an answer that is not a list"));
    };
    if entries.len() > MAX_COMPONENTS {
        return Err(bad_answer(
            route,
            &format!("{} {}, more than the {MAX_COMPONENTS} sitectl reads", entries.len(), kind.plural()),
        ));
    }
    let mut seen = HashSet::new();
    let mut components = Vec::with_capacity(entries.len());
    for entry in entries {
        match component(entry, kind, slug_field) {
            Some(c) if seen.insert(c.slug.clone()) => components.push(c),
            _ => {}
        }
    }
    let skipped = entries.len() - components.len();
    // In slug order, as the record lists them.
    components.sort_by(|a, b| a.slug.cmp(&b.slug));
    Ok(Listing::Read { components, skipped })
}

/// One entry, or `None` when it has no usable slug or status (or is not an object).
fn component(entry: &Value, kind: ComponentKind, slug_field: &str) -> Option<Component> {
    let slug = entry.get(slug_field)?.as_str()?;
    if slug.is_empty() || slug.len() > MAX_SLUG_BYTES || slug.chars().any(char::is_control) {
        return None;
    }
    let status: ComponentStatus = entry.get("status")?.as_str()?.parse().ok()?;
    // A plugin's name is a string; a theme's is `{raw, rendered}` (raw is what was written).
    let name = match entry.get("name") {
        Some(Value::String(s)) => s.as_str(),
        Some(Value::Object(o)) => o.get("raw").or_else(|| o.get("rendered")).and_then(Value::as_str).unwrap_or(""),
        _ => "",
    };
    let version = entry.get("version").and_then(Value::as_str).unwrap_or("");
    Some(Component {
        kind,
        slug: slug.to_string(),
        name: clean(name, MAX_NAME_BYTES),
        version: clean(version, MAX_VERSION_BYTES),
        status,
    })
}

/// The bridge plugin's `igny8/v1/status`: `{success, data: {plugin_version, wordpress_version,
/// health: "healthy", ...}}`. `None` when the plugin refuses or has no such route; any other
/// failure is the error. Fields that are not strings read as absent.
pub fn bridge_status(http: &Http, root: &RestRoot) -> Result<Option<BridgeStatus>> {
    let page = match http.get_small_json(root, "igny8/v1/status", &[], MAX_STATUS_BYTES) {
        Ok(page) => page,
        Err(e) => return if refused(&e).is_some() { Ok(None) } else { Err(e) },
    };
    let data = page.body.get("data");
    let field =
        |name: &str| data.and_then(|d| d.get(name)).and_then(Value::as_str).map(|s| clean(s, MAX_VERSION_BYTES));
    Ok(Some(BridgeStatus {
        plugin_version: field("plugin_version"),
        wordpress_version: field("wordpress_version"),
        health: field("health"),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn entries_are_bounded_and_cleaned() {
        let long = "n".repeat(300_000);
        let e =
            json!({"plugin": "a/a", "name": format!("x\u{0}\u{1b}[31m{long}"), "version": "1.0\n", "status": "active"});
        let c = component(&e, ComponentKind::Plugin, "plugin").unwrap();
        assert!(c.name.len() <= MAX_NAME_BYTES && c.name.starts_with("x\u{FFFD}\u{FFFD}[31m"), "{}", c.name);
        assert_eq!(c.version, "1.0\u{FFFD}");
        let theme = json!({"stylesheet": "t", "name": {"raw": "T", "rendered": "<b>T</b>"}, "version": 7, "status": "inactive"});
        let c = component(&theme, ComponentKind::Theme, "stylesheet").unwrap();
        assert_eq!((c.name.as_str(), c.version.as_str(), c.status), ("T", "", ComponentStatus::Inactive));
    }

    #[test]
    fn unusable_entries_are_skipped() {
        for e in [
            json!("akismet"),
            json!(null),
            json!({"plugin": 12, "status": "active"}),
            json!({"plugin": "", "status": "active"}),
            json!({"plugin": "a".repeat(MAX_SLUG_BYTES + 1), "status": "active"}),
            json!({"plugin": "a\u{7}b", "status": "active"}),
            json!({"plugin": "a/a", "status": "must-use"}),
            json!({"plugin": "a/a"}),
            json!({"stylesheet": "a", "status": "active"}),
        ] {
            assert_eq!(component(&e, ComponentKind::Plugin, "plugin"), None, "{e}");
        }
        let network = json!({"plugin": "a/a", "status": "network-active"});
        assert_eq!(
            component(&network, ComponentKind::Plugin, "plugin").unwrap().status,
            ComponentStatus::NetworkActive
        );
    }
}
