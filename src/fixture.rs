//! The fixture file format of `seed apply` / `seed export`, under the name the binary and the
//! tests use. Each section's spec lives with the rest of that section in
//! `ops/seed/sections/`; the text side (parsing, positions, writing) in `ops/seed/file/`.

pub use crate::ops::seed::{
    AccountSpec, ContentSpec, Fixture, FixtureFormat, FixtureWriter, GrantSpec, IntegrationSpec, PlanSpec, Problem,
    SiteSpec, Source, Syntax, UserSpec,
};
