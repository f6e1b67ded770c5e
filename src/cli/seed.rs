//! `sitectl seed ...`

use sitectl::Code;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use sitectl::config::Format;
use sitectl::fixture::{FixtureFormat, FixtureWriter, Source};
use sitectl::ops::seed::{self, GenerateInput};
use sitectl::Error;

use super::args::{read_input, slug, FormatArg};
use super::{CliError, CommandContext};

pub const EXAMPLES: &str = "Examples:
  sitectl seed apply fixtures/demo.toml --dry-run
  sitectl seed apply fixtures/demo.toml
  sitectl seed export --account acme > acme.toml
  sitectl seed diff acme.toml --exit-code
  sitectl seed export --section users --format csv > users.csv
  sitectl seed generate --accounts 100 --sites-per-account 5 --sectors-per-site 3 --seed 7";

#[derive(Debug, Subcommand)]
pub enum SeedCommand {
    /// Validate a fixture (every problem, with positions), then apply it all in one transaction
    #[command(
        after_help = "Example:\n  sitectl seed apply fixtures/demo.toml\n  cat tenants.json | sitectl seed apply - --dry-run\n\n\
TOML, JSON, or CSV of one section (users.csv, sites.csv, ... or --section); `-` reads stdin. \
Idempotent: applying the same file again changes nothing."
    )]
    Apply {
        /// The fixture file, or - for stdin
        file: PathBuf,
        /// Create the database first when it does not exist (for CI one-liners)
        #[arg(long)]
        init: bool,
        #[command(flatten)]
        section: SectionArg,
    },
    /// Show what `seed apply` would change, object by object and field by field; changes nothing
    #[command(
        after_help = "Example:\n  sitectl seed diff tenants.toml\n  sitectl seed diff tenants.toml --exit-code --format json   # CI: exit 10 on drift\n\n\
The same checks and errors as `seed apply`. Objects the file does not mention are not reported."
    )]
    Diff {
        /// The fixture file, or - for stdin
        file: PathBuf,
        #[command(flatten)]
        section: SectionArg,
        /// Exit 10 when the database differs from the file (0 when it matches)
        #[arg(long)]
        exit_code: bool,
    },
    /// Write a fixture of the database (or of some accounts) that `seed apply` accepts
    #[command(
        after_help = "Example:\n  sitectl seed export --account acme --account globex --output tenants.toml\n  sitectl seed export --format json\n\n\
TOML by default; --format json (or --json) writes JSON. Secrets are never exported."
    )]
    Export(ExportArgs),
    /// Write a deterministic synthetic data set straight to the database
    #[command(
        after_help = "Example:\n  sitectl seed generate --accounts 10000 --sites-per-account 5 --sectors-per-site 5 --seed 1"
    )]
    Generate(GenerateArgs),
}

#[derive(Debug, Args)]
pub struct SectionArg {
    /// Read the file as CSV of this section (inferred from a name such as users.csv)
    #[arg(long, value_name = "NAME")]
    section: Option<String>,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only this account (repeatable)
    #[arg(long = "account", value_name = "SLUG")]
    accounts: Vec<String>,
    /// Write to this file instead of stdout
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,
    /// What to write the fixture as [default: toml, or json with --json or a json format setting]
    #[arg(long, value_name = "FORMAT", value_parser = FormatArg::export_parser())]
    format: Option<FormatArg>,
    /// Only this section, as CSV (with --format csv)
    #[arg(long, value_name = "NAME")]
    section: Option<String>,
}

#[derive(Debug, Args)]
pub struct GenerateArgs {
    #[arg(long)]
    accounts: u32,
    #[arg(long)]
    sites_per_account: u32,
    #[arg(long, default_value_t = 3)]
    sectors_per_site: u32,
    /// Same seed, same data
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Create the database first when it does not exist (for CI one-liners)
    #[arg(long)]
    init: bool,
}

pub fn run(cx: &mut CommandContext, cmd: SeedCommand) -> Result<(), CliError> {
    match cmd {
        SeedCommand::Apply { file, init, section } => {
            cx.create_db = init;
            let src = load(&file, section.section.as_deref())?;
            let env = |var: &str| super::context::env(var);
            let bar = cx.ui.progress();
            let report = cx.call(|s, c| seed::apply(s, c, &src, &env, &bar))?;
            match cx.ui.format {
                Format::Json | Format::Jsonl => cx.ui.record(&report)?,
                _ => cx.ui.list(&report.items, &["kind", "key", "action"])?,
            }
            let t = &report.totals;
            cx.done(&format!(
                "applied {}: {} created, {} updated, {} unchanged",
                report.file, t.created, t.updated, t.unchanged
            ));
        }
        SeedCommand::Diff { file, section, exit_code } => diff(cx, &file, section.section.as_deref(), exit_code)?,
        SeedCommand::Export(a) => {
            let accounts = a.accounts.iter().map(|s| slug(s)).collect::<Result<Vec<_>, _>>()?;
            let format = match a.format.unwrap_or(FormatArg::Data(cx.ui.format)) {
                FormatArg::Data(Format::Csv) => {
                    let Some(section) = &a.section else {
                        return Err(Error::new(
                            Code::Usage,
                            "--format csv writes one section: name it with --section (users, sites, ...)",
                        )
                        .into());
                    };
                    ExportFormat::Csv(seed::csv_section(section)?)
                }
                _ if a.section.is_some() => {
                    return Err(Error::new(Code::Usage, "--section exports CSV: add --format csv").into());
                }
                FormatArg::Data(Format::Json) => FixtureFormat::Json.into(),
                FormatArg::Data(Format::Table) | FormatArg::Toml => FixtureFormat::Toml.into(),
                // Only the global `--format` (before `seed`) or a setting gives another format.
                FormatArg::Data(other) => {
                    return Err(Error::new(
                        Code::InvalidFormat,
                        format!("seed export writes toml or json, not {other}"),
                    )
                    .into());
                }
            };
            if a.output.is_some() && cx.ui.jq.is_some() {
                // The file is the export itself; a filter would have nothing to print.
                return Err(Error::new(
                    Code::InvalidFormat,
                    "--jq filters what is printed, and --output prints nothing",
                )
                .with_hint("leave out --output to filter the export on stdout, or --jq to write the file")
                .into());
            }
            let bar = cx.ui.progress();
            match &a.output {
                Some(path) => {
                    export_to_file(cx, path, &accounts, format, &bar)?;
                    cx.ui.success(&format!("exported to {}", path.display()));
                }
                None => {
                    let (out, closed) = cx.ui.watched_stdout();
                    // CSV carries text as it is (a body may hold escape sequences); TOML and
                    // JSON escape it themselves. On a terminal it is shown neutralised, as every
                    // data format's text is.
                    let out: Box<dyn std::io::Write> = match format {
                        ExportFormat::Csv(_) if cx.ui.stdout_is_terminal() => Box::new(Neutralized(out)),
                        _ => Box::new(out),
                    };
                    let mut w = format.writer(out)?;
                    let done =
                        cx.call(|s, c| seed::export(s, c, &accounts, &mut w, &bar)).and_then(|()| Ok(w.finish()?));
                    if closed.get() {
                        return Err(CliError::BrokenPipe);
                    }
                    done?;
                }
            }
        }
        SeedCommand::Generate(a) => {
            cx.create_db = a.init;
            let input = GenerateInput {
                accounts: a.accounts,
                sites_per_account: a.sites_per_account,
                sectors_per_site: a.sectors_per_site,
                seed: a.seed,
            };
            let bar = cx.ui.progress();
            let report = cx.call(|s, c| seed::generate(s, c, input, &bar))?;
            cx.ui.record(&report)?;
            cx.done(&format!(
                "generated {} accounts, {} sites, {} sectors",
                report.accounts, report.sites, report.sectors
            ));
        }
    }
    Ok(())
}

/// `seed export -o PATH`. A new or regular file is written beside its place and renamed into it
/// once complete, so a failed export never leaves a truncated file under that name. Anything
/// else (a device such as /dev/null, a FIFO, a symbolic link) is written to in place: renaming
/// over it would replace the device or the link itself.
fn export_to_file(
    cx: &mut CommandContext,
    path: &std::path::Path,
    accounts: &[sitectl::domain::Slug],
    format: ExportFormat,
    bar: &super::ui::Bar,
) -> Result<(), CliError> {
    let io_error = |e: std::io::Error| Error::new(Code::IoError, format!("writing {}: {e}", path.display()));
    let regular_or_new = match std::fs::symlink_metadata(path) {
        Ok(m) => m.file_type().is_file(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => true,
        Err(e) => return Err(io_error(e).into()),
    };
    if !regular_or_new {
        let file = std::fs::OpenOptions::new().write(true).truncate(true).open(path).map_err(io_error)?;
        let mut w = format.writer(std::io::BufWriter::new(file))?;
        cx.call(|s, c| seed::export(s, c, accounts, &mut w, bar))?;
        w.finish()?;
        return Ok(());
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.partial-{}", std::process::id()));
    let file = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp).map_err(io_error)?;
    let mut w = format.writer(std::io::BufWriter::new(file))?;
    let written = cx
        .call(|s, c| seed::export(s, c, accounts, &mut w, bar))
        .and_then(|()| Ok(w.finish()?))
        .and_then(|_| std::fs::rename(&tmp, path).map_err(|e| io_error(e).into()));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}

/// What `seed export` writes: a whole fixture, or one section as CSV.
#[derive(Clone, Copy)]
enum ExportFormat {
    Text(FixtureFormat),
    Csv((&'static str, &'static [&'static str])),
}

impl From<FixtureFormat> for ExportFormat {
    fn from(f: FixtureFormat) -> Self {
        ExportFormat::Text(f)
    }
}

impl ExportFormat {
    fn writer<W: std::io::Write>(self, out: W) -> Result<FixtureWriter<W>, CliError> {
        Ok(match self {
            ExportFormat::Text(f) => FixtureWriter::new(out, f),
            ExportFormat::Csv((section, columns)) => FixtureWriter::csv(out, section, columns)?,
        })
    }
}

/// A CSV export on its way to a terminal: each record's text neutralised, its line breaks
/// kept. The writer hands over whole records (UTF-8), one a write.
struct Neutralized<W: std::io::Write>(W);

impl<W: std::io::Write> std::io::Write for Neutralized<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        let lines: Vec<String> = text.split('\n').map(|l| super::ui::neutralize::neutralize(l).into_owned()).collect();
        self.0.write_all(lines.join("\n").as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.0.flush()
    }
}

/// Reads a fixture: CSV of one section when `--section` names it or the file is `SECTION.csv`,
/// TOML or JSON otherwise. The section is checked before the file is read.
fn load(file: &std::path::Path, section: Option<&str>) -> Result<Source, CliError> {
    let is_csv = file.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let section = match section {
        Some(s) => Some(seed::csv_section(s)?.0),
        None if is_csv => {
            let stem = file.file_stem().map(|s| s.to_string_lossy().to_lowercase()).unwrap_or_default();
            match seed::csv_section(&stem) {
                Ok((name, _)) => Some(name),
                Err(_) => {
                    return Err(Error::new(
                        Code::Usage,
                        format!(
                            "cannot tell which section {} holds; name it with --section ({})",
                            file.display(),
                            seed::SECTIONS.join(", ")
                        ),
                    )
                    .into())
                }
            }
        }
        None => None,
    };
    let (text, name) = read_input(file)?;
    Ok(match section {
        Some(section) => Source::parse_csv(&name, text, section)?,
        None => Source::parse(&name, text)?,
    })
}

/// The diff: the whole report as JSON, an object a line as JSONL, and in a table a row per
/// changed field (an object with none, a row of its own).
/// `seed diff`: what `seed apply` would change; exit 10 with `--exit-code` when anything would.
fn diff(
    cx: &mut CommandContext,
    file: &std::path::Path,
    section: Option<&str>,
    exit_code: bool,
) -> Result<(), CliError> {
    let src = load(file, section)?;
    let env = |var: &str| super::context::env(var);
    // Opened as a dry run: a database that needs a migration is refused, not migrated.
    cx.ctx.dry_run = true;
    let report = cx.call(|s, c| seed::diff(s, c, &src, &env))?;
    match print_diff(cx, &report) {
        // A reader that left early (`| head`) still learns of the drift from the code.
        Err(CliError::BrokenPipe) if exit_code && report.differs => {
            return Err(CliError::Status(super::error::DIFFERS_EXIT))
        }
        printed => printed?,
    }
    let t = &report.totals;
    if report.differs {
        cx.ui.warn(&format!(
            "{} differs from the database: {} to create, {} to update, {} unchanged; nothing was changed",
            report.file, t.created, t.updated, t.unchanged
        ));
    } else {
        cx.ui.success(&format!("the database matches {}: {} unchanged", report.file, t.unchanged));
    }
    if exit_code && report.differs {
        return Err(CliError::Status(super::error::DIFFERS_EXIT));
    }
    Ok(())
}

fn print_diff(cx: &CommandContext, report: &seed::DiffReport) -> Result<(), CliError> {
    match cx.ui.format {
        Format::Json => Ok(cx.ui.record(report)?),
        Format::Jsonl => Ok(cx.ui.list(&report.items, &["kind", "key", "action", "changes"])?),
        _ => {
            let mut rows = Vec::new();
            for i in &report.items {
                let row = |field: &str, old: String, new: String| {
                    let (kind, key, action) = (i.kind, &i.key, i.action);
                    serde_json::json!({"kind": kind, "key": key, "action": action, "field": field, "old": old, "new": new})
                };
                if i.changes.is_empty() {
                    rows.push(row("", String::new(), String::new()));
                }
                for c in &i.changes {
                    rows.push(row(&c.field, shown(&c.old), shown(&c.new)));
                }
            }
            Ok(cx.ui.list(&rows, &["kind", "key", "action", "field", "old", "new"])?)
        }
    }
}

/// A field's value in a table: text as it is, a list as `a; b`, none as `-`.
fn shown(v: &serde_json::Value) -> String {
    use serde_json::Value;
    match v {
        Value::Null => "-".into(),
        Value::String(s) => s.clone(),
        Value::Array(list) => list.iter().map(shown).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}
