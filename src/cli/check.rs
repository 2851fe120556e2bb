//! `tiekartta check FILE`: validate a project file or interchange JSON.

use clap::{ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::validate::{Severity, validate};

use tiekartta::session::open::is_json;
use tiekartta::store::Project;

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
    // A project file is read whole from its history and compared with its
    // snapshot: a file that only opens fast is not yet a sound file.
    let (strategy, repaired) = if is_json(file) {
        (load_strategy(file, ctx)?, None)
    } else {
        let mut project = Project::open(file)?;
        let repair = project.verify_deep()?;
        (project.strategy().clone(), repair)
    };
    if let Some(r) = &repaired {
        emit(&ctx.lang.tr(&r.message()));
    }
    let problems = validate(&strategy);
    for p in &problems {
        emit(&p.to_line(ctx.lang));
    }
    let errors = problems
        .iter()
        .filter(|p| p.severity == Severity::Error)
        .count();
    let warnings = problems.len() - errors;
    let errors = errors + usize::from(repaired.is_some());
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
