//! The fixture's sections, one file each, and the one list that orders them.
//!
//! A section (plans, accounts, ...) owns everything about its objects: its spec (the type a
//! fixture holds), what it reads of the database, its checks, how it applies and how it exports.
//! The generic steps (parse, snapshot, validate, apply, export) walk [`sections!`]'s list in
//! dependency order, a section after every section it refers to. Adding a section is one new
//! file implementing [`Section`] and one line in the list; `the_schema_is_covered` (below) and
//! the integration test `every_section_exports_what_it_applies` fail until its tables are
//! mapped and its export writes what its apply reads.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::check::Check;
use super::file::writer::FixtureWriter;
use super::{EnvLookup, SeedItem};
use crate::domain::{Account, Actor, Outcome};
use crate::error::{Error, Result};
use crate::ops::Ctx;
use crate::store::Tx;
use crate::wordpress::Progress;

/// One section of a fixture, implemented by its spec type (the object the file holds).
pub trait Section: Sized {
    /// The section's key in a file (`plans`), and its field of [`Fixture`] and [`Snapshot`].
    const NAME: &'static str;
    /// The tenant tables this section seeds (and so must export).
    const TABLES: &'static [&'static str];
    /// What the database holds for this section's objects, as [`Section::read`] reads it.
    type Stored: Default;

    /// The account slugs and emails an object names: the accounts a write locks and reads.
    fn names<'a>(&'a self, _names: &mut Names<'a>) {}

    /// Reads this section's part of a snapshot, in bulk (batched lookups, never a query per
    /// object); `parts` says which optional parts the caller needs.
    fn read(tx: &Tx<'_>, keys: &mut Keys, parts: Parts, stored: &mut Self::Stored) -> Result<()>;

    /// Every problem of this section's objects, against the snapshot and what the sections
    /// before it established (`known`), which it extends for the sections after it.
    fn check(items: &[Self], c: &mut Check<'_>, snap: &Snapshot, known: &mut Known);

    /// Writes this section's objects, in batches where new (see `apply.rs`).
    fn apply(items: &[Self], a: &Applying<'_>, out: &mut Out<'_>) -> Result<()>;

    /// Runs after section `applied` was applied (plans settle once accounts exist).
    fn after(_items: &[Self], _applied: &'static str, _a: &Applying<'_>, _out: &mut Out<'_>) -> Result<()> {
        Ok(())
    }

    /// The value of a field that exports leave out at its default, when that default is not
    /// the empty value of its type (none, no text, an empty list; a flag left out is the
    /// opposite of the value shown): what `seed diff` shows as that field's old or new value.
    /// `defaults_of_left_out_fields_are_known` (below) fails until a new such field is here.
    fn default_of(_field: &str) -> Option<serde_json::Value> {
        None
    }

    /// Writes what `scope` covers of this section, streamed from one query.
    fn export<W: std::io::Write>(tx: &Tx<'_>, scope: &Scope<'_>, out: &mut FixtureWriter<W>) -> Result<()>;
}

/// The sections in dependency order, each `file: Spec` (the file `file.rs` beside this one
/// defines `Spec`, which implements [`Section`]). Declares the files and generates the
/// [`Fixture`], the [`Snapshot`], the list [`SECTIONS`] and the loops that walk them.
macro_rules! sections {
    ($($name:ident: $spec:ident),* $(,)?) => {
        $(
            mod $name;
            pub use $name::$spec;
        )*

        /// A whole fixture: the objects to create or update, referenced by slug and email.
        #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Fixture {
            $(
                #[serde(default, skip_serializing_if = "Vec::is_empty")]
                pub $name: Vec<$spec>,
            )*
        }

        /// What a fixture touches in the database, read in bulk, each section's part by its
        /// own [`Section::read`].
        #[derive(Default)]
        pub struct Snapshot {
            $(pub $name: <$spec as Section>::Stored,)*
        }

        /// The sections' names, in the order they are checked, applied and exported.
        pub const SECTIONS: &[&str] = &[$(<$spec as Section>::NAME),*];

        /// Each section's name with the tables it seeds.
        pub const SECTION_TABLES: &[(&str, &[&str])] = &[$((<$spec as Section>::NAME, <$spec as Section>::TABLES)),*];

        /// Each section's field as the list spells it.
        #[cfg(test)]
        const FIELDS: &[&str] = &[$(stringify!($name)),*];

        impl Fixture {
            /// Objects in the whole file.
            pub(super) fn objects(&self) -> usize {
                0 $(+ self.$name.len())*
            }

            /// Every account slug and email the file names.
            pub(super) fn names(&self) -> Names<'_> {
                let mut names = Names::default();
                $(for item in &self.$name {
                    item.names(&mut names);
                })*
                names
            }
        }

        impl Snapshot {
            pub(super) fn read_sections(tx: &Tx<'_>, keys: &mut Keys, parts: Parts) -> Result<Snapshot> {
                let mut snap = Snapshot::default();
                $(<$spec as Section>::read(tx, keys, parts, &mut snap.$name)?;)*
                Ok(snap)
            }
        }

        /// Every section's checks, in order.
        pub(super) fn check_sections(c: &mut Check<'_>, snap: &Snapshot) {
            let src = c.src;
            let f = &src.fixture;
            let mut known = Known::default();
            $(<$spec as Section>::check(&f.$name, c, snap, &mut known);)*
        }

        /// Every section applied, in order, each followed by the sections' `after`.
        pub(super) fn apply_sections(a: &Applying<'_>, out: &mut Out<'_>) -> Result<()> {
            let f = &a.src.fixture;
            $(
                out.starts(<$spec as Section>::NAME);
                <$spec as Section>::apply(&f.$name, a, out)?;
                after_sections(<$spec as Section>::NAME, a, out)?;
            )*
            Ok(())
        }

        fn after_sections(applied: &'static str, a: &Applying<'_>, out: &mut Out<'_>) -> Result<()> {
            let f = &a.src.fixture;
            $(<$spec as Section>::after(&f.$name, applied, a, out)?;)*
            Ok(())
        }

        /// The default of a field of `section` that exports leave out ([`Section::default_of`]).
        pub(super) fn default_of(section: &str, field: &str) -> Option<serde_json::Value> {
            $(if section == <$spec as Section>::NAME {
                return <$spec as Section>::default_of(field);
            })*
            None
        }

        /// Every section exported, in order.
        pub(super) fn export_sections<W: std::io::Write>(
            tx: &Tx<'_>,
            scope: &Scope<'_>,
            out: &mut FixtureWriter<W>,
        ) -> Result<()> {
            $(if out.wants(<$spec as Section>::NAME) {
                <$spec as Section>::export(tx, scope, out)?;
            })*
            Ok(())
        }
    };
}

sections! {
    plans: PlanSpec,
    accounts: AccountSpec,
    users: UserSpec,
    sites: SiteSpec,
    grants: GrantSpec,
    integrations: IntegrationSpec,
    content: ContentSpec,
}

/// Tenant tables no section seeds, and why: a table must be a section's or listed here.
pub const NOT_SEEDED: &[&str] = &[
    // The schema's own bookkeeping (version, keys).
    "meta",
    // The industry taxonomy ships with the schema; sites refer to it by slug.
    "industries",
    "industry_sectors",
    // History, not state: what happened is not what a tenant is.
    "audit_log",
    "audit_targets",
    "sync_events",
    // The mirror of each WordPress site, rebuilt by `wp sync`.
    "wp_terms",
    "wp_content",
    // What each WordPress runs, observed by `wp inventory --refresh`, `wp test` and `wp sync`.
    "wp_inventory",
    "wp_components",
    "wp_scheduled",
    // What was published where, recorded by publishing to a live site.
    "publishing_records",
];

/// A file: its text, where its parts are, and its sections' data.
pub type Source = super::file::Source<Fixture>;

impl Fixture {
    /// The fixture as TOML text (deterministic: same data, same bytes).
    pub fn to_toml(&self) -> Result<String> {
        super::file::writer::to_toml(self)
    }

    /// The fixture as pretty JSON text.
    pub fn to_json(&self) -> Result<String> {
        super::file::writer::to_json(self)
    }
}

/// The account slugs and emails a file names.
#[derive(Default)]
pub struct Names<'a> {
    pub accounts: Vec<&'a str>,
    pub emails: Vec<&'a str>,
}

/// The account part of an `ACCOUNT/SLUG` site key.
pub(super) fn account_of(key: &str) -> Option<&str> {
    key.split_once('/').map(|(a, _)| a)
}

/// What snapshot reads look up by: the well-formed slugs and emails named, and the ids of the
/// accounts found (set by the accounts section, read by the sections after it).
pub struct Keys {
    pub slugs: Vec<String>,
    pub emails: Vec<String>,
    pub account_ids: Vec<i64>,
}

/// Which optional parts to read besides plans, the fixture's accounts and their users.
#[derive(Debug, Clone, Copy, Default)]
pub struct Parts {
    pub sites: bool,
    pub sectors: bool,
    pub grants: bool,
    pub taxonomy: bool,
    pub content: bool,
}

impl Parts {
    pub const ALL: Parts = Parts { sites: true, sectors: true, grants: true, taxonomy: true, content: true };
}

/// Plan limits as the file leaves them (file over database).
#[derive(Clone, Copy)]
pub struct Limits {
    pub max_sites: i64,
    pub max_users: i64,
    pub max_sectors: i64,
    pub active: bool,
}

/// What validation knows once a section is checked: the database's state with the file's
/// objects so far applied over it, for the sections that refer to them.
#[derive(Default)]
pub struct Known {
    /// Plan slug to its limits.
    pub plans: HashMap<String, Limits>,
    /// Account slug to its plan's slug.
    pub account_plan: HashMap<String, String>,
    /// Owner email to the account the file makes it own.
    pub owners: HashMap<String, String>,
    /// User email to its account's slug.
    pub user_account: HashMap<String, String>,
    /// Live site `ACCOUNT/SLUG` to its account's slug.
    pub site_keys: HashMap<String, String>,
}

impl Known {
    /// The limits of an account's plan, when both are known.
    pub fn limits_of(&self, account: &str) -> Option<Limits> {
        self.account_plan.get(account).and_then(|p| self.plans.get(p)).copied()
    }
}

/// What applying a section works with.
pub struct Applying<'a> {
    pub tx: &'a Tx<'a>,
    pub ctx: &'a Ctx,
    pub actor: &'a Actor,
    pub src: &'a Source,
    pub env: EnvLookup<'a>,
}

impl Applying<'_> {
    /// A fresh snapshot, so a section sees what the sections before it wrote.
    pub fn snapshot(&self, parts: Parts) -> Result<Snapshot> {
        Snapshot::load(self.tx, &self.src.fixture, parts)
    }

    /// An error met while applying one object, placed at that object in the file (validation
    /// catches nearly everything first; this covers what only applying can find).
    pub fn at(&self, section: &str, index: usize, e: Error) -> Error {
        let p = self.src.problem(section, index, "", e.code, e.message.clone());
        let mut placed = Error::new(e.code, format!("{p}"));
        placed.hint = e.hint.clone();
        placed.with_details(serde_json::json!({ "problems": [p] }))
    }
}

/// The report's items, in file order, and the progress bar.
pub struct Out<'a> {
    pub items: Vec<SeedItem>,
    pub progress: &'a dyn Progress,
    /// Where each section's items start.
    starts: HashMap<&'static str, usize>,
}

impl<'a> Out<'a> {
    pub(super) fn new(progress: &'a dyn Progress) -> Out<'a> {
        Out { items: Vec::new(), progress, starts: HashMap::new() }
    }

    fn starts(&mut self, section: &'static str) {
        self.starts.insert(section, self.items.len());
    }

    pub fn push(&mut self, kind: &'static str, key: String, action: Outcome) {
        self.items.push(SeedItem { kind, key, action });
        self.progress.advance(1);
    }

    /// The report item of the `index`th object of `section` (applied already).
    pub fn item_mut(&mut self, section: &str, index: usize) -> Option<&mut SeedItem> {
        let start = *self.starts.get(section)?;
        self.items.get_mut(start + index)
    }
}

/// What an export covers.
pub struct Scope<'a> {
    /// The accounts named (all accounts when `which` is `None`).
    pub named: &'a [Account],
    /// Their ids, or `None` for every account.
    pub which: Option<&'a [i64]>,
    /// Every plan, not only the named accounts' (what `seed diff` compares a file's plans with).
    pub every_plan: bool,
    pub progress: &'a dyn Progress,
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// Every table the migrations create, read from their text (both engines).
    fn schema_tables() -> BTreeSet<String> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store/migrations");
        let mut tables = BTreeSet::new();
        let mut renamed = Vec::new();
        for engine in ["sqlite", "postgres"] {
            for entry in std::fs::read_dir(dir.join(engine)).unwrap() {
                let text = std::fs::read_to_string(entry.unwrap().path()).unwrap().to_lowercase();
                let mut words = text.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty());
                while let Some(w) = words.next() {
                    if w == "create" {
                        let mut next = words.clone();
                        if next.next() == Some("table") {
                            let mut name = next.next().unwrap_or_default();
                            if name == "if" {
                                name = next.nth(2).unwrap_or_default();
                            }
                            tables.insert(name.to_string());
                        }
                    }
                    // A table rebuilt under a temporary name and renamed (`0011`) is one table.
                    if w == "alter" {
                        let mut next = words.clone();
                        if next.next() == Some("table") {
                            let name = next.next().unwrap_or_default();
                            if next.next() == Some("rename") && next.next() == Some("to") {
                                renamed.push(name.to_string());
                            }
                        }
                    }
                }
            }
        }
        for name in renamed {
            tables.remove(&name);
        }
        tables
    }

    /// Every table of the schema is seeded by exactly one section or listed in [`NOT_SEEDED`]:
    /// a new tenant table fails here until a section seeds (and so exports) it or the list says
    /// why it is not seeded.
    #[test]
    fn the_schema_is_covered() {
        let tables = schema_tables();
        assert!(tables.contains("plans") && tables.contains("content_items"), "{tables:?}");
        let mut owner: HashMap<&str, &str> = HashMap::new();
        for (name, seeded) in SECTION_TABLES {
            for t in *seeded {
                assert!(owner.insert(t, name).is_none(), "{t} is seeded by two sections");
            }
        }
        for t in NOT_SEEDED {
            assert!(owner.insert(t, "NOT_SEEDED").is_none(), "{t} is both seeded and not seeded");
        }
        let missing: Vec<&String> = tables.iter().filter(|t| !owner.contains_key(t.as_str())).collect();
        assert!(missing.is_empty(), "tables neither a section's nor in NOT_SEEDED: {missing:?}");
        let unknown: Vec<&&str> = owner.keys().filter(|t| !tables.contains(**t)).collect();
        assert!(unknown.is_empty(), "not tables of the schema: {unknown:?}");
    }

    /// For every field an export leaves out (at its default), `seed diff` knows the value it
    /// stands for: the one `default_of` gives, or the empty value of its type. Checked on the
    /// demo's first object of every section: the object read without the field equals the
    /// object read with that value.
    #[test]
    fn defaults_of_left_out_fields_are_known() {
        let demo = crate::ops::seed::Source::parse("demo.toml", include_str!("../../../../fixtures/demo.toml").into())
            .unwrap()
            .fixture;
        let demo = serde_json::to_value(&demo).unwrap();
        let read = |section: &str, obj: &serde_json::Value| -> Option<Fixture> {
            serde_json::from_value(serde_json::json!({ section: [obj] })).ok()
        };
        for section in SECTIONS {
            let sample = demo[*section][0].as_object().unwrap_or_else(|| panic!("the demo has no {section}")).clone();
            for field in crate::ops::seed::file::csv::fields_of::<Fixture>(section).unwrap() {
                let mut without = sample.clone();
                without.remove(*field);
                let Some(left_out) = read(section, &serde_json::Value::Object(without.clone())) else { continue };
                let written = serde_json::to_value(&left_out).unwrap();
                if written[*section][0].get(*field).is_some() {
                    continue;
                }
                let candidates = match default_of(section, field) {
                    Some(d) => vec![d],
                    None => vec![serde_json::Value::Null, "".into(), serde_json::json!([]), false.into(), true.into()],
                };
                let known = candidates.into_iter().any(|value| {
                    let mut with = without.clone();
                    with.insert(field.to_string(), value);
                    read(section, &serde_json::Value::Object(with)).as_ref() == Some(&left_out)
                });
                assert!(known, "{section}.{field} is left out of exports at a default `seed diff` cannot tell");
            }
        }
    }

    /// A section's name is its key in the file and its field in the list.
    #[test]
    fn sections_are_named_as_listed() {
        assert_eq!(FIELDS, SECTIONS);
        assert_eq!(SECTION_TABLES.iter().map(|(name, _)| *name).collect::<Vec<_>>(), SECTIONS);
    }
}
