//! The `tiekartta` command: import, export, check, summarise, update, merge
//! and print project files from a terminal or a script.
//!
//! A thin caller of the core library; see `src/cli/` for the subcommands.

mod cli;

fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(cli::run(std::env::args_os().collect()))
}
