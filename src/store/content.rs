//! The writer's content and its publishing records.

use super::sql::{params, Flow, Row, Value, Where};

use super::{one, parsed, Tx};
use crate::domain::{
    Content, ContentFilter, ContentStatus, PublishStatus, PublishingRecord, RecordStatus, Slug, Visibility,
};
use crate::error::Result;

const SELECT: &str = "SELECT c.id, a.slug || '/' || s.slug, x.slug, c.title, c.slug, c.excerpt, c.categories, c.tags,
        c.status, c.publish_status, c.scheduled_at, c.created_at, c.updated_at, c.deleted_at,
        c.account_id, c.site_id, c.sector_id
    FROM content_items c JOIN sites s ON s.id = c.site_id JOIN accounts a ON a.id = s.account_id
        JOIN sectors x ON x.id = c.sector_id";

fn row(r: &Row<'_>) -> Result<Content> {
    Ok(Content {
        id: r.get(0)?,
        site: r.get(1)?,
        sector: parsed(r, 2)?,
        title: r.get(3)?,
        slug: parsed(r, 4)?,
        excerpt: r.get(5)?,
        categories: r.json(6)?,
        tags: r.json(7)?,
        status: parsed(r, 8)?,
        publish_status: parsed(r, 9)?,
        scheduled_at: r.get(10)?,
        created_at: r.get(11)?,
        updated_at: r.get(12)?,
        deleted_at: r.get(13)?,
        account_id: r.get(14)?,
        site_id: r.get(15)?,
        sector_id: r.get(16)?,
    })
}

const SELECT_RECORD: &str = "SELECT id, external_id, external_url, status, wp_status, modified_gmt, sent_hash, error,
        published_at, created_at, updated_at, content_id, remote_modified_gmt, claimed_by, creation_token
    FROM publishing_records";

fn record_row(r: &Row<'_>) -> Result<PublishingRecord> {
    Ok(PublishingRecord {
        id: r.get(0)?,
        destination: "wordpress",
        external_id: r.get(1)?,
        external_url: r.get(2)?,
        status: parsed(r, 3)?,
        wp_status: r.get(4)?,
        modified_gmt: r.get(5)?,
        sent_hash: r.get(6)?,
        error: r.get(7)?,
        published_at: r.get(8)?,
        created_at: r.get(9)?,
        updated_at: r.get(10)?,
        content_id: r.get(11)?,
        remote_modified_gmt: r.get(12)?,
        claimed_by: r.get(13)?,
        creation_token: r.get(14)?,
    })
}

/// The stored fields of a piece of content that commands set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentFields {
    pub sector_id: i64,
    pub title: String,
    pub slug: Slug,
    pub body: String,
    pub excerpt: String,
    pub categories: Vec<Slug>,
    pub tags: Vec<Slug>,
}

fn json_list(list: &[Slug]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

impl ContentFields {
    /// The stored columns, in the order of [`FIELD_COLUMNS`].
    fn values(&self) -> Vec<Value> {
        vec![
            Value::Int(self.sector_id),
            self.title.as_str().into(),
            self.slug.as_str().into(),
            self.body.as_str().into(),
            self.excerpt.as_str().into(),
            Value::Text(json_list(&self.categories)),
            Value::Text(json_list(&self.tags)),
        ]
    }
}

const FIELD_COLUMNS: [&str; 7] = ["sector_id", "title", "slug", "body", "excerpt", "categories", "tags"];

/// The [`FIELD_COLUMNS`] of a row, starting at column `at`.
fn fields_at(r: &Row<'_>, at: usize) -> Result<ContentFields> {
    Ok(ContentFields {
        sector_id: r.get(at)?,
        title: r.get(at + 1)?,
        slug: parsed(r, at + 2)?,
        body: r.get(at + 3)?,
        excerpt: r.get(at + 4)?,
        categories: r.json(at + 5)?,
        tags: r.json(at + 6)?,
    })
}

/// Which site-scoped records a listing may stream: those of sites visible under `visibility`,
/// of one site or all of them. The one filter every site-scoped resource lists through.
#[derive(Debug, Clone)]
pub struct SiteScope {
    pub visibility: Visibility,
    pub site_id: Option<i64>,
}

impl Tx<'_> {
    pub fn content_by_id(&self, id: i64) -> Result<Option<Content>> {
        one(self.conn(), &format!("{SELECT} WHERE c.id = ?1"), params![id], row)
    }

    pub fn content_by_slug(&self, site_id: i64, slug: &Slug) -> Result<Option<Content>> {
        one(
            self.conn(),
            &format!("{SELECT} WHERE c.site_id = ?1 AND c.slug = ?2"),
            params![site_id, slug.as_str()],
            row,
        )
    }

    /// The stored fields of a piece of content, body included.
    pub fn content_fields(&self, id: i64) -> Result<Option<ContentFields>> {
        let sql = format!("SELECT {} FROM content_items WHERE id = ?1", FIELD_COLUMNS.join(", "));
        one(self.conn(), &sql, params![id], |r| fields_at(r, 0))
    }

    /// Streams the content a scope and filter select, in id order.
    pub fn each_content_item(
        &self,
        scope: &SiteScope,
        f: &ContentFilter,
        mut each: impl FnMut(Content) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = Where::default();
        match scope.visibility {
            Visibility::All => {}
            Visibility::Account(id) => w.arg("c.account_id = ?", id),
            Visibility::Grants(user) => w.arg("c.site_id IN (SELECT site_id FROM site_access WHERE user_id = ?)", user),
        }
        if let Some(id) = scope.site_id {
            w.arg("c.site_id = ?", id);
        }
        if let Some(sector) = &f.sector {
            w.arg("x.slug = ?", sector.as_str());
        }
        if let Some(s) = f.status {
            w.arg("c.status = ?", s.as_str());
        }
        if let Some(s) = f.publish_status {
            w.arg("c.publish_status = ?", s.as_str());
        }
        w.raw(if f.deleted { "c.deleted_at IS NOT NULL" } else { "c.deleted_at IS NULL" });
        // Content of a deleted site is gone with it (it comes back with a restore).
        w.raw("s.deleted_at IS NULL");
        let limit = w.page(f.page, "c.id");
        let sql = format!("{SELECT}{} ORDER BY c.id{limit}", w.sql());
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| each(row(r)?))
    }

    pub fn insert_content(&self, account_id: i64, site_id: i64, f: &ContentFields) -> Result<i64> {
        let mut args = vec![Value::Int(account_id), Value::Int(site_id)];
        args.extend(f.values());
        args.push(self.now().into());
        let sql = format!(
            "INSERT INTO content_items (account_id, site_id, {}, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
            FIELD_COLUMNS.join(", ")
        );
        self.insert(&sql, &super::sql::dynamic(&args))
    }

    pub fn update_content(&self, id: i64, f: &ContentFields) -> Result<()> {
        let mut args = vec![Value::Int(id)];
        args.extend(f.values());
        args.push(self.now().into());
        let sets: Vec<String> = FIELD_COLUMNS.iter().enumerate().map(|(i, c)| format!("{c} = ?{}", i + 2)).collect();
        let sql = format!("UPDATE content_items SET {}, updated_at = ?9 WHERE id = ?1", sets.join(", "));
        self.exec(&sql, &super::sql::dynamic(&args))?;
        Ok(())
    }

    pub fn set_content_status(&self, id: i64, status: ContentStatus) -> Result<()> {
        self.exec(
            "UPDATE content_items SET status = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, status.as_str(), self.now()],
        )?;
        Ok(())
    }

    pub fn set_publish_status(&self, id: i64, status: PublishStatus, scheduled_at: Option<&str>) -> Result<()> {
        self.exec(
            "UPDATE content_items SET publish_status = ?2, scheduled_at = ?3, updated_at = ?4 WHERE id = ?1",
            params![id, status.as_str(), scheduled_at, self.now()],
        )?;
        Ok(())
    }

    /// The site now talks to another WordPress: the post ids, URLs and times its records hold
    /// name posts of the old one, and mean other posts (or none) on the new one. They are
    /// forgotten; each record keeps its creation token (so a lookup still proves which post is
    /// the item's, on either WordPress) and becomes `failed` (an unconfirmed publish), or stays
    /// `retracted`. Items shown published there are not published here.
    pub fn detach_records(&self, site_id: i64) -> Result<()> {
        self.exec(
            "UPDATE publishing_records SET external_id = NULL, external_url = NULL, wp_status = NULL,
                 modified_gmt = NULL, remote_modified_gmt = NULL, sent_hash = NULL, claimed_by = NULL,
                 status = CASE WHEN status = 'retracted' THEN 'retracted' ELSE 'failed' END,
                 error = ?2, updated_at = ?3
             WHERE site_id = ?1",
            params![site_id, "the site was connected to another WordPress", self.now()],
        )?;
        self.exec(
            "UPDATE content_items SET publish_status = 'not_published', updated_at = ?2
             WHERE site_id = ?1 AND publish_status IN ('published', 'publishing', 'failed')",
            params![site_id, self.now()],
        )?;
        Ok(())
    }

    /// Content of the site whose post may be on WordPress: a record not retracted that names a
    /// post, or carries a token (a create whose answer never came): (content id, post id).
    pub fn posts_maybe_live(&self, site_id: i64) -> Result<Vec<(i64, Option<i64>)>> {
        self.conn().all(
            "SELECT content_id, external_id FROM publishing_records
             WHERE site_id = ?1 AND status <> 'retracted' AND (external_id IS NOT NULL OR creation_token IS NOT NULL)
             ORDER BY content_id",
            params![site_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    pub fn set_content_deleted(&self, id: i64, deleted: bool) -> Result<()> {
        let at = deleted.then(|| self.now().to_string());
        self.exec(
            "UPDATE content_items SET deleted_at = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, at, self.now()],
        )?;
        Ok(())
    }

    pub fn publishing_record(&self, content_id: i64) -> Result<Option<PublishingRecord>> {
        one(self.conn(), &format!("{SELECT_RECORD} WHERE content_id = ?1"), params![content_id], record_row)
    }

    /// Writes the content item's record (one per content and site).
    pub fn upsert_record(&self, account_id: i64, content_id: i64, site_id: i64, f: &RecordFields<'_>) -> Result<()> {
        self.exec(
            "INSERT INTO publishing_records (account_id, content_id, site_id, external_id, external_url, status, wp_status,
                 modified_gmt, sent_hash, error, published_at, created_at, updated_at, remote_modified_gmt, claimed_by,
                 creation_token)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?12, ?13, ?14, ?15)
             ON CONFLICT (content_id, site_id) DO UPDATE SET external_id = excluded.external_id,
                 external_url = excluded.external_url, status = excluded.status, wp_status = excluded.wp_status,
                 modified_gmt = excluded.modified_gmt, sent_hash = excluded.sent_hash, error = excluded.error,
                 published_at = excluded.published_at, updated_at = excluded.updated_at,
                 remote_modified_gmt = excluded.remote_modified_gmt, claimed_by = excluded.claimed_by,
                 creation_token = excluded.creation_token",
            params![
                account_id,
                content_id,
                site_id,
                f.external_id,
                f.external_url,
                f.status.as_str(),
                f.wp_status,
                f.modified_gmt,
                f.sent_hash,
                f.error,
                f.published_at,
                self.now(),
                f.remote_modified_gmt,
                f.claimed_by,
                f.creation_token
            ],
        )?;
        Ok(())
    }

    /// The records of a site's posts that sitectl published (for `wp sync` to refresh).
    pub fn site_records(&self, site_id: i64) -> Result<Vec<PublishingRecord>> {
        super::all(
            self.conn(),
            &format!("{SELECT_RECORD} WHERE site_id = ?1 AND external_id IS NOT NULL ORDER BY id"),
            params![site_id],
            record_row,
        )
    }

    /// Ids (and site ids) of approved content whose time has come (scheduled at or before `now`,
    /// or taken by a run) on live sites visible under `v`, in id order.
    pub fn due_content(&self, now: &str, v: Visibility) -> Result<Vec<(i64, i64)>> {
        let mut w = Where::default();
        // `publishing`: a run that died while sending may be finished by this one.
        w.arg("c.publish_status IN ('scheduled', 'publishing') AND c.scheduled_at <= ?", now);
        w.raw("c.status = 'approved' AND c.deleted_at IS NULL AND s.deleted_at IS NULL");
        match v {
            Visibility::All => {}
            Visibility::Account(id) => w.arg("c.account_id = ?", id),
            Visibility::Grants(user) => w.arg("c.site_id IN (SELECT site_id FROM site_access WHERE user_id = ?)", user),
        }
        let sql = format!(
            "SELECT c.id, c.site_id FROM content_items c JOIN sites s ON s.id = c.site_id{} ORDER BY c.id",
            w.sql()
        );
        super::all(self.conn(), &sql, &super::sql::dynamic(&w.args), |r| Ok((r.get(0)?, r.get(1)?)))
    }
}

/// A stored content item as `seed apply` compares it.
#[derive(Debug, Clone)]
pub struct StoredContent {
    pub id: i64,
    pub site_id: i64,
    pub status: ContentStatus,
    pub deleted: bool,
    pub fields: ContentFields,
}

impl Tx<'_> {
    /// Every content item (deleted ones included) of the sites of these accounts.
    pub fn content_of_accounts(&self, account_ids: &[i64]) -> Result<Vec<StoredContent>> {
        let sql = format!(
            "SELECT id, site_id, status, deleted_at IS NOT NULL, {} FROM content_items WHERE account_id IN ({{in}})",
            FIELD_COLUMNS.join(", ")
        );
        self.all_in(&sql, account_ids, |r| {
            Ok(StoredContent {
                id: r.get(0)?,
                site_id: r.get(1)?,
                status: parsed(r, 2)?,
                deleted: r.get(3)?,
                fields: fields_at(r, 4)?,
            })
        })
    }

    /// New content items (account id, site id, fields, status), in multi-row INSERTs.
    pub fn insert_content_rows(&self, rows: &[(i64, i64, ContentFields, ContentStatus)]) -> Result<()> {
        let now = Value::Text(self.now().to_string());
        let values: Vec<Vec<Value>> = rows
            .iter()
            .map(|(account, site, f, status)| {
                let mut row = vec![Value::Int(*account), Value::Int(*site)];
                row.extend(f.values());
                row.extend([status.as_str().into(), now.clone(), now.clone()]);
                row
            })
            .collect();
        let mut columns = vec!["account_id", "site_id"];
        columns.extend(FIELD_COLUMNS);
        columns.extend(["status", "created_at", "updated_at"]);
        self.insert_rows("content_items", &columns, &values)
    }
}

/// What a publishing record holds (see [`Tx::upsert_record`]).
#[derive(Debug, Clone)]
pub struct RecordFields<'a> {
    pub external_id: Option<i64>,
    pub external_url: Option<&'a str>,
    pub status: RecordStatus,
    pub wp_status: Option<&'a str>,
    pub modified_gmt: Option<&'a str>,
    pub remote_modified_gmt: Option<&'a str>,
    pub sent_hash: Option<&'a str>,
    pub claimed_by: Option<&'a str>,
    pub error: Option<&'a str>,
    pub published_at: Option<&'a str>,
    /// The token the post carries to prove it came from this item (kept once set).
    pub creation_token: Option<&'a str>,
}

impl RecordFields<'_> {
    /// The record's fields as stored, to change one or two.
    pub fn of(r: &PublishingRecord) -> RecordFields<'_> {
        RecordFields {
            external_id: r.external_id,
            external_url: r.external_url.as_deref(),
            status: r.status,
            wp_status: r.wp_status.as_deref(),
            modified_gmt: r.modified_gmt.as_deref(),
            remote_modified_gmt: r.remote_modified_gmt.as_deref(),
            sent_hash: r.sent_hash.as_deref(),
            claimed_by: r.claimed_by.as_deref(),
            error: r.error.as_deref(),
            published_at: r.published_at.as_deref(),
            creation_token: r.creation_token.as_deref(),
        }
    }
}
