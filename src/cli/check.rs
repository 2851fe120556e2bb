//! `tiekartta check FILE`: validate a project file or interchange JSON.

use clap::{ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::validate::{Severity, validate};

use super::{Ctx, EXIT_OK, EXIT_PROBLEM, Subcommand, emit, file_arg, load_strategy, path, say};

pub const CMD: Subcommand = Subcommand {
    name: "check",
    command,
    run,
};

fn command(lang: Lang) -> Command {
    Command::new("check")
        .about(lang.text("cli-check-about"))
        .arg(file_arg(lang, "cli-check-file"))
}

fn run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let file = path(m, "file");
    let strategy = load_strategy(file)?;
    let problems = validate(&strategy);
    for p in &problems {
        emit(&p.to_line(ctx.lang));
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    if errors == 0 {
        say(
            ctx,
            Message::new("cli-check-valid")
                .arg("file", file.display())
                .num("warnings", warnings as f64),
        );
        Ok(EXIT_OK)
    } else {
        say(
            ctx,
            Message::new("cli-check-invalid")
                .arg("file", file.display())
                .num("errors", errors as f64)
                .num("warnings", warnings as f64),
        );
        Ok(EXIT_PROBLEM)
    }
}
