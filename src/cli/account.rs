//! `sitectl account ...`

use clap::{Args, Subcommand};
use sitectl::domain::{AccountStatus, AuditSubject};
use sitectl::ops::accounts::{self, AccountInput, StatusVerb};

use super::args::{email, enum_parser, slug, IfExistsArg};
use super::view::ViewKind;
use super::{CliError, CommandContext};

pub const EXAMPLES: &str = "Examples:
  sitectl account create acme --name 'Acme Inc' --plan starter --owner jane@acme.example
  sitectl account show acme
  sitectl account set-plan acme growth
  sitectl account suspend acme";

const COLUMNS: &[&str] = &["id", "slug", "name", "status", "plan", "owner"];

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Create an account with its owner (the owner user is created when missing)
    #[command(
        after_help = "Example:\n  sitectl account create acme --name 'Acme Inc' --plan starter --owner jane@acme.example --status trial"
    )]
    Create(AccountCreateArgs),
    /// List accounts
    #[command(after_help = "Example:\n  sitectl account list --status suspended --format ids")]
    List {
        /// Only accounts with this status
        #[arg(long, value_parser = enum_parser::<AccountStatus>())]
        status: Option<AccountStatus>,
        #[command(flatten)]
        page: super::args::PageArgs,
    },
    /// Show an account with its usage of the plan's limits
    #[command(after_help = "Example:\n  sitectl account show acme --format json")]
    Show { account: String },
    /// Rename an account
    #[command(after_help = "Example:\n  sitectl account update acme --name 'Acme Group'")]
    Update {
        account: String,
        #[arg(long)]
        name: Option<String>,
    },
    /// Move an account to another plan (smaller limits keep what exists and block growth)
    #[command(after_help = "Example:\n  sitectl account set-plan acme growth")]
    SetPlan { account: String, plan: String },
    /// Suspend an account: its users can do nothing until it is reactivated
    #[command(after_help = "Example:\n  sitectl account suspend acme")]
    Suspend { account: String },
    /// Reactivate a suspended or cancelled account
    #[command(after_help = "Example:\n  sitectl account reactivate acme")]
    Reactivate { account: String },
    /// Cancel an account
    #[command(after_help = "Example:\n  sitectl account cancel acme --yes")]
    Cancel { account: String },
}

#[derive(Debug, Args)]
pub struct AccountCreateArgs {
    /// Unique slug, e.g. acme
    slug: String,
    #[arg(long)]
    name: String,
    /// The plan's slug
    #[arg(long)]
    plan: String,
    /// The owner's email
    #[arg(long)]
    owner: String,
    /// The owner's name, when the owner user is created
    #[arg(long)]
    owner_name: Option<String>,
    #[arg(long, default_value = "active", value_parser = enum_parser::<AccountStatus>())]
    status: AccountStatus,
    #[command(flatten)]
    if_exists: IfExistsArg,
}

pub fn run(cx: &mut CommandContext, cmd: AccountCommand) -> Result<(), CliError> {
    match cmd {
        AccountCommand::Create(a) => {
            let input = AccountInput {
                slug: slug(&a.slug)?,
                name: a.name,
                plan: slug(&a.plan)?,
                owner: email(&a.owner)?,
                owner_name: a.owner_name,
                status: a.status,
            };
            let r = cx.call(|s, c| accounts::create_account(s, c, input, a.if_exists.if_exists))?;
            cx.ui.produced(&r)?;
            cx.done(&format!("account '{}' {}", r.record.account.slug, r.action.as_str()));
        }
        AccountCommand::List { status, page } => {
            let page = page.page();
            cx.stream_list(COLUMNS, |s, c, each| accounts::each_account(s, c, status, page, each))?;
        }
        AccountCommand::Show { account } => {
            let account = slug(&account)?;
            let r = cx.call(|s, c| accounts::show_account(s, c, &account))?;
            for line in &r.over_limits {
                cx.ui.warn(&format!("over plan limit: {line}"));
            }
            let target = AuditSubject::Account(r.account.slug.clone());
            cx.detail(&r, ViewKind::Account, Some(target))?;
        }
        AccountCommand::Update { account, name } => {
            let account = slug(&account)?;
            let r = cx.call(|s, c| accounts::update_account(s, c, &account, name))?;
            cx.ui.produced(&r)?;
            cx.changed(r.changed, &format!("account '{account}'"), "updated");
        }
        AccountCommand::SetPlan { account, plan } => {
            let (account, plan) = (slug(&account)?, slug(&plan)?);
            let r = cx.call(|s, c| accounts::set_plan(s, c, &account, &plan))?;
            for line in &r.record.over_limits {
                cx.ui.warn(&format!("over the new plan's limit: {line}; existing data is kept, growth is refused"));
            }
            cx.ui.produced(&r)?;
            cx.changed(r.changed, &format!("account '{account}'"), &format!("moved to plan '{plan}'"));
        }
        AccountCommand::Suspend { account } => status(cx, &account, StatusVerb::Suspend, "suspended")?,
        AccountCommand::Reactivate { account } => status(cx, &account, StatusVerb::Reactivate, "reactivated")?,
        AccountCommand::Cancel { account } => {
            cx.ui.confirm(&format!("Cancel account '{account}'? Its users will be locked out"))?;
            status(cx, &account, StatusVerb::Cancel, "cancelled")?
        }
    }
    Ok(())
}

fn status(cx: &mut CommandContext, account: &str, verb: StatusVerb, done: &str) -> Result<(), CliError> {
    let account = slug(account)?;
    let r = cx.call(|s, c| accounts::change_status(s, c, &account, verb))?;
    cx.ui.produced(&r)?;
    cx.changed(r.changed, &format!("account '{account}'"), done);
    Ok(())
}
