//! The WordPress side of a site: the integration, what syncing learned and mirrored, and the
//! closed sets of states they move through. Plain data, like the rest of the domain.

use serde::{Deserialize, Serialize};

use super::string_enum;

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

/// Which mirrored WordPress items `wp content list` shows.
#[derive(Debug, Clone, Default)]
pub struct ContentQuery {
    pub post_type: Option<String>,
    pub status: Option<String>,
    /// Substring of the title or slug.
    pub search: Option<String>,
    /// `--limit`, and `--after` a WordPress id.
    pub page: crate::domain::Page,
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
    #[serde(rename = "request_count")]
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
    /// WordPress sent more than sitectl keeps of a field (a name or slug was cut to its limit).
    pub truncated: bool,
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
    /// WordPress sent more than sitectl keeps of a field (a title, slug or link cut to its
    /// limit, term ids beyond the limit dropped).
    pub truncated: bool,
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

/// A post WordPress holds as scheduled (`status=future`), as a sync read it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ScheduledPost {
    pub wp_id: i64,
    /// The rendered title, cut to the mirror's title limit.
    pub title: String,
    /// `YYYY-MM-DDTHH:MM:SS`, UTC.
    pub date_gmt: String,
}
