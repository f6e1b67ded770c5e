//! Sector selection (`select_sectors`): which requests are valid and what a valid one changes.

use crate::error::Code;
use std::collections::{BTreeMap, HashSet};

use serde::Serialize;

use crate::domain::{Industry, IndustrySector, Sector, Slug};
use crate::error::{Error, Result};

/// The plan limit a selection must respect, and the names for its error message.
#[derive(Debug, Clone, Copy)]
pub struct SectorLimit<'a> {
    pub max: i64,
    pub site: &'a str,
    pub plan: &'a str,
    pub account: &'a str,
}

/// Checks a request against the industry's sector templates and the plan limit; returns the
/// requested templates in request order.
///
/// `elsewhere` maps a requested slug that is not a sector of this industry to the industries
/// that do have it, so the error can say "belongs to another industry" rather than "unknown".
pub fn validate_sector_request<'t>(
    industry: &Industry,
    templates: &'t [IndustrySector],
    requested: &[Slug],
    elsewhere: &BTreeMap<Slug, Vec<String>>,
    limit: &SectorLimit<'_>,
) -> Result<Vec<&'t IndustrySector>> {
    let SectorLimit { max, site, plan, account } = *limit;
    if !industry.is_active {
        return Err(Error::new(Code::IndustryInactive, format!("industry '{}' is inactive", industry.slug))
            .with_hint("choose an active industry: sitectl industry list"));
    }
    let valid: Vec<&str> = templates.iter().filter(|t| t.is_active).map(|t| t.slug.as_str()).collect();
    let valid_hint = format!("valid sectors of '{}': {}", industry.slug, valid.join(", "));

    let mut seen = HashSet::new();
    let duplicates: Vec<&str> = requested.iter().filter(|s| !seen.insert(s.as_str())).map(Slug::as_str).collect();
    if !duplicates.is_empty() {
        return Err(Error::new(
            Code::DuplicateSectors,
            format!("sectors given more than once: {}", duplicates.join(", ")),
        )
        .with_hint("name each sector once")
        .with_details(serde_json::json!({ "duplicates": duplicates })));
    }

    let mut unknown = Vec::new();
    let mut foreign = Vec::new();
    let mut inactive = Vec::new();
    let mut chosen = Vec::new();
    for slug in requested {
        match templates.iter().find(|t| &t.slug == slug) {
            Some(t) if t.is_active => chosen.push(t),
            Some(_) => inactive.push(slug.to_string()),
            None => match elsewhere.get(slug) {
                Some(industries) => foreign.push(format!("{slug} (of {})", industries.join(", "))),
                None => unknown.push(slug.to_string()),
            },
        }
    }
    let offenders = |what: &str, list: &[String]| format!("{what}: {}", list.join(", "));
    let problems: Vec<String> = [
        (!unknown.is_empty()).then(|| offenders("unknown sectors", &unknown)),
        (!foreign.is_empty())
            .then(|| offenders(&format!("sectors of another industry than '{}'", industry.slug), &foreign)),
        (!inactive.is_empty()).then(|| offenders("inactive sectors", &inactive)),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !problems.is_empty() {
        // The most basic problem decides the code; the message names every offender.
        let code = if !unknown.is_empty() {
            Code::UnknownSector
        } else if !foreign.is_empty() {
            Code::SectorNotInIndustry
        } else {
            Code::SectorInactive
        };
        return Err(Error::new(code, problems.join("; ")).with_hint(valid_hint).with_details(serde_json::json!({
            "unknown": unknown, "other_industry": foreign, "inactive": inactive, "valid": valid,
        })));
    }

    let count = chosen.len() as i64;
    if count > max {
        return Err(Error::new(
            Code::SectorLimitExceeded,
            format!("site '{site}' may have at most {max} sectors on plan '{plan}'; {count} were given"),
        )
        .with_hint(format!("choose fewer sectors, or move account '{account}' to a larger plan"))
        .with_details(serde_json::json!({ "limit": max, "given": count, "plan": plan })));
    }
    Ok(chosen)
}

/// A sector as reported in a selection's result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectorChange {
    /// The site sector's id; none for one a dry run would create.
    pub id: Option<i64>,
    pub industry: String,
    pub slug: String,
    pub name: String,
}

/// What a valid selection changes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SectorPlan {
    /// Templates without a row for this site yet.
    pub create: Vec<IndustrySector>,
    /// Inactive rows that were requested again (same id).
    pub reactivate: Vec<Sector>,
    /// Active rows not requested (of any industry).
    pub deactivate: Vec<Sector>,
    /// Active rows that were requested.
    pub unchanged: Vec<Sector>,
}

impl SectorPlan {
    /// Whether the selection leaves every row as it is.
    pub fn changes_nothing(&self) -> bool {
        self.create.is_empty() && self.reactivate.is_empty() && self.deactivate.is_empty()
    }
}

/// Compares the site's sector rows (active and inactive) with the requested templates.
pub fn plan_sector_selection(current: &[Sector], requested: &[&IndustrySector]) -> SectorPlan {
    let mut plan = SectorPlan::default();
    let wanted: HashSet<i64> = requested.iter().map(|t| t.id).collect();
    for row in current {
        match (row.is_active, wanted.contains(&row.industry_sector_id)) {
            (true, true) => plan.unchanged.push(row.clone()),
            (true, false) => plan.deactivate.push(row.clone()),
            (false, true) => plan.reactivate.push(row.clone()),
            (false, false) => {}
        }
    }
    for t in requested {
        if !current.iter().any(|row| row.industry_sector_id == t.id) {
            plan.create.push((*t).clone());
        }
    }
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn template(id: i64, industry: &str, slug: &str, active: bool) -> IndustrySector {
        IndustrySector {
            id,
            industry: industry.parse().unwrap(),
            slug: slug.parse().unwrap(),
            name: slug.to_string(),
            description: String::new(),
            is_active: active,
            industry_id: 1,
        }
    }

    fn industry(active: bool) -> Industry {
        Industry {
            id: 1,
            slug: "health".parse().unwrap(),
            name: "Health".into(),
            description: String::new(),
            is_active: active,
            sectors: 3,
        }
    }

    fn slugs(s: &[&str]) -> Vec<Slug> {
        s.iter().map(|s| s.parse().unwrap()).collect()
    }

    fn validate(req: &[&str], limit: i64) -> Result<Vec<i64>> {
        let templates = vec![
            template(1, "health", "dental", true),
            template(2, "health", "optometry", true),
            template(3, "health", "old", false),
        ];
        let mut elsewhere = BTreeMap::new();
        elsewhere.insert("plumbing".parse().unwrap(), vec!["home".to_string()]);
        let limit = SectorLimit { max: limit, site: "a/b", plan: "starter", account: "a" };
        validate_sector_request(&industry(true), &templates, &slugs(req), &elsewhere, &limit)
            .map(|v| v.iter().map(|t| t.id).collect())
    }

    #[test]
    fn request_validation() {
        assert_eq!(validate(&["dental", "optometry"], 2).unwrap(), vec![1, 2]);
        assert_eq!(validate(&[], 2).unwrap(), Vec::<i64>::new());
        assert_eq!(validate(&["dental", "dental"], 5).unwrap_err().code, "duplicate_sectors");
        assert_eq!(validate(&["nope", "plumbing"], 5).unwrap_err().code, "unknown_sector");
        assert_eq!(validate(&["plumbing"], 5).unwrap_err().code, "sector_not_in_industry");
        assert_eq!(validate(&["old"], 5).unwrap_err().code, "sector_inactive");
        let e = validate(&["dental", "optometry"], 1).unwrap_err();
        assert_eq!(e.code, "sector_limit_exceeded");
        assert!(e.message.contains("at most 1") && e.message.contains("starter"), "{}", e.message);
        let e = validate(&["nope", "plumbing"], 5).unwrap_err();
        assert!(e.message.contains("nope") && e.message.contains("plumbing"), "{}", e.message);
        assert!(e.hint.clone().unwrap().contains("dental, optometry"));
        let limit = SectorLimit { max: 5, site: "a/b", plan: "p", account: "a" };
        let r = validate_sector_request(&industry(false), &[], &[], &BTreeMap::new(), &limit);
        assert_eq!(r.unwrap_err().code, "industry_inactive");
    }

    #[test]
    fn selection_plan() {
        let row = |id, template_id, active| Sector {
            id,
            site_id: 1,
            industry: "health".parse().unwrap(),
            slug: "x".parse().unwrap(),
            name: "x".into(),
            is_active: active,
            created_at: String::new(),
            deactivated_at: None,
            content_count: None,
            industry_sector_id: template_id,
        };
        let current = vec![row(10, 1, true), row(11, 2, false), row(12, 9, true), row(13, 8, false)];
        let t1 = template(1, "health", "a", true);
        let t2 = template(2, "health", "b", true);
        let t3 = template(3, "health", "c", true);
        let plan = plan_sector_selection(&current, &[&t1, &t2, &t3]);
        assert_eq!(plan.unchanged.iter().map(|s| s.id).collect::<Vec<_>>(), vec![10]);
        assert_eq!(plan.reactivate.iter().map(|s| s.id).collect::<Vec<_>>(), vec![11]);
        assert_eq!(plan.deactivate.iter().map(|s| s.id).collect::<Vec<_>>(), vec![12]);
        assert_eq!(plan.create.iter().map(|t| t.id).collect::<Vec<_>>(), vec![3]);
    }
}
