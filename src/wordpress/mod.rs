//! Talking to WordPress over HTTP: the only place reqwest lives.
//!
//! `client` sends requests with our limits and maps HTTP outcomes to errors; `discovery` finds
//! the REST root and proves a site is WordPress; `fetch` reads structure and content, in
//! consistent reads; `wire` decodes collection answers into bounded values as they arrive. This
//! module never touches the database and decides no business rule: `ops` does both.

pub mod client;
pub mod discovery;
pub mod fetch;
pub mod origin;
pub mod wire;

pub use crate::domain::{PostType, TaxonomyInfo};
pub use client::{Auth, Http, HttpSettings, RestRoot};
pub use discovery::{discover, normalize_site_url, Discovery, MAX_GMT_OFFSET_HOURS};
pub use fetch::{
    fetch_collection, fetch_content, fetch_structure, is_wordpress_time, Collection, CollectionRead, NoProgress,
    Progress, RunBudget, RunLimits, Structure,
};
pub use origin::{require_secure_transport, Origin};
