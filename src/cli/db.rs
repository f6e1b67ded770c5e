//! `sitectl db ...`

use clap::Subcommand;
use sitectl::ops::audit;
use sitectl::ops::audit::{Migration, SCHEMA_VERSION};
use sitectl::Code;

use super::{CliError, CommandContext};

pub const EXAMPLES: &str = "Examples:
  sitectl db init
  sitectl db info --format json
  sitectl db doctor
  sitectl --db /srv/shared/sitectl.db db migrate
  sitectl db copy --to 'postgresql://ops@db.internal/sitectl?sslmode=verify-full'";

#[derive(Debug, Subcommand)]
pub enum DbCommand {
    /// Create the database (with the embedded industry taxonomy) if it does not exist
    #[command(after_help = "Example:\n  sitectl db init --db ./dev.db")]
    Init,
    /// Path, schema version, journal mode, sizes and row counts
    #[command(after_help = "Example:\n  sitectl db info")]
    Info,
    /// Check integrity, foreign keys, plan limits, sectors and integrations (exit 7 on problems)
    #[command(after_help = "Example:\n  sitectl db doctor --format json")]
    Doctor,
    /// Copy the whole database to another one, e.g. from the SQLite file to PostgreSQL
    ///
    /// One transaction on the target; ids, audit log and sealed secrets are kept (the same secret
    /// key opens them on both sides). A target that holds tenant rows is refused unless
    /// --replace. A target that does not exist yet is created, as by `db init`.
    #[command(
        after_help = "Examples:\n  sitectl db copy --to 'postgresql://ops@db.internal/sitectl?sslmode=verify-full'\n  sitectl db copy --from 'postgresql:///sitectl?host=/run/postgresql' --to ./back.db"
    )]
    Copy {
        /// The database to write: a file path or a postgres:// URL
        #[arg(long, value_name = "TARGET")]
        to: String,
        /// The database to read (default: --db / SITECTL_DB / the profile's db)
        #[arg(long, value_name = "SOURCE")]
        from: Option<String>,
        /// Overwrite a target that already holds tenant rows
        #[arg(long)]
        replace: bool,
    },
    /// Bring the schema up to date (every command also does this on open)
    #[command(after_help = "Example:\n  sitectl db migrate")]
    Migrate,
}

pub fn run(cx: &mut CommandContext, cmd: DbCommand) -> Result<(), CliError> {
    match cmd {
        DbCommand::Init | DbCommand::Migrate if cx.ctx.dry_run => {
            // A dry run opens nothing for writing: it reads the version and says what would happen.
            let path = cx.settings.db.value.to_string();
            let preview = audit::migration_preview(&cx.settings.db.value, &cx.open_options())?;
            if preview.is_none() && matches!(cmd, DbCommand::Migrate) {
                cx.store()?; // the "no database here" error, naming the path
            }
            let m = preview.unwrap_or(Migration { from: 0, to: SCHEMA_VERSION });
            let (from, to) = (m.from, m.to);
            cx.ui.record(&serde_json::json!({ "path": path, "from_version": from, "to_version": to, "changed": from != to, "dry_run": true }))?;
            match (from, from == to) {
                (0, false) => {
                    cx.ui.warn(&format!("dry run: would create database {path} (schema {to}); nothing was changed"))
                }
                (_, false) => cx
                    .ui
                    .warn(&format!("dry run: would migrate {path} from schema {from} to {to}; nothing was changed")),
                (_, true) => cx.ui.warn(&format!("database {path} is already at schema {to}")),
            }
        }
        DbCommand::Init | DbCommand::Migrate => {
            cx.create_db = matches!(cmd, DbCommand::Init);
            let m = cx.call(audit::db_migration)?;
            let path = cx.settings.db.value.to_string();
            cx.ui.record(&serde_json::json!({ "path": path, "from_version": m.from, "to_version": m.to, "changed": m.from != m.to }))?;
            match (m.from, m.from == m.to) {
                (0, false) => cx.ui.success(&format!("created database {path} (schema {})", m.to)),
                (_, false) => cx.ui.success(&format!("migrated {path} from schema {} to {}", m.from, m.to)),
                (_, true) => cx.ui.warn(&format!("database {path} is already at schema {}", m.to)),
            }
        }
        DbCommand::Doctor => {
            let report = cx.call(sitectl::ops::doctor::doctor)?;
            for w in &report.warnings {
                cx.ui.warn(w);
            }
            match cx.ui.format {
                sitectl::config::Format::Json | sitectl::config::Format::Jsonl => cx.ui.record(&report)?,
                _ => cx.ui.list(&report.problems, &["check", "subject", "message", "fix"])?,
            }
            if !report.problems.is_empty() {
                return Err(sitectl::Error::new(
                    Code::DoctorFoundProblems,
                    format!("the doctor found {} problem(s)", report.problems.len()),
                )
                .with_hint("each problem is listed on stdout with the command that fixes it")
                .into());
            }
            let mode = report.journal_mode.as_deref().map(|m| format!(", {m}")).unwrap_or_default();
            if report.unchecked.is_empty() {
                cx.ui.success(&format!("{} is healthy (schema {}{mode})", report.path, report.schema_version));
            } else {
                cx.ui.warn(&format!(
                    "{}: no problems found, but not every check could run ({} unchecked)",
                    report.path,
                    report.unchecked.join(", ")
                ));
            }
        }
        DbCommand::Copy { to, from, replace } => {
            if let Some(from) = from {
                cx.settings.db.value = sitectl::store::Location::parse(&from)?;
            }
            let target = sitectl::store::Location::parse(&to)?;
            // Decoded, as the driver sends them (the command line had only their encoded form).
            for pw in [cx.settings.db.value.password(), target.password()].into_iter().flatten() {
                super::error::remember_password(pw);
            }
            let options = cx.open_options();
            cx.take_back_copy_on_interrupt();
            let report = cx.call(|s, c| sitectl::ops::copy::copy_database(s, c, &target, options, replace))?;
            cx.ui.record(&report)?;
            let verb = if cx.ctx.dry_run { "dry run: would copy" } else { "copied" };
            cx.ui.success(&format!("{verb} {} rows from {} to {}", report.row_count, report.from, report.to));
        }
        DbCommand::Info => {
            let info = cx.call(audit::db_info)?;
            cx.ui.record(&info)?;
        }
    }
    Ok(())
}
