//! Reading a site's structure (post types, taxonomies, terms) and content (posts, pages and
//! other public types) over the REST API, pages fetched in parallel. Nothing is stored here:
//! callers get complete results or an error, so a failed run never half-writes the mirror.

use crate::error::Code;
use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use super::client::{Http, RestRoot};
use super::wire;
pub use crate::domain::{PostType, TaxonomyInfo};
use crate::domain::{WpContent as ContentItem, WpTerm as Term};
use crate::error::{Error, Result};

mod collection;
pub use collection::{fetch_collection, Collection, CollectionRead, Decoder, Item, RunBudget, RunLimits};

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

/// The most post types or taxonomies read from a site (WordPress itself registers ten or so).
const MAX_KINDS: usize = 200;
/// The longest slug, REST base or name of a post type or taxonomy (WordPress keys have 20 or 32
/// characters).
const MAX_KIND_BYTES: usize = 200;

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

/// The largest answer describing the site (post types, taxonomies, the bridge's counts) that is
/// decoded: [`MAX_KINDS`] entries take a few hundred kilobytes.
const STRUCTURE_ANSWER_BYTES: u64 = 1024 * 1024;

/// Post types and taxonomies from `/wp/v2/types` and `/wp/v2/taxonomies`.
fn types_and_taxonomies(http: &Http, root: &RestRoot) -> Result<(Vec<PostType>, Vec<TaxonomyInfo>)> {
    let types = http.get_small_json(root, "wp/v2/types", &[], STRUCTURE_ANSWER_BYTES)?.body;
    let taxes = http.get_small_json(root, "wp/v2/taxonomies", &[], STRUCTURE_ANSWER_BYTES)?.body;
    parse_types_and_taxonomies(&types, &taxes)
}

/// Reads the answers of `/wp/v2/types` and `/wp/v2/taxonomies`: public content types (not
/// WordPress's internal ones) and the taxonomies attached to them.
pub fn parse_types_and_taxonomies(types: &Value, taxes: &Value) -> Result<(Vec<PostType>, Vec<TaxonomyInfo>)> {
    let types = types.as_object().ok_or_else(|| bad("wp/v2/types", "expected an object"))?;
    let taxes_map = taxes.as_object().ok_or_else(|| bad("wp/v2/taxonomies", "expected an object"))?;
    // The structure is kept on the integration and its slugs go into every content request:
    // bounded like any other text from the site.
    for (route, map) in [("wp/v2/types", types), ("wp/v2/taxonomies", taxes_map)] {
        if map.len() > MAX_KINDS {
            return Err(Error::new(
                Code::WpResponseTooLarge,
                format!("{route} lists {} entries; at most {MAX_KINDS} are read", map.len()),
            ));
        }
        for (slug, t) in map {
            let long = |s: &str| s.len() > MAX_KIND_BYTES;
            if long(slug) || long(&str_of(t, "rest_base")) || long(&str_of(t, "name")) {
                return Err(bad(route, &format!("a name longer than {MAX_KIND_BYTES} bytes")));
            }
            if strings(t.get("taxonomies")).len() > MAX_KINDS || strings(t.get("types")).len() > MAX_KINDS {
                return Err(bad(route, &format!("more than {MAX_KINDS} taxonomies or types on one entry")));
            }
        }
    }
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
    let taxonomies = taxes_map
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
    let body = http.get_small_json(root, "igny8/v1/site-metadata", &[], STRUCTURE_ANSWER_BYTES)?.body;
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
    budget: &RunBudget,
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
        let taxonomy = tax.slug.clone();
        let decode = |body: &mut dyn std::io::Read| decode_terms(&route, &taxonomy, body);
        let query =
            [("_fields", "id,name,slug,parent,count".to_string()), ("orderby", "id".into()), ("order", "asc".into())];
        let read =
            CollectionRead { http, root, route: &route, query: &query, concurrency, progress, budget, decode: &decode };
        let items = fetch_collection(&read)?.items;
        if !bridge {
            tax.count = Some(items.len() as u64);
        }
        terms.extend(items);
    }
    progress.end();
    Ok(Structure { post_types, taxonomies, terms })
}

fn undecodable(route: &str, e: &serde_json::Error) -> Error {
    Error::new(Code::WpBadResponse, format!("the answer from {route} is not a JSON list of items ({e})")).with_cause(e)
}

/// The terms of one page, bounded (see [`wire`]).
fn decode_terms(route: &str, taxonomy: &str, body: &mut dyn std::io::Read) -> Result<(Vec<Term>, usize)> {
    let (raw, extra) = wire::term_page(body, PER_PAGE).map_err(|e| undecodable(route, &e))?;
    let terms = raw
        .into_iter()
        .map(|r| {
            let r = r.ok_or_else(|| bad(route, "a term that is not an object"))?;
            Ok(Term {
                taxonomy: taxonomy.to_string(),
                wp_id: r.id.ok_or_else(|| bad(route, "a term without an id"))?,
                truncated: r.name.truncated || r.slug.truncated,
                name: r.name.text,
                slug: r.slug.text,
                parent: r.parent.unwrap_or(0),
                count: r.count.unwrap_or(0),
            })
        })
        .collect::<Result<Vec<Term>>>()?;
    Ok((terms, extra))
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
#[allow(clippy::too_many_arguments)]
pub fn fetch_content(
    http: &Http,
    root: &RestRoot,
    post_type: &PostType,
    taxonomies: &[TaxonomyInfo],
    modified_after: Option<&str>,
    concurrency: usize,
    progress: &dyn Progress,
    budget: &RunBudget,
) -> Result<Collection<ContentItem>> {
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
    let decode = |body: &mut dyn std::io::Read| {
        decode_content(post_type, taxonomies, body, PER_PAGE).map_err(|e| match e {
            Decode::Json(e) => undecodable(&route, &e),
            Decode::Item(e) => e,
        })
    };
    fetch_collection(&CollectionRead {
        http,
        root,
        route: &route,
        query: &query,
        concurrency,
        progress,
        budget,
        decode: &decode,
    })
}

/// Why a page of content did not decode.
enum Decode {
    Json(serde_json::Error),
    Item(Error),
}

/// The content items of one page (at most `max`, and how many more it held), bounded (see
/// [`wire`]).
/// Whether `s` is a time exactly as WordPress writes one: `YYYY-MM-DDTHH:MM:SS`, a four-digit
/// year, every field zero-padded. chrono's `%Y` also takes a sign and more digits, `%m` one digit
/// and numbers after spaces; such a value sorts out of order as text and, as a cursor, can reach
/// the end of chrono's range. Only a date that prints back to the same text is accepted.
pub fn is_wordpress_time(s: &str) -> bool {
    const FORMAT: &str = "%Y-%m-%dT%H:%M:%S";
    s.len() == 19
        && s.bytes().take(4).all(|b| b.is_ascii_digit())
        && chrono::NaiveDateTime::parse_from_str(s, FORMAT).is_ok_and(|t| t.format(FORMAT).to_string() == s)
}

fn decode_content(
    post_type: &PostType,
    taxonomies: &[TaxonomyInfo],
    body: impl std::io::Read,
    max: usize,
) -> std::result::Result<(Vec<ContentItem>, usize), Decode> {
    let route = format!("wp/v2/{}", post_type.rest_base);
    let tax_fields = taxonomy_fields(post_type, taxonomies);
    let (raw, extra) = wire::content_page(body, &tax_fields, max).map_err(Decode::Json)?;
    let items = raw
        .into_iter()
        .map(|item| {
            let item = item.ok_or_else(|| bad(&route, "an item without an id"))?;
            let wp_id = item.id.ok_or_else(|| bad(&route, "an item without an id"))?;
            let modified = &item.modified_gmt.text;
            if modified.is_empty() {
                return Err(bad(&route, "an item without modified_gmt"));
            }
            // The cursor is the greatest modified_gmt compared as text: only WordPress's own
            // format keeps that order.
            if !is_wordpress_time(modified) {
                return Err(bad(&route, &format!("item {wp_id} has a modified_gmt that is not a date")));
            }
            Ok(ContentItem {
                truncated: item.truncated(),
                post_type: post_type.slug.clone(),
                wp_id,
                slug: item.slug.text,
                title: item.title.text,
                status: item.status.text,
                link: item.link.text,
                author: item.author.unwrap_or(0),
                modified_gmt: item.modified_gmt.text,
                terms: item.terms,
            })
        })
        .collect::<Result<Vec<ContentItem>>>()
        .map_err(Decode::Item)?;
    Ok((items, extra))
}

/// Reads the items of a content collection (with the fields sitectl asks for), bounded as a
/// sync bounds them.
pub fn parse_content(post_type: &PostType, taxonomies: &[TaxonomyInfo], items: Vec<Value>) -> Result<Vec<ContentItem>> {
    let body = serde_json::to_vec(&Value::Array(items))?;
    match decode_content(post_type, taxonomies, body.as_slice(), usize::MAX) {
        Ok((items, _)) => Ok(items),
        Err(Decode::Json(e)) => Err(bad(&format!("wp/v2/{}", post_type.rest_base), &e.to_string())),
        Err(Decode::Item(e)) => Err(e),
    }
}
