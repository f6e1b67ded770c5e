//! Collecting the problems of a fixture, each placed at its position in the file: what every
//! section's checks write to.

use super::file::Problem;
use super::{EnvLookup, Source};
use crate::error::{Code, Error};

/// The problems found so far, and what checks need besides the file.
pub(super) struct Check<'a> {
    pub src: &'a Source,
    /// Environment variables a fixture names (secrets of integrations).
    pub env: EnvLookup<'a>,
    pub problems: Vec<Problem>,
}

impl Check<'_> {
    pub fn add(&mut self, section: &str, index: usize, field: &str, e: &Error) {
        self.problems.push(self.src.problem(section, index, field, e.code, e.message.clone()));
    }

    pub fn say(&mut self, section: &str, index: usize, field: &str, code: Code, message: String) {
        self.problems.push(self.src.problem(section, index, field, code, message));
    }

    /// Parses a value; a failure becomes a problem at its position.
    pub fn parse<T: std::str::FromStr<Err = Error>>(
        &mut self,
        section: &str,
        index: usize,
        field: &str,
        text: &str,
    ) -> Option<T> {
        match text.parse::<T>() {
            Ok(v) => Some(v),
            Err(e) => {
                self.add(section, index, field, &e);
                None
            }
        }
    }

    pub fn name(&mut self, section: &str, index: usize, what: &str, name: &str) {
        if let Err(e) = crate::domain::Name::parse(what, name) {
            self.add(section, index, "name", &e);
        }
    }
}
