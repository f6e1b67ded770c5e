//! The append-only audit log.

use super::sql::{params, Flow, Row, Value, Where};

use super::Tx;
use crate::domain::{AuditAction, AuditEntry, AuditQuery, AuditTarget};
use crate::error::Result;

/// One audit row to append; `at` is the transaction's time.
#[derive(Debug, Clone)]
pub struct NewAudit<'a> {
    pub os_user: &'a str,
    pub actor: &'a str,
    pub command: &'a str,
    pub target: &'a AuditTarget,
    pub action: AuditAction,
    pub outcome: &'a str,
}

fn row(r: &Row<'_>) -> Result<AuditEntry> {
    row_at(r, 0)
}

fn row_at(r: &Row<'_>, b: usize) -> Result<AuditEntry> {
    Ok(AuditEntry {
        id: r.get(b)?,
        at: r.get(b + 1)?,
        os_user: r.get(b + 2)?,
        actor: r.get(b + 3)?,
        command: r.get(b + 4)?,
        target: r.get(b + 5)?,
        action: r.get(b + 6)?,
        outcome: r.get(b + 7)?,
    })
}

impl Tx<'_> {
    pub fn append_audit(&self, a: &NewAudit<'_>) -> Result<()> {
        let id = self.insert(
            "INSERT INTO audit_log (at, os_user, actor, command, target, action, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![self.now(), a.os_user, a.actor, a.command, a.target.to_string(), a.action.as_str(), a.outcome],
        )?;
        for word in a.target.words() {
            self.exec("INSERT INTO audit_targets (audit_id, word) VALUES (?1, ?2)", params![id, word])?;
        }
        Ok(())
    }

    /// Matching rows streamed oldest first; with a limit, the newest `limit` of them.
    pub fn each_audit(&self, f: &AuditQuery, mut each: impl FnMut(AuditEntry) -> Result<Flow>) -> Result<()> {
        let (sql, args) = audit_list_sql(f);
        self.conn().each(&sql, &super::sql::dynamic(&args), |r| each(row(r)?))
    }
}

impl Tx<'_> {
    /// For `audit list --follow`: the rows with ids in `ranges` (see [`Tx::each_tail_row`]);
    /// `each` sees every id, and the row only when it matches the filter (`since`, `target`,
    /// `actor`; not `limit` or `after`, which only shape the rows printed first).
    pub fn each_audit_tail(
        &self,
        f: &AuditQuery,
        ranges: &[(i64, i64)],
        limit: i64,
        each: impl FnMut(i64, Option<AuditEntry>) -> Result<Flow>,
    ) -> Result<()> {
        let filter = audit_filter(f);
        let tail = super::tail::Tail { table: "audit_log", columns: AUDIT_COLUMNS, filter: &filter };
        self.each_tail_row(&tail, ranges, limit, |r| row_at(r, 2), each)
    }
}

const AUDIT_COLUMNS: &str = "id, at, os_user, actor, command, target, action, outcome";

/// The filters of `audit list` that select rows (`since`, `target`, `actor`).
fn audit_filter(f: &AuditQuery) -> Where {
    let mut w = Where::default();
    if let Some(since) = &f.since {
        w.arg("at >= ?", since.as_str());
    }
    if let Some(target) = &f.target {
        // A prefix of any word of the target, as a range the word index serves (byte order on
        // both engines).
        w.arg2(
            "id IN (SELECT audit_id FROM audit_targets WHERE word >= ? AND word < ?)",
            target.as_str(),
            format!("{target}\u{10FFFF}"),
        );
    }
    if let Some(actor) = &f.actor {
        w.arg("lower(actor) = lower(CAST(? AS TEXT))", actor.as_str());
    }
    w
}

/// The query of `audit list`. Kept apart so tests can check its plan: every filter has an
/// index (`at`, `target` as a prefix range, `lower(actor)`).
pub fn audit_list_sql(f: &AuditQuery) -> (String, Vec<Value>) {
    let mut w = audit_filter(f);
    if let Some(after) = f.after {
        w.arg("id > ?", after);
    }
    let columns = AUDIT_COLUMNS;
    // With a filter, `+id` (the same order) keeps SQLite from walking the whole log in id order
    // to spare a sort: the filter's index finds the rows, and only they are sorted.
    let id = if f.since.is_some() || f.target.is_some() || f.actor.is_some() { "+id" } else { "id" };
    let sql = match f.limit {
        // The newest rows, handed out oldest first.
        Some(n) => format!(
            "SELECT {columns} FROM (SELECT {columns} FROM audit_log{} ORDER BY {id} DESC LIMIT {}) newest ORDER BY id",
            w.sql(),
            n.max(0)
        ),
        None => format!("SELECT {columns} FROM audit_log{} ORDER BY {id}", w.sql()),
    };
    (sql, w.args)
}
