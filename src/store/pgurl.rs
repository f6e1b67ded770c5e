//! Reading a PostgreSQL URL as libpq reads it (parts, host lists, query parameters, percent
//! decoding) into a [`PgUrl`], and the `.pgpass` lookup that completes it.

use std::path::PathBuf;

use super::location::{AuthMethod, PgUrl, SslMode, Target, MAX_HOSTS, MAX_URL_BYTES};
use super::masking::mask_secrets;
use crate::domain::clip;
use crate::error::{Code, Error, Result};

pub(super) fn bad_url(why: &str) -> Error {
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
pub(super) fn host_list(value: &str) -> Result<Option<((Vec<String>, Vec<u16>), String)>> {
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

/// Percent-decodes one part of the URL exactly once (`+` stays `+`, as libpq reads it). A NUL
/// is refused: PostgreSQL's startup message ends each value at one.
pub(super) fn decode(s: &str, what: &str) -> Result<String> {
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

/// The URL as typed with the password (userinfo or `password=`) replaced by `***`.
pub(super) fn mask_url(value: &str) -> String {
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
