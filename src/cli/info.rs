//! `tiekartta info FILE`: a short summary of a strategy.

use clap::{ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::model::{DocumentKind, PlanDate, Status, Strategy};

use super::{Ctx, EXIT_OK, Subcommand, emit, file_arg, load_strategy, path, say, today, today_arg};

pub const CMD: Subcommand = Subcommand {
    name: "info",
    command,
    run,
};

/// How many upcoming dates the summary lists.
const UPCOMING: usize = 5;

fn command(lang: Lang) -> Command {
    Command::new("info")
        .about(lang.text("cli-info-about"))
        .arg(file_arg(lang, "cli-info-file"))
        .arg(today_arg(lang))
}

fn run(m: &ArgMatches, ctx: &Ctx) -> Result<u8, Error> {
    let today = match today(m, ctx.lang) {
        Ok(t) => t,
        Err(code) => return Ok(code),
    };
    let s = load_strategy(path(m, "file"), ctx)?;
    say(
        ctx,
        Message::new("cli-info-title")
            .arg("town", &s.town)
            .arg("name", &s.name),
    );
    let period = s
        .period
        .map(|p| p.to_finnish())
        .unwrap_or_else(|| "–".into());
    say(ctx, Message::new("cli-info-period").arg("period", period));
    let docs = |k: DocumentKind| s.documents.iter().filter(|d| d.kind == k).count() as f64;
    // The town's own word for its themes ("aallot", "kärjet"), lower-case as
    // it stands in the sentence; it is Finnish, so other languages say theirs.
    let theme_word = match s.theme_label.plural.trim() {
        "" => "teemat".to_owned(),
        w => w.to_lowercase(),
    };
    say(
        ctx,
        Message::new("cli-info-counts")
            .num("values", s.values.len() as f64)
            .arg("themeWord", theme_word)
            .num("themes", s.themes.len() as f64)
            .num("goals", s.goal_count() as f64)
            .num("actions", s.actions.len() as f64)
            .num("indicators", s.indicators.len() as f64)
            .num("plans", docs(DocumentKind::Plan))
            .num("reports", docs(DocumentKind::Report))
            .num("programmes", docs(DocumentKind::Programme))
            .num("phases", s.phases.len() as f64)
            .num("milestones", s.milestones.len() as f64),
    );
    let upcoming = upcoming(&s, today);
    if upcoming.is_empty() {
        say(ctx, Message::new("cli-info-no-upcoming"));
    } else {
        say(ctx, Message::new("cli-info-upcoming"));
        for (date, name) in upcoming.iter().take(UPCOMING) {
            emit(&format!("  {}  {}", date.to_finnish(), name));
        }
    }
    Ok(EXIT_OK)
}

/// Due dates of unfinished actions and documents, and milestones, from today on.
fn upcoming(s: &Strategy, today: chrono::NaiveDate) -> Vec<(PlanDate, String)> {
    let mut v: Vec<(PlanDate, String)> = s
        .actions
        .iter()
        .filter(|a| a.status != Status::Done)
        .filter_map(|a| a.due.map(|d| (d, a.name.clone())))
        .chain(
            s.documents
                .iter()
                .filter(|d| d.status != Some(Status::Done))
                .filter_map(|d| d.due.map(|due| (due, d.name.clone()))),
        )
        .chain(
            s.milestones
                .iter()
                .filter_map(|m| m.date.map(|d| (d, m.name.clone()))),
        )
        .filter(|(d, _)| d.last_day() >= today)
        .collect();
    v.sort();
    v
}
