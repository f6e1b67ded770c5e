//! Argument helpers shared by the command groups: parsers for the library's values, the
//! `--if-exists` flag, the `--active`/`--inactive` pair, and reading a file argument. Nothing
//! here runs a use case.

use std::str::FromStr;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::Args;
use sitectl::bounded;
use sitectl::domain::{Email, IfExists, SiteRef, Slug, Vocabulary};
use sitectl::Error;

use super::CliError;

/// A clap parser for one of our vocabularies: its possible values (help, completions, checks)
/// come from the type's own list, so they cannot drift from what the type accepts.
pub fn enum_parser<T>() -> impl TypedValueParser<Value = T>
where
    T: Vocabulary + Send + Sync,
{
    PossibleValuesParser::new(T::ALL.iter().map(|v| v.as_str()))
        .try_map(|s: String| T::from_name(&s).ok_or_else(|| format!("{s:?} is not a value of this option")))
}

/// A `--format` value. The global option takes the data formats; `seed export` has its own
/// option of that name (clap then gives it that command's `--format`), which also takes TOML.
/// Both must hold one type: clap carries a global option's value between a command and its
/// subcommands by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatArg {
    Data(sitectl::config::Format),
    /// `seed export --format toml`.
    Toml,
}

impl FormatArg {
    /// The global `--format` (`table`, `json`, `jsonl`, `csv`, `ids`).
    pub fn global_parser() -> impl TypedValueParser<Value = FormatArg> {
        enum_parser::<sitectl::config::Format>().map(FormatArg::Data)
    }

    /// `seed export --format`: what a fixture is written as (`table`, the default format of
    /// every command, writes TOML here, as it always did).
    pub fn export_parser() -> impl TypedValueParser<Value = FormatArg> {
        let table = clap::builder::PossibleValue::new("table").hide(true);
        PossibleValuesParser::new([clap::builder::PossibleValue::new("toml"), "json".into(), "csv".into(), table]).map(
            |s: String| match s.as_str() {
                "toml" | "table" => FormatArg::Toml,
                "csv" => FormatArg::Data(sitectl::config::Format::Csv),
                _ => FormatArg::Data(sitectl::config::Format::Json),
            },
        )
    }
}

/// Parses a value the library validates (slug, email, site reference); failures are exit 4.
pub fn parse<T: FromStr<Err = Error>>(s: &str) -> Result<T, CliError> {
    Ok(s.parse::<T>()?)
}

pub fn slug(s: &str) -> Result<Slug, CliError> {
    parse(s)
}

pub fn email(s: &str) -> Result<Email, CliError> {
    parse(s)
}

pub fn site_ref(s: &str) -> Result<SiteRef, CliError> {
    parse(s)
}

/// `--if-exists error|skip|update`, shared by every create command.
#[derive(Debug, Clone, Args)]
pub struct IfExistsArg {
    /// What to do when it already exists
    #[arg(long, value_name = "MODE", default_value = "error",
          value_parser = enum_parser::<IfExists>())]
    pub if_exists: IfExists,
}

/// `--active`/`--inactive` pair as a tri-state.
pub fn flag_pair(on: bool, off: bool) -> Option<bool> {
    match (on, off) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    }
}

/// Reads a file argument (`-` is stdin) as UTF-8 text, up to [`bounded::DATA_FILE_BYTES`].
pub fn read_input(file: &std::path::Path) -> Result<(String, String), CliError> {
    if file.as_os_str() == "-" {
        let name = "<stdin>".to_string();
        return Ok((bounded::read_text(std::io::stdin().lock(), bounded::DATA_FILE_BYTES, &name)?, name));
    }
    Ok((bounded::read_file_text(file, bounded::DATA_FILE_BYTES)?, file.display().to_string()))
}

/// `--limit N --after ID`: one page of a list, for walking a fleet in chunks.
#[derive(Debug, Clone, Args)]
pub struct PageArgs {
    /// At most this many records
    #[arg(long, value_name = "N")]
    pub limit: Option<u32>,
    /// Only records with an id above this one: pass the last id of the previous page
    #[arg(long, value_name = "ID", value_parser = clap::value_parser!(i64).range(0..))]
    pub after: Option<i64>,
}

impl PageArgs {
    pub fn page(&self) -> sitectl::domain::Page {
        sitectl::domain::Page { after: self.after, limit: self.limit.map(i64::from) }
    }
}

/// An RFC 3339 time as every stored time is written: UTC, whole seconds.
pub fn parse_time(value: &str) -> Option<String> {
    let t = chrono::DateTime::parse_from_rfc3339(value).ok()?;
    Some(t.with_timezone(&chrono::Utc).to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

/// A time argument such as `--at`: RFC 3339, stored in UTC.
pub fn rfc3339(value: &str) -> Result<String, CliError> {
    parse_time(value).ok_or_else(|| {
        sitectl::Error::new(sitectl::Code::InvalidTime, format!("invalid time {value:?}"))
            .with_hint("use an RFC 3339 time such as 2026-12-01T08:00:00Z")
            .into()
    })
}
