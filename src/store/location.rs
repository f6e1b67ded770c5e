//! Where the database is: a file path (SQLite, the embedded default) or a `postgres://` /
//! `postgresql://` URL. The one type every layer passes around, so no code guesses the engine
//! from a string and no code prints a password: [`Location`]'s `Display` masks it.

use std::fmt;
use std::path::{Path, PathBuf};

use super::masking::{mask_loose, userinfo_shaped};
use super::sql::Engine;
use crate::domain::clip;
use crate::error::{Code, Error, Result};

/// How to reach the database.
#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    /// Boxed: a parsed URL is much larger than a path.
    Postgres(Box<PgUrl>),
}

/// TLS to the PostgreSQL server, by `sslmode`. Over a Unix socket there is never TLS and the
/// mode is ignored, as libpq does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// Never TLS.
    Disable,
    /// TLS when the server offers it (`allow` is read as `prefer`); the certificate is not
    /// checked unless an `sslrootcert` is given, and then a server without TLS is refused.
    Prefer,
    /// TLS or nothing; the certificate is checked only against an `sslrootcert` when one is given.
    Require,
    /// TLS with a certificate chain that ends at a trusted root (any host name).
    VerifyCa,
    /// TLS with a trusted certificate for exactly the host named.
    VerifyFull,
}

impl SslMode {
    pub(super) fn parse(s: &str) -> Option<SslMode> {
        Some(match s {
            "disable" => SslMode::Disable,
            "allow" | "prefer" => SslMode::Prefer,
            "require" => SslMode::Require,
            "verify-ca" => SslMode::VerifyCa,
            "verify-full" => SslMode::VerifyFull,
            _ => return None,
        })
    }
}

/// How a server may ask for the password (libpq's `require_auth` values).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthMethod {
    /// The server asks for nothing (trust).
    None,
    /// The password in clear.
    Password,
    /// An MD5 hash of the password: replayable and weak, so treated like the password itself.
    Md5,
    /// SCRAM-SHA-256: the password never crosses the wire.
    ScramSha256,
}

impl AuthMethod {
    pub(super) fn parse(s: &str) -> Option<AuthMethod> {
        Some(match s {
            "none" => AuthMethod::None,
            "password" => AuthMethod::Password,
            "md5" => AuthMethod::Md5,
            "scram-sha-256" => AuthMethod::ScramSha256,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AuthMethod::None => "none",
            AuthMethod::Password => "password",
            AuthMethod::Md5 => "md5",
            AuthMethod::ScramSha256 => "scram-sha-256",
        }
    }
}

/// A parsed PostgreSQL URL: each part percent-decoded once, exactly as libpq decodes it (`+` is
/// a plus sign, not a space). The password, when the URL carries one, is held apart and never
/// displayed.
#[derive(Clone, PartialEq, Eq)]
pub struct PgUrl {
    /// Host names, addresses or socket folders (starting with `/`); empty means the default socket.
    pub(crate) hosts: Vec<String>,
    pub(crate) ports: Vec<u16>,
    pub(crate) hostaddrs: Vec<std::net::IpAddr>,
    pub(crate) user: Option<String>,
    pub(crate) dbname: Option<String>,
    pub(crate) password: Option<String>,
    pub(crate) options: Option<String>,
    pub(crate) application_name: Option<String>,
    pub(crate) connect_timeout: Option<std::time::Duration>,
    pub(crate) target_session_attrs: Option<postgres::config::TargetSessionAttrs>,
    pub(crate) sslmode: SslMode,
    pub(crate) root_cert: Option<PathBuf>,
    /// `require_auth`: the only ways the server may ask for the password; `None` is sitectl's
    /// default (any way over TLS, only SCRAM or none without it).
    pub(crate) require_auth: Option<Vec<AuthMethod>>,
    /// The URL as given, with any password shown as `***`: what messages and `config show` print.
    pub(super) masked: String,
}

/// The longest database URL accepted: far above any real one, and it keeps messages short.
pub(super) const MAX_URL_BYTES: usize = 4096;

/// The most servers one URL may list. Each is tried for up to `connect_timeout`, so a long list
/// of dead hosts would hold a command for hours; real clusters have a primary and a few standbys.
pub const MAX_HOSTS: usize = 16;

/// One server of the URL's list, in the order they are tried.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Target {
    /// A host name, an address or a socket folder (starting with `/`).
    pub(crate) host: String,
    /// The address to connect to instead of resolving `host` (TLS still checks `host`).
    pub(crate) hostaddr: Option<std::net::IpAddr>,
    pub(crate) port: u16,
}

impl Target {
    /// How messages and `db info` name this server: `host:port`, `[v6]:port`, or the socket
    /// file. Never a password: hosts cannot hold one.
    pub(crate) fn label(&self) -> String {
        if self.host.starts_with('/') {
            return format!("{}/.s.PGSQL.{}", self.host.trim_end_matches('/'), self.port);
        }
        match self.host.parse::<std::net::Ipv6Addr>() {
            Ok(_) => format!("[{}]:{}", self.host, self.port),
            Err(_) => format!("{}:{}", self.host, self.port),
        }
    }
}

impl Location {
    /// A `postgres://`/`postgresql://` value is a server; another value that looks like a URL
    /// (`scheme://...`, `postgres:...`, or either with spaces around it) is refused, never taken
    /// for a file path (which would create folders named after its parts); anything else is a
    /// file path.
    pub fn parse(value: &str) -> Result<Location> {
        if let Some(why) = not_a_database_url(value) {
            return Err(Error::new(
                Code::InvalidDatabaseUrl,
                format!("invalid database URL '{}': {why}", clip(&mask_loose(value.trim()), 200)),
            )
            .with_hint(
                "use postgresql://USER@HOST:PORT/DATABASE (or postgres://), or a file path for SQLite; nothing was created",
            ));
        }
        let lower = value.get(..13).unwrap_or(value).to_ascii_lowercase();
        if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
            return PgUrl::parse(value).map(|u| Location::Postgres(Box::new(u)));
        }
        Ok(Location::File(PathBuf::from(value)))
    }

    pub fn from_path(path: &Path) -> Result<Location> {
        match path.to_str() {
            Some(s) => Location::parse(s),
            // Not UTF-8: a file path only when it does not read as a URL, a PostgreSQL one
            // included (its bytes cannot be sent; taken for a path, it would become folders
            // named after its password).
            None => match Location::parse(&path.to_string_lossy())? {
                Location::File(_) => Ok(Location::File(path.to_path_buf())),
                Location::Postgres(u) => Err(Error::new(
                    Code::InvalidDatabaseUrl,
                    format!("invalid database URL '{}': it is not UTF-8", clip(&u.masked, 200)),
                )
                .with_hint("percent-encode the bytes of each part (e.g. %FF); nothing was created")),
            },
        }
    }

    pub fn engine(&self) -> Engine {
        match self {
            Location::File(_) => Engine::Sqlite,
            Location::Postgres(_) => Engine::Postgres,
        }
    }

    /// The password the URL carries, so the binary can keep it out of everything it prints.
    pub fn password(&self) -> Option<&str> {
        match self {
            Location::File(_) => None,
            Location::Postgres(u) => u.password.as_deref(),
        }
    }

    pub fn file(&self) -> Option<&Path> {
        match self {
            Location::File(p) => Some(p),
            Location::Postgres(_) => None,
        }
    }
}

/// Why `value` is a URL sitectl does not take, or `None` when it is a PostgreSQL URL as typed or
/// no URL at all.
fn not_a_database_url(value: &str) -> Option<&'static str> {
    let trimmed = value.trim_matches(|c: char| c.is_whitespace() || c.is_control());
    let lower = trimmed.get(..13).unwrap_or(trimmed).to_ascii_lowercase();
    let postgres = lower.starts_with("postgres:") || lower.starts_with("postgresql:");
    let scheme_like = trimmed.find("://").is_some_and(|i| {
        let scheme = &trimmed[..i];
        scheme.starts_with(|c: char| c.is_ascii_alphabetic())
            && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.:".contains(c))
    });
    if !postgres && !scheme_like {
        // A URL with its scheme mistyped (`postgresql//u:pw@h/db`) or left out (`//u:pw@h/db`)
        // would become folders named after the password: never a file path either.
        if lower.starts_with("postgres//") || lower.starts_with("postgresql//") || userinfo_shaped(trimmed) {
            return Some("it looks like a URL with a mistyped or missing scheme (`USER:PASSWORD@HOST`); use postgresql://USER@HOST/DATABASE");
        }
        return None;
    }
    if trimmed.len() != value.len() {
        return Some("it has spaces or control characters around it");
    }
    if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
        return None;
    }
    Some("only postgres:// and postgresql:// URLs name a database server, and a value that looks like a URL is not taken for a file path")
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Location::File(p) => write!(f, "{}", p.display()),
            Location::Postgres(u) => f.write_str(&u.masked),
        }
    }
}

impl fmt::Debug for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Location({self})")
    }
}

impl fmt::Display for PgUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked)
    }
}

impl fmt::Debug for PgUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PgUrl({})", self.masked)
    }
}

#[cfg(test)]
mod tests;
