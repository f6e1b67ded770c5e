//! Settings: built-in defaults < config file < `[profiles.NAME]` < environment < flags.
//!
//! This module only combines layers it is given; the binary reads the environment and flags and
//! hands them in, so tests can build any combination. Every resolved value remembers where it
//! came from, for `sitectl config show`.

use crate::domain::clip;
use crate::error::Code;
use crate::store::Location;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

crate::domain::string_enum!(
    /// The output format of data on stdout (TOML is `seed export`'s own `--format`, not one of these).
    Format, InvalidFormat, {
        Table => "table", Json => "json", Jsonl => "jsonl", Csv => "csv", Ids => "ids",
    }
);

impl Format {
    pub fn is_machine(self) -> bool {
        matches!(self, Format::Json | Format::Jsonl)
    }
}

crate::domain::string_enum!(
    /// Whether to colour stderr.
    ColorChoice, InvalidColor, { Auto => "auto", Always => "always", Never => "never" }
);

/// Where a setting's value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Default,
    File(PathBuf),
    Profile(String),
    Env(&'static str),
    Flag(&'static str),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Default => f.write_str("default"),
            Source::File(p) => write!(f, "file {}", p.display()),
            Source::Profile(name) => write!(f, "profile {name}"),
            Source::Env(var) => write!(f, "env {var}"),
            Source::Flag(flag) => write!(f, "flag {flag}"),
        }
    }
}

/// A resolved value and its origin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting<T> {
    pub value: T,
    pub source: Source,
}

/// The keys a config file or a profile may set.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layer {
    pub db: Option<PathBuf>,
    /// The acting user (`--as`).
    pub actor: Option<String>,
    pub format: Option<Format>,
    pub color: Option<ColorChoice>,
    pub busy_timeout_ms: Option<u64>,
    /// A file holding the key that encrypts secrets (so a shared database can be shared with it).
    pub secret_key_file: Option<PathBuf>,
    /// How long one request to WordPress may take.
    pub http_timeout_ms: Option<u64>,
    /// PostgreSQL: how long one statement may run.
    pub statement_timeout_ms: Option<u64>,
}

/// A config file: top-level keys plus named profiles.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    #[serde(flatten)]
    pub base: Layer,
    #[serde(default)]
    pub profiles: BTreeMap<String, Layer>,
}

impl FileConfig {
    /// Parses a config file; errors name the file, the line and the offending key.
    pub fn parse(text: &str, path: &Path) -> Result<FileConfig> {
        // `deny_unknown_fields` does not combine with `flatten`, so unknown top-level keys are
        // checked against the known list first.
        let table: toml::Table = toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
        const KNOWN: &[&str] = &[
            "db",
            "actor",
            "format",
            "color",
            "busy_timeout_ms",
            "secret_key_file",
            "http_timeout_ms",
            "statement_timeout_ms",
            "profiles",
        ];
        if let Some(key) = table.keys().find(|k| !KNOWN.contains(&k.as_str())) {
            let line = line_of_key(text, key).map_or(String::new(), |n| format!(" at line {n}"));
            return Err(config_error(path, &format!("unknown key `{key}`{line}; known keys: {}", KNOWN.join(", "))));
        }
        check_number_types(&table, text, path)?;
        let config: FileConfig = toml::from_str(text).map_err(|e| toml_error(path, text, &e))?;
        for (name, layer) in
            std::iter::once(("", &config.base)).chain(config.profiles.iter().map(|(k, v)| (k.as_str(), v)))
        {
            let at = if name.is_empty() { String::new() } else { format!(" in [profiles.{name}]") };
            for (key, value) in layer.numbers() {
                if let Some(v) = value {
                    check_millis(v).map_err(|e| {
                        Error::new(
                            Code::InvalidNumber,
                            format!("invalid config file {}: `{key}`{at}: {}", path.display(), e.message),
                        )
                        .with_hint("give a number of milliseconds below 2^31")
                    })?;
                }
            }
        }
        Ok(config)
    }
}

/// Every key that holds a number of milliseconds.
const MILLIS_KEYS: [&str; 3] = ["busy_timeout_ms", "http_timeout_ms", "statement_timeout_ms"];

/// A number setting that is not a whole number from 0 up, named by its key and line: the
/// deserializer alone reports such a value at line 1 without the key (profiles are flattened).
/// A string's text is never quoted: it could be anything, a password included.
fn check_number_types(table: &toml::Table, text: &str, path: &Path) -> Result<()> {
    let profiles = table.get("profiles").and_then(toml::Value::as_table);
    let layers = std::iter::once(("", table)).chain(
        profiles.into_iter().flat_map(|p| p.iter().filter_map(|(name, v)| Some((name.as_str(), v.as_table()?)))),
    );
    for (name, layer) in layers {
        for key in MILLIS_KEYS {
            let (code, what) = match layer.get(key) {
                None | Some(toml::Value::Integer(0..)) => continue,
                Some(toml::Value::Integer(n)) => (Code::InvalidNumber, format!("{n} is below 0")),
                Some(toml::Value::Float(f)) => (Code::InvalidNumber, format!("{f} is not a whole number")),
                Some(other) => (Code::ConfigInvalid, format!("a {} is not a number", other.type_str())),
            };
            let at = if name.is_empty() { String::new() } else { format!(" in [profiles.{}]", clip(name, 40)) };
            let line = line_of_key(text, key).map_or(String::new(), |n| format!(" (line {n})"));
            return Err(Error::new(code, format!("invalid config file {}: `{key}`{at}{line}: {what}", path.display()))
                .with_hint(format!("give `{key}` a whole number of milliseconds from 0 to {MAX_MILLIS}")));
        }
    }
    Ok(())
}

/// A TOML error; an integer beyond TOML's own range is a number out of range like any other.
/// The parser's error is not kept as a cause: its text quotes the file's line, which may hold
/// a password (see [`toml_message`]); its message and position are in the error already.
fn toml_error(path: &Path, text: &str, e: &toml::de::Error) -> Error {
    let mut err = config_error(path, &toml_message(text, e));
    if e.message().contains("too large") {
        err.code = Code::InvalidNumber;
    }
    err
}

/// A TOML error as its message and position, never the excerpt of the file the library adds:
/// the line could be `db = "postgresql://user:PASSWORD@..."`. Anything URL-like left in the
/// message is masked too.
fn toml_message(text: &str, e: &toml::de::Error) -> String {
    let position = e.span().map(|span| {
        let before = &text[..span.start.min(text.len())];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        format!(" at line {line}, column {column}")
    });
    let mut message = crate::store::mask_secrets(e.message().trim_end());
    for secret in crate::store::loose_passwords(text) {
        message = message.replace(&secret, "***");
    }
    format!("{message}{}", position.unwrap_or_default())
}

impl Layer {
    /// Every number of milliseconds this layer may set, by key.
    fn numbers(&self) -> [(&'static str, Option<u64>); 3] {
        [
            ("busy_timeout_ms", self.busy_timeout_ms),
            ("http_timeout_ms", self.http_timeout_ms),
            ("statement_timeout_ms", self.statement_timeout_ms),
        ]
    }
}

/// The largest number of milliseconds any setting takes: SQLite's busy timeout and
/// PostgreSQL's timeouts are 32-bit signed.
pub const MAX_MILLIS: u64 = i32::MAX as u64;

/// The first 40 characters (never a cut inside one).
fn check_millis(v: u64) -> Result<u64> {
    if v > MAX_MILLIS {
        return Err(Error::new(
            Code::InvalidNumber,
            format!("{v} milliseconds is more than the largest allowed, {MAX_MILLIS} (about 24.8 days)"),
        ));
    }
    Ok(v)
}

fn line_of_key(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            let l = l.trim_start();
            l.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}

fn config_error(path: &Path, message: &str) -> Error {
    Error::new(Code::ConfigInvalid, format!("invalid config file {}: {}", path.display(), message.trim_end()))
        .with_hint("fix or remove the key; `sitectl config show` lists the settings")
}

/// Values from the environment (read by the binary).
#[derive(Debug, Clone, Default)]
pub struct EnvLayer {
    pub db: Option<String>,
    pub actor: Option<String>,
    pub format: Option<String>,
    pub busy_timeout_ms: Option<String>,
    pub secret_key_file: Option<String>,
    pub http_timeout_ms: Option<String>,
    pub statement_timeout_ms: Option<String>,
    /// `NO_COLOR` set and non-empty.
    pub no_color: bool,
    /// `CLICOLOR_FORCE` set and not "0".
    pub clicolor_force: bool,
}

/// Values from flags.
#[derive(Debug, Clone, Default)]
pub struct FlagLayer {
    pub db: Option<PathBuf>,
    pub actor: Option<String>,
    pub format: Option<Format>,
    pub color: Option<ColorChoice>,
}

/// Everything the resolver needs.
#[derive(Debug, Clone)]
pub struct Inputs {
    pub default_db: PathBuf,
    /// The config file and where its path came from; `None` when there is none.
    pub file: Option<(PathBuf, Source, FileConfig)>,
    pub profile: Option<Setting<String>>,
    pub env: EnvLayer,
    pub flags: FlagLayer,
}

/// The effective settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub config_file: Setting<Option<PathBuf>>,
    pub profile: Setting<Option<String>>,
    /// A file (SQLite) or a PostgreSQL URL; displayed with any password masked.
    pub db: Setting<Location>,
    pub actor: Setting<Option<String>>,
    pub format: Setting<Format>,
    pub color: Setting<ColorChoice>,
    pub busy_timeout_ms: Setting<u64>,
    pub secret_key_file: Setting<Option<PathBuf>>,
    pub http_timeout_ms: Setting<u64>,
    pub statement_timeout_ms: Setting<u64>,
}

/// The busy timeout when nothing sets one: long enough for a burst of writers on one file.
pub const DEFAULT_BUSY_TIMEOUT_MS: u64 = 5_000;

/// How long one request to WordPress may take when nothing sets it.
pub const DEFAULT_HTTP_TIMEOUT_MS: u64 = 30_000;

/// How long one PostgreSQL statement may run when nothing sets it (the store's default).
pub const DEFAULT_STATEMENT_TIMEOUT_MS: u64 = crate::store::DEFAULT_STATEMENT_TIMEOUT_MS;

/// Picks the highest layer that sets a value.
struct Picker<'a> {
    file: Option<(&'a Layer, Source)>,
    profile: Option<(&'a Layer, Source)>,
}

impl Picker<'_> {
    fn pick<T: Clone>(&self, get: impl Fn(&Layer) -> Option<T>, default: T) -> Setting<T> {
        for (layer, source) in [&self.profile, &self.file].into_iter().flatten() {
            if let Some(value) = get(layer) {
                return Setting { value, source: source.clone() };
            }
        }
        Setting { value: default, source: Source::Default }
    }
}

fn parse_env<T: FromStr<Err = Error>>(var: &'static str, raw: &Option<String>) -> Result<Option<Setting<T>>> {
    match raw.as_deref().filter(|v| !v.is_empty()) {
        None => Ok(None),
        Some(v) => v.parse().map(|value| Some(Setting { value, source: Source::Env(var) })).map_err(|e: Error| {
            // A number out of range keeps its own code; anything else is a bad variable.
            let code = if e.code == Code::InvalidNumber { Code::InvalidNumber } else { Code::InvalidEnv };
            Error::new(code, format!("{var}: {}", e.message)).with_hint(e.hint.clone().unwrap_or_default())
        }),
    }
}

/// Newtype so `u64` parses with our error type.
struct Millis(u64);

impl FromStr for Millis {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::new(Code::InvalidEnv, format!("{s:?} is not a number of milliseconds")));
        }
        // All digits: only its size can be wrong.
        let v: u64 = s.parse().map_err(|_| {
            Error::new(
                Code::InvalidNumber,
                format!("{} milliseconds is more than the largest allowed, {MAX_MILLIS}", clip(s, 40)),
            )
        })?;
        check_millis(v).map(Millis)
    }
}

/// Combines the layers. Fails on a profile the file does not define.
pub fn resolve(inputs: Inputs) -> Result<Settings> {
    let (config_file, file_layer, profiles) = match &inputs.file {
        Some((path, source, cfg)) => (
            Setting { value: Some(path.clone()), source: source.clone() },
            Some((&cfg.base, Source::File(path.clone()))),
            Some(&cfg.profiles),
        ),
        None => (Setting { value: None, source: Source::Default }, None, None),
    };
    let profile_layer = match &inputs.profile {
        None => None,
        Some(p) => match profiles.and_then(|ps| ps.get(&p.value)) {
            Some(layer) => Some((layer, Source::Profile(p.value.clone()))),
            None => {
                let known: Vec<&String> = profiles.map(|ps| ps.keys().collect()).unwrap_or_default();
                return Err(Error::new(
                    Code::UnknownProfile,
                    format!("profile '{}' is not defined in the config file", p.value),
                )
                .with_hint(if known.is_empty() {
                    "define it as [profiles.NAME] in the config file".to_string()
                } else {
                    format!("defined profiles: {}", known.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", "))
                }));
            }
        },
    };
    let picker = Picker { file: file_layer, profile: profile_layer };
    let env = &inputs.env;
    let flags = &inputs.flags;

    let mut db = picker.pick(|l| l.db.clone(), inputs.default_db.clone());
    if let Some(v) = env.db.as_ref().filter(|v| !v.is_empty()) {
        db = Setting { value: PathBuf::from(v), source: Source::Env("SITECTL_DB") };
    }
    if let Some(v) = &flags.db {
        db = Setting { value: v.clone(), source: Source::Flag("--db") };
    }

    // An acting user that is set but empty is an error, never "the operator": a script whose
    // variable came out empty must not gain operator rights.
    let mut actor = picker.pick(|l| l.actor.clone().map(Some), None);
    if let Some(v) = &env.actor {
        actor = Setting { value: Some(v.clone()), source: Source::Env("SITECTL_AS") };
    }
    if let Some(v) = &flags.actor {
        actor = Setting { value: Some(v.clone()), source: Source::Flag("--as") };
    }
    if actor.value.as_deref().is_some_and(|a| a.trim().is_empty()) {
        return Err(Error::new(Code::EmptyActor, format!("the acting user from {} is empty", actor.source))
            .with_hint("name a user's email, or unset it to act as the operator"));
    }

    let mut format = picker.pick(|l| l.format, Format::Table);
    if let Some(s) = parse_env("SITECTL_FORMAT", &env.format)? {
        format = s;
    }
    if let Some(v) = flags.format {
        format = Setting { value: v, source: Source::Flag("--format") };
    }

    let mut color = picker.pick(|l| l.color, ColorChoice::Auto);
    if env.clicolor_force {
        color = Setting { value: ColorChoice::Always, source: Source::Env("CLICOLOR_FORCE") };
    }
    if env.no_color {
        color = Setting { value: ColorChoice::Never, source: Source::Env("NO_COLOR") };
    }
    if let Some(v) = flags.color {
        color = Setting { value: v, source: Source::Flag("--color") };
    }

    let mut busy_timeout_ms = picker.pick(|l| l.busy_timeout_ms, DEFAULT_BUSY_TIMEOUT_MS);
    if let Some(s) = parse_env::<Millis>("SITECTL_BUSY_TIMEOUT_MS", &env.busy_timeout_ms)? {
        busy_timeout_ms = Setting { value: s.value.0, source: s.source };
    }

    let mut secret_key_file = picker.pick(|l| l.secret_key_file.clone().map(Some), None);
    if let Some(v) = env.secret_key_file.as_ref().filter(|v| !v.is_empty()) {
        secret_key_file = Setting { value: Some(PathBuf::from(v)), source: Source::Env("SITECTL_SECRET_KEY_FILE") };
    }

    let mut http_timeout_ms = picker.pick(|l| l.http_timeout_ms, DEFAULT_HTTP_TIMEOUT_MS);
    if let Some(s) = parse_env::<Millis>("SITECTL_HTTP_TIMEOUT_MS", &env.http_timeout_ms)? {
        http_timeout_ms = Setting { value: s.value.0, source: s.source };
    }

    let mut statement_timeout_ms = picker.pick(|l| l.statement_timeout_ms, DEFAULT_STATEMENT_TIMEOUT_MS);
    if let Some(s) = parse_env::<Millis>("SITECTL_STATEMENT_TIMEOUT_MS", &env.statement_timeout_ms)? {
        statement_timeout_ms = Setting { value: s.value.0, source: s.source };
    }

    let profile = match inputs.profile {
        Some(p) => Setting { value: Some(p.value), source: p.source },
        None => Setting { value: None, source: Source::Default },
    };
    let db = Setting {
        value: Location::from_path(&db.value)
            .map_err(|e| e.with_hint(format!("the database comes from {}", db.source)))?,
        source: db.source,
    };
    Ok(Settings {
        config_file,
        profile,
        db,
        actor,
        format,
        color,
        busy_timeout_ms,
        secret_key_file,
        http_timeout_ms,
        statement_timeout_ms,
    })
}

/// One row of `config show`.
#[derive(Debug, Clone, Serialize)]
pub struct SettingRow {
    pub key: &'static str,
    pub value: String,
    pub source: String,
}

impl Settings {
    /// The settings as rows of key, value and source.
    pub fn rows(&self) -> Vec<SettingRow> {
        fn row<T>(key: &'static str, s: &Setting<T>, show: impl Fn(&T) -> String) -> SettingRow {
            SettingRow { key, value: show(&s.value), source: s.source.to_string() }
        }
        let opt_path = |p: &Option<PathBuf>| p.as_ref().map_or(String::new(), |p| p.display().to_string());
        vec![
            row("config_file", &self.config_file, opt_path),
            row("profile", &self.profile, |p| p.clone().unwrap_or_default()),
            row("db", &self.db, ToString::to_string),
            row("actor", &self.actor, |a| a.clone().unwrap_or_default()),
            row("format", &self.format, ToString::to_string),
            row("color", &self.color, ToString::to_string),
            row("busy_timeout_ms", &self.busy_timeout_ms, ToString::to_string),
            row("secret_key_file", &self.secret_key_file, opt_path),
            row("http_timeout_ms", &self.http_timeout_ms, ToString::to_string),
            row("statement_timeout_ms", &self.statement_timeout_ms, ToString::to_string),
        ]
    }
}

#[cfg(test)]
mod tests;
