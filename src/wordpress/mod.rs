//! Talking to WordPress over HTTP: the only place reqwest lives.
//!
//! Every WordPress request is built here, from plain input types; `ops` decides what to send and
//! what an answer means for the item (adopt, conflict, gone) and never names a route or an HTTP
//! type.
//!
//! `client` sends requests with our limits and maps HTTP outcomes to errors; `discovery` finds
//! the REST root and proves a site is WordPress; `fetch` reads structure and content, in
//! consistent reads; `wire` decodes collection answers into bounded values as they arrive;
//! `posts`, `terms`, `users` and `bridge` are the requests of publishing and connecting;
//! `marker` is how a post carries sitectl's creation token; `inventory` reads which plugins and
//! themes a site runs and the bridge plugin's status. This module never touches the
//! database and decides no business rule: `ops` does both.

pub mod bridge;
pub mod client;
pub mod discovery;
pub mod fetch;
pub mod inventory;
pub mod marker;
pub mod origin;
pub mod posts;
pub mod scheduled;
pub mod terms;
pub mod users;
pub mod wire;

pub use crate::domain::{PostType, TaxonomyInfo};
pub use client::{Auth, Http, HttpSettings, RestRoot};
pub use discovery::{default_rest_root, discover, normalize_site_url, Discovery, MAX_GMT_OFFSET_HOURS};
pub use fetch::{
    fetch_collection, fetch_content, fetch_structure, is_wordpress_time, Collection, CollectionRead, NoProgress,
    Progress, RunBudget, RunLimits, Structure,
};
pub use origin::{require_secure_transport, Origin};
pub use posts::{Candidate, Post, PostDraft, SlugLookup};
pub use terms::{TermCache, TermKind};
