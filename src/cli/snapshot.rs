//! `tiekartta snapshot FILE --meeting TEXT [--date DATE] [--handouts
//! roadmap,onepage…]`: records in the project that its handouts were made
//! for a meeting, at this point of the history, and prints the snapshot's
//! short id (which the footers of handouts printed with `--snapshot ID`
//! carry); `--list` lists the snapshots instead.

use clap::{Arg, ArgAction, ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::model::PlanDate;

use super::{
    Ctx, EXIT_OK, EXIT_USAGE, Subcommand, emit_err, file_arg, open_project, path, save_project, say,
};

pub const CMD: Subcommand = Subcommand {
    name: "snapshot",
    command,
    run,
};

/// The handouts a snapshot can name.
const HANDOUTS: [&str; 6] = [
    "roadmap", "onepage", "actions", "progress", "deck", "changes",
];

fn command(lang: Lang) -> Command {
    Command::new("snapshot")
        .about(lang.text("cli-snapshot-about"))
        .arg(file_arg(lang, "cli-snapshot-file"))
        .arg(
            Arg::new("meeting")
                .long("meeting")
                .value_name(lang.text("cli-snapshot-meeting-name"))
                .required_unless_present("list")
                .help(lang.text("cli-arg-meeting")),
        )
        .arg(
            Arg::new("date")
                .long("date")
                .value_name(lang.text("cli-date"))
                .help(lang.text("cli-arg-snapshot-date")),
        )
        .arg(
            Arg::new("handouts")
                .long("handouts")
                .value_name("roadmap,onepage…")
                .value_delimiter(',')
                .value_parser(HANDOUTS)
                .help(lang.text("cli-arg-handouts")),
        )
        .arg(
            Arg::new("list")
                .long("list")
                .action(ArgAction::SetTrue)
                .conflicts_with_all(["meeting", "date", "handouts"])
                .help(lang.text("cli-arg-snapshot-list")),
        )
}

fn run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let file = path(m, "file");
    let mut project = open_project(file, ctx)?;
    if m.get_flag("list") {
        let all = project.snapshots()?;
        if all.is_empty() {
            say(ctx, Message::new("cli-snapshot-none"));
        }
        for s in &all {
            say(ctx, line(s));
        }
        return Ok(EXIT_OK);
    }
    let meeting = m
        .get_one::<String>("meeting")
        .map(|t| t.trim().to_owned())
        .unwrap_or_default();
    if meeting.is_empty() {
        emit_err(&ctx.lang.text("cli-snapshot-no-meeting"));
        return Ok(EXIT_USAGE);
    }
    let date = match m.get_one::<String>("date") {
        Some(t) => match PlanDate::parse(t) {
            Ok(d) => d,
            Err(_) => {
                emit_err(
                    &ctx.lang
                        .tr(&Message::new("model-invalid-date").arg("text", t)),
                );
                return Ok(EXIT_USAGE);
            }
        },
        None => {
            let today = chrono::Local::now().date_naive();
            PlanDate::Day(today)
        }
    };
    let handouts: Vec<String> = m
        .get_many::<String>("handouts")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let snap = project.record_snapshot(&meeting, date, &handouts, &ctx.by())?;
    save_project(&mut project, file, ctx)?;
    say(
        ctx,
        Message::new("cli-snapshot-recorded")
            .arg("id", &snap.id.0)
            .arg("meeting", &snap.meeting),
    );
    Ok(EXIT_OK)
}

/// One snapshot as a line of `--list`.
fn line(s: &tiekartta::model::CouncilSnapshot) -> Message {
    Message::new("cli-snapshot-line")
        .arg("id", &s.id.0)
        .arg("date", s.date.to_finnish())
        .arg("meeting", &s.meeting)
        .arg("handouts", s.handouts.join(", "))
}
