//! The one place where failures become exit codes and error output.
//!
//! | code | meaning |
//! | ---- | ------- |
//! | 0 | success, an idempotent no-op, an empty list |
//! | 1 | internal error |
//! | 2 | usage |
//! | 3 | not found |
//! | 4 | invalid request (validation, plan limit, ambiguous reference) |
//! | 5 | permission denied, inactive account |
//! | 6 | conflict |
//! | 7 | partial failure of a batch |
//! | 8 | remote failure |
//! | 9 | database unavailable |
//! | 10 | `seed diff --exit-code`: the database differs from the file (no error uses it) |
//! | 130 | interrupted |

use sitectl::Code;
use std::process::ExitCode;

use sitectl::{Error, ErrorKind};

use super::ui::neutralize::neutralize_message;

/// Everything a command can end with besides success.
#[derive(Debug)]
pub enum CliError {
    /// A library (or CLI-detected) failure to report.
    Failed(Error),
    /// stdout was closed by the reader (`sitectl ... | head`): not a failure.
    BrokenPipe,
    /// The command said what it had to and ends with this exit code (`check`'s Nagios
    /// WARNING and CRITICAL, `seed diff --exit-code`'s [`DIFFERS_EXIT`]): nothing more is printed.
    Status(u8),
}

/// `seed diff --exit-code`'s code when the database differs from the file: no error kind uses
/// it (as `git diff --exit-code` and `terraform plan -detailed-exitcode` reserve theirs).
pub const DIFFERS_EXIT: u8 = 10;

impl From<Error> for CliError {
    fn from(e: Error) -> Self {
        CliError::Failed(e)
    }
}

/// Failures at the CLI's own edge (writing files the user named), with their context chain.
/// They are I/O problems outside the library: internal errors, exit 1.
impl From<anyhow::Error> for CliError {
    fn from(e: anyhow::Error) -> Self {
        CliError::Failed(Error::new(Code::IoError, format!("{e:#}")))
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            CliError::BrokenPipe
        } else {
            CliError::Failed(Error::from(e))
        }
    }
}

pub fn exit_code(kind: ErrorKind) -> u8 {
    match kind {
        ErrorKind::Internal => 1,
        ErrorKind::Usage => 2,
        ErrorKind::NotFound => 3,
        ErrorKind::Invalid => 4,
        ErrorKind::PermissionDenied => 5,
        ErrorKind::Conflict => 6,
        ErrorKind::Partial => 7,
        ErrorKind::Remote => 8,
        ErrorKind::Unavailable => 9,
        ErrorKind::Interrupted => 130,
    }
}

/// The HTTP status the failure corresponds to (the JSON error's `status`).
pub fn http_status(kind: ErrorKind) -> u16 {
    match kind {
        ErrorKind::Internal => 500,
        ErrorKind::Usage | ErrorKind::Invalid => 400,
        ErrorKind::NotFound => 404,
        ErrorKind::PermissionDenied => 403,
        ErrorKind::Conflict => 409,
        ErrorKind::Partial => 207,
        ErrorKind::Remote => 502,
        ErrorKind::Unavailable => 503,
        ErrorKind::Interrupted => 499,
    }
}

/// The machine form: exactly one JSON line.
fn json_line(e: &Error, code: u8) -> String {
    serde_json::json!({
        "error": {
            "code": e.code,
            "status": http_status(e.kind),
            "exit_code": code,
            "message": e.message,
            "hint": e.hint,
            "details": e.details,
        }
    })
    .to_string()
}

/// What could be a password in the text this run was given (arguments, `SITECTL_DB`): never
/// printed in an error, whatever put them in its text. Bounded: a hostile argument full of
/// URL-like text must not make every error slow.
static GUESSES: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());
const MAX_GUESSES: usize = 64;

/// The passwords this run actually uses (decoded from a URL, `SITECTL_DB_PASSWORD`): a handful
/// at most, so kept apart from the guesses and never dropped, however many guesses came first.
static PASSWORDS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// Very short values are left out: masking them everywhere would garble messages, and
/// URL-shaped text is masked anyway.
fn keep(list: &std::sync::Mutex<Vec<String>>, secret: &str, max: usize) {
    if secret.chars().count() >= 3 {
        if let Ok(mut s) = list.lock() {
            if s.len() < max && !s.iter().any(|k| k == secret) {
                s.push(secret.to_string());
            }
        }
    }
}

/// Remembers a password the run uses, to mask in every error.
pub fn remember_password(secret: &str) {
    keep(&PASSWORDS, secret, usize::MAX);
}

/// Remembers what may be a password, to mask in every error (at most [`MAX_GUESSES`]).
fn remember_guess(secret: &str) {
    keep(&GUESSES, secret, MAX_GUESSES);
}

/// Remembers what could be a password in raw text the run was given (an argument, a variable),
/// well-formed URL or not, before anything could echo it.
pub fn remember_secrets_in(text: &str) {
    for secret in sitectl::store::loose_passwords(text) {
        remember_guess(&secret);
    }
}

/// Text as it may be printed: URL passwords and every remembered secret replaced by `***`.
pub fn mask(text: &str) -> String {
    let mut out = sitectl::store::mask_secrets(text);
    let mut secrets: Vec<String> = Vec::new();
    for list in [&PASSWORDS, &GUESSES] {
        if let Ok(l) = list.lock() {
            secrets.extend(l.iter().cloned());
        }
    }
    // Longest first: a shorter secret inside a longer one must not leave the rest of it shown.
    secrets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for secret in &secrets {
        if out.contains(secret.as_str()) {
            out = out.replace(secret.as_str(), "***");
        }
    }
    out
}

fn mask_json(v: &serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::String(s) => Value::String(mask(s)),
        Value::Array(a) => Value::Array(a.iter().map(mask_json).collect()),
        Value::Object(o) => Value::Object(o.iter().map(|(k, v)| (mask(k), mask_json(v))).collect()),
        other => other.clone(),
    }
}

/// A panic is a bug (exit 101): it is reported like an error, masked, without the default
/// hook's text, which could quote any value the panicking code held.
/// The exit code a panic ends the process with, when not Rust's 101 (`check`: UNKNOWN).
static EXIT_ON_PANIC: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);

/// From now on a panic, a bug that should never happen, ends the process with `code`.
pub fn exit_on_panic(code: u8) {
    EXIT_ON_PANIC.store(code, std::sync::atomic::Ordering::SeqCst);
}

pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        use std::io::Write;
        let payload = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
        let line: String = mask(&payload).chars().take(500).collect();
        let _ = writeln!(
            std::io::stderr(),
            "Error: internal error (a bug in sitectl){at}: {}\nhint: please report it",
            neutralize_message(&line)
        );
        match EXIT_ON_PANIC.load(std::sync::atomic::Ordering::SeqCst) {
            0 => {}
            code => std::process::exit(code.into()),
        }
    }));
}

/// `check`'s exit codes (the Nagios plugin API): a failure of any kind is UNKNOWN.
pub const NAGIOS_UNKNOWN: u8 = 3;

/// Writes the error to stderr in the requested form and returns the exit code; `exit`, when
/// given, is the exit code of every failure (and the one its JSON line names). `verbose` (`-v`)
/// adds, in human form only, a `caused by:` line for each lower-level error the failure was made
/// from (the JSON shape is a contract and stays as documented).
pub fn report(err: CliError, machine: bool, color: bool, verbose: bool, exit: Option<u8>) -> ExitCode {
    use std::io::Write;
    match err {
        // A reader that left early is no failure, except to a check: its answer never arrived.
        CliError::BrokenPipe => ExitCode::from(exit.unwrap_or(0)),
        CliError::Status(code) => ExitCode::from(code),
        CliError::Failed(mut e) => {
            e.message = mask(&e.message);
            e.hint = e.hint.as_deref().map(mask);
            e.details = mask_json(&e.details);
            let mut stderr = std::io::stderr().lock();
            // Nothing useful is left to do if stderr itself is gone.
            let code = exit.unwrap_or(exit_code(e.kind));
            let _ = if machine {
                writeln!(stderr, "{}", json_line(&e, code))
            } else {
                let label = if color { "\x1b[1;31mError:\x1b[0m" } else { "Error:" };
                let hint = e.hint.as_ref().map(|h| format!("\nhint: {}", neutralize_message(h))).unwrap_or_default();
                let causes: String = match &e.cause {
                    Some(cause) if verbose => {
                        cause.chain().iter().map(|c| format!("\ncaused by: {}", neutralize_message(&mask(c)))).collect()
                    }
                    _ => String::new(),
                };
                writeln!(stderr, "{label} {}{causes}{hint}", neutralize_message(&e.message))
            };
            ExitCode::from(code)
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use sitectl::Code;

    use super::exit_code;

    /// `seed diff --exit-code`'s code is no error's, and the README's exit-code table says so.
    #[test]
    fn the_differs_code_is_no_errors() {
        use sitectl::ErrorKind::*;
        let kinds =
            [Internal, Usage, NotFound, Invalid, PermissionDenied, Conflict, Partial, Remote, Unavailable, Interrupted];
        for kind in kinds {
            assert_ne!(exit_code(kind), super::DIFFERS_EXIT, "{kind:?}");
        }
        for c in Code::ALL {
            assert_ne!(exit_code(c.kind()), super::DIFFERS_EXIT, "{}", c.as_str());
        }
        let readme = include_str!("../../README.md");
        let row = format!("| {} | ", super::DIFFERS_EXIT);
        assert!(
            readme.lines().any(|l| l.starts_with(&row) && l.contains("seed diff --exit-code")),
            "README's exit-code table lists {}",
            super::DIFFERS_EXIT
        );
    }

    /// The README's list of error codes is exactly the set of codes, each with its exit code.
    #[test]
    fn readme_lists_every_code_with_its_exit_code() {
        let readme = include_str!("../../README.md");
        let section = readme.split("### Error codes").nth(1).expect("README has an 'Error codes' section");
        let mut listed: BTreeMap<String, u8> = BTreeMap::new();
        for line in section.lines().skip_while(|l| !l.starts_with('|')).take_while(|l| l.starts_with('|')) {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let Ok(exit) = cells[1].parse::<u8>() else { continue };
            for code in cells[2].split(',').map(|c| c.trim().trim_matches('`')).filter(|c| !c.is_empty()) {
                assert!(listed.insert(code.to_string(), exit).is_none(), "README lists {code} twice");
            }
        }
        let actual: BTreeMap<String, u8> =
            Code::ALL.iter().map(|c| (c.as_str().to_string(), exit_code(c.kind()))).collect();
        for (code, exit) in &actual {
            assert_eq!(listed.get(code), Some(exit), "README: `{code}` should be listed with exit {exit}");
        }
        for code in listed.keys() {
            assert!(actual.contains_key(code), "README lists `{code}`, which is not a code");
        }
    }
}
