//! The `tiekartta` binary as the CLI tests run it: with the user's locale
//! removed (so it speaks Finnish unless a test says `--lang` or sets
//! `TIEKARTTA_LANG` itself) and as a named author, so what it records is
//! the same on every machine.

use std::process::{Command, Output};

/// A `tiekartta` command with the locale removed and the author set, for a
/// test that adds its own environment or input.
pub fn command(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tiekartta"));
    c.args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("TIEKARTTA_LANG")
        .env("TIEKARTTA_AUTHOR", "Testi Testaaja");
    c
}

/// Runs `tiekartta ARGS` to its end.
pub fn tiekartta(args: &[&str]) -> Output {
    command(args).output().expect("the tiekartta binary runs")
}

/// What it said: its standard output, then its standard error.
pub fn said(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}
