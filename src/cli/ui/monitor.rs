//! The monitoring formats of `check`: a Nagios plugin's status line with performance data, and
//! OpenMetrics text for a Prometheus textfile collector. Both are made here, from the check's
//! summary and what its sink kept; text from outside is made safe for each format.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use sitectl::ops::check::{CheckSummary, Finding, FindingKind, Health, Severity, SiteSample};
use sitectl::{Code, Error};

use super::neutralize::neutralize;
use super::CliError;

/// Findings a Nagios answer lists on the lines after its status line; the rest are counted.
pub const NAGIOS_DETAIL_LINES: usize = 50;

fn nagios_state(h: Health) -> &'static str {
    match h {
        Health::Ok => "OK",
        Health::Warning => "WARNING",
        Health::Critical => "CRITICAL",
    }
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// One line of outside text for Nagios: no control characters, no `|` (which starts the
/// performance data), and safe for a terminal.
pub fn nagios_line(text: &str) -> String {
    let flat: String = text
        .chars()
        .map(|c| {
            if c == '|' {
                '/'
            } else if c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    neutralize(&flat).into_owned()
}

/// The plugin API's answer: `SITECTL STATE - summary | perfdata`, then one line per finding
/// kept (at most [`NAGIOS_DETAIL_LINES`]) and how many more there were.
pub fn nagios(summary: &CheckSummary, kept: &[Finding]) -> String {
    let state = nagios_state(summary.health);
    let mut text = if summary.health == Health::Ok {
        format!("SITECTL OK - {}, no problems", plural(summary.sites, "site", "sites"))
    } else {
        let kinds: Vec<String> = FindingKind::ALL
            .iter()
            .filter(|k| summary.count(**k) > 0)
            .map(|k| format!("{} {}", k.as_str(), summary.count(*k)))
            .collect();
        format!(
            "SITECTL {state} - {} critical, {} over {}: {}",
            summary.critical,
            plural(summary.warning, "warning", "warnings"),
            plural(summary.sites, "site", "sites"),
            kinds.join(", ")
        )
    };
    text.push_str(" |");
    text.push_str(&format!(" 'sites'={};;;0", summary.sites));
    text.push_str(&format!(" 'critical'={};;;0 'warning'={};;;0", summary.critical, summary.warning));
    for k in FindingKind::ALL {
        text.push_str(&format!(" '{}'={};;;0", k.as_str(), summary.count(*k)));
    }
    text.push('\n');
    for f in kept {
        let subject = f.site.as_deref().or(f.account.as_deref()).unwrap_or("database");
        text.push_str(&format!(
            "{} {} {}: {}\n",
            f.severity.as_str().to_uppercase(),
            f.kind.as_str(),
            nagios_line(subject),
            nagios_line(&f.message)
        ));
    }
    let total = summary.critical + summary.warning;
    if total > kept.len() as u64 {
        text.push_str(&format!(
            "... and {} more (sitectl check --format jsonl lists them all)\n",
            total - kept.len() as u64
        ));
    }
    text
}

/// A label value as OpenMetrics writes it: backslash, double quote and line feed escaped.
pub fn label_value(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

/// Temporary names tried beside a target before giving up.
const TEMP_TRIES: usize = 100;

/// The temporary file being written, for a signal handler to take back.
static PENDING: std::sync::Mutex<Option<PathBuf>> = std::sync::Mutex::new(None);

/// Removes the temporary file a run was writing (on SIGINT/SIGTERM: nothing is left behind).
pub fn abandon_pending() {
    if let Some(temp) = PENDING.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take() {
        let _ = std::fs::remove_file(temp);
    }
}

/// OpenMetrics text written as the check reads: the per-site family first (its samples as the
/// sites arrive), the summary families at the end, then `# EOF`. To a file it goes through a
/// temporary file in the same folder, renamed over the target only when complete, so a
/// collector reading the file sees the old text or the new, never half of one.
pub struct OpenMetrics {
    /// `None` once finished.
    out: Option<io::BufWriter<Box<dyn Write>>>,
    /// The temporary file and the target, when writing to a file.
    files: Option<(PathBuf, PathBuf)>,
    pub failed: Option<io::Error>,
}

impl OpenMetrics {
    /// To `path`, or stdout for `-`. A regular file (or a symbolic link, itself replaced, not
    /// followed) or a new one is replaced whole; a FIFO or a device (`/dev/stdout`) is written
    /// to as it is, never renamed over; a folder is refused.
    pub fn create(path: &Path) -> Result<OpenMetrics, CliError> {
        if path.as_os_str() == "-" {
            return Ok(OpenMetrics::begin(Box::new(io::stdout()), None));
        }
        let name = path.file_name().ok_or_else(|| bad_path(path, "it names no file"))?;
        if let Ok(m) = std::fs::symlink_metadata(path) {
            if m.is_dir() {
                return Err(bad_path(path, "it is a folder"));
            }
            if !m.is_file() && !m.file_type().is_symlink() {
                let stream = std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .map_err(|e| bad_path(path, &format!("cannot open it: {e}")))?;
                return Ok(OpenMetrics::begin(Box::new(stream), None));
            }
        }
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        // A fresh name: one left by a run that was killed (or planted) is never opened, and
        // a process id a container reuses does not collide with it.
        let mut last = None;
        for n in 0..TEMP_TRIES {
            let temp = dir.join(format!(".{}.{}.{n}.tmp", name.to_string_lossy(), std::process::id()));
            match std::fs::OpenOptions::new().write(true).create_new(true).open(&temp) {
                Ok(file) => {
                    *PENDING.lock().unwrap_or_else(std::sync::PoisonError::into_inner) = Some(temp.clone());
                    return Ok(OpenMetrics::begin(Box::new(file), Some((temp, path.to_path_buf()))));
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
                Err(e) => return Err(bad_path(path, &format!("cannot create {}: {e}", temp.display()))),
            }
        }
        Err(bad_path(
            path,
            &format!("no free temporary name beside it ({})", last.map(|e| e.to_string()).unwrap_or_default()),
        ))
    }

    fn begin(out: Box<dyn Write>, files: Option<(PathBuf, PathBuf)>) -> OpenMetrics {
        let mut m = OpenMetrics { out: Some(io::BufWriter::with_capacity(64 * 1024, out)), files, failed: None };
        m.line("# HELP sitectl_site_last_sync_age_seconds Seconds since the site's last successful WordPress sync.");
        m.line("# TYPE sitectl_site_last_sync_age_seconds gauge");
        m.line("# UNIT sitectl_site_last_sync_age_seconds seconds");
        m
    }

    fn line(&mut self, text: &str) {
        if let (None, Some(out)) = (&self.failed, &mut self.out) {
            if let Err(e) = writeln!(out, "{text}") {
                self.failed = Some(e);
            }
        }
    }

    /// A site's sample (connected sites that have synced).
    pub fn site(&mut self, s: &SiteSample) -> bool {
        if let Some(age) = s.last_sync_age {
            self.line(&format!("sitectl_site_last_sync_age_seconds{{site=\"{}\"}} {age}", label_value(&s.site)));
        }
        self.failed.is_none()
    }

    /// The summary families and `# EOF`; then the file replaces the target.
    pub fn finish(mut self, summary: &CheckSummary) -> Result<(), CliError> {
        let status = match summary.health {
            Health::Ok => 0,
            Health::Warning => 1,
            Health::Critical => 2,
        };
        self.line("# HELP sitectl_check_status The check's result: 0 OK, 1 WARNING, 2 CRITICAL.");
        self.line("# TYPE sitectl_check_status gauge");
        self.line(&format!("sitectl_check_status {status}"));
        self.line("# HELP sitectl_check_sites Sites the check covered.");
        self.line("# TYPE sitectl_check_sites gauge");
        self.line(&format!("sitectl_check_sites {}", summary.sites));
        self.line("# HELP sitectl_check_findings Findings of the check, by kind and severity.");
        self.line("# TYPE sitectl_check_findings gauge");
        for k in FindingKind::ALL {
            for s in Severity::ALL {
                let n = summary.counts.get(&(*k, *s)).copied().unwrap_or(0);
                self.line(&format!(
                    "sitectl_check_findings{{kind=\"{}\",severity=\"{}\"}} {n}",
                    k.as_str(),
                    s.as_str()
                ));
            }
        }
        self.line("# EOF");
        let flushed = match (self.failed.take(), self.out.take()) {
            (Some(e), _) => Err(e),
            (None, Some(mut out)) => out.flush(),
            (None, None) => Ok(()),
        };
        let Some((temp, target)) = self.files.take() else {
            return flushed.map_err(CliError::from);
        };
        PENDING.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take();
        let result = flushed
            .and_then(|()| std::fs::File::open(&temp)?.sync_all())
            .and_then(|()| std::fs::rename(&temp, &target));
        if let Err(e) = result {
            let _ = std::fs::remove_file(&temp);
            return Err(bad_path(&target, &e.to_string()));
        }
        Ok(())
    }
}

impl Drop for OpenMetrics {
    /// A run that ended early leaves no temporary file behind, and what it held back unwritten.
    fn drop(&mut self) {
        if let Some(out) = self.out.take() {
            let _unwritten = out.into_parts();
        }
        if self.files.take().is_some() {
            abandon_pending();
        }
    }
}

fn bad_path(path: &Path, why: &str) -> CliError {
    Error::new(Code::FileWriteFailed, format!("cannot write OpenMetrics to {}: {why}", path.display())).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(label_value("a\\b\"c\nd"), "a\\\\b\\\"c\\nd");
        assert_eq!(label_value("acme/blog"), "acme/blog");
    }

    #[test]
    fn nagios_lines_are_one_safe_line() {
        assert_eq!(nagios_line("a|b\nc\x1b[31m"), "a/b c [31m");
        assert_eq!(nagios_line("x\u{202e}y"), "x\\u{202e}y");
    }
}
