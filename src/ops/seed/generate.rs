//! Generating a deterministic synthetic data set for load tests.

use crate::error::Code;
use serde::Serialize;

use crate::domain::{AccountStatus, Email, HostingType, Role, SiteType, Slug};
use crate::error::{Error, Result};
use crate::ops::Ctx;
use crate::rules::{self};
use crate::store::Store;
use crate::wordpress::Progress;

/// What `seed generate` takes.
#[derive(Debug, Clone, Copy)]
pub struct GenerateInput {
    pub accounts: u32,
    pub sites_per_account: u32,
    pub sectors_per_site: u32,
    pub seed: u64,
}

/// What `seed generate` wrote.
#[derive(Debug, Clone, Default, Serialize)]
pub struct GenerateReport {
    pub plan: String,
    #[serde(rename = "account_count")]
    pub accounts: u64,
    #[serde(rename = "user_count")]
    pub users: u64,
    #[serde(rename = "site_count")]
    pub sites: u64,
    #[serde(rename = "sector_count")]
    pub sectors: u64,
    #[serde(rename = "grant_count")]
    pub grants: u64,
}

/// A tiny deterministic generator (SplitMix64). Hand-written on purpose: the data set must be
/// identical for a given seed across releases, which general-purpose RNG crates do not promise.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

const FIRST: &[&str] = &[
    "Blue",
    "North",
    "Bright",
    "Silver",
    "Cedar",
    "Harbor",
    "Summit",
    "Prairie",
    "Copper",
    "Maple",
    "Granite",
    "Coastal",
    "Union",
    "Pioneer",
    "Evergreen",
    "Golden",
];
const SECOND: &[&str] = &[
    "River", "Ridge", "Oak", "Stone", "Field", "Bay", "Peak", "Valley", "Lake", "Forge", "Bridge", "Grove", "Harvest",
    "Meadow", "Point", "Crest",
];
const SUFFIX: &[&str] =
    &["Group", "Partners", "Studio", "Labs", "Co", "Holdings", "Collective", "Works", "Agency", "Ventures"];
const SITE_KIND: &[&str] =
    &["Blog", "Shop", "Journal", "Portal", "Guide", "News", "Academy", "Clinic", "Market", "Hub"];

/// An industry id and its active sector templates (id, name, slug).
type SectorPool = (i64, Vec<(i64, String, String)>);

/// Writes a deterministic synthetic data set straight to the database, in large transactions.
/// A generated slug or email that already exists: a conflict naming it.
/// Accounts per batch of multi-row writes, at most.
const BATCH: u32 = 200;
/// Sites per batch, at most (but for one account with more): a batch is held in memory whole,
/// so a run of accounts with a million sites each holds one account, not two hundred.
const BATCH_SITES: u32 = 4_000;

/// One account as drawn, before it is written: the whole account, or a part of its sites when
/// it has more than a batch holds.
struct GeneratedAccount {
    name: String,
    slug: Slug,
    /// Each site's fields, its sector pool and the pool offset its sectors start at.
    sites: Vec<(crate::store::SiteFields, usize, usize)>,
    /// More sites of an account an earlier batch wrote (with its owner and editor).
    continued: bool,
}

/// The account a batch ended in the middle of: its slug, id and editor's id.
type Open = Option<(Slug, i64, i64)>;

/// Writes a batch of accounts with their owner, editor, sites, sectors and the editor's grants,
/// one multi-row statement per table. A slug or email already taken fails the whole run.
fn write_batch(
    tx: &crate::store::Tx<'_>,
    batch: &[GeneratedAccount],
    plan_id: i64,
    sectors_per_site: u32,
    pools: &[SectorPool],
    open: &mut Open,
    report: &mut GenerateReport,
) -> Result<()> {
    let fresh: Vec<&GeneratedAccount> = batch.iter().filter(|a| !a.continued).collect();
    let slugs: Vec<Slug> = fresh.iter().map(|a| a.slug.clone()).collect();
    if let Some(slug) = tx.taken_account_slugs(&slugs)?.first() {
        return Err(taken("account", slug));
    }
    let people = |a: &GeneratedAccount| -> Result<[(Email, String, Role); 2]> {
        Ok([
            (format!("owner@{}.example.com", a.slug).parse()?, format!("Owner of {}", a.name), Role::Owner),
            (format!("editor@{}.example.com", a.slug).parse()?, format!("Editor at {}", a.name), Role::Editor),
        ])
    };
    let mut emails = Vec::new();
    for a in &fresh {
        emails.extend(people(a)?.into_iter().map(|(e, _, _)| e));
    }
    if let Some(email) = tx.taken_emails(&emails)?.first() {
        return Err(taken("user", email));
    }
    let accounts: Vec<_> =
        fresh.iter().map(|a| (a.slug.clone(), a.name.clone(), AccountStatus::Active, plan_id)).collect();
    let account_ids = tx.insert_accounts(&accounts)?;
    let mut users = Vec::new();
    for a in &fresh {
        let account_id = account_ids
            .get(a.slug.as_str())
            .copied()
            .ok_or_else(|| Error::internal("a generated account has no id"))?;
        users.extend(people(a)?.into_iter().map(|(e, name, role)| (e, name, role, account_id)));
    }
    let user_ids = tx.insert_users(&users)?;
    let ids: Vec<i64> = account_ids.values().copied().collect();
    tx.set_owners_from_roles(&ids)?;
    // Each part's account id and editor id: from this batch, or from the batch the account began in.
    let mut owners = Vec::with_capacity(batch.len());
    for a in batch {
        let known = match open {
            Some((slug, account_id, editor)) if a.continued && *slug == a.slug => Some((*account_id, *editor)),
            _ => None,
        };
        let pair = match known {
            Some(pair) => pair,
            None => {
                let account_id = account_ids
                    .get(a.slug.as_str())
                    .copied()
                    .ok_or_else(|| Error::internal("a generated account has no id"))?;
                let editor = user_ids
                    .get(&format!("editor@{}.example.com", a.slug))
                    .copied()
                    .ok_or_else(|| Error::internal("a generated editor has no id"))?;
                (account_id, editor)
            }
        };
        owners.push(pair);
    }
    let mut sites = Vec::new();
    for (a, (account_id, _)) in batch.iter().zip(&owners) {
        sites.extend(a.sites.iter().map(|(f, _, _)| (*account_id, f.clone())));
    }
    let site_ids = tx.insert_sites(&sites)?;
    let mut sectors = Vec::new();
    let mut grants = Vec::new();
    for (a, (account_id, editor)) in batch.iter().zip(&owners) {
        for (fields, pool, start) in &a.sites {
            let site_id = site_ids
                .get(&format!("{account_id}/{}", fields.slug))
                .copied()
                .ok_or_else(|| Error::internal("a generated site has no id"))?;
            let templates = &pools[*pool].1;
            for k in 0..sectors_per_site as usize {
                let (template_id, name, slug) = &templates[(start + k) % templates.len()];
                sectors.push(crate::store::NewSector {
                    account_id: *account_id,
                    site_id,
                    template_id: *template_id,
                    name,
                    slug,
                });
            }
            grants.push((*editor, site_id));
        }
    }
    if let (Some(last), Some(pair)) = (batch.last(), owners.last()) {
        *open = Some((last.slug.clone(), pair.0, pair.1));
    }
    tx.insert_sectors(&sectors)?;
    tx.insert_grants(&grants, "seed generate")?;
    report.accounts += fresh.len() as u64;
    report.users += 2 * fresh.len() as u64;
    report.sites += grants.len() as u64;
    report.grants += grants.len() as u64;
    report.sectors += sectors.len() as u64;
    Ok(())
}

fn taken(what: &str, key: &str) -> Error {
    Error::new(Code::AlreadyExists, format!("{what} '{key}' already exists; nothing was generated"))
        .with_hint("use another --seed, or generate into another database")
}

pub fn generate(store: &mut Store, ctx: &Ctx, input: GenerateInput, progress: &dyn Progress) -> Result<GenerateReport> {
    let GenerateInput { accounts, sites_per_account, sectors_per_site, seed } = input;
    if accounts == 0 || sites_per_account == 0 {
        return Err(Error::new(Code::InvalidCount, "--accounts and --sites-per-account must be at least 1"));
    }
    // The plan the run creates must be one `plan create` accepts: refused before anything is
    // read or written, never a plan no command could have made.
    rules::check_plan_limit("--sites-per-account", i64::from(sites_per_account))?;
    rules::check_plan_limit("--sectors-per-site", i64::from(sectors_per_site.max(1)))?;
    let plan_slug: Slug = format!("gen-s{sites_per_account}-k{}", sectors_per_site.max(1)).parse()?;
    let prefix = format!("g{seed}");
    // Industries with enough active sectors, and their sectors.
    let (actor_label, pools): (String, Vec<SectorPool>) = crate::ops::read(store, ctx, |tx, actor| {
        rules::require_operator(actor, "generate data")?;
        if tx.account(&format!("{prefix}-1").parse()?)?.is_some() {
            return Err(Error::new(
                Code::AlreadyGenerated,
                format!("data for --seed {seed} is already in this database"),
            )
            .with_hint("use another --seed, or another database"));
        }
        let pools = sector_pools(tx, sectors_per_site)?;
        Ok((actor.label(), pools))
    })?;
    if pools.is_empty() {
        return Err(Error::new(Code::InvalidCount, format!("no industry has {sectors_per_site} active sectors")));
    }
    let mut rng = SplitMix(seed);
    let mut report = GenerateReport::default();
    let mut attempt = 0;
    let wanted = wanted_plan(sites_per_account, sectors_per_site);
    // One transaction: an error or an interruption leaves nothing of the run behind.
    store.write(ctx.dry_run, ctx.now(), |tx| {
        // A run the store repeats after a lost race starts over: the same draws from the seed,
        // a new report, the progress from zero.
        rng = SplitMix(seed);
        report = GenerateReport { plan: plan_slug.to_string(), ..GenerateReport::default() };
        if attempt > 0 {
            progress.end();
        }
        attempt += 1;
        progress.begin("accounts", u64::from(accounts));
        let plan_id = plan_for(tx, &plan_slug, &wanted)?;
        // Accounts are written a batch at a time, each table in multi-row statements (a round
        // trip per row would dominate on a database server). The random draws happen in the
        // same order as one account at a time, so a seed gives the same data as it always did.
        let mut batch: Vec<GeneratedAccount> = Vec::new();
        let mut held = 0u32;
        let mut open: Open = None;
        let mut flush = |batch: &mut Vec<GeneratedAccount>, held: &mut u32, open: &mut Open| -> Result<()> {
            let done = batch.iter().filter(|a| !a.continued).count() as u64;
            write_batch(tx, batch, plan_id, sectors_per_site, &pools, open, &mut report)?;
            progress.advance(done);
            batch.clear();
            *held = 0;
            Ok(())
        };
        for n in 1..=accounts {
            let name = format!("{} {} {}", rng.pick(FIRST), rng.pick(SECOND), rng.pick(SUFFIX));
            let slug: Slug = format!("{prefix}-{n}").parse()?;
            let mut part = GeneratedAccount { name, slug, sites: Vec::new(), continued: false };
            for s in 1..=sites_per_account {
                let site_name = format!("{} {}", rng.pick(SECOND), rng.pick(SITE_KIND));
                let pool = (rng.next() % pools.len() as u64) as usize;
                let site_slug: Slug = format!("site-{s}").parse()?;
                let fields = crate::store::SiteFields {
                    name: site_name,
                    domain: Some(format!("{site_slug}.{}.example.com", part.slug)),
                    slug: site_slug,
                    industry_id: Some(pools[pool].0),
                    hosting_type: HostingType::Igny8Sites,
                    site_type: SiteType::ALL[(rng.next() % SiteType::ALL.len() as u64) as usize],
                    status: rules::site_status_for(s % 4 != 0),
                    is_active: s % 4 != 0,
                    seo_title: None,
                    seo_description: None,
                    seo_keywords: None,
                    og_image_url: None,
                };
                let start = (rng.next() % pools[pool].1.len() as u64) as usize;
                part.sites.push((fields, pool, start));
                held += 1;
                // A batch full of sites is written even in the middle of an account: memory
                // holds at most a batch, however many sites an account has.
                if held >= BATCH_SITES && s < sites_per_account {
                    let rest = GeneratedAccount {
                        name: part.name.clone(),
                        slug: part.slug.clone(),
                        sites: Vec::new(),
                        continued: true,
                    };
                    batch.push(std::mem::replace(&mut part, rest));
                    flush(&mut batch, &mut held, &mut open)?;
                }
            }
            batch.push(part);
            if batch.len() >= BATCH as usize || held >= BATCH_SITES {
                flush(&mut batch, &mut held, &mut open)?;
            }
        }
        if !batch.is_empty() {
            flush(&mut batch, &mut held, &mut open)?;
        }
        tx.append_audit(&crate::store::NewAudit {
            os_user: &ctx.os_user,
            actor: &actor_label,
            command: &ctx.command,
            target: &crate::domain::AuditTarget::seed_generate(seed),
            action: crate::domain::AuditAction::SeedGenerate,
            outcome: &format!("{} accounts, {} sites, {} sectors", report.accounts, report.sites, report.sectors),
        })
    })?;
    progress.end();
    Ok(report)
}

/// The generated accounts' plan: the existing one when its limits fit what is generated (the
/// data must fit them, as any command's), else a new one.
fn plan_for(tx: &crate::store::Tx<'_>, plan_slug: &Slug, wanted: &crate::store::PlanFields) -> Result<i64> {
    Ok(match tx.plan(plan_slug)? {
        // An existing plan keeps its limits: generated data must fit them, as any command's.
        Some(p) => {
            for (what, limit, need) in [
                ("sites", p.max_sites, wanted.max_sites),
                ("users", p.max_users, wanted.max_users),
                ("sectors per site", p.max_sectors_per_site, wanted.max_sectors_per_site),
            ] {
                if limit < need {
                    return Err(Error::new(
                        Code::PlanLimitExceeded,
                        format!("plan '{plan_slug}' allows {limit} {what}; the generated accounts need {need}"),
                    )
                    .with_hint(format!(
                        "raise it (sitectl plan update {plan_slug}) or generate into another database"
                    )));
                }
            }
            p.id
        }
        // A new plan is read by no account yet: no lock (its unique slug decides a race).
        None => tx.insert_plan(plan_slug, wanted)?,
    })
}

/// Industries with at least `per_site` active sectors, and those sectors (id, name, slug).
fn sector_pools(tx: &crate::store::Tx<'_>, per_site: u32) -> Result<Vec<SectorPool>> {
    let mut pools = Vec::new();
    for ind in tx.industries(false)? {
        let templates: Vec<(i64, String, String)> = tx
            .industry_sectors(ind.id)?
            .into_iter()
            .filter(|t| t.is_active)
            .map(|t| (t.id, t.name, t.slug.to_string()))
            .collect();
        if templates.len() >= per_site as usize {
            pools.push((ind.id, templates));
        }
    }
    Ok(pools)
}

/// The limits of the plan generated accounts are put on.
fn wanted_plan(sites_per_account: u32, sectors_per_site: u32) -> crate::store::PlanFields {
    crate::store::PlanFields {
        name: format!("Generated ({sites_per_account} sites, {sectors_per_site} sectors)"),
        max_sites: i64::from(sites_per_account),
        max_users: 2,
        max_sectors_per_site: i64::from(sectors_per_site.max(1)),
        is_active: true,
    }
}
