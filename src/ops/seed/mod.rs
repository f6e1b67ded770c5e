//! Declarative seeding: `seed apply` (validate the whole file, then apply it in one
//! transaction with the commands' rules, read and written in batches), `seed export` (a file `seed apply`
//! accepts), and `seed generate` (a deterministic synthetic data set for load tests).
//!
//! `snapshot` reads what a file touches in bulk; `validate` finds every problem of the file
//! (with positions) through the same rules the commands use; `apply` writes it in one
//! transaction (new objects in batches with rows from the use cases' own functions, changes
//! through the use cases); `export` writes what `apply` accepts; `generate` writes bulk
//! synthetic data straight through the store.

mod apply;
mod export;
mod generate;
mod integration;
mod snapshot;
mod validate;

use serde::Serialize;

use crate::domain::Outcome;

pub use apply::apply;
pub use export::export;
pub use generate::{generate, GenerateInput, GenerateReport};

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

/// Looks up environment variables a fixture names (the binary supplies it).
pub type EnvLookup<'a> = &'a dyn Fn(&str) -> Option<String>;
