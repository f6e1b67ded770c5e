//! The append-only audit log.

use super::sql::{params, Flow, Row, Where};

use super::Tx;
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

    /// Matching rows streamed oldest first; with a limit, the newest `limit` of them.
    pub fn each_audit(&self, f: &AuditQuery, mut each: impl FnMut(AuditEntry) -> Result<Flow>) -> Result<()> {
        let mut w = Where::default();
        if let Some(since) = &f.since {
            w.arg("at >= ?", since.as_str());
        }
        if let Some(target) = &f.target {
            w.arg("instr(target, ?) > 0", target.as_str());
        }
        if let Some(actor) = &f.actor {
            w.arg("lower(actor) = lower(?)", actor.as_str());
        }
        if let Some(after) = f.after {
            w.arg("id > ?", after);
        }
        let columns = "id, at, os_user, actor, command, target, action, outcome";
        let sql = match f.limit {
            // The newest rows, handed out oldest first.
            Some(n) => format!(
                "SELECT {columns} FROM (SELECT {columns} FROM audit_log{} ORDER BY id DESC LIMIT {}) newest ORDER BY id",
                w.sql(),
                n.max(0)
            ),
            None => format!("SELECT {columns} FROM audit_log{} ORDER BY id", w.sql()),
        };
        self.conn().each(&sql, &super::sql::dynamic(&w.args), |r| each(row(r)?))
    }
}
