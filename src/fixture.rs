//! The fixture file format of `seed apply` / `seed export`, and finding where in a file a
//! problem is (line and column), for TOML and for JSON.
//!
//! Values are read as plain text and numbers here and validated later, so that one pass can
//! report every problem of a file at once rather than stopping at the first bad value.

use crate::error::Code;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

fn yes() -> bool {
    true
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_true(b: &bool) -> bool {
    *b
}

/// A whole fixture: the objects to create or update, referenced by slug and email.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Fixture {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub plans: Vec<PlanSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accounts: Vec<AccountSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub users: Vec<UserSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sites: Vec<SiteSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grants: Vec<GrantSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub integrations: Vec<IntegrationSpec>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub content: Vec<ContentSpec>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlanSpec {
    pub slug: String,
    pub name: String,
    #[serde(default = "two")]
    pub max_sites: i64,
    #[serde(default = "one")]
    pub max_users: i64,
    #[serde(default = "five")]
    pub max_sectors_per_site: i64,
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub active: bool,
}

fn one() -> i64 {
    1
}
fn two() -> i64 {
    2
}
fn five() -> i64 {
    5
}
fn active_status() -> String {
    "active".into()
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AccountSpec {
    pub slug: String,
    pub name: String,
    pub plan: String,
    #[serde(default = "active_status")]
    pub status: String,
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserSpec {
    pub email: String,
    pub account: String,
    pub role: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SiteSpec {
    pub account: String,
    pub name: String,
    /// Derived from the name when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hosting_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site_type: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub active: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub industry: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sectors: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seo_title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seo_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seo_keywords: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub og_image_url: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantSpec {
    /// `ACCOUNT/SLUG`.
    pub site: String,
    pub user: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IntegrationSpec {
    /// `ACCOUNT/SLUG`.
    pub site: String,
    pub url: String,
    /// `bridge`, `core` or `anonymous`.
    pub mode: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    /// The environment variable holding the Application Password (never the password itself).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_password_env: Option<String>,
    /// The environment variable holding the site API key for bridge mode.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_key_env: Option<String>,
}

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

/// The two file syntaxes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Toml,
    Json,
}

impl Syntax {
    /// JSON when the name says so or the text starts with `{`; TOML otherwise.
    pub fn detect(name: &str, text: &str) -> Syntax {
        if name.ends_with(".json") || text.trim_start().starts_with('{') {
            Syntax::Json
        } else {
            Syntax::Toml
        }
    }
}

/// One problem found in a fixture, with where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// Where in the fixture: `sites[2].domain`.
    pub path: String,
    pub code: Code,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `FILE:LINE:COLUMN:` stays on one line whatever the file is called (editors read it).
        for c in self.file.chars() {
            if c.is_control() {
                write!(f, "{}", c.escape_unicode())?;
            } else {
                write!(f, "{c}")?;
            }
        }
        write!(f, ":{}:{}: {}", self.line, self.column, self.message)?;
        if !self.path.is_empty() {
            write!(f, " ({})", self.path)?;
        }
        Ok(())
    }
}

/// Bytes per checkpoint of [`Positions`]: a column is found by counting at most this many
/// bytes past the nearest checkpoint.
const CHECKPOINT: usize = 256;

/// Finds the 1-based line and column of byte offsets of one text, each in O(log lines +
/// [`CHECKPOINT`]) from an index built in one pass; a file with a hundred thousand problems is
/// placed in one pass, not one pass per problem.
///
/// Lines end at `\n` (a `\r\n` pair is one break, its `\r` ends the line's text), as the
/// TOML and JSON parsers count them; columns count characters, so a line with multi-byte
/// characters or one enormous line (minified JSON) is placed as quickly as any other.
struct Positions {
    /// Byte offset where each line starts.
    line_starts: Vec<usize>,
    /// Characters before each checkpoint (every [`CHECKPOINT`] bytes).
    chars_before: Vec<usize>,
    /// Bytes examined by [`Positions::line_col`] calls so far: the work the tests bound.
    scanned: std::cell::Cell<usize>,
}

impl Positions {
    fn new(text: &str) -> Positions {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut chars_before = Vec::with_capacity(bytes.len() / CHECKPOINT + 1);
        let mut chars = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if i % CHECKPOINT == 0 {
                chars_before.push(chars);
            }
            if !is_continuation(b) {
                chars += 1;
            }
            if b == b'\n' {
                line_starts.push(i + 1);
            }
        }
        chars_before.push(chars);
        Positions { line_starts, chars_before, scanned: std::cell::Cell::new(0) }
    }

    /// Characters before byte `offset`.
    fn chars_before(&self, bytes: &[u8], offset: usize) -> usize {
        let block = offset / CHECKPOINT;
        let tail = &bytes[block * CHECKPOINT..offset];
        self.scanned.set(self.scanned.get() + tail.len());
        self.chars_before[block] + tail.iter().filter(|b| !is_continuation(**b)).count()
    }

    /// 1-based line and column of the byte `offset` of `text` (the text the index was built on).
    fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let bytes = text.as_bytes();
        let offset = offset.min(bytes.len());
        // The last line starting at or before the offset.
        let line = self.line_starts.partition_point(|&start| start <= offset);
        let start = self.line_starts[line - 1];
        let column = self.chars_before(bytes, offset) - self.chars_before(bytes, start) + 1;
        (line, column)
    }
}

/// A UTF-8 continuation byte: part of a character that started earlier.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// 1-based line and column of one byte offset (a single error: no index worth building).
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    Positions::new(text).line_col(text, offset)
}

/// A parsed fixture and what is needed to say where its parts are.
pub struct Source {
    pub name: String,
    pub text: String,
    pub syntax: Syntax,
    pub fixture: Fixture,
    toml: Option<toml_edit::ImDocument<String>>,
    /// Built on the first problem, then shared by all of them.
    positions: std::cell::OnceCell<Positions>,
    /// JSON only: where each `section[index]` and `section[index].field` starts, found in one
    /// scan on the first problem.
    json_paths: std::cell::OnceCell<JsonPaths>,
}

fn syntax_error(name: &str, line: usize, column: usize, message: &str) -> Error {
    let problem = Problem {
        file: name.to_string(),
        line,
        // serde_json counts the end of a line as column 0; an editor's columns start at 1.
        column: column.max(1),
        path: String::new(),
        code: Code::FixtureSyntax,
        message: message.to_string(),
    };
    Error::new(Code::FixtureSyntax, format!("{problem}"))
        .with_hint("fix the file; README.md has a complete example")
        .with_details(serde_json::json!({ "problems": [problem] }))
}

impl Source {
    fn new(
        name: &str,
        text: String,
        syntax: Syntax,
        fixture: Fixture,
        toml: Option<toml_edit::ImDocument<String>>,
    ) -> Source {
        let (positions, json_paths) = (std::cell::OnceCell::new(), std::cell::OnceCell::new());
        Source { name: name.to_string(), text, syntax, fixture, toml, positions, json_paths }
    }

    /// Parses a fixture file's text. Syntax errors, unknown keys and wrong types are reported
    /// with their position.
    pub fn parse(name: &str, mut text: String) -> Result<Source> {
        // A byte order mark (as Windows editors write) is no part of the document: dropped so
        // JSON parses and the first line's columns are what an editor shows.
        if text.starts_with('\u{FEFF}') {
            text.drain(..'\u{FEFF}'.len_utf8());
        }
        let syntax = Syntax::detect(name, &text);
        match syntax {
            Syntax::Json => {
                let fixture: Fixture = serde_json::from_str(&text)
                    .map_err(|e| syntax_error(name, e.line(), e.column(), &e.to_string()))?;
                Ok(Source::new(name, text, syntax, fixture, None))
            }
            Syntax::Toml => {
                let fixture: Fixture = toml::from_str(&text).map_err(|e| {
                    let (line, column) = e.span().map_or((1, 1), |s| line_col(&text, s.start));
                    syntax_error(name, line, column, e.message())
                })?;
                let doc =
                    toml_edit::ImDocument::parse(text.clone()).map_err(|e| syntax_error(name, 1, 1, &e.to_string()))?;
                Ok(Source::new(name, text, syntax, fixture, Some(doc)))
            }
        }
    }

    /// Bytes of the text examined to place problems so far: each index is built in one pass
    /// over the text, and each problem examines a bounded number of bytes beyond it.
    #[cfg(test)]
    fn bytes_examined(&self) -> usize {
        let built = self.positions.get().is_some() as usize + self.json_paths.get().is_some() as usize;
        built * self.text.len() + self.positions.get().map_or(0, |p| p.scanned.get())
    }

    /// Every string of the fixture that no database can store (one holding NUL), each a problem
    /// at its value. Walks the fixture as data, so a field added later is covered too.
    pub fn unstorable(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let Ok(serde_json::Value::Object(sections)) = serde_json::to_value(&self.fixture) else { return out };
        for (section, items) in &sections {
            for (index, item) in items.as_array().into_iter().flatten().enumerate() {
                for (field, value) in item.as_object().into_iter().flatten() {
                    let texts: Vec<&str> = match value {
                        serde_json::Value::String(s) => vec![s.as_str()],
                        serde_json::Value::Array(list) => list.iter().filter_map(|v| v.as_str()).collect(),
                        _ => Vec::new(),
                    };
                    if let Some(e) = texts.iter().find_map(|t| crate::domain::check_storable("the value", t).err()) {
                        out.push(self.problem(section, index, field, e.code, e.message.clone()));
                    }
                }
            }
        }
        out
    }

    /// A problem at `section[index].field` (field empty: the object itself).
    pub fn problem(&self, section: &str, index: usize, field: &str, code: Code, message: String) -> Problem {
        let offset = match self.syntax {
            Syntax::Toml => self.toml_offset(section, index, field),
            Syntax::Json => self.json_paths.get_or_init(|| JsonPaths::scan(&self.text)).offset(section, index, field),
        };
        let positions = self.positions.get_or_init(|| Positions::new(&self.text));
        let (line, column) = offset.map_or((1, 1), |o| positions.line_col(&self.text, o));
        let path = if field.is_empty() { format!("{section}[{index}]") } else { format!("{section}[{index}].{field}") };
        Problem { file: self.name.clone(), line, column, path, code, message }
    }

    fn toml_offset(&self, section: &str, index: usize, field: &str) -> Option<usize> {
        let doc = self.toml.as_ref()?;
        let item = doc.get(section)?;
        let table_span = |t: &toml_edit::Table, f: &str| -> Option<usize> {
            if !f.is_empty() {
                if let Some((key, value)) = t.get_key_value(f) {
                    return key.span().or_else(|| value.span()).map(|s| s.start);
                }
            }
            t.span().map(|s| s.start)
        };
        if let Some(aot) = item.as_array_of_tables() {
            return table_span(aot.get(index)?, field);
        }
        let array = item.as_array()?;
        let value = array.get(index)?;
        if let Some(inline) = value.as_inline_table() {
            if let Some((key, v)) = inline.get_key_value(field) {
                return key.span().or_else(|| v.span()).map(|s| s.start);
            }
        }
        value.span().map(|s| s.start)
    }
}

/// Where the objects of a JSON fixture and their fields start: `(section, index, field)` to a
/// byte offset, the field empty for the object itself. serde_json keeps no positions of values,
/// so a small scanner tracks the path of every value, once for the whole text.
struct JsonPaths {
    offsets: std::collections::HashMap<(String, usize, String), usize>,
}

impl JsonPaths {
    fn offset(&self, section: &str, index: usize, field: &str) -> Option<usize> {
        let field_at = self.offsets.get(&(section.to_string(), index, field.to_string()));
        field_at.or_else(|| self.offsets.get(&(section.to_string(), index, String::new()))).copied()
    }

    fn scan(text: &str) -> JsonPaths {
        #[derive(Clone)]
        enum Seg {
            Key(String),
            Idx(usize),
        }
        let bytes = text.as_bytes();
        let mut offsets = std::collections::HashMap::new();
        // The places a problem can point at: an object of a section, and a field of one.
        let mut note = |path: &[Seg], at: usize| match path {
            [Seg::Key(s), Seg::Idx(n)] => {
                offsets.entry((s.clone(), *n, String::new())).or_insert(at);
            }
            // The key, not the value that follows it (an array-valued field notes both).
            [Seg::Key(s), Seg::Idx(n), Seg::Key(f)] if !f.is_empty() => {
                offsets.entry((s.clone(), *n, f.clone())).or_insert(at);
            }
            _ => {}
        };
        // Each open container: (is_array, next index, current key).
        let mut stack: Vec<(bool, usize, Option<String>)> = Vec::new();
        let mut path: Vec<Seg> = Vec::new();
        let mut i = 0;
        let mut expecting_key = false;
        while i < bytes.len() {
            let c = bytes[i];
            match c {
                b'{' | b'[' => {
                    note(&path, i);
                    stack.push((c == b'[', 0, None));
                    expecting_key = c == b'{';
                    if c == b'[' {
                        path.push(Seg::Idx(0));
                    }
                }
                b'}' | b']' => {
                    if let Some((is_array, _, key)) = stack.pop() {
                        if is_array || key.is_some() {
                            path.pop();
                        }
                    }
                    // The container we were a value of: its key/index is done.
                    expecting_key = false;
                }
                b',' => {
                    if let Some((is_array, n, key)) = stack.last_mut() {
                        if *is_array {
                            *n += 1;
                            path.pop();
                            path.push(Seg::Idx(*n));
                        } else {
                            if key.take().is_some() {
                                path.pop();
                            }
                            expecting_key = true;
                        }
                    }
                }
                b'"' => {
                    let start = i;
                    i += 1;
                    let from = i;
                    while i < bytes.len() && bytes[i] != b'"' {
                        if bytes[i] == b'\\' {
                            i += 1;
                        }
                        i += 1;
                    }
                    if expecting_key {
                        // The key as serde read it: an escaped key (`"sl\u0075g"`) is `slug`.
                        let raw = &bytes[from..i.min(bytes.len())];
                        let key = if raw.contains(&b'\\') {
                            serde_json::from_slice::<String>(&bytes[start..(i + 1).min(bytes.len())])
                                .unwrap_or_else(|_| String::from_utf8_lossy(raw).into_owned())
                        } else {
                            String::from_utf8_lossy(raw).into_owned()
                        };
                        if let Some((_, _, k)) = stack.last_mut() {
                            *k = Some(key.clone());
                        }
                        path.push(Seg::Key(key));
                        expecting_key = false;
                        note(&path, start);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        JsonPaths { offsets }
    }
}

impl Fixture {
    /// The fixture as TOML text (deterministic: same data, same bytes).
    pub fn to_toml(&self) -> Result<String> {
        toml::to_string(self).map_err(|e| Error::internal(format!("writing TOML: {e}")))
    }

    /// The fixture as pretty JSON text.
    pub fn to_json(&self) -> Result<String> {
        Ok(serde_json::to_string_pretty(self)? + "\n")
    }
}

/// The two fixture formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixtureFormat {
    Json,
    Toml,
}

/// Writes a fixture section by section, object by object, so exporting a fleet needs memory
/// for one object: the bytes are exactly those of [`Fixture::to_json`] / [`Fixture::to_toml`]
/// for the same objects (a test holds them equal). Sections must come in the fixture's order
/// (plans, accounts, users, sites, grants, integrations, content).
pub struct FixtureWriter<W: std::io::Write> {
    out: W,
    format: FixtureFormat,
    section: Option<&'static str>,
    in_section: usize,
}

impl<W: std::io::Write> FixtureWriter<W> {
    pub fn new(out: W, format: FixtureFormat) -> Self {
        FixtureWriter { out, format, section: None, in_section: 0 }
    }

    /// One object of `section`.
    pub fn item<T: Serialize>(&mut self, section: &'static str, item: &T) -> Result<()> {
        let opening = self.section != Some(section);
        match self.format {
            FixtureFormat::Json => {
                if opening {
                    let lead: &[u8] = if self.section.is_none() { b"{\n" } else { b"\n  ],\n" };
                    self.out.write_all(lead)?;
                    writeln!(self.out, "  {}: [", serde_json::to_string(section)?)?;
                } else {
                    self.out.write_all(b",\n")?;
                }
                let text = serde_json::to_string_pretty(item)?;
                for (i, line) in text.lines().enumerate() {
                    if i > 0 {
                        self.out.write_all(b"\n")?;
                    }
                    write!(self.out, "    {line}")?;
                }
            }
            FixtureFormat::Toml => {
                // One object as the array-of-tables entry it is in the whole document; entries
                // are separated by one blank line, as the toml crate writes them.
                #[derive(Serialize)]
                struct One<'a, T: Serialize> {
                    #[serde(flatten)]
                    section: std::collections::BTreeMap<&'a str, [&'a T; 1]>,
                }
                let one = One { section: std::collections::BTreeMap::from([(section, [item])]) };
                let text = toml::to_string(&one).map_err(|e| Error::internal(format!("writing TOML: {e}")))?;
                if self.section.is_some() {
                    self.out.write_all(b"\n")?;
                }
                self.out.write_all(text.as_bytes())?;
            }
        }
        if opening {
            self.section = Some(section);
            self.in_section = 0;
        }
        self.in_section += 1;
        Ok(())
    }

    /// Ends the document.
    pub fn finish(mut self) -> Result<W> {
        if self.format == FixtureFormat::Json {
            let end: &[u8] = if self.section.is_none() { b"{}\n" } else { b"\n  ]\n}\n" };
            self.out.write_all(end)?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Streaming a fixture object by object writes the same bytes as serialising it whole.
    #[test]
    fn the_writer_writes_what_the_whole_fixture_serialises_to() {
        let demo = Source::parse("demo.toml", include_str!("../fixtures/demo.toml").to_string()).unwrap().fixture;
        let empty = Fixture::default();
        for f in [&demo, &empty] {
            for format in [FixtureFormat::Json, FixtureFormat::Toml] {
                let mut w = FixtureWriter::new(Vec::new(), format);
                for p in &f.plans {
                    w.item("plans", p).unwrap();
                }
                for a in &f.accounts {
                    w.item("accounts", a).unwrap();
                }
                for u in &f.users {
                    w.item("users", u).unwrap();
                }
                for s in &f.sites {
                    w.item("sites", s).unwrap();
                }
                for g in &f.grants {
                    w.item("grants", g).unwrap();
                }
                for i in &f.integrations {
                    w.item("integrations", i).unwrap();
                }
                for c in &f.content {
                    w.item("content", c).unwrap();
                }
                let got = String::from_utf8(w.finish().unwrap()).unwrap();
                let want = match format {
                    FixtureFormat::Json => f.to_json().unwrap(),
                    FixtureFormat::Toml => f.to_toml().unwrap(),
                };
                assert_eq!(got, want, "{format:?}");
            }
        }
    }

    const TOML: &str = r#"
[[plans]]
slug = "starter"
name = "Starter"

[[accounts]]
slug = "acme"
name = "Acme"
plan = "starter"
owner = "jane@acme.example"

[[sites]]
account = "acme"
name = "Blog"
domain = "blog.acme.example"
"#;

    #[test]
    fn toml_positions() {
        let src = Source::parse("f.toml", TOML.to_string()).unwrap();
        assert_eq!(src.fixture.plans[0].max_sites, 2);
        let p = src.problem("sites", 0, "domain", Code::InvalidDomain, "bad".into());
        assert_eq!((p.line, p.column), (15, 1));
        let p = src.problem("accounts", 0, "plan", Code::Internal, "y".into());
        assert_eq!(p.line, 9);
        assert_eq!(p.path, "accounts[0].plan");
    }

    #[test]
    fn json_positions() {
        let json = "{\n  \"plans\": [\n    {\"slug\": \"a\", \"name\": \"A\"},\n    {\"slug\": \"b\",\n     \"name\": \"B\"}\n  ]\n}\n";
        let src = Source::parse("f.json", json.to_string()).unwrap();
        assert_eq!(src.fixture.plans.len(), 2);
        let p = src.problem("plans", 1, "name", Code::Internal, "y".into());
        assert_eq!((p.line, p.column), (5, 6));
        let p = src.problem("plans", 0, "slug", Code::Internal, "y".into());
        assert_eq!((p.line, p.column), (3, 6));
    }

    #[test]
    fn syntax_errors_have_positions() {
        let e = Source::parse("f.toml", "[[plans]]\nslug = \"a\"\nname = \"A\"\ncolour = 1\n".into()).err().unwrap();
        assert_eq!(e.code, "fixture_syntax");
        assert!(e.message.starts_with("f.toml:4:1:"), "{}", e.message);
        let e = Source::parse("f.json", "{\"plans\": [{\"slug\": 1}]}".into()).err().unwrap();
        assert!(e.message.starts_with("f.json:1:"), "{}", e.message);
    }

    #[test]
    fn round_trip_is_stable() {
        let src = Source::parse("f.toml", TOML.to_string()).unwrap();
        let text = src.fixture.to_toml().unwrap();
        let again = Source::parse("g.toml", text.clone()).unwrap();
        assert_eq!(again.fixture, src.fixture);
        assert_eq!(again.fixture.to_toml().unwrap(), text);
    }

    /// The obvious line and column of an offset, to hold the index to.
    fn naive_line_col(text: &str, offset: usize) -> (usize, usize) {
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let column = before.rfind('\n').map_or(before.chars().count(), |i| before[i + 1..].chars().count()) + 1;
        (line, column)
    }

    #[test]
    fn positions_match_a_scan_from_the_start() {
        let long_line = format!("{}é漢{}", "x".repeat(1000), "y".repeat(700));
        let texts = [
            "",
            "\n",
            "\n\n\n",
            "a = 1\r\nb = 2\r\n",
            "a\rb\rc",
            "é\n漢字\n🦀x\n",
            long_line.as_str(),
            "no break at the end",
        ];
        for text in texts {
            let index = Positions::new(text);
            for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(index.line_col(text, offset), naive_line_col(text, offset), "{text:?} at {offset}");
            }
        }
    }

    /// Placing many problems examines each byte of the file a bounded number of times, not
    /// once per problem: a file of N problems is checked in one pass (it took minutes when
    /// each position was found by scanning from the start).
    #[test]
    fn placing_problems_is_one_pass_over_the_file() {
        const N: usize = 5_000;
        let toml: String = (0..N).map(|i| format!("[[plans]]\nslug = \"Bad_{i}\"\nname = \"\"\n\n")).collect();
        let plans: Vec<String> = (0..N).map(|i| format!("{{\"slug\":\"Bad_{i}\",\"name\":\"é\"}}")).collect();
        // Minified: the whole file is one line.
        let json = format!("{{\"plans\":[{}]}}", plans.join(","));
        for (name, text) in [("f.toml", toml), ("f.json", json)] {
            let src = Source::parse(name, text).unwrap();
            let mut last = (0, 0);
            for i in 0..N {
                for field in ["slug", "name"] {
                    let p = src.problem("plans", i, field, Code::InvalidSlug, String::new());
                    assert!((p.line, p.column) > last, "{name}: problems in file order");
                    last = (p.line, p.column);
                }
            }
            let bound = 2 * src.text.len() + 2 * N * 2 * CHECKPOINT;
            assert!(src.bytes_examined() <= bound, "{name}: {} bytes examined, bound {bound}", src.bytes_examined());
        }
    }

    /// Where a problem points in JSON does not depend on how a key is spelled: an escaped key
    /// (`"sl\u0075g"`) is the key serde read, and an array-valued field is placed at its key
    /// like every other field.
    #[test]
    fn json_problems_are_placed_at_the_key_serde_read() {
        let at = |text: &str, section: &str, field: &str| {
            let src = Source::parse("f.json", text.to_string()).unwrap();
            let p = src.problem(section, 0, field, Code::InvalidSlug, String::new());
            (p.line, p.column)
        };
        let escaped_section = r#"{"pl\u0061ns":[{"slug":"a","name":"A"}]}"#;
        assert_eq!(at(escaped_section, "plans", "slug"), (1, 17));
        let escaped_field = r#"{"plans":[{"name":"A","sl\u0075g":"a"}]}"#;
        assert_eq!(at(escaped_field, "plans", "slug"), (1, 23));
        // A quote or backslash escaped inside a key or a value does not end the string early.
        let quoted = r#"{"plans":[{"name":"{[\"\\","slug":"a"}]}"#;
        assert_eq!(at(quoted, "plans", "slug"), (1, 28));
        let tags = r#"{"content":[{"site":"a/b","sector":"s","title":"t","tags":["x"]}]}"#;
        assert_eq!(at(tags, "content", "tags"), (1, 52));
        assert_eq!(at(tags, "content", ""), (1, 13));
    }

    /// serde_json says column 0 at the end of a file; an editor's columns start at 1.
    #[test]
    fn syntax_errors_have_columns_from_one() {
        for text in ["", "\u{FEFF}", "{\n", "{\"plans\": [\n"] {
            let e = Source::parse("f.json", text.to_string()).err().unwrap();
            let problems = &e.details["problems"];
            assert!(problems[0]["column"].as_u64().unwrap() >= 1, "{text:?}: {}", e.message);
        }
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_file() {
        for (name, text) in [
            ("f.toml", "\u{FEFF}[[plans]]\nslug = \"a\"\nname = \"A\"\n"),
            ("f.json", "\u{FEFF}{\"plans\": [{\"slug\": \"a\", \"name\": \"A\"}]}"),
        ] {
            let src = Source::parse(name, text.to_string()).unwrap();
            assert_eq!(src.fixture.plans.len(), 1, "{name}");
            let p = src.problem("plans", 0, "", Code::Internal, String::new());
            assert_eq!((p.line, p.column), (1, if name == "f.toml" { 1 } else { 12 }), "{name}");
        }
    }
}
