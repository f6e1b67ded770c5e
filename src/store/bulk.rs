//! Whole-table reads and writes for `db copy`: rows move as engine-neutral values, in chunks (so
//! memory does not grow with the table) and in multi-row INSERTs (so a row is not a round trip).

use super::sql::{params, Arg, Engine, Value};
use super::{Tx, ID_TABLES};
use crate::error::Result;

/// Every table `db copy` moves, parents before children; `meta` has no id.
pub const COPIED_TABLES: &[&str] = ID_TABLES;

/// Rows per read and per INSERT (well under both engines' parameter limits).
const CHUNK: i64 = 500;

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

    /// Inserts rows with their ids, in multi-row statements.
    pub fn insert_rows(&self, table: &str, columns: &[String], rows: &[Vec<Value>]) -> Result<()> {
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
            self.exec(&sql, &args)?;
        }
        Ok(())
    }

    /// The `meta` rows.
    pub fn meta_rows(&self) -> Result<Vec<(String, String)>> {
        self.conn().all("SELECT key, value FROM meta ORDER BY key", params![], |r| Ok((r.get(0)?, r.get(1)?)))
    }

    /// How many rows the tenant tables hold (plans, accounts, users, sites, grants, audit,
    /// WordPress): zero on a database that `db init` just made, whose only rows are the
    /// embedded industry taxonomy.
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
