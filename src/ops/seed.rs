//! Declarative seeding: `seed apply` (validate the whole file, then apply it in one
//! transaction through the same use cases as the commands), `seed export` (a file `seed apply`
//! accepts), and `seed generate` (a deterministic synthetic data set for load tests).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use super::keys::{api_key_context, app_password_context, opening_key, sealing_key};
use super::{accounts, plans, sectors, sites, users, Audited, Ctx};
use crate::domain::{
    AccountStatus, Actor, Domain, Email, HostingType, IfExists, Outcome, Role, SiteRef, SiteType, Slug, WpMode,
};
use crate::error::{Error, ErrorKind, Result};
use crate::rules::{self, SectorLimit};
use crate::seed::{AccountSpec, Fixture, GrantSpec, IntegrationSpec, PlanSpec, Problem, SiteSpec, Source, UserSpec};
use crate::store::{GrantRow, IntegrationFields, SiteFilter, Store, Tx};
use crate::wordpress::{normalize_site_url, Progress};

/// What happened to one object of the file.
#[derive(Debug, Clone, Serialize)]
pub struct SeedItem {
    pub kind: &'static str,
    pub key: String,
    pub action: Outcome,
}

/// Counts by action.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Totals {
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
}

/// What `seed apply` did (or, in a dry run, would do).
#[derive(Debug, Clone, Serialize)]
pub struct ApplyReport {
    pub file: String,
    pub dry_run: bool,
    pub items: Vec<SeedItem>,
    pub totals: Totals,
}

/// Looks up environment variables a fixture names (the binary supplies it).
pub type EnvLookup<'a> = &'a dyn Fn(&str) -> Option<String>;

// ---------------------------------------------------------------------------------------------
// Validation: every problem of the file, at once, with positions.

struct Check<'a> {
    src: &'a Source,
    problems: Vec<Problem>,
}

impl Check<'_> {
    fn add(&mut self, section: &str, index: usize, field: &str, e: &Error) {
        self.problems.push(self.src.problem(section, index, field, &e.code, e.message.clone()));
    }

    fn say(&mut self, section: &str, index: usize, field: &str, code: &str, message: String) {
        self.problems.push(self.src.problem(section, index, field, code, message));
    }

    /// Parses a value; a failure becomes a problem at its position.
    fn parse<T: std::str::FromStr<Err = Error>>(
        &mut self,
        section: &str,
        index: usize,
        field: &str,
        text: &str,
    ) -> Option<T> {
        match text.parse::<T>() {
            Ok(v) => Some(v),
            Err(e) => {
                self.add(section, index, field, &e);
                None
            }
        }
    }

    fn name(&mut self, section: &str, index: usize, what: &str, name: &str) {
        if let Err(e) = super::check_name(what, name) {
            self.add(section, index, "name", &e);
        }
    }
}

/// Plan limits as the file leaves them (file over database).
#[derive(Clone, Copy)]
struct Limits {
    max_sites: i64,
    max_users: i64,
    max_sectors: i64,
    active: bool,
}

fn validate(tx: &Tx<'_>, src: &Source, env: EnvLookup<'_>) -> Result<Vec<Problem>> {
    let f = &src.fixture;
    let mut c = Check { src, problems: Vec::new() };

    // Plans.
    let mut plans: HashMap<String, Limits> = HashMap::new();
    for p in tx.plans()? {
        plans.insert(
            p.slug.to_string(),
            Limits {
                max_sites: p.max_sites,
                max_users: p.max_users,
                max_sectors: p.max_sectors_per_site,
                active: p.is_active,
            },
        );
    }
    let mut seen = BTreeSet::new();
    for (i, p) in f.plans.iter().enumerate() {
        c.parse::<Slug>("plans", i, "slug", &p.slug);
        c.name("plans", i, "plan", &p.name);
        for (field, v) in
            [("max_sites", p.max_sites), ("max_users", p.max_users), ("max_sectors_per_site", p.max_sectors_per_site)]
        {
            if !(1..=1_000_000).contains(&v) {
                c.say("plans", i, field, "invalid_limit", format!("{field} must be between 1 and 1000000, not {v}"));
            }
        }
        if !seen.insert(p.slug.clone()) {
            c.say("plans", i, "slug", "duplicate", format!("plan '{}' appears twice", p.slug));
        }
        plans.insert(
            p.slug.clone(),
            Limits {
                max_sites: p.max_sites,
                max_users: p.max_users,
                max_sectors: p.max_sectors_per_site,
                active: p.active,
            },
        );
    }

    // Accounts.
    let mut account_plan: HashMap<String, String> = HashMap::new();
    for a in tx.accounts(None)? {
        account_plan.insert(a.slug.to_string(), a.plan.to_string());
    }
    let mut owners: HashMap<String, String> = HashMap::new();
    let mut seen = BTreeSet::new();
    for (i, a) in f.accounts.iter().enumerate() {
        let slug = c.parse::<Slug>("accounts", i, "slug", &a.slug);
        c.name("accounts", i, "account", &a.name);
        c.parse::<AccountStatus>("accounts", i, "status", &a.status);
        if let Some(email) = c.parse::<Email>("accounts", i, "owner", &a.owner) {
            if let Some(u) = tx.user(&email)?.filter(|u| u.account.as_str() != a.slug) {
                c.say(
                    "accounts",
                    i,
                    "owner",
                    "user_in_other_account",
                    format!("user '{email}' belongs to account '{}'", u.account),
                );
            }
            owners.insert(email.to_string(), a.slug.clone());
        }
        if !plans.contains_key(&a.plan) {
            c.say("accounts", i, "plan", "plan_not_found", format!("plan '{}' not found", a.plan));
        }
        let is_new = slug.map(|s| tx.account(&s)).transpose()?.flatten().is_none();
        if is_new && plans.get(&a.plan).is_some_and(|p| !p.active) && !f.plans.iter().any(|p| p.slug == a.plan) {
            c.say("accounts", i, "plan", "plan_inactive", format!("plan '{}' is not offered (inactive)", a.plan));
        }
        if !seen.insert(a.slug.clone()) {
            c.say("accounts", i, "slug", "duplicate", format!("account '{}' appears twice", a.slug));
        }
        account_plan.insert(a.slug.clone(), a.plan.clone());
    }
    let limits_of = |account: &str| account_plan.get(account).and_then(|p| plans.get(p)).copied();

    // Users, and each account's user count against its plan.
    let mut user_account: HashMap<String, String> = HashMap::new();
    let mut users_by_account: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for slug in account_plan.keys() {
        if let Ok(s) = slug.parse::<Slug>() {
            if let Some(a) = tx.account(&s)? {
                for u in tx.users(Some(a.id))? {
                    user_account.insert(u.email.to_string(), slug.clone());
                    users_by_account.entry(slug.clone()).or_default().insert(u.email.to_string());
                }
            }
        }
    }
    for (email, account) in &owners {
        user_account.entry(email.clone()).or_insert_with(|| account.clone());
        users_by_account.entry(account.clone()).or_default().insert(email.clone());
    }
    let mut seen = BTreeSet::new();
    for (i, u) in f.users.iter().enumerate() {
        let email = c.parse::<Email>("users", i, "email", &u.email);
        let role = c.parse::<Role>("users", i, "role", &u.role);
        if let Some(name) = u.name.as_deref().filter(|n| !n.is_empty()) {
            if let Err(e) = super::check_name("user", name) {
                c.add("users", i, "name", &e);
            }
        }
        if !account_plan.contains_key(&u.account) {
            c.say("users", i, "account", "account_not_found", format!("account '{}' not found", u.account));
            continue;
        }
        let Some(email) = email else { continue };
        // The owner (named by the file, or already in the database) keeps an owner's role.
        let owns = owners.get(email.as_str()) == Some(&u.account)
            || match u.account.parse::<Slug>().ok().map(|s| tx.account(&s)).transpose()?.flatten() {
                Some(acc) => acc.owner.as_ref() == Some(&email) && !f.accounts.iter().any(|a| a.slug == u.account),
                None => false,
            };
        if owns && role.is_some_and(|r| !matches!(r, Role::Owner | Role::Developer)) {
            c.say(
                "users",
                i,
                "role",
                "is_account_owner",
                format!("user '{email}' owns account '{}' and keeps the owner role", u.account),
            );
        }
        if let Some(other) = user_account.get(email.as_str()).filter(|a| **a != u.account) {
            c.say(
                "users",
                i,
                "account",
                "user_in_other_account",
                format!("user '{email}' belongs to account '{other}'"),
            );
        }
        if !seen.insert(email.to_string()) {
            c.say("users", i, "email", "duplicate", format!("user '{email}' appears twice"));
        }
        user_account.insert(email.to_string(), u.account.clone());
        let members = users_by_account.entry(u.account.clone()).or_default();
        members.insert(email.to_string());
        if let Some(l) = limits_of(&u.account) {
            if members.len() as i64 > l.max_users {
                let plan = &account_plan[&u.account];
                c.say(
                    "users",
                    i,
                    "email",
                    "user_limit_reached",
                    format!(
                        "account '{}' would have {} users; plan '{plan}' allows {}",
                        u.account,
                        members.len(),
                        l.max_users
                    ),
                );
            }
        }
    }

    // Sites.
    let mut site_keys: HashMap<String, String> = HashMap::new(); // "acct/slug" -> account
    let mut live_by_account: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for slug in account_plan.keys() {
        if let Ok(s) = slug.parse::<Slug>() {
            if let Some(a) = tx.account(&s)? {
                let mut filter = SiteFilter::visible_to(crate::domain::Visibility::Account(a.id));
                filter.account_id = Some(a.id);
                for site in tx.sites(&filter)? {
                    site_keys.insert(site.qualified(), slug.clone());
                    live_by_account.entry(slug.clone()).or_default().insert(site.qualified());
                }
            }
        }
    }
    // The taxonomy, read once: a file may name thousands of sites.
    let mut taxonomy: HashMap<String, (crate::domain::Industry, Vec<crate::domain::IndustrySector>)> = HashMap::new();
    if !f.sites.is_empty() {
        for ind in tx.industries(true)? {
            let templates = tx.industry_sectors(ind.id)?;
            taxonomy.insert(ind.slug.to_string(), (ind, templates));
        }
    }
    let mut seen = BTreeSet::new();
    for (i, s) in f.sites.iter().enumerate() {
        c.name("sites", i, "site", &s.name);
        let slug = match &s.slug {
            Some(text) => c.parse::<Slug>("sites", i, "slug", text),
            None => match Slug::derive(&s.name) {
                Ok(slug) => Some(slug),
                Err(e) => {
                    c.add("sites", i, "name", &e);
                    None
                }
            },
        };
        if let Some(d) = &s.domain {
            if let Err(e) = Domain::parse_lenient(d) {
                c.add("sites", i, "domain", &e);
            }
        }
        if let Some(h) = &s.hosting_type {
            c.parse::<HostingType>("sites", i, "hosting_type", h);
        }
        if let Some(t) = &s.site_type {
            c.parse::<SiteType>("sites", i, "site_type", t);
        }
        if let Some(u) = &s.og_image_url {
            if !u.is_empty() && url::Url::parse(u).map(|u| !matches!(u.scheme(), "http" | "https")).unwrap_or(true) {
                c.say(
                    "sites",
                    i,
                    "og_image_url",
                    "invalid_url",
                    format!("invalid OG image URL {u:?}: give an http(s) URL"),
                );
            }
        }
        let Some(limits) = limits_of(&s.account) else {
            c.say("sites", i, "account", "account_not_found", format!("account '{}' not found", s.account));
            continue;
        };
        let Some(slug) = slug else { continue };
        let key = format!("{}/{}", s.account, slug);
        if !seen.insert(key.clone()) {
            c.say("sites", i, "slug", "duplicate", format!("site '{key}' appears twice"));
        }
        if let Ok(a) = s.account.parse::<Slug>() {
            if let Some(acc) = tx.account(&a)? {
                if tx.site_by_account_slug(acc.id, &slug)?.is_some_and(|x| x.deleted_at.is_some()) {
                    c.say(
                        "sites",
                        i,
                        "slug",
                        "site_deleted",
                        format!("site '{key}' exists but is deleted; restore or purge it first"),
                    );
                }
            }
        }
        site_keys.insert(key.clone(), s.account.clone());
        let live = live_by_account.entry(s.account.clone()).or_default();
        live.insert(key.clone());
        if live.len() as i64 > limits.max_sites {
            let plan = &account_plan[&s.account];
            c.say(
                "sites",
                i,
                "",
                "site_limit_reached",
                format!(
                    "account '{}' would have {} sites; plan '{plan}' allows {}",
                    s.account,
                    live.len(),
                    limits.max_sites
                ),
            );
        }
        match (&s.industry, s.sectors.is_empty()) {
            (None, false) => c.say("sites", i, "sectors", "missing_industry", "sectors need an industry".into()),
            (None, true) => {}
            (Some(ind), _) => {
                let Some(ind_slug) = c.parse::<Slug>("sites", i, "industry", ind) else { continue };
                let Some((industry, templates)) = taxonomy.get(ind_slug.as_str()) else {
                    c.say("sites", i, "industry", "industry_not_found", format!("industry '{ind}' not found"));
                    continue;
                };
                let requested: Vec<Slug> =
                    s.sectors.iter().filter_map(|x| c.parse::<Slug>("sites", i, "sectors", x)).collect();
                if requested.len() != s.sectors.len() {
                    continue;
                }
                let mut elsewhere = BTreeMap::new();
                for (other, other_templates) in taxonomy.values().filter(|(o, _)| o.id != industry.id) {
                    for t in other_templates.iter().filter(|t| requested.contains(&t.slug)) {
                        elsewhere.entry(t.slug.clone()).or_insert_with(Vec::new).push(other.slug.to_string());
                    }
                }
                for list in elsewhere.values_mut() {
                    list.sort();
                }
                let plan = account_plan[&s.account].clone();
                let limit = SectorLimit { max: limits.max_sectors, site: &key, plan: &plan, account: &s.account };
                if let Err(e) = rules::validate_sector_request(industry, templates, &requested, &elsewhere, &limit) {
                    let field = if e.code == "industry_inactive" { "industry" } else { "sectors" };
                    c.add("sites", i, field, &e);
                }
            }
        }
    }

    // Grants.
    for (i, g) in f.grants.iter().enumerate() {
        let site_account = site_keys.get(&g.site).cloned();
        if site_account.is_none() {
            c.say("grants", i, "site", "site_not_found", format!("site '{}' not found (use ACCOUNT/SLUG)", g.site));
        }
        let Some(email) = c.parse::<Email>("grants", i, "user", &g.user) else { continue };
        match (user_account.get(email.as_str()), site_account) {
            (None, _) => c.say("grants", i, "user", "user_not_found", format!("user '{email}' not found")),
            (Some(ua), Some(sa)) if *ua != sa => c.say(
                "grants",
                i,
                "user",
                "user_not_in_account",
                format!("user '{email}' belongs to account '{ua}', not to '{sa}'"),
            ),
            _ => {}
        }
    }

    // Integrations.
    for (i, g) in f.integrations.iter().enumerate() {
        if !site_keys.contains_key(&g.site) {
            c.say(
                "integrations",
                i,
                "site",
                "site_not_found",
                format!("site '{}' not found (use ACCOUNT/SLUG)", g.site),
            );
        }
        if let Err(e) = normalize_site_url(&g.url) {
            c.add("integrations", i, "url", &e);
        }
        let mode = c.parse::<WpMode>("integrations", i, "mode", &g.mode);
        for (field, var) in [("app_password_env", &g.app_password_env), ("api_key_env", &g.api_key_env)] {
            if let Some(var) = var {
                if env(var).is_none_or(|v| v.is_empty()) {
                    c.say(
                        "integrations",
                        i,
                        field,
                        "missing_secret",
                        format!("the environment variable {var} is not set or empty"),
                    );
                }
            }
        }
        if mode == Some(WpMode::Core) && g.username.as_deref().is_none_or(str::is_empty) {
            c.say("integrations", i, "username", "missing_username", "core mode needs a username".into());
        }
        if mode == Some(WpMode::Bridge) && g.api_key_env.is_none() {
            c.say(
                "integrations",
                i,
                "api_key_env",
                "missing_secret",
                "bridge mode needs api_key_env naming the site API key".into(),
            );
        }
    }
    Ok(c.problems)
}

/// The error for a file with problems: the single problem's own code, or `seed_invalid`.
fn problems_error(src: &Source, problems: Vec<Problem>) -> Error {
    let kind_of = |code: &str| match code {
        "plan_not_found" | "account_not_found" | "industry_not_found" | "site_not_found" | "user_not_found" => {
            ErrorKind::NotFound
        }
        "user_in_other_account" | "site_deleted" | "duplicate" | "is_account_owner" => ErrorKind::Conflict,
        _ => ErrorKind::Invalid,
    };
    let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    let (kind, code) = if problems.len() == 1 {
        (kind_of(&problems[0].code), problems[0].code.clone())
    } else {
        (ErrorKind::Invalid, "seed_invalid".to_string())
    };
    Error::new(
        kind,
        code,
        format!(
            "{} problem{} in {}; nothing was applied:\n{}",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            src.name,
            lines.join("\n")
        ),
    )
    .with_hint("fix every problem listed, then apply again")
    .with_details(serde_json::json!({ "problems": problems }))
}

// ---------------------------------------------------------------------------------------------
// Applying

fn outcome(created: bool, changed: bool) -> Outcome {
    match (created, changed) {
        (true, _) => Outcome::Created,
        (false, true) => Outcome::Updated,
        (false, false) => Outcome::Unchanged,
    }
}

fn slug(s: &str) -> Result<Slug> {
    s.parse()
}

fn plan_input(p: &PlanSpec, active: bool) -> Result<plans::PlanInput> {
    Ok(plans::PlanInput {
        slug: slug(&p.slug)?,
        name: p.name.clone(),
        max_sites: p.max_sites,
        max_users: p.max_users,
        max_sectors_per_site: p.max_sectors_per_site,
        is_active: active,
    })
}

fn apply_site(tx: &Tx<'_>, actor: &Actor, s: &SiteSpec) -> Result<(String, Outcome)> {
    let input = sites::SiteInput {
        name: s.name.clone(),
        account: Some(slug(&s.account)?),
        slug: s.slug.as_deref().map(slug).transpose()?,
        domain: s.domain.clone(),
        hosting_type: s.hosting_type.as_deref().map(str::parse).transpose()?,
        site_type: s.site_type.as_deref().map(str::parse).transpose()?,
        industry: None,
        active: s.active,
    };
    let created = sites::create_site_in(tx, actor, &input, IfExists::Update)?.value;
    let is_new = created.action == Outcome::Created;
    let mut changed = created.action == Outcome::Updated;
    let site_ref = SiteRef::Id(created.record.id);
    let patch = sites::SitePatch {
        seo_title: s.seo_title.clone(),
        seo_description: s.seo_description.clone(),
        seo_keywords: s.seo_keywords.clone(),
        og_image_url: s.og_image_url.clone(),
        ..sites::SitePatch::default()
    };
    changed |= sites::update_site_in(tx, actor, &site_ref, &patch)?.value.changed;
    if !s.active {
        changed |= sites::set_active_in(tx, actor, &site_ref, false)?.value.changed;
    }
    if let Some(industry) = &s.industry {
        let requested: Vec<Slug> = s.sectors.iter().map(|x| slug(x)).collect::<Result<_>>()?;
        changed |= sectors::select_sectors_in(tx, actor, &site_ref, &slug(industry)?, &requested)?.changed;
    }
    Ok((created.record.qualified(), outcome(is_new, changed)))
}

fn apply_integration(tx: &Tx<'_>, ctx: &Ctx, g: &IntegrationSpec, env: EnvLookup<'_>) -> Result<Outcome> {
    let site = sites::resolve(tx, &Actor::Operator, &g.site.parse()?)?;
    let url = normalize_site_url(&g.url)?;
    let mode: WpMode = g.mode.parse()?;
    let rest_root = url.join("wp-json/").map_err(|e| Error::internal(e.to_string()))?;
    let existing = tx.integration(site.id)?;
    let password = g.app_password_env.as_deref().and_then(env);
    let sealed = match &password {
        Some(p) => Some(sealing_key(tx, ctx)?.seal(p, &app_password_context(site.id))?),
        None => None,
    };
    if let Some(var) = &g.api_key_env {
        let key = env(var).unwrap_or_default();
        let secret = sealing_key(tx, ctx)?;
        let current = tx.site_api_key(site.id)?.map(|s| secret.open(&s, &api_key_context(site.id))).transpose()?;
        if current.as_deref() != Some(key.as_str()) {
            tx.set_site_api_key(site.id, Some(&secret.seal(&key, &api_key_context(site.id))?))?;
        }
    }
    let username = if mode == WpMode::Core { g.username.as_deref() } else { None };
    if let Some(i) = &existing {
        let same_password = match (&password, &i.credentials) {
            (None, None) => true,
            (Some(p), Some(s)) => {
                opening_key(ctx)?.open(s, &app_password_context(site.id)).ok().as_deref() == Some(p.as_str())
            }
            _ => false,
        };
        if i.is_active
            && i.external_site_url == url.as_str()
            && i.mode == mode
            && i.username.as_deref() == username
            && same_password
        {
            return Ok(Outcome::Unchanged);
        }
    }
    let config = existing.as_ref().map_or_else(|| serde_json::json!({}), |i| i.config.clone());
    tx.upsert_integration(
        site.id,
        site.account_id,
        &IntegrationFields {
            external_site_url: url.as_str(),
            rest_root: rest_root.as_str(),
            mode,
            username,
            credentials: sealed.as_deref(),
            config: &config,
        },
    )?;
    let id = tx.integration(site.id)?.ok_or_else(|| Error::internal("integration vanished"))?.id;
    // Recorded, not yet checked: `wp test` or `wp sync` proves the connection.
    tx.set_connection_status(id, "disconnected", None)?;
    Ok(if existing.is_some() { Outcome::Updated } else { Outcome::Created })
}

/// An error met while applying one object, placed at that object in the file (validation
/// catches nearly everything first; this covers what only applying can find).
fn at(src: &Source, section: &str, index: usize, e: Error) -> Error {
    let p = src.problem(section, index, "", &e.code, e.message.clone());
    let mut placed = Error::new(e.kind, e.code.clone(), format!("{p}"));
    placed.hint = e.hint.clone();
    placed.with_details(serde_json::json!({ "problems": [p] }))
}

fn apply_all(tx: &Tx<'_>, ctx: &Ctx, actor: &Actor, src: &Source, env: EnvLookup<'_>) -> Result<Vec<SeedItem>> {
    let f = &src.fixture;
    let mut items = Vec::new();
    // A plan that new accounts of the file use is offered while they are created, then set to
    // what the file says: the commands allow an account on a plan that was withdrawn later.
    let needed: BTreeSet<&str> = f.accounts.iter().map(|a| a.plan.as_str()).collect();
    for (i, p) in f.plans.iter().enumerate() {
        let provisional = p.active || needed.contains(p.slug.as_str());
        let created = plan_input(p, provisional)
            .and_then(|input| plans::create_plan_in(tx, actor, &input, IfExists::Update))
            .map_err(|e| at(src, "plans", i, e))?;
        items.push(SeedItem { kind: "plan", key: p.slug.clone(), action: created.action });
    }
    for (i, a) in f.accounts.iter().enumerate() {
        let created = (|| {
            let input = accounts::AccountInput {
                slug: slug(&a.slug)?,
                name: a.name.clone(),
                plan: slug(&a.plan)?,
                owner: a.owner.parse()?,
                owner_name: a.owner_name.clone(),
                status: a.status.parse()?,
            };
            accounts::create_account_in(tx, actor, &input, IfExists::Update)
        })()
        .map_err(|e| at(src, "accounts", i, e))?;
        items.push(SeedItem { kind: "account", key: a.slug.clone(), action: created.action });
    }
    for (i, p) in f.plans.iter().enumerate() {
        if !p.active && needed.contains(p.slug.as_str()) {
            let created = plans::create_plan_in(tx, actor, &plan_input(p, false)?, IfExists::Update)?;
            if created.action == Outcome::Updated && items[i].action == Outcome::Unchanged {
                items[i].action = Outcome::Updated;
            }
        }
    }
    for u in &f.users {
        let input = users::UserInput {
            email: u.email.parse()?,
            account: slug(&u.account)?,
            role: u.role.parse()?,
            name: u.name.clone(),
        };
        let created = users::add_user_in(tx, actor, &input, IfExists::Update)?;
        items.push(SeedItem { kind: "user", key: created.record.email.to_string(), action: created.action });
    }
    for (i, s) in f.sites.iter().enumerate() {
        let (key, action) = apply_site(tx, actor, s).map_err(|e| at(src, "sites", i, e))?;
        items.push(SeedItem { kind: "site", key, action });
    }
    for (i, g) in f.grants.iter().enumerate() {
        let changed = (|| super::access::set_access_in(tx, actor, &g.site.parse()?, &g.user.parse()?, true))()
            .map_err(|e| at(src, "grants", i, e))?;
        let action = if changed.changed { Outcome::Created } else { Outcome::Unchanged };
        items.push(SeedItem { kind: "grant", key: format!("{} {}", g.site, g.user), action });
    }
    for (i, g) in f.integrations.iter().enumerate() {
        let action = apply_integration(tx, ctx, g, env).map_err(|e| at(src, "integrations", i, e))?;
        items.push(SeedItem { kind: "integration", key: g.site.clone(), action });
    }
    Ok(items)
}

/// Validates the whole file, then applies it in one transaction as the operator. A dry run
/// reports the same and changes nothing.
pub fn apply(store: &mut Store, ctx: &Ctx, src: &Source, env: EnvLookup<'_>) -> Result<ApplyReport> {
    super::mutate(store, ctx, |tx, actor| {
        rules::require_operator(actor, "apply seed files")?;
        let problems = validate(tx, src, env)?;
        if !problems.is_empty() {
            return Err(problems_error(src, problems));
        }
        let items = apply_all(tx, ctx, actor, src, env)?;
        let mut totals = Totals::default();
        for i in &items {
            match i.action {
                Outcome::Created => totals.created += 1,
                Outcome::Updated => totals.updated += 1,
                Outcome::Unchanged => totals.unchanged += 1,
            }
        }
        let outcome = format!("{} created, {} updated, {} unchanged", totals.created, totals.updated, totals.unchanged);
        let report = ApplyReport { file: src.name.clone(), dry_run: ctx.dry_run, items, totals };
        Ok(Audited::new(report, format!("seed:{}", src.name), "seed.apply", outcome))
    })
}

// ---------------------------------------------------------------------------------------------
// Exporting

/// A fixture describing the given accounts (all when empty), which `apply` accepts and which
/// round-trips to the same file.
pub fn export(store: &mut Store, ctx: &Ctx, only: &[Slug]) -> Result<Fixture> {
    super::read(store, ctx, |tx, actor| {
        rules::require_operator(actor, "export tenants")?;
        let mut accounts = Vec::new();
        for slug in only {
            accounts.push(accounts::get(tx, slug)?);
        }
        if only.is_empty() {
            accounts = tx.accounts(None)?;
        }
        accounts.sort_by(|a, b| a.slug.cmp(&b.slug));
        accounts.dedup_by(|a, b| a.id == b.id);
        let used: BTreeSet<i64> = accounts.iter().map(|a| a.plan_id).collect();
        let mut fixture = Fixture::default();
        let mut all_plans = tx.plans()?;
        all_plans.sort_by(|a, b| a.slug.cmp(&b.slug));
        for p in all_plans.into_iter().filter(|p| only.is_empty() || used.contains(&p.id)) {
            fixture.plans.push(PlanSpec {
                slug: p.slug.to_string(),
                name: p.name,
                max_sites: p.max_sites,
                max_users: p.max_users,
                max_sectors_per_site: p.max_sectors_per_site,
                active: p.is_active,
            });
        }
        for a in &accounts {
            fixture.accounts.push(AccountSpec {
                slug: a.slug.to_string(),
                name: a.name.clone(),
                plan: a.plan.to_string(),
                status: a.status.to_string(),
                owner: a.owner.as_ref().map(ToString::to_string).unwrap_or_default(),
                owner_name: None,
            });
            let mut members = tx.users(Some(a.id))?;
            members.sort_by(|x, y| x.email.cmp(&y.email));
            for u in members {
                fixture.users.push(UserSpec {
                    email: u.email.to_string(),
                    account: a.slug.to_string(),
                    role: u.role.to_string(),
                    name: Some(u.name).filter(|n| !n.is_empty()),
                });
            }
            let mut filter = SiteFilter::visible_to(crate::domain::Visibility::Account(a.id));
            filter.account_id = Some(a.id);
            let mut live = tx.sites(&filter)?;
            live.sort_by(|x, y| x.slug.cmp(&y.slug));
            for s in live {
                let mut sector_slugs: Vec<String> =
                    tx.site_sectors(s.id, false)?.into_iter().map(|x| x.slug.to_string()).collect();
                sector_slugs.sort();
                fixture.sites.push(SiteSpec {
                    account: a.slug.to_string(),
                    name: s.name.clone(),
                    slug: Some(s.slug.to_string()),
                    domain: s.domain.clone(),
                    hosting_type: Some(s.hosting_type.to_string()),
                    site_type: Some(s.site_type.to_string()),
                    active: s.is_active,
                    industry: s.industry.as_ref().map(ToString::to_string),
                    sectors: sector_slugs,
                    seo_title: s.seo_title.clone(),
                    seo_description: s.seo_description.clone(),
                    seo_keywords: s.seo_keywords.clone(),
                    og_image_url: s.og_image_url.clone(),
                });
                let mut grants = tx.grants(GrantRow::Site(s.id))?;
                grants.sort_by(|x, y| x.user.cmp(&y.user));
                for g in grants {
                    fixture.grants.push(GrantSpec { site: s.qualified(), user: g.user.to_string() });
                }
                if let Some(i) = tx.integration(s.id)?.filter(|i| i.is_active) {
                    fixture.integrations.push(IntegrationSpec {
                        site: s.qualified(),
                        url: i.external_site_url.clone(),
                        mode: i.mode.to_string(),
                        username: i.username.clone(),
                        // Secrets never leave the database; name an env var by hand to seed them.
                        app_password_env: None,
                        api_key_env: None,
                    });
                }
            }
        }
        Ok(fixture)
    })
}

// ---------------------------------------------------------------------------------------------
// Generating

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
    pub accounts: u64,
    pub users: u64,
    pub sites: u64,
    pub sectors: u64,
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
fn taken(what: &str, key: &str) -> Error {
    Error::conflict("already_exists", format!("{what} '{key}' already exists; nothing was generated"))
        .with_hint("use another --seed, or generate into another database")
}

pub fn generate(store: &mut Store, ctx: &Ctx, input: GenerateInput, progress: &dyn Progress) -> Result<GenerateReport> {
    let GenerateInput { accounts, sites_per_account, sectors_per_site, seed } = input;
    if accounts == 0 || sites_per_account == 0 {
        return Err(Error::invalid("invalid_count", "--accounts and --sites-per-account must be at least 1"));
    }
    let plan_slug: Slug = format!("gen-s{sites_per_account}-k{}", sectors_per_site.max(1)).parse()?;
    let prefix = format!("g{seed}");
    // Industries with enough active sectors, and their sectors.
    let (actor_label, pools): (String, Vec<SectorPool>) = super::read(store, ctx, |tx, actor| {
        rules::require_operator(actor, "generate data")?;
        if tx.account(&format!("{prefix}-1").parse()?)?.is_some() {
            return Err(Error::conflict(
                "already_generated",
                format!("data for --seed {seed} is already in this database"),
            )
            .with_hint("use another --seed, or another database"));
        }
        let mut pools = Vec::new();
        for ind in tx.industries(false)? {
            let templates: Vec<(i64, String, String)> = tx
                .industry_sectors(ind.id)?
                .into_iter()
                .filter(|t| t.is_active)
                .map(|t| (t.id, t.name, t.slug.to_string()))
                .collect();
            if templates.len() >= sectors_per_site as usize {
                pools.push((ind.id, templates));
            }
        }
        Ok((actor.label(), pools))
    })?;
    if pools.is_empty() {
        return Err(Error::invalid("invalid_count", format!("no industry has {sectors_per_site} active sectors")));
    }
    let mut rng = SplitMix(seed);
    let mut report = GenerateReport { plan: plan_slug.to_string(), ..GenerateReport::default() };
    let wanted = crate::store::PlanFields {
        name: format!("Generated ({sites_per_account} sites, {sectors_per_site} sectors)"),
        max_sites: i64::from(sites_per_account),
        max_users: 2,
        max_sectors_per_site: i64::from(sectors_per_site.max(1)),
        is_active: true,
    };
    progress.begin("accounts", u64::from(accounts));
    // One transaction: an error or an interruption leaves nothing of the run behind.
    store.write(ctx.dry_run, ctx.now(), |tx| {
        let plan_id = match tx.plan(&plan_slug)? {
            // An existing plan keeps its limits: generated data must fit them, as any command's.
            Some(p) => {
                for (what, limit, need) in [
                    ("sites", p.max_sites, wanted.max_sites),
                    ("users", p.max_users, wanted.max_users),
                    ("sectors per site", p.max_sectors_per_site, wanted.max_sectors_per_site),
                ] {
                    if limit < need {
                        return Err(Error::invalid(
                            "plan_limit_exceeded",
                            format!("plan '{plan_slug}' allows {limit} {what}; the generated accounts need {need}"),
                        )
                        .with_hint(format!(
                            "raise it (sitectl plan update {plan_slug}) or generate into another database"
                        )));
                    }
                }
                p.id
            }
            None => tx.insert_plan(&plan_slug, &wanted)?,
        };
        for n in 1..=accounts {
            let name = format!("{} {} {}", rng.pick(FIRST), rng.pick(SECOND), rng.pick(SUFFIX));
            let account_slug: Slug = format!("{prefix}-{n}").parse()?;
            if tx.account(&account_slug)?.is_some() {
                return Err(taken("account", account_slug.as_str()));
            }
            let account_id = tx.insert_account(&account_slug, &name, AccountStatus::Active, plan_id)?;
            let owner: Email = format!("owner@{account_slug}.example.com").parse()?;
            let editor: Email = format!("editor@{account_slug}.example.com").parse()?;
            for email in [&owner, &editor] {
                if tx.user(email)?.is_some() {
                    return Err(taken("user", email.as_str()));
                }
            }
            let owner_id = tx.insert_user(&owner, &format!("Owner of {name}"), Role::Owner, account_id)?;
            tx.set_account_owner(account_id, owner_id)?;
            let editor_id = tx.insert_user(&editor, &format!("Editor at {name}"), Role::Editor, account_id)?;
            report.accounts += 1;
            report.users += 2;
            for s in 1..=sites_per_account {
                let site_name = format!("{} {}", rng.pick(SECOND), rng.pick(SITE_KIND));
                let (industry_id, templates) = &pools[(rng.next() % pools.len() as u64) as usize];
                let slug: Slug = format!("site-{s}").parse()?;
                let fields = crate::store::SiteFields {
                    name: site_name,
                    domain: Some(format!("{slug}.{account_slug}.example.com")),
                    slug,
                    industry_id: Some(*industry_id),
                    hosting_type: HostingType::Igny8Sites,
                    site_type: SiteType::ALL[(rng.next() % SiteType::ALL.len() as u64) as usize],
                    status: rules::site_status_for(s % 4 != 0),
                    is_active: s % 4 != 0,
                    seo_title: None,
                    seo_description: None,
                    seo_keywords: None,
                    og_image_url: None,
                };
                let site_id = tx.insert_site(account_id, &fields)?;
                let start = (rng.next() % templates.len() as u64) as usize;
                for k in 0..sectors_per_site as usize {
                    let (template_id, tname, tslug) = &templates[(start + k) % templates.len()];
                    tx.insert_sector(account_id, site_id, *template_id, tname, tslug)?;
                    report.sectors += 1;
                }
                tx.grant(editor_id, site_id, "seed generate")?;
                report.sites += 1;
                report.grants += 1;
            }
            progress.advance(1);
        }
        tx.append_audit(&crate::store::NewAudit {
            os_user: &ctx.os_user,
            actor: &actor_label,
            command: &ctx.command,
            target: &format!("seed:generate:{seed}"),
            action: "seed.generate",
            outcome: &format!("{} accounts, {} sites, {} sectors", report.accounts, report.sites, report.sectors),
        })
    })?;
    progress.end();
    Ok(report)
}
