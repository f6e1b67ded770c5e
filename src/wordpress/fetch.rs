//! Reading a site's structure (post types, taxonomies, terms) and content (posts, pages and
//! other public types) over the REST API, pages fetched in parallel. Nothing is stored here:
//! callers get complete results or an error, so a failed run never half-writes the mirror.

use crate::error::Code;
use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use super::client::{Http, RestRoot};
use super::wire;
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

/// Answers after the first start one item early, on the last item of the answer before: that
/// item proves nothing shifted between the two reads (see [`fetch_collection`]).
const STEP: u64 = PER_PAGE as u64 - 1;

/// The most answers one collection read may take (about a million items); more is not believed.
const MAX_PAGES: u64 = 10_000;

/// Reads of one collection before a site that keeps changing under the read is given up on.
const READ_ATTEMPTS: u32 = 3;

fn bad_paging(route: &str, why: String) -> Error {
    Error::new(Code::WpBadPaging, format!("{route}: the site's paging cannot be trusted: {why}"))
        .with_hint("the site (or a proxy or plugin in front of it) answers inconsistent pages; nothing was stored")
}

/// Limits of one sync run as a whole (every collection it reads), on top of the per-answer
/// size limit of the client and the per-field limits of [`super::wire`].
#[derive(Debug, Clone, Copy)]
pub struct RunLimits {
    /// Items (content and terms) kept.
    pub items: u64,
    /// Bytes of text kept (titles, slugs, links, names, statuses).
    pub bytes: u64,
    /// Body bytes received, retries included.
    pub received: u64,
}

impl Default for RunLimits {
    fn default() -> Self {
        RunLimits { items: 1_000_000, bytes: 256 * 1024 * 1024, received: 2 * 1024 * 1024 * 1024 }
    }
}

/// What one run has kept so far, against its [`RunLimits`].
#[derive(Debug, Default)]
pub struct RunBudget {
    limits: RunLimits,
    items: AtomicU64,
    bytes: AtomicU64,
}

impl RunBudget {
    pub fn new(limits: RunLimits) -> RunBudget {
        RunBudget { limits, ..RunBudget::default() }
    }

    /// Refuses the run once what it kept (`pending` of the read under way included) or what it
    /// received passes a limit.
    fn check(&self, http: &Http, pending_items: u64, pending_bytes: u64) -> Result<()> {
        let items = self.items.load(Ordering::Relaxed) + pending_items;
        let bytes = self.bytes.load(Ordering::Relaxed) + pending_bytes;
        let received = http.bytes_received();
        let over = if items > self.limits.items {
            Some(format!("more than {} items", self.limits.items))
        } else if bytes > self.limits.bytes {
            Some(format!("more than {} bytes of text to keep", self.limits.bytes))
        } else if received > self.limits.received {
            Some(format!("more than {} bytes of answers", self.limits.received))
        } else {
            None
        };
        match over {
            Some(what) => Err(Error::new(
                Code::WpResponseTooLarge,
                format!("the site sent {what}, more than one sync may read; nothing was stored"),
            )
            .with_hint("the site is larger than a sync may read, or sends far more than it holds")),
            None => Ok(()),
        }
    }

    fn commit(&self, items: u64, bytes: u64) {
        self.items.fetch_add(items, Ordering::Relaxed);
        self.bytes.fetch_add(bytes, Ordering::Relaxed);
    }
}

/// An item of a collection: its WordPress id and what keeping it costs.
pub trait Item {
    fn wp_id(&self) -> i64;
    /// Bytes of text kept.
    fn kept_bytes(&self) -> u64;
}

impl Item for ContentItem {
    fn wp_id(&self) -> i64 {
        self.wp_id
    }
    fn kept_bytes(&self) -> u64 {
        let terms: usize = self.terms.values().map(|ids| ids.len() * 8).sum();
        (self.slug.len() + self.title.len() + self.status.len() + self.link.len() + self.modified_gmt.len() + terms)
            as u64
    }
}

impl Item for Term {
    fn wp_id(&self) -> i64 {
        self.wp_id
    }
    fn kept_bytes(&self) -> u64 {
        (self.name.len() + self.slug.len()) as u64
    }
}

/// Decodes one answer into bounded items: at most 100, and how many more the answer held.
pub type Decoder<'a, T> = dyn Fn(&mut dyn std::io::Read) -> Result<(Vec<T>, usize)> + Sync + 'a;

/// One collection to read ([`fetch_collection`]): where, how many workers, reporting to whom,
/// within which budget, decoded how.
pub struct CollectionRead<'a, T> {
    pub http: &'a Http,
    pub root: &'a RestRoot,
    pub route: &'a str,
    pub query: &'a [(&'a str, String)],
    pub concurrency: usize,
    pub progress: &'a dyn Progress,
    pub budget: &'a RunBudget,
    pub decode: &'a Decoder<'a, T>,
}

/// One answer of a collection read.
struct Answer<T> {
    items: Vec<T>,
    /// Nothing follows it: fewer items than asked, or as many as X-WP-Total leaves.
    end: bool,
    total: Option<u64>,
    date: Option<chrono::NaiveDateTime>,
}

/// A collection read whole and consistent.
#[derive(Debug)]
pub struct Collection<T> {
    pub items: Vec<T>,
    /// The server's clock (UTC) when it answered the first request of the read that is kept
    /// (its `Date` header), when it sent one. Every answer after it was made later, so an item
    /// changed after its answer was read was modified no earlier than about this time: a
    /// modification cursor kept at or below it never passes a change the read missed.
    pub read_from: Option<chrono::NaiveDateTime>,
}

/// Why answer `k` proves a shift: it does not start with `before_last`, the last item of the
/// answer before it.
fn shifted(k: u64, before_last: Option<i64>, first: Option<i64>) -> Option<String> {
    (before_last != first).then(|| {
        let shown = |id: Option<i64>| id.map_or_else(|| "nothing".to_string(), |id| format!("item {id}"));
        format!("the answer at offset {} starts with {} instead of {}", k * STEP, shown(first), shown(before_last))
    })
}

/// Why a read attempt stopped.
enum Stop {
    Failed(Error),
    /// The collection changed between two answers (the item an answer should start with was
    /// not there): the attempt proves nothing and is read again.
    Changed(String),
}

impl From<Error> for Stop {
    fn from(e: Error) -> Stop {
        Stop::Failed(e)
    }
}

/// Reads every item of a collection, in WordPress id order (`orderby=id`), and proves the read
/// consistent: a collection that changes while it is read never loses an item that existed
/// throughout (which a full sync would take for deleted).
///
/// Pages by offset shift when items before them are added or removed meanwhile, so answer `k`
/// (after the first) starts at offset `k * 99`, one item early: its first item must be the
/// last item of answer `k - 1`. As the ids of each answer ascend, the answers then cover the id
/// range from the first item to the end without a gap, whatever changed meanwhile; an item that
/// existed throughout falls in one answer's range, read while it existed. The end is an answer
/// that holds fewer items than asked, or as many as its own X-WP-Total leaves. When an answer
/// does not start where the one before ended, the read is repeated (at most
/// [`READ_ATTEMPTS`] times, then `wp_changed_during_read`).
///
/// Each answer is checked on its own, not trusted: at most 100 items, ids strictly ascending,
/// X-WP-TotalPages agreeing with X-WP-Total, an item count agreeing with X-WP-Total, at most
/// [`MAX_PAGES`] answers; otherwise `wp_bad_paging`. Pages after the first are read by up to
/// `concurrency` workers, never past the end the first answer announced unless the answer there
/// says more follows. Items are decoded by `decode` into bounded values, and `budget` ends the
/// run once it passes the limits of a whole run.
pub fn fetch_collection<T: Item + Send>(read: &CollectionRead<'_, T>) -> Result<Collection<T>> {
    let route = read.route;
    let mut attempt = 0;
    loop {
        attempt += 1;
        match read_once(read) {
            Ok(items) => return Ok(items),
            Err(Stop::Failed(e)) => return Err(e),
            Err(Stop::Changed(_)) if attempt < READ_ATTEMPTS => {
                // The site is being edited: give the editor a moment before reading again.
                std::thread::sleep(std::time::Duration::from_millis(200 * u64::from(attempt)));
            }
            Err(Stop::Changed(why)) => {
                return Err(Error::new(
                    Code::WpChangedDuringRead,
                    format!("{route} changed while it was read, {READ_ATTEMPTS} times ({why}); nothing was stored"),
                )
                .with_hint("the site's content is being changed; run the sync again later"))
            }
        }
    }
}

fn read_once<T: Item + Send>(read: &CollectionRead<'_, T>) -> std::result::Result<Collection<T>, Stop> {
    let &CollectionRead { http, root, route, query, concurrency, progress, budget, decode } = read;
    let kept_items = AtomicU64::new(0);
    let kept_bytes = AtomicU64::new(0);
    // The first and last id of each answer read so far, to find a shift as soon as it shows.
    #[allow(clippy::type_complexity)]
    let bounds: Mutex<BTreeMap<u64, (Option<i64>, Option<i64>, bool)>> = Mutex::new(BTreeMap::new());
    let answer = |k: u64| -> std::result::Result<Answer<T>, Stop> {
        let offset = k * STEP;
        let mut q: Vec<(&str, String)> = query.to_vec();
        q.push(("per_page", PER_PAGE.to_string()));
        if k > 0 {
            q.push(("offset", offset.to_string()));
        }
        let page = http.get_stream(root, route, &q, |body| decode(body))?;
        let (items, extra) = page.value;
        if extra > 0 {
            return Err(bad_paging(
                route,
                format!(
                    "the answer at offset {offset} has {} items, more than the {PER_PAGE} asked for",
                    items.len() + extra
                ),
            )
            .into());
        }
        if let Some(pair) = items.windows(2).find(|w| w[1].wp_id() <= w[0].wp_id()) {
            return Err(bad_paging(
                route,
                format!(
                    "the answer at offset {offset} is not in id order ({} then {})",
                    pair[0].wp_id(),
                    pair[1].wp_id()
                ),
            )
            .into());
        }
        let mut end = items.len() < PER_PAGE;
        if let Some(total) = page.total {
            if total > MAX_PAGES * STEP {
                return Err(bad_paging(
                    route,
                    format!("it announces {total} items (at most {} are believed)", MAX_PAGES * STEP),
                )
                .into());
            }
            if let Some(pages) = page.total_pages {
                let expected = total.div_ceil(PER_PAGE as u64).max(1);
                if pages.max(1) != expected {
                    return Err(bad_paging(
                        route,
                        format!(
                            "X-WP-Total {total} means {expected} pages of {PER_PAGE}, but X-WP-TotalPages says {pages}"
                        ),
                    )
                    .into());
                }
            }
            // WordPress counts nothing for an answer past the end (X-WP-Total 0), so an empty
            // answer after the first is not held to its count.
            if k == 0 || !items.is_empty() {
                let expected = total.saturating_sub(offset).min(PER_PAGE as u64);
                if items.len() as u64 != expected {
                    return Err(bad_paging(
                        route,
                        format!(
                            "the answer at offset {offset} has {} items, but X-WP-Total {total} means {expected}",
                            items.len()
                        ),
                    )
                    .into());
                }
                end |= offset + items.len() as u64 >= total;
            }
        }
        let skip = usize::from(k > 0);
        let bytes: u64 = items.iter().skip(skip).map(Item::kept_bytes).sum();
        let n = items.len().saturating_sub(skip) as u64;
        let pending_items = kept_items.fetch_add(n, Ordering::Relaxed) + n;
        let pending_bytes = kept_bytes.fetch_add(bytes, Ordering::Relaxed) + bytes;
        budget.check(http, pending_items, pending_bytes)?;
        let (first, last) = (items.first().map(Item::wp_id), items.last().map(Item::wp_id));
        {
            let mut known = bounds.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
            known.insert(k, (first, last, end));
            let before = k.checked_sub(1).and_then(|p| known.get(&p).copied());
            if let Some((_, before_last, false)) = before {
                if let Some(why) = shifted(k, before_last, first) {
                    return Err(Stop::Changed(why));
                }
            }
            if let (false, Some((after_first, _, _))) = (end, known.get(&(k + 1)).copied()) {
                if let Some(why) = shifted(k + 1, last, after_first) {
                    return Err(Stop::Changed(why));
                }
            }
        }
        progress.advance(n);
        Ok(Answer { items, end, total: page.total, date: page.date })
    };
    let first = answer(0)?;
    let mut answers = vec![first];
    if !answers[0].end {
        // The answers after the first that its X-WP-Total needs; the read goes further only when
        // the answer there says more follows (the collection grew meanwhile).
        let planned = answers[0].total.map_or(1, |t| t.saturating_sub(PER_PAGE as u64).div_ceil(STEP).max(1));
        let limit = AtomicU64::new(planned);
        let halted = std::sync::atomic::AtomicBool::new(false);
        let workers = concurrency.clamp(1, 16).min(usize::try_from(planned).unwrap_or(16));
        let fetched = crate::pool::run(
            workers,
            1,
            || (),
            |_, k| {
                if k > MAX_PAGES {
                    // Said before the stop, as for any failed answer: a worker waiting for the
                    // answer at this limit would otherwise wait for ever.
                    halted.store(true, Ordering::Relaxed);
                    return Step::Stop(Err(Stop::Failed(bad_paging(
                        route,
                        format!("it has not ended after {MAX_PAGES} pages"),
                    ))));
                }
                // Past the planned answers, read on only once the answer at the limit says more
                // follows (it is in flight on another worker; wait for it rather than skip k).
                loop {
                    let last = limit.load(Ordering::Relaxed);
                    if k <= last {
                        break;
                    }
                    if halted.load(Ordering::Relaxed) {
                        return Step::Done;
                    }
                    match bounds.lock().unwrap_or_else(std::sync::PoisonError::into_inner).get(&last) {
                        Some((_, _, true)) => return Step::Done,
                        Some((_, _, false)) => {
                            limit.fetch_max(last + 1, Ordering::Relaxed);
                            continue;
                        }
                        None => {}
                    }
                    std::thread::sleep(std::time::Duration::from_millis(2));
                }
                match answer(k) {
                    Ok(a) if a.end => Step::Last(Ok(a)),
                    Ok(a) => {
                        limit.fetch_max(k + 1, Ordering::Relaxed);
                        Step::Item(Ok(a))
                    }
                    Err(e) => {
                        halted.store(true, Ordering::Relaxed);
                        Step::Stop(Err(e))
                    }
                }
            },
        );
        for (k, result) in fetched {
            let a = result?;
            if k != answers.len() as u64 {
                return Err(Stop::Changed(format!("the answer at offset {} is missing", answers.len() as u64 * STEP)));
            }
            answers.push(a);
        }
    }
    // Every answer starts on the last item of the one before, and the last one is the end.
    for k in 1..answers.len() {
        let before = answers[k - 1].items.last().map(Item::wp_id);
        if let Some(why) = shifted(k as u64, before, answers[k].items.first().map(Item::wp_id)) {
            return Err(Stop::Changed(why));
        }
    }
    if !answers.last().is_some_and(|a| a.end) {
        return Err(Stop::Changed("the read stopped before the end of the collection".into()));
    }
    let read_from = answers[0].date;
    let mut items = Vec::new();
    for (k, a) in answers.into_iter().enumerate() {
        items.extend(a.items.into_iter().skip(usize::from(k > 0)));
    }
    budget.commit(kept_items.into_inner(), kept_bytes.into_inner());
    Ok(Collection { items, read_from })
}
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wordpress::HttpSettings;

    #[test]
    fn a_run_is_refused_past_any_of_its_limits() {
        let http = Http::new(HttpSettings::default()).unwrap();
        let budget = RunBudget::new(RunLimits { items: 10, bytes: 100, received: 1 << 20 });
        assert!(budget.check(&http, 10, 100).is_ok());
        assert_eq!(budget.check(&http, 11, 0).unwrap_err().code, "wp_response_too_large");
        assert_eq!(budget.check(&http, 0, 101).unwrap_err().code, "wp_response_too_large");
        // What earlier collections kept counts against the rest of the run.
        budget.commit(6, 60);
        assert!(budget.check(&http, 4, 40).is_ok());
        assert!(budget.check(&http, 5, 0).is_err() && budget.check(&http, 0, 41).is_err());
    }

    #[test]
    fn a_shift_is_named_by_the_items_it_moved() {
        assert_eq!(shifted(1, Some(7), Some(7)), None);
        assert_eq!(
            shifted(2, Some(7), Some(9)).unwrap(),
            "the answer at offset 198 starts with item 9 instead of item 7"
        );
        assert!(shifted(1, Some(7), None).unwrap().contains("starts with nothing"));
    }
}
