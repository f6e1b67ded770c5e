//! Declarative seeding: `seed apply` (validate the whole file, then apply it in one
//! transaction with the commands' rules, read and written in batches), `seed diff` (apply's own
//! path, rolled back, reported field by field), `seed export` (a file `seed apply` accepts, or
//! one section as CSV), and `seed generate` (a deterministic synthetic data set for load tests).
//!
//! Organised by entity: `sections/` holds one file per fixture section (plans, accounts, users,
//! sites, grants, integrations, content), each with its spec, its bulk reads, its checks, how it
//! applies and how it exports, and the list that orders them. The steps walk that list:
//! `file/` parses the text (TOML, JSON, or one section as CSV) and places problems (positions,
//! JSON paths, CSV rows) and writes fixtures (`writer`); `snapshot` locks the accounts a file names and reads what it touches in bulk;
//! `validate` finds every problem (with positions); `apply` writes it in one transaction;
//! `diff` runs `apply` and rolls it back, comparing what `export` writes before and after;
//! `export` writes what `apply` accepts; `generate` writes bulk synthetic data straight
//! through the store.

mod apply;
mod check;
mod diff;
mod export;
pub mod file;
mod generate;
mod sections;
mod snapshot;
mod validate;

use serde::Serialize;

use crate::domain::Outcome;

pub use apply::apply;
pub use diff::{diff, DiffItem, DiffReport, FieldChange};
pub use export::export;
pub use file::writer::{FixtureFormat, FixtureWriter};
pub use file::{Problem, Syntax};
pub use generate::{generate, GenerateInput, GenerateReport};
pub use sections::{
    AccountSpec, ContentSpec, Fixture, GrantSpec, IntegrationSpec, PlanSpec, SiteSpec, Source, UserSpec, NOT_SEEDED,
    SECTIONS, SECTION_TABLES,
};

/// What happened to one object of the file.
#[derive(Debug, Clone, Serialize)]
pub struct SeedItem {
    pub kind: &'static str,
    pub key: String,
    pub action: Outcome,
}

/// Counts by action.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// What `seed apply` did (or, in a dry run, would do).
#[derive(Debug, Clone, Serialize)]
pub struct ApplyReport {
    pub file: String,
    pub dry_run: bool,
    pub items: Vec<SeedItem>,
    pub totals: Totals,
}

/// A section as CSV: its name and its columns (its fields, as the TOML keys); a section the
/// fixture does not have is a usage error.
pub fn csv_section(section: &str) -> crate::error::Result<(&'static str, &'static [&'static str])> {
    let name = SECTIONS.iter().find(|s| **s == section);
    name.and_then(|n| Some((*n, file::csv::fields_of::<Fixture>(n)?))).ok_or_else(|| {
        crate::error::Error::new(
            crate::error::Code::Usage,
            format!("there is no section '{section}'; the sections are {}", SECTIONS.join(", ")),
        )
    })
}

/// Looks up environment variables a fixture names (the binary supplies it).
pub type EnvLookup<'a> = &'a dyn Fn(&str) -> Option<String>;
