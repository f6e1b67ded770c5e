//! One section of a fixture as CSV: a header row naming the section's fields (the TOML keys),
//! then one object a row. Generic like the rest of `file/`: the section's field names and types
//! come from the fixture type's own `Deserialize` (a probe asks it which fields a section's
//! objects have), so a field added to a spec is a CSV column without a change here.
//!
//! A cell is text. An empty cell is a field left out (its default, as a key missing from TOML);
//! `true`/`false` (any case, as spreadsheets write them) for a flag, digits for a number, and a
//! list's items separated by `;`. Every problem of the header and of every row is reported at
//! once, each at `FILE:LINE:COLUMN` where COLUMN is the CSV column number (1 is the first
//! field), not a character count: what a spreadsheet shows.

use std::cell::Cell;

use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor};
use serde::{forward_to_deserialize_any, Serialize};

use super::Problem;
use crate::error::{Code, Error, Result};

/// Where a CSV file's parts are: each object's line, and the header's columns.
pub(super) struct Layout {
    pub section: String,
    pub columns: Vec<String>,
    /// The line each object (row) starts on, by index.
    pub lines: Vec<usize>,
}

impl Layout {
    /// The line and column of `section[index].field` (field empty or not a column: column 1).
    pub fn place(&self, section: &str, index: usize, field: &str) -> (usize, usize) {
        if section != self.section {
            return (1, 1);
        }
        let line = self.lines.get(index).copied().unwrap_or(1);
        let column = self.columns.iter().position(|c| c == field).map_or(1, |i| i + 1);
        (line, column)
    }
}

/// The field names of `section`'s objects in fixture type `F`, in the spec's order; `None` when
/// `F` has no such section.
pub fn fields_of<F: DeserializeOwned>(section: &str) -> Option<&'static [&'static str]> {
    let found = Cell::new(None);
    let _ = F::deserialize(Top { section, rows: Rows::Probe(&found) });
    found.get()
}

/// The error of a problem list from the CSV parser.
fn problems_error(name: &str, problems: Vec<Problem>) -> Error {
    let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    let message = match problems.len() {
        1 => format!("{}", problems[0]),
        n => format!("{n} problems in {name}; nothing was applied:\n{}", lines.join("\n")),
    };
    Error::new(Code::FixtureSyntax, message)
        .with_hint("fix every problem listed; the header names the section's fields, README.md has an example")
        .with_details(serde_json::json!({ "problems": problems }))
}

/// What parsing a file has found so far.
struct Parsing<'a> {
    name: &'a str,
    section: &'a str,
    fields: &'static [&'static str],
    /// The header's columns, trimmed.
    columns: Vec<String>,
    problems: Vec<Problem>,
}

impl Parsing<'_> {
    fn problem(&mut self, line: usize, column: usize, message: String) {
        let (file, path, code) = (self.name.to_string(), String::new(), Code::FixtureSyntax);
        self.problems.push(Problem { file, line, column, path, code, message });
    }

    fn column(&self, field: &str) -> Option<usize> {
        self.columns.iter().position(|c| c == field).map(|i| i + 1)
    }

    /// The header's problems (unknown and repeated columns); for each column, the field its
    /// cells are read into (`None` for one the header got wrong, reported once).
    fn header(&mut self) -> Vec<Option<&'static str>> {
        let mut usable = Vec::new();
        // Each name's first column, found once (a header may have 100,000 columns).
        let mut firsts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        for (i, c) in self.columns.iter().enumerate() {
            firsts.entry(c.as_str()).or_insert(i);
        }
        let firsts: Vec<bool> =
            self.columns.iter().enumerate().map(|(i, c)| firsts.get(c.as_str()) == Some(&i)).collect();
        for (i, first) in firsts.into_iter().enumerate() {
            let c = self.columns[i].clone();
            let field = self.fields.iter().find(|f| **f == c.as_str()).copied();
            if self.problems.len() >= MAX_PROBLEMS {
                // The list is long enough to act on; the rest of the header is only read.
                usable.push(field.filter(|_| first));
                continue;
            }
            match field {
                None => {
                    let mut message =
                        format!("unknown column {}; {} has {}", shown(&c), self.section, self.fields.join(", "));
                    // A spreadsheet set to another separator writes the whole header as one cell.
                    if let Some(sep) = [';', '\t'].into_iter().find(|x| c.contains(*x)) {
                        message.push_str(&format!(" (the file looks separated by {sep:?}; sitectl reads commas)"));
                    }
                    self.problem(1, i + 1, message);
                }
                Some(_) if !first => self.problem(1, i + 1, format!("column '{c}' appears twice")),
                Some(_) => {}
            }
            usable.push(field.filter(|_| first));
        }
        usable
    }

    /// The fields a row cannot leave out, as the spec says: a column the header lacks is one
    /// problem of the header, not one per row (and is found in a file with no rows too).
    fn required<F: DeserializeOwned>(&mut self) {
        let mut probe: Vec<(&'static str, &str)> = Vec::new();
        while probe.len() < self.fields.len() {
            let at = Cell::new(None);
            let Err(e) = F::deserialize(Top { section: self.section, rows: Rows::One(&probe, &at) }) else { break };
            let Some(field) = missing_field(&e.0).and_then(|f| self.fields.iter().find(|x| **x == f)) else { break };
            if self.column(field).is_none() {
                let message = format!("missing column '{field}' (every {} row needs it)", self.section);
                self.problem(1, self.columns.len() + 1, message);
            }
            // A stand-in any text or number field reads.
            probe.push((field, "0"));
        }
    }

    /// Whether a row reads as the section's object; if not, its problem at its column.
    fn row<F: DeserializeOwned>(
        &mut self,
        usable: &[Option<&'static str>],
        r: &csv::StringRecord,
        line: usize,
    ) -> bool {
        if r.len() != self.columns.len() {
            let message = format!("this row has {} field(s); the header has {}", r.len(), self.columns.len());
            self.problem(line, r.len().min(self.columns.len()) + 1, message);
            return false;
        }
        let cells = cells(usable, r);
        let at = Cell::new(None);
        let Err(e) = F::deserialize(Top { section: self.section, rows: Rows::One(&cells, &at) }) else { return true };
        match missing_field(&e.0) {
            // Reported once, at the header.
            Some(f) if self.column(f).is_none() => {}
            Some(f) => {
                let column = self.column(f).unwrap_or(1);
                self.problem(line, column, format!("'{f}' is empty; it is required"));
            }
            None => {
                let column = at.get().and_then(|f| self.column(f)).unwrap_or(1);
                self.problem(line, column, e.0);
            }
        }
        false
    }

    /// A record whose quote is left open: such a quote runs to the end of the file without a
    /// parse error, and the record it opens holds an odd number of quotes (an escaped one is
    /// doubled, so a well-formed record's count is even). `raw` is the record's text.
    fn quotes(&mut self, raw: &[u8], line: usize) {
        if raw.iter().filter(|b| **b == b'"').count() % 2 == 1 {
            let message =
                "a quote is not closed (a field holding a quote is quoted, the quote doubled: \"O\"\"Brien\")";
            self.problem(line, 1, message.into());
        }
    }
}

/// A row's cells, each with the field it is read into (columns the header got wrong are left
/// out).
fn cells<'r>(usable: &[Option<&'static str>], r: &'r csv::StringRecord) -> Vec<(&'static str, &'r str)> {
    usable.iter().zip(r.iter()).filter_map(|(f, cell)| f.map(|f| (f, cell))).collect()
}

/// Problems listed at most: a hostile file (millions of two-byte rows, each wrong) ends in a
/// bounded list, its last entry saying the reading stopped there.
const MAX_PROBLEMS: usize = 1_000;

fn csv_reader(text: &str) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes())
}

/// Parses `text` as CSV of `section` into a fixture holding that section only, with where
/// each row is; every problem of the file at once (up to [`MAX_PROBLEMS`]). Two passes, each
/// streamed: the first checks every record and notes each row's line, the second reads the
/// fixture straight from the text, so memory holds the fixture and not the records.
pub(super) fn parse<F: DeserializeOwned>(name: &str, text: &str, section: &str) -> Result<(F, Layout)> {
    let Some(fields) = fields_of::<F>(section) else {
        return Err(Error::new(Code::Usage, format!("there is no section '{section}' to read CSV into")));
    };
    let mut p = Parsing { name, section, fields, columns: Vec::new(), problems: Vec::new() };
    let mut reader = csv_reader(text);
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(h)) => h,
        None => {
            let message = format!("the file is empty; a CSV of {section} starts with a header row naming its fields");
            p.problem(1, 1, message);
            return Err(problems_error(name, p.problems));
        }
        Some(Err(e)) => {
            p.problem(1, 1, e.to_string());
            return Err(problems_error(name, p.problems));
        }
    };
    p.columns = header.iter().map(|h| h.trim().to_string()).collect();
    let usable = p.header();
    p.required::<F>();
    if p.problems.len() >= MAX_PROBLEMS {
        p.problems.truncate(MAX_PROBLEMS);
        p.problem(1, 1, format!("stopped after {MAX_PROBLEMS} problems in the header; fix these first"));
        return Err(problems_error(name, p.problems));
    }
    let mut lines = Vec::new();
    // Where a record starts (byte, line); the one before this record ends where it starts. The
    // line is counted here: the reader's own count is one short after a `\r\n` and does not
    // skip blank lines.
    let mut line_of = super::positions::LineOf { text: text.as_bytes(), upto: 0, line: 1 };
    let mut at =
        |r: &csv::StringRecord| r.position().map_or((0, 1), |x| (x.byte() as usize, line_of.of(x.byte() as usize)));
    let mut previous = at(&header);
    let mut stopped = false;
    for record in records {
        if p.problems.len() >= MAX_PROBLEMS {
            let message = format!("stopped reading after {MAX_PROBLEMS} problems; fix these first");
            p.problem(previous.1, 1, message);
            stopped = true;
            break;
        }
        let r = match record {
            Ok(r) => r,
            Err(e) => {
                p.problem(e.position().map_or(previous.1, |x| x.line() as usize), 1, e.to_string());
                stopped = true;
                break;
            }
        };
        let (start, line) = at(&r);
        p.quotes(text.as_bytes().get(previous.0..start).unwrap_or_default(), previous.1);
        previous = (start, line);
        if p.row::<F>(&usable, &r, line) {
            lines.push(line);
        }
    }
    if !stopped {
        p.quotes(text.as_bytes().get(previous.0..).unwrap_or_default(), previous.1);
    }
    if !p.problems.is_empty() {
        p.problems.sort_by_key(|x| (x.line, x.column));
        return Err(problems_error(name, p.problems));
    }
    // Every row read as its object in the first pass, so each does here too.
    let mut rows = csv_reader(text);
    rows.read_record(&mut csv::StringRecord::new()).map_err(|e| Error::internal(format!("reading CSV: {e}")))?;
    let rows = std::cell::RefCell::new(rows);
    let fixture = F::deserialize(Top { section, rows: Rows::All(&rows, &usable) })
        .map_err(|e| Error::internal(format!("reading CSV again: {e}")))?;
    Ok((fixture, Layout { section: section.to_string(), columns: p.columns, lines }))
}

/// A cell quoted in a message: at most 40 characters of it (a cell may hold megabytes).
fn shown(cell: &str) -> String {
    let mut chars = cell.chars();
    let head: String = chars.by_ref().take(40).collect();
    let more = if chars.next().is_some() { "..." } else { "" };
    format!("{head:?}{more}")
}

/// The field a "missing field" error names.
fn missing_field(message: &str) -> Option<&str> {
    message.strip_prefix("missing field `")?.strip_suffix('`')
}

/// Writes one object as a CSV row of `columns`: a list's items joined with `;`, a field left
/// out (its default) as an empty cell.
pub fn row<T: Serialize>(item: &T, columns: &[&str]) -> Result<Vec<String>> {
    let value = serde_json::to_value(item)?;
    Ok(columns
        .iter()
        .map(|c| match value.get(*c) {
            None | Some(serde_json::Value::Null) => String::new(),
            Some(serde_json::Value::String(s)) => s.clone(),
            Some(serde_json::Value::Array(list)) => list
                .iter()
                .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                .collect::<Vec<_>>()
                .join(";"),
            Some(other) => other.to_string(),
        })
        .collect())
}

/// A deserialization error: its message is the problem's.
#[derive(Debug)]
struct DeError(String);

impl std::fmt::Display for DeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DeError {}

impl de::Error for DeError {
    fn custom<T: std::fmt::Display>(msg: T) -> Self {
        DeError(msg.to_string())
    }
}

/// What the section's list holds: a probe that records the fields, or one row.
#[derive(Clone, Copy)]
enum Rows<'a> {
    Probe(&'a Cell<Option<&'static [&'static str]>>),
    /// A row's (field, cell) pairs, and the field being read (for the error's column).
    One(&'a [(&'static str, &'a str)], &'a Cell<Option<&'static str>>),
    /// Every row the reader has left, each cell read into its column's field.
    All(&'a std::cell::RefCell<csv::Reader<&'a [u8]>>, &'a [Option<&'static str>]),
}

/// The fixture: a map with the one section.
struct Top<'a> {
    section: &'a str,
    rows: Rows<'a>,
}

impl<'de> de::Deserializer<'de> for Top<'_> {
    type Error = DeError;
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> std::result::Result<V::Value, DeError> {
        visitor.visit_map(TopMap { top: Some(self), rows: None })
    }
    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

struct TopMap<'a> {
    top: Option<Top<'a>>,
    rows: Option<Rows<'a>>,
}

impl<'de> MapAccess<'de> for TopMap<'_> {
    type Error = DeError;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> std::result::Result<Option<K::Value>, DeError> {
        let Some(top) = self.top.take() else { return Ok(None) };
        self.rows = Some(top.rows);
        seed.deserialize(IntoDeserializer::<DeError>::into_deserializer(top.section)).map(Some)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> std::result::Result<V::Value, DeError> {
        let rows = self.rows.take().ok_or_else(|| DeError("no value".into()))?;
        seed.deserialize(List { rows: Some(rows) })
    }
}

/// The section's list: one element.
struct List<'a> {
    rows: Option<Rows<'a>>,
}

impl<'de> de::Deserializer<'de> for List<'_> {
    type Error = DeError;
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> std::result::Result<V::Value, DeError> {
        visitor.visit_seq(self)
    }
    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

impl<'de> SeqAccess<'de> for List<'_> {
    type Error = DeError;
    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> std::result::Result<Option<T::Value>, DeError> {
        if let Some(Rows::All(reader, usable)) = self.rows {
            let mut record = csv::StringRecord::new();
            if !reader.borrow_mut().read_record(&mut record).map_err(|e| DeError(e.to_string()))? {
                return Ok(None);
            }
            let (cells, at) = (cells(usable, &record), Cell::new(None));
            return seed.deserialize(Object { rows: Rows::One(&cells, &at) }).map(Some);
        }
        match self.rows.take() {
            None => Ok(None),
            Some(rows) => seed.deserialize(Object { rows }).map(Some),
        }
    }
}

/// One object: the probe records the spec's fields; a row is a map of its non-empty cells.
struct Object<'a> {
    rows: Rows<'a>,
}

impl<'de> de::Deserializer<'de> for Object<'_> {
    type Error = DeError;
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> std::result::Result<V::Value, DeError> {
        match self.rows {
            Rows::Probe(_) | Rows::All(..) => Err(DeError("a section's objects are structs".into())),
            Rows::One(cells, at) => visitor.visit_map(RowMap { cells: cells.iter(), at, next: None }),
        }
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> std::result::Result<V::Value, DeError> {
        if let Rows::Probe(found) = self.rows {
            found.set(Some(fields));
            return Err(DeError("probed".into()));
        }
        self.deserialize_any(visitor)
    }
    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

struct RowMap<'a> {
    cells: std::slice::Iter<'a, (&'static str, &'a str)>,
    at: &'a Cell<Option<&'static str>>,
    next: Option<&'a str>,
}

impl<'de> MapAccess<'de> for RowMap<'_> {
    type Error = DeError;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> std::result::Result<Option<K::Value>, DeError> {
        // An empty cell is a field left out: its default, as a key missing from TOML.
        for (field, cell) in self.cells.by_ref() {
            if cell.is_empty() {
                continue;
            }
            self.at.set(Some(field));
            self.next = Some(cell);
            return seed.deserialize(IntoDeserializer::<DeError>::into_deserializer(*field)).map(Some);
        }
        self.at.set(None);
        Ok(None)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> std::result::Result<V::Value, DeError> {
        let cell = self.next.take().ok_or_else(|| DeError("no value".into()))?;
        seed.deserialize(Text(cell))
    }
}

/// One cell's text, as the field's type reads it.
struct Text<'a>(&'a str);

impl<'de> de::Deserializer<'de> for Text<'_> {
    type Error = DeError;
    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> std::result::Result<V::Value, DeError> {
        visitor.visit_str(self.0)
    }
    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> std::result::Result<V::Value, DeError> {
        match self.0.trim().to_ascii_lowercase().as_str() {
            "true" => visitor.visit_bool(true),
            "false" => visitor.visit_bool(false),
            _ => Err(DeError(format!("expected true or false, found {}", shown(self.0)))),
        }
    }
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> std::result::Result<V::Value, DeError> {
        match self.0.trim().parse::<i64>() {
            Ok(n) => visitor.visit_i64(n),
            Err(_) => Err(DeError(format!("expected a whole number, found {}", shown(self.0)))),
        }
    }
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> std::result::Result<V::Value, DeError> {
        visitor.visit_some(self)
    }
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> std::result::Result<V::Value, DeError> {
        let items: Vec<&str> = self.0.split(';').map(str::trim).filter(|s| !s.is_empty()).collect();
        visitor.visit_seq(de::value::SeqDeserializer::new(items.into_iter()))
    }
    forward_to_deserialize_any! {
        i8 i16 i32 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf unit
        unit_struct newtype_struct tuple tuple_struct map struct enum identifier ignored_any
    }
}
