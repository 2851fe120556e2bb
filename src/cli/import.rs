//! `tiekartta import IN.json -o OUT.tiekartta`: build a project file.

use clap::{Arg, ArgAction, ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::interchange::from_json;
use tiekartta::store::Project;
use tiekartta::validate::{Severity, validate};

use super::{
    Ctx, EXIT_OK, EXIT_PROBLEM, Subcommand, emit, file_arg, output_arg, path, read_text, say,
};

pub const CMD: Subcommand = Subcommand {
    name: "import",
    command,
    run,
};

fn command(lang: Lang) -> Command {
    Command::new("import")
        .about(lang.text("cli-import-about"))
        .arg(file_arg(lang, "cli-import-file"))
        .arg(output_arg(lang, "cli-import-output"))
        .arg(
            Arg::new("force")
                .long("force")
                .action(ArgAction::SetTrue)
                .help(lang.text("cli-arg-force")),
        )
}

fn run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let input = path(m, "file");
    let out = path(m, "output");
    let strategy = from_json(&read_text(input)?)?;
    let problems = validate(&strategy);
    if problems.iter().any(|p| p.severity == Severity::Error) {
        for p in &problems {
            emit(&p.to_line(ctx.lang));
        }
        say(
            ctx,
            Message::new("cli-import-invalid").arg("file", input.display()),
        );
        return Ok(EXIT_PROBLEM);
    }
    if out.exists() && !m.get_flag("force") {
        say(ctx, Message::new("cli-exists").arg("file", out.display()));
        return Ok(EXIT_PROBLEM);
    }
    let mut project = Project::create(strategy, &ctx.by())?;
    project.save(out)?;
    say(
        ctx,
        Message::new("cli-import-done").arg("file", out.display()),
    );
    Ok(EXIT_OK)
}
