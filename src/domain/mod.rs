//! The product's nouns: plans, accounts, users, industries, sites, sectors, grants, audit rows.
//!
//! Plain data and the invariants of single values. No I/O and no imports from the rest of the
//! crate except the error type: every other layer depends on this one, never the reverse.

mod taxonomy;
mod values;

pub use taxonomy::{Taxonomy, TaxonomyIndustry, TaxonomySector, EMBEDDED as EMBEDDED_TAXONOMY};

pub use values::{Domain, Email, SiteRef, Slug, SLUG_MAX};

use serde::{Deserialize, Serialize};

/// Characters that change how the text around them reads without showing themselves:
/// bidirectional embeddings, overrides and isolates, and zero-width characters.
pub fn is_deceptive_char(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// A closed set of string values: the one list from which parsing, clap's possible values,
/// completions and help are derived, so they cannot drift apart.
pub trait Vocabulary: Sized + Copy + 'static {
    const ALL: &'static [Self];
    fn as_str(self) -> &'static str;
    /// The value named `s`, if any.
    fn from_name(s: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.as_str() == s)
    }
}

/// Defines a closed set of snake_case string values with parsing, display and the list of
/// valid values for error messages.
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident, $code:ident, { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            pub fn names() -> String {
                [$($text),+].join(", ")
            }
        }

        impl $crate::domain::Vocabulary for $name {
            const ALL: &'static [$name] = $name::ALL;
            fn as_str(self) -> &'static str {
                $name::as_str(self)
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::error::Error;
            fn from_str(s: &str) -> $crate::error::Result<Self> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::error::Error::new($crate::error::Code::$code, format!("invalid {} {:?}", stringify!($name).to_lowercase(), s))
                        .with_hint(format!("use one of: {}", $name::names()))),
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use string_enum;

string_enum!(
    /// What a user may do in the product.
    Role, InvalidRole, {
        Developer => "developer", Owner => "owner", Admin => "admin",
        Editor => "editor", Viewer => "viewer", SystemBot => "system_bot",
    }
);

string_enum!(
    /// An account's standing; only `active` and `trial` accounts may act.
    AccountStatus, InvalidAccountStatus, {
        Active => "active", Trial => "trial", Suspended => "suspended", Cancelled => "cancelled",
    }
);

string_enum!(
    /// A site's lifecycle status.
    SiteStatus, InvalidSiteStatus, { Active => "active", Inactive => "inactive", Suspended => "suspended" }
);

string_enum!(
    /// Where a site is hosted.
    HostingType, InvalidHostingType, {
        Igny8Sites => "igny8_sites", Wordpress => "wordpress", Shopify => "shopify", Multi => "multi",
    }
);

string_enum!(
    /// What kind of site it is.
    SiteType, InvalidSiteType, {
        Marketing => "marketing", Ecommerce => "ecommerce", Blog => "blog",
        Portfolio => "portfolio", Corporate => "corporate",
    }
);

string_enum!(
    /// What a create command does when the object already exists.
    IfExists, InvalidIfExists, { Error => "error", Skip => "skip", Update => "update" }
);

impl AccountStatus {
    /// Whether users of the account may do anything at all (upstream middleware blocks the rest).
    pub fn may_act(self) -> bool {
        matches!(self, AccountStatus::Active | AccountStatus::Trial)
    }
}

/// What a create command did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Created,
    Updated,
    Unchanged,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Created => "created",
            Outcome::Updated => "updated",
            Outcome::Unchanged => "unchanged",
        }
    }
}

/// A subscription plan and its hard limits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Plan {
    pub id: i64,
    pub slug: Slug,
    pub name: String,
    pub max_sites: i64,
    pub max_users: i64,
    pub max_sectors_per_site: i64,
    pub is_active: bool,
    pub created_at: String,
    pub updated_at: String,
}

/// A tenant.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Account {
    pub id: i64,
    pub slug: Slug,
    pub name: String,
    pub status: AccountStatus,
    pub plan: Slug,
    pub owner: Option<Email>,
    pub created_at: String,
    pub updated_at: String,
    #[serde(skip)]
    pub plan_id: i64,
    #[serde(skip)]
    pub owner_id: Option<i64>,
}

/// A person (or bot) who uses the product.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i64,
    pub email: Email,
    pub name: String,
    pub role: Role,
    pub account: Slug,
    pub created_at: String,
    pub updated_at: String,
    #[serde(skip)]
    pub account_id: i64,
}

/// Global reference data: an industry a site can belong to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Industry {
    pub id: i64,
    pub slug: Slug,
    pub name: String,
    pub description: String,
    pub is_active: bool,
    pub sectors: i64,
}

/// Global reference data: a sector template of an industry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndustrySector {
    pub id: i64,
    pub industry: Slug,
    pub slug: Slug,
    pub name: String,
    pub description: String,
    pub is_active: bool,
    #[serde(skip)]
    pub industry_id: i64,
}

/// A tenant's site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Site {
    pub id: i64,
    pub account: Slug,
    pub slug: Slug,
    pub name: String,
    pub domain: Option<String>,
    pub status: SiteStatus,
    pub is_active: bool,
    pub industry: Option<Slug>,
    pub sectors: i64,
    pub hosting_type: HostingType,
    pub site_type: SiteType,
    pub seo_title: Option<String>,
    pub seo_description: Option<String>,
    pub seo_keywords: Option<String>,
    pub og_image_url: Option<String>,
    pub has_api_key: bool,
    pub wp: Option<WpSummary>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
    #[serde(skip)]
    pub account_id: i64,
    #[serde(skip)]
    pub industry_id: Option<i64>,
}

impl Site {
    /// The qualified reference `ACCOUNT/SLUG`, unique across the database.
    pub fn qualified(&self) -> String {
        format!("{}/{}", self.account, self.slug)
    }
}

/// A sector chosen for a site (a copy of an industry sector template).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sector {
    pub id: i64,
    pub site_id: i64,
    pub industry: Slug,
    pub slug: Slug,
    pub name: String,
    pub is_active: bool,
    pub created_at: String,
    pub deactivated_at: Option<String>,
    #[serde(skip)]
    pub industry_sector_id: i64,
}

/// An explicit grant of one site to one user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SiteAccess {
    pub site_id: i64,
    pub site: String,
    pub user: Email,
    pub role: Role,
    pub granted_by: Option<String>,
    pub created_at: String,
}

/// One row of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: String,
    pub os_user: String,
    pub actor: String,
    pub command: String,
    pub target: String,
    pub action: String,
    pub outcome: String,
}

/// Which sites an actor may see (computed by `rules::visibility`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    All,
    /// The sites of this account id.
    Account(i64),
    /// The sites granted to this user id.
    Grants(i64),
}

/// Who is running a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Actor {
    /// No `--as`: the operator, with developer-level rights.
    Operator,
    /// `--as EMAIL`: the product's rules for that user apply.
    User { user: User, account_status: AccountStatus },
}

impl Actor {
    /// How the actor is named in audit rows and messages.
    pub fn label(&self) -> String {
        match self {
            Actor::Operator => "operator".to_string(),
            Actor::User { user, .. } => user.email.to_string(),
        }
    }
}

string_enum!(
    /// How sitectl talks to a WordPress site.
    WpMode, InvalidWpMode, { Bridge => "bridge", Core => "core", Anonymous => "anonymous" }
);

string_enum!(
    /// Whether an integration's last connect or test reached WordPress.
    ConnectionStatus, InvalidConnectionStatus, { Connected => "connected", Error => "error", Disconnected => "disconnected" }
);

string_enum!(
    /// Where an integration's syncing stands.
    SyncStatus, InvalidSyncStatus, { Idle => "idle", Syncing => "syncing", Completed => "completed", Error => "error" }
);

string_enum!(
    /// What a sync event records.
    EventKind, InvalidEventKind, { Connect => "connect", Test => "test", Structure => "structure", Content => "content" }
);

string_enum!(
    /// How a sync event ended (or that it has not).
    EventStatus, InvalidEventStatus, { Started => "started", Succeeded => "succeeded", Failed => "failed" }
);

/// Which audit rows `audit list` shows.
#[derive(Debug, Clone, Default)]
pub struct AuditQuery {
    /// RFC 3339 timestamp; rows at or after it.
    pub since: Option<String>,
    /// Substring of the target.
    pub target: Option<String>,
    /// The acting user's email (any case) or `operator`.
    pub actor: Option<String>,
    /// The newest N rows.
    pub limit: Option<i64>,
}

/// Which mirrored WordPress items `wp content list` shows.
#[derive(Debug, Clone, Default)]
pub struct ContentQuery {
    pub post_type: Option<String>,
    pub status: Option<String>,
    /// Substring of the title or slug.
    pub search: Option<String>,
    pub limit: Option<i64>,
}

/// A site's WordPress connection in one word for lists: `core:connected`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WpSummary {
    pub mode: WpMode,
    pub status: ConnectionStatus,
}

impl std::fmt::Display for WpSummary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.mode, self.status)
    }
}

impl Serialize for WpSummary {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// What discovery and the structure sync learned about a connected WordPress (the
/// integration's `config`), parsed once when the row is read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct IntegrationConfig {
    pub site_name: String,
    pub description: String,
    pub home: String,
    /// Hours east of UTC (WordPress's `gmt_offset`).
    pub gmt_offset: f64,
    pub namespaces: Vec<String>,
    pub application_passwords: bool,
    pub wordpress_version: Option<String>,
    pub connected_at: Option<String>,
    /// The operator accepted credentials over plain http (`--allow-insecure-http`).
    pub allow_insecure_http: bool,
    /// The site answered on https for the http address given.
    pub upgraded_to_https: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_types: Option<ContentTypes>,
}

/// A content type of the site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PostType {
    pub slug: String,
    pub name: String,
    pub rest_base: String,
    pub hierarchical: bool,
    pub taxonomies: Vec<String>,
    pub count: Option<u64>,
}

/// A taxonomy of the site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TaxonomyInfo {
    pub slug: String,
    pub name: String,
    pub rest_base: String,
    pub types: Vec<String>,
    pub hierarchical: bool,
    pub count: Option<u64>,
}

/// The post types and taxonomies the last structure sync found.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ContentTypes {
    pub post_types: Vec<PostType>,
    pub taxonomies: Vec<TaxonomyInfo>,
    pub fetched_at: String,
}

/// A site's connection to WordPress. Credentials stay sealed and are never serialized.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Integration {
    pub id: i64,
    pub site_id: i64,
    pub site: String,
    pub platform: String,
    pub external_site_url: String,
    pub rest_root: String,
    pub mode: WpMode,
    pub username: Option<String>,
    pub has_credentials: bool,
    pub is_active: bool,
    pub connection_status: ConnectionStatus,
    pub sync_enabled: bool,
    pub sync_status: SyncStatus,
    pub last_sync_at: Option<String>,
    pub sync_error: Option<String>,
    pub config: IntegrationConfig,
    pub created_at: String,
    pub updated_at: String,
    #[serde(skip)]
    pub account_id: i64,
    /// Bumped by every connect: a sync that began under another generation must not write.
    #[serde(skip)]
    pub generation: i64,
    /// Post type -> modified_gmt high-water mark of the last successful content sync.
    #[serde(skip)]
    pub content_cursor: std::collections::BTreeMap<String, String>,
    #[serde(skip)]
    pub credentials: Option<Vec<u8>>,
}

/// One remote operation on a site's WordPress: connect, test, structure or content sync.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SyncEvent {
    pub id: i64,
    pub site_id: i64,
    pub kind: EventKind,
    pub status: EventStatus,
    pub created: i64,
    pub updated: i64,
    pub deleted: i64,
    pub unchanged: i64,
    pub requests: i64,
    pub error: Option<String>,
    pub started_at: String,
    pub finished_at: Option<String>,
}

/// A taxonomy term of a WordPress site, as mirrored locally.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WpTerm {
    pub taxonomy: String,
    pub wp_id: i64,
    pub name: String,
    pub slug: String,
    pub parent: i64,
    pub count: i64,
}

/// A post, page or other public item of a WordPress site, as mirrored locally.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WpContent {
    pub post_type: String,
    pub wp_id: i64,
    pub slug: String,
    pub title: String,
    pub status: String,
    pub link: String,
    pub author: i64,
    pub modified_gmt: String,
    /// Taxonomy slug -> term ids.
    pub terms: std::collections::BTreeMap<String, Vec<i64>>,
}

/// What a mirror write did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct MirrorCounts {
    pub created: i64,
    pub updated: i64,
    pub deleted: i64,
    pub unchanged: i64,
}

impl MirrorCounts {
    pub fn add(&mut self, o: MirrorCounts) {
        self.created += o.created;
        self.updated += o.updated;
        self.deleted += o.deleted;
        self.unchanged += o.unchanged;
    }
}
