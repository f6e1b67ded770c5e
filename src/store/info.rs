//! What the store can say about itself: `db info`'s report, where it is, and query plans.

use std::path::Path;

use serde::Serialize;

use super::sql::{params, Engine};
use super::{Location, Store, ID_TABLES, SCHEMA_VERSION};
use crate::error::Result;

/// What `db info` reports.
#[derive(Debug, Clone, Serialize)]
pub struct DbInfo {
    pub engine: Engine,
    /// The file (SQLite) or the URL with any password masked (PostgreSQL).
    pub path: String,
    pub schema_version: i64,
    pub latest_schema_version: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub server_version: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub database: Option<String>,
    /// PostgreSQL: the server of the URL's list this session reached.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub host: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub journal_mode: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page_count: Option<i64>,
    pub size_bytes: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wal_bytes: Option<i64>,
    pub counts: serde_json::Map<String, serde_json::Value>,
}

impl Store {
    /// Engine, location, schema, sizes and row counts.
    pub fn info(&mut self) -> Result<DbInfo> {
        let mut counts = serde_json::Map::new();
        let schema_version = self.stored_version()?;
        self.read(|tx| {
            for table in ID_TABLES {
                let n: i64 = tx.value(&format!("SELECT count(*) FROM {table}"), params![])?;
                counts.insert((*table).to_string(), n.into());
            }
            Ok(())
        })?;
        let mut info = DbInfo {
            engine: self.engine(),
            path: self.location.as_ref().map_or_else(|| ":memory:".to_string(), ToString::to_string),
            schema_version,
            latest_schema_version: SCHEMA_VERSION,
            server_version: None,
            database: None,
            host: None,
            journal_mode: None,
            page_size: None,
            page_count: None,
            size_bytes: 0,
            wal_bytes: None,
            counts,
        };
        match self.engine() {
            Engine::Sqlite => self.sqlite_info(&mut info)?,
            Engine::Postgres => self.postgres_info(&mut info)?,
        }
        Ok(info)
    }

    /// The database file (none in memory or on a server).
    pub fn path(&self) -> Option<&Path> {
        self.location.as_ref().and_then(Location::file)
    }

    /// Where this store is.
    pub fn location(&self) -> Option<&Location> {
        self.location.as_ref()
    }

    /// The query plan the engine picks for one of the store's hot queries (for tests and
    /// benchmarks), one line per step. On PostgreSQL sequential scans are discouraged while it
    /// plans, so the plan shows whether an index serves the query however small the tables are.
    pub fn explain(&self, sql: &str) -> Result<Vec<String>> {
        match self.engine() {
            Engine::Sqlite => self.conn.all(&format!("EXPLAIN QUERY PLAN {sql}"), params![], |r| r.get(3)),
            Engine::Postgres => {
                self.conn.batch("SET enable_seqscan = off")?;
                let plan = self.conn.all(&format!("EXPLAIN {sql}"), params![], |r| r.get(0));
                self.conn.batch("RESET enable_seqscan")?;
                plan
            }
        }
    }
}
