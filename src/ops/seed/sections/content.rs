//! The `content` section: the writer's pieces of a site, each filed under one of its site's
//! active sectors, by slug.

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::{account_of, Applying, Keys, Known, Names, Out, Parts, Scope, Section, Snapshot};
use crate::domain::{ContentStatus, IfExists, Outcome, Slug};
use crate::error::{Code, Result};
use crate::ops::content;
use crate::ops::seed::check::Check;
use crate::ops::seed::file::writer::FixtureWriter;
use crate::store::{Flow, StoredContent, Tx};

/// A piece of the writer's content, filed under one of its site's active sectors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentSpec {
    /// `ACCOUNT/SLUG`.
    pub site: String,
    pub sector: String,
    pub title: String,
    /// Derived from the title when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub excerpt: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// `draft`, `review` or `approved`.
    #[serde(default = "draft", skip_serializing_if = "is_draft")]
    pub status: String,
}

fn draft() -> String {
    "draft".into()
}

fn is_draft(s: &String) -> bool {
    s == "draft"
}

/// The sectors each site of the file will have active once it is applied, by `ACCOUNT/SLUG`.
fn sectors_after(c: &Check<'_>) -> HashMap<String, Vec<String>> {
    c.src
        .fixture
        .sites
        .iter()
        .filter(|s| s.industry.is_some())
        .filter_map(|s| {
            let slug = s.slug.clone().or_else(|| Slug::derive(&s.name).ok().map(|x| x.to_string()))?;
            Some((format!("{}/{slug}", s.account), s.sectors.clone()))
        })
        .collect()
}

/// Text checks of one item: every problem of its values, whatever its site.
fn check_values(c: &mut Check<'_>, i: usize, item: &ContentSpec) {
    if let Err(e) = crate::domain::Title::parse(&item.title) {
        c.add("content", i, "title", &e);
    }
    if let Err(e) = crate::domain::Body::parse(&item.body) {
        c.add("content", i, "body", &e);
    }
    if let Err(e) = crate::domain::Excerpt::parse(&item.excerpt) {
        c.add("content", i, "excerpt", &e);
    }
    c.parse::<ContentStatus>("content", i, "status", &item.status);
    for (field, list) in [("categories", &item.categories), ("tags", &item.tags)] {
        for s in list {
            c.parse::<Slug>("content", i, field, s);
        }
    }
}

/// One item decided against the snapshot: new (collected for the batch), unchanged, or
/// through the use cases.
fn decide(
    a: &Applying<'_>,
    snap: &Snapshot,
    c: &ContentSpec,
    new: &mut Vec<(i64, i64, crate::store::ContentFields, ContentStatus)>,
) -> Result<(String, Outcome)> {
    let slugs = |list: &[String]| list.iter().map(|x| x.parse()).collect::<Result<Vec<Slug>>>();
    let input = content::ContentInput {
        site: c.site.parse()?,
        sector: c.sector.parse()?,
        title: c.title.clone(),
        slug: c.slug.as_deref().map(str::parse).transpose()?,
        body: c.body.clone(),
        excerpt: c.excerpt.clone(),
        categories: slugs(&c.categories)?,
        tags: slugs(&c.tags)?,
    };
    let status: ContentStatus = c.status.parse()?;
    let site = snap.site(&c.site).filter(|s| s.deleted_at.is_none());
    let sector = site.and_then(|s| snap.sites.active_sector(s.id, &c.sector));
    let (Some(site), Some(sector)) = (site, sector) else {
        // What the snapshot cannot place, the use case refuses with its own error.
        let created = content::create_content_in(a.tx, a.actor, &input, IfExists::Update)?;
        return Ok((format!("{}/{}", c.site, created.record.slug), created.action));
    };
    let fields = content::fields_of(&input, sector.id)?;
    let key = format!("{}/{}", c.site, fields.slug);
    match snap.content.get(&(site.id, fields.slug.to_string())) {
        None => {
            new.push((site.account_id, site.id, fields, status));
            Ok((key, Outcome::Created))
        }
        Some(stored) if stored.fields == fields && stored.status == status => Ok((key, Outcome::Unchanged)),
        Some(_) => {
            let created = content::create_content_in(a.tx, a.actor, &input, IfExists::Update)?;
            let changed = content::set_status_in(a.tx, &created.record, status)?;
            let action =
                if changed || created.action == Outcome::Updated { Outcome::Updated } else { Outcome::Unchanged };
            Ok((key, action))
        }
    }
}

impl Section for ContentSpec {
    const NAME: &'static str = "content";
    const TABLES: &'static [&'static str] = &["content_items"];
    /// Content of the sites of the named accounts (deleted included), by (site id, slug).
    type Stored = HashMap<(i64, String), StoredContent>;

    fn names<'a>(&'a self, names: &mut Names<'a>) {
        names.accounts.extend(account_of(&self.site));
    }

    fn read(tx: &Tx<'_>, keys: &mut Keys, parts: Parts, stored: &mut Self::Stored) -> Result<()> {
        if parts.content {
            for c in tx.content_of_accounts(&keys.account_ids)? {
                stored.insert((c.site_id, c.fields.slug.to_string()), c);
            }
        }
        Ok(())
    }

    /// Each item, filed under a sector active on its site once the file is applied.
    fn check(items: &[Self], c: &mut Check<'_>, snap: &Snapshot, known: &mut Known) {
        let sectors_after = sectors_after(c);
        let mut seen = BTreeSet::new();
        for (i, item) in items.iter().enumerate() {
            check_values(c, i, item);
            let slug = match &item.slug {
                Some(text) => c.parse::<Slug>("content", i, "slug", text),
                None => Slug::derive(item.title.trim()).map_err(|e| c.add("content", i, "title", &e)).ok(),
            };
            if !known.site_keys.contains_key(&item.site) {
                let message = format!("site '{}' not found (use ACCOUNT/SLUG)", item.site);
                c.say("content", i, "site", Code::SiteNotFound, message);
                continue;
            }
            let stored = snap.site(&item.site);
            let active: Vec<String> = match sectors_after.get(&item.site) {
                Some(list) => list.clone(),
                None => stored
                    .and_then(|s| snap.sites.sectors.get(&s.id))
                    .into_iter()
                    .flatten()
                    .filter(|x| x.is_active)
                    .map(|x| x.slug.to_string())
                    .collect(),
            };
            if !active.contains(&item.sector) {
                let message = format!(
                    "sector '{}' is not active on site '{}' (active: {})",
                    item.sector,
                    item.site,
                    if active.is_empty() { "none".to_string() } else { active.join(", ") }
                );
                c.say("content", i, "sector", Code::SectorNotActiveOnSite, message);
            }
            let Some(slug) = slug else { continue };
            let key = format!("{}/{slug}", item.site);
            if !seen.insert(key.clone()) {
                c.say("content", i, "slug", Code::Duplicate, format!("content '{key}' appears twice"));
            }
            if stored.and_then(|s| snap.content.get(&(s.id, slug.to_string()))).is_some_and(|x| x.deleted) {
                c.say("content", i, "slug", Code::ContentDeleted, format!("content '{key}' exists but is deleted"));
            }
        }
    }

    fn apply(items: &[Self], a: &Applying<'_>, out: &mut Out<'_>) -> Result<()> {
        if items.is_empty() {
            return Ok(());
        }
        let snap = a.snapshot(Parts { sites: true, sectors: true, content: true, ..Parts::default() })?;
        let mut new = Vec::new();
        for (i, c) in items.iter().enumerate() {
            let (key, action) = decide(a, &snap, c, &mut new).map_err(|e| a.at("content", i, e))?;
            out.push("content", key, action);
        }
        a.tx.insert_content_rows(&new)
    }

    fn default_of(field: &str) -> Option<serde_json::Value> {
        match field {
            "status" => Some(draft().into()),
            // Text, not none: no body is an empty one.
            "body" | "excerpt" => Some("".into()),
            _ => None,
        }
    }

    fn export<W: std::io::Write>(tx: &Tx<'_>, scope: &Scope<'_>, out: &mut FixtureWriter<W>) -> Result<()> {
        tx.each_export_content(scope.which, |c| {
            out.item(
                "content",
                &ContentSpec {
                    site: c.site,
                    sector: c.sector,
                    title: c.title,
                    slug: Some(c.slug),
                    body: c.body,
                    excerpt: c.excerpt,
                    categories: c.categories,
                    tags: c.tags,
                    status: c.status,
                },
            )?;
            Ok(Flow::Continue(()))
        })
    }
}
