//! Questions on a terminal: consent, a missing value, a choice. Without a terminal (or with
//! `--no-input`), each says which flag answers it instead.

use std::io;

use sitectl::{Code, Error};

use super::neutralize::neutralize;
use super::{CliError, Ui};

impl Ui {
    /// Asks for consent to a destructive action. `--yes` answers yes; without a terminal (or with
    /// `--no-input`) it is a usage error naming `--yes`; a "no" is an error too (never exit 0).
    pub fn confirm(&self, question: &str) -> Result<(), CliError> {
        if self.yes {
            return Ok(());
        }
        if !self.can_prompt() {
            return Err(Error::new(Code::ConfirmationRequired, format!("{question} needs confirmation"))
                .with_hint("pass --yes to confirm without a terminal")
                .into());
        }
        let answer = dialoguer::Confirm::new()
            .with_prompt(neutralize(question))
            .default(false)
            .interact_opt()
            .map_err(prompt_error)?;
        match answer {
            Some(true) => Ok(()),
            _ => Err(Error::new(Code::Declined, "declined; nothing was changed").into()),
        }
    }

    /// Asks for a missing value on a terminal; without one, names the flag that supplies it.
    pub fn ask(&self, prompt: &str, flag: &str) -> Result<String, CliError> {
        if !self.can_prompt() {
            return Err(Error::new(Code::MissingArgument, format!("missing {flag}"))
                .with_hint(format!("pass {flag} (there is no terminal to ask on)"))
                .into());
        }
        dialoguer::Input::<String>::new().with_prompt(prompt).interact_text().map_err(prompt_error)
    }

    /// A multi-select on the terminal; returns the chosen indexes.
    pub fn multi_select(&self, prompt: &str, items: &[String], ticked: &[bool]) -> Result<Vec<usize>, CliError> {
        let items: Vec<String> = items.iter().map(|i| neutralize(i).into_owned()).collect();
        dialoguer::MultiSelect::new()
            .with_prompt(neutralize(prompt))
            .items(&items)
            .defaults(ticked)
            .interact_opt()
            .map_err(prompt_error)?
            .ok_or_else(|| Error::new(Code::Declined, "cancelled; nothing was changed").into())
    }
}

fn prompt_error(e: dialoguer::Error) -> CliError {
    let dialoguer::Error::IO(io) = e;
    if io.kind() == io::ErrorKind::Interrupted {
        return Error::new(Code::Interrupted, "interrupted; nothing was changed").into();
    }
    Error::from(io).into()
}
