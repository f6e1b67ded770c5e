//! `sitectl site ...`

use clap::{Args, Subcommand};
use sitectl::domain::{AuditSubject, SiteRef};
use sitectl::domain::{HostingType, SiteType};
use sitectl::ops::sites::{self, ListFilter, SiteInput, SitePatch};

use super::args::{enum_parser, flag_pair, site_ref, slug, IfExistsArg};
use super::view::ViewKind;
use super::{CliError, CommandContext};

pub const EXAMPLES: &str = "Examples:
  sitectl site create 'Acme Blog' --account acme --domain blog.acme.example --industry healthcare --active
  sitectl site list --as ed@acme.example
  sitectl site show acme/acme-blog
  sitectl site deactivate 42
  sitectl site public acme/acme-blog";

const COLUMNS: &[&str] =
    &["id", "account", "slug", "name", "domain", "status", "is_active", "industry", "sector_count", "wp"];

#[derive(Debug, Subcommand)]
pub enum SiteCommand {
    /// Create a site (in the acting user's account, or --account for the operator)
    #[command(
        after_help = "Example:\n  sitectl site create 'Acme Blog' --account acme --slug blog --domain https://blog.acme.example/ --porcelain"
    )]
    Create(SiteCreateArgs),
    /// List the sites the acting user can see
    #[command(
        after_help = "Example:\n  sitectl site list --account acme --active --industry healthcare --limit 20 --format json"
    )]
    List(SiteListArgs),
    /// Show every field of a site, its sectors, grants and plan usage
    #[command(after_help = "Example:\n  sitectl site show acme/blog")]
    Show { site: SiteRef },
    /// Change a site's fields (never its account)
    #[command(after_help = "Example:\n  sitectl site update acme/blog --name 'The Acme Blog' --seo-title 'Acme news'")]
    Update(SiteUpdateArgs),
    /// Activate a site (other sites are untouched)
    #[command(after_help = "Example:\n  sitectl site activate acme/blog")]
    Activate { site: SiteRef },
    /// Deactivate a site
    #[command(after_help = "Example:\n  sitectl site deactivate acme/blog")]
    Deactivate { site: SiteRef },
    /// Soft-delete a site (restorable)
    #[command(after_help = "Example:\n  sitectl site delete acme/blog --yes")]
    Delete { site: SiteRef },
    /// Restore a soft-deleted site
    #[command(after_help = "Example:\n  sitectl site restore acme/blog")]
    Restore { site: SiteRef },
    /// Remove a soft-deleted site for good, with its sectors and grants (operator only)
    #[command(after_help = "Example:\n  sitectl site purge acme/blog --yes")]
    Purge { site: SiteRef },
    /// The unauthenticated public read by slug (ignores --as)
    #[command(after_help = "Example:\n  sitectl site public blog\n  sitectl site public acme/blog --format json")]
    Public {
        /// SLUG or ACCOUNT/SLUG
        slug: String,
    },
}

/// Where the site is hosted and what kind it is: set on create, changed by update.
#[derive(Debug, Args)]
pub struct SiteKindArgs {
    #[arg(long, value_parser = enum_parser::<HostingType>())]
    hosting_type: Option<HostingType>,
    #[arg(long, value_parser = enum_parser::<SiteType>())]
    site_type: Option<SiteType>,
}

#[derive(Debug, Args)]
pub struct SiteCreateArgs {
    /// Display name (asked for on a terminal when missing)
    name: Option<String>,
    /// The account (operator only; users always create in their own account)
    #[arg(long)]
    account: Option<String>,
    /// Slug, unique in the account [default: derived from the name]
    #[arg(long)]
    slug: Option<String>,
    /// Primary domain; a URL is reduced to its host
    #[arg(long)]
    domain: Option<String>,
    #[command(flatten)]
    kind: SiteKindArgs,
    /// Industry slug
    #[arg(long)]
    industry: Option<String>,
    /// Create it active
    #[arg(long)]
    active: bool,
    #[command(flatten)]
    if_exists: IfExistsArg,
}

#[derive(Debug, Args)]
pub struct SiteListArgs {
    #[arg(long)]
    account: Option<String>,
    /// Only active sites
    #[arg(long, conflicts_with = "inactive")]
    active: bool,
    /// Only inactive sites
    #[arg(long)]
    inactive: bool,
    /// Only soft-deleted sites
    #[arg(long)]
    deleted: bool,
    #[arg(long)]
    industry: Option<String>,
    #[arg(long, value_parser = enum_parser::<HostingType>())]
    hosting_type: Option<HostingType>,
    #[command(flatten)]
    page: super::args::PageArgs,
}

#[derive(Debug, Args)]
pub struct SiteUpdateArgs {
    site: SiteRef,
    #[arg(long)]
    name: Option<String>,
    #[arg(long)]
    slug: Option<String>,
    /// New domain ('' clears it)
    #[arg(long)]
    domain: Option<String>,
    #[command(flatten)]
    kind: SiteKindArgs,
    #[arg(long)]
    seo_title: Option<String>,
    #[arg(long)]
    seo_description: Option<String>,
    #[arg(long)]
    seo_keywords: Option<String>,
    #[arg(long)]
    og_image_url: Option<String>,
}

pub fn run(cx: &mut CommandContext, cmd: SiteCommand) -> Result<(), CliError> {
    match cmd {
        SiteCommand::Create(a) => {
            let name = match a.name {
                Some(n) => n,
                None => cx.ui.ask("Site name", "NAME (the site's name)")?,
            };
            // The operator must name the account; on a terminal, ask for it.
            let account = match a.account {
                None if cx.ctx.actor.is_none() && cx.ui.can_prompt() => Some(cx.ui.ask("Account (slug)", "--account")?),
                other => other,
            };
            let input = SiteInput {
                name,
                account: account.as_deref().map(slug).transpose()?,
                slug: a.slug.as_deref().map(slug).transpose()?,
                domain: a.domain,
                hosting_type: a.kind.hosting_type,
                site_type: a.kind.site_type,
                industry: a.industry.as_deref().map(slug).transpose()?,
                active: a.active,
            };
            let r = cx.call(|s, c| sites::create_site(s, c, input, a.if_exists.if_exists))?;
            cx.warnings(&r.warnings);
            cx.ui.produced(&r.value)?;
            let site = &r.value.record;
            cx.done(&format!("site '{}' (id {}) {}", site.qualified(), site.id, r.value.action.as_str()));
        }
        SiteCommand::List(a) => {
            let filter = ListFilter {
                account: a.account.as_deref().map(slug).transpose()?,
                active: flag_pair(a.active, a.inactive),
                deleted: a.deleted,
                industry: a.industry.as_deref().map(slug).transpose()?,
                hosting_type: a.hosting_type,
                page: a.page.page(),
            };
            cx.stream_list(COLUMNS, |s, c, each| sites::each_site(s, c, &filter, each))?;
        }
        SiteCommand::Show { site } => {
            let r = cx.call(|s, c| sites::show_site(s, c, &site))?;
            cx.detail(&r, ViewKind::Site, Some(AuditSubject::Site(r.site.qualified())))?;
        }
        SiteCommand::Update(a) => {
            let site = a.site.clone();
            let patch = SitePatch {
                name: a.name,
                slug: a.slug.as_deref().map(slug).transpose()?,
                domain: a.domain,
                hosting_type: a.kind.hosting_type,
                site_type: a.kind.site_type,
                seo_title: a.seo_title,
                seo_description: a.seo_description,
                seo_keywords: a.seo_keywords,
                og_image_url: a.og_image_url,
            };
            let r = cx.call(|s, c| sites::update_site(s, c, &site, patch))?;
            cx.warnings(&r.warnings);
            cx.ui.produced(&r.value)?;
            cx.changed(r.value.changed, &format!("site '{}'", r.value.record.qualified()), "updated");
        }
        SiteCommand::Activate { site } => state(cx, &site, true)?,
        SiteCommand::Deactivate { site } => state(cx, &site, false)?,
        SiteCommand::Delete { site } => {
            let r = &site;
            cx.ui.confirm(&format!("Delete site '{site}'? (it can be restored)"))?;
            let out = cx.call(|s, c| sites::set_deleted(s, c, r, true))?;
            cx.warnings(&out.warnings);
            cx.ui.produced(&out.value)?;
            if out.value.changed {
                cx.done(&format!("site '{}' deleted", out.value.record.qualified()));
            }
        }
        SiteCommand::Restore { site } => {
            let r = &site;
            let out = cx.call(|s, c| sites::set_deleted(s, c, r, false))?;
            cx.warnings(&out.warnings);
            cx.ui.produced(&out.value)?;
            if out.value.changed {
                cx.done(&format!("site '{}' restored", out.value.record.qualified()));
            }
        }
        SiteCommand::Purge { site } => {
            let r = &site;
            cx.ui.confirm(&format!("Purge site '{site}' with its sectors and grants? This cannot be undone"))?;
            let out = cx.call(|s, c| sites::purge_site(s, c, r))?;
            cx.ui.produced(&out)?;
            cx.done(&format!("site '{}' purged", out.qualified()));
        }
        SiteCommand::Public { slug: s } => {
            let r = site_ref(&s)?;
            let out = cx.call(|st, _| sitectl::ops::public::public_site(st, &r))?;
            cx.ui.record(&out)?;
        }
    }
    Ok(())
}

fn state(cx: &mut CommandContext, r: &SiteRef, active: bool) -> Result<(), CliError> {
    let out = cx.call(|s, c| sites::set_active(s, c, r, active))?;
    cx.warnings(&out.warnings);
    cx.ui.produced(&out.value)?;
    if out.value.changed {
        cx.done(&format!(
            "site '{}' {}",
            out.value.record.qualified(),
            if active { "activated" } else { "deactivated" }
        ));
    }
    Ok(())
}
