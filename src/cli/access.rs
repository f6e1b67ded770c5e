//! `sitectl access ...`

use clap::Subcommand;
use sitectl::domain::SiteRef;
use sitectl::ops::access;

use super::args::email;
use super::{CliError, CommandContext};

pub const EXAMPLES: &str = "Examples:
  sitectl access grant acme/blog ed@acme.example
  sitectl access list acme/blog
  sitectl access list --user ed@acme.example";

#[derive(Debug, Subcommand)]
pub enum AccessCommand {
    /// Let a user of the site's account see (and, as editor, change) the site
    #[command(after_help = "Example:\n  sitectl access grant acme/blog ed@acme.example")]
    Grant { site: SiteRef, user: String },
    /// Take a grant back
    #[command(after_help = "Example:\n  sitectl access revoke acme/blog ed@acme.example")]
    Revoke { site: SiteRef, user: String },
    /// List grants of a site, of a user, or all you may see
    #[command(after_help = "Example:\n  sitectl access list --user ed@acme.example --format json")]
    List {
        site: Option<SiteRef>,
        #[arg(long)]
        user: Option<String>,
        #[command(flatten)]
        page: super::args::PageArgs,
    },
}

pub fn run(cx: &mut CommandContext, cmd: AccessCommand) -> Result<(), CliError> {
    match cmd {
        AccessCommand::Grant { site, user } => grant(cx, &site, &user, true)?,
        AccessCommand::Revoke { site, user } => grant(cx, &site, &user, false)?,
        AccessCommand::List { site, user, page } => {
            let (r, page) = (site, page.page());
            let e = user.as_deref().map(email).transpose()?;
            let columns = ["id", "site_id", "site", "user", "role", "granted_by", "created_at"];
            cx.stream_list(&columns, |s, c, each| access::each_access(s, c, r.as_ref(), e.as_ref(), page, each))?;
        }
    }
    Ok(())
}

/// `access grant` (`grant = true`) and `access revoke`.
fn grant(cx: &mut CommandContext, r: &SiteRef, user: &str, grant: bool) -> Result<(), CliError> {
    let e = email(user)?;
    let out = cx.call(|s, c| access::set_access(s, c, r, &e, grant))?;
    cx.ui.produced(&out)?;
    let verb = if grant { "granted" } else { "revoked" };
    cx.changed(out.changed, &format!("access of '{e}' to site '{}'", out.record.site), verb);
    Ok(())
}
