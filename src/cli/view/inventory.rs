//! The "WordPress inventory" section of `site show` and `wp status`: versions, and plugin and
//! theme counts or why they were not read.

use chrono::{DateTime, Utc};
use serde_json::Value;

use super::{get, text, when};

/// The section's facts for a record's `inventory` (null: never recorded).
pub(super) fn facts(inventory: Option<&Value>, now: DateTime<Utc>) -> Vec<(String, String)> {
    let Some(i) = inventory.and_then(Value::as_object) else {
        return vec![("recorded".into(), "never (see `sitectl wp inventory SITE --refresh`)".into())];
    };
    let count = |read: &str, count: &str, what: &str| match text(get(i, read)).as_str() {
        "read" => format!("{} {what}", text(get(i, count))),
        why => format!("not read ({why})"),
    };
    let bridge = match (get(i, "bridge_version"), get(i, "bridge_health")) {
        (None, None) => String::new(),
        (v, h) => format!("{} ({})", text(v), if h.is_some() { text(h) } else { "health not reported".into() }),
    };
    vec![
        ("WordPress".into(), text(get(i, "wordpress_version"))),
        ("bridge plugin".into(), bridge),
        ("plugins".into(), count("plugins_read", "plugin_count", "plugins")),
        ("themes".into(), count("themes_read", "theme_count", "themes")),
        ("recorded".into(), when(&text(get(i, "refreshed_at")), now)),
    ]
}
