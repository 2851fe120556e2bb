//! `tiekartta update FILE --from EDITED.json`: bring the differences in as
//! edits, keeping the file's history so copies can still be merged.

use clap::{Arg, ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::interchange::from_json;
use tiekartta::validate::{Severity, validate};

use super::{
    Ctx, EXIT_OK, EXIT_PROBLEM, Subcommand, emit, file_arg, open_project, path, read_text,
    save_project, say,
};

pub const CMD: Subcommand = Subcommand {
    name: "update",
    command,
    run,
};

fn command(lang: Lang) -> Command {
    Command::new("update")
        .about(lang.text("cli-update-about"))
        .arg(file_arg(lang, "cli-update-file"))
        .arg(
            Arg::new("from")
                .long("from")
                .required(true)
                .value_name(lang.text("cli-file"))
                .value_parser(clap::value_parser!(std::path::PathBuf))
                .help(lang.text("cli-update-from")),
        )
}

fn run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let file = path(m, "file");
    let from = path(m, "from");
    let edited = from_json(&read_text(from)?)?;
    let problems = validate(&edited);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        for p in &problems {
            emit(&p.to_line(ctx.lang));
        }
        say(
            ctx,
            Message::new("cli-update-invalid").arg("file", from.display()),
        );
        return Ok(EXIT_PROBLEM);
    }
    let mut project = open_project(file, ctx)?;
    let summary = project.apply(edited, &ctx.by())?;
    save_project(&mut project, file, ctx)?;
    say(
        ctx,
        Message::new("cli-update-done")
            .arg("file", file.display())
            .num("added", summary.added as f64)
            .num("changed", summary.changed as f64)
            .num("deleted", summary.deleted as f64),
    );
    Ok(EXIT_OK)
}
