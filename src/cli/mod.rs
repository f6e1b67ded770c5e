//! The command line: parse, build a context, call one `ops` function, render its report.
//! No SQL, no HTTP and no business rule lives here.

mod access;
mod account;
mod args;
mod audit;
mod check;
mod content;
mod context;
mod db;
mod error;
mod fleet;
mod follow;
mod industry;
mod meta;
mod plan;
mod sectors;
mod seed;
mod site;
mod ui;
mod user;
mod view;
mod wp;

use sitectl::Code;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use sitectl::config::ColorChoice;
use sitectl::Error;

use args::{enum_parser, FormatArg};
pub use context::CommandContext;
pub use error::CliError;

const ABOUT: &str = "Administer a multi-tenant content platform's sites: plans, accounts, users, sites, sectors.";

const EXAMPLES: &str = "Examples:
  sitectl db init
  sitectl plan create starter --name Starter --max-sites 2 --max-users 3 --max-sectors-per-site 3
  sitectl account create acme --name 'Acme Inc' --plan starter --owner jane@acme.example
  sitectl site create 'Acme Blog' --account acme --domain blog.acme.example --active
  sitectl site list --as jane@acme.example --format json";

#[derive(Debug, Parser)]
#[command(name = "sitectl", version, about = ABOUT, after_help = EXAMPLES, propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags every command takes.
#[derive(Debug, Clone, Args)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// The database: an SQLite file, or a postgres:// URL [env: SITECTL_DB] [default: <data dir>/sitectl.db]
    #[arg(long, global = true, value_name = "PATH|URL")]
    pub db: Option<PathBuf>,
    /// Config file [env: SITECTL_CONFIG] [default: <config dir>/config.toml]
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    /// Use the [profiles.NAME] table of the config file [env: SITECTL_PROFILE]
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// Act as this user: the product's visibility and permission rules apply [env: SITECTL_AS]
    #[arg(long = "as", global = true, value_name = "EMAIL")]
    pub as_user: Option<String>,
    /// Output format of data on stdout [env: SITECTL_FORMAT]
    #[arg(long, global = true, value_name = "FORMAT", value_parser = FormatArg::global_parser())]
    pub format: Option<FormatArg>,
    /// Shorthand for --format json
    #[arg(long, global = true, conflicts_with = "format")]
    pub json: bool,
    /// Only these fields (comma-separated), in this order
    #[arg(long, global = true, value_name = "A,B")]
    pub fields: Option<String>,
    /// Create/update commands print only the id
    #[arg(long, global = true, conflicts_with = "fields")]
    pub porcelain: bool,
    /// Filter the JSON output with a jq expression (implies --format json; with jsonl, each line)
    #[arg(long, global = true, value_name = "EXPR", conflicts_with = "porcelain")]
    pub jq: Option<String>,
    /// Answer yes to confirmations (needed for destructive commands without a terminal)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// Never prompt [env: SITECTL_NO_INPUT]
    #[arg(long, global = true)]
    pub no_input: bool,
    /// Show what a mutating command would do, and change nothing
    #[arg(long, global = true)]
    pub dry_run: bool,
    /// Less narration on stderr
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,
    /// More narration on stderr
    #[arg(short, long, global = true)]
    pub verbose: bool,
    /// Colour on stderr [env: NO_COLOR, CLICOLOR_FORCE; TERM=dumb means never]
    #[arg(long, global = true, value_name = "WHEN", value_parser = enum_parser::<ColorChoice>())]
    pub color: Option<ColorChoice>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Subscription plans and their limits
    #[command(subcommand, after_help = plan::EXAMPLES)]
    Plan(plan::PlanCommand),
    /// Accounts (tenants)
    #[command(subcommand, after_help = account::EXAMPLES)]
    Account(account::AccountCommand),
    /// Users of accounts
    #[command(subcommand, after_help = user::EXAMPLES)]
    User(user::UserCommand),
    /// The industry/sector taxonomy
    #[command(subcommand, after_help = industry::EXAMPLES)]
    Industry(industry::IndustryCommand),
    /// Sites: create, list, show, update, activate, delete
    #[command(subcommand, after_help = site::EXAMPLES)]
    Site(site::SiteCommand),
    /// A site's industry sectors, within the plan's limit
    #[command(subcommand, after_help = sectors::EXAMPLES)]
    Sectors(sectors::SectorsCommand),
    /// The writer's content, by site and sector: create, review, approve, schedule
    #[command(subcommand, after_help = content::EXAMPLES)]
    Content(content::ContentCommand),
    /// Grants of sites to editors and viewers
    #[command(subcommand, after_help = access::EXAMPLES)]
    Access(access::AccessCommand),
    /// WordPress: API key, connect, test, sync, and the local mirror
    #[command(subcommand, after_help = wp::EXAMPLES)]
    Wp(wp::WpCommand),
    /// Declarative fixtures: apply, export, generate
    #[command(subcommand, after_help = seed::EXAMPLES)]
    Seed(seed::SeedCommand),
    /// The audit log of every change
    #[command(subcommand, after_help = audit::EXAMPLES)]
    Audit(audit::AuditCommand),
    /// What is wrong across the fleet: findings, Nagios and OpenMetrics output
    #[command(after_help = check::EXAMPLES)]
    Check(check::CheckArgs),
    /// The database file: create, inspect, migrate
    #[command(subcommand, after_help = db::EXAMPLES)]
    Db(db::DbCommand),
    /// Effective settings
    #[command(subcommand, after_help = meta::CONFIG_EXAMPLES)]
    Config(meta::ConfigCommand),
    /// Print a shell completion script
    #[command(after_help = meta::COMPLETIONS_EXAMPLES)]
    Completions(meta::CompletionsArgs),
    /// Write man pages
    #[command(after_help = meta::MAN_EXAMPLES)]
    Man(meta::ManArgs),
}

/// The subcommand path ("site create") for the audit log.
fn command_path(matches: &clap::ArgMatches) -> String {
    let mut parts = Vec::new();
    let mut m = matches;
    while let Some((name, sub)) = m.subcommand() {
        parts.push(name.to_string());
        m = sub;
    }
    parts.join(" ")
}

/// Parses the command line and runs it; returns the process exit code.
pub fn main() -> ExitCode {
    error::install_panic_hook();
    let args = context::args();
    // The `--jq` filter's own process (see `ui::jq_worker`).
    if args.len() == 3 && args[1] == ui::jq_worker::WORKER_ARG {
        let code = ui::jq_worker::main(&args[2].to_string_lossy());
        return ExitCode::from(u8::try_from(code).unwrap_or(1));
    }
    context::remember_secrets(&args);
    let matches = match Cli::command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => return clap_exit(e, &args),
    };
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(c) => c,
        Err(e) => return clap_exit(e, &args),
    };
    let path = command_path(&matches);
    let machine = context::machine_errors(Some(&cli.global));
    let verbose = cli.global.verbose;
    // Until the settings are resolved, colour follows the flag and the environment alone.
    let mut color = context::early_color(cli.global.color);
    // `check` speaks the Nagios plugin API: whatever stops it from evaluating is UNKNOWN.
    let exit = (path == "check").then_some(error::NAGIOS_UNKNOWN);
    if let Some(code) = exit {
        error::exit_on_panic(code);
    }
    let nagios = path == "check" && wants_nagios(&args);
    match run(cli, path, &mut color) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if nagios {
                check::nagios_unknown(&e);
            }
            error::report(e, machine, color, verbose, exit)
        }
    }
}

/// Whether a command line asks `check` for the Nagios form (raw: it may not have parsed).
fn wants_nagios(args: &[std::ffi::OsString]) -> bool {
    args.iter().any(|a| a == "--nagios")
}

fn clap_exit(e: clap::Error, args: &[std::ffi::OsString]) -> ExitCode {
    use clap::error::ErrorKind;
    if matches!(
        e.kind(),
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    ) {
        // Help asked for by omitting the subcommand is still a usage error for scripts.
        let code = if e.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand { 2 } else { 0 };
        let _ = e.print();
        return ExitCode::from(code);
    }
    // Parsing failed, so look at the raw arguments for a machine format.
    let args: Vec<String> = args.iter().map(|a| a.to_string_lossy().into_owned()).collect();
    let wants_json = args.iter().any(|a| a == "--json" || a == "--format=json" || a == "--format=jsonl")
        || args.windows(2).any(|w| w[0] == "--format" && (w[1] == "json" || w[1] == "jsonl"));
    // `check`'s usage errors are UNKNOWN to a monitoring system, which reads its stdout.
    let exit = (first_command(&args) == Some("check")).then_some(error::NAGIOS_UNKNOWN);
    if exit.is_some() && args.iter().any(|a| a == "--nagios") {
        check::nagios_unknown(&CliError::Failed(Error::new(Code::Usage, e.kind().as_str().unwrap_or("invalid usage"))));
    }
    // A value the library refused (a SITE reference, say) is reported as the library's error,
    // with its own code and exit code.
    if let Some(library) = std::error::Error::source(&e).and_then(|s| s.downcast_ref::<Error>()) {
        return error::report(
            CliError::Failed(library.clone()),
            context::machine_errors(None) || wants_json,
            false,
            false,
            exit,
        );
    }
    if context::machine_errors(None) || wants_json {
        let message = e.kind().as_str().unwrap_or("invalid usage").to_string();
        let rendered = e.render().to_string();
        let err = Error::new(Code::Usage, message).with_details(serde_json::json!({ "clap": rendered.trim_end() }));
        return error::report(CliError::Failed(err), true, false, false, exit);
    }
    // clap quotes the arguments it could not place, and one may be a database URL.
    let _ = std::io::Write::write_all(&mut std::io::stderr(), error::mask(&e.render().to_string()).as_bytes());
    ExitCode::from(exit.unwrap_or(2))
}

/// The subcommand a command line clap refused names: its first word that is neither an option
/// nor a global option's value.
fn first_command(args: &[String]) -> Option<&str> {
    let cli = Cli::command();
    let takes_value = |arg: Option<&clap::Arg>| arg.is_some_and(|a| a.get_action().takes_values());
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        if word == "--" {
            return words.next().map(String::as_str);
        }
        let option = if let Some(long) = word.strip_prefix("--") {
            (!long.contains('=')).then(|| cli.get_arguments().find(|a| a.get_long() == Some(long)))
        } else if let Some(short) = word.strip_prefix('-').filter(|s| s.chars().count() == 1) {
            Some(cli.get_arguments().find(|a| a.get_short().map(String::from).as_deref() == Some(short)))
        } else if word.starts_with('-') && word.len() > 1 {
            None
        } else {
            return Some(word);
        };
        if option.is_some_and(takes_value) {
            words.next();
        }
    }
    None
}

fn run(cli: Cli, path: String, color: &mut bool) -> Result<(), CliError> {
    // Commands that need neither settings nor a database (nor print data `--jq` could filter).
    if cli.global.jq.is_some() && matches!(cli.command, Command::Completions(_) | Command::Man(_)) {
        return Err(Error::new(Code::Usage, "--jq filters data output; this command prints a script or pages").into());
    }
    match &cli.command {
        Command::Completions(args) => return meta::completions(args),
        Command::Man(args) => return meta::man(args),
        _ => {}
    }
    let mut cx = CommandContext::new(&cli.global, path)?;
    *color = cx.ui.color;
    let result = match cli.command {
        Command::Plan(c) => plan::run(&mut cx, c),
        Command::Account(c) => account::run(&mut cx, c),
        Command::User(c) => user::run(&mut cx, c),
        Command::Industry(c) => industry::run(&mut cx, c),
        Command::Site(c) => site::run(&mut cx, c),
        Command::Sectors(c) => sectors::run(&mut cx, c),
        Command::Content(c) => content::run(&mut cx, c),
        Command::Access(c) => access::run(&mut cx, c),
        Command::Wp(c) => wp::run(&mut cx, c),
        Command::Seed(c) => seed::run(&mut cx, c),
        Command::Audit(c) => audit::run(&mut cx, c),
        Command::Check(a) => check::run(&mut cx, a),
        Command::Db(c) => db::run(&mut cx, c),
        Command::Config(c) => meta::config(&mut cx, c),
        Command::Completions(_) | Command::Man(_) => unreachable!("handled above"),
    };
    // In machine formats, narration is held back until the command succeeded: on failure the
    // JSON error line is the only thing on stderr.
    let result = cx.ui.end_data(result);
    if matches!(result, Ok(()) | Err(CliError::Status(_))) {
        cx.ui.flush_narration();
    }
    result
}

/// The clap command tree, for completions, man pages and tests.
pub fn command() -> clap::Command {
    Cli::command()
}

#[cfg(test)]
mod tests {
    #[test]
    fn verify_cli() {
        super::command().debug_assert();
    }
}

#[cfg(test)]
mod vocabulary_tests {
    use sitectl::config::{ColorChoice, Format};
    use sitectl::domain::*;

    fn values<T: Vocabulary>() -> Vec<&'static str> {
        T::ALL.iter().map(|v| v.as_str()).collect()
    }

    /// The README's table of values lists exactly each vocabulary's values, in order.
    #[test]
    fn readme_values_table_matches_the_enums() {
        let readme = include_str!("../../README.md");
        let section = readme.split("### Values").nth(1).expect("README has a 'Values' section");
        let rows: Vec<(String, Vec<String>)> = section
            .lines()
            .skip_while(|l| !l.starts_with('|'))
            .take_while(|l| l.starts_with('|'))
            .skip(2)
            .map(|l| {
                let cells: Vec<&str> = l.split('|').map(str::trim).collect();
                let vals = cells[2].split(',').filter_map(|v| v.split('`').nth(1)).map(String::from).collect();
                (cells[1].to_string(), vals)
            })
            .collect();
        let want: Vec<(&str, Vec<&str>)> = vec![
            ("`--format`", values::<Format>()),
            ("`seed export --format`", vec!["toml", "json", "csv"]),
            ("`--color`", values::<ColorChoice>()),
            ("`role`", values::<Role>()),
            ("account `status`", values::<AccountStatus>()),
            ("site `status`", values::<SiteStatus>()),
            ("`hosting_type`", values::<HostingType>()),
            ("`site_type`", values::<SiteType>()),
            ("`--if-exists`", values::<IfExists>()),
            ("integration `mode`", values::<WpMode>()),
            ("`connection_status`", values::<ConnectionStatus>()),
            ("`sync_status`", values::<SyncStatus>()),
            ("sync event `kind`", values::<EventKind>()),
            ("sync event `status`", values::<EventStatus>()),
            ("content `status`", values::<ContentStatus>()),
            ("`publish_status`", values::<PublishStatus>()),
            ("publishing record `status`", values::<RecordStatus>()),
            ("`wp publish --status`", values::<PostStatus>()),
            ("`plugins_read`, `themes_read`", values::<ReadStatus>()),
            ("plugin/theme `status`", values::<ComponentStatus>()),
        ];
        assert_eq!(rows.len(), want.len(), "README rows: {rows:?}");
        for ((field, got), (name, expected)) in rows.iter().zip(&want) {
            assert_eq!(field, name);
            assert_eq!(got, expected, "README values of {name}");
        }
    }

    /// clap offers exactly the enum's values for every enum-backed flag.
    #[test]
    fn clap_possible_values_come_from_the_enums() {
        let cmd = super::command();
        let possible = |path: &[&str], arg: &str| -> Vec<String> {
            let mut c = &cmd;
            for p in path {
                c = c.find_subcommand(p).unwrap();
            }
            let a = c.get_arguments().find(|a| a.get_id() == arg).unwrap_or_else(|| panic!("{path:?} {arg}"));
            // What clap offers (help, completions); a hidden alias is accepted, not offered.
            a.get_possible_values().iter().filter(|v| !v.is_hide_set()).map(|v| v.get_name().to_string()).collect()
        };
        assert_eq!(possible(&[], "format"), values::<Format>());
        assert_eq!(possible(&["seed", "export"], "format"), ["toml", "json", "csv"]);
        assert_eq!(possible(&[], "color"), values::<ColorChoice>());
        assert_eq!(possible(&["user", "add"], "role"), values::<Role>());
        assert_eq!(possible(&["site", "create"], "hosting_type"), values::<HostingType>());
        assert_eq!(possible(&["site", "create"], "site_type"), values::<SiteType>());
        assert_eq!(possible(&["wp", "plugins", "list"], "status"), values::<ComponentStatus>());
        assert_eq!(possible(&["wp", "themes", "list"], "status"), values::<ComponentStatus>());
    }
}
