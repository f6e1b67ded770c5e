//! Where a credential may go: the one origin (scheme, host, port) the operator named, or its
//! https upgrade. `client` asks this module before every request that carries credentials.

use url::Url;

use crate::error::{Code, Error, Result};

/// Scheme, host and port of a URL: where a credential is allowed to go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    scheme: String,
    host: String,
    port: u16,
}

impl Origin {
    pub fn of(url: &Url) -> Option<Origin> {
        Some(Origin {
            scheme: url.scheme().to_string(),
            host: url.host_str()?.to_ascii_lowercase(),
            port: url.port_or_known_default()?,
        })
    }

    /// Whether a request to `url` may carry credentials bound to this origin: the same origin,
    /// or the https upgrade of an http origin on default ports.
    pub fn permits(&self, url: &Url) -> bool {
        let Some(other) = Origin::of(url) else { return false };
        other == *self || self.upgrade() == Some(other)
    }

    /// `https://host` for `http://host` (both on their default ports).
    pub fn upgrade(&self) -> Option<Origin> {
        (self.scheme == "http" && self.port == 80).then(|| Origin {
            scheme: "https".into(),
            host: self.host.clone(),
            port: 443,
        })
    }

    /// Whether the host is this machine (127.0.0.0/8, ::1, localhost).
    pub fn is_loopback(&self) -> bool {
        let host = self.host.trim_start_matches('[').trim_end_matches(']');
        host == "localhost"
            || host.ends_with(".localhost")
            || host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
    }

    pub fn is_https(&self) -> bool {
        self.scheme == "https"
    }
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}://{}:{}", self.scheme, self.host, self.port)
    }
}

/// The origin of `site`, when credentials may travel to it: https, or plain http to this machine,
/// or plain http elsewhere only when the operator accepted it (`--allow-insecure-http`).
pub fn require_secure_transport(site: &Url, allow_insecure: bool) -> Result<Origin> {
    let origin = Origin::of(site).ok_or_else(|| Error::internal(format!("{site} has no origin")))?;
    if !origin.is_https() && !origin.is_loopback() && !allow_insecure {
        return Err(Error::new(
            Code::WpInsecureHttp,
            format!("refused to send credentials over plain http to {origin}: anyone on the path could read them"),
        )
        .with_hint("use the site's https:// address, or pass --allow-insecure-http if you accept the risk"));
    }
    Ok(origin)
}

/// The refusal to send a credential to another origin than the one the operator named.
pub fn cross_origin(named: &Origin, other: &Url) -> Error {
    let other = Origin::of(other).map_or_else(|| other.to_string(), |o| o.to_string());
    Error::new(Code::WpCrossOrigin, format!("refused to send credentials for {named} to another origin, {other}; nothing was sent there"),
    )
    .with_hint(format!(
        "credentials only go to the origin given to `wp connect` ({named}); if the site really moved, connect again with --url on {other}"
    ))
    .with_details(serde_json::json!({ "origin": named.to_string(), "other_origin": other }))
}
