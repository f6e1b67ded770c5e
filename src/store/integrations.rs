//! WordPress integrations, the sync log, and the site API key column.

use std::collections::BTreeMap;

use super::sql::{params, Row};

use super::{all, one, parsed, Tx};
use crate::domain::{
    ConnectionStatus, EventKind, EventStatus, Integration, IntegrationConfig, SyncEvent, SyncStatus, WpMode,
};
use crate::error::Result;

const SELECT: &str =
    "SELECT i.id, i.site_id, a.slug || '/' || s.slug, i.platform, i.external_site_url, i.rest_root, i.mode,
        i.username, i.credentials, i.is_active, i.connection_status, i.sync_enabled, i.sync_status, i.last_sync_at,
        i.sync_error, i.config, i.created_at, i.updated_at, i.account_id, i.content_cursor, i.generation
    FROM integrations i JOIN sites s ON s.id = i.site_id JOIN accounts a ON a.id = s.account_id";

fn json_col<T: serde::de::DeserializeOwned>(r: &Row<'_>, idx: usize) -> Result<T> {
    r.json(idx)
}

fn row(r: &Row<'_>) -> Result<Integration> {
    let credentials: Option<Vec<u8>> = r.get(8)?;
    Ok(Integration {
        id: r.get(0)?,
        site_id: r.get(1)?,
        site: r.get(2)?,
        platform: r.get(3)?,
        external_site_url: r.get(4)?,
        rest_root: r.get(5)?,
        mode: parsed(r, 6)?,
        username: r.get(7)?,
        has_credentials: credentials.is_some(),
        credentials,
        is_active: r.get(9)?,
        connection_status: parsed(r, 10)?,
        sync_enabled: r.get(11)?,
        sync_status: parsed(r, 12)?,
        last_sync_at: r.get(13)?,
        sync_error: r.get(14)?,
        config: json_col(r, 15)?,
        created_at: r.get(16)?,
        updated_at: r.get(17)?,
        account_id: r.get(18)?,
        content_cursor: json_col(r, 19)?,
        generation: r.get(20)?,
    })
}

/// What `wp connect` stores.
#[derive(Debug, Clone)]
pub struct IntegrationFields<'a> {
    pub external_site_url: &'a str,
    pub rest_root: &'a str,
    pub mode: WpMode,
    pub username: Option<&'a str>,
    pub credentials: Option<&'a [u8]>,
    pub config: &'a IntegrationConfig,
    pub connection_status: ConnectionStatus,
    pub content_cursor: &'a BTreeMap<String, String>,
    /// The connection's generation (the use case bumps it on every connect).
    pub generation: i64,
}

/// Counts written when a sync event ends.
#[derive(Debug, Clone, Default)]
pub struct EventOutcome<'a> {
    pub succeeded: bool,
    pub created: i64,
    pub updated: i64,
    pub deleted: i64,
    pub unchanged: i64,
    pub requests: i64,
    pub error: Option<&'a str>,
}

const EVENT_COLUMNS: &str =
    "id, site_id, kind, status, created, updated, deleted, unchanged, requests, error, started_at, finished_at";

fn event_row(r: &Row<'_>) -> Result<SyncEvent> {
    event_row_at(r, 0)
}

fn event_row_at(r: &Row<'_>, b: usize) -> Result<SyncEvent> {
    Ok(SyncEvent {
        id: r.get(b)?,
        site_id: r.get(b + 1)?,
        kind: parsed(r, b + 2)?,
        status: parsed(r, b + 3)?,
        created: r.get(b + 4)?,
        updated: r.get(b + 5)?,
        deleted: r.get(b + 6)?,
        unchanged: r.get(b + 7)?,
        requests: r.get(b + 8)?,
        error: r.get(b + 9)?,
        started_at: r.get(b + 10)?,
        finished_at: r.get(b + 11)?,
    })
}

impl Tx<'_> {
    pub fn integration(&self, site_id: i64) -> Result<Option<Integration>> {
        one(self.conn(), &format!("{SELECT} WHERE i.site_id = ?1 AND i.platform = 'wordpress'"), params![site_id], row)
    }

    /// Creates or replaces the site's integration with exactly these values (the use case
    /// decides them); the sync state starts over.
    pub fn upsert_integration(&self, site_id: i64, account_id: i64, f: &IntegrationFields<'_>) -> Result<()> {
        self.insert(
            "INSERT INTO integrations (account_id, site_id, platform, external_site_url, rest_root, mode, username, credentials,
                 is_active, connection_status, sync_status, sync_error, config, content_cursor, generation, created_at, updated_at)
             VALUES (?1, ?2, 'wordpress', ?3, ?4, ?5, ?6, ?7, 1, ?8, 'idle', NULL, ?9, ?10, ?11, ?12, ?12)
             ON CONFLICT (site_id, platform) DO UPDATE SET
                 external_site_url = excluded.external_site_url, rest_root = excluded.rest_root, mode = excluded.mode,
                 username = excluded.username, credentials = excluded.credentials, is_active = 1,
                 connection_status = excluded.connection_status, sync_error = NULL, config = excluded.config,
                 content_cursor = excluded.content_cursor, generation = excluded.generation,
                 updated_at = excluded.updated_at",
            params![
                account_id,
                site_id,
                f.external_site_url,
                f.rest_root,
                f.mode.as_str(),
                f.username,
                f.credentials,
                f.connection_status.as_str(),
                serde_json::to_string(f.config)?,
                serde_json::to_string(f.content_cursor)?,
                f.generation,
                self.now()
            ],
        )?;
        Ok(())
    }

    pub fn set_connection_status(&self, id: i64, status: ConnectionStatus, error: Option<&str>) -> Result<()> {
        self.exec(
            "UPDATE integrations SET connection_status = ?2, sync_error = coalesce(?3, sync_error), updated_at = ?4 WHERE id = ?1",
            params![id, status.as_str(), error, self.now()],
        )?;
        Ok(())
    }

    /// Records how a sync ended: `completed` (with the time) or `error` (with the message).
    pub fn set_sync_state(&self, id: i64, status: SyncStatus, error: Option<&str>) -> Result<()> {
        let completed = status == SyncStatus::Completed;
        self.exec(
            "UPDATE integrations SET sync_status = ?2, sync_error = ?3,
                 last_sync_at = CASE WHEN ?4 THEN ?5 ELSE last_sync_at END, updated_at = ?5
             WHERE id = ?1",
            params![id, status.as_str(), error, completed, self.now()],
        )?;
        Ok(())
    }

    /// Ends a sync that was cut short (Ctrl-C, a signal): its open events fail and the
    /// integration leaves `syncing`. Rows another run already finished are left alone.
    pub fn abandon_sync(&self, integration_id: i64, events: &[i64], message: &str) -> Result<()> {
        for id in events {
            self.exec(
                "UPDATE sync_events SET status = 'failed', error = ?2, finished_at = ?3 WHERE id = ?1 AND status = 'started'",
                params![id, message, self.now()],
            )?;
        }
        self.exec(
            "UPDATE integrations SET sync_status = 'error', sync_error = ?2, updated_at = ?3
             WHERE id = ?1 AND sync_status = 'syncing'",
            params![integration_id, message, self.now()],
        )?;
        Ok(())
    }

    pub fn set_integration_config(&self, id: i64, config: &IntegrationConfig) -> Result<()> {
        self.exec(
            "UPDATE integrations SET config = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, serde_json::to_string(config)?, self.now()],
        )?;
        Ok(())
    }

    pub fn set_content_cursor(&self, id: i64, cursor: &BTreeMap<String, String>) -> Result<()> {
        let text = serde_json::to_string(cursor)?;
        self.exec("UPDATE integrations SET content_cursor = ?2 WHERE id = ?1", params![id, text])?;
        Ok(())
    }

    /// Deactivates an integration and erases its credentials.
    pub fn disconnect_integration(&self, id: i64) -> Result<()> {
        self.exec(
            "UPDATE integrations SET is_active = 0, connection_status = 'disconnected', credentials = NULL,
                 username = NULL, updated_at = ?2 WHERE id = ?1",
            params![id, self.now()],
        )?;
        Ok(())
    }

    pub fn insert_event(&self, site_id: i64, integration_id: Option<i64>, kind: EventKind) -> Result<i64> {
        self.insert(
            "INSERT INTO sync_events (site_id, integration_id, kind, status, started_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![site_id, integration_id, kind.as_str(), EventStatus::Started.as_str(), self.now()],
        )
    }

    pub fn finish_event(&self, id: i64, o: &EventOutcome<'_>) -> Result<()> {
        self.exec(
            "UPDATE sync_events SET status = ?2, created = ?3, updated = ?4, deleted = ?5, unchanged = ?6, requests = ?7,
                 error = ?8, finished_at = ?9 WHERE id = ?1",
            params![
                id,
                if o.succeeded { EventStatus::Succeeded } else { EventStatus::Failed }.as_str(),
                o.created,
                o.updated,
                o.deleted,
                o.unchanged,
                o.requests,
                o.error,
                self.now()
            ],
        )?;
        Ok(())
    }

    /// The site's events, newest last; with a limit, the newest `limit`.
    pub fn events(&self, site_id: i64, limit: Option<i64>) -> Result<Vec<SyncEvent>> {
        let mut rows = all(
            self.conn(),
            "SELECT id, site_id, kind, status, created, updated, deleted, unchanged, requests, error, started_at, finished_at
             FROM sync_events WHERE site_id = ?1 ORDER BY id DESC LIMIT ?2",
            params![site_id, limit.unwrap_or(i64::MAX)],
            event_row,
        )?;
        rows.reverse();
        Ok(rows)
    }

    /// Streams a site's sync events in id order: those above `after`, the newest `newest` of them.
    pub fn each_event(
        &self,
        site_id: i64,
        newest: Option<i64>,
        after: Option<i64>,
        mut each: impl FnMut(SyncEvent) -> Result<super::sql::Flow>,
    ) -> Result<()> {
        let mut w = super::sql::Where::default();
        w.arg("site_id = ?", site_id);
        if let Some(after) = after {
            w.arg("id > ?", after);
        }
        let columns =
            "id, site_id, kind, status, created, updated, deleted, unchanged, requests, error, started_at, finished_at";
        let sql = match newest {
            Some(n) => format!(
                "SELECT {columns} FROM (SELECT {columns} FROM sync_events{} ORDER BY id DESC LIMIT {}) newest ORDER BY id",
                w.sql(),
                n.max(0)
            ),
            None => format!("SELECT {columns} FROM sync_events{} ORDER BY id", w.sql()),
        };
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| each(event_row(r)?))
    }

    /// For `wp events --follow`: the events with ids in `ranges` (see
    /// [`Tx::each_tail_row`]); `each` sees every id, and the event only when it is the site's.
    pub fn each_event_tail(
        &self,
        site_id: i64,
        ranges: &[(i64, i64)],
        limit: i64,
        each: impl FnMut(i64, Option<SyncEvent>) -> Result<super::sql::Flow>,
    ) -> Result<()> {
        let mut filter = super::sql::Where::default();
        filter.arg("site_id = ?", site_id);
        let tail = super::tail::Tail { table: "sync_events", columns: EVENT_COLUMNS, filter: &filter };
        self.each_tail_row(&tail, ranges, limit, |r| event_row_at(r, 2), each)
    }

    /// The sealed site API key, if any.
    pub fn site_api_key(&self, site_id: i64) -> Result<Option<Vec<u8>>> {
        Ok(one(self.conn(), "SELECT wp_api_key FROM sites WHERE id = ?1", params![site_id], |r| {
            r.get::<Option<Vec<u8>>>(0)
        })?
        .flatten())
    }

    pub fn set_site_api_key(&self, site_id: i64, sealed: Option<&[u8]>) -> Result<()> {
        self.exec(
            "UPDATE sites SET wp_api_key = ?2, updated_at = ?3 WHERE id = ?1",
            params![site_id, sealed, self.now()],
        )?;
        Ok(())
    }
}
