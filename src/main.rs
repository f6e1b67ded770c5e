//! The `sitectl` binary: everything lives in `cli` (argument parsing, output) and the library.

mod cli;

fn main() -> std::process::ExitCode {
    cli::main()
}
