//! `tiekartta info FILE`: a short summary of a strategy.

use clap::{ArgMatches, Command};
use tiekartta::Error;
use tiekartta::i18n::{Lang, Message};
use tiekartta::model::{DocumentKind, PlanDate};
use tiekartta::schedule::{self, DueKind, Verdict};

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
    let name_of = |kind: DueKind, id: &tiekartta::model::Id| -> String {
        match kind {
            DueKind::Action => s
                .actions
                .iter()
                .find(|a| &a.id == id)
                .map(|a| a.name.clone()),
            DueKind::Document => s
                .documents
                .iter()
                .find(|d| &d.id == id)
                .map(|d| d.name.clone()),
            DueKind::Milestone => s
                .milestones
                .iter()
                .find(|m| &m.id == id)
                .map(|m| m.name.clone()),
        }
        .unwrap_or_default()
    };
    let dues = schedule::occurrences(&s, today);
    // Late: every occurrence past its due and not done, and what was
    // recorded late; at risk as recorded.
    let mut late: Vec<(String, String)> = dues
        .iter()
        .filter(|d| d.verdict == Verdict::Late)
        .map(|d| (d.date.to_finnish(), name_of(d.kind, &d.id)))
        .collect();
    for a in &s.actions {
        if schedule::action_verdict(&s, a, today) == Verdict::Late
            && !dues
                .iter()
                .any(|d| d.id == a.id && d.verdict == Verdict::Late)
        {
            late.push(("–".into(), a.name.clone()));
        }
    }
    if !late.is_empty() {
        say(ctx, Message::new("cli-info-late"));
        for (date, name) in &late {
            emit(&format!("  {date}  {name}"));
        }
    }
    let at_risk: Vec<&tiekartta::model::Action> = s
        .actions
        .iter()
        .filter(|a| schedule::action_verdict(&s, a, today) == Verdict::AtRisk)
        .collect();
    if !at_risk.is_empty() {
        say(ctx, Message::new("cli-info-at-risk"));
        for a in at_risk {
            let due = schedule::action_span(&s, a)
                .1
                .map(|d| d.to_finnish())
                .unwrap_or_else(|| "–".into());
            emit(&format!("  {due}  {}", a.name));
        }
    }
    // Upcoming: every occurrence from today on that is not done.
    let upcoming: Vec<(PlanDate, String)> = dues
        .iter()
        .filter(|d| !schedule::past(&d.date, today) && d.verdict != Verdict::Done)
        .map(|d| (d.date, name_of(d.kind, &d.id)))
        .collect();
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
