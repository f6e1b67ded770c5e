//! Commands about sitectl itself: `config show`, `completions`, `man`. None opens the database.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use clap_complete::Shell;

use super::{CliError, CommandContext};

pub const CONFIG_EXAMPLES: &str = "Examples:
  sitectl config show
  sitectl --profile prod config show --format json";
pub const COMPLETIONS_EXAMPLES: &str = "Examples:
  sitectl completions bash > ~/.local/share/bash-completion/completions/sitectl
  sitectl completions zsh > ~/.zfunc/_sitectl";
pub const MAN_EXAMPLES: &str = "Example:
  sitectl man --out-dir ./man && man ./man/sitectl.1";

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print the effective settings and where each came from (does not open the database)
    #[command(after_help = "Example:\n  SITECTL_DB=/tmp/x.db sitectl config show")]
    Show,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    shell: Shell,
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Where to write sitectl.1 and one page per subcommand
    #[arg(long, value_name = "DIR")]
    out_dir: PathBuf,
}

pub fn config(cx: &mut CommandContext, cmd: ConfigCommand) -> Result<(), CliError> {
    match cmd {
        ConfigCommand::Show => cx.ui.list(&cx.settings.rows(), &["key", "value", "source"]),
    }
}

/// The completion script for one shell, exactly as committed under `completions/`.
pub fn completion_script(shell: Shell) -> Vec<u8> {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut super::command(), "sitectl", &mut out);
    out
}

pub fn completions(args: &CompletionsArgs) -> Result<(), CliError> {
    super::ui::write_data(&completion_script(args.shell))
}

pub fn man(args: &ManArgs) -> Result<(), CliError> {
    use anyhow::Context;
    let dir = &args.out_dir;
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    clap_mangen::generate_to(super::command(), dir)
        .with_context(|| format!("writing man pages to {}", dir.display()))?;
    Ok(())
}
