//! sitectl: the site lifecycle of a multi-tenant content platform, over SQLite.
//!
//! The layers, and the only directions their imports go:
//!
//! ```text
//! cli (binary) ──► ops ──► rules  ──► domain
//!                   │ ───► store  ──► domain
//!                   └────────────────► domain
//! config: plain settings, resolved by the binary and handed down
//! ```
//!
//! - [`domain`]: the product's nouns and validated values; no I/O.
//! - [`rules`]: pure decisions (permissions, visibility, plan limits, sector selection).
//! - [`store`]: SQLite; the only place SQL lives.
//! - [`ops`]: one function per use case, each in one transaction, returning a typed report.
//! - [`config`]: layered settings (defaults < file < profile < env < flags).
//! - [`wordpress`]: HTTP to WordPress: every request is built there from plain inputs, the only
//!   place reqwest lives; decides no business rule. (`layers` tests check both.)
//! - [`error`]: the error type and the closed set of codes; [`fixture`]: the seed file format;
//!   [`bounded`]: every read from outside, bounded; [`pool`]: the one bounded worker pool;
//!   [`secrets`]: sealing secrets at rest.
//!
//! The library never prints and never reads the environment; the binary does both.
#![deny(clippy::print_stdout, clippy::print_stderr)]

pub mod bounded;
pub mod config;
pub mod domain;
pub mod error;
pub mod fixture;
pub mod ops;
pub mod pool;
pub mod rules;
pub mod secrets;
pub mod store;
pub mod wordpress;

#[cfg(test)]
mod layers;

pub use error::{Code, Error, ErrorKind, Result};
