//! `tiekartta draft IN.txt|IN.md|IN.docx -o OUT.json`: a strategy drafted
//! from the document a town already has, with what was not understood on
//! standard error; and `tiekartta new --town NAME --years 2025-2029 -o
//! OUT.tiekartta`: a blank, valid strategy for a council term.

use clap::{Arg, ArgAction, ArgMatches, Command};
use tiekartta::Error;
use tiekartta::draft::draft_file;
use tiekartta::i18n::{Lang, Message};
use tiekartta::interchange::to_json;
use tiekartta::model::Period;
use tiekartta::store::Project;

use super::{
    Ctx, EXIT_OK, EXIT_PROBLEM, EXIT_USAGE, Subcommand, emit_err, file_arg, output_arg, path,
    save_project, say, write_atomically,
};

pub const DRAFT: Subcommand = Subcommand {
    name: "draft",
    command: draft_command,
    run: draft_run,
};

pub const NEW: Subcommand = Subcommand {
    name: "new",
    command: new_command,
    run: new_run,
};

fn draft_command(lang: Lang) -> Command {
    Command::new("draft")
        .about(lang.text("cli-draft-about"))
        .arg(file_arg(lang, "cli-draft-file"))
        .arg(output_arg(lang, "cli-draft-output"))
}

fn draft_run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let input = path(m, "file");
    let out = path(m, "output");
    let d = draft_file(input)?;
    let json = to_json(&d.strategy);
    for l in &d.not_understood {
        emit_err(
            &ctx.lang.tr(&Message::new("cli-draft-not-understood")
                .num("line", l.number as f64)
                .arg("text", &l.text)),
        );
    }
    let summary = Message::new("cli-draft-summary")
        .arg("file", input.display())
        .num("placed", d.placed.len() as f64)
        .num("missed", d.not_understood.len() as f64);
    if out == std::path::Path::new("-") {
        use std::io::Write;
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(json.as_bytes())
            .and_then(|()| stdout.flush())
            .map_err(|e| Error::io(out, e))?;
    } else {
        write_atomically(out, json.as_bytes())?;
    }
    // The summary goes to standard error, so that `-o -` pipes clean JSON.
    emit_err(&ctx.lang.tr(&summary));
    Ok(EXIT_OK)
}

fn new_command(lang: Lang) -> Command {
    Command::new("new")
        .about(lang.text("cli-new-about"))
        .arg(
            Arg::new("town")
                .long("town")
                .required(true)
                .value_name(lang.text("cli-name"))
                .help(lang.text("cli-new-town")),
        )
        .arg(
            Arg::new("years")
                .long("years")
                .required(true)
                .value_name("2025-2029")
                .help(lang.text("cli-new-years")),
        )
        .arg(
            Arg::new("theme-word")
                .long("theme-word")
                .value_name("helmi")
                .help(lang.text("cli-new-theme-word")),
        )
        .arg(output_arg(lang, "cli-new-output"))
        .arg(
            Arg::new("force")
                .long("force")
                .action(ArgAction::SetTrue)
                .help(lang.text("cli-arg-force")),
        )
}

fn new_run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let town = m.get_one::<String>("town").cloned().unwrap_or_default();
    let years_text = m.get_one::<String>("years").cloned().unwrap_or_default();
    let out = path(m, "output");
    let years = match Period::parse(&years_text) {
        Ok(p) if p.start != p.end => p,
        _ => {
            emit_err(
                &ctx.lang
                    .tr(&Message::new("cli-new-bad-years").arg("years", &years_text)),
            );
            return Ok(EXIT_USAGE);
        }
    };
    if out.exists() && !m.get_flag("force") {
        say(ctx, Message::new("cli-exists").arg("file", out.display()));
        return Ok(EXIT_PROBLEM);
    }
    let strategy = tiekartta::session::blank::blank(
        &town,
        years,
        m.get_one::<String>("theme-word").map(String::as_str),
        ctx.lang,
    );
    let mut project = Project::create(strategy, &ctx.by())?;
    save_project(&mut project, out, ctx)?;
    say(ctx, Message::new("cli-new-done").arg("file", out.display()));
    Ok(EXIT_OK)
}
