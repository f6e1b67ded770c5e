//! Slugs, emails, domains, site references and WordPress URLs: never a panic, and what is
//! accepted round-trips.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sitectl::domain::{Domain, Email, SiteRef, Slug};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    if let Ok(slug) = s.parse::<Slug>() {
        assert_eq!(slug.as_str(), s);
    }
    if let Ok(derived) = Slug::derive(s) {
        assert!(derived.as_str().parse::<Slug>().is_ok());
    }
    if let Ok(e) = s.parse::<Email>() {
        assert_eq!(e.to_string().parse::<Email>().unwrap(), e);
    }
    if let Ok((d, _)) = Domain::parse_lenient(s) {
        assert!(d.as_str().parse::<Domain>().is_ok());
    }
    if let Ok(r) = s.parse::<SiteRef>() {
        assert_eq!(r.to_string().parse::<SiteRef>().unwrap(), r);
    }
    if let Ok(u) = sitectl::wordpress::normalize_site_url(s) {
        assert_eq!(sitectl::wordpress::normalize_site_url(u.as_str()).unwrap(), u);
    }
});
