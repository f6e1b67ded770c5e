//! `sitectl wp inventory`, `wp plugins list`, `wp themes list`: what each WordPress runs.

use clap::{Args, Subcommand};
use sitectl::domain::{ComponentKind, ComponentQuery, ComponentStatus, SiteRef};
use sitectl::ops::wordpress as wp;

use super::{batch_sites, run_batch, BatchArgs};
use crate::cli::{CliError, CommandContext};

#[derive(Debug, Subcommand)]
pub enum FleetCommand {
    /// What a site's WordPress runs: its version, the bridge plugin's, every plugin and theme
    #[command(
        after_help = "Example:\n  sitectl wp inventory acme/blog\n  sitectl wp inventory acme/blog --refresh\n  \
sitectl wp inventory --all --refresh --format jsonl\n\n\
Without --refresh, what was recorded (no request). --refresh reads WordPress again: the bridge\n\
plugin's status (bridge mode), then wp/v2/plugins and wp/v2/themes, which WordPress lists to an\n\
administrator's Application Password only. A list it refuses is recorded not_permitted (401/403),\n\
one it lacks or an anonymous connection cannot ask for not_available; neither is an error.\n\
`wp test` and `wp sync` record the same."
    )]
    Inventory(InventoryArgs),
    /// The plugins recorded by `wp inventory --refresh`, `wp test` or `wp sync`
    #[command(subcommand, after_help = "Example:\n  sitectl wp plugins list --all --plugin akismet --below 5.0")]
    Plugins(PluginsCommand),
    /// The themes recorded by `wp inventory --refresh`, `wp test` or `wp sync`
    #[command(subcommand, after_help = "Example:\n  sitectl wp themes list --theme twentytwentythree --below 1.1")]
    Themes(ThemesCommand),
}

#[derive(Debug, Args)]
pub struct InventoryArgs {
    #[command(flatten)]
    batch: BatchArgs,
    /// Read WordPress again and record what it runs (otherwise: what was recorded)
    #[arg(long)]
    refresh: bool,
}

#[derive(Debug, Subcommand)]
pub enum PluginsCommand {
    /// List recorded plugins, one line per site and plugin (no request)
    #[command(
        after_help = "Example:\n  sitectl wp plugins list --plugin akismet --below 5.0 --status active --format csv\n\n\
Versions compare as WordPress compares them (PHP's version_compare): 5.10 is newer than 5.9,\n\
6.1.9 than 6.1, and 6.1.0 than 6.1. A plugin that reported no version is not listed by --below."
    )]
    List {
        #[command(flatten)]
        list: ListArgs,
        /// Only this plugin: its slug (akismet/akismet) or its folder (akismet)
        #[arg(long, value_name = "SLUG")]
        plugin: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum ThemesCommand {
    /// List recorded themes, one line per site and theme (no request)
    #[command(after_help = "Example:\n  sitectl wp themes list acme/blog --status active")]
    List {
        #[command(flatten)]
        list: ListArgs,
        /// Only this theme (its stylesheet: twentytwentythree)
        #[arg(long, value_name = "SLUG")]
        theme: Option<String>,
    },
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// One site (default: every site you can see)
    #[arg(conflicts_with = "all")]
    site: Option<SiteRef>,
    /// Every site you can see (the default)
    #[arg(long)]
    all: bool,
    /// Only versions older than this one (WordPress's comparison)
    #[arg(long, value_name = "VERSION", value_parser = version_arg)]
    below: Option<String>,
    /// Only this status (`active` includes `network-active`)
    #[arg(long, value_parser = crate::cli::args::enum_parser::<ComponentStatus>())]
    status: Option<ComponentStatus>,
}

/// A `--below` version: text of at most 64 bytes without control characters, as versions are
/// stored.
fn version_arg(s: &str) -> Result<String, String> {
    let max = sitectl::wordpress::inventory::MAX_VERSION_BYTES;
    if s.trim().is_empty() {
        return Err("a version is needed (e.g. 5.0)".into());
    }
    if s.len() > max || s.chars().any(char::is_control) {
        return Err(format!("a version is at most {max} bytes of text without control characters"));
    }
    Ok(s.to_string())
}

pub fn run(cx: &mut CommandContext, cmd: FleetCommand) -> Result<(), CliError> {
    match cmd {
        FleetCommand::Inventory(a) => inventory(cx, a),
        FleetCommand::Plugins(PluginsCommand::List { list, plugin }) => {
            components(cx, ComponentKind::Plugin, list, plugin)
        }
        FleetCommand::Themes(ThemesCommand::List { list, theme }) => components(cx, ComponentKind::Theme, list, theme),
    }
}

const INVENTORY_COLUMNS: [&str; 10] = [
    "site_id",
    "site",
    "wordpress_version",
    "bridge_version",
    "bridge_health",
    "plugins_read",
    "plugin_count",
    "themes_read",
    "theme_count",
    "refreshed_at",
];

fn inventory(cx: &mut CommandContext, a: InventoryArgs) -> Result<(), CliError> {
    if !a.refresh && (a.batch.all || a.batch.fleet.any()) {
        let selectors = a.batch.fleet.clone().selectors(Vec::new())?;
        return cx.stream_list(&INVENTORY_COLUMNS, |s, c, each| wp::each_inventory(s, c, &selectors, each));
    }
    if a.refresh {
        if let Some(sites) = batch_sites(cx, a.batch.all, &a.batch.fleet)? {
            let ctx = cx.ctx.clone();
            return run_batch(cx, &sites, a.batch.concurrency, "inventoried", |store, r| {
                let report = wp::refresh_inventory(store, &ctx, r)?;
                Ok((report.site_id, report.site.clone(), serde_json::to_value(&report)?))
            });
        }
    }
    let Some(r) = a.batch.site else { unreachable!("clap requires SITE without --all") };
    if !a.refresh {
        let out = cx.call(|s, c| wp::show_inventory(s, c, &r))?;
        cx.ui.record(&out)?;
        if out.inventory.is_none() {
            cx.ui.warn(&format!(
                "nothing recorded for site '{}' yet: run `sitectl wp inventory {} --refresh`",
                out.site, out.site
            ));
        }
        return Ok(());
    }
    let out = cx.call(|s, c| wp::refresh_inventory(s, c, &r))?;
    cx.ui.record(&out)?;
    if let Some(i) = &out.inventory {
        let count = |read: sitectl::domain::ReadStatus, n: i64, what: &str| match read {
            sitectl::domain::ReadStatus::Read => format!("{n} {what}"),
            why => format!("{what} not read ({why})"),
        };
        cx.done(&format!(
            "site '{}' inventory recorded: {}, {}",
            out.site,
            count(i.plugins_read, i.plugin_count, "plugins"),
            count(i.themes_read, i.theme_count, "themes")
        ));
    }
    Ok(())
}

fn components(cx: &mut CommandContext, kind: ComponentKind, a: ListArgs, slug: Option<String>) -> Result<(), CliError> {
    let q = ComponentQuery { kind, site_id: None, slug: slug.map(|s| s.trim().to_string()), status: a.status };
    let (site, below) = (a.site, a.below);
    let columns = ["site_id", "site", "slug", "name", "version", "status"];
    cx.stream_list(&columns, |s, c, each| wp::each_component(s, c, site.as_ref(), &q, below.as_deref(), each))
}
