//! `sitectl content ...`

use std::path::PathBuf;

use clap::{Args, Subcommand};
use sitectl::domain::{AuditSubject, ContentFilter, ContentStatus, Editorial, PublishStatus, SiteRef, Slug};
use sitectl::ops::content::{self, ContentInput, ContentPatch};

use super::args::{enum_parser, read_input, slug, IfExistsArg, PageArgs};
use super::view::ViewKind;
use super::{CliError, CommandContext};

pub const EXAMPLES: &str = "Examples:
  sitectl content create acme/blog --sector dental-clinics --title 'Brushing 101' --body-file post.html --tag teeth
  sitectl content list acme/blog --sector dental-clinics --status approved
  sitectl content approve 12
  sitectl content schedule 12 --at 2026-12-01T08:00:00Z";

const COLUMNS: &[&str] = &["id", "site", "sector", "slug", "title", "status", "publish_status", "scheduled_at"];

#[derive(Debug, Subcommand)]
pub enum ContentCommand {
    /// Create content on a site, in one of the site's active sectors
    #[command(
        after_help = "Example:\n  sitectl content create acme/blog --sector dental-clinics --title 'Brushing 101' --body-file - < post.html"
    )]
    Create(CreateArgs),
    /// List the content the acting user can see (of one site, or of all)
    #[command(after_help = "Example:\n  sitectl content list acme/blog --publish-status published --format json")]
    List(ListArgs),
    /// Show a piece of content, its body and where it was published
    #[command(after_help = "Example:\n  sitectl content show 12")]
    Show { id: i64 },
    /// Change a piece of content
    #[command(
        after_help = "Example:\n  sitectl content update 12 --title 'Brushing, explained' --tag teeth --tag kids"
    )]
    Update(UpdateArgs),
    /// Delete a piece of content (soft: it leaves lists; WordPress is not touched, `retract` still works)
    #[command(after_help = "Example:\n  sitectl content delete 12")]
    Delete { id: i64 },
    /// Send a draft to review
    #[command(after_help = "Example:\n  sitectl content review 12")]
    Review { id: i64 },
    /// Approve content in review (approved content can be published)
    #[command(after_help = "Example:\n  sitectl content approve 12")]
    Approve { id: i64 },
    /// Take content back to draft
    #[command(after_help = "Example:\n  sitectl content reopen 12")]
    Reopen { id: i64 },
    /// Move the content's post to WordPress's trash and mark it retracted (deleted content too)
    #[command(after_help = "Example:\n  sitectl content retract 12")]
    Retract { id: i64 },
    /// Schedule approved content for `wp publish --due`
    #[command(after_help = "Example:\n  sitectl content schedule 12 --at 2026-12-01T08:00:00Z")]
    Schedule {
        id: i64,
        /// An RFC 3339 time
        #[arg(long)]
        at: String,
    },
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    site: SiteRef,
    /// A sector active on the site
    #[arg(long)]
    sector: String,
    #[arg(long)]
    title: String,
    /// The body (HTML) from a file; `-` reads stdin
    #[arg(long, value_name = "FILE")]
    body_file: Option<PathBuf>,
    #[arg(long, default_value = "")]
    excerpt: String,
    /// Unique on the site [default: derived from the title]
    #[arg(long)]
    slug: Option<String>,
    #[command(flatten)]
    terms: TermArgs,
    #[command(flatten)]
    if_exists: IfExistsArg,
}

/// `--category` and `--tag`, by slug.
#[derive(Debug, Args)]
pub struct TermArgs {
    /// A category slug (repeatable; `content update` replaces the categories)
    #[arg(long = "category", value_name = "SLUG")]
    categories: Vec<String>,
    /// A tag slug (repeatable; `content update` replaces the tags)
    #[arg(long = "tag", value_name = "SLUG")]
    tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    site: Option<SiteRef>,
    /// Only content of this sector (deactivated sectors keep theirs)
    #[arg(long)]
    sector: Option<String>,
    #[arg(long, value_parser = enum_parser::<ContentStatus>())]
    status: Option<ContentStatus>,
    #[arg(long, value_parser = enum_parser::<PublishStatus>())]
    publish_status: Option<PublishStatus>,
    /// Only deleted content
    #[arg(long)]
    deleted: bool,
    #[command(flatten)]
    page: PageArgs,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    id: i64,
    /// Move it to another sector active on the site
    #[arg(long)]
    sector: Option<String>,
    #[arg(long)]
    title: Option<String>,
    #[arg(long, value_name = "FILE")]
    body_file: Option<PathBuf>,
    #[arg(long)]
    excerpt: Option<String>,
    #[arg(long)]
    slug: Option<String>,
    #[command(flatten)]
    terms: TermArgs,
    /// Remove every category
    #[arg(long, conflicts_with = "categories")]
    no_categories: bool,
    /// Remove every tag
    #[arg(long, conflicts_with = "tags")]
    no_tags: bool,
}

fn slugs(list: &[String]) -> Result<Vec<Slug>, CliError> {
    list.iter().map(|s| slug(s)).collect()
}

fn body(file: Option<&PathBuf>) -> Result<Option<String>, CliError> {
    Ok(file.map(|f| read_input(f)).transpose()?.map(|(text, _)| text))
}

pub fn run(cx: &mut CommandContext, cmd: ContentCommand) -> Result<(), CliError> {
    match cmd {
        ContentCommand::Create(a) => {
            let input = ContentInput {
                site: a.site,
                sector: slug(&a.sector)?,
                title: a.title,
                slug: a.slug.as_deref().map(slug).transpose()?,
                body: body(a.body_file.as_ref())?.unwrap_or_default(),
                excerpt: a.excerpt,
                categories: slugs(&a.terms.categories)?,
                tags: slugs(&a.terms.tags)?,
            };
            let out = cx.call(|s, c| content::create_content(s, c, input, a.if_exists.if_exists))?;
            cx.ui.produced(&out)?;
            cx.done(&format!("content {} '{}' {}", out.record.id, out.record.slug, out.action.as_str()));
        }
        ContentCommand::List(a) => {
            let f = ContentFilter {
                sector: a.sector.as_deref().map(slug).transpose()?,
                status: a.status,
                publish_status: a.publish_status,
                deleted: a.deleted,
                page: a.page.page(),
            };
            let site = a.site;
            cx.stream_list(COLUMNS, |s, c, each| content::each_content(s, c, site.as_ref(), &f, each))?;
        }
        ContentCommand::Show { id } => {
            let out = cx.call(|s, c| content::show_content(s, c, id))?;
            cx.detail(&out, ViewKind::Content, Some(AuditSubject::Content(id)))?;
        }
        ContentCommand::Update(a) => {
            let patch = ContentPatch {
                sector: a.sector.as_deref().map(slug).transpose()?,
                title: a.title,
                slug: a.slug.as_deref().map(slug).transpose()?,
                body: body(a.body_file.as_ref())?,
                excerpt: a.excerpt,
                categories: if a.no_categories {
                    Some(Vec::new())
                } else {
                    Some(slugs(&a.terms.categories)?).filter(|c| !c.is_empty())
                },
                tags: if a.no_tags { Some(Vec::new()) } else { Some(slugs(&a.terms.tags)?).filter(|t| !t.is_empty()) },
            };
            let id = a.id;
            let out = cx.call(|s, c| content::update_content(s, c, id, patch))?;
            cx.ui.produced(&out)?;
            cx.changed(out.changed, &format!("content {id}"), "updated");
        }
        ContentCommand::Delete { id } => {
            let out = cx.call(|s, c| content::delete_content(s, c, id))?;
            cx.warnings(&out.warnings);
            cx.ui.produced(&out.value)?;
            cx.changed(out.value.changed, &format!("content {id}"), "deleted");
        }
        ContentCommand::Review { id } => editorial(cx, id, Editorial::Review)?,
        ContentCommand::Approve { id } => editorial(cx, id, Editorial::Approve)?,
        ContentCommand::Reopen { id } => editorial(cx, id, Editorial::Reopen)?,
        ContentCommand::Retract { id } => {
            let out = cx.call(|s, c| sitectl::ops::wordpress::retract(s, c, id))?;
            cx.ui.record(&out)?;
            let post = out.external_id.map(|p| format!("post {p}")).unwrap_or_default();
            cx.done(&format!("content {id} retracted: {post} is in WordPress's trash"));
        }
        ContentCommand::Schedule { id, at } => {
            let at = super::args::rfc3339(&at)?;
            let out = cx.call(|s, c| content::schedule_content(s, c, id, &at))?;
            cx.ui.produced(&out)?;
            cx.changed(out.changed, &format!("content {id}"), &format!("scheduled for {at}"));
        }
    }
    Ok(())
}

fn editorial(cx: &mut CommandContext, id: i64, verb: Editorial) -> Result<(), CliError> {
    let out = cx.call(|s, c| content::set_editorial(s, c, id, verb))?;
    cx.ui.produced(&out)?;
    cx.changed(out.changed, &format!("content {id}"), &format!("now {}", out.record.status));
    Ok(())
}
