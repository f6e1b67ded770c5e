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
        let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(|e| Self::explain_open_failure(path, e))?;
        let read = |conn: &Connection| -> rusqlite::Result<(i32, i64, Vec<String>)> {
            let app: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
            let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
            let mut stmt = conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")?;
            let tables = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<String>>>()?;
            Ok((app, version, tables))
        };
        let (app, version, tables) = read(&conn).map_err(|e| Self::explain_open_failure(path, e))?;
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
        let mut store = Store { conn: Conn::Sqlite(conn), location: None, migration: Migration { from: 0, to: 0 } };
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
        let Ok(mut file) = fs::File::open(path) else { return Ok(()) };
        let mut head = [0u8; 16];
        let mut read = 0;
        while read < head.len() {
            match file.read(&mut head[read..])? {
                0 => break,
                n => read += n,
            }
        }
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
        let probe = fs::OpenOptions::new().write(true).open(path).err();
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
