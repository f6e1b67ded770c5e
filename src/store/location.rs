//! Where the database is: a file path (SQLite, the embedded default) or a `postgres://` /
//! `postgresql://` URL. The one type every layer passes around, so no code guesses the engine
//! from a string and no code prints a password: [`Location`]'s `Display` masks it.

use std::fmt;
use std::path::{Path, PathBuf};

use super::sql::Engine;
use crate::error::{Code, Error, Result};

/// How to reach the database.
#[derive(Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    Postgres(PgUrl),
}

/// TLS to the PostgreSQL server, as libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// Never TLS.
    Disable,
    /// TLS when the server offers it, without checking its certificate (libpq's default).
    Prefer,
    /// TLS or nothing; the certificate is checked only against an `sslrootcert` when one is given.
    Require,
    /// TLS with a certificate chain that ends at a trusted root (any host name).
    VerifyCa,
    /// TLS with a trusted certificate for exactly the host named.
    VerifyFull,
}

impl SslMode {
    fn parse(s: &str) -> Option<SslMode> {
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

/// A parsed PostgreSQL URL. The password, when the URL carries one, is held apart and never
/// displayed.
#[derive(Clone, PartialEq, Eq)]
pub struct PgUrl {
    /// The URL as given, without `password` (in the userinfo or the query), `sslmode` and
    /// `sslrootcert`, which sitectl handles itself.
    pub(crate) base: url::Url,
    pub(crate) password: Option<String>,
    pub(crate) sslmode: SslMode,
    pub(crate) root_cert: Option<PathBuf>,
    /// The same URL with any password shown as `***`: what messages and `config show` print.
    masked: String,
}

impl Location {
    /// A `postgres://`/`postgresql://` value is a server; anything else is a file path.
    pub fn parse(value: &str) -> Result<Location> {
        let lower = value.get(..13).unwrap_or(value).to_ascii_lowercase();
        if lower.starts_with("postgres://") || lower.starts_with("postgresql://") {
            return PgUrl::parse(value).map(Location::Postgres);
        }
        Ok(Location::File(PathBuf::from(value)))
    }

    pub fn from_path(path: &Path) -> Result<Location> {
        match path.to_str() {
            Some(s) => Location::parse(s),
            None => Ok(Location::File(path.to_path_buf())),
        }
    }

    pub fn engine(&self) -> Engine {
        match self {
            Location::File(_) => Engine::Sqlite,
            Location::Postgres(_) => Engine::Postgres,
        }
    }

    pub fn file(&self) -> Option<&Path> {
        match self {
            Location::File(p) => Some(p),
            Location::Postgres(_) => None,
        }
    }
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

fn bad_url(why: &str) -> Error {
    Error::new(Code::InvalidDatabaseUrl, format!("invalid PostgreSQL URL: {why}")).with_hint(
        "use postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full, or postgresql:///DATABASE?host=/run/postgresql",
    )
}

/// The query parameters sitectl passes on to the driver; anything else is refused rather than
/// silently ignored.
const DRIVER_PARAMS: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "user",
    "dbname",
    "application_name",
    "connect_timeout",
    "options",
    "target_session_attrs",
];

impl PgUrl {
    pub fn parse(value: &str) -> Result<PgUrl> {
        // The error never quotes the value: it may hold a password.
        let url = url::Url::parse(value).map_err(|e| bad_url(&e.to_string()))?;
        let mut base = url.clone();
        let mut password = url.password().map(percent_decode).transpose()?;
        let _ = base.set_password(None);
        let mut sslmode = SslMode::Prefer;
        let mut root_cert = None;
        let mut kept: Vec<(String, String)> = Vec::new();
        for (k, v) in url.query_pairs() {
            match k.as_ref() {
                "password" => password = Some(v.into_owned()),
                "sslmode" => {
                    sslmode = SslMode::parse(&v).ok_or_else(|| {
                        bad_url(&format!(
                            "sslmode '{v}' is not one of disable, allow, prefer, require, verify-ca, verify-full"
                        ))
                    })?
                }
                "sslrootcert" => root_cert = Some(PathBuf::from(v.as_ref())),
                k if DRIVER_PARAMS.contains(&k) => kept.push((k.to_string(), v.into_owned())),
                other => return Err(bad_url(&format!("unknown parameter '{other}'"))),
            }
        }
        base.set_query(None);
        if !kept.is_empty() {
            base.query_pairs_mut().extend_pairs(kept.iter());
        }
        // Shown as typed, with the password as `***` and the query readable (`host=/run/...`).
        let mut shown = base.clone();
        shown.set_query(None);
        if password.is_some() && !shown.username().is_empty() {
            let _ = shown.set_password(Some("***"));
        }
        let mut query: Vec<(String, String)> = kept.clone();
        if password.is_some() && base.username().is_empty() {
            query.push(("password".into(), "***".into()));
        }
        if let Some((_, v)) = url.query_pairs().find(|(k, _)| k == "sslmode") {
            query.push(("sslmode".into(), v.into_owned()));
        }
        if let Some(root) = &root_cert {
            query.push(("sslrootcert".into(), root.display().to_string()));
        }
        let mut masked = shown.to_string();
        if !query.is_empty() {
            let pairs: Vec<String> = query.iter().map(|(k, v)| format!("{k}={}", readable_escape(v))).collect();
            masked = format!("{masked}?{}", pairs.join("&"));
        }
        Ok(PgUrl { base, password, sslmode, root_cert, masked })
    }

    /// The driver's configuration: the URL's parts, the application name, and defaults the way
    /// libpq has them (user = the OS user, database = the user, host = the local socket).
    pub(crate) fn driver_config(&self, os_user: &str) -> Result<postgres::Config> {
        let mut config: postgres::Config = self.base.as_str().parse().map_err(|e| bad_url(&format!("{e}")))?;
        if config.get_user().is_none() {
            config.user(os_user);
        }
        if config.get_dbname().is_none() {
            let user = config.get_user().unwrap_or(os_user).to_string();
            config.dbname(&user);
        }
        if config.get_hosts().is_empty() {
            config.host_path("/var/run/postgresql");
        }
        if config.get_application_name().is_none() {
            config.application_name("sitectl");
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(std::time::Duration::from_secs(10));
        }
        config.ssl_mode(match self.sslmode {
            SslMode::Disable => postgres::config::SslMode::Disable,
            SslMode::Prefer => postgres::config::SslMode::Prefer,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => postgres::config::SslMode::Require,
        });
        Ok(config)
    }
}

/// Percent-escapes what would change the meaning of a query value; keeps paths readable.
fn readable_escape(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    for b in v.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:@,".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(s: &str) -> Result<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok());
            out.push(hex.ok_or_else(|| bad_url("a bad %-escape in the password"))?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| bad_url("the password is not UTF-8"))
}

/// The password for this server from a `.pgpass` file's text (lines of
/// `host:port:database:user:password`, `*` matching anything, `\:` and `\\` escaped), as libpq
/// reads it: the first matching line wins.
pub fn pgpass_lookup(text: &str, host: &str, port: u16, database: &str, user: &str) -> Option<String> {
    let port = port.to_string();
    for line in text.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let mut fields = Vec::new();
        let mut cur = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => cur.extend(chars.next()),
                ':' if fields.len() < 4 => fields.push(std::mem::take(&mut cur)),
                _ => cur.push(c),
            }
        }
        fields.push(cur);
        if fields.len() != 5 {
            continue;
        }
        let matches = |pattern: &str, value: &str| pattern == "*" || pattern == value;
        // libpq matches a socket connection against `localhost` as well as the socket path.
        let host_ok = matches(&fields[0], host) || (host.starts_with('/') && fields[0] == "localhost");
        if host_ok && matches(&fields[1], &port) && matches(&fields[2], database) && matches(&fields[3], user) {
            return Some(fields[4].clone());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_is_a_server_and_anything_else_a_file() {
        assert!(matches!(Location::parse("/tmp/x.db").unwrap(), Location::File(_)));
        assert!(matches!(Location::parse("postgres.db").unwrap(), Location::File(_)));
        let l = Location::parse("postgresql:///sitectl?host=/run/postgresql").unwrap();
        assert_eq!(l.engine(), Engine::Postgres);
        assert!(matches!(Location::parse("POSTGRES://h/db").unwrap(), Location::Postgres(_)));
    }

    #[test]
    fn passwords_never_show() {
        let l = Location::parse("postgres://ops:s%40cret@db.example:5433/site?sslmode=verify-full").unwrap();
        let shown = l.to_string();
        assert!(!shown.contains("cret"), "{shown}");
        assert_eq!(shown, "postgres://ops:***@db.example:5433/site?sslmode=verify-full");
        let Location::Postgres(u) = &l else { unreachable!() };
        assert_eq!(u.password.as_deref(), Some("s@cret"));
        assert_eq!(u.sslmode, SslMode::VerifyFull);
        let q = Location::parse("postgresql://h/db?password=hunter2&application_name=x").unwrap();
        assert!(!q.to_string().contains("hunter2"));
        assert!(!format!("{q:?}").contains("hunter2"));
        let e = Location::parse("postgres://u:pw@h/db?sslmode=sometimes").unwrap_err();
        assert_eq!(e.code, Code::InvalidDatabaseUrl);
        assert!(!e.message.contains("pw"));
        let e = Location::parse("postgres://u:pw@h/db?sslcert=x").unwrap_err();
        assert!(e.message.contains("sslcert"));
    }

    #[test]
    fn driver_config_defaults_like_libpq() {
        let Location::Postgres(u) = Location::parse("postgresql:///sitectl?host=/run/postgresql").unwrap() else {
            unreachable!()
        };
        let c = u.driver_config("alice").unwrap();
        assert_eq!(c.get_user(), Some("alice"));
        assert_eq!(c.get_dbname(), Some("sitectl"));
        assert_eq!(c.get_application_name(), Some("sitectl"));
    }

    #[test]
    fn pgpass_matches_like_libpq() {
        let text = "# comment\nother:5432:*:ops:nope\ndb.example:5432:site:ops:pa\\:ss\n*:*:*:*:fallback\n";
        assert_eq!(pgpass_lookup(text, "db.example", 5432, "site", "ops").as_deref(), Some("pa:ss"));
        assert_eq!(pgpass_lookup(text, "x", 1, "y", "z").as_deref(), Some("fallback"));
        assert_eq!(pgpass_lookup("localhost:5432:d:u:p\n", "/run/postgresql", 5432, "d", "u").as_deref(), Some("p"));
        assert_eq!(pgpass_lookup("h:5432:d:u\n", "h", 5432, "d", "u"), None);
    }
}
