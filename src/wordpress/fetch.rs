//! Reading a site's structure (post types, taxonomies, terms) and content (posts, pages and
//! other public types) over the REST API, pages fetched in parallel. Nothing is stored here:
//! callers get complete results or an error, so a failed run never half-writes the mirror.

use crate::error::Code;
use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::client::{Http, RestRoot};
pub use crate::domain::{PostType, TaxonomyInfo};
use crate::domain::{WpContent as ContentItem, WpTerm as Term};
use crate::error::{Error, Result};
use crate::pool::Step;

/// Reports progress of long fetches; the CLI draws a bar, the library stays silent.
pub trait Progress: Sync {
    fn begin(&self, what: &str, total: u64);
    fn advance(&self, n: u64);
    fn end(&self);
}

/// Progress that goes nowhere.
pub struct NoProgress;

impl Progress for NoProgress {
    fn begin(&self, _: &str, _: u64) {}
    fn advance(&self, _: u64) {}
    fn end(&self) {}
}

/// The site's structure.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Structure {
    pub post_types: Vec<PostType>,
    pub taxonomies: Vec<TaxonomyInfo>,
    pub terms: Vec<Term>,
}

/// WordPress's own internal types: not content a site publishes.
const INTERNAL_TYPES: &[&str] =
    &["attachment", "nav_menu_item", "wp_block", "wp_template", "wp_template_part", "wp_navigation"];

fn bad(route: &str, why: &str) -> Error {
    Error::new(Code::WpBadResponse, format!("unexpected answer from {route}: {why}"))
}

fn str_of(v: &Value, key: &str) -> String {
    v.get(key).and_then(Value::as_str).unwrap_or("").to_string()
}

fn strings(v: Option<&Value>) -> Vec<String> {
    v.and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect())
        .unwrap_or_default()
}

/// Items per page requested from WordPress (its maximum).
const PER_PAGE: usize = 100;

/// The most pages one collection may announce (a million items); more is not believed.
const MAX_PAGES: u64 = 10_000;

fn bad_paging(route: &str, why: String) -> Error {
    Error::new(Code::WpBadPaging, format!("{route}: the site's paging cannot be trusted: {why}"))
        .with_hint("the site (or a proxy or plugin in front of it) answers inconsistent pages; nothing was stored")
}

/// Fetches every page of a collection; page 1 first (it says how many there are), then the rest
/// by `concurrency` workers. Items come back in page order.
///
/// The server's paging headers are checked, not trusted: `X-WP-TotalPages` must agree with
/// `X-WP-Total` and with a full first page, and stay under `MAX_PAGES`; the first page that is
/// not full ends the collection (no page after it is requested), so the number of requests
/// stays within one per `PER_PAGE` items received plus one per worker; an item id seen twice
/// (a server that answers every page with the same items) ends the run with `wp_bad_paging`.
pub fn fetch_collection(
    http: &Http,
    root: &RestRoot,
    route: &str,
    query: &[(&str, String)],
    concurrency: usize,
    progress: &dyn Progress,
) -> Result<Vec<Value>> {
    let page = |n: u64| -> Result<(Vec<Value>, Option<u64>, Option<u64>)> {
        let mut q: Vec<(&str, String)> = query.to_vec();
        q.push(("per_page", PER_PAGE.to_string()));
        q.push(("page", n.to_string()));
        match http.get_json(root, route, &q) {
            Ok(p) => match p.body {
                Value::Array(items) if items.len() <= PER_PAGE => Ok((items, p.total_pages, p.total)),
                Value::Array(items) => Err(bad_paging(
                    route,
                    format!("page {n} has {} items, more than the {PER_PAGE} asked for", items.len()),
                )),
                _ => Err(bad(route, "expected a JSON array")),
            },
            // The collection shrank while we read it: a page past the end is just empty.
            Err(e)
                if n > 1
                    && e.details.get("wp_code").and_then(Value::as_str) == Some("rest_post_invalid_page_number") =>
            {
                Ok((Vec::new(), None, None))
            }
            Err(e) => Err(e),
        }
    };
    let (first, total_pages, total) = page(1)?;
    let total_pages = total_pages.unwrap_or(1).max(1);
    if total_pages > MAX_PAGES {
        return Err(bad_paging(route, format!("it announces {total_pages} pages (at most {MAX_PAGES} are believed)")));
    }
    if let Some(total) = total {
        let expected = total.div_ceil(PER_PAGE as u64).max(1);
        if expected != total_pages {
            return Err(bad_paging(
                route,
                format!(
                    "X-WP-Total {total} means {expected} pages of {PER_PAGE}, but X-WP-TotalPages says {total_pages}"
                ),
            ));
        }
    }
    if total_pages > 1 && first.len() < PER_PAGE {
        return Err(bad_paging(
            route,
            format!("page 1 has {} items but {total_pages} pages are announced", first.len()),
        ));
    }
    progress.advance(first.len() as u64);
    let mut pages = vec![(1, first)];
    if total_pages > 1 {
        // The first page that is not full is the last one: no worker asks beyond it.
        let workers = concurrency.clamp(1, 16).min(total_pages as usize - 1);
        let fetched = crate::pool::run(
            workers,
            2,
            || (),
            |_, n| {
                if n > total_pages {
                    return Step::Done;
                }
                match page(n) {
                    Ok((items, _, _)) => {
                        progress.advance(items.len() as u64);
                        if items.len() < PER_PAGE {
                            Step::Last(Ok(items))
                        } else {
                            Step::Item(Ok(items))
                        }
                    }
                    Err(e) => Step::Stop(Err(e)),
                }
            },
        );
        for (n, result) in fetched {
            pages.push((n, result?));
        }
    }
    let mut seen = std::collections::HashSet::new();
    let mut items = Vec::new();
    for (n, page_items) in pages {
        for item in page_items {
            if let Some(id) = item.get("id").and_then(Value::as_i64) {
                if !seen.insert(id) {
                    return Err(bad_paging(route, format!("item {id} appears again on page {n}")));
                }
            }
            items.push(item);
        }
    }
    Ok(items)
}

/// Post types and taxonomies from `/wp/v2/types` and `/wp/v2/taxonomies`.
fn types_and_taxonomies(http: &Http, root: &RestRoot) -> Result<(Vec<PostType>, Vec<TaxonomyInfo>)> {
    let types = http.get_json(root, "wp/v2/types", &[])?.body;
    let taxes = http.get_json(root, "wp/v2/taxonomies", &[])?.body;
    parse_types_and_taxonomies(&types, &taxes)
}

/// Reads the answers of `/wp/v2/types` and `/wp/v2/taxonomies`: public content types (not
/// WordPress's internal ones) and the taxonomies attached to them.
pub fn parse_types_and_taxonomies(types: &Value, taxes: &Value) -> Result<(Vec<PostType>, Vec<TaxonomyInfo>)> {
    let types = types.as_object().ok_or_else(|| bad("wp/v2/types", "expected an object"))?;
    let post_types: Vec<PostType> = types
        .iter()
        .filter(|(slug, _)| !INTERNAL_TYPES.contains(&slug.as_str()))
        .filter(|(_, t)| t.get("rest_base").and_then(Value::as_str).is_some_and(|b| !b.is_empty()))
        .map(|(slug, t)| PostType {
            slug: slug.clone(),
            name: str_of(t, "name"),
            rest_base: str_of(t, "rest_base"),
            hierarchical: t.get("hierarchical").and_then(Value::as_bool).unwrap_or(false),
            taxonomies: strings(t.get("taxonomies")),
            count: None,
        })
        .collect();
    let taxes = taxes.as_object().ok_or_else(|| bad("wp/v2/taxonomies", "expected an object"))?;
    let taxonomies = taxes
        .iter()
        .map(|(slug, t)| TaxonomyInfo {
            slug: slug.clone(),
            name: str_of(t, "name"),
            rest_base: str_of(t, "rest_base"),
            types: strings(t.get("types")),
            hierarchical: t.get("hierarchical").and_then(Value::as_bool).unwrap_or(false),
            count: None,
        })
        // Only taxonomies of content we mirror (not nav_menu and the like).
        .filter(|t: &TaxonomyInfo| {
            !t.rest_base.is_empty() && t.types.iter().any(|ty| post_types.iter().any(|p| &p.slug == ty))
        })
        .collect();
    Ok((post_types, taxonomies))
}

/// Counts from the bridge plugin's `igny8/v1/site-metadata`, keyed by type/taxonomy slug.
fn bridge_counts(http: &Http, root: &RestRoot) -> Result<(BTreeMap<String, u64>, BTreeMap<String, u64>)> {
    let body = http.get_json(root, "igny8/v1/site-metadata", &[])?.body;
    let data = body.get("data").ok_or_else(|| bad("igny8/v1/site-metadata", "no data"))?;
    let counts = |key: &str| -> BTreeMap<String, u64> {
        data.get(key)
            .and_then(Value::as_object)
            .map(|m| m.iter().map(|(k, v)| (k.clone(), v.get("count").and_then(Value::as_u64).unwrap_or(0))).collect())
            .unwrap_or_default()
    };
    Ok((counts("post_types"), counts("taxonomies")))
}

/// Reads the structure: types and taxonomies with counts, and every term of each taxonomy.
pub fn fetch_structure(
    http: &Http,
    root: &RestRoot,
    bridge: bool,
    concurrency: usize,
    progress: &dyn Progress,
) -> Result<Structure> {
    let (mut post_types, mut taxonomies) = types_and_taxonomies(http, root)?;
    if bridge {
        let (type_counts, tax_counts) = bridge_counts(http, root)?;
        for t in &mut post_types {
            t.count = type_counts.get(&t.slug).copied();
        }
        for t in &mut taxonomies {
            t.count = tax_counts.get(&t.slug).copied();
        }
    } else {
        for t in &mut post_types {
            t.count = http.count(root, &format!("wp/v2/{}", t.rest_base))?;
        }
    }
    let mut terms = Vec::new();
    progress.begin("terms", taxonomies.iter().filter_map(|t| t.count).sum());
    for tax in &mut taxonomies {
        let route = format!("wp/v2/{}", tax.rest_base);
        let items = fetch_collection(
            http,
            root,
            &route,
            &[("_fields", "id,name,slug,parent,count".into())],
            concurrency,
            progress,
        )?;
        if !bridge {
            tax.count = Some(items.len() as u64);
        }
        for item in items {
            let id = item.get("id").and_then(Value::as_i64).ok_or_else(|| bad(&route, "a term without an id"))?;
            terms.push(Term {
                taxonomy: tax.slug.clone(),
                wp_id: id,
                name: str_of(&item, "name"),
                slug: str_of(&item, "slug"),
                parent: item.get("parent").and_then(Value::as_i64).unwrap_or(0),
                count: item.get("count").and_then(Value::as_i64).unwrap_or(0),
            });
        }
    }
    progress.end();
    Ok(Structure { post_types, taxonomies, terms })
}

/// The taxonomies of a post type as (slug, rest_base): items list their term ids under the
/// rest_base (categories, tags, custom ones).
fn taxonomy_fields<'t>(post_type: &PostType, taxonomies: &'t [TaxonomyInfo]) -> Vec<(&'t str, &'t str)> {
    taxonomies
        .iter()
        .filter(|t| post_type.taxonomies.contains(&t.slug))
        .map(|t| (t.slug.as_str(), t.rest_base.as_str()))
        .collect()
}

/// Reads every item of one post type (or, with `modified_after`, those changed since).
pub fn fetch_content(
    http: &Http,
    root: &RestRoot,
    post_type: &PostType,
    taxonomies: &[TaxonomyInfo],
    modified_after: Option<&str>,
    concurrency: usize,
    progress: &dyn Progress,
) -> Result<Vec<ContentItem>> {
    let route = format!("wp/v2/{}", post_type.rest_base);
    let tax_fields = taxonomy_fields(post_type, taxonomies);
    let mut fields = "id,type,slug,title,status,link,author,modified_gmt".to_string();
    for (_, base) in &tax_fields {
        fields.push(',');
        fields.push_str(base);
    }
    let mut query = vec![("_fields", fields), ("orderby", "id".into()), ("order", "asc".into())];
    if let Some(after) = modified_after {
        query.push(("modified_after", after.to_string()));
    }
    let items = fetch_collection(http, root, &route, &query, concurrency, progress)?;
    parse_content(post_type, taxonomies, items)
}

/// Reads the items of a content collection (with the fields sitectl asks for).
pub fn parse_content(post_type: &PostType, taxonomies: &[TaxonomyInfo], items: Vec<Value>) -> Result<Vec<ContentItem>> {
    let route = format!("wp/v2/{}", post_type.rest_base);
    let tax_fields = taxonomy_fields(post_type, taxonomies);
    items
        .into_iter()
        .map(|item| {
            let wp_id = item.get("id").and_then(Value::as_i64).ok_or_else(|| bad(&route, "an item without an id"))?;
            let title = match item.get("title") {
                Some(Value::Object(t)) => t.get("rendered").and_then(Value::as_str).unwrap_or("").to_string(),
                Some(Value::String(s)) => s.clone(),
                _ => String::new(),
            };
            let terms = tax_fields
                .iter()
                .map(|(slug, base)| {
                    let ids = item
                        .get(*base)
                        .and_then(Value::as_array)
                        .map(|a| a.iter().filter_map(Value::as_i64).collect())
                        .unwrap_or_default();
                    (slug.to_string(), ids)
                })
                .collect();
            let modified = str_of(&item, "modified_gmt");
            if modified.is_empty() {
                return Err(bad(&route, "an item without modified_gmt"));
            }
            Ok(ContentItem {
                post_type: post_type.slug.clone(),
                wp_id,
                slug: str_of(&item, "slug"),
                title,
                status: str_of(&item, "status"),
                link: str_of(&item, "link"),
                author: item.get("author").and_then(Value::as_i64).unwrap_or(0),
                modified_gmt: modified,
                terms,
            })
        })
        .collect()
}
