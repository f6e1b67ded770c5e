//! `sitectl plan ...`

use clap::{Args, Subcommand};
use sitectl::domain::AuditSubject;
use sitectl::ops::plans::{self, PlanInput, PlanPatch};

use super::args::{flag_pair, slug, IfExistsArg};
use super::view::ViewKind;
use super::{CliError, CommandContext};

pub const EXAMPLES: &str = "Examples:
  sitectl plan create growth --name Growth --max-sites 5 --max-users 3 --max-sectors-per-site 5
  sitectl plan list --format json
  sitectl plan update growth --max-sites 10";

const COLUMNS: &[&str] = &["id", "slug", "name", "max_sites", "max_users", "max_sectors_per_site", "is_active"];

#[derive(Debug, Subcommand)]
pub enum PlanCommand {
    /// Create a plan
    #[command(
        after_help = "Example:\n  sitectl plan create starter --name Starter --max-sites 2 --max-users 1 --max-sectors-per-site 3"
    )]
    Create(PlanCreateArgs),
    /// List plans
    #[command(after_help = "Example:\n  sitectl plan list --format csv")]
    List {
        #[command(flatten)]
        page: super::args::PageArgs,
    },
    /// Show a plan and how many accounts use it
    #[command(after_help = "Example:\n  sitectl plan show starter")]
    Show { slug: String },
    /// Change a plan's name, limits or availability
    #[command(after_help = "Example:\n  sitectl plan update starter --max-sites 3 --inactive")]
    Update(PlanUpdateArgs),
}

#[derive(Debug, Args)]
pub struct PlanCreateArgs {
    /// Unique slug, e.g. starter
    slug: String,
    /// Display name
    #[arg(long)]
    name: String,
    /// Non-deleted sites an account may have
    #[arg(long, default_value_t = 2)]
    max_sites: i64,
    /// Users an account may have
    #[arg(long, default_value_t = 1)]
    max_users: i64,
    /// Active sectors one site may have
    #[arg(long, default_value_t = 5)]
    max_sectors_per_site: i64,
    /// Create it as not offered to new accounts
    #[arg(long)]
    inactive: bool,
    #[command(flatten)]
    if_exists: IfExistsArg,
}

#[derive(Debug, Args)]
pub struct PlanUpdateArgs {
    slug: String,
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    max_sites: Option<i64>,
    #[arg(long)]
    max_users: Option<i64>,
    #[arg(long)]
    max_sectors_per_site: Option<i64>,
    /// Offer the plan to new accounts
    #[arg(long, conflicts_with = "inactive")]
    active: bool,
    /// Stop offering the plan to new accounts (existing accounts keep it)
    #[arg(long)]
    inactive: bool,
}

pub fn run(cx: &mut CommandContext, cmd: PlanCommand) -> Result<(), CliError> {
    match cmd {
        PlanCommand::Create(a) => {
            let input = PlanInput {
                slug: slug(&a.slug)?,
                name: a.name,
                max_sites: a.max_sites,
                max_users: a.max_users,
                max_sectors_per_site: a.max_sectors_per_site,
                is_active: !a.inactive,
            };
            let r = cx.call(|s, c| plans::create_plan(s, c, input, a.if_exists.if_exists))?;
            cx.ui.produced(&r)?;
            cx.done(&format!("plan '{}' {}", r.record.slug, r.action.as_str()));
        }
        PlanCommand::List { page } => {
            let page = page.page();
            cx.stream_list(COLUMNS, |s, c, each| plans::each_plan(s, c, page, each))?;
        }
        PlanCommand::Show { slug: s } => {
            let s = slug(&s)?;
            let r = cx.call(|st, c| plans::show_plan(st, c, &s))?;
            cx.detail(&r, ViewKind::Plan, Some(AuditSubject::Plan(r.plan.slug.clone())))?;
        }
        PlanCommand::Update(a) => {
            let patch = PlanPatch {
                name: a.name,
                max_sites: a.max_sites,
                max_users: a.max_users,
                max_sectors_per_site: a.max_sectors_per_site,
                is_active: flag_pair(a.active, a.inactive),
            };
            let s = slug(&a.slug)?;
            let r = cx.call(|st, c| plans::update_plan(st, c, &s, patch))?;
            cx.ui.produced(&r)?;
            cx.changed(r.changed, &format!("plan '{}'", r.record.slug), "updated");
        }
    }
    Ok(())
}
