//! SQLite, the embedded default: opening a file, its schema version, sizes and checks.
//!
//! The file must be the sitectl database the operator meant. A missing file
//! is created only when asked (`db init`, `--init`); a foreign, damaged or too-new file is
//! refused untouched; a dry run changes nothing (no file, migration or journal mode).

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::sql::Conn;
use super::{check_version, Location, Migration, OpenOptions, Store, SCHEMA_VERSION};
use crate::error::{Code, Error, Result};

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The database files this process has opened read-write with SQLite (device and inode), and
/// the lock that orders every plain open of a database path against them and against the brief
/// read-only look a `Store::open` takes first.
///
/// A POSIX lock belongs to a process and a file, not to a descriptor: closing any descriptor of
/// the file drops every lock the process holds on it. SQLite keeps its own connections' locks
/// straight within a process, but a descriptor it does not know of (the header check of a second
/// `Store::open`, as each worker of a batch makes) silently drops the shared lock its open
/// connections hold on the database, and SQLite, counting it as held, never takes it again.
/// Another process closing its last connection then gets the exclusive lock, takes itself for the
/// WAL's last user, checkpoints it and deletes it: every later commit of this process goes to a
/// deleted file, reported committed and lost. So a file SQLite has opened read-write here is
/// never opened plainly again, and no plain open runs while the read-only look is open.
static OPENED: std::sync::Mutex<Vec<(u64, u64)>> = std::sync::Mutex::new(Vec::new());

#[cfg(unix)]
fn file_id(meta: &fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((meta.dev(), meta.ino()))
}

/// Elsewhere locks belong to a handle, and closing another handle drops none.
#[cfg(not(unix))]
fn file_id(_: &fs::Metadata) -> Option<(u64, u64)> {
    None
}

fn opened() -> std::sync::MutexGuard<'static, Vec<(u64, u64)>> {
    OPENED.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// Notes that SQLite is about to open `path` read-write: from now on this process keeps locks on
/// it, and it is not opened plainly again (an open that then fails is explained without a probe).
fn opening_with_sqlite(path: &Path) {
    let Some(id) = fs::metadata(path).ok().as_ref().and_then(file_id) else { return };
    let mut opened = opened();
    if !opened.contains(&id) {
        opened.push(id);
    }
}

/// Runs `f` on `path` opened plainly with `options`, unless SQLite has opened the file read-write
/// in this process (`None`: the caller does without what it wanted to learn).
fn plain_open<T>(
    path: &Path,
    options: &fs::OpenOptions,
    f: impl FnOnce(&mut fs::File) -> T,
) -> Option<std::io::Result<T>> {
    let opened = opened();
    let known = |meta: &fs::Metadata| file_id(meta).is_some_and(|id| opened.contains(&id));
    if fs::metadata(path).is_ok_and(|m| known(&m)) {
        return None;
    }
    let mut file = match options.open(path) {
        Ok(file) => file,
        Err(e) => return Some(Err(e)),
    };
    let out = f(&mut file);
    if file.metadata().is_ok_and(|m| known(&m)) {
        // The path was swapped for a file SQLite has opened here since it was looked at: closing
        // this descriptor would drop that file's locks, so it stays open until the process ends.
        std::mem::forget(file);
        return None;
    }
    Some(Ok(out))
}

/// "No database here": nothing is created by commands other than `db init`.
fn missing_database(path: &Path, found: &Found) -> Error {
    let what = if matches!(found, Found::Empty) { "an empty file, not an initialised database" } else { "missing" };
    Error::new(Code::DatabaseMissing, format!("no sitectl database at {}: it is {what}", path.display()))
        .with_hint("create it with `sitectl db init`, or check --db / SITECTL_DB / the profile's db")
        .with_details(serde_json::json!({ "path": path.display().to_string() }))
}

/// A file SQLite cannot read as a database (truncated, malformed): exit 9, never the schema text.
fn damaged(path: &Path, e: &rusqlite::Error) -> Error {
    if let Some(named) = super::errors::classify_sqlite(e).filter(|n| n.code != Code::DatabaseDamaged) {
        return named;
    }
    Error::new(
        Code::DatabaseDamaged,
        format!("{} is damaged or not a complete database; it was left untouched", path.display()),
    )
    .with_hint("restore it from a backup, or try `sqlite3 FILE .recover` into a new file")
    .with_cause(e)
}

/// sitectl's `PRAGMA application_id` ("SITC"): marks a file as a sitectl database.
pub const APPLICATION_ID: i32 = 0x5349_5443;

/// What a file at the database path holds, before anything is written to it.
enum Found {
    Nothing,
    /// An empty file or an SQLite database without tables: a database to initialise.
    Empty,
    Sitectl {
        version: i64,
    },
}

impl Store {
    /// Opens the database at `path` and migrates it to the latest schema.
    ///
    /// A missing file is created only with `create`; a file that is not a sitectl database (not
    /// SQLite, another application's, damaged, or a schema newer than this binary) is refused
    /// without being modified. A dry run changes nothing: it refuses a database that needs a
    /// migration rather than migrating it.
    pub(super) fn open_file(path: &Path, options: OpenOptions) -> Result<Store> {
        Self::check_existing_file(path)?;
        let found = if path.exists() { Self::inspect(path)? } else { Found::Nothing };
        match (&found, options.create) {
            (Found::Nothing | Found::Empty, false) => return Err(missing_database(path, &found)),
            (Found::Nothing | Found::Empty, true) if options.dry_run => {
                return Err(Error::internal("a dry run cannot create a database (handled by the caller)"))
            }
            (Found::Nothing, true) => Self::create_file(path)?,
            _ => {}
        }
        if let Found::Sitectl { version } = found {
            check_version(version)?;
            if options.dry_run && version < SCHEMA_VERSION {
                return Err(Error::new(Code::MigrationNeeded, format!(
                        "{} is at schema version {version}; this sitectl needs {SCHEMA_VERSION}, and a dry run does not migrate",
                        path.display()
                    ),
                )
                .with_hint("migrate it first (sitectl db migrate), then repeat the dry run"));
            }
        }
        opening_with_sqlite(path);
        let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE)
            .map_err(|e| Self::explain_open_failure(path, e))?;
        conn.busy_timeout(options.busy_timeout)?;
        configure(&conn)?;
        if !options.dry_run {
            let mode: String = conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("wal") {
                conn.pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get::<_, String>(0))?;
            }
        }
        let mut store = Store {
            conn: Conn::Sqlite(conn),
            location: Some(Location::File(path.to_path_buf())),
            migration: Migration { from: 0, to: 0 },
            busy_timeout: options.busy_timeout,
        };
        if !options.dry_run {
            store.migrate(options.now.clone())?;
        } else {
            store.migration = Migration { from: SCHEMA_VERSION, to: SCHEMA_VERSION };
        }
        Ok(store)
    }

    /// The schema version of the sitectl database at `path` without changing anything: `None`
    /// when there is none yet (missing or empty file). For dry runs of `db init`/`db migrate`.
    pub(super) fn file_schema_version_at(path: &Path) -> Result<Option<i64>> {
        Self::check_existing_file(path)?;
        if !path.exists() {
            return Ok(None);
        }
        match Self::inspect(path)? {
            Found::Sitectl { version } => {
                check_version(version)?;
                Ok(Some(version))
            }
            Found::Nothing | Found::Empty => Ok(None),
        }
    }

    /// Reads the application id, schema version and tables of an existing file, read-only.
    fn inspect(path: &Path) -> Result<Found> {
        if fs::metadata(path)?.len() == 0 {
            return Ok(Found::Empty);
        }
        let read = |conn: Connection| -> rusqlite::Result<(i32, i64, Vec<String>)> {
            let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
            let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            let mut stmt = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?;
            let tables = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
            Ok((app, version, tables))
        };
        // No plain open of the file while this short-lived connection is open (see `OPENED`);
        // it is closed before what went wrong is explained, which may open the file.
        let found = {
            let _no_plain_open = opened();
            Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).and_then(read)
        };
        let (app, version, tables) = found.map_err(|e| Self::explain_open_failure(path, e))?;
        // Before application ids, a sitectl database was one with our schema version and tables.
        let legacy =
            app == 0 && version > 0 && ["plans", "accounts", "sites"].iter().all(|t| tables.iter().any(|n| n == t));
        match app {
            APPLICATION_ID => Ok(Found::Sitectl { version }),
            _ if legacy => Ok(Found::Sitectl { version }),
            0 if tables.is_empty() && version == 0 => Ok(Found::Empty),
            _ => {
                let shown: Vec<&str> = tables.iter().take(5).map(String::as_str).collect();
                Err(Error::new(Code::NotASitectlDatabase, format!(
                        "{} is an SQLite database of another application (tables: {}); it was left untouched",
                        path.display(),
                        if shown.is_empty() { "none".to_string() } else { shown.join(", ") }
                    ),
                )
                .with_hint("point --db (or SITECTL_DB) at a sitectl database, or create one with `sitectl db init --db NEW_PATH`"))
            }
        }
    }

    /// A private in-memory database at the latest schema, for tests.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        configure(&conn)?;
        let mut store = Store {
            conn: Conn::Sqlite(conn),
            location: None,
            migration: Migration { from: 0, to: 0 },
            busy_timeout: std::time::Duration::from_secs(5),
        };
        store.migrate(None)?;
        Ok(store)
    }

    fn check_existing_file(path: &Path) -> Result<()> {
        // Looked at before it is opened: opening a named pipe waits for a writer (forever), and
        // a device is no file SQLite can keep a database in.
        let Ok(meta) = fs::metadata(path) else { return Ok(()) };
        if meta.is_dir() {
            return Err(Error::new(Code::NotADatabase, format!("{} is a directory, not a database", path.display())));
        }
        if !meta.is_file() {
            return Err(Error::new(
                Code::NotADatabase,
                format!(
                    "{} is not a regular file (a pipe, a socket or a device); it was left untouched",
                    path.display()
                ),
            )
            .with_hint("point --db (or SITECTL_DB) at a database file"));
        }
        let mut head = [0u8; 16];
        let read_head = |file: &mut fs::File| -> std::io::Result<usize> {
            let mut read = 0;
            while read < head.len() {
                match file.read(&mut head[read..])? {
                    0 => break,
                    n => read += n,
                }
            }
            Ok(read)
        };
        // A file SQLite has open in this process passed this check when it was opened.
        let read = match plain_open(path, fs::OpenOptions::new().read(true), read_head) {
            None | Some(Err(_)) => return Ok(()),
            Some(Ok(read)) => read?,
        };
        // An empty file is what a fresh database looks like before its first page is written.
        if read == 0 || (read == 16 && &head == SQLITE_MAGIC) {
            return Ok(());
        }
        Err(Error::new(
            Code::NotADatabase,
            format!("{} is not an SQLite database; it was left untouched", path.display()),
        )
        .with_hint("point --db (or SITECTL_DB) at a sitectl database, or move the file away"))
    }

    /// SQLite says only "unable to open database file"; say why when the file system can tell.
    fn explain_open_failure(path: &Path, e: rusqlite::Error) -> Error {
        let probe = plain_open(path, fs::OpenOptions::new().write(true), |_| ()).and_then(Result::err);
        match probe {
            Some(io) if matches!(io.kind(), std::io::ErrorKind::ReadOnlyFilesystem | std::io::ErrorKind::PermissionDenied) => {
                Error::new(Code::DatabaseReadOnly, format!("the database {} (or its folder) is read-only: {io}; nothing was changed", path.display()),
                )
                .with_hint("check the permissions of the file and its folder, and whether the file system is mounted read-only")
                .with_cause(&e)
            }
            _ => damaged(path, &e),
        }
    }

    /// Creates the missing database file `path` (empty, owner-only, with the folders that do
    /// not exist yet) and returns what this call made, so a caller whose work then fails can take
    /// it back. Only what this call itself created is listed: a folder or file that appears
    /// meanwhile (another process's `db init`) is never the caller's to remove. `None` when
    /// something is at `path` already.
    pub fn create_at(location: &Location) -> Result<Option<Creation>> {
        let Location::File(path) = location else { return Ok(None) };
        if path.symlink_metadata().is_ok() {
            return Ok(None);
        }
        let Some(name) = path.file_name().map(std::ffi::OsStr::to_os_string) else { return Ok(None) };
        let missing: Vec<PathBuf> = path
            .ancestors()
            .skip(1)
            .filter(|a| !a.as_os_str().is_empty())
            .take_while(|a| a.symlink_metadata().is_err())
            .map(Path::to_path_buf)
            .collect();
        let mut made = Creation { files: Vec::new(), folders: Vec::new() };
        // Shallowest first; a folder someone else made in the meantime is theirs.
        for folder in missing.iter().rev() {
            match fs::create_dir(folder) {
                Ok(()) => made.folders.insert(0, folder.clone()),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => {
                    made.undo();
                    return Err(Error::new(
                        Code::DatabaseCannotOpen,
                        format!("cannot create the folder {}: {e}", folder.display()),
                    )
                    .with_cause(&e));
                }
            }
        }
        // The journal files SQLite may make next to it, unless they are there already. Named from
        // the file's own bytes: a lossy name could be another file's.
        let journals = ["-wal", "-shm", "-journal"].iter().map(|end| {
            let mut journal = name.clone();
            journal.push(end);
            path.with_file_name(journal)
        });
        let journals: Vec<PathBuf> = journals.filter(|j| j.symlink_metadata().is_err()).collect();
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(path) {
            Ok(_) => {
                made.files.push(path.clone());
                made.files.extend(journals);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => {
                made.undo();
                return Err(Error::new(Code::DatabaseCannotOpen, format!("cannot create {}: {e}", path.display()))
                    .with_cause(&e));
            }
        }
        Ok(Some(made))
    }

    fn create_file(path: &Path) -> Result<()> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::create_dir_all(parent).map_err(|e| {
                Error::new(Code::DatabaseCannotOpen, format!("cannot create the folder {}: {e}", parent.display()))
                    .with_cause(&e)
            })?;
        }
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            // The database holds tenant data; only its owner may read it. SQLite gives the -wal
            // and -shm files the same permissions.
            options.mode(0o600);
        }
        match options.open(path) {
            Ok(_) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
            Err(e) => {
                Err(Error::new(Code::DatabaseCannotOpen, format!("cannot create {}: {e}", path.display()))
                    .with_cause(&e))
            }
        }
    }

    /// Journal mode, pages and the WAL file's size.
    pub(super) fn sqlite_info(&mut self, info: &mut super::DbInfo) -> Result<()> {
        let Conn::Sqlite(conn) = &self.conn else { return Err(Error::internal("not an SQLite store")) };
        let page_size: i64 = conn.pragma_query_value(None, "page_size", |r| r.get(0))?;
        let page_count: i64 = conn.pragma_query_value(None, "page_count", |r| r.get(0))?;
        info.journal_mode = Some(conn.pragma_query_value(None, "journal_mode", |r| r.get(0))?);
        info.page_size = Some(page_size);
        info.page_count = Some(page_count);
        info.size_bytes = page_size * page_count;
        info.wal_bytes = Some(
            self.path().and_then(|p| fs::metadata(format!("{}-wal", p.display())).ok()).map_or(0, |m| m.len() as i64),
        );
        Ok(())
    }
}

fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.set_prepared_statement_cache_capacity(128);
    Ok(())
}

/// What creating an SQLite file made: see [`Store::create_at`].
#[derive(Debug)]
pub struct Creation {
    files: Vec<std::path::PathBuf>,
    /// Deepest first.
    folders: Vec<std::path::PathBuf>,
}

impl Creation {
    /// Removes what was created (the store on it must be closed). Best effort: a folder that
    /// is no longer empty is left, as is anything that cannot be removed.
    pub fn undo(self) {
        for f in &self.files {
            let _ = fs::remove_file(f);
        }
        for d in &self.folders {
            let _ = fs::remove_dir(d);
        }
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use std::os::unix::fs::MetadataExt;
    use std::time::Duration;

    use super::*;
    use crate::store::OpenOptions;

    /// The POSIX locks this process holds on the file at `path`, as the kernel lists them:
    /// (read or write, first byte), sorted.
    fn my_locks(path: &Path) -> Vec<(String, u64)> {
        let ino = fs::metadata(path).unwrap().ino().to_string();
        let me = std::process::id().to_string();
        let mut locks: Vec<(String, u64)> = fs::read_to_string("/proc/locks")
            .unwrap()
            .lines()
            .filter_map(|line| {
                // "1: POSIX  ADVISORY  READ 1234 08:01:5678 1073741826 1073742335"; a waiter has "->".
                let f: Vec<&str> = line.split_whitespace().filter(|w| *w != "->").collect();
                let ours = f.get(1) == Some(&"POSIX") && f.get(4) == Some(&me.as_str());
                let this_file = f.get(5).and_then(|id| id.rsplit(':').next()) == Some(ino.as_str());
                (ours && this_file).then(|| (f[3].to_string(), f[6].parse().unwrap()))
            })
            .collect();
        locks.sort();
        locks
    }

    /// Opening the database again (a worker's own connection) leaves the locks of the
    /// connections already open as they were: the lock that tells other processes this one
    /// still uses the WAL is not dropped by the checks a second open makes.
    #[test]
    fn opening_the_database_again_keeps_the_open_connections_locks() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("locks.db");
        let location = Location::File(path.clone());
        let existing = OpenOptions::existing(Duration::from_secs(1));
        let mut first = Store::open(&location, OpenOptions { create: true, ..existing.clone() }).unwrap();
        first.read(|tx| tx.value::<i64>("SELECT count(*) FROM accounts", crate::store::sql::params![])).unwrap();
        let held = my_locks(&path);
        assert!(held.iter().any(|(kind, _)| kind == "READ"), "a connection in WAL mode holds a shared lock: {held:?}");
        let mut second = Store::open(&location, existing.clone()).unwrap();
        assert_eq!(my_locks(&path), held, "a second open dropped the first connection's locks");
        second.read(|tx| tx.value::<i64>("SELECT count(*) FROM accounts", crate::store::sql::params![])).unwrap();
        // Asked what it is by path (a dry run of `db init`), the open file is not touched either.
        assert_eq!(Store::schema_version_at(&location, &existing).unwrap(), Some(crate::store::SCHEMA_VERSION));
        assert_eq!(my_locks(&path), held);
        drop(first);
        drop(second);
    }
}
