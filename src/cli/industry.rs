//! `sitectl industry ...`

use std::path::PathBuf;

use clap::Subcommand;
use sitectl::ops::industries;

use super::args::{read_input, slug};
use super::view::ViewKind;
use super::{CliError, CommandContext};

pub const EXAMPLES: &str = "Examples:
  sitectl industry list
  sitectl industry show healthcare
  sitectl industry import taxonomy.toml";

#[derive(Debug, Subcommand)]
pub enum IndustryCommand {
    /// List industries with their number of active sectors
    #[command(after_help = "Example:\n  sitectl industry list --all --format json")]
    List {
        /// Include inactive industries
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        page: super::args::PageArgs,
    },
    /// Show an industry and its sectors
    #[command(after_help = "Example:\n  sitectl industry show legal-services")]
    Show { slug: String },
    /// Create or update industries and sectors from a taxonomy file (operator only)
    #[command(after_help = "Example:\n  sitectl industry import fixtures/industries.toml --dry-run\n\n\
The file has the format of fixtures/industries.toml; `active = false` deactivates. Nothing is deleted. `-` reads stdin.")]
    Import { file: PathBuf },
}

pub fn run(cx: &mut CommandContext, cmd: IndustryCommand) -> Result<(), CliError> {
    match cmd {
        IndustryCommand::List { all, page } => {
            let page = page.page();
            let columns = ["id", "slug", "name", "sector_count", "is_active"];
            cx.stream_list(&columns, |s, c, each| industries::each_industry(s, c, all, page, each))?;
        }
        IndustryCommand::Show { slug: s } => {
            let s = slug(&s)?;
            let r = cx.call(|st, c| industries::show_industry(st, c, &s))?;
            cx.detail(&r, ViewKind::Industry, None)?;
        }
        IndustryCommand::Import { file } => {
            let (text, name) = read_input(&file)?;
            let r = cx.call(|s, c| industries::import_industries(s, c, &text, &name))?;
            cx.ui.record(&r)?;
            cx.done(&format!(
                "imported {name}: industries {} created, {} updated, {} unchanged; sectors {} created, {} updated, {} unchanged",
                r.industries_created.len(),
                r.industries_updated.len(),
                r.industries_unchanged,
                r.sectors_created.len(),
                r.sectors_updated.len(),
                r.sectors_unchanged
            ));
        }
    }
    Ok(())
}
