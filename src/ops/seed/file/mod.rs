//! The fixture file as text: parsing it (TOML, JSON, or one section as CSV: `csv`) into the
//! sections' data, and saying where in the file a problem is (line and column). Generic over
//! what the file holds, so this module knows nothing of the sections (`sections` names the
//! fixture it parses into).
//!
//! Values are read as plain text and numbers here and validated later, so that one pass can
//! report every problem of a file at once rather than stopping at the first bad value.

pub mod csv;
mod json_paths;
mod positions;
pub mod writer;

use serde::de::DeserializeOwned;
use serde::Serialize;

use crate::error::{Code, Error, Result};
use json_paths::JsonPaths;
use positions::{line_col, Positions};

/// The two file syntaxes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Toml,
    Json,
    /// One section, a row per object (`Source::parse_csv`).
    Csv,
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

/// A parsed fixture and what is needed to say where its parts are.
pub struct Source<F> {
    pub name: String,
    pub text: String,
    pub syntax: Syntax,
    pub fixture: F,
    toml: Option<toml_edit::ImDocument<String>>,
    /// Built on the first problem, then shared by all of them.
    positions: std::cell::OnceCell<Positions>,
    /// JSON only: where each `section[index]` and `section[index].field` starts, found in one
    /// scan on the first problem.
    json_paths: std::cell::OnceCell<JsonPaths>,
    /// CSV only: each row's line and the header's columns.
    csv: Option<csv::Layout>,
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

impl<F: DeserializeOwned> Source<F> {
    fn new(
        name: &str,
        text: String,
        syntax: Syntax,
        fixture: F,
        toml: Option<toml_edit::ImDocument<String>>,
    ) -> Source<F> {
        let (positions, json_paths) = (std::cell::OnceCell::new(), std::cell::OnceCell::new());
        Source { name: name.to_string(), text, syntax, fixture, toml, positions, json_paths, csv: None }
    }

    /// Parses a fixture file's text. Syntax errors, unknown keys and wrong types are reported
    /// with their position.
    pub fn parse(name: &str, mut text: String) -> Result<Source<F>> {
        // A byte order mark (as Windows editors write) is no part of the document: dropped so
        // JSON parses and the first line's columns are what an editor shows.
        if text.starts_with('\u{FEFF}') {
            text.drain(..'\u{FEFF}'.len_utf8());
        }
        let syntax = Syntax::detect(name, &text);
        match syntax {
            Syntax::Json => {
                let fixture: F = serde_json::from_str(&text)
                    .map_err(|e| syntax_error(name, e.line(), e.column(), &e.to_string()))?;
                Ok(Source::new(name, text, syntax, fixture, None))
            }
            // `detect` never says CSV: a CSV file is read for its section (`parse_csv`).
            Syntax::Toml | Syntax::Csv => {
                let fixture: F = toml::from_str(&text).map_err(|e| {
                    let (line, column) = e.span().map_or((1, 1), |s| line_col(&text, s.start));
                    syntax_error(name, line, column, e.message())
                })?;
                let doc =
                    toml_edit::ImDocument::parse(text.clone()).map_err(|e| syntax_error(name, 1, 1, &e.to_string()))?;
                Ok(Source::new(name, text, Syntax::Toml, fixture, Some(doc)))
            }
        }
    }
}

impl<F: DeserializeOwned> Source<F> {
    /// Parses a CSV file of one section (a header row naming its fields, then an object a row).
    /// Every problem of the header and the rows is reported at once, each at its line and
    /// column (the CSV column number); a section `F` does not have is a usage error.
    pub fn parse_csv(name: &str, mut text: String, section: &str) -> Result<Source<F>> {
        if text.starts_with('\u{FEFF}') {
            text.drain(..'\u{FEFF}'.len_utf8());
        }
        let (fixture, layout) = csv::parse::<F>(name, &text, section)?;
        let mut src = Source::new(name, text, Syntax::Csv, fixture, None);
        src.csv = Some(layout);
        Ok(src)
    }
}

impl<F> Source<F> {
    /// Bytes of the text examined to place problems so far: each index is built in one pass
    /// over the text, and each problem examines a bounded number of bytes beyond it.
    #[cfg(test)]
    fn bytes_examined(&self) -> usize {
        let built = self.positions.get().is_some() as usize + self.json_paths.get().is_some() as usize;
        built * self.text.len() + self.positions.get().map_or(0, |p| p.scanned.get())
    }

    /// A problem at `section[index].field` (field empty: the object itself).
    pub fn problem(&self, section: &str, index: usize, field: &str, code: Code, message: String) -> Problem {
        let offset = match self.syntax {
            Syntax::Toml => self.toml_offset(section, index, field),
            Syntax::Json => self.json_paths.get_or_init(|| JsonPaths::scan(&self.text)).offset(section, index, field),
            Syntax::Csv => None,
        };
        let (line, column) = match &self.csv {
            Some(layout) => layout.place(section, index, field),
            None => {
                let positions = self.positions.get_or_init(|| Positions::new(&self.text));
                offset.map_or((1, 1), |o| positions.line_col(&self.text, o))
            }
        };
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

impl<F: Serialize> Source<F> {
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
}

#[cfg(test)]
mod tests {
    use super::positions::CHECKPOINT;
    use super::*;

    /// The file of the sections this crate seeds.
    type Source = super::Source<crate::ops::seed::Fixture>;

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
