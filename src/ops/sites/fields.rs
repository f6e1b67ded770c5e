//! What a site's stored fields become: a new site's, a re-created site's, a patched site's,
//! every value checked (its name, slug, domain and texts) before the use case writes them.

use super::{SiteInput, SitePatch};
use crate::domain::{Domain, HostingType, Name, OgImageUrl, SeoText, SiteType, Slug};
use crate::error::Result;
use crate::rules;
use crate::store::SiteFields;

/// The domain as given (a URL is reduced to its host, with a warning); empty is none.
fn parse_domain(raw: Option<&str>, warnings: &mut Vec<String>) -> Result<Option<String>> {
    match raw.map(str::trim) {
        None | Some("") => Ok(None),
        Some(d) => {
            let (domain, warning) = Domain::parse_lenient(d)?;
            warnings.extend(warning);
            Ok(Some(domain.to_string()))
        }
    }
}

/// A site input's name, slug and domain, checked.
pub(crate) struct Checked {
    pub name: Name,
    pub slug: Slug,
    pub domain: Option<String>,
}

/// Checks the name, derives the slug when none is given, and reduces the domain.
pub(crate) fn checked(input: &SiteInput, warnings: &mut Vec<String>) -> Result<Checked> {
    let name = Name::parse("site", &input.name)?;
    let slug = match &input.slug {
        Some(s) => s.clone(),
        None => Slug::derive(name.as_str())?,
    };
    let domain = parse_domain(input.domain.as_deref(), warnings)?;
    Ok(Checked { name, slug, domain })
}

/// A new site's fields: what the input gives, defaults for the rest.
pub(crate) fn new_fields(input: &SiteInput, c: &Checked, industry_id: Option<i64>) -> SiteFields {
    SiteFields {
        name: c.name.to_string(),
        slug: c.slug.clone(),
        domain: c.domain.clone(),
        industry_id,
        hosting_type: input.hosting_type.unwrap_or(HostingType::Igny8Sites),
        site_type: input.site_type.unwrap_or(SiteType::Marketing),
        status: rules::site_status_for(input.active),
        is_active: input.active,
        seo_title: None,
        seo_description: None,
        seo_keywords: None,
        og_image_url: None,
    }
}

/// `site create --if-exists update` on an existing site: what the input names replaces the
/// current value; the name always, activation only when asked for.
pub(crate) fn merged_fields(
    before: &SiteFields,
    input: &SiteInput,
    c: &Checked,
    industry_id: Option<i64>,
) -> SiteFields {
    let mut next = before.clone();
    next.name = c.name.to_string();
    if input.domain.is_some() {
        next.domain = c.domain.clone();
    }
    if let Some(h) = input.hosting_type {
        next.hosting_type = h;
    }
    if let Some(t) = input.site_type {
        next.site_type = t;
    }
    if industry_id.is_some() {
        next.industry_id = industry_id;
    }
    if input.active {
        next = with_active(next, true);
    }
    next
}

/// The fields with the site (de)activated.
pub(crate) fn with_active(mut fields: SiteFields, active: bool) -> SiteFields {
    fields.is_active = active;
    fields.status = rules::site_status_for(active);
    fields
}

/// `site update`'s patch applied to `before`, every value checked. A new slug is taken as given:
/// whether it is free is the caller's question (it needs the database).
pub(crate) fn patched_fields(before: &SiteFields, patch: &SitePatch, warnings: &mut Vec<String>) -> Result<SiteFields> {
    let mut next = before.clone();
    if let Some(n) = &patch.name {
        next.name = Name::parse("site", n)?.into_string();
    }
    if let Some(s) = &patch.slug {
        next.slug = s.clone();
    }
    if let Some(d) = &patch.domain {
        next.domain = parse_domain(Some(d), warnings)?;
    }
    if let Some(h) = patch.hosting_type {
        next.hosting_type = h;
    }
    if let Some(t) = patch.site_type {
        next.site_type = t;
    }
    if let Some(v) = &patch.seo_title {
        next.seo_title = SeoText::title(v)?.map(String::from);
    }
    if let Some(v) = &patch.seo_description {
        next.seo_description = SeoText::description(v)?.map(String::from);
    }
    if let Some(v) = &patch.seo_keywords {
        next.seo_keywords = SeoText::keywords(v)?.map(String::from);
    }
    if let Some(v) = &patch.og_image_url {
        next.og_image_url = OgImageUrl::parse(v)?.map(String::from);
    }
    Ok(next)
}
