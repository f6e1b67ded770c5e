//! The industry/sector taxonomy file format (`fixtures/industries.toml`).
//!
//! ```toml
//! [[industry]]
//! slug = "healthcare"
//! name = "Healthcare"
//! description = "Clinics, practices and care providers"
//! sectors = [
//!   { slug = "dental-clinics", name = "Dental Clinics" },
//!   { slug = "home-care", name = "Home Care", active = false },
//! ]
//! ```
//!
//! `active = false` deactivates an industry or sector on import; nothing is ever deleted.

use crate::error::Code;
use std::collections::HashSet;

use serde::Deserialize;

use crate::domain::Slug;
use crate::error::{Error, Result};

/// The taxonomy shipped in the binary and loaded into every new database.
pub const EMBEDDED: &str = include_str!("../../fixtures/industries.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Taxonomy {
    #[serde(default)]
    pub industry: Vec<TaxonomyIndustry>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxonomyIndustry {
    pub slug: Slug,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default = "yes")]
    pub active: bool,
    #[serde(default)]
    pub sectors: Vec<TaxonomySector>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TaxonomySector {
    pub slug: Slug,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default = "yes")]
    pub active: bool,
}

fn yes() -> bool {
    true
}

impl Taxonomy {
    /// Parses and checks a taxonomy file; `source` names it in error messages.
    pub fn parse(text: &str, source: &str) -> Result<Taxonomy> {
        let taxonomy: Taxonomy = toml::from_str(text).map_err(|e| {
            Error::new(Code::InvalidTaxonomy, format!("{source}: {}", e.to_string().trim_end()))
                .with_hint("see fixtures/industries.toml for the format")
        })?;
        let mut problems = Vec::new();
        let mut industries = HashSet::new();
        for industry in &taxonomy.industry {
            if !industries.insert(industry.slug.as_str()) {
                problems.push(format!("industry '{}' appears twice", industry.slug));
            }
            if industry.name.trim().is_empty() {
                problems.push(format!("industry '{}' has an empty name", industry.slug));
            }
            let mut storable = |what: String, text: &str| {
                if let Err(e) = super::check_storable(&what, text) {
                    problems.push(e.message.clone());
                }
            };
            storable(format!("the name of industry '{}'", industry.slug), &industry.name);
            storable(format!("the description of industry '{}'", industry.slug), &industry.description);
            for sector in &industry.sectors {
                storable(format!("the name of sector '{}/{}'", industry.slug, sector.slug), &sector.name);
                let what = format!("the description of sector '{}/{}'", industry.slug, sector.slug);
                storable(what, &sector.description);
            }
            let mut sectors = HashSet::new();
            for sector in &industry.sectors {
                if !sectors.insert(sector.slug.as_str()) {
                    problems.push(format!("sector '{}' appears twice in industry '{}'", sector.slug, industry.slug));
                }
                if sector.name.trim().is_empty() {
                    problems.push(format!("sector '{}/{}' has an empty name", industry.slug, sector.slug));
                }
            }
        }
        if !problems.is_empty() {
            return Err(Error::new(Code::InvalidTaxonomy, format!("{source}: {}", problems.join("; ")))
                .with_details(serde_json::json!({ "problems": problems })));
        }
        Ok(taxonomy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_taxonomy_is_large_real_and_unique() {
        let t = Taxonomy::parse(EMBEDDED, "embedded").unwrap();
        assert!(t.industry.len() >= 20, "{} industries", t.industry.len());
        let sectors: usize = t.industry.iter().map(|i| i.sectors.len()).sum();
        assert!(sectors >= 150, "{sectors} sectors");
    }

    #[test]
    fn rejects_duplicates_and_unknown_keys() {
        let dup = "[[industry]]\nslug='a'\nname='A'\nsectors=[{slug='x',name='X'},{slug='x',name='Y'}]\n";
        assert!(Taxonomy::parse(dup, "f").unwrap_err().message.contains("appears twice"));
        let nul = "[[industry]]\nslug='a'\nname='A'\nsectors=[{slug='x',name='X',description=\"x\\u0000\"}]\n";
        let err = Taxonomy::parse(nul, "f").unwrap_err();
        assert!(err.message.contains("description of sector 'a/x' contains a NUL"), "{}", err.message);
        let unknown = "[[industry]]\nslug='a'\nname='A'\ncolour='red'\n";
        let err = Taxonomy::parse(unknown, "f").unwrap_err();
        assert!(err.message.contains("colour") && err.message.contains("line 4"), "{}", err.message);
    }
}
