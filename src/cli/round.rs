//! `tiekartta round out FILE --round NAME [--owner ID…] -o DIR`,
//! `tiekartta round in FILE ANSWER.xlsx…`, `tiekartta round status FILE`
//! (in `round_status`) and `tiekartta xlsx FILE -o OUT`: the follow-up
//! round's workbooks out (recorded in the project when FILE is one), the
//! owners' answers back in as their edits, where the round stands, and the
//! whole plan as one workbook.
//!
//! `round in` exits 0, or 3 while some value both the owner and the project
//! changed waits for a choice (`tiekartta conflicts` / `resolve`, as after
//! `merge`); a file that could not be read at all is said and the others
//! still taken.

use std::path::PathBuf;

use clap::{Arg, ArgAction, ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::model::{Id, PlanDate};
use tiekartta::round::{self, RoundSpec};
use tiekartta::store::{ChangeKind, EditNote, NoteOp};

use super::merge::EXIT_CONFLICTS;
use super::{
    Ctx, EXIT_OK, EXIT_PROBLEM, Subcommand, emit, emit_err, file_arg, load_strategy, open_project,
    output_arg, path, save_project, say, write_atomically,
};

/// `tiekartta round`.
pub const ROUND: Subcommand = Subcommand {
    name: "round",
    command: round_command,
    run: round_run,
};
/// `tiekartta xlsx`.
pub const XLSX: Subcommand = Subcommand {
    name: "xlsx",
    command: xlsx_command,
    run: xlsx_run,
};

fn round_command(lang: Lang) -> Command {
    let out = Command::new("out")
        .about(lang.text("cli-round-out-about"))
        .arg(file_arg(lang, "cli-export-file"))
        .arg(
            Arg::new("round")
                .long("round")
                .required(true)
                .value_name(lang.text("cli-name"))
                .help(lang.text("cli-round-out-name")),
        )
        .arg(
            Arg::new("owner")
                .long("owner")
                .action(ArgAction::Append)
                .value_name("ID")
                .help(lang.text("cli-round-out-owner")),
        )
        .arg(
            Arg::new("period")
                .long("period")
                .action(ArgAction::Append)
                .value_name("2026")
                .help(lang.text("cli-round-out-period")),
        )
        .arg(
            Arg::new("deadline")
                .long("deadline")
                .value_name("14.10.2026")
                .help(lang.text("cli-round-out-deadline")),
        )
        .arg(
            Arg::new("reply-to")
                .long("reply-to")
                .value_name(lang.text("cli-name"))
                .help(lang.text("cli-round-out-reply")),
        )
        .arg(super::today_arg(lang))
        .arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .required(true)
                .value_name(lang.text("cli-file"))
                .value_parser(clap::value_parser!(PathBuf))
                .help(lang.text("cli-round-out-dir")),
        );
    let answers = Command::new("in")
        .about(lang.text("cli-round-in-about"))
        .arg(file_arg(lang, "cli-update-file"))
        .arg(
            Arg::new("answers")
                .required(true)
                .num_args(1..)
                .value_name(lang.text("cli-file"))
                .value_parser(clap::value_parser!(PathBuf))
                .help(lang.text("cli-round-in-answers")),
        )
        .arg(super::today_arg(lang));
    let status = Command::new("status")
        .about(lang.text("cli-round-status-about"))
        .arg(file_arg(lang, "cli-update-file"))
        .arg(
            Arg::new("round")
                .long("round")
                .value_name(lang.text("cli-name"))
                .help(lang.text("cli-round-status-round")),
        );
    Command::new("round")
        .about(lang.text("cli-round-about"))
        .subcommand_required(true)
        .subcommand(super::localize(out, lang))
        .subcommand(super::localize(answers, lang))
        .subcommand(super::localize(status, lang))
}

fn round_run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    match m.subcommand() {
        Some(("out", sub)) => out_run(sub, ctx),
        Some(("in", sub)) => in_run(sub, ctx),
        Some(("status", sub)) => super::round_status::status_run(sub, ctx),
        _ => Ok(super::EXIT_USAGE),
    }
}

fn date_arg(m: &ArgMatches, id: &str) -> Result<Option<PlanDate>, Error> {
    m.get_one::<String>(id)
        .map(|s| PlanDate::parse(s).map_err(Error::from))
        .transpose()
}

fn out_run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let file = path(m, "file");
    let loaded = tiekartta::session::open::load(file)?;
    // A project records the round; interchange JSON only gets the workbooks.
    let mut project = match loaded.project {
        Some(_) => Some(open_project(file, ctx)?),
        None => None,
    };
    let strategy = match &project {
        Some(p) => p.strategy().clone(),
        None => load_strategy(file, ctx)?,
    };
    // The day the round is sent (and, unless asked, whose year it asks).
    let today = match super::today(m, ctx.lang) {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    let mut periods = vec![];
    for p in m.get_many::<String>("period").into_iter().flatten() {
        periods.push(PlanDate::parse(p)?);
    }
    if periods.is_empty() {
        use chrono::Datelike;
        periods.push(PlanDate::year(today.year())?);
    }
    let spec = RoundSpec {
        id: Id::fresh("round").0,
        name: m.get_one::<String>("round").cloned().unwrap_or_default(),
        owners: m
            .get_many::<String>("owner")
            .into_iter()
            .flatten()
            .map(|s| Id(s.clone()))
            .collect(),
        periods,
        sent: today,
        deadline: date_arg(m, "deadline")?.map(|d| d.last_day()),
        reply_to: m
            .get_one::<String>("reply-to")
            .cloned()
            .unwrap_or_else(|| ctx.author.clone()),
        lang: ctx.lang,
    };
    let unknown: Vec<&Id> = spec
        .owners
        .iter()
        .filter(|o| strategy.owner(o).is_none())
        .collect();
    if !unknown.is_empty() {
        for o in unknown {
            say(
                ctx,
                Message::new("cli-round-out-unknown-owner").arg("id", o),
            );
        }
        return Ok(EXIT_PROBLEM);
    }
    let dir = path(m, "output");
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let all = round::send(&strategy, &spec)?;
    for sent in &all {
        let file = dir.join(&sent.file_name);
        write_atomically(&file, &sent.bytes)?;
        say(
            ctx,
            Message::new("cli-round-out-done")
                .arg("file", file.display())
                .num("actions", sent.actions as f64)
                .num("indicators", sent.indicators as f64),
        );
    }
    if let Some(project) = project.as_mut() {
        let record = round::record(&spec, &all);
        let note = EditNote {
            op: NoteOp::Added,
            entity: "round".into(),
            id: record.id.to_string(),
            name: record.name.clone(),
            fields: vec![],
        };
        let mut rounds = project.rounds()?;
        rounds.push(record);
        project.record_rounds(None, &rounds, vec![note], &ctx.by(), ChangeKind::Edit)?;
        save_project(project, file, ctx)?;
        say(
            ctx,
            Message::new("cli-round-out-recorded")
                .arg("name", &spec.name)
                .arg("file", file.display()),
        );
    }
    Ok(EXIT_OK)
}

fn in_run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let file = path(m, "file");
    let mut project = open_project(file, ctx)?;
    let mut answers = vec![];
    let mut unreadable = false;
    for a in m.get_many::<PathBuf>("answers").into_iter().flatten() {
        let shown = a.display().to_string();
        let answer = round::read_answer_file(a, &shown);
        match answer {
            Ok(answer) => answers.push(answer),
            Err(e) => {
                emit_err(&e.to_text(ctx.lang));
                unreadable = true;
            }
        }
    }
    // The day the answers are received, which dates their edits.
    let received = match super::today(m, ctx.lang) {
        Ok(d) => d,
        Err(code) => return Ok(code),
    };
    let report = round::take_in(&mut project, &answers, received)?;
    for p in &report.problems {
        emit_err(&p.to_text(ctx.lang));
    }
    for t in &report.taken {
        say(
            ctx,
            Message::new("cli-round-in-taken")
                .arg("owner", &t.owner)
                .arg("file", &t.file),
        );
        for m in &t.said {
            emit(&format!("  {}", ctx.lang.tr(m)));
        }
    }
    if report.taken.is_empty() {
        say(ctx, Message::new("cli-round-in-nothing"));
    } else {
        save_project(&mut project, file, ctx)?;
        say(
            ctx,
            Message::new("cli-round-in-done").arg("file", file.display()),
        );
    }
    for c in &report.conflicts {
        let value = |v: &str| {
            tiekartta::model::Status::ALL
                .iter()
                .find(|s| s.message_id() == v)
                .map(|s| ctx.lang.text(s.message_id()))
                .unwrap_or_else(|| v.to_owned())
        };
        say(
            ctx,
            Message::new("cli-round-in-conflict")
                .arg("owner", &c.owner)
                .arg("name", &c.name)
                .arg("field", &c.field)
                .arg("answer", value(&c.answer))
                .arg("sent", value(&c.sent))
                .arg("project", value(&c.project)),
        );
    }
    if !project.conflicts().is_empty() {
        say(
            ctx,
            Message::new("cli-round-in-choose")
                .num("count", project.conflicts().len() as f64)
                .arg("file", file.display()),
        );
    }
    Ok(
        if !report.conflicts.is_empty() || !project.conflicts().is_empty() {
            EXIT_CONFLICTS
        } else if unreadable {
            EXIT_PROBLEM
        } else {
            EXIT_OK
        },
    )
}

fn xlsx_command(lang: Lang) -> Command {
    Command::new("xlsx")
        .about(lang.text("cli-xlsx-about"))
        .arg(file_arg(lang, "cli-export-file"))
        .arg(output_arg(lang, "cli-xlsx-output"))
}

fn xlsx_run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let strategy = load_strategy(path(m, "file"), ctx)?;
    let out = path(m, "output");
    write_atomically(out, &round::plan_workbook(&strategy, ctx.lang)?)?;
    say(
        ctx,
        Message::new("cli-export-done").arg("file", out.display()),
    );
    Ok(EXIT_OK)
}

/// `tiekartta ics`.
pub const ICS: Subcommand = Subcommand {
    name: "ics",
    command: ics_command,
    run: ics_run,
};

fn ics_command(lang: Lang) -> Command {
    Command::new("ics")
        .about(lang.text("cli-ics-about"))
        .arg(file_arg(lang, "cli-export-file"))
        .arg(
            Arg::new("owner")
                .long("owner")
                .value_name("ID")
                .help(lang.text("cli-ics-owner")),
        )
        .arg(output_arg(lang, "cli-ics-output"))
}

fn ics_run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let file = path(m, "file");
    let loaded = tiekartta::session::open::load(file)?;
    let (strategy, history) = match loaded.project {
        Some(_) => {
            let project = open_project(file, ctx)?;
            (project.strategy().clone(), project.history()?)
        }
        None => (loaded.strategy, vec![]),
    };
    let owner = m.get_one::<String>("owner").map(|s| Id(s.clone()));
    let text = tiekartta::calendar::deadlines(&strategy, &history, owner.as_ref(), ctx.lang);
    let out = path(m, "output");
    write_atomically(out, text.as_bytes())?;
    say(
        ctx,
        Message::new("cli-export-done").arg("file", out.display()),
    );
    Ok(EXIT_OK)
}
