//! `sitectl audit ...`

use clap::Subcommand;
use sitectl::ops::audit;
use sitectl::ops::audit::AuditQuery;
use sitectl::ops::follow;
use sitectl::Code;
use sitectl::Error;

use super::{CliError, CommandContext};

pub const EXAMPLES: &str = "Examples:
  sitectl audit list --since 24h
  sitectl audit list --target site:acme/blog --format json
  sitectl audit list --follow --limit 0 --format jsonl";

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// List audit rows, oldest first (operator only)
    #[command(
        after_help = "Example:\n  sitectl audit list --since 2026-01-01T00:00:00Z --actor jane@acme.example --limit 50"
    )]
    List {
        /// An RFC 3339 time, or an age such as 90m, 24h, 7d
        #[arg(long)]
        since: Option<String>,
        /// Only rows whose target starts with this text (site:acme/blog, or site:acme/ for all of acme's sites)
        #[arg(long)]
        target: Option<String>,
        /// Only rows by this actor (an email, or "operator")
        #[arg(long)]
        actor: Option<String>,
        /// The newest N rows
        #[arg(long, value_name = "N")]
        limit: Option<u32>,
        /// Only rows with an id above this one (the last id already read)
        #[arg(long, value_name = "ID", value_parser = clap::value_parser!(i64).range(0..))]
        after: Option<i64>,
        /// Then print each new row as it is committed, until interrupted or the pipe closes
        #[arg(long)]
        follow: bool,
    },
}

/// Turns `--since` into an RFC 3339 time: either one already, or an age back from now.
fn since(value: &str) -> Result<String, CliError> {
    if let Some(t) = super::args::parse_time(value) {
        return Ok(t);
    }
    let bad = || {
        Error::new(Code::InvalidSince, format!("invalid --since {value:?}"))
            .with_hint("use an RFC 3339 time or an age like 90m, 24h, 7d")
    };
    // Split off the last character (not byte: the value may be any text).
    let unit_at = value.char_indices().last().map_or(0, |(i, _)| i);
    let (num, unit) = value.split_at(unit_at);
    let n: i64 = num.parse().map_err(|_| bad())?;
    let per_unit = match unit {
        "s" => 1,
        "m" => 60,
        "h" => 3600,
        "d" => 86_400,
        _ => return Err(bad().into()),
    };
    let t = n
        .checked_mul(per_unit)
        .filter(|secs| *secs >= 0)
        .and_then(chrono::Duration::try_seconds)
        .and_then(|age| chrono::Utc::now().checked_sub_signed(age))
        .ok_or_else(|| bad().with_hint("the age must be positive and reach back no further than year 1"))?;
    Ok(t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
}

pub fn run(cx: &mut CommandContext, cmd: AuditCommand) -> Result<(), CliError> {
    match cmd {
        AuditCommand::List { since: s, target, actor, limit, after, follow } => {
            let filter = AuditQuery {
                since: s.as_deref().map(since).transpose()?,
                target,
                actor,
                limit: limit.map(i64::from),
                after,
            };
            let columns = ["id", "at", "os_user", "actor", "command", "target", "action", "outcome"];
            if follow {
                let q = &filter;
                cx.follow_list(
                    &columns,
                    |st, c, each| follow::follow_audit_start(st, c, q, each),
                    |st, c, tail, each| follow::follow_audit_poll(st, c, q, tail, each),
                )?;
            } else {
                cx.stream_list(&columns, |st, c, each| audit::each_audit(st, c, &filter, each))?;
            }
        }
    }
    Ok(())
}
