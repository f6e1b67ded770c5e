//! The local mirror of a WordPress site's terms and content.

use crate::domain::ScheduledPost;
use std::collections::{BTreeMap, HashMap};

use super::sql::{params, Flow, Row, Value, Where};
use serde::Serialize;

use super::{all, Tx};
use crate::domain::{ContentQuery, MirrorCounts, WpContent, WpTerm};
use crate::error::Result;

/// Rows per post type and per taxonomy, for `wp status`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct MirrorSummary {
    pub content: BTreeMap<String, i64>,
    pub terms: BTreeMap<String, i64>,
}

fn term_row(r: &Row<'_>) -> Result<WpTerm> {
    Ok(WpTerm {
        taxonomy: r.get(0)?,
        wp_id: r.get(1)?,
        name: r.get(2)?,
        slug: r.get(3)?,
        parent: r.get(4)?,
        count: r.get(5)?,
        truncated: r.get(6)?,
    })
}

fn content_row(r: &Row<'_>) -> Result<WpContent> {
    Ok(WpContent {
        post_type: r.get(0)?,
        wp_id: r.get(1)?,
        slug: r.get(2)?,
        title: r.get(3)?,
        status: r.get(4)?,
        link: r.get(5)?,
        author: r.get(6)?,
        modified_gmt: r.get(7)?,
        terms: r.json(8)?,
        truncated: r.get(9)?,
    })
}

const CONTENT_COLUMNS: &str = "post_type, wp_id, slug, title, status, link, author, modified_gmt, terms, truncated";
const TERM_COLUMNS: &str = "taxonomy, wp_id, name, slug, parent, count, truncated";

impl Tx<'_> {
    /// Makes the site's terms exactly `terms` (terms are always read in full).
    pub fn replace_terms(&self, site_id: i64, terms: &[WpTerm]) -> Result<MirrorCounts> {
        let current: HashMap<(String, i64), WpTerm> =
            self.terms(site_id, None)?.into_iter().map(|t| ((t.taxonomy.clone(), t.wp_id), t)).collect();
        let mut counts = MirrorCounts::default();
        let mut seen = std::collections::HashSet::new();
        const UPSERT: &str = "INSERT INTO wp_terms (site_id, taxonomy, wp_id, name, slug, parent, count, truncated)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
             ON CONFLICT (site_id, taxonomy, wp_id) DO UPDATE SET name = excluded.name, slug = excluded.slug,
                 parent = excluded.parent, count = excluded.count, truncated = excluded.truncated";
        for t in terms {
            seen.insert((t.taxonomy.clone(), t.wp_id));
            match current.get(&(t.taxonomy.clone(), t.wp_id)) {
                Some(old) if old == t => counts.unchanged += 1,
                found => {
                    self.exec(
                        UPSERT,
                        params![site_id, t.taxonomy, t.wp_id, t.name, t.slug, t.parent, t.count, t.truncated],
                    )?;
                    if found.is_some() {
                        counts.updated += 1;
                    } else {
                        counts.created += 1;
                    }
                }
            }
        }
        for key in current.keys().filter(|k| !seen.contains(*k)) {
            self.exec(
                "DELETE FROM wp_terms WHERE site_id = ?1 AND taxonomy = ?2 AND wp_id = ?3",
                params![site_id, key.0, key.1],
            )?;
            counts.deleted += 1;
        }
        Ok(counts)
    }

    /// Writes fetched items of one post type. With `full`, local rows of that type that were
    /// not fetched are removed (their posts no longer exist or are no longer public).
    pub fn apply_content(
        &self,
        site_id: i64,
        post_type: &str,
        items: &[WpContent],
        full: bool,
    ) -> Result<MirrorCounts> {
        let current: HashMap<i64, WpContent> = all(
            self.conn(),
            &format!("SELECT {CONTENT_COLUMNS} FROM wp_content WHERE site_id = ?1 AND post_type = ?2"),
            params![site_id, post_type],
            content_row,
        )?
        .into_iter()
        .map(|c| (c.wp_id, c))
        .collect();
        let mut counts = MirrorCounts::default();
        const UPSERT: &str =
            "INSERT INTO wp_content (site_id, post_type, wp_id, slug, title, status, link, author, modified_gmt, terms,
                 truncated)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT (site_id, post_type, wp_id) DO UPDATE SET slug = excluded.slug, title = excluded.title,
                 status = excluded.status, link = excluded.link, author = excluded.author,
                 modified_gmt = excluded.modified_gmt, terms = excluded.terms, truncated = excluded.truncated";
        let mut seen = std::collections::HashSet::new();
        for c in items {
            seen.insert(c.wp_id);
            match current.get(&c.wp_id) {
                Some(old) if old == c => counts.unchanged += 1,
                found => {
                    let terms = serde_json::to_string(&c.terms)?;
                    self.exec(
                        UPSERT,
                        params![
                            site_id,
                            post_type,
                            c.wp_id,
                            c.slug,
                            c.title,
                            c.status,
                            c.link,
                            c.author,
                            c.modified_gmt,
                            terms,
                            c.truncated
                        ],
                    )?;
                    if found.is_some() {
                        counts.updated += 1;
                    } else {
                        counts.created += 1;
                    }
                }
            }
        }
        if full {
            for id in current.keys().filter(|id| !seen.contains(*id)) {
                self.exec(
                    "DELETE FROM wp_content WHERE site_id = ?1 AND post_type = ?2 AND wp_id = ?3",
                    params![site_id, post_type, id],
                )?;
                counts.deleted += 1;
            }
        }
        Ok(counts)
    }

    pub fn terms(&self, site_id: i64, taxonomy: Option<&str>) -> Result<Vec<WpTerm>> {
        all(
            self.conn(),
            &format!(
                "SELECT {TERM_COLUMNS} FROM wp_terms
             WHERE site_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR taxonomy = ?2) ORDER BY taxonomy, wp_id"
            ),
            params![site_id, taxonomy],
            term_row,
        )
    }

    /// Streams a site's terms (of one taxonomy, or all) in WordPress id order.
    pub fn each_term(
        &self,
        site_id: i64,
        taxonomy: Option<&str>,
        page: crate::domain::Page,
        mut each: impl FnMut(WpTerm) -> Result<Flow>,
    ) -> Result<()> {
        let mut w = Where::default();
        w.arg("site_id = ?", site_id);
        if let Some(t) = taxonomy {
            w.arg("taxonomy = ?", t);
        }
        let limit = w.page(page, "wp_id");
        let sql = format!("SELECT {TERM_COLUMNS} FROM wp_terms{} ORDER BY wp_id{limit}", w.sql());
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| each(term_row(r)?))
    }

    /// Streams a site's mirrored content in WordPress id order.
    pub fn each_content(
        &self,
        site_id: i64,
        f: &ContentQuery,
        mut each: impl FnMut(WpContent) -> Result<Flow>,
    ) -> Result<()> {
        let (sql, args) = content_list_sql(site_id, f);
        self.conn().each(&sql, &super::sql::dynamic(&args), |r| each(content_row(r)?))
    }

    pub fn mirror_summary(&self, site_id: i64) -> Result<MirrorSummary> {
        let pairs = |sql: &str| -> Result<BTreeMap<String, i64>> {
            Ok(all(self.conn(), sql, params![site_id], |r| Ok((r.get(0)?, r.get(1)?)))?.into_iter().collect())
        };
        Ok(MirrorSummary {
            content: pairs("SELECT post_type, count(*) FROM wp_content WHERE site_id = ?1 GROUP BY post_type")?,
            terms: pairs("SELECT taxonomy, count(*) FROM wp_terms WHERE site_id = ?1 GROUP BY taxonomy")?,
        })
    }

    /// Removes the synced mirror of a site, and what its WordPress was seen to run (the record
    /// of another WordPress, after a reconnect elsewhere, would describe the wrong site).
    pub fn purge_mirror(&self, site_id: i64) -> Result<()> {
        self.exec("DELETE FROM wp_content WHERE site_id = ?1", params![site_id])?;
        self.exec("DELETE FROM wp_scheduled WHERE site_id = ?1", params![site_id])?;
        self.exec("DELETE FROM wp_terms WHERE site_id = ?1", params![site_id])?;
        self.exec("DELETE FROM wp_components WHERE site_id = ?1", params![site_id])?;
        self.exec("DELETE FROM wp_inventory WHERE site_id = ?1", params![site_id])?;
        Ok(())
    }
}

/// The query of `wp content list`. Kept apart so tests can check its plan: the site and type
/// are served by the mirror's unique index, the status by its own; a search reads that site's
/// rows only.
pub fn content_list_sql(site_id: i64, f: &ContentQuery) -> (String, Vec<Value>) {
    let mut w = Where::default();
    w.arg("site_id = ?", site_id);
    if let Some(t) = &f.post_type {
        w.arg("post_type = ?", t.as_str());
    }
    if let Some(s) = &f.status {
        w.arg("status = ?", s.as_str());
    }
    if let Some(q) = &f.search {
        w.arg(
            "(instr(lower(title), lower(CAST(? AS TEXT))) > 0 OR instr(slug, lower(CAST(? AS TEXT))) > 0)",
            q.as_str(),
        );
    }
    let limit = w.page(f.page, "wp_id");
    (format!("SELECT {CONTENT_COLUMNS} FROM wp_content{} ORDER BY wp_id{limit}", w.sql()), w.args)
}

impl Tx<'_> {
    /// Replaces what is known of a site's scheduled posts with `posts` (of `post_type`); empty:
    /// none known.
    pub fn replace_scheduled(&self, site_id: i64, post_type: &str, posts: &[ScheduledPost]) -> Result<()> {
        self.exec("DELETE FROM wp_scheduled WHERE site_id = ?1", params![site_id])?;
        for p in posts {
            self.exec(
                "INSERT INTO wp_scheduled (site_id, post_type, wp_id, title, date_gmt) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (site_id, post_type, wp_id) DO NOTHING",
                params![site_id, post_type, p.wp_id, p.title, p.date_gmt],
            )?;
        }
        Ok(())
    }
}
