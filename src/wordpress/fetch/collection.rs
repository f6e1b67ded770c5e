//! Reading one collection (the items of a post type, the terms of a taxonomy) whole and
//! consistent, answers fetched in parallel, within the limits of a whole run.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use super::super::client::{Http, RestRoot};
use super::{Progress, PER_PAGE};
use crate::domain::{WpContent as ContentItem, WpTerm as Term};
use crate::error::{Code, Error, Result};
use crate::pool::Step;

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

/// Checks one answer of a collection read on its own, not trusting it: at most [`PER_PAGE`]
/// items, ids strictly ascending, X-WP-TotalPages agreeing with X-WP-Total, the item count
/// agreeing with X-WP-Total. Says whether it is the end: fewer items than asked, or as many as
/// X-WP-Total leaves.
fn checked_end<T: Item>(
    route: &str,
    k: u64,
    items: &[T],
    extra: usize,
    total: Option<u64>,
    total_pages: Option<u64>,
) -> Result<bool> {
    let offset = k * STEP;
    if extra > 0 {
        return Err(bad_paging(
            route,
            format!(
                "the answer at offset {offset} has {} items, more than the {PER_PAGE} asked for",
                items.len() + extra
            ),
        ));
    }
    if let Some(pair) = items.windows(2).find(|w| w[1].wp_id() <= w[0].wp_id()) {
        return Err(bad_paging(
            route,
            format!("the answer at offset {offset} is not in id order ({} then {})", pair[0].wp_id(), pair[1].wp_id()),
        ));
    }
    let mut end = items.len() < PER_PAGE;
    if let Some(total) = total {
        if total > MAX_PAGES * STEP {
            return Err(bad_paging(
                route,
                format!("it announces {total} items (at most {} are believed)", MAX_PAGES * STEP),
            ));
        }
        if let Some(pages) = total_pages {
            let expected = total.div_ceil(PER_PAGE as u64).max(1);
            if pages.max(1) != expected {
                return Err(bad_paging(
                    route,
                    format!(
                        "X-WP-Total {total} means {expected} pages of {PER_PAGE}, but X-WP-TotalPages says {pages}"
                    ),
                ));
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
                ));
            }
            end |= offset + items.len() as u64 >= total;
        }
    }
    Ok(end)
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
        let end = checked_end(route, k, &items, extra, page.total, page.total_pages)?;
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
    let collection = joined(answers)?;
    budget.commit(kept_items.into_inner(), kept_bytes.into_inner());
    Ok(collection)
}

/// The items of a read's answers, each answer's first item (the last of the one before) taken
/// once, after proving that every answer starts on the last item of the one before and that the
/// last one is the end.
fn joined<T: Item>(answers: Vec<Answer<T>>) -> std::result::Result<Collection<T>, Stop> {
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
    Ok(Collection { items, read_from })
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
