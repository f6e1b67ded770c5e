//! The unauthenticated public read of a site by slug: no acting user, public fields only, and
//! only for an active, live site of an account that may act.

use serde::Serialize;

use crate::domain::{AccountStatus, HostingType, SiteRef, SiteType, Slug};
use crate::error::{Code, Error, Result};
use crate::store::{SiteFilter, Store};

/// What the unauthenticated public read returns: public fields only.
#[derive(Debug, Clone, Serialize)]
pub struct PublicSite {
    pub name: String,
    pub slug: Slug,
    pub domain: Option<String>,
    pub site_type: SiteType,
    pub hosting_type: HostingType,
    pub industry: Option<Slug>,
    pub sectors: Vec<String>,
    pub seo_title: Option<String>,
    pub seo_description: Option<String>,
    pub seo_keywords: Option<String>,
    pub og_image_url: Option<String>,
}

/// The unauthenticated read by slug: ignores the acting user, serves only an active, live site
/// of an active or trial account, and only its public fields.
pub fn public_site(store: &mut Store, r: &SiteRef) -> Result<PublicSite> {
    store.read(|tx| {
        // Live, active sites of accounts that may act, filtered in one query.
        let mut filter = SiteFilter::visible_to(crate::domain::Visibility::All);
        filter.active = Some(true);
        filter.account_statuses = AccountStatus::ALL.iter().copied().filter(|s| s.may_act()).collect();
        match r {
            SiteRef::Id(_) => {
                return Err(Error::new(Code::InvalidSiteRef, "the public read takes a slug, not an id")
                    .with_hint("use SLUG or ACCOUNT/SLUG"))
            }
            SiteRef::Slug(slug) => filter.slug = Some(slug.clone()),
            SiteRef::Qualified { account, site } => {
                let Some(a) = tx.account(account)? else {
                    return Err(Error::new(Code::SiteNotFound, format!("no public site '{r}'")));
                };
                filter.account_id = Some(a.id);
                filter.slug = Some(site.clone());
            }
        }
        let mut public = tx.sites(&filter)?;
        let site = match public.len() {
            0 => return Err(Error::new(Code::SiteNotFound, format!("no public site '{r}'"))),
            1 => public.remove(0),
            n => {
                return Err(Error::new(Code::AmbiguousSite, format!("'{r}' names {n} public sites"))
                    .with_hint("use the qualified form ACCOUNT/SLUG"))
            }
        };
        let sectors = tx.site_sectors(site.id, false)?.into_iter().map(|s| s.slug.to_string()).collect();
        Ok(PublicSite {
            name: site.name,
            slug: site.slug,
            domain: site.domain,
            site_type: site.site_type,
            hosting_type: site.hosting_type,
            industry: site.industry,
            sectors,
            seo_title: site.seo_title,
            seo_description: site.seo_description,
            seo_keywords: site.seo_keywords,
            og_image_url: site.og_image_url,
        })
    })
}
