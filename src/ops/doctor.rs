//! `db doctor`: is the database sound, and do its rows keep the product's rules?

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use super::{accounts, read, Ctx};
use crate::error::Result;
use crate::rules;
use crate::store::{Store, Tx};

/// One thing wrong, and the command that fixes it.
#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub check: &'static str,
    pub subject: String,
    pub message: String,
    pub fix: String,
}

/// What `db doctor` found.
#[derive(Debug, Clone, Serialize)]
pub struct DoctorReport {
    pub engine: crate::store::Engine,
    pub path: String,
    pub schema_version: i64,
    pub latest_schema_version: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub journal_mode: Option<String>,
    pub integrity: Vec<String>,
    pub filesystem: Option<String>,
    pub warnings: Vec<String>,
    /// Checks that could not run (each with a warning saying why): `sequences` when this
    /// PostgreSQL role may not read the id sequences.
    pub unchecked: Vec<&'static str>,
    pub problems: Vec<Finding>,
}

/// File systems on which SQLite's locking cannot be trusted.
const NETWORK_FILESYSTEMS: &[&str] =
    &["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs", "afs", "ceph", "glusterfs", "lustre"];

/// The type of the file system holding `path`, from /proc/self/mountinfo (Linux).
fn filesystem_of(path: &Path) -> Option<String> {
    let path = std::fs::canonicalize(path).ok()?;
    let info = std::fs::read_to_string("/proc/self/mountinfo").ok()?;
    let mut best: Option<(usize, String)> = None;
    for line in info.lines() {
        let (left, right) = line.split_once(" - ")?;
        let mount_point = left.split(' ').nth(4)?.replace("\\040", " ");
        let fstype = right.split(' ').next()?.to_string();
        if path.starts_with(&mount_point) && best.as_ref().is_none_or(|(len, _)| mount_point.len() >= *len) {
            best = Some((mount_point.len(), fstype));
        }
    }
    best.map(|(_, t)| t)
}

pub fn doctor(store: &mut Store, ctx: &Ctx) -> Result<DoctorReport> {
    read(store, ctx, |_, actor| rules::require_operator(actor, "run the doctor"))?;
    let info = store.info()?;
    let filesystem = store.path().and_then(filesystem_of);
    let mut warnings = Vec::new();
    if let Some(fs) = filesystem.as_deref().filter(|fs| NETWORK_FILESYSTEMS.contains(fs)) {
        warnings.push(format!("the database is on a network file system ({fs}); SQLite locking is unreliable there: keep it on a local disk"));
    }
    if let Some(mode) = info.journal_mode.as_deref().filter(|m| *m != "wal") {
        warnings.push(format!("journal mode is {mode}, not wal"));
    }
    let mut unchecked = Vec::new();
    let (integrity, problems) = read(store, ctx, |tx, actor| {
        rules::require_operator(actor, "run the doctor")?;
        problems(tx, ctx, Checks::All, &mut warnings, &mut unchecked)
    })?;
    Ok(DoctorReport {
        engine: info.engine,
        path: info.path,
        schema_version: info.schema_version,
        latest_schema_version: info.latest_schema_version,
        journal_mode: info.journal_mode,
        integrity,
        filesystem,
        warnings,
        unchecked,
        problems,
    })
}

/// What the doctor checks: everything, or all but plan usage and stuck publishing (what
/// `check` reports as `integrity`: it finds those two itself, per visible site).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Checks {
    All,
    IntegrityAndRules,
}

/// What the doctor finds inside the database (the operator's to see): the engine's own
/// integrity check, then the product's rules. Also `integrity`'s result, and in `warnings` and
/// `unchecked` what could not be checked.
pub(crate) fn problems(
    tx: &Tx<'_>,
    ctx: &Ctx,
    checks: Checks,
    warnings: &mut Vec<String>,
    unchecked: &mut Vec<&'static str>,
) -> Result<(Vec<String>, Vec<Finding>)> {
    let integrity = tx.integrity_check()?;
    let mut problems = Vec::new();
    if integrity != ["ok"] {
        problems.push(Finding {
            check: "integrity",
            subject: "database".into(),
            message: integrity.join("; "),
            fix: "restore from a backup, or `sqlite3 DB .recover` into a new file".into(),
        });
    }
    for (table, rowid, parent) in tx.foreign_key_check()? {
        problems.push(Finding {
            check: "foreign_keys",
            subject: format!("{table} row {}", rowid.map_or("?".into(), |r| r.to_string())),
            message: format!("refers to a missing {parent} row"),
            fix: "delete or repair the row with sqlite3".into(),
        });
    }
    for (subject, column) in tx.text_with_nul()? {
        problems.push(Finding {
            check: "text",
            subject,
            message: format!(
                "column {column} holds a NUL character, which PostgreSQL cannot store (db copy to it would fail)"
            ),
            fix: "remove the NUL with sitectl's update commands or sqlite3".into(),
        });
    }
    let (behind, unreadable) = tx.sequences_behind()?;
    if !unreadable.is_empty() {
        unchecked.push("sequences");
        warnings.push(format!(
            "cannot check the id sequences of {}: this database role may not read them (grant it SELECT on the sequences, or run the doctor as their owner)",
            unreadable.join(", ")
        ));
    }
    for (table, message) in behind {
        problems.push(Finding {
            check: "sequences",
            subject: format!("table {table}"),
            message,
            fix: format!("SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))"),
        });
    }
    if checks == Checks::All {
        over_plan(tx, &mut problems)?;
    }
    tenant_findings(tx, ctx, &mut problems)?;
    if checks == Checks::All {
        stuck_publishing(tx, &mut problems)?;
    }
    Ok((integrity, problems))
}

/// Accounts over their plan, a page of accounts at a time (two reads per page).
fn over_plan(tx: &Tx<'_>, problems: &mut Vec<Finding>) -> Result<()> {
    let mut after = 0;
    loop {
        let page = tx.account_loads(after, 500)?;
        let Some(last) = page.last() else { break };
        after = last.id;
        let ids: Vec<i64> = page.iter().map(|a| a.id).collect();
        let max_sectors: HashMap<i64, i64> = page.iter().map(|a| (a.id, a.max_sectors)).collect();
        let mut sectors: HashMap<i64, Vec<accounts::SiteSectorUsage>> = HashMap::new();
        for s in tx.site_sector_counts(&ids)? {
            let limit = max_sectors.get(&s.account_id).copied().unwrap_or(0);
            sectors
                .entry(s.account_id)
                .or_default()
                .push(accounts::SiteSectorUsage::new(s.site_id, s.site, s.sectors, limit));
        }
        for a in &page {
            let sites = accounts::Usage::new(a.sites, a.max_sites);
            let users = accounts::Usage::new(a.users, a.max_users);
            let usage = sectors.get(&a.id).map_or(&[][..], Vec::as_slice);
            for line in accounts::over_limits(&a.plan, Some(&sites), &users, usage) {
                problems.push(Finding {
                    check: "plan_limits",
                    subject: format!("account {}", a.slug),
                    message: line,
                    fix: format!(
                        "sitectl account set-plan {} PLAN (a larger plan), or remove what is over the limit",
                        a.slug
                    ),
                });
            }
        }
        if page.len() < 500 {
            break;
        }
    }
    Ok(())
}

/// Content left `publishing` by a run that is gone.
fn stuck_publishing(tx: &Tx<'_>, problems: &mut Vec<Finding>) -> Result<()> {
    for f in tx.content_being_published()? {
        let live =
            f.claimed_by.as_deref().is_some_and(|c| super::wordpress::claim::is_live(c, &f.claimed_at, tx.now()));
        if !live {
            problems.push(Finding {
                check: "publishing_stuck",
                subject: f.site,
                message: format!("content {}: the run publishing it is gone (claimed {})", f.content_id, f.claimed_at),
                fix: format!("sitectl wp publish {} (it looks the post up before creating one)", f.content_id),
            });
        }
    }
    Ok(())
}

/// What is wrong inside accounts: sectors, secrets and content out of place.
fn tenant_findings(tx: &Tx<'_>, ctx: &Ctx, problems: &mut Vec<Finding>) -> Result<()> {
    for (subject, message) in tx.sectors_of_other_accounts()? {
        problems.push(Finding {
            check: "sector_account",
            fix: format!("sitectl sectors select {subject} --industry INDUSTRY --sector ..."),
            subject,
            message,
        });
    }
    for (subject, message) in tx.sectors_outside_site_industry()? {
        problems.push(Finding {
            check: "sector_industry",
            fix: format!("sitectl sectors select {subject} --industry INDUSTRY --sector ..."),
            subject,
            message,
        });
    }
    for (subject, message) in tx.integrations_missing_secrets()? {
        let fix = if message.starts_with("bridge") {
            format!("sitectl wp key generate {subject}, then sitectl wp connect {subject} --url URL")
        } else {
            format!("sitectl wp connect {subject} --url URL --username USER --app-password-stdin")
        };
        problems.push(Finding { check: "integration_secret", subject, message, fix });
    }
    for (subject, message) in tx.content_outside_its_site()? {
        problems.push(Finding {
            check: "content_scope",
            fix: "file it again where it belongs: sitectl content update ID --sector SECTOR (or delete it)".into(),
            subject,
            message,
        });
    }
    for (subject, message) in super::keys::unopenable(tx, ctx)? {
        problems.push(Finding {
            check: "secret_key",
            subject,
            message,
            fix: "configure the key these secrets were sealed with, or `sitectl wp key reseal --from-key-file OLD`"
                .into(),
        });
    }
    Ok(())
}
