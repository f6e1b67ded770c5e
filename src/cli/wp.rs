//! `sitectl wp ...`: the site API key, connecting, testing, syncing, and the local mirror.

use clap::{Args, Subcommand};
use sitectl::domain::SiteRef;
use sitectl::ops::wordpress::{self as wp, ConnectInput, SyncOptions};
use sitectl::Code;
use sitectl::Error;

use super::fleet::{batch_sites, run_batch, FleetArgs};
use super::view::ViewKind;
use super::{CliError, CommandContext};

mod inventory;

pub const EXAMPLES: &str = "Examples:
  sitectl wp key generate acme/blog
  printf '%s' \"$WP_APP_PASSWORD\" | sitectl wp connect acme/blog --url https://blog.acme.example --username admin --app-password-stdin
  sitectl wp sync acme/blog
  sitectl wp sync --all --concurrency 4 --format jsonl
  sitectl wp content list acme/blog --type post --search launch";

#[derive(Debug, Subcommand)]
pub enum WpCommand {
    /// The site API key the igny8 bridge plugin authenticates with
    #[command(subcommand, after_help = "Example:\n  sitectl wp key generate acme/blog")]
    Key(KeyCommand),
    /// Connect a site to WordPress and sync its structure
    #[command(
        after_help = "Example:\n  sitectl wp connect acme/blog --url https://blog.acme.example --username admin --app-password-env WP_APP_PASSWORD\n\n\
Mode: bridge when the site runs the igny8 plugin (igny8/v1) and has an API key; else core with an\n\
Application Password; else read-only anonymous (public data only)."
    )]
    Connect(ConnectArgs),
    /// Re-check a connection (exit 8 with the reason when it fails)
    #[command(after_help = "Example:\n  sitectl wp test acme/blog\n  sitectl wp test --all --format jsonl")]
    Test(BatchArgs),
    /// Mode, connection, last sync, mirror counts, last error
    #[command(after_help = "Example:\n  sitectl wp status acme/blog --format json")]
    Status { site: SiteRef },
    /// Deactivate the integration and erase its credentials
    #[command(after_help = "Example:\n  sitectl wp disconnect acme/blog --purge-data --yes")]
    Disconnect {
        site: SiteRef,
        /// Also remove the synced mirror and the recorded inventory (asks for confirmation)
        #[arg(long)]
        purge_data: bool,
    },
    /// Pull structure and content into the local mirror (incremental by default)
    #[command(
        after_help = "Example:\n  sitectl wp sync acme/blog --content --types post,page\n  sitectl wp sync acme/blog --full\n  sitectl wp sync --all"
    )]
    Sync(SyncArgs),
    /// Publish content to its site's WordPress: one post per item, created once, then updated
    #[command(
        after_help = "Example:\n  sitectl wp publish 12 13 --status draft\n  sitectl wp publish 12 --at 2026-12-01T08:00:00Z\n  sitectl wp publish --due --concurrency 4 --format jsonl\n\n\
Unchanged content sends nothing. An edit made in WordPress since sitectl's last write stops the\n\
item (exit 6, remote_changed) unless --force. After a create whose answer never came, a post found\n\
by the item's slug is adopted only if it carries the item's creation token (and, in core mode, is\n\
the connected user's); any other is left alone (exit 6, remote_conflict), and --force creates a\n\
new post instead. With several items, one line each; exit 7 when some failed."
    )]
    Publish(PublishArgs),
    /// The mirrored posts, pages and other items
    #[command(subcommand, after_help = "Example:\n  sitectl wp content list acme/blog --status publish")]
    Content(ContentCommand),
    /// The mirrored taxonomy terms
    #[command(subcommand, after_help = "Example:\n  sitectl wp terms list acme/blog --taxonomy category")]
    Terms(TermsCommand),
    /// The log of connects, tests and syncs of a site
    #[command(
        after_help = "Example:\n  sitectl wp events acme/blog --limit 10\n  sitectl wp events acme/blog --follow --format jsonl"
    )]
    Events {
        site: SiteRef,
        /// The newest N events
        #[arg(long, value_name = "N")]
        limit: Option<u32>,
        /// Only events with an id above this one
        #[arg(long, value_name = "ID", value_parser = clap::value_parser!(i64).range(0..))]
        after: Option<i64>,
        /// Then print each new event as it is committed, until interrupted or the pipe closes
        #[arg(long)]
        follow: bool,
    },
    #[command(flatten)]
    Fleet(inventory::FleetCommand),
}

#[derive(Debug, Subcommand)]
pub enum KeyCommand {
    /// Generate the site's API key (shown once)
    #[command(after_help = "Example:\n  sitectl wp key generate acme/blog --porcelain")]
    Generate { site: SiteRef },
    /// Replace the key (the old one stops working; asks for confirmation)
    #[command(after_help = "Example:\n  sitectl wp key rotate acme/blog --yes")]
    Rotate { site: SiteRef },
    /// Show the key, masked unless --reveal
    #[command(after_help = "Example:\n  sitectl wp key show acme/blog --reveal")]
    Show {
        site: SiteRef,
        /// Print the whole key
        #[arg(long)]
        reveal: bool,
    },
    /// Remove the key (asks for confirmation)
    #[command(after_help = "Example:\n  sitectl wp key revoke acme/blog --yes")]
    Revoke { site: SiteRef },
    /// Read a key from stdin and check it against the site's (exit 0 or 5)
    #[command(after_help = "Example:\n  printf '%s' \"$KEY\" | sitectl wp key verify acme/blog")]
    Verify { site: SiteRef },
    /// Move every sealed secret from an old secret key to the current one (one transaction)
    #[command(
        after_help = "Example:\n  SITECTL_SECRET_KEY_FILE=new.key sitectl wp key reseal --from-key-file old.key --yes\n\n\
Opens each API key and Application Password with the old key and seals it with the current one\n\
(SITECTL_SECRET_KEY, the profile's secret_key_file, or <config dir>/secret.key). One secret that\n\
does not open with the old key changes nothing."
    )]
    Reseal {
        /// The key file the secrets are sealed with now
        #[arg(long, value_name = "FILE")]
        from_key_file: std::path::PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct ConnectArgs {
    site: SiteRef,
    /// The WordPress site's address
    #[arg(long)]
    url: String,
    /// WordPress user name for the Application Password
    #[arg(long)]
    username: Option<String>,
    /// Read the Application Password from stdin
    #[arg(long, conflicts_with = "app_password_env")]
    app_password_stdin: bool,
    /// Read the Application Password from this environment variable
    #[arg(long, value_name = "VAR")]
    app_password_env: Option<String>,
    /// Send credentials over plain http:// to a host other than this machine (they can be read
    /// on the way; refused without this flag)
    #[arg(long)]
    allow_insecure_http: bool,
}

#[derive(Debug, Args)]
pub struct BatchArgs {
    /// The site (or --all, or fleet selectors)
    #[arg(
        required_unless_present_any = ["all", "accounts", "plans", "industries", "modes", "sites_from"],
        conflicts_with_all = ["all", "accounts", "plans", "industries", "modes", "sites_from"]
    )]
    site: Option<SiteRef>,
    /// Every connected site you may change (selectors narrow it and imply it)
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    fleet: FleetArgs,
    /// Sites (with --all) or pages (one site) fetched at once
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=32))]
    concurrency: u16,
}

#[derive(Debug, Args)]
pub struct PublishArgs {
    /// Content ids
    #[arg(required_unless_present = "due", conflicts_with = "due")]
    ids: Vec<i64>,
    /// Every approved item whose scheduled time has come, on every site you may change
    #[arg(long)]
    due: bool,
    #[command(flatten)]
    fleet: FleetArgs,
    /// The WordPress status [default: from the editorial status: approved -> publish, review ->
    /// pending, draft -> draft]
    #[arg(long, value_parser = super::args::enum_parser::<sitectl::domain::PostStatus>())]
    status: Option<sitectl::domain::PostStatus>,
    /// The publication time (RFC 3339); a time to come makes the post `future`
    #[arg(long, conflicts_with = "due")]
    at: Option<String>,
    /// Overwrite an edit made in WordPress, publish a retracted item again, take over a run that
    /// never finished, or create a new post beside one found by slug that is not this item's
    #[arg(long)]
    force: bool,
    /// Items sent at once
    #[arg(long, default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=32))]
    concurrency: u16,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    #[command(flatten)]
    batch: BatchArgs,
    /// Post types and taxonomies with counts, and every term
    #[arg(long)]
    structure: bool,
    /// Posts, pages and other public types
    #[arg(long)]
    content: bool,
    /// Re-read all content and remove local rows whose post is gone
    #[arg(long)]
    full: bool,
    /// Only these post types
    #[arg(long, value_delimiter = ',', value_name = "A,B")]
    types: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// List mirrored items
    #[command(after_help = "Example:\n  sitectl wp content list acme/blog --type page --format csv")]
    List {
        site: SiteRef,
        #[arg(long = "type")]
        post_type: Option<String>,
        #[arg(long)]
        status: Option<String>,
        /// Text in the title or slug
        #[arg(long)]
        search: Option<String>,
        /// `--after` takes a WordPress id: the list is in WordPress id order
        #[command(flatten)]
        page: super::args::PageArgs,
    },
}

#[derive(Debug, Subcommand)]
pub enum TermsCommand {
    /// List mirrored terms
    #[command(after_help = "Example:\n  sitectl wp terms list acme/blog --taxonomy post_tag")]
    List {
        site: SiteRef,
        #[arg(long)]
        taxonomy: Option<String>,
        /// `--after` takes a WordPress id: the list is in WordPress id order
        #[command(flatten)]
        page: super::args::PageArgs,
    },
}

pub fn run(cx: &mut CommandContext, cmd: WpCommand) -> Result<(), CliError> {
    match cmd {
        WpCommand::Key(k) => key(cx, k),
        WpCommand::Connect(a) => connect(cx, a),
        WpCommand::Test(a) => test(cx, a),
        WpCommand::Status { site } => {
            let r = &site;
            let out = cx.call(|s, c| wp::status(s, c, r))?;
            cx.detail(&out, ViewKind::WpStatus, None)
        }
        WpCommand::Disconnect { site, purge_data } => {
            let r = &site;
            if purge_data {
                cx.ui.confirm(&format!("Disconnect '{site}' and delete its synced WordPress data?"))?;
            }
            let out = cx.call(|s, c| wp::disconnect(s, c, r, purge_data))?;
            cx.ui.produced(&out)?;
            cx.changed(out.changed, &format!("site '{}'", out.record.site), "disconnected");
            Ok(())
        }
        WpCommand::Sync(a) => sync(cx, a),
        WpCommand::Fleet(c) => inventory::run(cx, c),
        WpCommand::Publish(a) => publish(cx, a),
        WpCommand::Content(ContentCommand::List { site, post_type, status, search, page }) => {
            let r = &site;
            let f = wp::ContentQuery { post_type, status, search, page: page.page() };
            let columns = ["post_type", "wp_id", "slug", "title", "status", "modified_gmt"];
            cx.stream_list(&columns, |s, c, each| wp::each_content(s, c, r, &f, each))
        }
        WpCommand::Terms(TermsCommand::List { site, taxonomy, page }) => {
            let (r, t, page) = (&site, taxonomy.as_deref(), page.page());
            let columns = ["taxonomy", "wp_id", "slug", "name", "parent", "count"];
            cx.stream_list(&columns, |s, c, each| wp::each_term(s, c, r, t, page, each))
        }
        WpCommand::Events { site, limit, after, follow } => {
            let (r, newest) = (&site, limit.map(i64::from));
            let columns: Vec<&str> =
                "id kind status created updated deleted unchanged request_count error started_at".split(' ').collect();
            if follow {
                return cx.follow_list(
                    &columns,
                    |s, c, each| sitectl::ops::follow::follow_events_start(s, c, r, newest, after, each),
                    |s, c, tail, each| sitectl::ops::follow::follow_events_poll(s, c, r, tail, each),
                );
            }
            cx.stream_list(&columns, |s, c, each| wp::each_event(s, c, r, newest, after, each))
        }
    }
}

fn key(cx: &mut CommandContext, cmd: KeyCommand) -> Result<(), CliError> {
    match cmd {
        KeyCommand::Generate { site } => {
            let r = &site;
            let out = cx.call(|s, c| wp::generate_api_key(s, c, r, false))?;
            cx.ui.produced_secret(&out.api_key, &out)?;
            cx.done(&format!("API key generated for site '{}'; it is shown only now", out.site));
        }
        KeyCommand::Rotate { site } => {
            let r = &site;
            cx.ui.confirm(&format!("Rotate the API key of '{site}'? The old key stops working at once"))?;
            let out = cx.call(|s, c| wp::generate_api_key(s, c, r, true))?;
            cx.ui.produced_secret(&out.api_key, &out)?;
            cx.done(&format!("API key rotated for site '{}'; it is shown only now", out.site));
        }
        KeyCommand::Show { site, reveal } => {
            let r = &site;
            let out = cx.call(|s, c| wp::show_api_key(s, c, r, reveal))?;
            cx.ui.record(&out)?;
        }
        KeyCommand::Revoke { site } => {
            let r = &site;
            cx.ui.confirm(&format!("Revoke the API key of '{site}'? The bridge plugin loses access"))?;
            let out = cx.call(|s, c| wp::revoke_api_key(s, c, r))?;
            cx.ui.produced(&out)?;
            cx.changed(out.changed, &format!("API key of site '{}'", out.record.qualified()), "revoked");
        }
        KeyCommand::Reseal { from_key_file } => {
            let old = sitectl::secrets::SecretKey::from_file(&from_key_file)?;
            cx.ui.confirm("Reseal every secret of this database under the current key?")?;
            let out = cx.call(|s, c| sitectl::ops::keys::reseal(s, c, &old))?;
            cx.ui.record(&out)?;
            cx.done(&format!("{} secrets resealed under the current key", out.resealed));
        }
        KeyCommand::Verify { site } => {
            let r = &site;
            let candidate = read_secret_stdin("the key on stdin")?;
            cx.call(|s, c| wp::verify_api_key(s, c, r, &candidate))?;
            cx.ui.success("the key matches");
        }
    }
    Ok(())
}

/// A secret from stdin: bounded, and UTF-8 or a clear error (exit 4).
fn read_secret_stdin(what: &str) -> Result<String, CliError> {
    Ok(sitectl::bounded::read_text(std::io::stdin().lock(), sitectl::bounded::SECRET_BYTES, what)?)
}

fn connect(cx: &mut CommandContext, a: ConnectArgs) -> Result<(), CliError> {
    let r = a.site;
    let app_password = if a.app_password_stdin {
        let text = read_secret_stdin("the Application Password on stdin")?;
        Some(text.trim_end_matches(['\r', '\n']).to_string()).filter(|p| !p.is_empty())
    } else if let Some(var) = &a.app_password_env {
        Some(cx.secret_from_env(var)?)
    } else {
        None
    };
    let input =
        ConnectInput { url: a.url, username: a.username, app_password, allow_insecure_http: a.allow_insecure_http };
    cx.stop_syncs_on_interrupt();
    let bar = cx.ui.progress();
    let out = cx.call(|s, c| wp::connect(s, c, &r, input, &bar))?;
    cx.warnings(&out.warnings);
    cx.ui.produced(&out.integration)?;
    let i = &out.integration;
    match &out.structure_error {
        None => {
            cx.done(&format!(
                "site '{}' connected to {} ({} mode) and its structure synced",
                i.site, i.external_site_url, i.mode
            ));
            Ok(())
        }
        Some(e) => Err(Error::new(
            Code::StructureSyncFailed,
            format!("site '{}' is connected, but its structure sync failed: {}", i.site, e.message),
        )
        .with_hint(format!("fix the cause and run `sitectl wp sync {} --structure`", i.site))
        .with_details(serde_json::json!({ "cause": e.code }))
        .into()),
    }
}

fn publish(cx: &mut CommandContext, a: PublishArgs) -> Result<(), CliError> {
    let at = a.at.as_deref().map(super::args::rfc3339).transpose()?;
    let options = wp::PublishOptions { status: a.status, at, force: a.force };
    if a.fleet.any() && !a.due {
        return Err(Error::new(Code::Usage, "fleet selectors choose the sites of `wp publish --due`")
            .with_hint("add --due, or name the content ids alone")
            .into());
    }
    let ids = if a.due {
        let selectors = a.fleet.selectors(Vec::new())?;
        cx.call(|s, c| wp::due_content(s, c, &selectors))?
    } else {
        a.ids
    };
    let open = cx.store_opener();
    let ctx = cx.ctx.clone();
    if !a.due && ids.len() == 1 {
        let mut one = None;
        wp::publish_many(&ids, 1, &open, &ctx, &options, false, |item, error| {
            one = Some((item, error));
            true
        })?;
        let (item, error) = one.ok_or_else(|| Error::internal("a publish ended without its result"))?;
        if let Some(e) = error {
            return Err(e.into());
        }
        cx.ui.record(&item)?;
        let post = item.external_id.map(|p| format!(" (post {p})")).unwrap_or_default();
        cx.done(&format!("content {} {}{post}", item.id, item.action.as_str()));
        return Ok(());
    }
    let mut writer = cx.ui.list_writer(&["id", "site", "slug", "action", "external_id", "wp_status", "error"])?;
    let (mut total, mut failed, mut broken) = (0usize, 0usize, None);
    wp::publish_many(&ids, a.concurrency.into(), &open, &ctx, &options, a.due, |item, _| {
        total += 1;
        failed += usize::from(item.error.is_some());
        writer.push(&item).and_then(|()| writer.flush()).map_err(|e| broken = Some(e)).is_ok()
    })?;
    if let Some(e) = broken {
        return Err(e);
    }
    writer.finish()?;
    if failed == 0 {
        cx.done(&format!("{total} items published or up to date"));
        return Ok(());
    }
    Err(Error::new(Code::BatchPartialFailure, format!("{failed} of {total} items failed"))
        .with_hint("the per-item results are on stdout")
        .with_details(serde_json::json!({ "total": total, "failed": failed }))
        .into())
}

fn test(cx: &mut CommandContext, a: BatchArgs) -> Result<(), CliError> {
    if let Some(sites) = batch_sites(cx, a.all, &a.fleet)? {
        let ctx = cx.ctx.clone();
        return run_batch(cx, &sites, a.concurrency, "tested", |store, r| {
            let report = wp::test(store, &ctx, r)?;
            let (id, site) = (report.site_id, report.site.clone());
            match &report.error {
                None => Ok((id, site, serde_json::to_value(&report)?)),
                Some(e) => Err(Error::new(e.code, e.message.clone())),
            }
        });
    }
    let Some(r) = a.site else { unreachable!("clap requires SITE without --all") };
    let out = cx.call(|s, c| wp::test(s, c, &r))?;
    cx.ui.record(&out)?;
    match &out.error {
        None => {
            cx.ui.success(&format!("site '{}' reaches WordPress ({} mode)", out.site, out.mode));
            Ok(())
        }
        Some(e) => Err(Error::new(e.code, format!("site '{}': {}", out.site, e.message)).into()),
    }
}

fn sync(cx: &mut CommandContext, a: SyncArgs) -> Result<(), CliError> {
    // Neither --structure nor --content: both.
    let both = !a.structure && !a.content;
    let options = SyncOptions {
        structure: a.structure || both,
        content: a.content || both,
        full: a.full,
        types: a.types.into_iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect(),
        concurrency: a.batch.concurrency.into(),
        ..SyncOptions::default()
    };
    cx.stop_syncs_on_interrupt();
    if let Some(sites) = batch_sites(cx, a.batch.all, &a.batch.fleet)? {
        let ctx = cx.ctx.clone();
        return run_batch(cx, &sites, a.batch.concurrency, "synced", |store, r| {
            let report = wp::sync(store, &ctx, r, &options, &sitectl::wordpress::NoProgress)?;
            Ok((report.site_id, report.site.clone(), serde_json::to_value(&report)?))
        });
    }
    let Some(r) = a.batch.site else { unreachable!("clap requires SITE without --all") };
    let bar = cx.ui.progress();
    let out = cx.call(|s, c| wp::sync(s, c, &r, &options, &bar))?;
    cx.ui.record(&out)?;
    let c = &out.summary.content;
    cx.done(&format!(
        "site '{}' synced: {} terms, content {} created, {} updated, {} deleted, {} unchanged ({} requests)",
        out.site,
        out.summary.terms.created + out.summary.terms.updated + out.summary.terms.unchanged,
        c.created,
        c.updated,
        c.deleted,
        c.unchanged,
        out.summary.requests
    ));
    Ok(())
}
