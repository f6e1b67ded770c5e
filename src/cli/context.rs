//! The command context: the only place that reads environment variables. It resolves settings,
//! builds the `Ui` and the library's `Ctx`, and opens the database only when a command asks for
//! it, so `--help`, `completions` and `config show` work whatever state the database is in.

use sitectl::Code;
use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use sitectl::config::{self, ColorChoice, EnvLayer, FileConfig, FlagLayer, Format, Inputs, Setting, Settings, Source};
use sitectl::domain::Email;
use sitectl::ops::Ctx;
use sitectl::secrets::KeySource;
use sitectl::store::{OpenOptions, Store};
use sitectl::wordpress::HttpSettings;
use sitectl::Error;

use super::args::FormatArg;
use super::error::CliError;
use super::ui::Ui;
use super::GlobalArgs;

/// The process's arguments, the program name first. Read here once: clap parses them, and an
/// early failure looks at them raw (for `--json`) and remembers any password in them.
#[allow(clippy::disallowed_methods)] // this file is the one edge that reads the process
pub fn args() -> Vec<OsString> {
    std::env::args_os().collect()
}

/// An environment variable (for values a command names, such as a fixture's `*_env` keys).
#[allow(clippy::disallowed_methods)] // this file is the one edge that reads the environment
pub fn env(name: &str) -> Option<String> {
    std::env::var(name).ok()
}

fn env_flag(name: &str) -> bool {
    env(name).is_some_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

/// Whether errors should be printed as JSON, decided from flags and environment alone so that
/// it also holds for failures before the settings are resolved.
pub fn machine_errors(global: Option<&GlobalArgs>) -> bool {
    if env("SITECTL_ERROR_FORMAT").as_deref() == Some("json") {
        return true;
    }
    if let Some(g) = global {
        if g.json || g.jq.is_some() || matches!(g.format, Some(FormatArg::Data(f)) if f.is_machine()) {
            return true;
        }
        if g.format.is_some() {
            return false;
        }
    }
    env("SITECTL_FORMAT").is_some_and(|f| f == "json" || f == "jsonl")
}

/// Whether stderr should be coloured before settings exist (used for early errors).
pub fn early_color(flag: Option<ColorChoice>) -> bool {
    match flag {
        Some(ColorChoice::Always) => true,
        Some(ColorChoice::Never) => false,
        _ if env("NO_COLOR").is_some_and(|v| !v.is_empty()) => false,
        _ if env_flag("CLICOLOR_FORCE") => true,
        _ => auto_color(),
    }
}

/// `--color auto`: colour when stderr is a terminal that is not dumb.
fn auto_color() -> bool {
    std::io::stderr().is_terminal() && env("TERM").as_deref() != Some("dumb")
}

/// The login name of this process's user when the environment does not say (cron, CI):
/// the real uid from /proc, looked up in /etc/passwd.
fn os_user_from_uid() -> Option<String> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let uid = status.lines().find_map(|l| l.strip_prefix("Uid:"))?.split_whitespace().next()?.to_string();
    let passwd = std::fs::read_to_string("/etc/passwd").unwrap_or_default();
    let name = passwd.lines().find_map(|l| {
        let f: Vec<&str> = l.split(':').collect();
        (f.len() > 2 && f[2] == uid).then(|| f[0].to_string())
    });
    Some(name.unwrap_or_else(|| format!("uid:{uid}")))
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "sitectl")
}

/// The folder holding `config.toml` (and the secret key file).
pub fn config_dir() -> PathBuf {
    project_dirs().map_or_else(|| PathBuf::from(".sitectl"), |d| d.config_dir().to_path_buf())
}

fn default_db() -> PathBuf {
    project_dirs().map_or_else(|| PathBuf::from("sitectl.db"), |d| d.data_dir().join("sitectl.db"))
}

/// Before anything is parsed: whatever in the command line, `SITECTL_DB` or
/// `SITECTL_DB_PASSWORD` could be a database password is remembered, so no error (clap's
/// included) and no panic prints it.
#[allow(clippy::disallowed_methods)] // the edge reads `SITECTL_DB` raw: a non-UTF-8 value still hides
pub fn remember_secrets(args: &[OsString]) {
    for value in args.iter().cloned().chain(std::env::var_os("SITECTL_DB")) {
        super::error::remember_secrets_in(&value.to_string_lossy());
    }
    if let Some(pw) = env("SITECTL_DB_PASSWORD") {
        super::error::remember_password(&pw);
    }
}

/// Reads the layers and resolves the settings.
pub fn settings(global: &GlobalArgs) -> Result<Settings, CliError> {
    let (config_path, config_source, explicit) = match (&global.config, env("SITECTL_CONFIG").filter(|v| !v.is_empty()))
    {
        (Some(p), _) => (p.clone(), Source::Flag("--config"), true),
        (None, Some(p)) => (PathBuf::from(p), Source::Env("SITECTL_CONFIG"), true),
        (None, None) => (config_dir().join("config.toml"), Source::Default, false),
    };
    let file = match sitectl::bounded::read_file_text(&config_path, sitectl::bounded::CONFIG_FILE_BYTES) {
        Ok(text) => Some((config_path.clone(), config_source, FileConfig::parse(&text, &config_path)?)),
        Err(e) if e.kind == sitectl::ErrorKind::NotFound && !explicit => None,
        Err(e) => {
            return Err(Error::new(Code::ConfigUnreadable, format!("config file: {}", e.message))
                .with_hint("check --config / SITECTL_CONFIG")
                .into())
        }
    };
    let profile = match (&global.profile, env("SITECTL_PROFILE").filter(|v| !v.is_empty())) {
        (Some(p), _) => Some(Setting { value: p.clone(), source: Source::Flag("--profile") }),
        (None, Some(p)) => Some(Setting { value: p, source: Source::Env("SITECTL_PROFILE") }),
        (None, None) => None,
    };
    let env_layer = EnvLayer {
        db: env("SITECTL_DB"),
        actor: env("SITECTL_AS"),
        format: env("SITECTL_FORMAT"),
        busy_timeout_ms: env("SITECTL_BUSY_TIMEOUT_MS"),
        secret_key_file: env("SITECTL_SECRET_KEY_FILE"),
        http_timeout_ms: env("SITECTL_HTTP_TIMEOUT_MS"),
        statement_timeout_ms: env("SITECTL_STATEMENT_TIMEOUT_MS"),
        no_color: env("NO_COLOR").is_some_and(|v| !v.is_empty()),
        clicolor_force: env_flag("CLICOLOR_FORCE"),
    };
    let flags = FlagLayer {
        db: global.db.clone(),
        actor: global.as_user.clone(),
        // `seed export --format toml` reaches here too (clap carries it up by name): for every
        // other output it is the table format, as TOML always was.
        // `--jq` filters JSON: without a format flag it selects JSON, whatever the environment,
        // profile or config say (a flag wins over them); with a flag, it must be a JSON one.
        format: if global.json || (global.jq.is_some() && global.format.is_none()) {
            Some(Format::Json)
        } else {
            global.format.map(|f| match f {
                FormatArg::Data(f) => f,
                FormatArg::Toml => Format::Table,
            })
        },
        color: global.color,
    };
    let settings = config::resolve(Inputs { default_db: default_db(), file, profile, env: env_layer, flags })?;
    if let Some(pw) = settings.db.value.password() {
        super::error::remember_password(pw);
    }
    Ok(settings)
}

/// `SITECTL_NOW` (a testing aid): every timestamp the command writes is this RFC 3339 time, so
/// tests compare whole states without masking times and never wait for the clock to move.
fn fixed_clock() -> Result<Option<String>, CliError> {
    let Some(value) = env("SITECTL_NOW").filter(|v| !v.is_empty()) else { return Ok(None) };
    let t = chrono::DateTime::parse_from_rfc3339(&value).map_err(|e| {
        Error::new(sitectl::Code::InvalidEnv, format!("SITECTL_NOW: {value:?} is not an RFC 3339 time ({e})"))
            .with_hint("e.g. SITECTL_NOW=2026-01-01T00:00:00Z, or unset it")
    })?;
    Ok(Some(t.with_timezone(&chrono::Utc).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)))
}

/// What one command run works with.
pub struct CommandContext {
    pub settings: Settings,
    pub ui: Ui,
    pub ctx: Ctx,
    /// Whether opening may create the database (`db init`, `--init`); nothing else creates one.
    pub create_db: bool,
    store: Option<Store>,
}

impl CommandContext {
    pub fn new(global: &GlobalArgs, command: String) -> Result<CommandContext, CliError> {
        let settings = settings(global)?;
        let color = match settings.color.value {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => auto_color(),
        };
        let mut ui = Ui::new(settings.format.value, color);
        let now = fixed_clock()?;
        if let Some(t) = now.as_deref().and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok()) {
            ui.now = t.into();
        }
        ui.fields = match &global.fields {
            None => None,
            Some(f) => {
                let fields: Vec<String> =
                    f.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect();
                if fields.is_empty() {
                    return Err(Error::new(Code::EmptyFields, format!("--fields {f:?} names no field"))
                        .with_hint("list field names separated by commas, e.g. --fields id,slug")
                        .into());
                }
                Some(fields)
            }
        };
        ui.machine_errors = machine_errors(Some(global));
        if let Some(expr) = &global.jq {
            if !matches!(global.format, None | Some(FormatArg::Data(Format::Json | Format::Jsonl))) {
                return Err(Error::new(Code::InvalidFormat, "--jq filters JSON: it takes --format json or jsonl")
                    .with_hint("leave out --format (--jq selects json), or use --format jsonl to filter each line")
                    .into());
            }
            ui.jq = Some(std::rc::Rc::new(super::ui::jq::Jq::start(expr)?));
        }
        ui.columns = env("COLUMNS").and_then(|c| c.trim().parse::<usize>().ok());
        ui.porcelain = global.porcelain;
        ui.quiet = global.quiet;
        ui.verbose = global.verbose;
        ui.yes = global.yes;
        ui.no_input = global.no_input || env_flag("SITECTL_NO_INPUT");
        let actor = match &settings.actor.value {
            Some(a) => Some(
                a.parse::<Email>()
                    .map_err(|e| e.with_hint(format!("the acting user comes from {}", settings.actor.source)))?,
            ),
            None => None,
        };
        let os_user = env("USER")
            .or_else(|| env("LOGNAME"))
            .or_else(|| env("USERNAME"))
            .or_else(os_user_from_uid)
            .unwrap_or_else(|| "unknown".into());
        let secrets = KeySource {
            inline: env("SITECTL_SECRET_KEY").filter(|v| !v.is_empty()),
            file: Some(settings.secret_key_file.value.clone().unwrap_or_else(|| config_dir().join("secret.key"))),
        };
        let http =
            HttpSettings { timeout: Duration::from_millis(settings.http_timeout_ms.value), ..HttpSettings::default() };
        let ctx = Ctx { actor, os_user, command, dry_run: global.dry_run, now, secrets, http };
        Ok(CommandContext { settings, ui, ctx, create_db: false, store: None })
    }

    /// Prints a detail record: its designed view on a terminal (with the object's recent audit
    /// rows when the acting user may read them), else the record in the chosen format.
    pub fn detail<T: serde::Serialize>(
        &mut self,
        item: &T,
        kind: super::view::ViewKind,
        audit_target: Option<sitectl::domain::AuditSubject>,
    ) -> Result<(), CliError> {
        if !self.ui.wants_view() {
            return self.ui.record(item);
        }
        let audit: Vec<serde_json::Value> = match audit_target {
            Some(target) => {
                let q = sitectl::ops::audit::AuditQuery {
                    target: Some(target.to_string()),
                    limit: Some(5),
                    ..Default::default()
                };
                // Tenants may not read the audit log: their view simply has no such section.
                let rows = self.call(|s, c| sitectl::ops::audit::list_audit(s, c, &q)).unwrap_or_default();
                rows.iter().filter_map(|r| serde_json::to_value(r).ok()).collect()
            }
            None => Vec::new(),
        };
        self.ui.view(item, kind, &audit)
    }

    /// The database, opened (and migrated) on first use.
    pub fn store(&mut self) -> Result<&mut Store, CliError> {
        if self.store.is_none() {
            let options = OpenOptions { create: self.create_db, ..self.open_options() };
            let location = &self.settings.db.value;
            // A dry run of `--init` on a missing database validates against a private one in
            // memory: it shows what would happen and leaves no file behind.
            let store = if self.create_db && self.ctx.dry_run && Store::schema_version_at(location, &options)?.is_none()
            {
                Store::open_in_memory()?
            } else {
                Store::open(location, options)?
            };
            self.ui.info(&format!("database: {location}"));
            self.store = Some(store);
        }
        Ok(self.store.as_mut().expect("opened above"))
    }

    /// How this command opens its database: busy timeout, dry run, clock, and the PostgreSQL
    /// password sources (`SITECTL_DB_PASSWORD`, then `PGPASSFILE` or `~/.pgpass`).
    pub fn open_options(&self) -> OpenOptions {
        let pgpass = env("PGPASSFILE")
            .map(PathBuf::from)
            .or_else(|| directories::BaseDirs::new().map(|d| d.home_dir().join(".pgpass")));
        OpenOptions {
            busy_timeout: Duration::from_millis(self.settings.busy_timeout_ms.value),
            create: false,
            dry_run: self.ctx.dry_run,
            now: self.ctx.now.clone(),
            db_password: env("SITECTL_DB_PASSWORD").filter(|v| !v.is_empty()),
            pgpass_file: pgpass,
            os_user: self.ctx.os_user.clone(),
            statement_timeout: Duration::from_millis(self.settings.statement_timeout_ms.value),
            // The server keeps 63 bytes of it; the command path is short ASCII.
            application_name: format!("sitectl {}", self.ctx.command).chars().take(63).collect(),
        }
    }

    /// Opens another connection to the same database (for workers of a batch).
    pub fn store_opener(&self) -> impl Fn() -> sitectl::Result<Store> + Sync {
        let location = self.settings.db.value.clone();
        let options = self.open_options();
        move || Store::open(&location, options.clone())
    }

    /// From now on, Ctrl-C (SIGINT) or SIGTERM ends the process with exit 130 after marking this
    /// process's running syncs as interrupted, so no integration is left `syncing`.
    pub fn stop_syncs_on_interrupt(&self) {
        use signal_hook::consts::{SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else { return };
        let open = self.store_opener();
        let ctx = self.ctx.clone();
        std::thread::spawn(move || {
            if signals.forever().next().is_some() {
                if let Ok(mut store) = open() {
                    // Nothing more can be reported on the way out; the exit code says it.
                    let _ = sitectl::ops::wordpress::abandon_running_syncs(&mut store, &ctx);
                }
                let _ = std::io::Write::write_all(
                    &mut std::io::stderr(),
                    b"Interrupted; running syncs were marked as such\n",
                );
                std::process::exit(130);
            }
        });
    }

    /// From now on, Ctrl-C (SIGINT) or SIGTERM runs `cleanup` and ends the process with `code`.
    pub fn on_interrupt(&self, code: i32, cleanup: impl FnOnce() + Send + 'static) {
        use signal_hook::consts::{SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else { return };
        std::thread::spawn(move || {
            if signals.forever().next().is_some() {
                cleanup();
                std::process::exit(code);
            }
        });
    }

    /// From now on, Ctrl-C (SIGINT) or SIGTERM ends the process with exit 130 after taking back
    /// the target file a running `db copy` created: an interrupted copy leaves nothing behind.
    pub fn take_back_copy_on_interrupt(&self) {
        use signal_hook::consts::{SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM]) else { return };
        std::thread::spawn(move || {
            if signals.forever().next().is_some() {
                let message: &[u8] = if sitectl::ops::copy::abandon_running_copy() {
                    b"Interrupted; the target file the copy created was removed\n"
                } else {
                    b"Interrupted\n"
                };
                let _ = std::io::Write::write_all(&mut std::io::stderr(), message);
                std::process::exit(130);
            }
        });
    }

    /// A secret passed through an environment variable the user names (`--app-password-env`).
    pub fn secret_from_env(&self, name: &str) -> Result<String, CliError> {
        env(name).filter(|v| !v.is_empty()).ok_or_else(|| {
            Error::new(Code::MissingEnvVar, format!("the environment variable {name} is not set or empty"))
                .with_hint("export it, or pass the secret with --app-password-stdin")
                .into()
        })
    }

    /// Prints a list as the use case reads it: each record goes to stdout as it arrives, so the
    /// list's length costs no memory. A closed pipe stops the reading (and the command, with
    /// exit 0, as after `| head`).
    pub fn stream_list<T: serde::Serialize>(
        &mut self,
        columns: &[&str],
        run: impl FnOnce(
            &mut Store,
            &Ctx,
            &mut dyn FnMut(T) -> sitectl::Result<sitectl::store::Flow>,
        ) -> sitectl::Result<()>,
    ) -> Result<(), CliError> {
        self.store()?;
        let store = self.store.as_mut().expect("opened above");
        let mut writer = self.ui.list_writer(columns)?;
        let mut failed: Option<CliError> = None;
        let mut each = |item: T| match writer.push(&item) {
            Ok(()) => Ok(sitectl::store::Flow::Continue(())),
            Err(e) => {
                failed = Some(e);
                Ok(sitectl::store::Flow::Break(()))
            }
        };
        run(store, &self.ctx, &mut each)?;
        match failed {
            Some(e) => Err(e),
            None => writer.finish(),
        }
    }

    /// Runs one use case with the database and the library context.
    pub fn call<T>(&mut self, f: impl FnOnce(&mut Store, &Ctx) -> sitectl::Result<T>) -> Result<T, CliError> {
        self.store()?;
        let store = self.store.as_mut().expect("opened above");
        Ok(f(store, &self.ctx)?)
    }

    /// Narration after a state change: success when it changed, a warning when it was a no-op.
    pub fn changed(&self, changed: bool, what: &str, verb: &str) {
        if changed {
            self.done(&format!("{what} {verb}"));
        } else {
            self.ui.warn(&format!("{what} unchanged"));
        }
    }

    /// Prints warnings the library returned with its report.
    pub fn warnings(&self, warnings: &[String]) {
        for w in warnings {
            self.ui.warn(w);
        }
    }

    /// Narration after a mutation: the success line, or that a dry run changed nothing.
    pub fn done(&self, message: &str) {
        if self.ctx.dry_run {
            self.ui.warn(&format!("dry run: {message} would be done; nothing was changed"));
        } else {
            self.ui.success(message);
        }
    }
}
