//! The selectors every batch command takes, and a batch's lines printed as they come.

use std::path::PathBuf;

use clap::Args;
use sitectl::domain::{SiteRef, Slug, WpMode};
use sitectl::ops::fleet::{Listed, Selectors};
use sitectl::ops::wordpress::BatchItem;
use sitectl::{Code, Error};

use super::ui::{ListWriter, Ui};
use super::{CliError, CommandContext};
use sitectl::ops::wordpress as wp;
use sitectl::wordpress::Progress;

/// `--account`, `--plan`, `--industry`, `--mode`, `--sites-from`: which sites of the fleet a
/// batch acts on. Each is repeatable: any value of one selector admits a site, and a site must
/// be admitted by every selector given.
#[derive(Debug, Clone, Default, Args)]
#[command(next_help_heading = "Fleet selection")]
pub struct FleetArgs {
    /// Only sites of this account (repeatable)
    #[arg(long = "account", value_name = "SLUG")]
    pub accounts: Vec<Slug>,
    /// Only sites of accounts on this plan (repeatable)
    #[arg(long = "plan", value_name = "SLUG")]
    pub plans: Vec<Slug>,
    /// Only sites of this industry (repeatable)
    #[arg(long = "industry", value_name = "SLUG")]
    pub industries: Vec<Slug>,
    /// Only sites connected in this mode (repeatable)
    #[arg(long = "mode", value_name = "MODE", value_parser = super::args::enum_parser::<WpMode>())]
    pub modes: Vec<WpMode>,
    /// Only the sites listed in FILE (`-`: stdin), one per line as `site list --format ids` or
    /// ACCOUNT/SLUG; blank lines and lines starting with # are skipped
    #[arg(long, value_name = "FILE")]
    pub sites_from: Option<PathBuf>,
}

impl FleetArgs {
    /// Whether any selector was given (which makes a command a batch).
    pub fn any(&self) -> bool {
        !self.accounts.is_empty()
            || !self.plans.is_empty()
            || !self.industries.is_empty()
            || !self.modes.is_empty()
            || self.sites_from.is_some()
    }

    /// The selectors, with `--sites-from` read and `named` (sites given as arguments) added to
    /// its list.
    pub fn selectors(self, named: Vec<SiteRef>) -> Result<Selectors, CliError> {
        let mut sites: Option<Vec<Listed>> = None;
        if let Some(file) = &self.sites_from {
            let (text, name) = super::args::read_input(file)?;
            sites = Some(listed(&text, &name)?);
        }
        if !named.is_empty() {
            let list = sites.get_or_insert_with(Vec::new);
            list.extend(named.into_iter().map(|site| Listed { site, origin: String::new() }));
        }
        Ok(Selectors {
            accounts: self.accounts,
            plans: self.plans,
            industries: self.industries,
            modes: self.modes,
            sites,
        })
    }
}

/// The site references of a `--sites-from` file, one per line; a line repeating an earlier one
/// is the same site (kept once, so a long list of repeats costs no more than one).
fn listed(text: &str, name: &str) -> Result<Vec<Listed>, CliError> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (n, line) in text.lines().enumerate() {
        // A byte order mark a spreadsheet or editor put first is not part of the reference.
        let line = line.trim_start_matches('\u{feff}').trim();
        if line.is_empty() || line.starts_with('#') || !seen.insert(line) {
            continue;
        }
        let origin = format!("{name}:{}", n + 1);
        let site = line.parse::<SiteRef>().map_err(|mut e| {
            e.message = format!("{origin}: {}", e.message);
            e
        })?;
        out.push(Listed { site, origin });
    }
    Ok(out)
}

/// A batch's lines, printed as each site is done, and the count of failures for the summary.
pub struct BatchOut<'u> {
    writer: ListWriter<'u>,
    pub total: usize,
    pub failed: usize,
    /// The first write that failed (a closed pipe ends the batch quietly).
    broken: Option<CliError>,
}

impl<'u> BatchOut<'u> {
    pub fn new(ui: &'u Ui) -> Result<Self, CliError> {
        Ok(BatchOut { writer: ui.list_writer(&["site_id", "site", "ok", "error"])?, total: 0, failed: 0, broken: None })
    }

    /// Prints one site's line; false once stdout is gone (the batch then stops).
    pub fn push(&mut self, item: BatchItem) -> bool {
        self.total += 1;
        self.failed += usize::from(!item.ok);
        match self.writer.push(&item).and_then(|()| self.writer.flush()) {
            Ok(()) => true,
            Err(e) => {
                self.broken = Some(e);
                false
            }
        }
    }

    /// Ends the list; the summary on stderr, exit 7 when some sites failed.
    pub fn finish(self, ui: &Ui, verb: &str) -> Result<(), CliError> {
        if let Some(e) = self.broken {
            return Err(e);
        }
        self.writer.finish()?;
        let (total, failed) = (self.total, self.failed);
        if failed == 0 {
            ui.success(&format!("{total} sites {verb}"));
            return Ok(());
        }
        Err(Error::new(Code::BatchPartialFailure, format!("{failed} of {total} sites failed"))
            .with_hint("the per-site results are on stdout")
            .with_details(serde_json::json!({ "total": total, "failed": failed }))
            .into())
    }
}

/// The sites of a batch (`--all` or selectors), or `None` for one site's command.
pub fn batch_sites(cx: &mut CommandContext, all: bool, fleet: &FleetArgs) -> Result<Option<Vec<SiteRef>>, CliError> {
    if !all && !fleet.any() {
        return Ok(None);
    }
    let selectors = fleet.clone().selectors(Vec::new())?;
    Ok(Some(cx.call(|s, c| wp::batch_sites(s, c, &selectors))?))
}

/// Runs `job` over a batch's sites, printing each site's line as it is done.
pub fn run_batch(
    cx: &mut CommandContext,
    sites: &[SiteRef],
    concurrency: u16,
    verb: &str,
    job: impl Fn(&mut sitectl::store::Store, &SiteRef) -> sitectl::Result<(i64, String, serde_json::Value)> + Sync,
) -> Result<(), CliError> {
    let open = cx.store_opener();
    let bar = cx.ui.progress();
    bar.begin("sites", sites.len() as u64);
    let mut out = BatchOut::new(&cx.ui)?;
    wp::run_batch(
        sites,
        concurrency.into(),
        &open,
        |store, r| {
            let _tick = Tick(&bar);
            job(store, r)
        },
        |item| out.push(item),
    );
    bar.end();
    out.finish(&cx.ui, verb)
}

/// Advances the progress bar when a site's job ends, however it ends.
struct Tick<'a>(&'a super::ui::Bar);

impl Drop for Tick<'_> {
    fn drop(&mut self) {
        self.0.advance(1);
    }
}
