//! The append-only audit log.

use super::sql::{params, Row};

use super::{all, Tx};
use crate::domain::{AuditEntry, AuditQuery};
use crate::error::Result;

/// One audit row to append; `at` is the transaction's time.
#[derive(Debug, Clone)]
pub struct NewAudit<'a> {
    pub os_user: &'a str,
    pub actor: &'a str,
    pub command: &'a str,
    pub target: &'a str,
    pub action: &'a str,
    pub outcome: &'a str,
}

fn row(r: &Row<'_>) -> Result<AuditEntry> {
    Ok(AuditEntry {
        id: r.get(0)?,
        at: r.get(1)?,
        os_user: r.get(2)?,
        actor: r.get(3)?,
        command: r.get(4)?,
        target: r.get(5)?,
        action: r.get(6)?,
        outcome: r.get(7)?,
    })
}

impl Tx<'_> {
    pub fn append_audit(&self, a: &NewAudit<'_>) -> Result<()> {
        self.exec(
            "INSERT INTO audit_log (at, os_user, actor, command, target, action, outcome) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![self.now(), a.os_user, a.actor, a.command, a.target, a.action, a.outcome],
        )?;
        Ok(())
    }

    /// Matching rows, oldest first; with a limit, the newest `limit` of them.
    pub fn audit_entries(&self, f: &AuditQuery) -> Result<Vec<AuditEntry>> {
        let mut rows = all(
            self.conn(),
            "SELECT id, at, os_user, actor, command, target, action, outcome FROM audit_log
             WHERE (CAST(?1 AS TEXT) IS NULL OR at >= ?1)
               AND (CAST(?2 AS TEXT) IS NULL OR instr(target, ?2) > 0)
               AND (CAST(?3 AS TEXT) IS NULL OR lower(actor) = lower(?3))
             ORDER BY id DESC LIMIT ?4",
            params![f.since, f.target, f.actor, f.limit.unwrap_or(i64::MAX)],
            row,
        )?;
        rows.reverse();
        Ok(rows)
    }
}
