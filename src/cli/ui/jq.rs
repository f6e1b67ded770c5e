//! `--jq EXPR`: the data a command prints goes through a jq filter (jaq) before it reaches
//! stdout. The filter runs in a process of its own (see `jq_worker.rs` for why), started before
//! the command runs: a bad expression fails then (exit 2), before anything is read or changed.
//! sitectl writes each JSON value it would print (a record, a list as one array, or each
//! record of `--format jsonl` as it streams) to the filter's stdin; the filter writes its
//! results straight to sitectl's stdout.

use std::cell::RefCell;
use std::io::{self, BufRead, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::{Arc, Mutex};

use sitectl::{Code, Error};

use super::jq_worker::{self, EXIT_RUNTIME, EXIT_SYNTAX, EXIT_TIMEOUT, WORKER_ARG};
use super::{CliError, Out};

/// The running filter.
#[derive(Debug)]
pub struct Jq {
    state: RefCell<Option<Running>>,
}

#[derive(Debug)]
struct Running {
    child: Child,
    stdin: Option<io::BufWriter<ChildStdin>>,
    /// The end of what the filter said on stderr (its error), bounded.
    said: Arc<Mutex<String>>,
    reader: Option<std::thread::JoinHandle<()>>,
    /// The data limit the filter runs under, in bytes.
    data_limit: u64,
}

/// What of the filter's stderr is kept: its error line is short; a flood is cut.
const SAID_BYTES: usize = 4096;

impl Jq {
    /// Starts the filter process; it compiles `expr` and says whether it could.
    pub fn start(expr: &str) -> Result<Jq, CliError> {
        let exe = std::env::current_exe().map_err(|e| Error::internal(format!("cannot find sitectl itself: {e}")))?;
        let mut child = Command::new(exe)
            .arg(WORKER_ARG)
            .arg(expr)
            // The filter sees no environment (`env`, `$ENV`): no secret of ours reaches it.
            .env_clear()
            .stdin(Stdio::piped())
            .stdout(Stdio::inherit())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| Error::internal(format!("cannot start the --jq filter: {e}")))?;
        let mut stderr = io::BufReader::new(child.stderr.take().expect("piped above"));
        let mut first = String::new();
        let _ = stderr.read_line(&mut first);
        let Some(data_limit) = first.trim_end().strip_prefix("ok ").and_then(|n| n.parse::<u64>().ok()) else {
            // The rest of what it said (it has ended or is ending: bounded).
            let _ = io::Read::read_to_string(&mut io::Read::take(stderr, SAID_BYTES as u64), &mut first);
            let status = child.wait().ok();
            let message = match first.trim_start().lines().next().and_then(|l| l.strip_prefix("error: ")) {
                Some(m) => format!("invalid --jq expression: {m}"),
                // The parser recurses on the native stack too.
                None if first.contains("overflowed its stack") => {
                    "invalid --jq expression: it is nested too deeply to compile".to_string()
                }
                None => format!("the --jq expression could not be compiled ({})", why(status.as_ref(), &first, 0)),
            };
            return Err(Error::new(Code::JqSyntax, message)
                .with_hint("see https://jqlang.org/manual/ for the language; quote the expression for the shell")
                .into());
        };
        let said = Arc::new(Mutex::new(String::new()));
        let reader = {
            let said = said.clone();
            std::thread::spawn(move || keep_tail(stderr, &said))
        };
        let stdin = child.stdin.take().map(|s| io::BufWriter::with_capacity(64 * 1024, s));
        Ok(Jq { state: RefCell::new(Some(Running { child, stdin, said, reader: Some(reader), data_limit })) })
    }

    /// Hands the filter one JSON value's bytes (more may follow in later calls).
    pub fn write_all(&self, bytes: &[u8]) -> io::Result<()> {
        match self.state.borrow_mut().as_mut().and_then(|r| r.stdin.as_mut()) {
            Some(stdin) => stdin.write_all(bytes),
            None => Err(io::ErrorKind::BrokenPipe.into()),
        }
    }

    pub fn flush(&self) -> io::Result<()> {
        match self.state.borrow_mut().as_mut().and_then(|r| r.stdin.as_mut()) {
            Some(stdin) => stdin.flush(),
            None => Err(io::ErrorKind::BrokenPipe.into()),
        }
    }

    /// Ends the input and waits for the filter. Its failure wins over the command's closed
    /// pipe (the pipe was the filter's), not over the command's own error.
    pub fn finish(&self, result: Out) -> Out {
        let Some(mut running) = self.state.borrow_mut().take() else { return result };
        let flushed = running.stdin.take().map_or(Ok(()), |mut s| s.flush());
        let status = running.child.wait();
        if let Some(reader) = running.reader.take() {
            let _ = reader.join();
        }
        let said = running.said.lock().map(|s| s.clone()).unwrap_or_default();
        let failure = match status {
            Ok(s) if s.success() => None,
            Ok(s) => Some(failure(s, &said, running.data_limit)),
            Err(e) => Some(Error::internal(format!("waiting for the --jq filter: {e}"))),
        };
        match (result, failure) {
            (Err(CliError::Failed(e)), _) => Err(CliError::Failed(e)),
            (_, Some(f)) => Err(f.into()),
            (Ok(()), None) => flushed.map_err(CliError::from),
            (Err(e @ (CliError::BrokenPipe | CliError::Status(_))), None) => Err(e),
        }
    }
}

fn keep_tail(mut stderr: impl BufRead, said: &Mutex<String>) {
    let mut line = String::new();
    while matches!(stderr.read_line(&mut line), Ok(n) if n > 0) {
        if let Ok(mut s) = said.lock() {
            s.push_str(&line);
            if s.len() > SAID_BYTES {
                let cut = s.len() - SAID_BYTES;
                let cut = (cut..s.len()).find(|i| s.is_char_boundary(*i)).unwrap_or(s.len());
                s.drain(..cut);
            }
        }
        line.clear();
    }
}

/// Why the filter process ended as it did, in words.
fn why(status: Option<&std::process::ExitStatus>, said: &str, data_limit: u64) -> String {
    use std::os::unix::process::ExitStatusExt;
    if said.contains("overflowed its stack") {
        return format!("it recursed deeper than the filter's stack of {} MiB", jq_worker::STACK_BYTES >> 20);
    }
    if said.contains("memory allocation") {
        return format!("it needed more than the filter's {} MiB of memory", data_limit >> 20);
    }
    match status.and_then(|s| s.signal()) {
        Some(signal) => format!("the filter process was stopped by signal {signal}"),
        None => format!("the filter process ended with {}", status.and_then(|s| s.code()).unwrap_or(-1)),
    }
}

fn failure(status: std::process::ExitStatus, said: &str, data_limit: u64) -> Error {
    let message = said.lines().rev().find_map(|l| l.strip_prefix("error: ")).unwrap_or("").to_string();
    match status.code() {
        Some(EXIT_RUNTIME) => Error::new(Code::JqFailed, format!("the --jq expression failed: {message}")),
        Some(EXIT_TIMEOUT) => Error::new(Code::JqLimit, message)
            .with_hint("an expression that never ends (def f: f; f, repeat, range of a huge number) is stopped"),
        Some(EXIT_SYNTAX) => Error::new(Code::JqSyntax, format!("invalid --jq expression: {message}")),
        _ => Error::new(
            Code::JqLimit,
            format!("the --jq expression was stopped: {}", why(Some(&status), said, data_limit)),
        )
        .with_hint("an expression that recurses without end or builds huge values is stopped"),
    }
}
