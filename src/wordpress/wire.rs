//! Decoding collection answers (content items, terms) straight from the answer's bytes into
//! bounded values: every kept string is cut to its limit on a character boundary while it is
//! decoded, fields sitectl does not keep are skipped without being built, and a list of term ids
//! keeps at most [`MAX_TERM_IDS`]. So one item costs at most a few kilobytes whatever the site
//! sends, and an item that lost anything says so (`truncated`).

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use crate::bounded::truncate_utf8;

/// The most bytes kept of a title (WordPress itself sets no limit).
pub const MAX_TITLE_BYTES: usize = 2048;
/// The most bytes kept of a slug (WordPress keeps 200 characters).
pub const MAX_SLUG_BYTES: usize = 1024;
/// The most bytes kept of a link.
pub const MAX_LINK_BYTES: usize = 2048;
/// The most bytes kept of a term's name (WordPress keeps 200 characters).
pub const MAX_NAME_BYTES: usize = 1024;
/// The most bytes kept of a status (WordPress's are single words).
pub const MAX_STATUS_BYTES: usize = 64;
/// The most bytes of `modified_gmt` (WordPress sends 19).
pub const MAX_DATE_BYTES: usize = 64;
/// The most term ids kept per taxonomy of one item.
pub const MAX_TERM_IDS: usize = 1000;

/// A string cut to its limit, with NUL replaced by U+FFFD (PostgreSQL cannot store NUL, and
/// both engines must store the same text).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Text {
    pub text: String,
    pub truncated: bool,
}

fn text_of(v: &str, max: usize) -> Text {
    let (cut, truncated) = truncate_utf8(v, max);
    let text = if cut.contains('\0') { cut.replace('\0', "\u{FFFD}") } else { cut.to_string() };
    // U+FFFD is longer than NUL: cut again so the limit holds for what is stored.
    let (again, more) = truncate_utf8(&text, max);
    Text { text: again.to_string(), truncated: truncated || more }
}

/// Drains whatever value comes and yields `empty`: the forgiving reading of a field whose type
/// is wrong (WordPress's own answers never have one).
macro_rules! forgiving {
    // For a value that is a list or an object: every scalar reads as empty too.
    (scalars $empty:expr) => {
        forgiving!(numbers $empty);
        fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
            Ok($empty)
        }
    };
    // For a value that is text: a number reads as empty too.
    (numbers $empty:expr) => {
        forgiving!($empty);
        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok($empty)
        }
        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok($empty)
        }
    };
    ($empty:expr) => {
        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok($empty)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok($empty)
        }
        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok($empty)
        }
        fn visit_none<E>(self) -> Result<Self::Value, E> {
            Ok($empty)
        }
    };
}

fn drain_seq<'de, A: SeqAccess<'de>>(mut a: A) -> Result<(), A::Error> {
    while a.next_element::<IgnoredAny>()?.is_some() {}
    Ok(())
}

fn drain_map<'de, A: MapAccess<'de>>(mut a: A) -> Result<(), A::Error> {
    while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
    Ok(())
}

/// A string of at most `.0` bytes; any other JSON value reads as empty.
struct TextSeed(usize);

impl<'de> DeserializeSeed<'de> for TextSeed {
    type Value = Text;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Text, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TextSeed {
    type Value = Text;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_str<E>(self, v: &str) -> Result<Text, E> {
        Ok(text_of(v, self.0))
    }
    forgiving!(numbers Text::default());
    fn visit_seq<A: SeqAccess<'de>>(self, a: A) -> Result<Text, A::Error> {
        drain_seq(a).map(|()| Text::default())
    }
    fn visit_map<A: MapAccess<'de>>(self, a: A) -> Result<Text, A::Error> {
        drain_map(a).map(|()| Text::default())
    }
}

/// A title: a string, or an object whose `rendered` is one (what WordPress sends).
struct TitleSeed;

impl<'de> DeserializeSeed<'de> for TitleSeed {
    type Value = Text;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Text, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TitleSeed {
    type Value = Text;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a title")
    }
    fn visit_str<E>(self, v: &str) -> Result<Text, E> {
        Ok(text_of(v, MAX_TITLE_BYTES))
    }
    forgiving!(numbers Text::default());
    fn visit_seq<A: SeqAccess<'de>>(self, a: A) -> Result<Text, A::Error> {
        drain_seq(a).map(|()| Text::default())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Text, A::Error> {
        let mut out = Text::default();
        while let Some(key) = a.next_key_seed(KeySeed(&["rendered"]))? {
            match key {
                Key::Known(0) => out = a.next_value_seed(TextSeed(MAX_TITLE_BYTES))?,
                _ => {
                    a.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(out)
    }
}

/// An integer; anything else (or one out of range) reads as `None`.
struct IntSeed;

impl<'de> DeserializeSeed<'de> for IntSeed {
    type Value = Option<i64>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<i64>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for IntSeed {
    type Value = Option<i64>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an integer")
    }
    fn visit_i64<E>(self, v: i64) -> Result<Option<i64>, E> {
        Ok(Some(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Option<i64>, E> {
        Ok(i64::try_from(v).ok())
    }
    fn visit_str<E>(self, _: &str) -> Result<Option<i64>, E> {
        Ok(None)
    }
    forgiving!(None);
    fn visit_seq<A: SeqAccess<'de>>(self, a: A) -> Result<Option<i64>, A::Error> {
        drain_seq(a).map(|()| None)
    }
    fn visit_map<A: MapAccess<'de>>(self, a: A) -> Result<Option<i64>, A::Error> {
        drain_map(a).map(|()| None)
    }
}

/// A list of term ids, at most [`MAX_TERM_IDS`] kept; `true` when some were dropped.
struct IdsSeed;

impl<'de> DeserializeSeed<'de> for IdsSeed {
    type Value = (Vec<i64>, bool);
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for IdsSeed {
    type Value = (Vec<i64>, bool);
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a list of ids")
    }
    forgiving!(scalars(Vec::new(), false));
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        let mut ids = Vec::new();
        let mut dropped = false;
        while let Some(id) = a.next_element_seed(IntSeed)? {
            match id {
                Some(id) if ids.len() < MAX_TERM_IDS => ids.push(id),
                Some(_) => dropped = true,
                None => {}
            }
        }
        Ok((ids, dropped))
    }
    fn visit_map<A: MapAccess<'de>>(self, a: A) -> Result<Self::Value, A::Error> {
        drain_map(a).map(|()| (Vec::new(), false))
    }
}

/// An object key: the index of a name sitectl reads, or another one (never allocated).
enum Key {
    Known(usize),
    Other,
}

struct KeySeed<'a>(&'a [&'a str]);

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Key, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = Key;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }
    fn visit_str<E>(self, v: &str) -> Result<Key, E> {
        Ok(self.0.iter().position(|k| *k == v).map_or(Key::Other, Key::Known))
    }
}

/// A content item as decoded, before the caller checks it.
#[derive(Debug, Default)]
pub struct RawContent {
    pub id: Option<i64>,
    pub slug: Text,
    pub title: Text,
    pub status: Text,
    pub link: Text,
    pub author: Option<i64>,
    pub modified_gmt: Text,
    /// Taxonomy slug -> term ids, for the taxonomies asked for.
    pub terms: BTreeMap<String, Vec<i64>>,
    /// Some term ids were dropped.
    pub terms_truncated: bool,
}

impl RawContent {
    /// Whether any kept field lost something.
    pub fn truncated(&self) -> bool {
        self.terms_truncated
            || [&self.slug, &self.title, &self.status, &self.link, &self.modified_gmt].iter().any(|t| t.truncated)
    }
}

const CONTENT_KEYS: [&str; 7] = ["id", "slug", "title", "status", "link", "author", "modified_gmt"];

/// One content item; `taxonomies` are (slug, rest_base) pairs whose term ids are read.
struct ContentSeed<'a> {
    keys: &'a [&'a str],
    taxonomies: &'a [(&'a str, &'a str)],
}

impl<'de> DeserializeSeed<'de> for ContentSeed<'_> {
    type Value = Option<RawContent>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ContentSeed<'_> {
    type Value = Option<RawContent>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a content item")
    }
    forgiving!(scalars None);
    fn visit_seq<A: SeqAccess<'de>>(self, a: A) -> Result<Self::Value, A::Error> {
        drain_seq(a).map(|()| None)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        let mut c = RawContent::default();
        for (slug, _) in self.taxonomies {
            c.terms.insert((*slug).to_string(), Vec::new());
        }
        while let Some(key) = a.next_key_seed(KeySeed(self.keys))? {
            match key {
                Key::Known(0) => c.id = a.next_value_seed(IntSeed)?,
                Key::Known(1) => c.slug = a.next_value_seed(TextSeed(MAX_SLUG_BYTES))?,
                Key::Known(2) => c.title = a.next_value_seed(TitleSeed)?,
                Key::Known(3) => c.status = a.next_value_seed(TextSeed(MAX_STATUS_BYTES))?,
                Key::Known(4) => c.link = a.next_value_seed(TextSeed(MAX_LINK_BYTES))?,
                Key::Known(5) => c.author = a.next_value_seed(IntSeed)?,
                Key::Known(6) => c.modified_gmt = a.next_value_seed(TextSeed(MAX_DATE_BYTES))?,
                Key::Known(n) => {
                    let (ids, dropped) = a.next_value_seed(IdsSeed)?;
                    let slug = self.taxonomies[n - CONTENT_KEYS.len()].0;
                    c.terms.insert(slug.to_string(), ids);
                    c.terms_truncated |= dropped;
                }
                Key::Other => {
                    a.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Some(c))
    }
}

/// A term as decoded.
#[derive(Debug, Default)]
pub struct RawTerm {
    pub id: Option<i64>,
    pub name: Text,
    pub slug: Text,
    pub parent: Option<i64>,
    pub count: Option<i64>,
}

const TERM_KEYS: [&str; 5] = ["id", "name", "slug", "parent", "count"];

struct TermSeed;

impl<'de> DeserializeSeed<'de> for TermSeed {
    type Value = Option<RawTerm>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TermSeed {
    type Value = Option<RawTerm>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a term")
    }
    forgiving!(scalars None);
    fn visit_seq<A: SeqAccess<'de>>(self, a: A) -> Result<Self::Value, A::Error> {
        drain_seq(a).map(|()| None)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        let mut t = RawTerm::default();
        while let Some(key) = a.next_key_seed(KeySeed(&TERM_KEYS))? {
            match key {
                Key::Known(0) => t.id = a.next_value_seed(IntSeed)?,
                Key::Known(1) => t.name = a.next_value_seed(TextSeed(MAX_NAME_BYTES))?,
                Key::Known(2) => t.slug = a.next_value_seed(TextSeed(MAX_SLUG_BYTES))?,
                Key::Known(3) => t.parent = a.next_value_seed(IntSeed)?,
                Key::Known(4) => t.count = a.next_value_seed(IntSeed)?,
                _ => {
                    a.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Some(t))
    }
}

/// A page: at most `max` items decoded by `seed`, and how many more the answer held (counted,
/// not decoded). An element that is not an object decodes as `None`.
struct PageSeed<S> {
    item: S,
    max: usize,
}

impl<'de, S, T> DeserializeSeed<'de> for PageSeed<S>
where
    S: DeserializeSeed<'de, Value = Option<T>> + Copy,
{
    type Value = (Vec<Option<T>>, usize);
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, S, T> Visitor<'de> for PageSeed<S>
where
    S: DeserializeSeed<'de, Value = Option<T>> + Copy,
{
    type Value = (Vec<Option<T>>, usize);
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON array")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        let mut extra = 0;
        while items.len() < self.max {
            match a.next_element_seed(self.item)? {
                Some(item) => items.push(item),
                None => return Ok((items, 0)),
            }
        }
        while a.next_element::<IgnoredAny>()?.is_some() {
            extra += 1;
        }
        Ok((items, extra))
    }
}

impl Clone for ContentSeed<'_> {
    fn clone(&self) -> Self {
        *self
    }
}
impl Copy for ContentSeed<'_> {}
impl Clone for TermSeed {
    fn clone(&self) -> Self {
        *self
    }
}
impl Copy for TermSeed {}

/// Decodes a page of content items (at most `max`), reading term ids for `taxonomies`
/// ((slug, rest_base) pairs). Returns the items (`None` for an element that is not an object)
/// and how many elements past `max` the page held.
pub fn content_page(
    body: impl std::io::Read,
    taxonomies: &[(&str, &str)],
    max: usize,
) -> serde_json::Result<(Vec<Option<RawContent>>, usize)> {
    let keys: Vec<&str> = CONTENT_KEYS.iter().copied().chain(taxonomies.iter().map(|(_, base)| *base)).collect();
    let seed = PageSeed { item: ContentSeed { keys: &keys, taxonomies }, max };
    // Buffered here, where the reader's type is known: the decoder takes one byte at a time.
    let mut de = serde_json::Deserializer::from_reader(std::io::BufReader::with_capacity(64 * 1024, body));
    let out = seed.deserialize(&mut de)?;
    de.end()?;
    Ok(out)
}

/// Decodes a page of terms (at most `max`), as [`content_page`] does.
pub fn term_page(body: impl std::io::Read, max: usize) -> serde_json::Result<(Vec<Option<RawTerm>>, usize)> {
    let mut de = serde_json::Deserializer::from_reader(std::io::BufReader::with_capacity(64 * 1024, body));
    let out = PageSeed { item: TermSeed, max }.deserialize(&mut de)?;
    de.end()?;
    Ok(out)
}

#[cfg(test)]
mod tests;
