//! Lists written as their records arrive, and stdout that notes a closed pipe.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;
use sitectl::config::Format;
use sitectl::Error;

use super::format::{cell, id_of};
use super::neutralize::neutralize;
use super::{CliError, Out, Ui};

impl Ui {
    /// A list printed as its records arrive (see [`ListWriter`]).
    pub fn list_writer<'u>(&'u self, columns: &[&str]) -> Result<ListWriter<'u>, CliError> {
        Ok(ListWriter {
            ui: self,
            columns: columns.iter().map(|c| c.to_string()).collect(),
            fields: None,
            count: 0,
            out: self.data_writer(),
            held: Vec::new(),
        })
    }
}

/// Rows a terminal table holds to size its columns; a longer list is printed as several tables
/// of this many rows, so memory stays bounded whatever the list's length.
const TABLE_ROWS: usize = 1000;

/// Writes a list record by record, in the chosen format, so a list of any length needs memory
/// for one record (a terminal table: for [`TABLE_ROWS`]). `--fields` is checked against the
/// first record and applied to every one. A write to a closed pipe is an error of kind
/// `BrokenPipe`, which ends the command quietly (exit 0), as `head` expects.
pub struct ListWriter<'u> {
    ui: &'u Ui,
    columns: Vec<String>,
    /// The fields chosen at the first record.
    fields: Option<Vec<String>>,
    count: usize,
    out: Box<dyn Write>,
    /// A terminal table's rows not yet printed.
    held: Vec<Vec<String>>,
}

impl ListWriter<'_> {
    pub fn push<T: Serialize>(&mut self, item: &T) -> Out {
        let ui = self.ui;
        // Whole records as JSON: serialised straight from the record (the first one still goes
        // the long way, to settle the fields).
        if self.fields.is_some() && ui.fields.is_none() && matches!(ui.format, Format::Json | Format::Jsonl) {
            self.count += 1;
            if ui.format == Format::Jsonl {
                // Into bytes first: a closed pipe must surface as the I/O error it is.
                let mut line = serde_json::to_vec(item).map_err(Error::from)?;
                line.push(b'\n');
                self.out.write_all(&line)?;
            } else if ui.jq.is_some() {
                // The filter reads the array compact, on one line.
                self.out.write_all(b",")?;
                self.out.write_all(&serde_json::to_vec(item).map_err(Error::from)?)?;
            } else {
                let text = serde_json::to_vec_pretty(item).map_err(Error::from)?;
                self.out.write_all(b",\n")?;
                write_indented(&mut self.out, &text)?;
            }
            return Ok(());
        }
        let obj = Ui::to_object(item)?;
        if self.fields.is_none() {
            let all: Vec<String> = obj.keys().cloned().collect();
            let default: Vec<&str> = match ui.format {
                Format::Json | Format::Jsonl | Format::Ids => all.iter().map(String::as_str).collect(),
                _ => self.columns.iter().map(String::as_str).collect(),
            };
            self.fields = Some(ui.selected(Some(&obj), &default)?);
            self.header()?;
        }
        let fields = self.fields.as_deref().unwrap_or_default();
        self.count += 1;
        match ui.format {
            Format::Json | Format::Jsonl => {
                let v = if ui.fields.is_some() { Value::Object(Ui::narrow(&obj, fields)) } else { Value::Object(obj) };
                if ui.format == Format::Jsonl {
                    writeln!(self.out, "{v}")?;
                } else if ui.jq.is_some() {
                    self.out.write_all(if self.count == 1 { b"[" } else { b"," })?;
                    write!(self.out, "{v}")?;
                } else {
                    // The pretty array, one element at a time: each element's lines indented
                    // once (JSON strings hold no raw newlines, so this is exact).
                    let text = serde_json::to_vec_pretty(&v).map_err(Error::from)?;
                    self.out.write_all(if self.count == 1 { b"[\n" } else { b",\n" })?;
                    write_indented(&mut self.out, &text)?;
                }
            }
            Format::Ids => writeln!(self.out, "{}", id_of(&obj)?)?,
            Format::Csv => {
                let cells: Vec<String> = fields
                    .iter()
                    .map(|f| cell(obj.get(f)))
                    .map(|c| if ui.stdout_tty { neutralize(&c).into_owned() } else { c })
                    .collect();
                self.csv_row(&cells)?;
            }
            Format::Table => {
                let row: Vec<String> = fields.iter().map(|f| cell(obj.get(f))).collect();
                if ui.stdout_tty {
                    self.held.push(row);
                    if self.held.len() == TABLE_ROWS {
                        if self.count == TABLE_ROWS && !ui.quiet {
                            ui.say(format!("Note: more than {TABLE_ROWS} rows, printed as tables of {TABLE_ROWS}"));
                        }
                        self.flush_table()?;
                    }
                } else {
                    let clean: Vec<String> = row.iter().map(|c| neutralize(c).into_owned()).collect();
                    writeln!(self.out, "{}", clean.join("\t"))?;
                }
            }
        }
        Ok(())
    }

    /// Sends what is written so far on its way (for lists whose records come slowly, such as a
    /// batch's sites: each line is out as soon as its site is done).
    pub fn flush(&mut self) -> Out {
        self.out.flush()?;
        Ok(())
    }

    /// Ends the list (closing the JSON array, printing what a terminal table holds).
    pub fn finish(mut self) -> Out {
        if self.fields.is_none() {
            let default: Vec<&str> = self.columns.iter().map(String::as_str).collect();
            self.fields = Some(self.ui.selected(None, &default)?);
            if !matches!(self.ui.format, Format::Json | Format::Jsonl | Format::Ids) {
                self.header()?;
            }
        }
        match self.ui.format {
            Format::Json if self.count == 0 => self.out.write_all(b"[]\n")?,
            Format::Json if self.ui.jq.is_some() => self.out.write_all(b"]\n")?,
            Format::Json => self.out.write_all(b"\n]\n")?,
            Format::Table if self.ui.stdout_tty && (!self.held.is_empty() || self.count == 0) => self.flush_table()?,
            _ => {}
        }
        self.out.flush()?;
        Ok(())
    }

    /// Prints what is held so far and flushes: a follower's rows appear as they come (on a
    /// terminal, each batch as a table of its own).
    pub fn flush_rows(&mut self) -> Out {
        if self.ui.format == Format::Table && self.ui.stdout_tty && !self.held.is_empty() {
            self.flush_table()?;
        }
        self.out.flush()?;
        Ok(())
    }

    fn header(&mut self) -> Out {
        let fields = self.fields.clone().unwrap_or_default();
        match self.ui.format {
            Format::Csv => self.csv_row(&fields),
            Format::Table if !self.ui.stdout_tty => {
                let clean: Vec<String> = fields.iter().map(|c| neutralize(c).into_owned()).collect();
                writeln!(self.out, "{}", clean.join("\t"))?;
                Ok(())
            }
            _ => Ok(()),
        }
    }

    fn csv_row(&mut self, cells: &[String]) -> Out {
        // One record's worth of CSV writer each time: quoting stays the csv crate's.
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(cells).map_err(|e| Error::internal(format!("writing CSV: {e}")))?;
        let bytes = w.into_inner().map_err(|e| Error::internal(format!("writing CSV: {e}")))?;
        self.out.write_all(&bytes)?;
        Ok(())
    }

    fn flush_table(&mut self) -> Out {
        let header = self.fields.clone().unwrap_or_default();
        let rows = std::mem::take(&mut self.held);
        let text = self.ui.table(&header, &rows);
        self.out.write_all(text.as_bytes())?;
        Ok(())
    }
}

/// Pretty JSON one level in: two spaces before every line (JSON strings hold no raw newlines).
fn write_indented(out: &mut impl Write, text: &[u8]) -> io::Result<()> {
    out.write_all(b"  ")?;
    let mut start = 0;
    for (i, b) in text.iter().enumerate() {
        if *b == b'\n' {
            out.write_all(&text[start..=i])?;
            out.write_all(b"  ")?;
            start = i + 1;
        }
    }
    out.write_all(&text[start..])
}

/// Buffered stdout that notes a closed pipe (the flag), so a command that streams through the
/// library can still end quietly when its reader goes away.
impl Ui {
    pub fn watched_stdout(&self) -> (Watched, std::rc::Rc<std::cell::Cell<bool>>) {
        let closed = std::rc::Rc::new(std::cell::Cell::new(false));
        (Watched { out: self.data_writer(), closed: closed.clone() }, closed)
    }
}

pub struct Watched {
    out: Box<dyn Write>,
    closed: std::rc::Rc<std::cell::Cell<bool>>,
}

impl Watched {
    fn note<T>(&self, r: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &r {
            if e.kind() == io::ErrorKind::BrokenPipe {
                self.closed.set(true);
            }
        }
        r
    }
}

impl Write for Watched {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let r = self.out.write(buf);
        self.note(r)
    }

    fn flush(&mut self) -> io::Result<()> {
        let r = self.out.flush();
        self.note(r)
    }
}

/// Writes data to stdout, for output that needs no settings (completion scripts).
pub fn write_data(bytes: &[u8]) -> Out {
    let mut stdout = io::stdout().lock();
    stdout.write_all(bytes)?;
    stdout.flush()?;
    Ok(())
}
