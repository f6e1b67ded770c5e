//! Narration on stderr (success, warnings, details), held back in machine formats until the
//! command succeeds, and the progress bar.

use std::io::{self, IsTerminal, Write};

use super::neutralize::{neutralize, neutralize_message};
use super::Ui;

impl Ui {
    fn narrate(&self, label: &str, ansi: &str, message: &str) {
        let label = if self.color { format!("\x1b[{ansi}m{label}\x1b[0m") } else { label.to_string() };
        self.say(format!("{label} {}", neutralize_message(message)));
    }

    /// One line of narration on stderr, or held back in machine formats (see `flush_narration`).
    pub(super) fn say(&self, line: String) {
        if self.machine_errors {
            self.held.borrow_mut().push(line);
        } else {
            // A closed stderr leaves nothing to tell.
            let _ = writeln!(io::stderr().lock(), "{line}");
        }
    }

    /// Prints the narration held back during a successful command in a machine format.
    pub fn flush_narration(&self) {
        let mut stderr = io::stderr().lock();
        for line in self.held.borrow_mut().drain(..) {
            let _ = writeln!(stderr, "{line}");
        }
    }

    pub fn success(&self, message: &str) {
        if !self.quiet {
            self.narrate("Success:", "1;32", message);
        }
    }

    pub fn warn(&self, message: &str) {
        if !self.quiet {
            self.narrate("Warning:", "1;33", message);
        }
    }

    pub fn info(&self, message: &str) {
        if self.verbose && !self.quiet {
            self.say(neutralize_message(message).into_owned());
        }
    }
}

/// A progress bar on stderr when it is a terminal (and not `-q`); invisible otherwise.
pub struct Bar(indicatif::ProgressBar);

impl Ui {
    pub fn progress(&self) -> Bar {
        // Never when piped, in machine formats or with -q: progress is for people watching.
        if self.quiet || self.format.is_machine() || !io::stderr().is_terminal() {
            return Bar(indicatif::ProgressBar::hidden());
        }
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {msg:12} [{bar:30}] {pos}/{len} ({per_sec}, {eta} left)",
            )
            .expect("the template is valid")
            .progress_chars("=> "),
        );
        Bar(bar)
    }
}

impl sitectl::wordpress::Progress for Bar {
    fn begin(&self, what: &str, total: u64) {
        self.0.reset();
        // The label can come from WordPress (a post type's slug): neutralised like all output.
        self.0.set_message(neutralize(what).into_owned());
        self.0.set_length(total);
    }

    fn advance(&self, n: u64) {
        self.0.inc(n);
    }

    fn end(&self) {
        self.0.finish_and_clear();
    }
}
