//! A team's server: a role with few connection slots and a crowd of commands, and a primary
//! with a real streaming standby (`pg_basebackup -R`) behind a URL that lists several hosts.
//! Run in the suite's PostgreSQL pass.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{pg, TestEnv};

/// The shared server's socket folder and port, from its superuser URL.
fn socket_and_port() -> (String, String) {
    let url = &pg::server().url;
    let query = url.split_once('?').map_or("", |(_, q)| q);
    let get = |k: &str| query.split('&').find_map(|p| p.strip_prefix(&format!("{k}="))).unwrap_or_default().to_string();
    (get("host"), get("port"))
}

/// Runs `n` commands at once and returns each one's exit code and stderr.
fn crowd(env: &TestEnv, commands: &[Vec<String>]) -> Vec<(i32, String)> {
    let children: Vec<_> = commands
        .iter()
        .map(|args| {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            env.command(&args).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap()
        })
        .collect();
    children
        .into_iter()
        .map(|c| {
            let out = c.wait_with_output().unwrap();
            (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
        })
        .collect()
}

#[test]
fn a_role_limited_to_two_connections_runs_twelve_commands_at_once() {
    if !pg::only_on_postgres() {
        return;
    }
    let (name, _) = pg::new_database_url();
    let role = format!("{name}_r");
    let admin = || pg::client("postgres");
    admin().batch_execute(&format!("CREATE ROLE {role} LOGIN PASSWORD 'crowd-pw' CONNECTION LIMIT 2")).unwrap();
    // Dropped however the test ends (the database first: the role owns it).
    struct Owned(String, String);
    impl Drop for Owned {
        fn drop(&mut self) {
            pg::drop_database(&self.0);
            let _ = pg::client("postgres").batch_execute(&format!("DROP ROLE IF EXISTS {}", self.1));
        }
    }
    let _owned = Owned(name.clone(), role.clone());
    admin().batch_execute(&format!("CREATE DATABASE {name} OWNER {role}")).unwrap();
    let (socket, port) = socket_and_port();
    let mut env = TestEnv::empty();
    env.target = format!("postgresql:///{name}?host={socket}&port={port}&user={role}&password=crowd-pw");
    env.set_env("SITECTL_ERROR_FORMAT", "json");
    env.ok(&["db", "init"]);
    env.seed_basic();

    // Both slots taken: a command retries for the busy timeout, then ends as exit 9 with a
    // hint, never as a raw database error.
    let hold = || {
        let mut c = postgres::Config::new();
        c.host_path(&socket).port(port.parse().unwrap()).user(&role).password("crowd-pw").dbname(&name);
        c.connect(postgres::NoTls).unwrap()
    };
    let held = (hold(), hold());
    env.set_env("SITECTL_BUSY_TIMEOUT_MS", "1500");
    for args in [&["site", "list"][..], &["site", "create", "Full", "--account", "globex"]] {
        let started = Instant::now();
        let e = env.fails(args, 9);
        assert_eq!(e["code"], "database_unreachable", "{args:?}: {e}");
        assert!(e["message"].as_str().unwrap().contains("no free connection"), "{e}");
        assert!(e["hint"].as_str().unwrap().contains("pooler"), "{e}");
        assert!(!e.to_string().contains("crowd-pw"), "{e}");
        assert!(
            started.elapsed() >= Duration::from_millis(1000),
            "retried for the busy timeout: {:?}",
            started.elapsed()
        );
    }
    drop(held);

    // Twelve at once, reads and writes, with two slots: each waits its turn within the busy
    // timeout. None ends with exit 1; with a generous timeout every one succeeds.
    env.env.retain(|(k, _)| k != "SITECTL_BUSY_TIMEOUT_MS");
    env.set_env("SITECTL_BUSY_TIMEOUT_MS", "60000");
    let commands: Vec<Vec<String>> = (0..12)
        .map(|i| match i % 2 {
            0 => vec!["site".into(), "list".into()],
            _ => vec!["site".into(), "create".into(), format!("Crowd {i}"), "--account".into(), "globex".into()],
        })
        .collect();
    for (i, (code, stderr)) in crowd(&env, &commands).into_iter().enumerate() {
        assert_eq!(code, 0, "{:?}: {stderr}", commands[i]);
    }
    let sites = env.json(&["site", "list", "--account", "globex"]);
    assert_eq!(sites.as_array().unwrap().len(), 6);

    // A short timeout: some may give up, and each that does is exit 9 with the hint.
    env.env.retain(|(k, _)| k != "SITECTL_BUSY_TIMEOUT_MS");
    env.set_env("SITECTL_BUSY_TIMEOUT_MS", "100");
    let reads: Vec<Vec<String>> = (0..12).map(|_| vec!["site".into(), "list".into()]).collect();
    for (code, stderr) in crowd(&env, &reads) {
        assert!(code == 0 || code == 9, "exit {code}: {stderr}");
        if code == 9 {
            assert!(stderr.contains("database_unreachable") && stderr.contains("pooler"), "{stderr}");
        }
    }
}

/// A free TCP port on loopback (nothing listens there once this returns).
fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A private primary and its streaming standby in a temp folder, both stopped when dropped.
/// The servers run as the `postgres` OS user when the tests run as root (PostgreSQL refuses
/// root), as `tests/postgres/start.sh` runs the shared one.
struct Cluster {
    dir: tempfile::TempDir,
    primary: u16,
    standby: u16,
}

impl Cluster {
    fn data(&self, which: &str) -> PathBuf {
        self.dir.path().join(which)
    }

    fn sockets(&self, which: &str) -> PathBuf {
        self.dir.path().join(format!("{which}-run"))
    }

    fn start() -> Cluster {
        let dir = tempfile::tempdir().unwrap();
        let cluster = Cluster { dir, primary: free_port(), standby: free_port() };
        if as_root() {
            run(Command::new("chown").arg("postgres:postgres").arg(cluster.dir.path()));
        }
        let bin = Path::new(&pg::server().bin).to_path_buf();
        let primary = cluster.data("primary");
        run(server_cmd(&bin.join("initdb")).arg("-D").arg(&primary).args([
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        ]));
        cluster.configure("primary", cluster.primary);
        // initdb's trust rules cover replication on the socket and on loopback.
        cluster.pg_ctl("primary", "start");
        run(server_cmd(&bin.join("pg_basebackup"))
            .arg("-D")
            .arg(cluster.data("standby"))
            .arg("-h")
            .arg(cluster.sockets("primary"))
            .args(["-p", &cluster.primary.to_string(), "-U", "postgres", "-R", "--no-sync", "-X", "stream"]));
        cluster.configure("standby", cluster.standby);
        cluster.pg_ctl("standby", "start");
        cluster
    }

    /// Listens on loopback and its own socket folder; later lines of postgresql.conf win, so
    /// the standby's copy of the primary's lines is overridden.
    fn configure(&self, which: &str, port: u16) {
        let sockets = self.sockets(which);
        std::fs::create_dir_all(&sockets).unwrap();
        if as_root() {
            run(Command::new("chown").arg("postgres:postgres").arg(&sockets));
        }
        let conf = self.data(which).join("postgresql.conf");
        let mut text = std::fs::read_to_string(&conf).unwrap();
        text.push_str(&format!(
            "\nlisten_addresses = '127.0.0.1'\nport = {port}\nunix_socket_directories = '{}'\nfsync = off\nmax_connections = 20\n",
            sockets.display()
        ));
        std::fs::write(&conf, text).unwrap();
    }

    fn pg_ctl(&self, which: &str, action: &str) {
        let bin = Path::new(&pg::server().bin).join("pg_ctl");
        let log = self.dir.path().join(format!("{which}.log"));
        let mut cmd = server_cmd(&bin);
        cmd.arg("-D").arg(self.data(which)).arg("-l").arg(log).args(["-w", "-t", "60"]);
        if action == "stop" {
            cmd.args(["-m", "immediate"]);
        }
        cmd.arg(action);
        run(cmd.stdin(Stdio::null()));
    }

    fn url(&self, hosts: &str, extra: &str) -> String {
        format!("postgresql://postgres@{hosts}/sitectl?sslmode=disable&connect_timeout=3{extra}")
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        for which in ["standby", "primary"] {
            let bin = Path::new(&pg::server().bin).join("pg_ctl");
            let _ = server_cmd(&bin)
                .arg("-D")
                .arg(self.data(which))
                .args(["-m", "immediate", "stop"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }
}

fn as_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn server_cmd(bin: &Path) -> Command {
    if as_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", "postgres", "--"]).arg(bin);
        c
    } else {
        Command::new(bin)
    }
}

fn run(cmd: &mut Command) {
    let out = cmd.stdout(Stdio::piped()).stderr(Stdio::piped()).output().unwrap();
    assert!(
        out.status.success(),
        "{cmd:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_url_listing_a_standby_and_the_primary_writes_to_the_primary() {
    if !pg::only_on_postgres() {
        return;
    }
    let cluster = Cluster::start();
    let (p, s) = (format!("127.0.0.1:{}", cluster.primary), format!("127.0.0.1:{}", cluster.standby));
    let dead = format!("127.0.0.1:{}", free_port());
    let mut env = TestEnv::empty();
    env.target = cluster.url(&p, "");
    env.ok(&["db", "init"]);
    env.seed_basic();

    // Standby first, primary second, read-write: the write lands on the primary, and `db info`
    // names it (JSON and table).
    env.target = cluster.url(&format!("{s},{p}"), "&target_session_attrs=read-write");
    env.ok(&["site", "create", "Listed", "--account", "globex"]);
    assert_eq!(env.json(&["db", "info"])["host"], p.as_str());
    assert!(env.ok(&["db", "info"]).lines().any(|l| l == format!("host\t{p}")));
    // The same through the socket folders (`host=` and `port=` lists).
    env.target = format!(
        "postgresql:///sitectl?host={},{}&port={},{}&user=postgres&target_session_attrs=read-write",
        cluster.sockets("standby").display(),
        cluster.sockets("primary").display(),
        cluster.standby,
        cluster.primary
    );
    let host = env.json(&["db", "info"])["host"].as_str().unwrap().to_string();
    assert!(host.ends_with(&format!(".s.PGSQL.{}", cluster.primary)), "{host}");
    // `any` takes the first that answers: the standby.
    env.target = cluster.url(&format!("{s},{p}"), "&target_session_attrs=any");
    assert_eq!(env.json(&["db", "info"])["host"], s.as_str());

    // A dead host first (nothing listens; an IPv6 literal too): still connects, to the primary.
    env.target = cluster.url(&format!("{dead},[::1]:{},{p}", free_port()), "&target_session_attrs=read-write");
    env.ok(&["site", "create", "After Dead", "--account", "globex"]);
    // A host that accepts the connection and never answers (the kernel completes the handshake
    // for a listener that never reads): given up after connect_timeout, then the next.
    let silent = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let silent_port = silent.local_addr().unwrap().port();
    env.target =
        cluster.url(&format!("127.0.0.1:{silent_port},{p}"), "").replace("connect_timeout=3", "connect_timeout=1");
    let started = Instant::now();
    assert_eq!(env.json(&["db", "info"])["host"], p.as_str());
    assert!(started.elapsed() >= Duration::from_millis(900), "{:?}", started.elapsed());
    assert!(started.elapsed() < Duration::from_secs(20), "{:?}", started.elapsed());
    drop(silent);

    // The standby alone: a read works once it has replayed; a write is exit 9, database_read_only.
    env.target = cluster.url(&s, "");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let out = env.run(&["site", "list", "--account", "globex", "--json"]);
        if out.code == 0 && out.json().as_array().unwrap().len() == 2 {
            break;
        }
        assert!(Instant::now() < deadline, "the standby did not replay: {} {}", out.stdout, out.stderr);
        std::thread::sleep(Duration::from_millis(200));
    }
    let e = env.fails(&["site", "create", "On Standby", "--account", "globex"], 9);
    assert_eq!(e["code"], "database_read_only", "{e}");
    // Asked for a writable server and listing only the standby: exit 9, the same code.
    env.target = cluster.url(&s, "&target_session_attrs=read-write");
    let e = env.fails(&["site", "list"], 9);
    assert_eq!(e["code"], "database_read_only", "{e}");
    assert!(e["message"].as_str().unwrap().contains(&s), "{e}");

    // Every server dead, the URL with a password: exit 9, each named, the password never shown.
    env.target = format!("postgresql://postgres:SeCrEt-pw@{dead},[::1]:{}/sitectl?connect_timeout=2", free_port());
    let e = env.fails(&["site", "list"], 9);
    assert_eq!(e["code"], "database_unreachable", "{e}");
    assert!(!e.to_string().contains("SeCrEt"), "{e}");
    assert!(e["message"].as_str().unwrap().contains(&dead), "{e}");
    // A password in a list URL that works: masked in db info.
    env.target =
        format!("postgresql://postgres:SeCrEt-pw@{s},{p}/sitectl?sslmode=disable&target_session_attrs=read-write");
    let info = env.ok(&["db", "info"]);
    assert!(!info.contains("SeCrEt") && info.contains("postgres:***@"), "{info}");

    // Host lists that cannot be meant: refused before anything is tried, password unshown.
    for bad in [
        format!("postgresql://postgres:SeCrEt-pw@{p},,{s}/sitectl"),
        format!("postgresql://postgres@{p},{s}/sitectl?port=1,2,3"),
        format!("postgresql://{}/sitectl", vec![p.as_str(); 1000].join(",")),
        format!("postgresql://postgres@{p},{s}/sitectl?target_session_attrs=prefer-standby"),
    ] {
        env.target = bad.clone();
        let e = env.fails(&["site", "list"], 4);
        assert_eq!(e["code"], "invalid_database_url", "{bad}: {e}");
        assert!(!e.to_string().contains("SeCrEt"), "{e}");
    }
    env.target = cluster.url(&p, "");
    assert_eq!(env.json(&["site", "list", "--account", "globex"]).as_array().unwrap().len(), 2);

    // A server shutting down (a smart shutdown waits for this session) refuses new sessions with
    // 57P03: asked again for the busy timeout, then exit 9 saying so.
    let mut config = postgres::Config::new();
    config.host_path(cluster.sockets("primary")).port(cluster.primary).user("postgres").dbname("sitectl");
    let held = config.connect(postgres::NoTls).unwrap();
    let bin = Path::new(&pg::server().bin).join("pg_ctl");
    run(server_cmd(&bin).arg("-D").arg(cluster.data("primary")).args(["-m", "smart", "-W", "stop"]));
    env.set_env("SITECTL_BUSY_TIMEOUT_MS", "1000");
    let started = Instant::now();
    let e = env.fails(&["site", "list"], 9);
    assert_eq!(e["code"], "database_unreachable", "{e}");
    assert!(e["message"].as_str().unwrap().contains("shutting down"), "{e}");
    assert!(started.elapsed() >= Duration::from_millis(700), "{:?}: {e}", started.elapsed());
    drop(held);
    drop(cluster);
}

#[test]
fn each_server_of_a_list_has_its_own_tls_name_and_pgpass_line() {
    if !pg::only_on_postgres() {
        return;
    }
    let (name, _) = pg::new_database_url();
    pg::client("postgres").batch_execute(&format!("CREATE DATABASE {name} OWNER sitectl_pw")).unwrap();
    let server = pg::server();
    let port = server.tls_url.rsplit_once(':').unwrap().1.split('/').next().unwrap().to_string();
    let mut env = TestEnv::empty();
    // Only the second server's line: a lookup made once for the first host would find nothing.
    std::fs::create_dir_all(env.home()).unwrap();
    let pgpass = env.home().join(".pgpass");
    std::fs::write(&pgpass, format!("localhost:{port}:{name}:sitectl_pw:sitectl-test-pw\n")).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&pgpass, std::fs::Permissions::from_mode(0o600)).unwrap();
    // Both names reach the same server; the certificate is for localhost and 127.0.0.1 only, so
    // verify-full refuses the first name and accepts the second: the name checked is each
    // server's own.
    env.target = format!(
        "postgresql://sitectl_pw@/{name}?host=wrong.example,localhost&hostaddr=127.0.0.1,127.0.0.1&port={port}&sslmode=verify-full&sslrootcert={}",
        server.ca
    );
    env.ok(&["db", "init"]);
    assert_eq!(env.json(&["db", "info"])["host"], format!("localhost:{port}").as_str());
    // The first name alone: refused by TLS before any password is sent.
    env.target = env
        .target
        .replace("host=wrong.example,localhost&hostaddr=127.0.0.1,127.0.0.1", "host=wrong.example&hostaddr=127.0.0.1");
    assert_eq!(env.fails(&["plan", "list"], 9)["code"], "database_tls");
    drop(env);
    pg::drop_database(&name);
}

#[test]
fn each_session_is_named_after_its_command() {
    if !pg::only_on_postgres() {
        return;
    }
    let env = TestEnv::new();
    env.seed_basic();
    let database = env.pg_database.clone().unwrap();
    // A lock makes the command wait inside its session long enough to be seen.
    let mut locker = pg::client(&database);
    let mut tx = locker.transaction().unwrap();
    tx.batch_execute("LOCK TABLE sites IN ACCESS EXCLUSIVE MODE").unwrap();
    let mut waiting = env.command(&["site", "list"]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let mut watcher = pg::client("postgres");
    let deadline = Instant::now() + Duration::from_secs(20);
    let names = loop {
        let names: Vec<String> = watcher
            .query("SELECT application_name FROM pg_stat_activity WHERE datname = $1", &[&database])
            .unwrap()
            .iter()
            .map(|r| r.get(0))
            .collect();
        if names.iter().any(|n| n.starts_with("sitectl")) || Instant::now() > deadline {
            break names;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    tx.rollback().unwrap();
    assert_eq!(waiting.wait().unwrap().code(), Some(0));
    assert!(names.iter().any(|n| n == "sitectl site list"), "{names:?}");
}
