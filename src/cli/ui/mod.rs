//! All output. Data goes to stdout in the chosen format; narration (success, warnings, hints,
//! progress, prompts) goes to stderr. A terminal changes decoration only, never content.
//!
//! One file per job: `format` (records and lists in each format), `stream` (lists written as
//! their records arrive, stdout that notes a closed pipe), `status` (narration lines and the
//! progress bar), `prompt` (questions on a terminal), `neutralize` (outside text made safe for
//! a terminal) and `terminal` (width, times as people read them).

use std::io::{self, IsTerminal, Write};

use sitectl::config::Format;

use super::error::CliError;

mod format;
pub mod jq;
pub mod jq_worker;
pub mod monitor;
pub mod neutralize;
mod prompt;
mod status;
mod stream;
pub mod terminal;

pub use status::Bar;
pub use stream::{write_data, ListWriter};

/// Output settings for one command run.
#[derive(Debug, Clone)]
pub struct Ui {
    pub format: Format,
    pub fields: Option<Vec<String>>,
    pub porcelain: bool,
    pub quiet: bool,
    pub verbose: bool,
    pub color: bool,
    /// `--yes`: consent given in advance.
    pub yes: bool,
    /// `--no-input`: never prompt.
    pub no_input: bool,
    /// Errors are JSON lines: narration waits in `held` until the command succeeds.
    pub machine_errors: bool,
    held: std::rc::Rc<std::cell::RefCell<Vec<String>>>,
    /// The clock relative times are read against (`SITECTL_NOW` or now).
    pub now: chrono::DateTime<chrono::Utc>,
    /// `COLUMNS` as the context read it: the width tables lay out for, when set.
    pub columns: Option<usize>,
    /// `--jq`: the filter every data output goes through.
    pub jq: Option<std::rc::Rc<jq::Jq>>,
    stdout_tty: bool,
    interactive: bool,
}

pub(crate) type Out = Result<(), CliError>;

impl Ui {
    pub fn new(format: Format, color: bool) -> Ui {
        Ui {
            format,
            fields: None,
            porcelain: false,
            quiet: false,
            verbose: false,
            color,
            yes: false,
            no_input: false,
            machine_errors: false,
            held: Default::default(),
            now: chrono::Utc::now(),
            columns: None,
            jq: None,
            stdout_tty: io::stdout().is_terminal(),
            interactive: io::stdin().is_terminal() && io::stderr().is_terminal(),
        }
    }

    /// Whether stdout is a terminal (text from outside is then neutralised, even in data formats).
    pub fn stdout_is_terminal(&self) -> bool {
        self.stdout_tty
    }

    /// Whether prompting is allowed: both stdin and stderr are terminals and nothing forbids it.
    pub fn can_prompt(&self) -> bool {
        self.interactive && !self.no_input && !self.yes
    }

    fn write_stdout(&self, text: &str) -> Out {
        let mut out = self.data_writer();
        out.write_all(text.as_bytes())?;
        out.flush()?;
        Ok(())
    }

    /// Where data goes: stdout, or the `--jq` filter (which writes to stdout).
    pub fn data_writer(&self) -> Box<dyn Write> {
        match &self.jq {
            Some(jq) => Box::new(JqWriter(jq.clone())),
            None => Box::new(io::BufWriter::with_capacity(64 * 1024, io::stdout())),
        }
    }

    /// After the command: with `--jq`, ends the filter's input and waits for it (see
    /// [`jq::Jq::finish`]).
    pub fn end_data(&self, result: Out) -> Out {
        match &self.jq {
            Some(jq) => jq.finish(result),
            None => result,
        }
    }
}

struct JqWriter(std::rc::Rc<jq::Jq>);

impl Write for JqWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.write_all(buf).map(|()| buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}
