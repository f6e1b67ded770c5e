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

#[cfg(test)]
mod tests {
    use super::facts;
    use chrono::{DateTime, Utc};
    use serde_json::json;

    #[test]
    fn counts_or_why_not() {
        let now = DateTime::parse_from_rfc3339("2026-11-26T12:00:00Z").unwrap().with_timezone(&Utc);
        let recorded = json!({
            "wordpress_version": "6.1.9", "bridge_version": "1.5.2", "bridge_health": "healthy",
            "plugins_read": "read", "plugin_count": 3, "themes_read": "not_permitted", "theme_count": 0,
            "refreshed_at": "2026-11-26T09:00:00Z"
        });
        let got = facts(Some(&recorded), now);
        let want = [
            ("WordPress", "6.1.9"),
            ("bridge plugin", "1.5.2 (healthy)"),
            ("plugins", "3 plugins"),
            ("themes", "not read (not_permitted)"),
            ("recorded", "3 hours ago (2026-11-26 09:00 UTC)"),
        ];
        assert_eq!(got, want.map(|(k, v)| (k.to_string(), v.to_string())));
        let core = json!({"plugins_read": "not_available", "themes_read": "read", "theme_count": 1});
        let got = facts(Some(&core), now);
        assert_eq!((got[1].1.as_str(), got[2].1.as_str()), ("", "not read (not_available)"));
        assert_eq!(facts(None, now)[0].0, "recorded");
    }
}
