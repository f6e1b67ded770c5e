//! The database value as an attacker would give it: URLs that are not PostgreSQL's, passwords
//! planted in every source and looked for in every output, numbers out of range, and servers
//! that decline TLS, ask for the password in clear, say nothing, or never stop talking (stand-in
//! servers on 127.0.0.1). What needs the real server (parameters reaching it, the statement
//! timeout, a socket folder with a space) runs in the PostgreSQL pass.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::Stdio;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::support::{engine, pg, skip_on_postgres, wait, Engine, Out, TestEnv};

/// The password planted everywhere; no output may contain it.
const PLANTED: &str = "Qz7PlantedPw";

/// Runs sitectl with `SITECTL_DB` set to `db` (or removed when `None`), in the test's own folder
/// as working directory (so a value taken for a relative path would create something there).
fn run_with_db(env: &TestEnv, db: Option<&str>, args: &[&str]) -> Out {
    let mut cmd = env.command(args);
    match db {
        Some(v) => cmd.env("SITECTL_DB", v),
        None => cmd.env_remove("SITECTL_DB"),
    };
    let o = cmd.current_dir(env.dir.path()).output().unwrap();
    Out {
        code: o.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
    }
}

/// Like [`run_with_db`], but a run still going after `limit` is killed and is `None`: a hang
/// fails the test instead of stalling the suite.
fn run_bounded(env: &TestEnv, db: &str, args: &[&str], limit: Duration) -> Option<Out> {
    crate::support::run_within(env.command(args).env("SITECTL_DB", db).current_dir(env.dir.path()), limit)
}

/// Everything under the test's folder, to show that nothing was created.
fn tree(env: &TestEnv) -> Vec<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
        for e in std::fs::read_dir(dir).unwrap().flatten() {
            out.push(e.path().display().to_string());
            if e.file_type().unwrap().is_dir() {
                walk(&e.path(), out);
            }
        }
    }
    let mut out = Vec::new();
    walk(env.dir.path(), &mut out);
    out.sort();
    out
}

#[test]
fn a_url_that_is_not_postgresql_is_refused_masked_and_creates_nothing() {
    if skip_on_postgres("the value is refused before any engine is chosen") {
        return;
    }
    let env = TestEnv::empty();
    let before = tree(&env);
    let values = [
        format!("jdbc:postgresql://ops:{PLANTED}@db.example/sitectl"),
        format!("pgsql://ops:{PLANTED}@db.example/sitectl"),
        format!("postgres+psycopg2://ops:{PLANTED}@db.example/sitectl"),
        format!(" postgresql://ops:{PLANTED}@db.example/sitectl"),
        format!("postgresql://ops:{PLANTED}@db.example/sitectl "),
        format!("mysql://ops:{PLANTED}@db.example/sitectl"),
        format!("postgresql:ops:{PLANTED}@db.example"),
        format!("postgresql://ops:{PLANTED}@db.example/sitectl\tx"),
        // A scheme mistyped or left out: today folders named `ops:PASSWORD@db.example`.
        format!("postgresql//ops:{PLANTED}@db.example/sitectl"),
        format!("ops:{PLANTED}@db.example/sitectl"),
    ];
    for value in &values {
        for args in [&["db", "init", "--json"][..], &["site", "list", "--json"]] {
            let out = run_with_db(&env, Some(value), args);
            assert_eq!(out.code, 4, "{value:?} {args:?}: {}", out.stderr);
            assert_eq!(out.error()["code"], "invalid_database_url", "{value:?}");
            assert!(!out.stderr.contains(PLANTED) && !out.stdout.contains(PLANTED), "{value:?}: {}", out.stderr);
            let mut flag = vec!["--db", value.as_str()];
            flag.extend(args);
            let out = run_with_db(&env, None, &flag);
            assert_eq!(out.code, 4, "--db {value:?}: {}", out.stderr);
            assert!(!out.stderr.contains(PLANTED), "{}", out.stderr);
        }
    }
    // The message shows the value, masked, so the operator sees what was refused.
    let out = run_with_db(&env, Some(&values[0]), &["db", "init", "--json"]);
    let message = out.error()["message"].as_str().unwrap().to_string();
    assert!(message.contains("jdbc:postgresql://ops:***@db.example"), "{message}");
    assert_eq!(tree(&env), before, "nothing is created for a refused value");
}

/// Config files that put the planted password in every place a URL can come from.
fn planted_config(env: &TestEnv, db: &str) -> std::path::PathBuf {
    let path = env.path("planted.toml");
    std::fs::write(&path, format!("db = \"{db}\"\n[profiles.p]\ndb = \"{db}\"\n")).unwrap();
    path
}

#[test]
fn no_output_of_any_command_prints_a_database_password() {
    if skip_on_postgres("no database is reached: every value points at a closed port or is malformed") {
        return;
    }
    let env = TestEnv::empty();
    let urls = [
        // Valid, unreachable (a closed port), password in the userinfo, percent-encoded, in the
        // query, with '@' in it, and an IPv6 host.
        format!("postgresql://ops:{PLANTED}@127.0.0.1:9/sitectl?connect_timeout=2"),
        format!("postgresql://ops:x%40{PLANTED}%21@127.0.0.1:9/sitectl?connect_timeout=2"),
        format!("postgresql://ops@127.0.0.1:9/sitectl?password={PLANTED}&connect_timeout=2"),
        format!("postgresql://ops:a@{PLANTED}@127.0.0.1:9/sitectl?connect_timeout=2"),
        format!("postgresql://ops:{PLANTED}@[::1]:9/sitectl?connect_timeout=2"),
        // Malformed: bad parameter, bad sslmode, bad port, a space, not PostgreSQL's.
        format!("postgresql://ops:{PLANTED}@127.0.0.1:9/sitectl?sslmod=require"),
        format!("postgresql://ops:{PLANTED}@127.0.0.1:9/sitectl?sslmode=sometimes"),
        format!("postgresql://ops:{PLANTED}@127.0.0.1:99999/sitectl"),
        format!("postgresql://ops:{PLANTED} x@127.0.0.1:9/sitectl"),
        format!("jdbc:postgresql://ops:{PLANTED}@127.0.0.1:9/sitectl"),
        format!("postgresql://ops:pa/{PLANTED}@127.0.0.1:9/sitectl"),
    ];
    let commands: &[&[&str]] = &[
        &["db", "info"],
        &["db", "init"],
        &["site", "list"],
        &["-v", "plan", "list"],
        &["config", "show"],
        &["config", "show", "--json"],
        &["site", "list", "--json"],
        &["db", "doctor", "--format", "jsonl"],
    ];
    let mut runs = 0;
    let mut check = |what: &str, out: Out| {
        runs += 1;
        assert!(
            !out.stdout.contains(PLANTED) && !out.stderr.contains(PLANTED),
            "{what} printed the password:\nstdout: {}\nstderr: {}",
            out.stdout,
            out.stderr
        );
    };
    for url in &urls {
        for args in commands {
            // From the environment, the flag, the config file and a profile.
            check(&format!("SITECTL_DB={url} {args:?}"), run_with_db(&env, Some(url), args));
            let mut flag = vec!["--db", url.as_str()];
            flag.extend(*args);
            check(&format!("--db {url} {args:?}"), run_with_db(&env, None, &flag));
            let config = planted_config(&env, url);
            let mut file = vec!["--config", config.to_str().unwrap()];
            file.extend(*args);
            check(&format!("config {url} {args:?}"), run_with_db(&env, None, &file));
            let mut profile = vec!["--config", config.to_str().unwrap(), "--profile", "p"];
            profile.extend(*args);
            check(&format!("profile {url} {args:?}"), run_with_db(&env, None, &profile));
        }
        // Usage errors that quote their arguments.
        let bad_usage: &[&[&str]] = &[
            &["--bd", url, "site", "list"],
            &[&format!("--dbb={url}"), "site", "list"],
            &[url, "site", "list"],
            &["site", "list", url],
            &["--db", url],
            &["--db", url, "site", "lst"],
            &["--db", url, "--format", "yaml", "site", "list"],
            &["--json", "--bd", url, "site", "list"],
        ];
        for args in bad_usage {
            let out = run_with_db(&env, None, args);
            assert_eq!(out.code, 2, "{args:?}: {}", out.stderr);
            check(&format!("usage {args:?}"), out);
        }
        // A config file the TOML parser rejects on the line holding the password.
        let broken = env.path("broken.toml");
        for text in [
            format!("db = \"{url}\" x\n"),
            format!("db = \"{url}\nformat = 'json'\n"),
            format!("busy_timeout_ms = \"{url}\"\n"),
            format!("[profiles.p]\ndb = \"{url}\"\ndb = \"{url}\"\n"),
        ] {
            std::fs::write(&broken, text).unwrap();
            let out = run_with_db(&env, None, &["--config", broken.to_str().unwrap(), "config", "show"]);
            assert_eq!(out.code, 2, "{}", out.stderr);
            check("broken config", out);
        }
    }
    // The password through SITECTL_DB_PASSWORD, with every command above.
    let mut with_env = TestEnv::empty();
    with_env.set_env("SITECTL_DB_PASSWORD", PLANTED);
    for args in commands {
        check(
            &format!("SITECTL_DB_PASSWORD {args:?}"),
            run_with_db(&with_env, Some("postgresql://ops@127.0.0.1:9/sitectl?connect_timeout=2"), args),
        );
    }
    assert!(runs > 400, "the sweep ran {runs} commands");
}

#[test]
fn every_number_in_settings_is_range_checked_from_file_and_environment() {
    let mut env = TestEnv::new();
    env.seed_basic();
    let config = env.path("numbers.toml");
    for (key, var) in [
        ("busy_timeout_ms", "SITECTL_BUSY_TIMEOUT_MS"),
        ("http_timeout_ms", "SITECTL_HTTP_TIMEOUT_MS"),
        ("statement_timeout_ms", "SITECTL_STATEMENT_TIMEOUT_MS"),
    ] {
        for big in ["2147483648", "4294967296", "18446744073709551615"] {
            std::fs::write(&config, format!("{key} = {big}\n")).unwrap();
            let e = env.fails(&["--config", config.to_str().unwrap(), "plan", "list"], 2);
            assert_eq!(e["code"], "invalid_number", "{key} = {big}: {e}");
            std::fs::write(&config, format!("[profiles.p]\n{key} = {big}\n")).unwrap();
            let e = env.fails(&["--config", config.to_str().unwrap(), "--profile", "p", "plan", "list"], 2);
            assert_eq!(e["code"], "invalid_number", "profile {key} = {big}: {e}");
            let out = env.command(&["plan", "list", "--json"]).env(var, big).output().unwrap();
            assert_eq!(out.status.code(), Some(2), "{var}={big}: {}", String::from_utf8_lossy(&out.stderr));
            assert!(String::from_utf8_lossy(&out.stderr).contains("invalid_number"));
        }
        // The largest allowed value works.
        std::fs::write(&config, format!("{key} = 2147483647\n")).unwrap();
        env.ok(&["--config", config.to_str().unwrap(), "plan", "list"]);
        let out = env.command(&["plan", "list"]).env(var, "2147483647").output().unwrap();
        assert!(out.status.success(), "{var}: {}", String::from_utf8_lossy(&out.stderr));
    }
    env.set_env("SITECTL_BUSY_TIMEOUT_MS", "soon");
    assert_eq!(env.fails(&["plan", "list"], 2)["code"], "invalid_env");
}

/// A stand-in PostgreSQL server on 127.0.0.1: each connection is handed to `serve`, and
/// everything each connection sent is kept.
struct FakePg {
    port: u16,
    received: Arc<Mutex<Vec<u8>>>,
    /// Connections accepted, and connections whose handler has read to the end.
    accepted: Arc<AtomicUsize>,
    ended: Arc<AtomicUsize>,
}

impl FakePg {
    fn start(serve: fn(&mut TcpStream)) -> FakePg {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let (accepted, ended) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
        let keep = received.clone();
        let (count, done) = (accepted.clone(), ended.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                count.fetch_add(1, Ordering::SeqCst);
                let (keep, done) = (keep.clone(), done.clone());
                std::thread::spawn(move || {
                    let mut stream = stream;
                    serve(&mut stream);
                    // Keep reading whatever the client sends next, for a while.
                    stream.set_read_timeout(Some(Duration::from_millis(1500))).unwrap();
                    let mut buf = [0u8; 4096];
                    while let Ok(n) = stream.read(&mut buf) {
                        if n == 0 {
                            break;
                        }
                        keep.lock().unwrap().extend_from_slice(&buf[..n]);
                    }
                    done.fetch_add(1, Ordering::SeqCst);
                });
            }
        });
        FakePg { port, received, accepted, ended }
    }

    /// Waits until every connection made so far has been read to its end: after the clients
    /// have exited, everything they sent is in [`received`](Self::received).
    fn settled(&self) {
        wait::until("the stand-in to read every connection to its end", || {
            self.ended.load(Ordering::SeqCst) == self.accepted.load(Ordering::SeqCst)
        });
    }

    fn url(&self, query: &str) -> String {
        format!("postgresql://ops:{PLANTED}@127.0.0.1:{}/sitectl?connect_timeout=2{query}", self.port)
    }

    fn received(&self) -> String {
        String::from_utf8_lossy(&self.received.lock().unwrap()).into_owned()
    }
}

/// Reads the SSLRequest (8 bytes) when there is one and answers no, then reads the startup
/// message. False when the client hung up first (it refused to go on without TLS).
fn decline_tls_and_read_startup(stream: &mut TcpStream) -> bool {
    let mut head = [0u8; 8];
    if stream.read_exact(&mut head).is_err() {
        return false;
    }
    let mut len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
    let mut read = 8;
    if head[4..8] == [0x04, 0xd2, 0x16, 0x2f] {
        if stream.write_all(b"N").is_err() || stream.read_exact(&mut head[..4]).is_err() {
            return false;
        }
        len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        read = 4;
    }
    let mut rest = vec![0u8; len.saturating_sub(read)];
    stream.read_exact(&mut rest).is_ok()
}

fn ask_cleartext(stream: &mut TcpStream) {
    if decline_tls_and_read_startup(stream) {
        let _ = stream.write_all(&[b'R', 0, 0, 0, 8, 0, 0, 0, 3]);
    }
}

fn ask_md5(stream: &mut TcpStream) {
    if decline_tls_and_read_startup(stream) {
        let _ = stream.write_all(&[b'R', 0, 0, 0, 12, 0, 0, 0, 5, 1, 2, 3, 4]);
    }
}

#[test]
fn the_password_never_crosses_the_network_in_clear() {
    if skip_on_postgres("stand-in servers; the engine does not matter") {
        return;
    }
    let env = TestEnv::empty();
    let cleartext = FakePg::start(ask_cleartext);
    // The default (prefer), disable, and prefer with a root certificate: never sent.
    let ca = env.path("ca.pem");
    std::fs::write(&ca, "not used").unwrap();
    for (query, code) in [
        ("", "database_auth_refused"),
        ("&sslmode=allow", "database_auth_refused"),
        ("&sslmode=prefer", "database_auth_refused"),
        ("&sslmode=disable", "database_auth_refused"),
        ("&require_auth=scram-sha-256", "database_auth_refused"),
        ("&sslmode=require", "database_tls"),
        ("&sslmode=verify-full", "database_tls"),
    ] {
        let out = run_with_db(&env, Some(&cleartext.url(query)), &["plan", "list", "--json"]);
        assert_eq!(out.error()["code"], code, "{query}: {}", out.stderr);
        assert!(!out.stderr.contains(PLANTED));
    }
    let with_root = format!("&sslmode=prefer&sslrootcert={}", ca.display());
    let out = run_with_db(&env, Some(&cleartext.url(&with_root)), &["plan", "list", "--json"]);
    assert_eq!(out.error()["code"], "database_tls", "{}", out.stderr);
    // The same through SITECTL_DB_PASSWORD.
    let mut pw_env = TestEnv::empty();
    pw_env.set_env("SITECTL_DB_PASSWORD", PLANTED);
    let bare = cleartext.url("").replace(&format!(":{PLANTED}@"), "@");
    assert_eq!(run_with_db(&pw_env, Some(&bare), &["plan", "list", "--json"]).error()["code"], "database_auth_refused");
    let md5 = FakePg::start(ask_md5);
    let out = run_with_db(&env, Some(&md5.url("")), &["plan", "list", "--json"]);
    assert_eq!(out.error()["code"], "database_auth_refused", "{}", out.stderr);
    cleartext.settled();
    assert!(!cleartext.received().contains(PLANTED), "the password reached a server that declined TLS");
    // Opting in sends it: the stand-in would have seen it.
    run_with_db(&env, Some(&cleartext.url("&require_auth=password")), &["plan", "list"]);
    cleartext.settled();
    assert!(cleartext.received().contains(PLANTED), "require_auth=password is the documented opt-in");
}

/// A self-signed certificate for 127.0.0.1 (and its key), for the stand-in that speaks TLS. A
/// test fixture, never trusted by anything but the test that names it as `sslrootcert`.
const STAND_IN_CERT: &str = "-----BEGIN CERTIFICATE-----\nMIIBjDCCATOgAwIBAgIUOAGm5J/PnyI5PjH52GaOO/70aEgwCgYIKoZIzj0EAwIw\nFDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTIwNjE4Mjg1MVoYDzIxMjYxMTEy\nMTgyODUxWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO\nPQMBBwNCAAQog2geJx1GjP+v/F4PduHhChzt18IbVdrVyNNF5P7nb9TxrsKitfsw\nj8mfHwVKBRDyNGiY0IfM9hGKFidy0sAEo2EwXzAdBgNVHQ4EFgQUtn4Sa2zD5syN\n3CbDJP4U2a70m3gwHwYDVR0jBBgwFoAUtn4Sa2zD5syN3CbDJP4U2a70m3gwDwYD\nVR0RBAgwBocEfwAAATAMBgNVHRMBAf8EAjAAMAoGCCqGSM49BAMCA0cAMEQCIEN/\n4ZCUQEUz2mtF1/ODKFplS6G7zwQ10hZxO+a6ekm1AiBETtlqFvGSmTa37lhlBNYB\nXcdUNdBriVwynaozLnZ3qA==\n-----END CERTIFICATE-----\n";
const STAND_IN_KEY: &str = "-----BEGIN PRIVATE KEY-----\nMIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQge5YZAewaN83uOhSj\n0bD8IKqWagRCePvC6/jBKe0u4dihRANCAAQog2geJx1GjP+v/F4PduHhChzt18Ib\nVdrVyNNF5P7nb9TxrsKitfswj8mfHwVKBRDyNGiY0IfM9hGKFidy0sAE\n-----END PRIVATE KEY-----\n";

/// The plaintext every TLS stand-in connection sent, inside its TLS.
static TLS_RECEIVED: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Answers the TLS request with yes and a certificate nothing checks unless told to (what an
/// attacker in the middle does), then asks for the password in clear and keeps what arrives.
fn accept_tls_and_ask_cleartext(stream: &mut TcpStream) {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};
    let mut head = [0u8; 8];
    if stream.read_exact(&mut head).is_err() || head[4..8] != [0x04, 0xd2, 0x16, 0x2f] {
        return;
    }
    let _ = stream.write_all(b"S");
    let certs = vec![CertificateDer::from_pem_slice(STAND_IN_CERT.as_bytes()).unwrap()];
    let key = PrivateKeyDer::from_pem_slice(STAND_IN_KEY.as_bytes()).unwrap();
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    let conn = rustls::ServerConnection::new(Arc::new(config)).unwrap();
    let mut tls = rustls::StreamOwned::new(conn, stream.try_clone().unwrap());
    tls.sock.set_read_timeout(Some(Duration::from_millis(1500))).unwrap();
    let mut len = [0u8; 4];
    if tls.read_exact(&mut len).is_err() {
        return;
    }
    let mut startup = vec![0u8; (u32::from_be_bytes(len) as usize).saturating_sub(4)];
    if tls.read_exact(&mut startup).is_err() || tls.write_all(&[b'R', 0, 0, 0, 8, 0, 0, 0, 3]).is_err() {
        return;
    }
    let mut buf = [0u8; 4096];
    while let Ok(n) = tls.read(&mut buf) {
        if n == 0 {
            break;
        }
        TLS_RECEIVED.lock().unwrap().extend_from_slice(&buf[..n]);
    }
}

#[test]
fn tls_whose_certificate_nobody_checks_gets_no_password_in_clear() {
    if skip_on_postgres("stand-in servers; the engine does not matter") {
        return;
    }
    let env = TestEnv::empty();
    let server = FakePg::start(accept_tls_and_ask_cleartext);
    let ca = env.path("stand-in.pem");
    std::fs::write(&ca, STAND_IN_CERT).unwrap();
    // Whoever says yes to TLS is not thereby the server: without a checked certificate the
    // password is not sent in clear inside it, in the default mode and under require.
    for query in ["", "&sslmode=prefer", "&sslmode=require"] {
        let out = run_with_db(&env, Some(&server.url(query)), &["plan", "list", "--json"]);
        assert_eq!(out.code, 5, "{query}: {}", out.stderr);
        assert_eq!(out.error()["code"], "database_auth_refused", "{query}: {}", out.stderr);
        assert!(out.error()["message"].as_str().unwrap().contains("not checked"), "{}", out.stderr);
    }
    server.settled();
    assert!(!String::from_utf8_lossy(&TLS_RECEIVED.lock().unwrap()).contains(PLANTED), "sent over unchecked TLS");
    // A certificate checked against sslrootcert, or require_auth opting in: it is answered.
    for query in [format!("&sslmode=verify-full&sslrootcert={}", ca.display()), "&require_auth=password".to_string()] {
        TLS_RECEIVED.lock().unwrap().clear();
        run_with_db(&env, Some(&server.url(&query)), &["plan", "list"]);
        server.settled();
        assert!(String::from_utf8_lossy(&TLS_RECEIVED.lock().unwrap()).contains(PLANTED), "{query}: not answered");
    }
}

fn accept_and_say_nothing(stream: &mut TcpStream) {
    std::thread::sleep(Duration::from_secs(30));
    let _ = stream.flush();
}

#[test]
fn a_server_that_says_nothing_ends_within_the_connect_timeout_in_every_sslmode() {
    if skip_on_postgres("stand-in servers; the engine does not matter") {
        return;
    }
    let env = TestEnv::empty();
    let silent = FakePg::start(accept_and_say_nothing);
    for mode in ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"] {
        let url = silent.url(&format!("&sslmode={mode}"));
        let out = run_bounded(&env, &url, &["site", "list", "--json"], Duration::from_secs(6))
            .unwrap_or_else(|| panic!("sslmode={mode}: still waiting 6 s after a 2 s connect timeout"));
        assert_eq!(out.code, 9, "{mode}: {}", out.stderr);
        assert_eq!(out.error()["code"], "database_unreachable", "{mode}");
    }
}

/// Logs in (trust), then never answers a statement.
fn log_in_then_say_nothing(stream: &mut TcpStream) {
    if !decline_tls_and_read_startup(stream) {
        return;
    }
    let _ = stream.write_all(&[b'R', 0, 0, 0, 8, 0, 0, 0, 0, b'Z', 0, 0, 0, 5, b'I']);
    std::thread::sleep(Duration::from_secs(30));
}

#[test]
fn a_statement_the_server_never_answers_ends_at_the_statement_timeout() {
    if skip_on_postgres("stand-in servers; the engine does not matter") {
        return;
    }
    let mut env = TestEnv::empty();
    let hung = FakePg::start(log_in_then_say_nothing);
    env.set_env("SITECTL_STATEMENT_TIMEOUT_MS", "1000");
    let url = hung.url("&connect_timeout=1").replace("connect_timeout=2&", "");
    let out = run_bounded(&env, &url, &["site", "list", "--json"], Duration::from_secs(8))
        .expect("still waiting 8 s after a 1 s statement timeout and a 1 s connect timeout");
    assert_eq!(out.code, 9, "{}", out.stderr);
    assert_eq!(out.error()["code"], "database_timeout", "{}", out.stderr);
    // The URL's statement timeout is the one in force.
    env.env.retain(|(k, _)| k != "SITECTL_STATEMENT_TIMEOUT_MS");
    let url = hung.url("&options=-c%20statement_timeout%3D1s");
    let out = run_bounded(&env, &url, &["site", "list", "--json"], Duration::from_secs(8)).expect("bounded by the URL");
    assert_eq!(out.error()["code"], "database_timeout", "{}", out.stderr);
}

/// Logs in (trust), then answers every statement with a notice one byte at a time, each well
/// within any silence limit, and never ends it.
fn log_in_then_trickle(stream: &mut TcpStream) {
    if !decline_tls_and_read_startup(stream) {
        return;
    }
    let _ = stream.write_all(&[b'R', 0, 0, 0, 8, 0, 0, 0, 0, b'Z', 0, 0, 0, 5, b'I']);
    let mut first = [0u8; 1];
    if stream.read_exact(&mut first).is_err() {
        return;
    }
    let mut notice = vec![b'N', 0, 0, 4, 4];
    notice.extend(vec![b'x'; 1024]);
    for b in notice {
        if stream.write_all(&[b]).is_err() {
            return;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn a_statement_answered_a_byte_at_a_time_still_ends_at_the_statement_timeout() {
    if skip_on_postgres("stand-in servers; the engine does not matter") {
        return;
    }
    let mut env = TestEnv::empty();
    let slow = FakePg::start(log_in_then_trickle);
    env.set_env("SITECTL_STATEMENT_TIMEOUT_MS", "1000");
    let url = slow.url("&connect_timeout=1").replace("connect_timeout=2&", "");
    let out = run_bounded(&env, &url, &["site", "list", "--json"], Duration::from_secs(10))
        .expect("still reading 10 s after a 1 s statement timeout and a 1 s connect timeout");
    assert_eq!(out.code, 9, "{}", out.stderr);
    assert_eq!(out.error()["code"], "database_timeout", "{}", out.stderr);
}

/// Logs in (trust), then refuses the session for lack of connections, as a busy server does.
fn log_in_then_too_many_connections(stream: &mut TcpStream) {
    if !decline_tls_and_read_startup(stream) {
        return;
    }
    let body = b"SFATAL\0C53300\0Msorry, too many clients already\0\0";
    let mut m = vec![b'R', 0, 0, 0, 8, 0, 0, 0, 0, b'E'];
    m.extend(((body.len() + 4) as u32).to_be_bytes());
    m.extend(body);
    let _ = stream.write_all(&m);
}

#[test]
fn a_server_out_of_connections_is_unreachable_not_a_database_error() {
    if skip_on_postgres("stand-in servers; the engine does not matter") {
        return;
    }
    let env = TestEnv::empty();
    let busy = FakePg::start(log_in_then_too_many_connections);
    let out = run_with_db(&env, Some(&busy.url("")), &["site", "list", "--json"]);
    assert_eq!(out.code, 9, "{}", out.stderr);
    assert_eq!(out.error()["code"], "database_unreachable", "{}", out.stderr);
}

fn endless_error(stream: &mut TcpStream) {
    if !decline_tls_and_read_startup(stream) {
        return;
    }
    let _ = stream.write_all(&[b'E', 0x7f, 0xff, 0xff, 0xff]);
    let chunk = vec![b'x'; 64 * 1024];
    // 16 MiB, then silence: enough to show the bound, little enough that a client without one
    // does not take the machine's memory (it then hangs, and the bounded run fails the test).
    for _ in 0..256 {
        if stream.write_all(&chunk).is_err() {
            return;
        }
    }
    std::thread::sleep(Duration::from_secs(30));
}

fn endless_parameters(stream: &mut TcpStream) {
    if !decline_tls_and_read_startup(stream) {
        return;
    }
    let _ = stream.write_all(&[b'R', 0, 0, 0, 8, 0, 0, 0, 0]);
    for n in 0..16_000 {
        let body = format!("p{n}\0{}\0", "v".repeat(1000));
        let mut m = vec![b'S'];
        m.extend(((body.len() + 4) as u32).to_be_bytes());
        m.extend(body.as_bytes());
        if stream.write_all(&m).is_err() {
            return;
        }
    }
    std::thread::sleep(Duration::from_secs(30));
}

#[test]
fn a_server_that_never_stops_talking_is_cut_off() {
    if skip_on_postgres("stand-in servers; the engine does not matter") {
        return;
    }
    let env = TestEnv::empty();
    for serve in [endless_error as fn(&mut TcpStream), endless_parameters] {
        let server = FakePg::start(serve);
        let out = run_bounded(&env, &server.url(""), &["site", "list", "--json"], Duration::from_secs(6))
            .expect("still reading after 6 s");
        assert_eq!(out.code, 9, "{}", out.stderr);
        assert_eq!(out.error()["code"], "database_unreachable");
    }
}

/// Logs in (trust), then answers the first statement with a data row announced at 1 GiB and
/// sends its bytes as fast as the client takes them.
fn log_in_then_huge_row(stream: &mut TcpStream) {
    if !decline_tls_and_read_startup(stream) {
        return;
    }
    let _ = stream.write_all(&[b'R', 0, 0, 0, 8, 0, 0, 0, 0, b'Z', 0, 0, 0, 5, b'I']);
    let mut first = [0u8; 1];
    if stream.read_exact(&mut first).is_err() {
        return;
    }
    let gib: u32 = 1 << 30;
    let mut head = vec![b'D'];
    head.extend((gib + 4).to_be_bytes());
    head.extend(1u16.to_be_bytes());
    head.extend((gib - 6).to_be_bytes());
    if stream.write_all(&head).is_err() {
        return;
    }
    let chunk = vec![b'x'; 1024 * 1024];
    for _ in 0..1024 {
        if stream.write_all(&chunk).is_err() {
            return;
        }
    }
    std::thread::sleep(Duration::from_secs(30));
}

/// Like [`run_bounded`], under a data-segment limit (`prlimit --data`): a client that keeps
/// what the server announces fails its allocation instead of taking the machine's memory.
fn run_bounded_limited(env: &TestEnv, db: &str, args: &[&str], limit: Duration, bytes: u64) -> Option<Out> {
    let mut inner = env.command(args);
    inner.env("SITECTL_DB", db).current_dir(env.dir.path());
    crate::support::run_within(&mut crate::support::under_data_limit(&inner, bytes), limit)
}

#[test]
fn a_server_announcing_a_huge_data_row_is_cut_off_before_it_is_kept() {
    if skip_on_postgres("stand-in servers; the engine does not matter") {
        return;
    }
    let env = TestEnv::empty();
    let server = FakePg::start(log_in_then_huge_row);
    let out =
        run_bounded_limited(&env, &server.url(""), &["site", "list", "--json"], Duration::from_secs(20), 192 << 20)
            .expect("still reading after 20 s");
    assert_eq!(out.code, 9, "{}", out.stderr);
    assert_eq!(out.error()["code"], "database_unreachable", "{}", out.stderr);
    assert!(out.error()["message"].as_str().unwrap().contains("above the limit"), "{}", out.stderr);
}

/// Refuses the login with an error that quotes the decoded planted password (`%40` is `@`).
fn refuse_quoting_the_password(stream: &mut TcpStream) {
    if !decline_tls_and_read_startup(stream) {
        return;
    }
    let body = format!("SFATAL\0CXX000\0Mno entry for {}@Pw\0\0", PLANTED);
    let mut m = vec![b'E'];
    m.extend(((body.len() + 4) as u32).to_be_bytes());
    m.extend(body.as_bytes());
    let _ = stream.write_all(&m);
}

#[test]
fn the_decoded_password_is_masked_however_many_guesses_came_before() {
    if skip_on_postgres("stand-in servers; the engine does not matter") {
        return;
    }
    let env = TestEnv::empty();
    let server = FakePg::start(refuse_quoting_the_password);
    let url = format!("postgresql://ops:{PLANTED}%40Pw@127.0.0.1:{}/sitectl?connect_timeout=2", server.port);
    // Seventy lines that each look like a URL with a password: more guesses than are kept.
    let guesses: Vec<String> = (0..70).map(|n| format!("postgresql://u:guess{n:03}@h/db")).collect();
    let out = run_with_db(&env, Some(&guesses.join("\n")), &["--db", &url, "site", "list", "--json"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stderr.contains("no entry for"), "the server's text is shown: {}", out.stderr);
    assert!(!out.stderr.contains(PLANTED) && !out.stdout.contains(PLANTED), "{}", out.stderr);
}

#[test]
fn a_pgpassfile_that_is_not_a_regular_file_is_ignored() {
    if skip_on_postgres("the password file is read before any server is reached") {
        return;
    }
    let mut env = TestEnv::empty();
    let fifo = env.path("pgpass.fifo");
    let made = std::process::Command::new("mkfifo").args(["-m", "600"]).arg(&fifo).status().unwrap();
    assert!(made.success());
    let dir = env.path("pgpass.dir");
    std::fs::create_dir(&dir).unwrap();
    for file in [fifo.display().to_string(), dir.display().to_string(), "/dev/zero".to_string()] {
        env.env.retain(|(k, _)| k != "PGPASSFILE");
        env.set_env("PGPASSFILE", &file);
        let mut child = env
            .command(&["plan", "list", "--json"])
            .env("SITECTL_DB", "postgresql://ops@127.0.0.1:9/sitectl?connect_timeout=2")
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let started = Instant::now();
        while child.try_wait().unwrap().is_none() && started.elapsed() < Duration::from_secs(10) {
            std::thread::sleep(Duration::from_millis(50));
        }
        let finished = child.try_wait().unwrap();
        if finished.is_none() {
            let _ = child.kill();
            let _ = child.wait();
        }
        let status = finished.unwrap_or_else(|| panic!("sitectl hung on PGPASSFILE={file}"));
        assert_eq!(status.code(), Some(9), "{file}");
    }
}

/// A superuser URL to this test's database on the real server, with `extra` parameters.
fn superuser_url(env: &TestEnv, extra: &str) -> String {
    format!("{}{extra}", env.target)
}

/// Holds an exclusive lock on `plans`, so a reader waits until its timeouts end it.
fn hold_plans(env: &TestEnv) -> postgres::Client {
    let mut holder = pg::client(&pg::database_of(&env.target));
    holder.batch_execute("BEGIN; LOCK TABLE plans IN ACCESS EXCLUSIVE MODE").unwrap();
    holder
}

#[test]
fn url_parameters_reach_the_server_exactly_as_written() {
    if engine() != Engine::Postgres {
        eprintln!("PostgreSQL only: runs in the suite's PostgreSQL pass");
        return;
    }
    let mut env = TestEnv::new();
    env.seed_basic();
    // A long lock wait, so only the statement timeout can end the read.
    env.set_env("SITECTL_BUSY_TIMEOUT_MS", "60000");
    let _holder = hold_plans(&env);
    let url = superuser_url(&env, "&options=-c%20statement_timeout%3D1200&application_name=ops%20cron");
    let mut cmd = env.command(&["plan", "list", "--json"]);
    cmd.env("SITECTL_DB", &url).stdout(Stdio::piped()).stderr(Stdio::piped());
    let started = Instant::now();
    let child = cmd.spawn().unwrap();
    // While it waits, the server knows it by the application name exactly as written.
    let mut seen = Vec::new();
    while started.elapsed() < Duration::from_secs(1) {
        seen = pg::client("postgres")
            .query(
                "SELECT application_name FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = $1",
                &[&pg::database_of(&env.target)],
            )
            .unwrap()
            .iter()
            .map(|r| r.get::<_, String>(0))
            .collect();
        if !seen.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(seen, vec!["ops cron".to_string()]);
    let out = child.wait_with_output().unwrap();
    let took = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(9), "{stderr}");
    assert!(stderr.contains("database_timeout"), "{stderr}");
    assert!(took < Duration::from_secs(10), "the URL's statement_timeout (1.2 s) ended it: {took:?}");
    // The setting does the same without the URL; the URL's value wins over the setting.
    env.set_env("SITECTL_STATEMENT_TIMEOUT_MS", "800");
    let started = Instant::now();
    assert_eq!(env.fails(&["plan", "list"], 9)["code"], "database_timeout");
    assert!(started.elapsed() < Duration::from_secs(10));
    env.env.retain(|(k, _)| k != "SITECTL_BUSY_TIMEOUT_MS");
    env.set_env("SITECTL_BUSY_TIMEOUT_MS", "700");
    let url = superuser_url(&env, "&options=-c%20statement_timeout%3D60000");
    let out = env.command(&["plan", "list", "--json"]).env("SITECTL_DB", &url).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("database_locked"), "the lock timeout ended it first");
}

#[test]
fn a_socket_folder_with_a_space_is_found() {
    if engine() != Engine::Postgres {
        eprintln!("PostgreSQL only: runs in the suite's PostgreSQL pass");
        return;
    }
    let env = TestEnv::new();
    env.seed_basic();
    // The server's socket folder, reached through a folder whose name has a space.
    let server = &pg::server().url;
    let socket_dir = server.split("host=").nth(1).unwrap().split('&').next().unwrap().to_string();
    let spaced = env.path("my sock");
    std::os::unix::fs::symlink(&socket_dir, &spaced).unwrap();
    let url = env.target.replace(&socket_dir, &spaced.display().to_string().replace(' ', "%20"));
    assert!(url.contains("my%20sock"), "{url}");
    let out = env.command(&["plan", "list", "--json"]).env("SITECTL_DB", &url).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let plans: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(plans.as_array().unwrap().len(), 2);
}
