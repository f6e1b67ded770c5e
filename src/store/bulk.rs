//! Bulk paths: whole-table reads and writes for `db copy`, and the multi-row inserts of `seed
//! generate`. Rows move as engine-neutral values, in chunks (so memory does not grow with the
//! table) and in multi-row INSERTs (so a row is not a round trip to a server).

use std::collections::HashMap;

use super::sql::{params, Arg, Engine, Row, Value};
use super::{SiteFields, Tx, ID_TABLES};
use crate::domain::{AccountStatus, Email, Role, Slug};
use crate::error::Result;

/// A sector row for [`Tx::insert_sectors`].
pub struct NewSector<'a> {
    pub account_id: i64,
    pub site_id: i64,
    pub template_id: i64,
    pub name: &'a str,
    pub slug: &'a str,
}

/// Returned (key text, id) rows as a map.
fn keyed(rows: Vec<Vec<Value>>) -> Result<HashMap<String, i64>> {
    rows.into_iter()
        .map(|r| match &r[..] {
            [Value::Text(k), Value::Int(id)] => Ok((k.clone(), *id)),
            _ => Err(crate::error::Error::internal("unexpected RETURNING row")),
        })
        .collect()
}

/// Every table `db copy` moves, parents before children; `meta` has no id.
pub const COPIED_TABLES: &[&str] = ID_TABLES;

/// Rows per read and per INSERT (well under both engines' parameter limits).
const CHUNK: i64 = 500;

/// Rows one bulk insert adds before PostgreSQL's statistics of the table are refreshed.
const ANALYZE_AFTER: usize = 1000;

impl Tx<'_> {
    /// The table's column names, in table order.
    pub fn table_columns(&self, table: &str) -> Result<Vec<String>> {
        match self.engine() {
            Engine::Sqlite => {
                self.conn().all("SELECT name FROM pragma_table_info(?1) ORDER BY cid", params![table], |r| r.get(0))
            }
            Engine::Postgres => self.conn().all(
                "SELECT column_name::text FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = ?1 ORDER BY ordinal_position",
                params![table],
                |r| r.get(0),
            ),
        }
    }

    /// Rows whose id is above `after`, in id order, at most one chunk.
    pub fn rows_after(&self, table: &str, columns: &[String], after: i64) -> Result<Vec<Vec<Value>>> {
        let sql = format!("SELECT {} FROM {table} WHERE id > ?1 ORDER BY id LIMIT {CHUNK}", columns.join(", "));
        self.conn().all(&sql, params![after], |r| (0..columns.len()).map(|i| r.get::<Value>(i)).collect())
    }

    /// Streams every row of `table` to `each`, chunk by chunk.
    pub fn each_chunk(
        &self,
        table: &str,
        columns: &[String],
        mut each: impl FnMut(&[Vec<Value>]) -> Result<()>,
    ) -> Result<()> {
        let id_at = columns.iter().position(|c| c == "id").ok_or_else(|| crate::error::Error::internal("no id"))?;
        let mut after = i64::MIN;
        loop {
            let rows = self.rows_after(table, columns, after)?;
            let Some(last) = rows.last() else { return Ok(()) };
            after = match last[id_at] {
                Value::Int(i) => i,
                _ => return Err(crate::error::Error::internal("non-integer id")),
            };
            each(&rows)?;
            if (rows.len() as i64) < CHUNK {
                return Ok(());
            }
        }
    }

    /// Inserts rows (with their ids, or without), in multi-row statements.
    pub fn insert_rows<C: AsRef<str>>(&self, table: &str, columns: &[C], rows: &[Vec<Value>]) -> Result<()> {
        // Rows a database holds from before NUL was refused cannot be written: the statement
        // layer would refuse them without saying where they are, so say which row and column.
        for row in rows {
            for (column, value) in columns.iter().zip(row) {
                let Value::Text(text) = value else { continue };
                if text.contains('\0') {
                    let id = columns.iter().position(|c| c.as_ref() == "id").and_then(|i| row.get(i));
                    let row_name = match id {
                        Some(Value::Int(id)) => format!("the row with id {id}"),
                        _ => "a row".to_string(),
                    };
                    let what = format!("column {} of {row_name} in table {table}", column.as_ref());
                    return crate::domain::check_storable(&what, text).map_err(|e| {
                        e.with_hint("remove the NUL from that row in the source database, then copy again")
                    });
                }
            }
        }
        self.insert_many(table, columns, rows, &[]).map(drop)
    }

    /// Inserts rows in multi-row statements; returns the `returning` columns of every new row
    /// (in no promised order: callers match them by a key they returned).
    fn insert_many<C: AsRef<str>>(
        &self,
        table: &str,
        columns: &[C],
        rows: &[Vec<Value>],
        returning: &[&str],
    ) -> Result<Vec<Vec<Value>>> {
        let columns: Vec<&str> = columns.iter().map(AsRef::as_ref).collect();
        let mut out = Vec::new();
        for chunk in rows.chunks(CHUNK as usize) {
            let mut sql = format!("INSERT INTO {table} ({}) VALUES ", columns.join(", "));
            let mut n = 0;
            for (i, _) in chunk.iter().enumerate() {
                if i > 0 {
                    sql.push_str(", ");
                }
                sql.push('(');
                for c in 0..columns.len() {
                    n += 1;
                    sql.push_str(if c == 0 { "" } else { ", " });
                    sql.push_str(&format!("?{n}"));
                }
                sql.push(')');
            }
            let args: Vec<&dyn Arg> = chunk.iter().flatten().map(|v| v as &dyn Arg).collect();
            if returning.is_empty() {
                self.exec(&sql, &args)?;
            } else {
                sql.push_str(&format!(" RETURNING {}", returning.join(", ")));
                out.extend(
                    self.conn().all(&sql, &args, |r| (0..returning.len()).map(|i| r.get::<Value>(i)).collect())?,
                );
            }
        }
        self.note_growth(table, rows.len())?;
        Ok(out)
    }

    /// PostgreSQL plans by statistics, which know nothing of rows this transaction added: a table
    /// grown from empty by thousands of rows would be read as if it were empty (a scan per
    /// lookup, quadratic over a big seed). So a table that has grown by [`ANALYZE_AFTER`] rows,
    /// then by as much again as it had, is analysed (which sees the transaction's own rows)
    /// before the next bulk read: a few times per transaction however big, and never for a
    /// transaction that only writes. SQLite plans by its indexes without statistics.
    fn note_growth(&self, table: &str, rows: usize) -> Result<()> {
        if self.engine() == Engine::Postgres {
            let mut grown = self.grown.borrow_mut();
            let (total, next, due) = grown.entry(table.to_string()).or_insert((0, ANALYZE_AFTER, false));
            *total += rows;
            if *total >= *next {
                *next = *total * 2;
                *due = true;
            }
        }
        Ok(())
    }

    /// Analyses the tables whose growth makes it due (see [`Tx::note_growth`]).
    fn refresh_statistics(&self) -> Result<()> {
        let due: Vec<String> = self
            .grown
            .borrow_mut()
            .iter_mut()
            .filter(|(_, (_, _, due))| *due)
            .map(|(table, (_, _, due))| {
                *due = false;
                table.clone()
            })
            .collect();
        for table in due {
            self.exec(&format!("ANALYZE {table}"), params![])?;
        }
        Ok(())
    }

    /// Which of these account slugs are taken.
    pub fn taken_account_slugs(&self, slugs: &[Slug]) -> Result<Vec<String>> {
        let keys: Vec<&str> = slugs.iter().map(Slug::as_str).collect();
        self.all_in("SELECT slug FROM accounts WHERE slug IN ({in})", &keys, |r| r.get(0))
    }

    /// Which of these emails are taken.
    pub fn taken_emails(&self, emails: &[Email]) -> Result<Vec<String>> {
        let keys: Vec<&str> = emails.iter().map(Email::as_str).collect();
        self.all_in("SELECT email FROM users WHERE email IN ({in})", &keys, |r| r.get(0))
    }

    /// Runs `sql` once per chunk of `keys`, with `{in}` replaced by that chunk's parameters, and
    /// collects every row: a lookup of thousands of keys in a few statements, not one per key.
    pub(crate) fn all_in<K: Clone + Into<Value>, T>(
        &self,
        sql: &str,
        keys: &[K],
        mut map: impl FnMut(&Row<'_>) -> Result<T>,
    ) -> Result<Vec<T>> {
        self.refresh_statistics()?;
        let mut out = Vec::new();
        for chunk in keys.chunks(CHUNK as usize) {
            let values: Vec<Value> = chunk.iter().cloned().map(Into::into).collect();
            let marks = vec!["?"; chunk.len()].join(", ");
            out.extend(self.conn().all(&sql.replace("{in}", &marks), &super::sql::dynamic(&values), &mut map)?);
        }
        Ok(out)
    }

    /// New accounts, by slug.
    pub fn insert_accounts(&self, rows: &[(Slug, String, AccountStatus, i64)]) -> Result<HashMap<String, i64>> {
        let now = Value::Text(self.now().to_string());
        let values: Vec<Vec<Value>> = rows
            .iter()
            .map(|(slug, name, status, plan)| {
                vec![
                    slug.as_str().into(),
                    name.as_str().into(),
                    status.as_str().into(),
                    Value::Int(*plan),
                    now.clone(),
                    now.clone(),
                ]
            })
            .collect();
        let cols = ["slug", "name", "status", "plan_id", "created_at", "updated_at"];
        let ids = keyed(self.insert_many("accounts", &cols, &values, &["slug", "id"])?)?;
        self.created_accounts(&ids.values().copied().collect::<Vec<_>>());
        Ok(ids)
    }

    /// New users, by email.
    pub fn insert_users(&self, rows: &[(Email, String, Role, i64)]) -> Result<HashMap<String, i64>> {
        let now = Value::Text(self.now().to_string());
        let values: Vec<Vec<Value>> = rows
            .iter()
            .map(|(email, name, role, account)| {
                vec![
                    email.as_str().into(),
                    name.as_str().into(),
                    role.as_str().into(),
                    Value::Int(*account),
                    now.clone(),
                    now.clone(),
                ]
            })
            .collect();
        let cols = ["email", "name", "role", "account_id", "created_at", "updated_at"];
        keyed(self.insert_many("users", &cols, &values, &["email", "id"])?)
    }

    /// Makes each of these accounts' owner its user with the owner role.
    pub fn set_owners_from_roles(&self, account_ids: &[i64]) -> Result<()> {
        for chunk in account_ids.chunks(CHUNK as usize) {
            let marks = vec!["?"; chunk.len()].join(", ");
            let args: Vec<&dyn Arg> = chunk.iter().map(|v| v as &dyn Arg).collect();
            self.exec(
                &format!(
                    "UPDATE accounts SET owner_id = (SELECT u.id FROM users u WHERE u.account_id = accounts.id AND u.role = 'owner')
                     WHERE id IN ({marks})"
                ),
                &args,
            )?;
        }
        Ok(())
    }

    /// New sites, by "account_id/slug".
    pub fn insert_sites(&self, rows: &[(i64, SiteFields)]) -> Result<HashMap<String, i64>> {
        let now = Value::Text(self.now().to_string());
        let text = |s: &Option<String>| s.clone().map_or(Value::Null, Value::Text);
        let values: Vec<Vec<Value>> = rows
            .iter()
            .map(|(account, f)| {
                vec![
                    Value::Int(*account),
                    f.name.as_str().into(),
                    f.slug.as_str().into(),
                    text(&f.domain),
                    f.industry_id.map_or(Value::Null, Value::Int),
                    f.hosting_type.as_str().into(),
                    f.site_type.as_str().into(),
                    f.status.as_str().into(),
                    Value::Int(i64::from(f.is_active)),
                    text(&f.seo_title),
                    text(&f.seo_description),
                    text(&f.seo_keywords),
                    text(&f.og_image_url),
                    now.clone(),
                    now.clone(),
                ]
            })
            .collect();
        let cols = [
            "account_id",
            "name",
            "slug",
            "domain",
            "industry_id",
            "hosting_type",
            "site_type",
            "status",
            "is_active",
            "seo_title",
            "seo_description",
            "seo_keywords",
            "og_image_url",
            "created_at",
            "updated_at",
        ];
        let returned = self.insert_many("sites", &cols, &values, &["account_id", "slug", "id"])?;
        returned
            .into_iter()
            .map(|r| match &r[..] {
                [Value::Int(a), Value::Text(s), Value::Int(id)] => Ok((format!("{a}/{s}"), *id)),
                _ => Err(crate::error::Error::internal("unexpected RETURNING row")),
            })
            .collect()
    }

    /// New active sectors.
    pub fn insert_sectors(&self, rows: &[NewSector<'_>]) -> Result<()> {
        let now = Value::Text(self.now().to_string());
        let values: Vec<Vec<Value>> = rows
            .iter()
            .map(|s| {
                vec![
                    Value::Int(s.account_id),
                    Value::Int(s.site_id),
                    Value::Int(s.template_id),
                    s.name.into(),
                    s.slug.into(),
                    Value::Int(1),
                    now.clone(),
                    now.clone(),
                ]
            })
            .collect();
        let cols =
            ["account_id", "site_id", "industry_sector_id", "name", "slug", "is_active", "created_at", "updated_at"];
        self.insert_many("sectors", &cols, &values, &[]).map(drop)
    }

    /// New grants (user, site); none of them may exist yet.
    pub fn insert_grants(&self, rows: &[(i64, i64)], granted_by: &str) -> Result<()> {
        let now = Value::Text(self.now().to_string());
        let values: Vec<Vec<Value>> =
            rows.iter().map(|(u, s)| vec![Value::Int(*u), Value::Int(*s), granted_by.into(), now.clone()]).collect();
        self.insert_many("site_access", &["user_id", "site_id", "granted_by", "created_at"], &values, &[]).map(drop)
    }

    /// The `meta` rows.
    pub fn meta_rows(&self) -> Result<Vec<(String, String)>> {
        self.conn().all("SELECT key, value FROM meta ORDER BY key", params![], |r| Ok((r.get(0)?, r.get(1)?)))
    }

    /// How many rows the tenant tables hold (plans, accounts, users, sites, grants, audit,
    /// WordPress): zero on a database that `db init` just made, whose only rows are the
    /// embedded industry taxonomy.
    /// PostgreSQL: this connection's server session (process id and start time), which another
    /// connection can look for with [`Tx::sees_session`]. `None` on SQLite, whose files are
    /// compared by the file system instead.
    pub fn session_mark(&self) -> Result<Option<(i64, String)>> {
        if self.engine() == Engine::Sqlite {
            return Ok(None);
        }
        self.conn().one(
            "SELECT pg_backend_pid()::bigint, backend_start::text FROM pg_stat_activity WHERE pid = pg_backend_pid()",
            params![],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// Whether the session `mark` is connected to this very database (same server, same
    /// database): two URLs spelled differently that lead to one database. A role that may not
    /// see other sessions' start times sees none, so this is false then.
    pub fn sees_session(&self, mark: &(i64, String)) -> Result<bool> {
        if self.engine() == Engine::Sqlite {
            return Ok(false);
        }
        self.value(
            "SELECT EXISTS (SELECT 1 FROM pg_stat_activity
              WHERE pid = ?1 AND backend_start::text = ?2 AND datname = current_database())",
            params![mark.0, mark.1.as_str()],
        )
    }

    pub fn tenant_row_count(&self) -> Result<i64> {
        let mut n = 0;
        for table in COPIED_TABLES.iter().filter(|t| !matches!(**t, "industries" | "industry_sectors")) {
            n += self.value::<i64>(&format!("SELECT count(*) FROM {table}"), params![])?;
        }
        Ok(n)
    }

    /// Deletes every row of every copied table and `meta`, children first.
    pub fn clear_all(&self) -> Result<()> {
        self.exec("UPDATE accounts SET owner_id = NULL", params![])?;
        for table in COPIED_TABLES.iter().rev() {
            self.exec(&format!("DELETE FROM {table}"), params![])?;
        }
        self.exec("DELETE FROM meta", params![])?;
        Ok(())
    }

    pub fn put_meta_rows(&self, rows: &[(String, String)]) -> Result<()> {
        for (k, v) in rows {
            self.set_meta(k, v)?;
        }
        Ok(())
    }

    /// PostgreSQL: moves every id sequence past the largest id (rows were inserted with their
    /// ids). SQLite picks the next rowid from the table itself.
    pub fn reset_sequences(&self) -> Result<()> {
        if self.engine() == Engine::Sqlite {
            return Ok(());
        }
        for table in COPIED_TABLES {
            // setval(seq, max) makes the next id max + 1; an empty table's starts again at 1.
            self.conn().one(
                &format!(
                    "SELECT CASE WHEN m > 0 THEN setval(pg_get_serial_sequence('{table}', 'id'), m)
                                 ELSE setval(pg_get_serial_sequence('{table}', 'id'), 1, false) END
                     FROM (SELECT coalesce(max(id), 0) AS m FROM {table}) t"
                ),
                params![],
                |_| Ok(()),
            )?;
        }
        Ok(())
    }
}
