//! All output. Data goes to stdout in the chosen format; narration (success, warnings, hints,
//! progress, prompts) goes to stderr. A terminal changes decoration only, never content.

use sitectl::Code;
use std::io::{self, IsTerminal, Write};

use serde::Serialize;
use serde_json::{Map, Value};
use sitectl::config::Format;
use sitectl::Error;

use super::error::CliError;

/// Output settings for one command run.
#[derive(Debug, Clone)]
pub struct Ui {
    pub format: Format,
    pub fields: Option<Vec<String>>,
    pub porcelain: bool,
    pub quiet: bool,
    pub verbose: bool,
    pub color: bool,
    /// `--yes`: consent given in advance.
    pub yes: bool,
    /// `--no-input`: never prompt.
    pub no_input: bool,
    /// Errors are JSON lines: narration waits in `held` until the command succeeds.
    pub machine_errors: bool,
    held: std::rc::Rc<std::cell::RefCell<Vec<String>>>,
    /// The clock relative times are read against (`SITECTL_NOW` or now).
    pub now: chrono::DateTime<chrono::Utc>,
    stdout_tty: bool,
    interactive: bool,
}

type Out = Result<(), CliError>;

impl Ui {
    pub fn new(format: Format, color: bool) -> Ui {
        Ui {
            format,
            fields: None,
            porcelain: false,
            quiet: false,
            verbose: false,
            color,
            yes: false,
            no_input: false,
            machine_errors: false,
            held: Default::default(),
            now: chrono::Utc::now(),
            stdout_tty: io::stdout().is_terminal(),
            interactive: io::stdin().is_terminal() && io::stderr().is_terminal(),
        }
    }

    /// Whether prompting is allowed: both stdin and stderr are terminals and nothing forbids it.
    pub fn can_prompt(&self) -> bool {
        self.interactive && !self.no_input && !self.yes
    }

    fn to_object<T: Serialize>(item: &T) -> Result<Map<String, Value>, CliError> {
        match serde_json::to_value(item).map_err(Error::from)? {
            Value::Object(m) => Ok(m),
            other => {
                let mut m = Map::new();
                m.insert("value".into(), other);
                Ok(m)
            }
        }
    }

    /// Checks `--fields` against what the records have; unknown names are a usage error.
    fn selected(&self, sample: Option<&Map<String, Value>>, default: &[&str]) -> Result<Vec<String>, CliError> {
        match &self.fields {
            Some(fields) => {
                if let Some(sample) = sample {
                    let unknown: Vec<&String> = fields.iter().filter(|f| !sample.contains_key(f.as_str())).collect();
                    if !unknown.is_empty() {
                        let valid: Vec<&String> = sample.keys().collect();
                        return Err(Error::new(
                            Code::UnknownField,
                            format!("unknown field{} {}", if unknown.len() > 1 { "s" } else { "" }, join(&unknown)),
                        )
                        .with_hint(format!("valid fields: {}", join(&valid)))
                        .into());
                    }
                }
                Ok(fields.clone())
            }
            None => Ok(default.iter().map(|s| s.to_string()).collect()),
        }
    }

    fn narrow(obj: &Map<String, Value>, fields: &[String]) -> Map<String, Value> {
        fields.iter().map(|f| (f.clone(), obj.get(f).cloned().unwrap_or(Value::Null))).collect()
    }

    /// Prints a list of records. `columns` are the table/csv columns when `--fields` is absent;
    /// JSON carries every field unless `--fields` narrows it.
    pub fn list<T: Serialize>(&self, items: &[T], columns: &[&str]) -> Out {
        let mut w = self.list_writer(columns)?;
        for item in items {
            w.push(item)?;
        }
        w.finish()
    }

    /// A list printed as its records arrive (see [`ListWriter`]).
    pub fn list_writer<'u>(&'u self, columns: &[&str]) -> Result<ListWriter<'u>, CliError> {
        self.not_toml()?;
        Ok(ListWriter {
            ui: self,
            columns: columns.iter().map(|c| c.to_string()).collect(),
            fields: None,
            count: 0,
            out: io::BufWriter::with_capacity(64 * 1024, io::stdout()),
            held: Vec::new(),
        })
    }

    /// Prints one record: JSON object, one CSV row, its id, or a field/value table.
    pub fn record<T: Serialize>(&self, item: &T) -> Out {
        self.not_toml()?;
        let obj = Self::to_object(item)?;
        let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        let fields = self.selected(Some(&obj), &keys)?;
        let obj = Self::narrow(&obj, &fields);
        let out = match self.format {
            Format::Json => serde_json::to_string_pretty(&obj).map_err(Error::from)? + "\n",
            Format::Jsonl => Value::Object(obj).to_string() + "\n",
            Format::Ids => id_of(&obj).map(|id| id + "\n")?,
            Format::Csv => csv_text(&fields, &[obj], self.stdout_tty)?,
            Format::Toml | Format::Table => {
                // Nested values become one line per leaf under a dotted key
                // (`site_usage.used`, `sectors.0.slug`): never JSON inside a value.
                let mut rows = Vec::new();
                for f in &fields {
                    flatten(f, obj.get(f).unwrap_or(&Value::Null), &mut rows);
                }
                self.table(&["field".to_string(), "value".to_string()], &rows)
            }
        };
        self.write_stdout(&out)
    }

    /// Whether a detail command should draw its designed view: a table on a terminal, all
    /// fields.
    pub fn wants_view(&self) -> bool {
        self.format == Format::Table && self.stdout_tty && self.fields.is_none()
    }

    /// Prints one record as its designed view (see `view`), with recent audit rows.
    pub fn view<T: Serialize>(&self, item: &T, kind: super::view::ViewKind, audit: &[Value]) -> Out {
        let obj = Self::to_object(item)?;
        let frame = super::view::Frame { width: terminal_width(), color: self.color, now: self.now };
        self.write_stdout(&super::view::render(kind, &obj, audit, &frame))
    }

    /// Prints what a create/update produced: the id alone with `--porcelain`, else the record.
    pub fn produced<T: Serialize>(&self, item: &T) -> Out {
        if self.porcelain {
            let obj = Self::to_object(item)?;
            return self.write_stdout(&(id_of(&obj)? + "\n"));
        }
        self.record(item)
    }

    /// Prints a record that carries a secret shown once: with `--porcelain`, the secret alone.
    pub fn produced_secret<T: Serialize>(&self, secret: &str, item: &T) -> Out {
        if self.porcelain {
            return self.write_stdout(&format!("{secret}\n"));
        }
        self.record(item)
    }

    fn not_toml(&self) -> Out {
        if self.format == Format::Toml {
            return Err(Error::new(Code::InvalidFormat, "toml output is only for `seed export`")
                .with_hint("use --format table, json, jsonl, csv or ids")
                .into());
        }
        Ok(())
    }

    fn table(&self, header: &[String], rows: &[Vec<String>]) -> String {
        if !self.stdout_tty {
            // Piped tables are plain tab-separated text with a header line.
            let clean = |s: &str| neutralize(s).into_owned();
            let mut out = header.iter().map(|h| clean(h)).collect::<Vec<_>>().join("\t") + "\n";
            for row in rows {
                out.push_str(&row.iter().map(|c| clean(c)).collect::<Vec<_>>().join("\t"));
                out.push('\n');
            }
            return out;
        }
        let mut table = comfy_table::Table::new();
        table.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
        table.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
        table.set_width(terminal_width() as u16);
        table.set_header(header.iter().map(|h| neutralize(h).into_owned()));
        for row in rows {
            // On a terminal, timestamps read as people read them; pipes keep RFC 3339.
            table.add_row(row.iter().map(|c| {
                if is_timestamp(c) {
                    super::view::when(c, self.now)
                } else {
                    neutralize(c).into_owned()
                }
            }));
        }
        if rows.is_empty() {
            return format!("{table}\n(no rows)\n");
        }
        format!("{table}\n")
    }

    fn write_stdout(&self, text: &str) -> Out {
        write_data(text.as_bytes())
    }

    fn narrate(&self, label: &str, ansi: &str, message: &str) {
        let label = if self.color { format!("\x1b[{ansi}m{label}\x1b[0m") } else { label.to_string() };
        self.say(format!("{label} {}", neutralize_message(message)));
    }

    /// One line of narration on stderr, or held back in machine formats (see `flush_narration`).
    fn say(&self, line: String) {
        if self.machine_errors {
            self.held.borrow_mut().push(line);
        } else {
            // A closed stderr leaves nothing to tell.
            let _ = writeln!(io::stderr().lock(), "{line}");
        }
    }

    /// Prints the narration held back during a successful command in a machine format.
    pub fn flush_narration(&self) {
        let mut stderr = io::stderr().lock();
        for line in self.held.borrow_mut().drain(..) {
            let _ = writeln!(stderr, "{line}");
        }
    }

    pub fn success(&self, message: &str) {
        if !self.quiet {
            self.narrate("Success:", "1;32", message);
        }
    }

    pub fn warn(&self, message: &str) {
        if !self.quiet {
            self.narrate("Warning:", "1;33", message);
        }
    }

    pub fn info(&self, message: &str) {
        if self.verbose && !self.quiet {
            self.say(neutralize_message(message).into_owned());
        }
    }

    /// Asks for consent to a destructive action. `--yes` answers yes; without a terminal (or with
    /// `--no-input`) it is a usage error naming `--yes`; a "no" is an error too (never exit 0).
    pub fn confirm(&self, question: &str) -> Result<(), CliError> {
        if self.yes {
            return Ok(());
        }
        if !self.can_prompt() {
            return Err(Error::new(Code::ConfirmationRequired, format!("{question} needs confirmation"))
                .with_hint("pass --yes to confirm without a terminal")
                .into());
        }
        let answer = dialoguer::Confirm::new()
            .with_prompt(neutralize(question))
            .default(false)
            .interact_opt()
            .map_err(prompt_error)?;
        match answer {
            Some(true) => Ok(()),
            _ => Err(Error::new(Code::Declined, "declined; nothing was changed").into()),
        }
    }

    /// Asks for a missing value on a terminal; without one, names the flag that supplies it.
    pub fn ask(&self, prompt: &str, flag: &str) -> Result<String, CliError> {
        if !self.can_prompt() {
            return Err(Error::new(Code::MissingArgument, format!("missing {flag}"))
                .with_hint(format!("pass {flag} (there is no terminal to ask on)"))
                .into());
        }
        dialoguer::Input::<String>::new().with_prompt(prompt).interact_text().map_err(prompt_error)
    }

    /// A multi-select on the terminal; returns the chosen indexes.
    pub fn multi_select(&self, prompt: &str, items: &[String], ticked: &[bool]) -> Result<Vec<usize>, CliError> {
        let items: Vec<String> = items.iter().map(|i| neutralize(i).into_owned()).collect();
        dialoguer::MultiSelect::new()
            .with_prompt(neutralize(prompt))
            .items(&items)
            .defaults(ticked)
            .interact_opt()
            .map_err(prompt_error)?
            .ok_or_else(|| Error::new(Code::Declined, "cancelled; nothing was changed").into())
    }
}

/// Text from outside (WordPress, the database, files) made safe for a terminal: control
/// characters (C0, DEL, C1: escape sequences among them) and invisible or text-direction
/// characters are shown escaped (`\u{1b}`), so nothing printed can move the cursor, recolour
/// the screen or disguise itself. Machine formats (JSON) carry text exactly instead.
pub fn neutralize(text: &str) -> std::borrow::Cow<'_, str> {
    // U+2028/U+2029 end a line in editors, log viewers and web consoles (not a control
    // character to Rust): escaped, so no line of outside text starts a line of its own there.
    let unsafe_char =
        |c: char| c.is_control() || sitectl::domain::is_deceptive_char(c) || matches!(c, '\u{2028}' | '\u{2029}');
    if !text.chars().any(unsafe_char) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A message for a person (an error, its hint, a warning) made safe for a terminal like
/// [`neutralize`], except that its line breaks are kept: a fixture's list of problems or a TOML
/// error reads as the lines it was written in. A `\r\n` pair is a line break too; every other
/// control character (a lone `\r`, a tab, an escape sequence) is shown escaped. Each line after
/// the first starts indented, so text from outside cannot pose as a line of ours (`hint: ...`).
pub fn neutralize_message(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\n') {
        return neutralize(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if i > 0 {
            out.push('\n');
            if !line.is_empty() && !line.starts_with(' ') {
                out.push_str("  ");
            }
        }
        out.push_str(&neutralize(line));
    }
    std::borrow::Cow::Owned(out)
}

/// Buffered stdout that notes a closed pipe (the flag), so a command that streams through the
/// library can still end quietly when its reader goes away.
pub fn watched_stdout() -> (Watched, std::rc::Rc<std::cell::Cell<bool>>) {
    let closed = std::rc::Rc::new(std::cell::Cell::new(false));
    (Watched { out: io::BufWriter::with_capacity(64 * 1024, io::stdout()), closed: closed.clone() }, closed)
}

pub struct Watched {
    out: io::BufWriter<io::Stdout>,
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

fn prompt_error(e: dialoguer::Error) -> CliError {
    let dialoguer::Error::IO(io) = e;
    if io.kind() == io::ErrorKind::Interrupted {
        return Error::new(Code::Interrupted, "interrupted; nothing was changed").into();
    }
    Error::from(io).into()
}

fn join<S: AsRef<str>>(items: &[S]) -> String {
    items.iter().map(|s| s.as_ref()).collect::<Vec<_>>().join(", ")
}

fn id_of(obj: &Map<String, Value>) -> Result<String, CliError> {
    match obj.get("id") {
        Some(Value::Number(n)) => Ok(n.to_string()),
        Some(Value::String(s)) => Ok(s.clone()),
        _ => Err(Error::new(Code::NoIds, "this output has no ids")
            .with_hint("use --format table, json, jsonl or csv")
            .into()),
    }
}

/// A value as a table or CSV cell: lists joined by commas, a nested object by its slug or as
/// `key=value` pairs; never JSON text.
fn cell(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Array(items)) => items.iter().map(|i| cell(Some(i))).collect::<Vec<_>>().join(","),
        Some(Value::Object(o)) if o.contains_key("slug") => cell(o.get("slug")),
        Some(Value::Object(o)) => o
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| format!("{k}={}", cell(Some(v))))
            .collect::<Vec<_>>()
            .join(" "),
        Some(other) => other.to_string(),
    }
}

/// Whether a cell is one of our stored timestamps (`2026-11-26T09:41:00Z`).
fn is_timestamp(c: &str) -> bool {
    c.len() == 20 && c.ends_with('Z') && chrono::DateTime::parse_from_rfc3339(c).is_ok()
}

/// One `key<TAB>value` row per leaf: objects by dotted key, lists by index.
fn flatten(key: &str, v: &Value, rows: &mut Vec<Vec<String>>) {
    match v {
        Value::Object(o) if !o.is_empty() => {
            for (k, x) in o {
                flatten(&format!("{key}.{k}"), x, rows);
            }
        }
        Value::Array(items) if !items.is_empty() => {
            for (i, x) in items.iter().enumerate() {
                flatten(&format!("{key}.{i}"), x, rows);
            }
        }
        Value::Object(_) | Value::Array(_) => rows.push(vec![key.to_string(), String::new()]),
        other => rows.push(vec![key.to_string(), cell(Some(other))]),
    }
}

/// The width to lay out for: `COLUMNS` when set, else what the terminal reports, else 100; a
/// terminal that reports no size (a pseudo-terminal under `script`) never gets zero.
pub fn terminal_width() -> usize {
    let from_env = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<usize>().ok()).filter(|w| *w > 0);
    let from_tty = console::Term::stdout().size_checked().map(|(_, cols)| cols as usize).filter(|w| *w > 0);
    from_env.or(from_tty).unwrap_or(100).clamp(20, 1000)
}

/// CSV text; on a terminal (`for_terminal`) cells are neutralised, in a pipe they are exact.
fn csv_text(fields: &[String], rows: &[Map<String, Value>], for_terminal: bool) -> Result<String, CliError> {
    let mut w = csv::Writer::from_writer(Vec::new());
    let csv_err = |e: csv::Error| Error::internal(format!("writing CSV: {e}"));
    w.write_record(fields).map_err(csv_err)?;
    for row in rows {
        let cells = fields.iter().map(|f| cell(row.get(f)));
        if for_terminal {
            w.write_record(cells.map(|c| neutralize(&c).into_owned())).map_err(csv_err)?;
        } else {
            w.write_record(cells).map_err(csv_err)?;
        }
    }
    let bytes = w.into_inner().map_err(|e| Error::internal(format!("writing CSV: {e}")))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
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
    out: io::BufWriter<io::Stdout>,
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
            Format::Table | Format::Toml => {
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
            Format::Json => self.out.write_all(b"\n]\n")?,
            Format::Table | Format::Toml if self.ui.stdout_tty && (!self.held.is_empty() || self.count == 0) => {
                self.flush_table()?
            }
            _ => {}
        }
        self.out.flush()?;
        Ok(())
    }

    fn header(&mut self) -> Out {
        let fields = self.fields.clone().unwrap_or_default();
        match self.ui.format {
            Format::Csv => self.csv_row(&fields),
            Format::Table | Format::Toml if !self.ui.stdout_tty => {
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

/// A progress bar on stderr when it is a terminal (and not `-q`); invisible otherwise.
pub struct Bar(indicatif::ProgressBar);

impl Ui {
    pub fn progress(&self) -> Bar {
        // Never when piped, in machine formats or with -q: progress is for people watching.
        if self.quiet || self.format.is_machine() || !io::stderr().is_terminal() {
            return Bar(indicatif::ProgressBar::hidden());
        }
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {msg:12} [{bar:30}] {pos}/{len} ({per_sec}, {eta} left)",
            )
            .expect("the template is valid")
            .progress_chars("=> "),
        );
        Bar(bar)
    }
}

impl sitectl::wordpress::Progress for Bar {
    fn begin(&self, what: &str, total: u64) {
        self.0.reset();
        // The label can come from WordPress (a post type's slug): neutralised like all output.
        self.0.set_message(neutralize(what).into_owned());
        self.0.set_length(total);
    }

    fn advance(&self, n: u64) {
        self.0.inc(n);
    }

    fn end(&self) {
        self.0.finish_and_clear();
    }
}

#[cfg(test)]
mod tests {
    use super::neutralize;

    #[test]
    fn terminal_text_is_neutralised() {
        assert_eq!(neutralize("plain é 漢字"), "plain é 漢字");
        assert_eq!(neutralize("\x1b[2Jgone"), "\\u{1b}[2Jgone");
        assert_eq!(neutralize("a\nb\tc\r\u{7}"), "a\\u{a}b\\u{9}c\\u{d}\\u{7}");
        assert_eq!(neutralize("\u{9b}31m"), "\\u{9b}31m", "C1 CSI");
        assert_eq!(neutralize("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(neutralize("zero\u{200b}width"), "zero\\u{200b}width");
    }

    #[test]
    fn messages_keep_their_line_breaks() {
        use super::neutralize_message as m;
        assert_eq!(m("one line"), "one line");
        assert_eq!(m("3 problems:\n  f.toml:1:1: a\n  f.toml:2:1: b"), "3 problems:\n  f.toml:1:1: a\n  f.toml:2:1: b");
        // Lines that do not start indented are indented: nothing can pose as `hint:` or `Error:`.
        assert_eq!(m("bad\nhint: run this"), "bad\n  hint: run this");
        assert_eq!(m("a\r\nb\r\n"), "a\n  b\n");
        // Control characters inside a line stay escaped, line breaks or not.
        assert_eq!(m("x\x1b[2J\n\x1b[31mred\ttab\rcr"), "x\\u{1b}[2J\n  \\u{1b}[31mred\\u{9}tab\\u{d}cr");
        assert_eq!(m("a\rb"), "a\\u{d}b");
        assert_eq!(m("\n\n\n"), "\n\n\n");
        assert_eq!(m("\n\u{202e}x\u{85}"), "\n  \\u{202e}x\\u{85}");
        // Unicode's own line and paragraph separators are no line break of ours.
        assert_eq!(m("a\u{2028}Error: b\u{2029}c"), "a\\u{2028}Error: b\\u{2029}c");
        assert_eq!(m("a\n\u{2028}hint: x"), "a\n  \\u{2028}hint: x");
        assert_eq!(m("a\nError: forged\n\thint: x"), "a\n  Error: forged\n  \\u{9}hint: x");
    }
}
