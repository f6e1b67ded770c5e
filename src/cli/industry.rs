//! `sitectl industry ...`

use std::io::Read;
use std::path::PathBuf;

use clap::Subcommand;
use sitectl::ops::industries;
use sitectl::Error;

use super::{slug, CliError, CommandContext};

pub const EXAMPLES: &str = "Examples:
  sitectl industry list
  sitectl industry show healthcare
  sitectl industry import taxonomy.toml";

#[derive(Debug, Subcommand)]
pub enum IndustryCommand {
    /// List industries with their number of active sectors
    #[command(after_help = "Example:\n  sitectl industry list --all --format json")]
    List {
        /// Include inactive industries
        #[arg(long)]
        all: bool,
    },
    /// Show an industry and its sectors
    #[command(after_help = "Example:\n  sitectl industry show legal-services")]
    Show { slug: String },
    /// Create or update industries and sectors from a taxonomy file (operator only)
    #[command(after_help = "Example:\n  sitectl industry import fixtures/industries.toml --dry-run\n\n\
The file has the format of fixtures/industries.toml; `active = false` deactivates. Nothing is deleted. `-` reads stdin.")]
    Import { file: PathBuf },
}

/// The largest input file we read: a bigger one (or an endless one such as /dev/zero) is
/// refused rather than read into memory.
const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// Reads a file argument (`-` is stdin) as UTF-8 text, up to [`MAX_INPUT_BYTES`].
pub fn read_input(file: &PathBuf) -> Result<(String, String), CliError> {
    let (name, mut reader): (String, Box<dyn Read>) = if file.as_os_str() == "-" {
        ("<stdin>".to_string(), Box::new(std::io::stdin()))
    } else {
        let name = file.display().to_string();
        let f = std::fs::File::open(file).map_err(|e| {
            let kind = if e.kind() == std::io::ErrorKind::NotFound {
                sitectl::ErrorKind::NotFound
            } else {
                sitectl::ErrorKind::Invalid
            };
            Error::new(kind, "file_unreadable", format!("cannot read {name}: {e}"))
        })?;
        (name, Box::new(f))
    };
    let mut bytes = Vec::new();
    let mut chunk = vec![0u8; 1 << 16];
    loop {
        let n = match reader.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(Error::invalid("file_unreadable", format!("cannot read {name}: {e}")).into()),
        };
        bytes.extend_from_slice(&chunk[..n]);
        if bytes.len() > MAX_INPUT_BYTES {
            return Err(
                Error::invalid("file_too_large", format!("{name} is larger than {MAX_INPUT_BYTES} bytes")).into()
            );
        }
    }
    let text =
        String::from_utf8(bytes).map_err(|_| Error::invalid("file_not_text", format!("{name} is not UTF-8 text")))?;
    Ok((text, name))
}

pub fn run(cx: &mut CommandContext, cmd: IndustryCommand) -> Result<(), CliError> {
    match cmd {
        IndustryCommand::List { all } => {
            let r = cx.call(|s, c| industries::list_industries(s, c, all))?;
            cx.ui.list(&r, &["id", "slug", "name", "sectors", "is_active"])?;
        }
        IndustryCommand::Show { slug: s } => {
            let s = slug(&s)?;
            let r = cx.call(|st, c| industries::show_industry(st, c, &s))?;
            cx.ui.record(&r)?;
        }
        IndustryCommand::Import { file } => {
            let (text, name) = read_input(&file)?;
            let r = cx.call(|s, c| industries::import_industries(s, c, &text, &name))?;
            cx.ui.record(&r)?;
            cx.done(&format!(
                "imported {name}: industries {} created, {} updated, {} unchanged; sectors {} created, {} updated, {} unchanged",
                r.industries_created.len(),
                r.industries_updated.len(),
                r.industries_unchanged,
                r.sectors_created.len(),
                r.sectors_updated.len(),
                r.sectors_unchanged
            ));
        }
    }
    Ok(())
}
