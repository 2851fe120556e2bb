//! `tiekartta round status FILE [--round NAME]`: where a round stands, per
//! owner: when it was sent, when they answered and how many values their
//! answers changed, or a reminder to paste into an e-mail for those who
//! have not answered (in the language of `--lang`, Finnish by default).
//! Without `--round`, the round that went out last.

use clap::ArgMatches;
use tiekartta::Error;
use tiekartta::i18n::Message;
use tiekartta::round;

use super::{Ctx, EXIT_OK, EXIT_PROBLEM, emit, open_project, path, say};

pub(super) fn status_run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let project = open_project(path(m, "file"), ctx)?;
    let rounds = project.rounds()?;
    let wanted = m.get_one::<String>("round");
    let chosen = match wanted {
        Some(name) => rounds
            .iter()
            .find(|r| r.name == *name || r.id.as_str() == name),
        None => rounds.iter().max_by_key(|r| r.sent.first_day()),
    };
    let Some(r) = chosen else {
        let message = match wanted {
            Some(name) => Message::new("round-status-unknown").arg("name", name).arg(
                "names",
                rounds
                    .iter()
                    .map(|r| format!("”{}”", r.name))
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            None => Message::new("round-status-none"),
        };
        say(ctx, message);
        return Ok(EXIT_PROBLEM);
    };
    let s = project.strategy();
    let owners = round::status(s, r);
    let answered = owners.iter().filter(|o| o.answered.is_some()).count();
    say(
        ctx,
        Message::new("round-status-round")
            .arg("name", &r.name)
            .arg("sent", r.sent.to_finnish())
            .num("answered", answered as f64)
            .num("asked", owners.len() as f64),
    );
    if let Some(d) = r.deadline {
        say(
            ctx,
            Message::new("round-status-deadline").arg("deadline", d.to_finnish()),
        );
    }
    for o in &owners {
        let line = match o.answered {
            Some(d) => Message::new("round-status-answered")
                .arg("owner", &o.name)
                .arg("sent", r.sent.to_finnish())
                .arg("received", d.to_finnish())
                .num("changed", o.changed as f64),
            None => Message::new("round-status-waiting")
                .arg("owner", &o.name)
                .arg("sent", r.sent.to_finnish()),
        };
        say(ctx, line);
        if o.reports > 0 {
            emit(&format!(
                "  {}",
                ctx.lang
                    .tr(&Message::new("round-status-reports").num("count", o.reports as f64))
            ));
        }
        if o.waiting > 0 {
            emit(&format!(
                "  {}",
                ctx.lang
                    .tr(&Message::new("round-status-choices").num("count", o.waiting as f64))
            ));
        }
    }
    for o in owners.iter().filter(|o| o.answered.is_none()) {
        emit("");
        say(
            ctx,
            Message::new("round-status-reminder").arg("owner", &o.name),
        );
        emit(&round::reminder(s, r, o, ctx.lang));
    }
    Ok(EXIT_OK)
}
