//! The report in words: its sections in a language, as the CLI prints them
//! and the layout engine lays them out.

use super::{Changes, Point, TextKind};
use crate::i18n::{Lang, Message};
use crate::model::{PlanDate, Status};

/// One line of a section; a reworded text has its old and new wording.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The line (for a reworded text, whose text it is).
    pub text: String,
    /// The old and the new wording of a reworded text.
    pub texts: Option<(String, String)>,
    /// A summary of the lines after it ("4 toimenpidettä valmistui").
    pub summary: bool,
}

impl Line {
    fn plain(text: String) -> Line {
        Line {
            text,
            texts: None,
            summary: false,
        }
    }
}

/// A section of the report: a heading and its lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    /// The heading.
    pub title: String,
    /// The lines.
    pub lines: Vec<Line>,
}

/// A number as the language writes it (`1 234,5` in Finnish and Swedish).
fn number(v: f64, lang: Lang) -> String {
    let s = format!("{:.2}", v);
    let s = s.trim_end_matches('0').trim_end_matches('.').to_owned();
    match lang {
        Lang::En => s,
        _ => s.replace('.', ","),
    }
}

/// Dates as Finns write them: `1/2027–6/2028`, `6/2028` (a due date
/// alone), `1/2027–` (a start alone); no dates said in words.
fn span(start: Option<PlanDate>, due: Option<PlanDate>, lang: Lang) -> String {
    match (start, due) {
        (Some(s), Some(d)) if s == d => s.to_finnish(),
        (Some(s), Some(d)) => format!("{}–{}", s.to_finnish(), d.to_finnish()),
        (None, Some(d)) => d.to_finnish(),
        (Some(s), None) => format!("{}–", s.to_finnish()),
        (None, None) => lang.text("changes-no-dates"),
    }
}

/// The point of the history in words: the snapshot, or now.
fn point(p: &Point, lang: Lang) -> String {
    match &p.snapshot {
        Some(id) => lang.tr(&Message::new("changes-point")
            .arg("meeting", &p.meeting)
            .arg("id", id)
            .arg("date", p.date.map(|d| d.to_finnish()).unwrap_or_default())),
        None => lang.text("changes-now"),
    }
}

/// How many actions each status gained: "4 toimenpidettä valmistui, 2
/// myöhässä" (done first, then late, at risk, on track, not started).
fn status_summary(c: &Changes, lang: Lang) -> Option<String> {
    let order = [
        (Status::Done, "changes-now-done"),
        (Status::Late, "changes-now-late"),
        (Status::AtRisk, "changes-now-at-risk"),
        (Status::OnTrack, "changes-now-on-track"),
        (Status::NotStarted, "changes-now-not-started"),
    ];
    let parts: Vec<String> = order
        .iter()
        .filter_map(|(st, id)| {
            let n = c.statuses.iter().filter(|s| s.new == *st).count();
            (n > 0).then(|| lang.tr(&Message::new(id).num("count", n as f64)))
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The report's subtitle: from which point to which.
pub fn range(c: &Changes, lang: Lang) -> String {
    lang.tr(&Message::new("changes-range")
        .arg("since", point(&c.since, lang))
        .arg("until", point(&c.until, lang)))
}

/// The report's sections in `lang`; an empty report has none.
pub fn sections(c: &Changes, lang: Lang) -> Vec<Section> {
    let mut out = vec![];
    let mut add = |title: &'static str, lines: Vec<Line>| {
        if !lines.is_empty() {
            out.push(Section {
                title: lang.text(title),
                lines,
            });
        }
    };
    let action = |name: &str, theme: &str| {
        Line::plain(
            lang.tr(&Message::new("changes-action")
                .arg("name", name)
                .arg("theme", theme)),
        )
    };
    add(
        "changes-added",
        c.added.iter().map(|a| action(&a.name, &a.theme)).collect(),
    );
    add(
        "changes-removed",
        c.removed
            .iter()
            .map(|a| action(&a.name, &a.theme))
            .collect(),
    );
    add(
        "changes-moved",
        c.moved
            .iter()
            .map(|m| {
                Line::plain(
                    lang.tr(&Message::new("changes-change")
                        .arg("name", &m.action.name)
                        .arg("old", &m.from)
                        .arg("new", &m.action.theme)),
                )
            })
            .collect(),
    );
    add(
        "changes-rescheduled",
        c.rescheduled
            .iter()
            .map(|r| {
                Line::plain(
                    lang.tr(&Message::new("changes-change")
                        .arg("name", &r.action.name)
                        .arg("old", span(r.old_start, r.old_due, lang))
                        .arg("new", span(r.new_start, r.new_due, lang))),
                )
            })
            .collect(),
    );
    let mut statuses: Vec<Line> = status_summary(c, lang)
        .into_iter()
        .map(|text| Line {
            summary: true,
            ..Line::plain(text)
        })
        .collect();
    statuses.extend(c.statuses.iter().map(|s| {
        Line::plain(
            lang.tr(&Message::new("changes-change")
                .arg("name", &s.action.name)
                .arg("old", lang.text(s.old.message_id()))
                .arg("new", lang.text(s.new.message_id()))),
        )
    }));
    add("changes-statuses", statuses);
    add(
        "changes-actuals",
        c.actuals
            .iter()
            .map(|a| {
                Line::plain(
                    lang.tr(&Message::new("changes-actual")
                        .arg("name", &a.name)
                        .arg("date", a.date.to_finnish())
                        .arg("value", number(a.value, lang))
                        .arg("unit", &a.unit)),
                )
            })
            .collect(),
    );
    let said = |r: &super::Reworded| {
        let text = match r.kind {
            TextKind::Vision => lang.text("handout-vision"),
            TextKind::Mission => lang.text("handout-mission"),
            TextKind::Value => lang.tr(&Message::new("changes-text-value").arg("name", &r.name)),
            TextKind::Goal => lang.tr(&Message::new("changes-text-goal").arg("name", &r.name)),
            TextKind::Theme => lang.text("changes-text-theme"),
            TextKind::Action => lang.tr(&Message::new("changes-text-action").arg("theme", &r.name)),
            TextKind::Indicator if r.name.is_empty() => lang.text("changes-text-indicator"),
            TextKind::Indicator => {
                lang.tr(&Message::new("changes-text-indicator-in").arg("theme", &r.name))
            }
        };
        Line {
            texts: Some((r.old.clone(), r.new.clone())),
            ..Line::plain(text)
        }
    };
    add(
        "changes-renamed",
        c.reworded
            .iter()
            .filter(|r| r.kind.is_name())
            .map(said)
            .collect(),
    );
    add(
        "changes-reworded",
        c.reworded
            .iter()
            .filter(|r| !r.kind.is_name())
            .map(said)
            .collect(),
    );
    out
}

/// The report as plain text: the title, the range, then each section with
/// its lines indented (a reworded text as its old and new wording).
pub fn text(c: &Changes, lang: Lang) -> String {
    let mut out = vec![lang.text("changes-title"), range(c, lang)];
    let all = sections(c, lang);
    if all.is_empty() {
        out.push(String::new());
        out.push(lang.text("changes-none"));
    }
    for s in all {
        out.push(String::new());
        out.push(s.title);
        for l in s.lines {
            out.push(format!("  {}", l.text));
            if let Some((old, new)) = l.texts {
                out.push(format!("    {}: {old}", lang.text("changes-old")));
                out.push(format!("    {}: {new}", lang.text("changes-new")));
            }
        }
    }
    out.join("\n")
}
