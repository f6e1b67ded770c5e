use super::super::masking::*;
use super::super::pgurl::*;
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
    let Location::Postgres(u) = Location::parse("postgresql:///db?host=/tmp/my%20dir").unwrap() else { unreachable!() };
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
    let Location::Postgres(u) = Location::parse("postgresql://ops:s3cr3t@a:1,b:2/d").unwrap() else { unreachable!() };
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
