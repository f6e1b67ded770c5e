//! Where the database is: a file path (SQLite, the embedded default) or a `postgres://` /
//! `postgresql://` URL. The one type every layer passes around, so no code guesses the engine
//! from a string and no code prints a password: [`Location`]'s `Display` masks it.

use std::fmt;
use std::path::{Path, PathBuf};

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
    fn parse(s: &str) -> Option<AuthMethod> {
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
    masked: String,
}

/// The longest database URL accepted: far above any real one, and it keeps messages short.
const MAX_URL_BYTES: usize = 4096;

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

/// Whether a path segment reads as `user:password@host`.
fn userinfo_shaped(value: &str) -> bool {
    value.split(['/', '\\']).any(|seg| seg.find(':').is_some_and(|colon| seg[colon + 1..].contains('@')))
}

/// What may be a password in text that need not be a well-formed URL (a command line, a config
/// file): for each `://`, what follows the first `:` of the userinfo up to the last `@` on the
/// line, and each `password=` value. For masking these exact strings wherever they show up,
/// spaces and all.
pub fn loose_passwords(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for line in text.lines() {
        let mut rest = line;
        // A bounded number per line: a hostile line of `://` repeated costs linear time.
        for _ in 0..16 {
            let Some(i) = rest.find("://") else { break };
            rest = &rest[i + 3..];
            if let Some(at) = rest.rfind('@') {
                if let Some(colon) = rest[..at].find(':') {
                    found.push(rest[colon + 1..at].to_string());
                }
            }
        }
        let lower = line.to_ascii_lowercase();
        let mut pos = 0;
        while let Some(i) = lower[pos..].find("password=") {
            let start = pos + i + "password=".len();
            let len = line[start..].find(['&', '"', '\'', ' ']).unwrap_or(line.len() - start);
            found.push(line[start..start + len].to_string());
            pos = start;
        }
    }
    found.retain(|p| p.chars().count() >= 3);
    found.sort_by_key(|p| std::cmp::Reverse(p.len()));
    found.dedup();
    found
}

/// A value that is not a URL sitectl parses, masked without trusting its shape: whatever sits
/// between the scheme and the last `@` after a `user:` is hidden.
fn mask_loose(value: &str) -> String {
    if !value.contains("://") && userinfo_shaped(value) {
        // Each `user:password@host` segment shows as `user:***@host`.
        let segments: Vec<String> = value
            .split('/')
            .map(|seg| match (seg.find(':'), seg.rfind('@')) {
                (Some(colon), Some(at)) if colon < at => format!("{}:***{}", &seg[..colon], &seg[at..]),
                _ => seg.to_string(),
            })
            .collect();
        return mask_secrets(&segments.join("/"));
    }
    let start = value.find("://").map(|i| i + 3).or_else(|| value.find(':').map(|i| i + 1)).unwrap_or(0);
    match value.rfind('@') {
        Some(at) if at > start => {
            let userinfo = &value[start..at];
            let shown = match userinfo.find(':') {
                Some(colon) => format!("{}:***", &userinfo[..colon]),
                None => userinfo.to_string(),
            };
            mask_secrets(&format!("{}{shown}{}", &value[..start], &value[at..]))
        }
        _ => mask_secrets(value),
    }
}

/// Replaces what could be a password in free text with `***`: the userinfo password of every
/// `scheme://user:password@` (up to the last `@` of the word, as URL parsers read it) and the
/// value of every `password=`. Over-masking is harmless; this is what every message about a
/// database value, and every error sitectl prints, goes through.
pub fn mask_secrets(text: &str) -> String {
    let ends_word = |c: char| c.is_whitespace() || c.is_control() || "\"'`<>".contains(c);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("://") {
        out.push_str(&rest[..i + 3]);
        rest = &rest[i + 3..];
        let word_end = rest.find(ends_word).unwrap_or(rest.len());
        let word = &rest[..word_end];
        // The rest of the word is done here (its last `@` covers any later userinfo in it), so a
        // word made of many `://` costs one pass, not one per occurrence.
        match (word.rfind('@'), word.find(':')) {
            (Some(at), Some(colon)) if colon < at => {
                out.push_str(&word[..colon + 1]);
                out.push_str("***");
                out.push_str(&word[at..]);
            }
            _ => out.push_str(word),
        }
        rest = &rest[word_end..];
    }
    out.push_str(rest);
    mask_password_params(&out)
}

fn mask_password_params(text: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut pos = 0;
    while let Some(i) = lower[pos..].find("password=") {
        let value_start = pos + i + "password=".len();
        out.push_str(&text[pos..value_start]);
        let len = text[value_start..]
            .find(|c: char| c == '&' || c.is_whitespace() || c.is_control() || "\"'`<>".contains(c))
            .unwrap_or(text.len() - value_start);
        if len > 0 {
            out.push_str("***");
        }
        pos = value_start + len;
    }
    out.push_str(&text[pos..]);
    out
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

/// Every query parameter sitectl takes; anything else is refused rather than silently ignored.
const PARAMS: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "user",
    "password",
    "dbname",
    "application_name",
    "connect_timeout",
    "options",
    "target_session_attrs",
    "sslmode",
    "sslrootcert",
    "require_auth",
];

impl PgUrl {
    pub fn parse(value: &str) -> Result<PgUrl> {
        // The errors never quote the value: it may hold a password.
        if value.len() > MAX_URL_BYTES {
            return Err(bad_url(&format!("it is longer than {MAX_URL_BYTES} bytes")));
        }
        if value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(bad_url("it contains a space or a control character; percent-encode it (a space is %20)"));
        }
        if value.contains('#') {
            return Err(bad_url("it contains '#'; percent-encode it as %23"));
        }
        // `url` reads one host; a list (`db1:5432,db2:5432`) is read here and the URL parsed
        // with a stand-in host.
        let (listed, value_for_url) = match host_list(value)? {
            Some((listed, rest)) => (Some(listed), rest),
            None => (None, value.to_string()),
        };
        let url = url::Url::parse(&value_for_url).map_err(|e| bad_url(&e.to_string()))?;
        let mut parsed = PgUrl {
            hosts: Vec::new(),
            ports: Vec::new(),
            hostaddrs: Vec::new(),
            user: Some(decode(url.username(), "the user")?).filter(|u| !u.is_empty()),
            dbname: None,
            password: url.password().map(|p| decode(p, "the password")).transpose()?,
            options: None,
            application_name: None,
            connect_timeout: None,
            target_session_attrs: None,
            sslmode: SslMode::Prefer,
            root_cert: None,
            require_auth: None,
            // What is shown is also masked without trusting where the parser ended the host:
            // in `postgresql://u:12/x@h/db` it is host `u`, port 12 and database `x@h/db`, as
            // libpq reads it too, yet `12/x` was most likely meant as the password. Over-masking
            // is harmless (an `@` later in the value hides what precedes it after `user:`).
            masked: mask_secrets(&mask_url(value)),
        };
        if let Some((hosts, ports)) = listed {
            parsed.hosts = hosts;
            parsed.ports = ports;
        } else {
            match url.host() {
                Some(url::Host::Ipv6(ip)) => parsed.hosts.push(ip.to_string()),
                Some(url::Host::Ipv4(ip)) => parsed.hosts.push(ip.to_string()),
                Some(url::Host::Domain(h)) if !h.is_empty() => parsed.hosts.push(decode(h, "the host")?),
                _ => {}
            }
            if let Some(port) = url.port() {
                if port == 0 {
                    return Err(bad_url("port must be a number from 1 to 65535"));
                }
                parsed.ports.push(port);
            }
        }
        let path = url.path().strip_prefix('/').unwrap_or(url.path());
        if !path.is_empty() {
            parsed.dbname = Some(decode(path, "the database name")?);
        }
        let mut seen: Vec<String> = Vec::new();
        for pair in url.query().unwrap_or("").split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').ok_or_else(|| bad_url("a query parameter has no '=' and value"))?;
            let k = decode(k, "a parameter name")?;
            if !PARAMS.contains(&k.as_str()) {
                return Err(bad_url(&format!("unknown parameter '{}'; known: {}", clip(&k, 40), PARAMS.join(", "))));
            }
            if seen.contains(&k) {
                return Err(bad_url(&format!("the parameter '{k}' is given twice")));
            }
            seen.push(k.clone());
            let v = decode(v, &format!("the value of '{k}'"))?;
            parsed.set(&k, v)?;
        }
        if parsed.hosts.len().max(parsed.hostaddrs.len()).max(parsed.ports.len()) > MAX_HOSTS {
            return Err(bad_url(&format!("it lists more than {MAX_HOSTS} servers")));
        }
        if parsed.hosts.iter().any(String::is_empty) {
            return Err(bad_url("the host list has an empty entry (e.g. `a,,b`); name every host"));
        }
        if parsed.hosts.iter().any(|h| h.starts_with('/')) && parsed.hosts.iter().any(|h| !h.starts_with('/')) {
            return Err(bad_url("socket folders and network hosts cannot be mixed in one URL"));
        }
        if !parsed.hosts.is_empty() && !parsed.hostaddrs.is_empty() && parsed.hosts.len() != parsed.hostaddrs.len() {
            return Err(bad_url("host and hostaddr must list as many entries each"));
        }
        let servers = parsed.hosts.len().max(parsed.hostaddrs.len()).max(1);
        if parsed.ports.len() > 1 && parsed.ports.len() != servers {
            return Err(bad_url("port must be one number, or one per host"));
        }
        // The rule is enforced by the network transport; a socket never reaches it.
        if parsed.require_auth.is_some() && !parsed.over_tcp() {
            return Err(bad_url("require_auth applies to servers reached over TCP, not to a Unix socket"));
        }
        Ok(parsed)
    }

    fn set(&mut self, key: &str, v: String) -> Result<()> {
        // Counted before the list is built, so a parameter of thousands of commas costs nothing.
        if v.matches(',').count() >= MAX_HOSTS && matches!(key, "host" | "hostaddr" | "port") {
            return Err(bad_url(&format!("'{key}' lists more than {MAX_HOSTS} entries")));
        }
        let list = |v: &str| -> Vec<String> { v.split(',').map(str::to_string).collect() };
        match key {
            // `host=` alone is the default, as in libpq.
            "host" if v.is_empty() => self.hosts = Vec::new(),
            "host" => self.hosts = list(&v),
            "hostaddr" => {
                self.hostaddrs = list(&v)
                    .iter()
                    .map(|a| a.parse().map_err(|_| bad_url("hostaddr must be IP addresses separated by commas")))
                    .collect::<Result<_>>()?
            }
            "port" => {
                self.ports = list(&v)
                    .iter()
                    .map(|p| match p.parse::<u16>() {
                        Ok(n) if n > 0 => Ok(n),
                        _ => Err(bad_url("port must be numbers from 1 to 65535 separated by commas")),
                    })
                    .collect::<Result<_>>()?
            }
            "user" => self.user = Some(v),
            "password" => self.password = Some(v),
            "dbname" => self.dbname = Some(v),
            "application_name" => self.application_name = Some(v),
            "options" => self.options = Some(v),
            "connect_timeout" => match v.parse::<u64>() {
                Ok(s @ 1..=3600) => self.connect_timeout = Some(std::time::Duration::from_secs(s)),
                _ => return Err(bad_url("connect_timeout must be a whole number of seconds from 1 to 3600")),
            },
            "target_session_attrs" => {
                use postgres::config::TargetSessionAttrs as T;
                self.target_session_attrs = Some(match v.as_str() {
                    "any" => T::Any,
                    "read-write" => T::ReadWrite,
                    "read-only" => T::ReadOnly,
                    "primary" | "standby" | "prefer-standby" => {
                        return Err(bad_url(&format!(
                            "target_session_attrs={v} is not supported; use read-write (a writable server), read-only or any"
                        )))
                    }
                    _ => return Err(bad_url("target_session_attrs must be any, read-write or read-only")),
                })
            }
            "sslmode" => {
                self.sslmode = SslMode::parse(&v).ok_or_else(|| {
                    bad_url(&format!(
                        "sslmode '{}' is not one of disable, allow, prefer, require, verify-ca, verify-full",
                        clip(&v, 40)
                    ))
                })?
            }
            "sslrootcert" => self.root_cert = Some(PathBuf::from(v)),
            "require_auth" => {
                let methods: Option<Vec<AuthMethod>> = list(&v).iter().map(|m| AuthMethod::parse(m)).collect();
                self.require_auth = Some(methods.filter(|m| !m.is_empty()).ok_or_else(|| {
                    bad_url("require_auth must list none, password, md5 or scram-sha-256, separated by commas")
                })?);
            }
            _ => return Err(Error::internal(format!("URL parameter {key} has no handler"))),
        }
        Ok(())
    }

    /// Whether the server is reached over TCP (so TLS applies), not a Unix socket.
    pub(crate) fn over_tcp(&self) -> bool {
        !self.hostaddrs.is_empty() || self.hosts.iter().any(|h| !h.starts_with('/'))
    }

    /// The same server, another database (`db init` creates the database through `postgres`).
    pub(crate) fn with_dbname(&self, dbname: &str) -> PgUrl {
        PgUrl { dbname: Some(dbname.to_string()), ..self.clone() }
    }

    /// The servers to try, in order: each host with its address and port (one port for all, or
    /// one each), the local socket when none is named.
    pub(crate) fn targets(&self) -> Vec<Target> {
        let count = self.hosts.len().max(self.hostaddrs.len()).max(1);
        (0..count)
            .map(|i| {
                let hostaddr = self.hostaddrs.get(i).copied();
                // Without a host name, the address is also the name TLS checks the certificate against.
                let host = match (self.hosts.get(i), hostaddr) {
                    (Some(h), _) => h.clone(),
                    (None, Some(a)) => a.to_string(),
                    (None, None) => "/var/run/postgresql".to_string(),
                };
                let port = self.ports.get(i).or(self.ports.first()).copied().unwrap_or(5432);
                Target { host, hostaddr, port }
            })
            .collect()
    }

    /// The driver's configuration for one server of the list: the URL's parts as decoded, and
    /// defaults the way libpq has them (user = the OS user, database = the user). `session`
    /// settings go first in the startup options, so the URL's own `options` override them;
    /// `application_name` is the URL's, else `default_name`.
    pub(crate) fn driver_config(
        &self,
        target: &Target,
        os_user: &str,
        default_name: &str,
        session: &str,
    ) -> postgres::Config {
        let mut config = postgres::Config::new();
        let user = self.user.clone().unwrap_or_else(|| os_user.to_string());
        config.user(&user);
        config.dbname(self.dbname.as_deref().unwrap_or(&user));
        match target.host.starts_with('/') {
            true => config.host_path(&target.host),
            false => config.host(&target.host),
        };
        if let Some(a) = target.hostaddr {
            config.hostaddr(a);
        }
        config.port(target.port);
        config.application_name(self.application_name.as_deref().unwrap_or(default_name));
        let options = match &self.options {
            Some(o) => format!("{session} {o}"),
            None => session.to_string(),
        };
        config.options(options.trim());
        // Each server is tried within the timeout, as libpq does; which one is kept
        // (`target_session_attrs`) is decided by the caller, which knows each one's answer.
        config.connect_timeout(self.connect_timeout());
        config
    }

    pub(crate) fn connect_timeout(&self) -> std::time::Duration {
        self.connect_timeout.unwrap_or(std::time::Duration::from_secs(10))
    }
}

/// Hosts and ports of a URL whose authority lists several servers (`u@db1:5432,[::1],db2/d`),
/// as libpq reads them, and the URL with one stand-in host for the rest of the parsing; `None`
/// for a URL with one host or none.
#[allow(clippy::type_complexity)]
fn host_list(value: &str) -> Result<Option<((Vec<String>, Vec<u16>), String)>> {
    let Some(scheme_end) = value.find("://").map(|i| i + 3) else { return Ok(None) };
    let authority_len = value[scheme_end..].find(['/', '?']).unwrap_or(value.len() - scheme_end);
    let authority = &value[scheme_end..scheme_end + authority_len];
    let hosts_start = authority.rfind('@').map_or(0, |at| at + 1);
    let list = &authority[hosts_start..];
    let rest = format!(
        "{}{}localhost{}",
        &value[..scheme_end],
        &authority[..hosts_start],
        &value[scheme_end + authority_len..]
    );
    // `user@/db`: no host, as libpq reads it (the `url` crate refuses an empty host after a user).
    if list.is_empty() && hosts_start > 0 {
        return Ok(Some(((Vec::new(), Vec::new()), rest)));
    }
    if !list.contains(',') {
        return Ok(None);
    }
    if list.matches(',').count() >= MAX_HOSTS {
        return Err(bad_url(&format!("it lists more than {MAX_HOSTS} servers")));
    }
    let mut hosts = Vec::new();
    let mut ports = Vec::new();
    for entry in list.split(',') {
        let (host, port) = match entry.strip_prefix('[') {
            Some(rest) => {
                let (ip, after) = rest
                    .split_once(']')
                    .ok_or_else(|| bad_url("an IPv6 address in the host list has no closing ']'"))?;
                let ip: std::net::Ipv6Addr =
                    ip.parse().map_err(|_| bad_url("the host list has an invalid IPv6 address"))?;
                let port = match after {
                    "" => None,
                    p => Some(p.strip_prefix(':').ok_or_else(|| {
                        bad_url("a ']' in the host list is followed by something other than ':PORT'")
                    })?),
                };
                (ip.to_string(), port)
            }
            None => match entry.split_once(':') {
                Some((h, p)) => (decode(h, "a host")?, Some(p)),
                None => (decode(entry, "a host")?, None),
            },
        };
        if host.is_empty() {
            return Err(bad_url("the host list has an empty entry (e.g. `a,,b`); name every host"));
        }
        if host.contains(['@', '/', '[', ']']) && !host.starts_with('/') {
            return Err(bad_url("a host in the list is not a host name, an address or a socket folder"));
        }
        let port = match port {
            None => None,
            Some(p) => Some(match p.parse::<u16>() {
                Ok(n) if n > 0 => n,
                _ => return Err(bad_url("each port in the host list must be a number from 1 to 65535")),
            }),
        };
        hosts.push(host);
        ports.push(port);
    }
    // A host without a port uses the default, as in libpq; no port at all leaves the default.
    let ports = match ports.iter().any(Option::is_some) {
        true => ports.into_iter().map(|p| p.unwrap_or(5432)).collect(),
        false => Vec::new(),
    };
    Ok(Some(((hosts, ports), rest)))
}

/// The URL as typed with the password (userinfo or `password=`) replaced by `***`.
fn mask_url(value: &str) -> String {
    let Some(scheme_end) = value.find("://") else { return mask_secrets(value) };
    let after = &value[scheme_end + 3..];
    let authority_end = after.find(['/', '?']).unwrap_or(after.len());
    let authority = &after[..authority_end];
    let mut out = value[..scheme_end + 3].to_string();
    match authority.rfind('@') {
        Some(at) => {
            let userinfo = &authority[..at];
            match userinfo.find(':') {
                Some(colon) => out.push_str(&format!("{}:***", &userinfo[..colon])),
                None => out.push_str(userinfo),
            }
            out.push_str(&authority[at..]);
        }
        None => out.push_str(authority),
    }
    let rest = &after[authority_end..];
    match rest.split_once('?') {
        None => out.push_str(rest),
        Some((path, query)) => {
            out.push_str(path);
            out.push('?');
            let pairs: Vec<String> = query
                .split('&')
                .map(|pair| match pair.split_once('=') {
                    Some((k, _)) if decode(k, "").is_ok_and(|k| k == "password") => format!("{k}=***"),
                    _ => pair.to_string(),
                })
                .collect();
            out.push_str(&pairs.join("&"));
        }
    }
    out
}

/// Percent-decodes one part of the URL exactly once (`+` stays `+`, as libpq reads it). A NUL
/// is refused: PostgreSQL's startup message ends each value at one.
fn decode(s: &str, what: &str) -> Result<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok());
            out.push(hex.ok_or_else(|| bad_url(&format!("a bad %-escape in {what}")))?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    if out.contains(&0) {
        return Err(bad_url(&format!("{what} contains a NUL (%00)")));
    }
    String::from_utf8(out).map_err(|_| bad_url(&format!("{what} is not UTF-8")))
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
        // A password that parses as a port and a database name (`12/cret` for host `u`).
        let p = Location::parse("postgresql://u:12/cret@h/db").unwrap();
        assert_eq!(p.to_string(), "postgresql://u:***@h/db");
        assert!(!format!("{p:?}").contains("cret"));
        let Location::Postgres(u) = &p else { unreachable!() };
        assert_eq!(
            (u.hosts.as_slice(), u.ports.as_slice(), u.dbname.as_deref()),
            (&["u".to_string()][..], &[12][..], Some("cret@h/db"))
        );
    }

    #[test]
    fn other_urls_are_refused_not_taken_for_files() {
        for v in [
            "jdbc:postgresql://u:SeCrEt@h/db",
            "pgsql://u:SeCrEt@h/db",
            "postgres+psycopg2://u:SeCrEt@h/db",
            " postgresql://u:SeCrEt@h/db",
            "postgresql://u:SeCrEt@h/db ",
            "postgresql://u:SeCrEt@h/db\n",
            "mysql://u:SeCrEt@h/db",
            "file:///tmp/x.db",
            "postgresql:u:SeCrEt@h",
            "postgresql//u:SeCrEt@h/db",
            "postgres//u:SeCrEt@h/db",
            "//u:SeCrEt@h/db",
            "u:SeCrEt@h",
            "data/u:SeCrEt@h/x.db",
        ] {
            let e = Location::parse(v).unwrap_err();
            assert_eq!(e.code, Code::InvalidDatabaseUrl, "{v}");
            assert!(!e.message.contains("SeCrEt"), "{v}: {}", e.message);
        }
        for v in ["./x.db", "postgres.db", "/srv/a:b/x.db", "data/my file.db"] {
            assert!(matches!(Location::parse(v).unwrap(), Location::File(_)), "{v}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_url_that_is_not_utf8_is_never_a_file() {
        use std::os::unix::ffi::OsStrExt;
        let raw = std::ffi::OsStr::from_bytes(b"postgresql://u:SeCrEt\xff@h/db");
        let e = Location::from_path(Path::new(raw)).unwrap_err();
        assert_eq!(e.code, Code::InvalidDatabaseUrl);
        assert!(!e.message.contains("SeCrEt"), "{}", e.message);
        let raw = std::ffi::OsStr::from_bytes(b"data/u:SeCrEt\xff@h/db");
        assert_eq!(Location::from_path(Path::new(raw)).unwrap_err().code, Code::InvalidDatabaseUrl);
        let file = std::ffi::OsStr::from_bytes(b"data/caf\xe9.db");
        assert!(matches!(Location::from_path(Path::new(file)).unwrap(), Location::File(_)));
    }

    #[test]
    fn parts_are_decoded_once_as_libpq_does() {
        let Location::Postgres(u) = Location::parse(
            "postgresql://us%40er:p%40ss@[::1]:5433/d%20b?options=-c%20statement_timeout%3D5000&application_name=ops%20cron+x",
        )
        .unwrap() else {
            unreachable!()
        };
        assert_eq!(u.user.as_deref(), Some("us@er"));
        assert_eq!(u.password.as_deref(), Some("p@ss"));
        assert_eq!(u.hosts, vec!["::1".to_string()]);
        assert_eq!(u.dbname.as_deref(), Some("d b"));
        assert_eq!(u.options.as_deref(), Some("-c statement_timeout=5000"));
        assert_eq!(u.application_name.as_deref(), Some("ops cron+x"));
        let Location::Postgres(u) = Location::parse("postgresql:///db?host=/tmp/my%20dir").unwrap() else {
            unreachable!()
        };
        assert_eq!(u.hosts, vec!["/tmp/my dir".to_string()]);
        assert!(!u.over_tcp());
        for bad in [
            "postgresql://h/db?application_name=a%00b",
            "postgresql://h/db?port=0",
            "postgresql://h/db?connect_timeout=0",
            "postgresql://h/db?connect_timeout=99999999999999999999",
            "postgresql://h/db?user=a&user=b",
            "postgresql://h/db?host=/tmp,h2",
            "postgresql://h/db?require_auth=kerberos",
            "postgresql:///db?require_auth=password",
            "postgresql://h/db?host=a,b&port=1,2,3",
            "postgresql://h/db?host=a,b&hostaddr=127.0.0.1",
            "postgresql://u:p#w@h/db",
            "postgresql://h:0/db",
        ] {
            assert_eq!(Location::parse(bad).unwrap_err().code, Code::InvalidDatabaseUrl, "{bad}");
        }
        let long = format!("postgresql://u:pw@h/db?application_name={}", "a".repeat(5000));
        assert_eq!(Location::parse(&long).unwrap_err().code, Code::InvalidDatabaseUrl);
    }

    fn targets(url: &str) -> Vec<String> {
        let Location::Postgres(u) = Location::parse(url).unwrap_or_else(|e| panic!("{url}: {}", e.message)) else {
            unreachable!()
        };
        u.targets().iter().map(Target::label).collect()
    }

    #[test]
    fn several_hosts_are_read_as_libpq_reads_them() {
        assert_eq!(
            targets("postgresql://db1:5432,db2:5433/sitectl?target_session_attrs=read-write"),
            ["db1:5432", "db2:5433"]
        );
        // A host without a port takes the default; IPv6 literals in brackets; a user and password.
        assert_eq!(
            targets("postgresql://u:p%2Cw@[::1]:6000,db2,[fe80::1]/d"),
            ["[::1]:6000", "db2:5432", "[fe80::1]:5432"]
        );
        assert_eq!(targets("postgresql://a,b/d"), ["a:5432", "b:5432"]);
        assert_eq!(targets("postgresql:///d?host=a,b&port=1,2"), ["a:1", "b:2"]);
        assert_eq!(targets("postgresql:///d?host=a,b&port=7"), ["a:7", "b:7"]);
        assert_eq!(targets("postgresql:///d?host=/tmp/x,/tmp/y&port=1,2"), ["/tmp/x/.s.PGSQL.1", "/tmp/y/.s.PGSQL.2"]);
        assert_eq!(targets("postgresql:///d?hostaddr=127.0.0.1,::1"), ["127.0.0.1:5432", "[::1]:5432"]);
        assert_eq!(targets("postgresql:///d"), ["/var/run/postgresql/.s.PGSQL.5432"]);
        assert_eq!(targets("postgresql:///d?host="), ["/var/run/postgresql/.s.PGSQL.5432"]);
        // A user and no host: the default socket, or the hosts the query names.
        assert_eq!(targets("postgresql://u:pw@/d"), ["/var/run/postgresql/.s.PGSQL.5432"]);
        assert_eq!(targets("postgresql://u@/d?host=a,b"), ["a:5432", "b:5432"]);
        // The query overrides the authority, as a parameter overrides any part of the URL.
        assert_eq!(targets("postgresql://a:1,b:2/d?host=c&port=3"), ["c:3"]);
        let Location::Postgres(u) = Location::parse("postgresql://ops:s3cr3t@a:1,b:2/d").unwrap() else {
            unreachable!()
        };
        assert_eq!(u.password.as_deref(), Some("s3cr3t"));
        assert_eq!(u.user.as_deref(), Some("ops"));
        assert_eq!(u.dbname.as_deref(), Some("d"));
        assert_eq!(u.to_string(), "postgresql://ops:***@a:1,b:2/d");
    }

    #[test]
    fn hostile_host_lists_are_refused_clearly() {
        let many = format!("postgresql://{}/d", vec!["h"; 1000].join(","));
        let many_query = format!("postgresql:///d?host={}", vec!["h"; 1000].join(","));
        let many_ports = format!("postgresql://h/d?port={}", vec!["1"; 1000].join(","));
        for bad in [
            "postgresql://a,,b/d",
            "postgresql://,a/d",
            "postgresql://a,/d",
            "postgresql:///d?host=a,,b",
            "postgresql://a:1,b:x/d",
            "postgresql://a:0,b/d",
            "postgresql://a:99999,b/d",
            "postgresql://[::1,b/d",
            "postgresql://[::1]x,b/d",
            "postgresql://[nope]:1,b/d",
            "postgresql://a:1,b:2/d?port=1,2,3",
            "postgresql://a:1,b:2/d?host=c",
            "postgresql:///d?host=a,b,c&port=1,2",
            "postgresql://a,%2Ftmp/d",
            "postgresql://u:SeCrEt@a,,b/d",
            "postgresql://h/d?target_session_attrs=primary",
            "postgresql://h/d?target_session_attrs=prefer-standby",
            "postgresql://h/d?target_session_attrs=whatever",
            many.as_str(),
            many_query.as_str(),
            many_ports.as_str(),
        ] {
            let e = Location::parse(bad).unwrap_err();
            assert_eq!(e.code, Code::InvalidDatabaseUrl, "{bad}");
            assert!(!e.message.contains("SeCrEt"), "{bad}: {}", e.message);
            assert!(e.message.len() < 300, "{bad}: {}", e.message);
        }
        let e = Location::parse("postgresql://h/d?target_session_attrs=standby").unwrap_err();
        assert!(e.message.contains("not supported") && e.message.contains("read-write"), "{}", e.message);
        let e = Location::parse(&many).unwrap_err();
        assert!(e.message.contains(&MAX_HOSTS.to_string()), "{}", e.message);
        // At the bound, accepted.
        let most = format!("postgresql://{}/d", vec!["h"; MAX_HOSTS].join(","));
        assert_eq!(targets(&most).len(), MAX_HOSTS);
    }

    #[test]
    fn masking_is_linear_on_hostile_text() {
        let hostile = "://a:b@".repeat(200_000) + &"://".repeat(200_000);
        let started = std::time::Instant::now();
        assert!(!mask_secrets(&hostile).contains(":b@"));
        let _ = loose_passwords(&hostile);
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "{:?}", started.elapsed());
    }

    #[test]
    fn free_text_is_masked() {
        assert_eq!(mask_secrets("at postgresql://u:p@ss@h/db now"), "at postgresql://u:***@h/db now");
        assert_eq!(mask_secrets("x = \"jdbc:postgresql://u:pw/x@h\""), "x = \"jdbc:postgresql://u:***@h\"");
        assert_eq!(mask_secrets("postgresql://h/db?password=pw&x=1"), "postgresql://h/db?password=***&x=1");
        assert_eq!(mask_secrets("no url here"), "no url here");
        let Location::Postgres(u) = Location::parse("postgresql://u:p%40w@h/db?password=q&application_name=").unwrap()
        else {
            unreachable!()
        };
        assert!(!u.to_string().contains("p%40w") && !u.to_string().contains("=q"), "{u}");
    }

    #[test]
    fn driver_config_defaults_like_libpq() {
        let Location::Postgres(u) = Location::parse("postgresql:///sitectl?host=/run/postgresql").unwrap() else {
            unreachable!()
        };
        let targets = u.targets();
        assert_eq!(targets.len(), 1);
        let c = u.driver_config(&targets[0], "alice", "sitectl site list", "");
        assert_eq!(c.get_user(), Some("alice"));
        assert_eq!(c.get_dbname(), Some("sitectl"));
        assert_eq!(c.get_application_name(), Some("sitectl site list"));
        assert_eq!(c.get_ports(), &[5432]);
        let Location::Postgres(u) = Location::parse("postgresql://h/db?application_name=mine").unwrap() else {
            unreachable!()
        };
        let c = u.driver_config(&u.targets()[0], "alice", "sitectl site list", "");
        assert_eq!(c.get_application_name(), Some("mine"), "the URL's own name wins, as in libpq");
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
