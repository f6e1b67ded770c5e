//! Validation: every problem of the file, at once, with positions.

use crate::error::Code;
use std::collections::{BTreeMap, BTreeSet, HashMap};

use super::snapshot::Snapshot;
use super::EnvLookup;
use crate::domain::{AccountStatus, ContentStatus, Domain, Email, HostingType, Role, SiteType, Slug, WpMode};
use crate::error::Error;
use crate::fixture::{Problem, Source};
use crate::rules::{self, SectorLimit};
use crate::wordpress::normalize_site_url;

struct Check<'a> {
    src: &'a Source,
    problems: Vec<Problem>,
}

impl Check<'_> {
    fn add(&mut self, section: &str, index: usize, field: &str, e: &Error) {
        self.problems.push(self.src.problem(section, index, field, e.code, e.message.clone()));
    }

    fn say(&mut self, section: &str, index: usize, field: &str, code: Code, message: String) {
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
        if let Err(e) = crate::domain::Name::parse(what, name) {
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

/// Every problem of the file, checked against `snap` (a snapshot with every part).
pub(super) fn validate(snap: &Snapshot, src: &Source, env: EnvLookup<'_>) -> Vec<Problem> {
    let f = &src.fixture;
    let mut c = Check { src, problems: Vec::new() };

    // Plans.
    let mut plans: HashMap<String, Limits> = HashMap::new();
    for p in snap.plans.values() {
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
            if let Err(e) = rules::check_plan_limit(field, v) {
                c.add("plans", i, field, &e);
            }
        }
        if !seen.insert(p.slug.clone()) {
            c.say("plans", i, "slug", Code::Duplicate, format!("plan '{}' appears twice", p.slug));
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
    for a in snap.accounts.values() {
        account_plan.insert(a.slug.to_string(), a.plan.to_string());
    }
    let mut owners: HashMap<String, String> = HashMap::new();
    let mut seen = BTreeSet::new();
    for (i, a) in f.accounts.iter().enumerate() {
        let slug = c.parse::<Slug>("accounts", i, "slug", &a.slug);
        c.name("accounts", i, "account", &a.name);
        c.parse::<AccountStatus>("accounts", i, "status", &a.status);
        if let Some(email) = c.parse::<Email>("accounts", i, "owner", &a.owner) {
            if let Some(u) = snap.users.get(email.as_str()).filter(|u| u.account.as_str() != a.slug) {
                c.say(
                    "accounts",
                    i,
                    "owner",
                    Code::UserInOtherAccount,
                    format!("user '{email}' belongs to account '{}'", u.account),
                );
            }
            // Two new accounts cannot share an owner: a user belongs to one account.
            if let Some(other) = owners.insert(email.to_string(), a.slug.clone()).filter(|o| *o != a.slug) {
                c.say(
                    "accounts",
                    i,
                    "owner",
                    Code::UserInOtherAccount,
                    format!("user '{email}' already owns account '{other}' in this file"),
                );
            }
        }
        if !plans.contains_key(&a.plan) {
            c.say("accounts", i, "plan", Code::PlanNotFound, format!("plan '{}' not found", a.plan));
        }
        let is_new = slug.is_none_or(|s| !snap.accounts.contains_key(s.as_str()));
        // A plan the file itself defines is offered while its accounts are created (see apply).
        if let Some(p) = plans.get(&a.plan).filter(|_| is_new && !f.plans.iter().any(|p| p.slug == a.plan)) {
            if let Err(e) = rules::require_offered(&a.plan, p.active) {
                c.add("accounts", i, "plan", &e);
            }
        }
        if !seen.insert(a.slug.clone()) {
            c.say("accounts", i, "slug", Code::Duplicate, format!("account '{}' appears twice", a.slug));
        }
        account_plan.insert(a.slug.clone(), a.plan.clone());
    }
    let limits_of = |account: &str| account_plan.get(account).and_then(|p| plans.get(p)).copied();

    // Users, and each account's user count against its plan.
    let mut user_account: HashMap<String, String> = HashMap::new();
    let mut users_by_account: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for u in snap.users.values() {
        user_account.insert(u.email.to_string(), u.account.to_string());
        users_by_account.entry(u.account.to_string()).or_default().insert(u.email.to_string());
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
            if let Err(e) = crate::domain::Name::parse("user", name) {
                c.add("users", i, "name", &e);
            }
        }
        if !account_plan.contains_key(&u.account) {
            c.say("users", i, "account", Code::AccountNotFound, format!("account '{}' not found", u.account));
            continue;
        }
        let Some(email) = email else { continue };
        // The owner (named by the file, or already in the database) keeps an owner's role.
        let owns = owners.get(email.as_str()) == Some(&u.account)
            || match snap.accounts.get(&u.account) {
                Some(acc) => acc.owner.as_ref() == Some(&email) && !f.accounts.iter().any(|a| a.slug == u.account),
                None => false,
            };
        if let Some(role) = role {
            if let Err(e) = rules::owner_keeps_role(owns, role, email.as_str(), &u.account) {
                c.add("users", i, "role", &e);
            }
        }
        if let Some(other) = user_account.get(email.as_str()).filter(|a| **a != u.account) {
            c.say(
                "users",
                i,
                "account",
                Code::UserInOtherAccount,
                format!("user '{email}' belongs to account '{other}'"),
            );
        }
        if !seen.insert(email.to_string()) {
            c.say("users", i, "email", Code::Duplicate, format!("user '{email}' appears twice"));
        }
        user_account.insert(email.to_string(), u.account.clone());
        let members = users_by_account.entry(u.account.clone()).or_default();
        members.insert(email.to_string());
        if let Some(l) = limits_of(&u.account) {
            let used = members.len() as i64 - 1;
            let plan = &account_plan[&u.account];
            if let Err(e) = rules::Quota::Users.check(&u.account, plan, used, 1, l.max_users) {
                c.add("users", i, "email", &e);
            }
        }
    }

    // Sites.
    let mut site_keys: HashMap<String, String> = HashMap::new(); // "acct/slug" -> account
    let mut live_by_account: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for site in snap.sites.values().filter(|s| s.deleted_at.is_none()) {
        site_keys.insert(site.qualified(), site.account.to_string());
        live_by_account.entry(site.account.to_string()).or_default().insert(site.qualified());
    }
    let taxonomy = &snap.taxonomy;
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
        if let Some(Err(e)) = s.og_image_url.as_deref().map(crate::domain::OgImageUrl::parse_url) {
            c.add("sites", i, "og_image_url", &e);
        }
        let Some(limits) = limits_of(&s.account) else {
            c.say("sites", i, "account", Code::AccountNotFound, format!("account '{}' not found", s.account));
            continue;
        };
        let Some(slug) = slug else { continue };
        let key = format!("{}/{}", s.account, slug);
        if !seen.insert(key.clone()) {
            c.say("sites", i, "slug", Code::Duplicate, format!("site '{key}' appears twice"));
        }
        if snap.site(&key).is_some_and(|x| x.deleted_at.is_some()) {
            c.say(
                "sites",
                i,
                "slug",
                Code::SiteDeleted,
                format!("site '{key}' exists but is deleted; restore or purge it first"),
            );
        }
        site_keys.insert(key.clone(), s.account.clone());
        let live = live_by_account.entry(s.account.clone()).or_default();
        live.insert(key.clone());
        let plan = &account_plan[&s.account];
        let used = live.len() as i64 - 1;
        if let Err(e) = rules::Quota::Sites.check(&s.account, plan, used, 1, limits.max_sites) {
            c.add("sites", i, "", &e);
        }
        match (&s.industry, s.sectors.is_empty()) {
            (None, false) => c.say("sites", i, "sectors", Code::MissingIndustry, "sectors need an industry".into()),
            (None, true) => {}
            (Some(ind), _) => {
                let Some(ind_slug) = c.parse::<Slug>("sites", i, "industry", ind) else { continue };
                let Some((industry, templates)) = taxonomy.get(ind_slug.as_str()) else {
                    c.say("sites", i, "industry", Code::IndustryNotFound, format!("industry '{ind}' not found"));
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
                    let field = if e.code == Code::IndustryInactive { "industry" } else { "sectors" };
                    c.add("sites", i, field, &e);
                }
            }
        }
    }

    // Grants.
    for (i, g) in f.grants.iter().enumerate() {
        let site_account = site_keys.get(&g.site).cloned();
        if site_account.is_none() {
            c.say("grants", i, "site", Code::SiteNotFound, format!("site '{}' not found (use ACCOUNT/SLUG)", g.site));
        }
        let Some(email) = c.parse::<Email>("grants", i, "user", &g.user) else { continue };
        match (user_account.get(email.as_str()), site_account) {
            (None, _) => c.say("grants", i, "user", Code::UserNotFound, format!("user '{email}' not found")),
            (Some(ua), Some(sa)) if *ua != sa => c.say(
                "grants",
                i,
                "user",
                Code::UserNotInAccount,
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
                Code::SiteNotFound,
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
                        Code::MissingSecret,
                        format!("the environment variable {var} is not set or empty"),
                    );
                }
            }
        }
        if mode == Some(WpMode::Core) && g.username.as_deref().is_none_or(str::is_empty) {
            c.say("integrations", i, "username", Code::MissingUsername, "core mode needs a username".into());
        }
        if mode == Some(WpMode::Bridge) && g.api_key_env.is_none() {
            c.say(
                "integrations",
                i,
                "api_key_env",
                Code::MissingSecret,
                "bridge mode needs api_key_env naming the site API key".into(),
            );
        }
    }
    // Content: filed under a sector active on its site once the file is applied.
    let sectors_after: HashMap<String, &Vec<String>> = f
        .sites
        .iter()
        .filter(|s| s.industry.is_some())
        .filter_map(|s| {
            let slug = s.slug.clone().or_else(|| Slug::derive(&s.name).ok().map(|x| x.to_string()))?;
            Some((format!("{}/{slug}", s.account), &s.sectors))
        })
        .collect();
    let mut seen = BTreeSet::new();
    for (i, item) in f.content.iter().enumerate() {
        if let Err(e) = crate::domain::Title::parse(&item.title) {
            c.add("content", i, "title", &e);
        }
        if let Err(e) = crate::domain::Body::parse(&item.body) {
            c.add("content", i, "body", &e);
        }
        if let Err(e) = crate::domain::Excerpt::parse(&item.excerpt) {
            c.add("content", i, "excerpt", &e);
        }
        c.parse::<ContentStatus>("content", i, "status", &item.status);
        for (field, list) in [("categories", &item.categories), ("tags", &item.tags)] {
            for s in list {
                c.parse::<Slug>("content", i, field, s);
            }
        }
        let slug = match &item.slug {
            Some(text) => c.parse::<Slug>("content", i, "slug", text),
            None => Slug::derive(item.title.trim()).map_err(|e| c.add("content", i, "title", &e)).ok(),
        };
        if !site_keys.contains_key(&item.site) {
            let message = format!("site '{}' not found (use ACCOUNT/SLUG)", item.site);
            c.say("content", i, "site", Code::SiteNotFound, message);
            continue;
        }
        let stored = snap.site(&item.site);
        let active: Vec<String> = match sectors_after.get(&item.site) {
            Some(list) => (*list).clone(),
            None => stored
                .and_then(|s| snap.sectors.get(&s.id))
                .into_iter()
                .flatten()
                .filter(|x| x.is_active)
                .map(|x| x.slug.to_string())
                .collect(),
        };
        if !active.contains(&item.sector) {
            let message = format!(
                "sector '{}' is not active on site '{}' (active: {})",
                item.sector,
                item.site,
                if active.is_empty() { "none".to_string() } else { active.join(", ") }
            );
            c.say("content", i, "sector", Code::SectorNotActiveOnSite, message);
        }
        let Some(slug) = slug else { continue };
        let key = format!("{}/{slug}", item.site);
        if !seen.insert(key.clone()) {
            c.say("content", i, "slug", Code::Duplicate, format!("content '{key}' appears twice"));
        }
        if stored.and_then(|s| snap.content.get(&(s.id, slug.to_string()))).is_some_and(|x| x.deleted) {
            c.say("content", i, "slug", Code::ContentDeleted, format!("content '{key}' exists but is deleted"));
        }
    }
    // Text no database can store is a problem of its value. A value its own check already
    // refuses keeps that problem (an invalid name stays `invalid_name`); any other finding about
    // it ("not found" for a reference) only follows from the NUL and is dropped.
    // Sets of paths, so a file with a problem in every object is still checked in one pass.
    let mut problems = c.problems;
    let unstorable = src.unstorable();
    if !unstorable.is_empty() {
        let refused: std::collections::HashSet<String> = problems
            .iter()
            .filter(|p| p.code.kind() == crate::error::ErrorKind::Invalid)
            .map(|p| p.path.clone())
            .collect();
        let (taken_over, _): (Vec<Problem>, Vec<Problem>) =
            unstorable.into_iter().partition(|u| !refused.contains(&u.path));
        let paths: std::collections::HashSet<&str> = taken_over.iter().map(|u| u.path.as_str()).collect();
        problems.retain(|p| !paths.contains(p.path.as_str()));
        problems.extend(taken_over);
    }
    problems.sort_by_key(|p| (p.line, p.column));
    problems
}

/// The error for a file with problems: the single problem's own code (and so its kind), or
/// `seed_invalid`.
pub(super) fn problems_error(src: &Source, problems: Vec<Problem>) -> Error {
    let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
    let code = if problems.len() == 1 { problems[0].code } else { Code::SeedInvalid };
    Error::new(
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
