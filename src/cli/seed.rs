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
  sitectl seed generate --accounts 100 --sites-per-account 5 --sectors-per-site 3 --seed 7";

#[derive(Debug, Subcommand)]
pub enum SeedCommand {
    /// Validate a fixture (every problem, with positions), then apply it all in one transaction
    #[command(
        after_help = "Example:\n  sitectl seed apply fixtures/demo.toml\n  cat tenants.json | sitectl seed apply - --dry-run\n\n\
TOML or JSON; `-` reads stdin. Idempotent: applying the same file again changes nothing."
    )]
    Apply {
        /// The fixture file, or - for stdin
        file: PathBuf,
        /// Create the database first when it does not exist (for CI one-liners)
        #[arg(long)]
        init: bool,
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
        SeedCommand::Apply { file, init } => {
            cx.create_db = init;
            let (text, name) = read_input(&file)?;
            let src = Source::parse(&name, text)?;
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
        SeedCommand::Export(a) => {
            let accounts = a.accounts.iter().map(|s| slug(s)).collect::<Result<Vec<_>, _>>()?;
            let format = match a.format.unwrap_or(FormatArg::Data(cx.ui.format)) {
                FormatArg::Data(Format::Json) => FixtureFormat::Json,
                FormatArg::Data(Format::Table) | FormatArg::Toml => FixtureFormat::Toml,
                // Only the global `--format` (before `seed`) or a setting gives another format.
                FormatArg::Data(other) => {
                    return Err(Error::new(
                        Code::InvalidFormat,
                        format!("seed export writes toml or json, not {other}"),
                    )
                    .into());
                }
            };
            let bar = cx.ui.progress();
            match &a.output {
                Some(path) => {
                    export_to_file(cx, path, &accounts, format, &bar)?;
                    cx.ui.success(&format!("exported to {}", path.display()));
                }
                None => {
                    let (out, closed) = cx.ui.watched_stdout();
                    let mut w = FixtureWriter::new(out, format);
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
    format: FixtureFormat,
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
        let mut w = FixtureWriter::new(std::io::BufWriter::new(file), format);
        cx.call(|s, c| seed::export(s, c, accounts, &mut w, bar))?;
        w.finish()?;
        return Ok(());
    }
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.partial-{}", std::process::id()));
    let file = std::fs::OpenOptions::new().write(true).create_new(true).open(&tmp).map_err(io_error)?;
    let mut w = FixtureWriter::new(std::io::BufWriter::new(file), format);
    let written = cx
        .call(|s, c| seed::export(s, c, accounts, &mut w, bar))
        .and_then(|()| Ok(w.finish()?))
        .and_then(|_| std::fs::rename(&tmp, path).map_err(|e| io_error(e).into()));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    written
}
