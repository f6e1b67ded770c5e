//! Categories and tags by slug (`wp/v2/categories`, `wp/v2/tags`): found, or made when missing.

use std::collections::HashMap;

use serde_json::{json, Value};

use super::posts::bad_answer;
use super::{Http, RestRoot};
use crate::domain::Slug;
use crate::error::Result;

/// The taxonomies a post's terms belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TermKind {
    Category,
    Tag,
}

impl TermKind {
    fn route(self) -> &'static str {
        match self {
            TermKind::Category => "wp/v2/categories",
            TermKind::Tag => "wp/v2/tags",
        }
    }
}

/// Term ids by (REST root, taxonomy route, slug): found or made once per run and WordPress (a
/// `--due` run spans sites, and each WordPress numbers its terms its own way).
#[derive(Default)]
pub struct TermCache(std::sync::Mutex<HashMap<(String, String, String), i64>>);

/// The ids of the terms `slugs` of `kind`, in their order (see [`term_id`]).
pub fn term_ids(http: &Http, root: &RestRoot, kind: TermKind, slugs: &[Slug], cache: &TermCache) -> Result<Vec<i64>> {
    slugs.iter().map(|s| term_id(http, root, kind.route(), s, cache)).collect()
}

/// The id of the term `slug` of `route`, created when missing; a `term_exists` answer (another
/// writer made it meanwhile) gives the existing id.
fn term_id(http: &Http, root: &RestRoot, route: &str, slug: &Slug, cache: &TermCache) -> Result<i64> {
    let key = (root.as_str().to_string(), route.to_string(), slug.to_string());
    if let Some(id) = cache.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(&key) {
        return Ok(*id);
    }
    let id = match find_term(http, root, route, slug)? {
        Some(id) => id,
        None => match http.write_json(
            reqwest::Method::POST,
            root,
            route,
            Some(&json!({"name": slug.as_str(), "slug": slug.as_str()})),
            false,
        ) {
            Ok(made) => {
                let id = made
                    .body
                    .get("id")
                    .and_then(Value::as_i64)
                    .filter(|id| *id > 0)
                    .ok_or_else(|| bad_answer(route, "no term id"))?;
                if made.body.get("slug").and_then(Value::as_str) == Some(slug.as_str()) {
                    id
                } else {
                    // Another writer made the term between our lookup and our create (another
                    // worker, another run), and WordPress gave ours a suffixed slug: the term
                    // asked for is the one with exactly this slug.
                    find_term(http, root, route, slug)?
                        .ok_or_else(|| bad_answer(route, &format!("a term whose slug is not '{slug}'")))?
                }
            }
            Err(e) if e.details.get("wp_code").and_then(Value::as_str) == Some("term_exists") => e
                .details
                .get("wp_data")
                .and_then(|d| d.get("term_id"))
                .and_then(Value::as_i64)
                .filter(|id| *id > 0)
                .ok_or_else(|| bad_answer(route, "term_exists without a term id"))?,
            Err(e) => return Err(e),
        },
    };
    cache.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner).insert(key, id);
    Ok(id)
}

/// The id of the term with exactly this slug, if WordPress has one.
fn find_term(http: &Http, root: &RestRoot, route: &str, slug: &Slug) -> Result<Option<i64>> {
    let found = http.get_json(root, route, &[("slug", slug.to_string()), ("context", "view".into())])?;
    // Only a term with exactly this slug is this term, whatever else the answer lists.
    Ok(found
        .body
        .as_array()
        .and_then(|a| a.iter().find(|t| t.get("slug").and_then(Value::as_str) == Some(slug.as_str())))
        .and_then(|t| t.get("id"))
        .and_then(Value::as_i64)
        .filter(|id| *id > 0))
}
