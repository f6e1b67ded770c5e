//! Designed views of one record for people at a terminal (`gh repo view` style): a title line
//! with a status badge, the key facts, usage as "6 of 20 sites", and each nested collection as
//! its own small section. Views read the record's JSON form (the documented contract), never
//! print JSON text, and neutralise everything they show. Machine formats and pipes never see
//! them (`Ui::detail`).

use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

use super::ui::neutralize::neutralize;
use super::ui::terminal::when;
mod inventory;

/// Which record a view shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Site,
    Account,
    User,
    Plan,
    Industry,
    WpStatus,
    Content,
}

/// How a badge is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tone {
    Good,
    Warn,
    Bad,
    Plain,
}

enum Section {
    Facts(Vec<(String, String)>),
    Table { header: Vec<&'static str>, rows: Vec<Vec<String>> },
}

/// A rendered view under construction.
struct View {
    title: String,
    reference: String,
    badges: Vec<(String, Tone)>,
    facts: Vec<(String, String)>,
    sections: Vec<(String, Section)>,
}

/// What rendering needs besides the record.
pub struct Frame {
    pub width: usize,
    pub color: bool,
    pub now: DateTime<Utc>,
}

fn text(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(b)) => if *b { "yes" } else { "no" }.to_string(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(items)) => items.iter().map(|i| text(Some(i))).collect::<Vec<_>>().join(", "),
        Some(Value::Object(o)) => {
            o.iter().map(|(k, v)| format!("{k} {}", text(Some(v)))).collect::<Vec<_>>().join(", ")
        }
    }
}

fn get<'a>(o: &'a Map<String, Value>, key: &str) -> Option<&'a Value> {
    o.get(key).filter(|v| !v.is_null())
}

/// The objects of the list under `key` (none when absent).
fn objects<'a>(o: &'a Map<String, Value>, key: &str) -> impl Iterator<Item = &'a Map<String, Value>> {
    get(o, key).and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_object)
}

/// "6 of 20 sites", with a clear marker when over the limit.
fn usage(u: Option<&Value>, noun: &str) -> Option<String> {
    let u = u?.as_object()?;
    let (used, limit) = (u.get("used")?.as_i64()?, u.get("limit")?.as_i64()?);
    let over = if used > limit { "  ▲ OVER LIMIT" } else { "" };
    Some(format!("{used} of {limit} {noun}{over}"))
}

fn status_tone(s: &str) -> Tone {
    match s {
        "active" | "trial" | "connected" | "completed" | "succeeded" => Tone::Good,
        "inactive" | "idle" | "syncing" | "disconnected" | "started" => Tone::Warn,
        "suspended" | "cancelled" | "error" | "failed" => Tone::Bad,
        _ => Tone::Plain,
    }
}

impl View {
    fn new(title: String, reference: String) -> View {
        View { title, reference, badges: Vec::new(), facts: Vec::new(), sections: Vec::new() }
    }

    fn badge(&mut self, label: &str) {
        if !label.is_empty() {
            self.badges.push((label.to_string(), status_tone(label)));
        }
    }

    fn fact(&mut self, key: &str, value: impl Into<String>) {
        let value = value.into();
        if !value.is_empty() {
            self.facts.push((key.to_string(), value));
        }
    }

    fn table(&mut self, title: String, header: Vec<&'static str>, rows: Vec<Vec<String>>) {
        self.sections.push((title, Section::Table { header, rows }));
    }

    fn facts_section(&mut self, title: &str, facts: Vec<(String, String)>) {
        let facts: Vec<(String, String)> = facts.into_iter().filter(|(_, v)| !v.is_empty()).collect();
        if !facts.is_empty() {
            self.sections.push((title.to_string(), Section::Facts(facts)));
        }
    }

    fn render(&self, frame: &Frame) -> String {
        let paint = |s: &str, code: &str| if frame.color { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() };
        let mut out = paint(&neutralize(&self.title), "1");
        if !self.reference.is_empty() {
            out.push_str(&format!("  {}", paint(&neutralize(&self.reference), "2")));
        }
        for (label, tone) in &self.badges {
            let code = match tone {
                Tone::Good => "32",
                Tone::Warn => "33",
                Tone::Bad => "31",
                Tone::Plain => "0",
            };
            out.push_str(&format!("  {}", paint(&format!("[{}]", neutralize(label)), code)));
        }
        out.push('\n');
        out.push_str(&facts_block(&self.facts, frame.width));
        for (title, section) in &self.sections {
            out.push('\n');
            out.push_str(&paint(&neutralize(title), "1"));
            out.push('\n');
            match section {
                Section::Facts(facts) => out.push_str(&facts_block(facts, frame.width)),
                Section::Table { rows, .. } if rows.is_empty() => out.push_str("  (none)\n"),
                Section::Table { header, rows } => out.push_str(&small_table(header, rows, frame.width)),
            }
        }
        out
    }
}

fn facts_block(facts: &[(String, String)], width: usize) -> String {
    let key_width = facts.iter().map(|(k, _)| k.chars().count()).max().unwrap_or(0);
    let room = width.saturating_sub(key_width + 4).max(20);
    let mut out = String::new();
    for (k, v) in facts {
        let v = neutralize(v);
        let shown: String = if v.chars().count() > room {
            v.chars().take(room.saturating_sub(1)).chain(std::iter::once('…')).collect()
        } else {
            v.into_owned()
        };
        out.push_str(&format!("  {k:<key_width$}  {shown}\n"));
    }
    out
}

fn small_table(header: &[&'static str], rows: &[Vec<String>], width: usize) -> String {
    let mut table = comfy_table::Table::new();
    table.load_preset(comfy_table::presets::NOTHING);
    table.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
    table.set_width(width.saturating_sub(2).max(20) as u16);
    table.set_header(header.iter().map(|h| h.to_uppercase()));
    for row in rows {
        table.add_row(row.iter().map(|c| neutralize(c).into_owned()));
    }
    table.to_string().lines().map(|l| format!("  {}\n", l.trim_end())).collect()
}

/// Renders the view of `record` (its JSON form); `audit` are recent audit rows of the object,
/// when the viewer may read them.
pub fn render(kind: ViewKind, record: &Map<String, Value>, audit: &[Value], frame: &Frame) -> String {
    let v = match kind {
        ViewKind::Site => site(record, frame),
        ViewKind::Account => account(record, frame),
        ViewKind::User => user(record, frame),
        ViewKind::Plan => plan(record),
        ViewKind::Industry => industry(record),
        ViewKind::WpStatus => wp_status(record, frame),
        ViewKind::Content => content(record, frame),
    };
    let mut v = v;
    if !audit.is_empty() {
        let rows = audit
            .iter()
            .filter_map(Value::as_object)
            .map(|a| {
                vec![
                    text(get(a, "at")).get(..16).unwrap_or_default().replace('T', " "),
                    text(get(a, "actor")),
                    text(get(a, "action")),
                    text(get(a, "outcome")),
                ]
            })
            .collect();
        v.table("Recent changes".into(), vec!["at", "actor", "action", "outcome"], rows);
    }
    v.render(frame)
}

fn site(o: &Map<String, Value>, frame: &Frame) -> View {
    let reference = format!("{}/{}  #{}", text(get(o, "account")), text(get(o, "slug")), text(get(o, "id")));
    let mut v = View::new(text(get(o, "name")), reference);
    v.badge(&text(get(o, "status")));
    if get(o, "deleted_at").is_some() {
        v.badges.push(("deleted".into(), Tone::Bad));
    }
    v.fact("domain", text(get(o, "domain")));
    let industry = match (get(o, "industry_name"), get(o, "industry")) {
        (Some(name), Some(slug)) => format!("{} ({})", text(Some(name)), text(Some(slug))),
        (_, slug) => text(slug),
    };
    v.fact("industry", industry);
    v.fact("type", format!("{} site, hosted on {}", text(get(o, "site_type")), text(get(o, "hosting_type"))));
    v.fact("plan", text(get(o, "plan")));
    v.fact("WordPress", text(get(o, "wp")));
    v.fact("API key", if get(o, "has_api_key").and_then(Value::as_bool) == Some(true) { "set" } else { "" });
    v.fact("created", when(&text(get(o, "created_at")), frame.now));
    v.fact("updated", when(&text(get(o, "updated_at")), frame.now));
    if let Some(d) = get(o, "deleted_at") {
        v.fact("deleted", when(&text(Some(d)), frame.now));
    }
    v.facts_section(
        "Plan usage",
        vec![
            ("sectors".into(), usage(get(o, "sector_usage"), "sectors on this site").unwrap_or_default()),
            ("sites".into(), usage(get(o, "site_usage"), "sites in the account").unwrap_or_default()),
            ("users".into(), usage(get(o, "user_usage"), "users in the account").unwrap_or_default()),
        ],
    );
    let sectors: Vec<Vec<String>> = objects(o, "sectors")
        .map(|s| vec![text(get(s, "slug")), text(get(s, "name")), text(get(s, "industry"))])
        .collect();
    v.table(format!("Sectors ({})", sectors.len()), vec!["slug", "name", "industry"], sectors);
    let seo = vec![
        ("title".into(), text(get(o, "seo_title"))),
        ("description".into(), text(get(o, "seo_description"))),
        ("keywords".into(), text(get(o, "seo_keywords"))),
        ("OG image".into(), text(get(o, "og_image_url"))),
    ];
    v.facts_section("SEO", seo);
    let grants: Vec<Vec<String>> = objects(o, "grants")
        .map(|g| vec![text(get(g, "user")), text(get(g, "role")), text(get(g, "granted_by"))])
        .collect();
    v.table(format!("Access grants ({})", grants.len()), vec!["user", "role", "granted by"], grants);
    if let Some(i) = get(o, "integration").and_then(Value::as_object) {
        let last = get(i, "last_sync_at").map(|t| when(&text(Some(t)), frame.now)).unwrap_or_else(|| "never".into());
        v.facts_section(
            "WordPress integration",
            vec![
                ("url".into(), text(get(i, "url"))),
                ("mode".into(), text(get(i, "mode"))),
                ("connection".into(), text(get(i, "connection_status"))),
                ("sync".into(), format!("{}, last {last}", text(get(i, "sync_status")))),
                ("last error".into(), text(get(i, "sync_error"))),
            ],
        );
        v.facts_section("WordPress inventory", inventory::facts(get(o, "inventory"), frame.now));
    }
    v
}

fn account(o: &Map<String, Value>, frame: &Frame) -> View {
    let mut v = View::new(text(get(o, "name")), format!("{}  #{}", text(get(o, "slug")), text(get(o, "id"))));
    v.badge(&text(get(o, "status")));
    v.fact("plan", format!("{} ({})", text(get(o, "plan_name")), text(get(o, "plan"))));
    v.fact("owner", text(get(o, "owner")));
    v.fact("created", when(&text(get(o, "created_at")), frame.now));
    v.facts_section(
        "Plan usage",
        vec![
            ("sites".into(), usage(get(o, "site_usage"), "sites").unwrap_or_default()),
            ("users".into(), usage(get(o, "user_usage"), "users").unwrap_or_default()),
            ("sectors".into(), format!("at most {} per site", text(get(o, "max_sectors_per_site")))),
        ],
    );
    let rows: Vec<Vec<String>> = objects(o, "site_sectors")
        .map(|s| {
            let over = if get(s, "over").and_then(Value::as_bool) == Some(true) { "▲ over" } else { "" };
            vec![
                text(get(s, "site")),
                format!("{} of {}", text(get(s, "sector_count")), text(get(s, "limit"))),
                over.into(),
            ]
        })
        .collect();
    v.table(format!("Sectors by site ({})", rows.len()), vec!["site", "sectors", ""], rows);
    let over: Vec<Vec<String>> =
        get(o, "over_limits").and_then(Value::as_array).into_iter().flatten().map(|l| vec![text(Some(l))]).collect();
    if !over.is_empty() {
        v.table("Over the plan's limits".into(), vec!["problem"], over);
    }
    v
}

fn user(o: &Map<String, Value>, frame: &Frame) -> View {
    let name = text(get(o, "name"));
    let email = text(get(o, "email"));
    let (title, reference) = if name.is_empty() { (email, String::new()) } else { (name, email) };
    let mut v = View::new(title, format!("{reference}  #{}", text(get(o, "id"))).trim().to_string());
    v.badge(&text(get(o, "role")));
    v.fact("account", text(get(o, "account")));
    v.fact("role", text(get(o, "role")));
    v.fact("created", when(&text(get(o, "created_at")), frame.now));
    v.fact("updated", when(&text(get(o, "updated_at")), frame.now));
    v
}

fn plan(o: &Map<String, Value>) -> View {
    let mut v = View::new(text(get(o, "name")), format!("{}  #{}", text(get(o, "slug")), text(get(o, "id"))));
    v.badge(if get(o, "is_active").and_then(Value::as_bool) == Some(true) { "active" } else { "inactive" });
    v.fact("sites", format!("at most {}", text(get(o, "max_sites"))));
    v.fact("users", format!("at most {}", text(get(o, "max_users"))));
    v.fact("sectors", format!("at most {} per site", text(get(o, "max_sectors_per_site"))));
    v.fact("accounts", text(get(o, "account_count")));
    v
}

fn industry(o: &Map<String, Value>) -> View {
    let mut v = View::new(text(get(o, "name")), format!("{}  #{}", text(get(o, "slug")), text(get(o, "id"))));
    v.badge(if get(o, "is_active").and_then(Value::as_bool) == Some(true) { "active" } else { "inactive" });
    v.fact("description", text(get(o, "description")));
    let rows: Vec<Vec<String>> = objects(o, "sectors")
        .map(|s| {
            let state = if get(s, "is_active").and_then(Value::as_bool) == Some(true) { "" } else { "inactive" };
            vec![text(get(s, "slug")), text(get(s, "name")), state.into()]
        })
        .collect();
    v.table(format!("Sectors ({})", rows.len()), vec!["slug", "name", ""], rows);
    v
}

fn content(o: &Map<String, Value>, frame: &Frame) -> View {
    let reference = format!("{}/{}  #{}", text(get(o, "site")), text(get(o, "slug")), text(get(o, "id")));
    let mut v = View::new(text(get(o, "title")), reference);
    v.badge(&text(get(o, "status")));
    v.badge(&text(get(o, "publish_status")));
    if get(o, "deleted_at").is_some() {
        v.badges.push(("deleted".into(), Tone::Bad));
    }
    v.fact("sector", text(get(o, "sector")));
    v.fact("categories", text(get(o, "categories")));
    v.fact("tags", text(get(o, "tags")));
    v.fact("excerpt", text(get(o, "excerpt")));
    v.fact("body", format!("{} characters", text(get(o, "body")).chars().count()));
    if let Some(at) = get(o, "scheduled_at") {
        v.fact("scheduled", when(&text(Some(at)), frame.now));
    }
    v.fact("updated", when(&text(get(o, "updated_at")), frame.now));
    if let Some(p) = get(o, "publishing").and_then(Value::as_object) {
        let rows = vec![vec![
            text(get(p, "status")),
            text(get(p, "wp_status")),
            text(get(p, "external_id")),
            text(get(p, "external_url")),
            text(get(p, "error")),
        ]];
        v.table("WordPress".into(), vec!["record", "wordpress", "post", "url", "error"], rows);
    }
    v
}

fn wp_status(o: &Map<String, Value>, frame: &Frame) -> View {
    let mut v = View::new(text(get(o, "site")), text(get(o, "external_site_url")));
    v.badge(&text(get(o, "connection_status")));
    v.badge(&text(get(o, "sync_status")));
    if get(o, "is_active").and_then(Value::as_bool) != Some(true) {
        v.badges.push(("inactive".into(), Tone::Warn));
    }
    v.fact("mode", text(get(o, "mode")));
    v.fact("REST root", text(get(o, "rest_root")));
    v.fact("user", text(get(o, "username")));
    v.fact("API key", if get(o, "has_api_key").and_then(Value::as_bool) == Some(true) { "set" } else { "none" });
    let last = get(o, "last_sync_at").map(|t| when(&text(Some(t)), frame.now)).unwrap_or_else(|| "never".into());
    v.fact("last sync", last);
    v.fact("last error", text(get(o, "sync_error")));
    if let Some(config) = get(o, "config").and_then(Value::as_object) {
        v.fact("site name", text(get(config, "site_name")));
    }
    v.facts_section("WordPress inventory", inventory::facts(get(o, "inventory"), frame.now));
    let mut mirror = Vec::new();
    if let Some(m) = get(o, "mirror").and_then(Value::as_object) {
        for (group, label) in [("content", "items"), ("terms", "terms")] {
            for (kind, n) in get(m, group).and_then(Value::as_object).into_iter().flatten() {
                mirror.push(vec![kind.clone(), format!("{} {label}", text(Some(n)))]);
            }
        }
    }
    v.table("Mirror".into(), vec!["type", "rows"], mirror);
    if let Some(e) = get(o, "last_event").and_then(Value::as_object) {
        v.facts_section(
            "Last event",
            vec![
                ("kind".into(), text(get(e, "kind"))),
                ("status".into(), text(get(e, "status"))),
                ("started".into(), when(&text(get(e, "started_at")), frame.now)),
                (
                    "counts".into(),
                    format!(
                        "{} created, {} updated, {} deleted, {} unchanged, {} requests",
                        text(get(e, "created")),
                        text(get(e, "updated")),
                        text(get(e, "deleted")),
                        text(get(e, "unchanged")),
                        text(get(e, "request_count"))
                    ),
                ),
                ("error".into(), text(get(e, "error"))),
            ],
        );
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The views of one tenant of `fixtures/demo.toml`, at 100 columns, without colour, against
    /// a fixed clock: what support staff read, pinned.
    #[test]
    fn detail_views_of_a_demo_tenant() {
        use sitectl::domain::{Email, SiteRef, Slug};
        use sitectl::ops::{self, Ctx};
        let mut store = sitectl::store::Store::open_in_memory().unwrap();
        let mut ctx = Ctx::operator("test");
        ctx.now = Some("2026-01-01T00:00:00Z".into());
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/demo.toml")).unwrap();
        let src = sitectl::fixture::Source::parse("demo.toml", text).unwrap();
        ops::seed::apply(&mut store, &ctx, &src, &|_| None, &sitectl::wordpress::NoProgress).unwrap();
        let frame = Frame {
            width: 100,
            color: false,
            now: DateTime::parse_from_rfc3339("2026-01-01T03:00:00Z").unwrap().with_timezone(&Utc),
        };
        let object = |v: serde_json::Value| v.as_object().unwrap().clone();
        let site: SiteRef = "brightsmile/downtown".parse().unwrap();
        let account: Slug = "brightsmile".parse().unwrap();
        let user: Email = "tom.becker@brightsmile.example".parse().unwrap();
        let plan: Slug = "growth".parse().unwrap();
        let industry: Slug = "healthcare".parse().unwrap();
        let audit = vec![serde_json::json!({
            "at": "2026-01-01T00:00:00Z", "actor": "operator", "action": "seed.apply", "outcome": "created"
        })];
        let views = [
            ("site", ViewKind::Site, serde_json::to_value(ops::sites::show_site(&mut store, &ctx, &site).unwrap())),
            (
                "account",
                ViewKind::Account,
                serde_json::to_value(ops::accounts::show_account(&mut store, &ctx, &account).unwrap()),
            ),
            ("user", ViewKind::User, serde_json::to_value(ops::users::show_user(&mut store, &ctx, &user).unwrap())),
            ("plan", ViewKind::Plan, serde_json::to_value(ops::plans::show_plan(&mut store, &ctx, &plan).unwrap())),
            (
                "industry",
                ViewKind::Industry,
                serde_json::to_value(ops::industries::show_industry(&mut store, &ctx, &industry).unwrap()),
            ),
            (
                "wp_status",
                ViewKind::WpStatus,
                serde_json::to_value(ops::wordpress::status(&mut store, &ctx, &site).unwrap()),
            ),
            (
                "content",
                ViewKind::Content,
                serde_json::to_value(ops::content::show_content(&mut store, &ctx, 1).unwrap()),
            ),
        ];
        for (name, kind, value) in views {
            let rendered =
                render(kind, &object(value.unwrap()), if kind == ViewKind::Site { &audit } else { &[] }, &frame);
            assert!(!rendered.contains("{\"") && !rendered.contains("[{"), "JSON in the {name} view:\n{rendered}");
            insta::assert_snapshot!(name, rendered);
        }
    }

    #[test]
    fn times_read_as_people_read_them() {
        let now = DateTime::parse_from_rfc3339("2026-11-26T12:00:00Z").unwrap().with_timezone(&Utc);
        assert_eq!(when("2026-11-26T09:00:00Z", now), "3 hours ago (2026-11-26 09:00 UTC)");
        assert_eq!(when("2026-11-26T11:59:30Z", now), "just now (2026-11-26 11:59 UTC)");
        assert_eq!(when("2026-11-25T12:00:00Z", now), "1 day ago (2026-11-25 12:00 UTC)");
        assert_eq!(when("2026-12-26T12:00:00Z", now), "in 30 days (2026-12-26 12:00 UTC)");
        assert_eq!(when("not a time", now), "not a time");
    }
}
