//! `sitectl user ...`

use clap::{Args, Subcommand};
use sitectl::domain::{AuditSubject, Role};
use sitectl::ops::users::{self, UserInput};

use super::args::{email, enum_parser, slug, IfExistsArg};
use super::view::ViewKind;
use super::{CliError, CommandContext};

pub const EXAMPLES: &str = "Examples:
  sitectl user add ed@acme.example --account acme --role editor --name 'Ed Itor'
  sitectl user list --account acme
  sitectl user set-role ed@acme.example admin";

const COLUMNS: &[&str] = &["id", "email", "name", "role", "account"];

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Add a user to an account (within the plan's max_users)
    #[command(after_help = "Example:\n  sitectl user add vi@acme.example --account acme --role viewer")]
    Add(UserAddArgs),
    /// List users
    #[command(after_help = "Example:\n  sitectl user list --account acme --format csv")]
    List {
        #[arg(long)]
        account: Option<String>,
        #[command(flatten)]
        page: super::args::PageArgs,
    },
    /// Show a user
    #[command(after_help = "Example:\n  sitectl user show ed@acme.example")]
    Show { email: String },
    /// Change a user's role
    #[command(after_help = "Example:\n  sitectl user set-role ed@acme.example viewer")]
    SetRole {
        email: String,
        #[arg(value_parser = enum_parser::<Role>())]
        role: Role,
    },
    /// Remove a user and their site grants
    #[command(after_help = "Example:\n  sitectl user remove ed@acme.example --yes")]
    Remove { email: String },
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    email: String,
    #[arg(long)]
    account: String,
    #[arg(long, value_parser = enum_parser::<Role>())]
    role: Role,
    #[arg(long)]
    name: Option<String>,
    #[command(flatten)]
    if_exists: IfExistsArg,
}

pub fn run(cx: &mut CommandContext, cmd: UserCommand) -> Result<(), CliError> {
    match cmd {
        UserCommand::Add(a) => {
            let input = UserInput { email: email(&a.email)?, account: slug(&a.account)?, role: a.role, name: a.name };
            let r = cx.call(|s, c| users::add_user(s, c, input, a.if_exists.if_exists))?;
            cx.ui.produced(&r)?;
            cx.done(&format!("user '{}' {}", r.record.email, r.action.as_str()));
        }
        UserCommand::List { account, page } => {
            let account = account.as_deref().map(slug).transpose()?;
            let page = page.page();
            cx.stream_list(COLUMNS, |s, c, each| users::each_user(s, c, account.as_ref(), page, each))?;
        }
        UserCommand::Show { email: e } => {
            let e = email(&e)?;
            let r = cx.call(|s, c| users::show_user(s, c, &e))?;
            cx.detail(&r, ViewKind::User, Some(AuditSubject::User(r.email.clone())))?;
        }
        UserCommand::SetRole { email: e, role } => {
            let e = email(&e)?;
            let r = cx.call(|s, c| users::set_role(s, c, &e, role))?;
            cx.ui.produced(&r)?;
            cx.changed(r.changed, &format!("user '{e}'"), &format!("is now {role}"));
        }
        UserCommand::Remove { email: e } => {
            let e = email(&e)?;
            cx.ui.confirm(&format!("Remove user '{e}' and their site grants?"))?;
            let r = cx.call(|s, c| users::remove_user(s, c, &e))?;
            cx.ui.produced(&r)?;
            cx.done(&format!("user '{e}' removed"));
        }
    }
    Ok(())
}
