//! `seed diff`: what `seed apply` would change, object by object and field by field.
//!
//! One home for "what changes": the diff runs `apply`'s own path (`apply::apply_in`: the same
//! permission check, the same validation with the same errors, the same decisions per object)
//! inside a write transaction that is always rolled back, as every dry run is. The fields come
//! from what `seed export` writes of the objects the file touches, read in that transaction
//! before and after the file is applied: the old and new values are the file's own vocabulary.
//! Objects the file does not mention are not reported.

use serde::Serialize;
use serde_json::{Map, Value};

use super::apply::apply_in;
use super::file::writer::{FixtureFormat, FixtureWriter};
use super::sections::{default_of, export_sections, Scope, Source};
use super::{EnvLookup, Totals, SECTIONS};
use crate::domain::{Outcome, Slug};
use crate::error::{Error, Result};
use crate::ops::{Audited, Ctx};
use crate::store::{Store, Tx};
use crate::wordpress::NoProgress;

/// One field an object would change: its value now (`null` for none) and after.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Value,
    pub new: Value,
}

/// What applying the file would do to one of its objects.
#[derive(Debug, Clone, Serialize)]
pub struct DiffItem {
    pub kind: &'static str,
    pub key: String,
    pub action: Outcome,
    /// The fields that differ; for a new object, every field it would have.
    pub changes: Vec<FieldChange>,
}

/// What `seed apply` would change.
#[derive(Debug, Clone, Serialize)]
pub struct DiffReport {
    pub file: String,
    /// Whether the database differs from the file (something would be created or updated).
    pub differs: bool,
    pub items: Vec<DiffItem>,
    pub totals: Totals,
}

/// Compares the database with a file: `apply`'s path, rolled back, with the touched objects
/// read as `seed export` writes them before and after.
pub fn diff(store: &mut Store, ctx: &Ctx, src: &Source, env: EnvLookup<'_>) -> Result<DiffReport> {
    let rolled_back = Ctx { dry_run: true, ..ctx.clone() };
    crate::ops::mutate(store, &rolled_back, |tx, actor| {
        // Who may comes first (as in `apply_in`): nothing is read for a user `apply` refuses.
        // The file's problems are `apply_in`'s, with its errors.
        crate::rules::require_operator(actor, "apply seed files")?;
        let before = State::read(tx, src)?;
        let applied = apply_in(tx, &rolled_back, actor, src, env, &NoProgress)?;
        let after = State::read(tx, src)?;
        let totals = Totals::of(&applied);
        let items: Vec<DiffItem> = applied
            .into_iter()
            .map(|i| {
                let changes = match i.action {
                    Outcome::Unchanged => Vec::new(),
                    _ => changes(section_of(i.kind), before.get(i.kind, &i.key), after.get(i.kind, &i.key)),
                };
                DiffItem { kind: i.kind, key: i.key, action: i.action, changes }
            })
            .collect();
        let differs = totals.created + totals.updated > 0;
        let report = DiffReport { file: src.name.clone(), differs, items, totals };
        // Rolled back with everything else: a diff leaves no audit row.
        Ok(Audited::new(
            report,
            crate::domain::AuditTarget::seed(&src.name),
            crate::domain::AuditAction::SeedApply,
            "diff",
        ))
    })
}

/// The objects of the accounts a file names (and every plan), as `seed export` writes them,
/// by kind and key (the keys `apply` reports).
struct State {
    objects: std::collections::HashMap<(&'static str, String), Map<String, Value>>,
}

impl State {
    fn read(tx: &Tx<'_>, src: &Source) -> Result<State> {
        let names = src.fixture.names();
        let mut slugs: Vec<&str> = names.accounts.into_iter().filter(|s| s.parse::<Slug>().is_ok()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        let named = tx.accounts_by_slugs(&slugs)?;
        let ids: Vec<i64> = named.iter().map(|a| a.id).collect();
        let mut w = FixtureWriter::new(Vec::new(), FixtureFormat::Json);
        let scope = Scope { named: &named, which: Some(&ids), every_plan: true, progress: &NoProgress };
        export_sections(tx, &scope, &mut w)?;
        let text = w.finish()?;
        let Value::Object(sections) = serde_json::from_slice(&text)? else {
            return Err(Error::internal("an export is not a JSON object"));
        };
        let mut objects = std::collections::HashMap::new();
        for (section, list) in sections {
            let Some(kind) = kind_of(&section) else { continue };
            for item in list.as_array().into_iter().flatten() {
                if let Value::Object(fields) = item {
                    objects.insert((kind, key_of(kind, fields)), fields.clone());
                }
            }
        }
        Ok(State { objects })
    }

    fn get(&self, kind: &'static str, key: &str) -> Option<&Map<String, Value>> {
        self.objects.get(&(kind, key.to_string()))
    }
}

/// The kind `apply` reports a section's objects as.
fn kind_of(section: &str) -> Option<&'static str> {
    Some(match section {
        "plans" => "plan",
        "accounts" => "account",
        "users" => "user",
        "sites" => "site",
        "grants" => "grant",
        "integrations" => "integration",
        "content" => "content",
        _ => return None,
    })
}

/// The section of a kind `apply` reports.
fn section_of(kind: &str) -> &'static str {
    SECTIONS.iter().copied().find(|s| kind_of(s) == Some(kind)).unwrap_or_default()
}

/// The key `apply` reports an exported object under (an export names every slug).
fn key_of(kind: &str, o: &Map<String, Value>) -> String {
    let text = |f: &str| o.get(f).and_then(Value::as_str).unwrap_or_default();
    match kind {
        "user" => text("email").to_string(),
        "site" => format!("{}/{}", text("account"), text("slug")),
        "grant" => format!("{} {}", text("site"), text("user")),
        "integration" => text("site").to_string(),
        "content" => format!("{}/{}", text("site"), text("slug")),
        _ => text("slug").to_string(),
    }
}

/// The fields that differ between an object of `section` now and after; a new object shows
/// every field.
fn changes(section: &str, before: Option<&Map<String, Value>>, after: Option<&Map<String, Value>>) -> Vec<FieldChange> {
    let empty = Map::new();
    let Some(before) = before else {
        let after = after.unwrap_or(&empty);
        return after.iter().map(|(f, v)| FieldChange { field: f.clone(), old: Value::Null, new: v.clone() }).collect();
    };
    let after = after.unwrap_or(&empty);
    let mut fields: Vec<&String> = after.keys().collect();
    fields.extend(before.keys().filter(|k| !after.contains_key(*k)));
    fields
        .into_iter()
        .filter_map(|field| {
            // An export leaves out a field at its default; that default is what it holds.
            let (old, new) = match (before.get(field), after.get(field)) {
                (Some(o), Some(n)) => (o.clone(), n.clone()),
                (Some(o), None) => (o.clone(), left_out(section, field, o)),
                (None, Some(n)) => (left_out(section, field, n), n.clone()),
                (None, None) => return None,
            };
            (old != new).then(|| FieldChange { field: field.clone(), old, new })
        })
        .collect()
}

/// What a field an export left out holds, given the value the other side shows: the section's
/// own default where it says one, the other value of a flag (a flag is left out at its
/// default only), an empty list, or none.
fn left_out(section: &str, field: &str, other: &Value) -> Value {
    if let Some(d) = default_of(section, field) {
        return d;
    }
    match other {
        Value::Bool(b) => Value::Bool(!b),
        Value::Array(_) => Value::Array(Vec::new()),
        _ => Value::Null,
    }
}
