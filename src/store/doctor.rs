//! Consistency checks for `db doctor`: what SQLite itself says, and what our rules require of
//! the rows.

use super::sql::params;
use super::{all, Engine, Tx};
use crate::error::Result;

/// A row that breaks a rule, as (subject, detail).
pub type Finding = (String, String);

/// An account's use of its plan, for the doctor.
pub struct AccountLoad {
    pub id: i64,
    pub slug: String,
    pub plan: String,
    pub sites: i64,
    pub max_sites: i64,
    pub users: i64,
    pub max_users: i64,
    pub max_sectors: i64,
}

/// Active sectors of one live site.
pub struct SiteSectors {
    pub account_id: i64,
    pub site_id: i64,
    /// `ACCOUNT/SITE`.
    pub site: String,
    pub sectors: i64,
}

/// An item being published, for the doctor to ask whether its run is alive.
pub struct InFlight {
    pub content_id: i64,
    /// `ACCOUNT/SITE`.
    pub site: String,
    pub claimed_by: Option<String>,
    pub claimed_at: String,
}

impl Tx<'_> {
    /// SQLite's `PRAGMA integrity_check`: `["ok"]` when sound. PostgreSQL checks its own pages
    /// (checksums, WAL); there is nothing comparable to ask it, so it is `["ok"]`.
    pub fn integrity_check(&self) -> Result<Vec<String>> {
        match self.engine() {
            Engine::Sqlite => all(self.conn(), "PRAGMA integrity_check", params![], |r| r.get(0)),
            Engine::Postgres => Ok(vec!["ok".to_string()]),
        }
    }

    /// SQLite's `PRAGMA foreign_key_check`, as (table, rowid, parent). PostgreSQL enforces every
    /// foreign key on every write, so it has none to report.
    pub fn foreign_key_check(&self) -> Result<Vec<(String, Option<i64>, String)>> {
        match self.engine() {
            Engine::Sqlite => {
                all(self.conn(), "PRAGMA foreign_key_check", params![], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            }
            Engine::Postgres => Ok(Vec::new()),
        }
    }

    /// PostgreSQL: identity sequences behind their table's largest id (the next insert would
    /// collide), e.g. after rows were copied in with explicit ids and the sequence was not set;
    /// and the tables whose sequence this role may not read (PostgreSQL then shows its value as
    /// NULL, which must not read as "behind"). SQLite picks rowids from the table itself, so it
    /// has none.
    pub fn sequences_behind(&self) -> Result<(Vec<Finding>, Vec<String>)> {
        let (mut behind, mut unreadable) = (Vec::new(), Vec::new());
        if self.engine() == Engine::Sqlite {
            return Ok((behind, unreadable));
        }
        for table in super::ID_TABLES {
            let (max, last, readable): (i64, Option<i64>, bool) = self
                .conn()
                .one(
                    &format!(
                        "SELECT (SELECT coalesce(max(id), 0) FROM {table}),
                                (SELECT last_value FROM pg_sequences
                                  WHERE schemaname = current_schema()
                                    AND quote_ident(schemaname) || '.' || quote_ident(sequencename)
                                        = pg_get_serial_sequence('{table}', 'id')),
                                coalesce(has_sequence_privilege(pg_get_serial_sequence('{table}', 'id'), 'SELECT, USAGE'), true)"
                    ),
                    params![],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )?
                .unwrap_or((0, None, true));
            if !readable {
                unreadable.push(table.to_string());
                continue;
            }
            // NULL: a sequence never drawn from, as after rows were copied in with their ids.
            let last = last.unwrap_or(0);
            if last < max {
                behind.push((table.to_string(), format!("the id sequence is at {last}, below the largest id {max}")));
            }
        }
        Ok((behind, unreadable))
    }

    /// SQLite: rows holding text with NUL (written before such text was refused), which no
    /// PostgreSQL database can store, so `db copy` there would fail on them: each as
    /// `(table row id, column)`, at most 20 per table. PostgreSQL cannot hold any.
    pub fn text_with_nul(&self) -> Result<Vec<Finding>> {
        let mut out = Vec::new();
        if self.engine() != Engine::Sqlite {
            return Ok(out);
        }
        for table in super::COPIED_TABLES {
            let columns = self.table_columns(table)?;
            // Compared as bytes: SQLite's text functions stop at a NUL. Text values only: a BLOB
            // (a sealed secret) holds any byte and is carried as bytes by `db copy`.
            let found = columns
                .iter()
                .map(|c| {
                    let name = c.replace('"', "\"\"");
                    format!(
                        "SELECT id, '{}' FROM {table} WHERE typeof(\"{name}\") = 'text' \
                         AND instr(CAST(\"{name}\" AS BLOB), x'00') > 0",
                        c.replace('\'', "''")
                    )
                })
                .collect::<Vec<_>>()
                .join(" UNION ALL ");
            let sql = format!("SELECT * FROM ({found}) LIMIT 20");
            let rows: Vec<(i64, String)> = self.conn().all(&sql, params![], |r| Ok((r.get(0)?, r.get(1)?)))?;
            out.extend(rows.into_iter().map(|(id, column)| (format!("{table} row {id}"), column)));
        }
        Ok(out)
    }

    /// Sectors whose account is not their site's account.
    pub fn sectors_of_other_accounts(&self) -> Result<Vec<Finding>> {
        all(
            self.conn(),
            "SELECT a.slug || '/' || s.slug, 'sector ' || x.slug || ' (id ' || x.id || ') belongs to account id ' || x.account_id
             FROM sectors x JOIN sites s ON s.id = x.site_id JOIN accounts a ON a.id = s.account_id
             WHERE x.account_id != s.account_id ORDER BY x.id",
            params![],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// Active sectors of an industry other than their site's.
    pub fn sectors_outside_site_industry(&self) -> Result<Vec<Finding>> {
        all(
            self.conn(),
            "SELECT a.slug || '/' || s.slug, 'active sector ' || x.slug || ' is of industry ' || i.slug || ', the site''s is ' || coalesce(si.slug, 'none')
             FROM sectors x JOIN sites s ON s.id = x.site_id JOIN accounts a ON a.id = s.account_id
             JOIN industry_sectors t ON t.id = x.industry_sector_id JOIN industries i ON i.id = t.industry_id
             LEFT JOIN industries si ON si.id = s.industry_id
             WHERE x.is_active = 1 AND s.deleted_at IS NULL AND (s.industry_id IS NULL OR t.industry_id != s.industry_id)
             ORDER BY x.id",
            params![],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// Active integrations whose mode needs a secret they do not have.
    pub fn integrations_missing_secrets(&self) -> Result<Vec<Finding>> {
        all(
            self.conn(),
            "SELECT a.slug || '/' || s.slug,
                    CASE w.mode WHEN 'bridge' THEN 'bridge mode but the site has no API key'
                                ELSE 'core mode but no Application Password is stored' END
             FROM integrations w JOIN sites s ON s.id = w.site_id JOIN accounts a ON a.id = s.account_id
             WHERE w.is_active = 1 AND s.deleted_at IS NULL
               AND ((w.mode = 'bridge' AND s.wp_api_key IS NULL) OR (w.mode = 'core' AND w.credentials IS NULL))
             ORDER BY s.id",
            params![],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// Content whose account is not its site's, or whose sector is a row of another site.
    pub fn content_outside_its_site(&self) -> Result<Vec<Finding>> {
        all(
            self.conn(),
            "SELECT a.slug || '/' || s.slug,
                    'content ' || c.id || CASE WHEN c.account_id != s.account_id
                        THEN ' belongs to account id ' || c.account_id
                        ELSE ' is filed under sector id ' || c.sector_id || ' of site id ' || x.site_id END
             FROM content_items c JOIN sites s ON s.id = c.site_id JOIN accounts a ON a.id = s.account_id
             JOIN sectors x ON x.id = c.sector_id
             WHERE c.account_id != s.account_id OR x.site_id != c.site_id ORDER BY c.id",
            params![],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// Content being published, with who claimed it and when.
    pub fn content_being_published(&self) -> Result<Vec<InFlight>> {
        all(
            self.conn(),
            "SELECT c.id, a.slug || '/' || s.slug, r.claimed_by, coalesce(r.updated_at, c.updated_at)
             FROM content_items c JOIN sites s ON s.id = c.site_id JOIN accounts a ON a.id = s.account_id
             LEFT JOIN publishing_records r ON r.content_id = c.id
             WHERE c.publish_status = 'publishing' ORDER BY c.id",
            params![],
            |r| Ok(InFlight { content_id: r.get(0)?, site: r.get(1)?, claimed_by: r.get(2)?, claimed_at: r.get(3)? }),
        )
    }

    /// Plan usage of at most `limit` accounts with ids above `after`, in id order: the doctor
    /// reads the accounts a page at a time, whatever their number.
    pub fn account_loads(&self, after: i64, limit: i64) -> Result<Vec<AccountLoad>> {
        all(
            self.conn(),
            "SELECT a.id, a.slug, p.slug,
                    (SELECT count(*) FROM sites s WHERE s.account_id = a.id AND s.deleted_at IS NULL), p.max_sites,
                    (SELECT count(*) FROM users u WHERE u.account_id = a.id), p.max_users, p.max_sectors_per_site
             FROM accounts a JOIN plans p ON p.id = a.plan_id
             WHERE a.id > ?1 ORDER BY a.id LIMIT ?2",
            params![after, limit],
            |r| {
                Ok(AccountLoad {
                    id: r.get(0)?,
                    slug: r.get(1)?,
                    plan: r.get(2)?,
                    sites: r.get(3)?,
                    max_sites: r.get(4)?,
                    users: r.get(5)?,
                    max_users: r.get(6)?,
                    max_sectors: r.get(7)?,
                })
            },
        )
    }

    /// Active sectors per live site of these accounts.
    pub fn site_sector_counts(&self, account_ids: &[i64]) -> Result<Vec<SiteSectors>> {
        self.all_in(
            "SELECT s.account_id, s.id, a.slug || '/' || s.slug,
                    (SELECT count(*) FROM sectors x WHERE x.site_id = s.id AND x.is_active = 1)
             FROM sites s JOIN accounts a ON a.id = s.account_id
             WHERE s.account_id IN ({in}) AND s.deleted_at IS NULL ORDER BY s.id",
            account_ids,
            |r| Ok(SiteSectors { account_id: r.get(0)?, site_id: r.get(1)?, site: r.get(2)?, sectors: r.get(3)? }),
        )
    }
}
