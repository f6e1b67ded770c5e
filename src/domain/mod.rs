//! The product's nouns: plans, accounts, users, industries, sites, sectors, grants, audit rows.
//!
//! Plain data and the invariants of single values. No I/O and no imports from the rest of the
//! crate except the error type: every other layer depends on this one, never the reverse.

mod audit;
mod content;
mod inventory;
mod taxonomy;
mod text;
mod values;
mod version;
mod wordpress;

pub use taxonomy::{Taxonomy, TaxonomyIndustry, TaxonomySector, EMBEDDED as EMBEDDED_TAXONOMY};

pub use audit::{AuditAction, AuditSubject, AuditTarget};
pub use content::*;
pub use inventory::*;
pub use text::{Body, Excerpt, Name, OgImageUrl, SeoText, Title, UserName};
pub use values::{clip, Domain, Email, SiteRef, Slug, SLUG_MAX};
pub use version::compare_versions;
pub use wordpress::*;

use serde::Serialize;

/// Characters that change how the text around them reads without showing themselves:
/// bidirectional embeddings, overrides and isolates, and zero-width characters.
pub fn is_deceptive_char(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Text every engine can store. PostgreSQL's text cannot hold U+0000 (NUL), so no text holding
/// one is accepted on either engine: a database never holds what `db copy` cannot carry to the
/// other. `what` names the value in the message ("the title").
pub fn check_storable(what: &str, text: &str) -> crate::error::Result<()> {
    let Some(at) = text.find('\0') else { return Ok(()) };
    Err(crate::error::Error::new(
        crate::error::Code::InvalidField,
        format!(
            "{what} contains a NUL character (U+0000) at character {}, which no sitectl database can store",
            text[..at].chars().count() + 1
        ),
    )
    .with_hint("remove the NUL character (a binary file or a stray \\u0000 escape?)"))
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
    /// Active sector templates.
    #[serde(rename = "sector_count")]
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
    /// Active sectors.
    #[serde(rename = "sector_count")]
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
    /// How many (live) content items the sector holds; `sectors list` tells, deactivated
    /// sectors included (they keep their records).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_count: Option<i64>,
    #[serde(skip)]
    pub industry_sector_id: i64,
}

/// An explicit grant of one site to one user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SiteAccess {
    /// The grant's id (what `access list --after` pages by); none for a revoked grant.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
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

/// Which slice of a list: keyset paging by id (`--after ID --limit N`), so scripts can walk
/// any list in chunks; both absent is the whole list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Page {
    /// Only records whose id is above this one (the last id of the previous page).
    pub after: Option<i64>,
    /// At most this many records.
    pub limit: Option<i64>,
}

/// Which audit rows `audit list` shows.
#[derive(Debug, Clone, Default)]
pub struct AuditQuery {
    /// RFC 3339 timestamp; rows at or after it.
    pub since: Option<String>,
    /// Prefix of the target (`site:acme/` for every site of acme).
    pub target: Option<String>,
    /// The acting user's email (any case) or `operator`.
    pub actor: Option<String>,
    /// The newest N rows.
    pub limit: Option<i64>,
    /// Only rows with an id above this one (keyset paging).
    pub after: Option<i64>,
}
