//! Reading an append-only table's new rows for a follower (`audit list --follow`, `wp events
//! --follow`): every row in some id ranges, each with whether it matches the follower's filter,
//! so the follower learns which ids exist (and so which are still missing) without being handed
//! rows it may not see.

use super::sql::{Flow, Row, Value, Where};
use super::Tx;
use crate::error::Result;

/// How many id ranges one read covers: a fixed shape, so the statement is prepared once.
pub const TAIL_RANGES: usize = 16;

/// A table a follower reads, with the columns of its rows.
pub struct Tail<'a> {
    pub table: &'static str,
    pub columns: &'static str,
    /// The follower's filter; its parameters are numbered from 1.
    pub filter: &'a Where,
}

impl Tx<'_> {
    /// The rows with ids in `ranges` (inclusive pairs; at most [`TAIL_RANGES`]), by id, at most
    /// `limit`: `each` gets every id, and the row (from the table's columns, after the id and a
    /// match flag) only when it matches the filter.
    pub fn each_tail_row<T>(
        &self,
        tail: &Tail<'_>,
        ranges: &[(i64, i64)],
        limit: i64,
        read: impl Fn(&Row<'_>) -> Result<T>,
        mut each: impl FnMut(i64, Option<T>) -> Result<Flow>,
    ) -> Result<()> {
        let mut args: Vec<Value> = tail.filter.args.clone();
        let mut within = Vec::with_capacity(TAIL_RANGES);
        // Unused slots are empty ranges: the statement's shape never changes.
        for i in 0..TAIL_RANGES {
            let (lo, hi) = ranges.get(i).copied().unwrap_or((1, 0));
            args.push(lo.into());
            args.push(hi.into());
            within.push(format!("id BETWEEN ?{} AND ?{}", args.len() - 1, args.len()));
        }
        let sql = format!(
            "SELECT id, CASE WHEN {} THEN 1 ELSE 0 END, {} FROM {} WHERE {} ORDER BY id LIMIT {}",
            tail.filter.condition(),
            tail.columns,
            tail.table,
            within.join(" OR "),
            limit.max(0)
        );
        self.conn().each(&sql, &super::sql::dynamic(&args), |r| {
            let id: i64 = r.get(0)?;
            let hit: i64 = r.get(1)?;
            each(id, if hit == 1 { Some(read(r)?) } else { None })
        })
    }

    /// The newest `n` ids of `table`, newest first.
    pub fn newest_ids(&self, table: &'static str, n: i64) -> Result<Vec<i64>> {
        self.conn().all(&format!("SELECT id FROM {table} ORDER BY id DESC LIMIT {}", n.max(0)), &[], |r| r.get(0))
    }
}
