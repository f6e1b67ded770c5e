//! Records and lists in the chosen format: JSON, JSON lines, CSV, ids, or a table (on a
//! terminal drawn, in a pipe tab-separated), and the designed views of single records.

use serde::Serialize;
use serde_json::{Map, Value};
use sitectl::config::Format;
use sitectl::{Code, Error};

use super::neutralize::neutralize;
use super::terminal::{is_timestamp, terminal_width};
use super::{CliError, Out, Ui};

impl Ui {
    pub(super) fn to_object<T: Serialize>(item: &T) -> Result<Map<String, Value>, CliError> {
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
    pub(super) fn selected(
        &self,
        sample: Option<&Map<String, Value>>,
        default: &[&str],
    ) -> Result<Vec<String>, CliError> {
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

    /// Checks `--fields` against the shape of `sample` before any record is read: for a list
    /// whose unknown field must be refused whether it turns out empty or not.
    pub fn check_fields<T: Serialize>(&self, sample: &T) -> Out {
        self.selected(Some(&Ui::to_object(sample)?), &[]).map(|_| ())
    }

    pub(super) fn narrow(obj: &Map<String, Value>, fields: &[String]) -> Map<String, Value> {
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

    /// Prints one record: JSON object, one CSV row, its id, or a field/value table.
    pub fn record<T: Serialize>(&self, item: &T) -> Out {
        let obj = Self::to_object(item)?;
        let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        let fields = self.selected(Some(&obj), &keys)?;
        let obj = Self::narrow(&obj, &fields);
        let out = match self.format {
            Format::Json => serde_json::to_string_pretty(&obj).map_err(Error::from)? + "\n",
            Format::Jsonl => Value::Object(obj).to_string() + "\n",
            Format::Ids => id_of(&obj).map(|id| id + "\n")?,
            Format::Csv => csv_text(&fields, &[obj], self.stdout_tty)?,
            Format::Table => {
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
    pub fn view<T: Serialize>(&self, item: &T, kind: crate::cli::view::ViewKind, audit: &[Value]) -> Out {
        let obj = Self::to_object(item)?;
        let frame = crate::cli::view::Frame { width: terminal_width(self.columns), color: self.color, now: self.now };
        self.write_stdout(&crate::cli::view::render(kind, &obj, audit, &frame))
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

    pub(super) fn table(&self, header: &[String], rows: &[Vec<String>]) -> String {
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
        table.set_width(terminal_width(self.columns) as u16);
        table.set_header(header.iter().map(|h| neutralize(h).into_owned()));
        for row in rows {
            // On a terminal, timestamps read as people read them; pipes keep RFC 3339.
            table.add_row(row.iter().map(|c| {
                if is_timestamp(c) {
                    super::terminal::when(c, self.now)
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
}

fn join<S: AsRef<str>>(items: &[S]) -> String {
    items.iter().map(|s| s.as_ref()).collect::<Vec<_>>().join(", ")
}

pub(super) fn id_of(obj: &Map<String, Value>) -> Result<String, CliError> {
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
pub(super) fn cell(v: Option<&Value>) -> String {
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
