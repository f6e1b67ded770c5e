//! Writing a fixture as TOML or JSON, whole or streamed object by object.

use serde::Serialize;

use crate::error::{Error, Result};

/// The fixture as TOML text (deterministic: same data, same bytes).
pub fn to_toml<F: Serialize>(fixture: &F) -> Result<String> {
    toml::to_string(fixture).map_err(|e| Error::internal(format!("writing TOML: {e}")))
}

/// The fixture as pretty JSON text.
pub fn to_json<F: Serialize>(fixture: &F) -> Result<String> {
    Ok(serde_json::to_string_pretty(fixture)? + "\n")
}

/// The two fixture formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FixtureFormat {
    Json,
    Toml,
}

/// How a writer writes: a whole fixture as text, or one section as CSV.
#[derive(Debug, Clone, Copy)]
enum Mode {
    Json,
    Toml,
    /// Only this section's objects, a row each under a header of these columns.
    Csv {
        section: &'static str,
        columns: &'static [&'static str],
    },
}

/// Writes a fixture section by section, object by object, so exporting a fleet needs memory
/// for one object: the bytes are exactly those of [`Fixture::to_json`] / [`Fixture::to_toml`]
/// for the same objects (a test holds them equal). Sections must come in the fixture's order
/// (`sections::SECTIONS`).
pub struct FixtureWriter<W: std::io::Write> {
    out: W,
    mode: Mode,
    section: Option<&'static str>,
    in_section: usize,
}

impl<W: std::io::Write> FixtureWriter<W> {
    pub fn new(out: W, format: FixtureFormat) -> Self {
        let mode = match format {
            FixtureFormat::Json => Mode::Json,
            FixtureFormat::Toml => Mode::Toml,
        };
        FixtureWriter { out, mode, section: None, in_section: 0 }
    }

    /// A writer of one section as CSV (`seed apply` reads it back with `Source::parse_csv`):
    /// the header names `columns` (the section's fields, from `file::csv::fields_of`), then
    /// one row per object; objects of other sections are not written. Values are written as
    /// they are, so the file round-trips: a cell starting with `=` is text to sitectl, and a
    /// spreadsheet should open it as text (README, "Spreadsheets").
    pub fn csv(mut out: W, section: &'static str, columns: &'static [&'static str]) -> Result<Self> {
        out.write_all(&csv_line(columns.iter().copied())?)?;
        Ok(FixtureWriter { out, mode: Mode::Csv { section, columns }, section: None, in_section: 0 })
    }

    /// Whether objects of `section` are written at all (an export skips reading the others).
    pub fn wants(&self, section: &str) -> bool {
        match self.mode {
            Mode::Csv { section: only, .. } => only == section,
            _ => true,
        }
    }

    /// One object of `section`.
    pub fn item<T: Serialize>(&mut self, section: &'static str, item: &T) -> Result<()> {
        let opening = self.section != Some(section);
        match self.mode {
            Mode::Csv { section: only, columns } => {
                if only == section {
                    let cells = super::csv::row(item, columns)?;
                    self.out.write_all(&csv_line(cells.iter().map(String::as_str))?)?;
                }
            }
            Mode::Json => {
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
            Mode::Toml => {
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
        if matches!(self.mode, Mode::Json) {
            let end: &[u8] = if self.section.is_none() { b"{}\n" } else { b"\n  ]\n}\n" };
            self.out.write_all(end)?;
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

/// One CSV record's bytes, quoted where needed, ending in `\n`.
fn csv_line<'a>(cells: impl Iterator<Item = &'a str>) -> Result<Vec<u8>> {
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
    w.write_record(cells).map_err(|e| Error::internal(format!("writing CSV: {e}")))?;
    w.into_inner().map_err(|e| Error::internal(format!("writing CSV: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::seed::{Fixture, Source};

    /// Streaming a fixture object by object writes the same bytes as serialising it whole.
    #[test]
    fn the_writer_writes_what_the_whole_fixture_serialises_to() {
        let demo =
            Source::parse("demo.toml", include_str!("../../../../fixtures/demo.toml").to_string()).unwrap().fixture;
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
}
