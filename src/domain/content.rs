//! The writer's content: site-scoped records with an editorial and a publishing state.

use serde::Serialize;

use super::{string_enum, Slug};

string_enum!(
    /// Where a piece of content stands editorially (upstream `Content.status`).
    ContentStatus, InvalidContentStatus, { Draft => "draft", Review => "review", Approved => "approved" }
);

string_enum!(
    /// Where a piece of content stands on its site's WordPress (upstream `Content.site_status`).
    PublishStatus, InvalidPublishStatus, {
        NotPublished => "not_published", Scheduled => "scheduled", Publishing => "publishing",
        Published => "published", Failed => "failed", Retracted => "retracted",
    }
);

string_enum!(
    /// The state of one publishing record (upstream `PublishingRecord.status`).
    RecordStatus, InvalidRecordStatus, {
        Pending => "pending", Published => "published", Failed => "failed", Retracted => "retracted",
    }
);

string_enum!(
    /// The status `wp publish --status` asks WordPress for (`future` comes from `--at`).
    PostStatus, InvalidPostStatus, { Publish => "publish", Draft => "draft", Pending => "pending", Private => "private" }
);

impl ContentStatus {
    /// The WordPress status content goes out with (upstream's map): approved -> publish,
    /// review -> pending, draft -> draft.
    pub fn post_status(self) -> PostStatus {
        match self {
            ContentStatus::Approved => PostStatus::Publish,
            ContentStatus::Review => PostStatus::Pending,
            ContentStatus::Draft => PostStatus::Draft,
        }
    }
}

/// The editorial verbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Editorial {
    /// draft -> review
    Review,
    /// review -> approved
    Approve,
    /// review or approved -> draft
    Reopen,
}

impl Editorial {
    /// The status a verb leads to from `from` (maybe `from` itself: nothing to do), or `None`
    /// when the verb does not apply (approving a draft, sending approved content to review).
    pub fn next(self, from: ContentStatus) -> Option<ContentStatus> {
        use ContentStatus::*;
        match (self, from) {
            (Editorial::Review, Draft | Review) => Some(Review),
            (Editorial::Approve, Review | Approved) => Some(Approved),
            (Editorial::Reopen, _) => Some(Draft),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Editorial::Review => "review",
            Editorial::Approve => "approve",
            Editorial::Reopen => "reopen",
        }
    }
}

/// A piece of content as lists show it (the body is in [`ContentDetail`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Content {
    pub id: i64,
    /// `ACCOUNT/SLUG`.
    pub site: String,
    pub sector: Slug,
    pub title: String,
    pub slug: Slug,
    pub excerpt: String,
    pub categories: Vec<Slug>,
    pub tags: Vec<Slug>,
    pub status: ContentStatus,
    pub publish_status: PublishStatus,
    pub scheduled_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
    #[serde(skip)]
    pub account_id: i64,
    #[serde(skip)]
    pub site_id: i64,
    #[serde(skip)]
    pub sector_id: i64,
}

/// One piece of content with its body and its publishing record.
#[derive(Debug, Clone, Serialize)]
pub struct ContentDetail {
    #[serde(flatten)]
    pub content: Content,
    pub body: String,
    pub publishing: Option<PublishingRecord>,
}

/// Where a piece of content went on its site's WordPress.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PublishingRecord {
    pub id: i64,
    pub destination: &'static str,
    pub external_id: Option<i64>,
    pub external_url: Option<String>,
    pub status: RecordStatus,
    pub wp_status: Option<String>,
    pub modified_gmt: Option<String>,
    /// WordPress's `modified_gmt` when `wp sync` last saw the post: not our last write's when
    /// someone edited the post in WordPress since.
    pub remote_modified_gmt: Option<String>,
    pub sent_hash: Option<String>,
    /// The run publishing it now (`host:pid:start`), while it is `pending`.
    pub claimed_by: Option<String>,
    pub error: Option<String>,
    pub published_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    #[serde(skip)]
    pub content_id: i64,
    /// The token the post carries to prove sitectl made it for this item (see
    /// `ops::wordpress::provenance`); not shown: it is proof, not information.
    #[serde(skip)]
    pub creation_token: Option<String>,
}

/// Filters of `content list`.
#[derive(Debug, Clone, Default)]
pub struct ContentFilter {
    pub sector: Option<Slug>,
    pub status: Option<ContentStatus>,
    pub publish_status: Option<PublishStatus>,
    pub deleted: bool,
    pub page: super::Page,
}
