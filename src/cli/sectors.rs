//! `sitectl sectors ...`

use clap::{Args, Subcommand};
use sitectl::domain::SiteRef;
use sitectl::domain::Slug;
use sitectl::ops::sectors;

use super::args::slug;
use super::{CliError, CommandContext};

pub const EXAMPLES: &str = "Examples:
  sitectl sectors select acme/blog --industry healthcare --sector dental-clinics --sector optometry
  sitectl sectors select acme/blog --industry healthcare --sectors dental-clinics,optometry --dry-run
  sitectl sectors list acme/blog --all";

const COLUMNS: &[&str] = &["id", "industry", "slug", "name", "is_active", "deactivated_at", "content_count"];

#[derive(Debug, Subcommand)]
pub enum SectorsCommand {
    /// Set a site's industry and exactly these sectors (within the plan's limit)
    #[command(
        after_help = "Example:\n  sitectl sectors select acme/blog --industry legal-services --sectors family-law,estate-planning\n\n\
On a terminal, --industry without --sector opens a multi-select of the industry's sectors.\n\
Without a terminal and without --sector, the industry is set and no sector stays active."
    )]
    Select(SelectArgs),
    /// List a site's active sectors (--all adds inactive ones)
    #[command(after_help = "Example:\n  sitectl sectors list acme/blog --all --format json")]
    List {
        site: SiteRef,
        /// Include deactivated sectors, with when they were deactivated
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        page: super::args::PageArgs,
    },
}

#[derive(Debug, Args)]
pub struct SelectArgs {
    site: SiteRef,
    /// The industry's slug
    #[arg(long)]
    industry: String,
    /// A sector slug of that industry (repeatable)
    #[arg(long = "sector", value_name = "SLUG")]
    sector: Vec<String>,
    /// Sector slugs, comma-separated
    #[arg(long, value_name = "A,B,C", value_delimiter = ',')]
    sectors: Vec<String>,
}

pub fn run(cx: &mut CommandContext, cmd: SectorsCommand) -> Result<(), CliError> {
    match cmd {
        SectorsCommand::Select(a) => select(cx, a),
        SectorsCommand::List { site, all, page } => {
            let (r, page) = (&site, page.page());
            cx.stream_list(COLUMNS, |s, c, each| sectors::each_sector(s, c, r, all, page, each))
        }
    }
}

fn select(cx: &mut CommandContext, a: SelectArgs) -> Result<(), CliError> {
    let site = a.site;
    let industry = slug(&a.industry)?;
    let given: Vec<&String> = a.sector.iter().chain(a.sectors.iter()).filter(|s| !s.trim().is_empty()).collect();
    let requested: Vec<Slug> = if !given.is_empty() {
        given.iter().map(|s| slug(s.trim())).collect::<Result<_, _>>()?
    } else if cx.ui.can_prompt() {
        pick(cx, &site, &industry)?
    } else {
        cx.ui.warn(&format!("no --sector given: industry '{industry}' is set and no sector stays active"));
        Vec::new()
    };
    let out = cx.call(|s, c| sectors::select_sectors(s, c, &site, &industry, &requested))?;
    cx.ui.record(&out)?;
    let summary = format!(
        "site '{}': {} active sectors ({} created, {} reactivated, {} deactivated)",
        out.site.qualified(),
        out.sectors.len(),
        out.created.len(),
        out.reactivated.len(),
        out.deactivated.len()
    );
    if out.changed {
        cx.done(&summary);
    } else {
        cx.ui.warn(&format!("site '{}' already has exactly these sectors; nothing changed", out.site.qualified()));
    }
    Ok(())
}

/// The interactive picker: the industry's sectors, the current ones ticked, at most the limit.
fn pick(cx: &mut CommandContext, site: &sitectl::domain::SiteRef, industry: &Slug) -> Result<Vec<Slug>, CliError> {
    let choices = cx.call(|s, c| sectors::sector_choices(s, c, site, industry))?;
    let items: Vec<String> = choices.options.iter().map(|t| format!("{} ({})", t.name, t.slug)).collect();
    let ticked: Vec<bool> = choices.options.iter().map(|t| choices.current.contains(&t.slug)).collect();
    loop {
        let prompt = format!(
            "Sectors of '{industry}' for {} (at most {}; space toggles, enter accepts)",
            choices.site, choices.limit
        );
        let picked = cx.ui.multi_select(&prompt, &items, &ticked)?;
        if picked.len() as i64 <= choices.limit {
            return Ok(picked.into_iter().map(|i| choices.options[i].slug.clone()).collect());
        }
        cx.ui.warn(&format!("{} sectors chosen; the plan allows at most {}", picked.len(), choices.limit));
    }
}
