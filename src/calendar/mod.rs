//! Deadlines into calendars: the strategy's due dates and milestones as an
//! iCalendar file (the `icalendar` crate writes it) that Outlook and Google
//! import.
//!
//! Every entry is an all-day `VEVENT` (`DTSTART;VALUE=DATE`, as Outlook and
//! Google ignore `VTODO`) with a `UID` stable per entity and occurrence, so a
//! re-import updates rather than duplicates, and a `SEQUENCE` counted from
//! the history: one more for every recorded edit of that date. A date known
//! to the month or the year is placed on a sensible day (a deadline on the
//! last day, a milestone on the first) and the description says so, with the
//! theme › goal path and the owners. A yearly milestone recurs on each year of
//! the strategy's period, each year its own UID.

use chrono::NaiveDate;
use icalendar::{Calendar, Component, EventLike};

use crate::i18n::{Lang, Message};
use crate::model::{Id, PlanDate, Precision, Strategy};
use crate::schedule;
use crate::store::{HistoryEntry, NoteOp};

/// Which day of a month or a year an entry is placed on.
#[derive(Clone, Copy, PartialEq)]
enum Place {
    First,
    Last,
}

/// One calendar entry before it is written.
struct Entry {
    uid: String,
    day: NaiveDate,
    summary: String,
    description: Vec<String>,
    sequence: u32,
}

/// How many recorded edits changed `field` of this entity.
fn sequence(history: &[HistoryEntry], entity: &str, id: &Id, field: &str) -> u32 {
    history
        .iter()
        .filter(|h| {
            h.notes.iter().any(|n| {
                n.op == NoteOp::Changed
                    && n.entity == entity
                    && n.id == id.as_str()
                    && n.fields
                        .iter()
                        .any(|f| f == field || f.starts_with(&format!("{field}/")))
            })
        })
        .count() as u32
}

fn day_of(d: &PlanDate, place: Place) -> NaiveDate {
    match place {
        Place::First => d.first_day(),
        Place::Last => d.last_day(),
    }
}

/// What the description says of a date known only to the month or year.
fn precision_line(d: &PlanDate, place: Place, lang: Lang) -> Option<String> {
    let id = match (d.precision(), place) {
        (Precision::Day, _) => return None,
        (Precision::Month, Place::Last) => "ics-month-last",
        (Precision::Month, Place::First) => "ics-month-first",
        (Precision::Year, Place::Last) => "ics-year-last",
        (Precision::Year, Place::First) => "ics-year-first",
    };
    Some(lang.tr(&Message::new(id).arg("date", d.to_finnish())))
}

fn owners_line(s: &Strategy, owners: &[Id], lang: Lang) -> Option<String> {
    let names: Vec<&str> = owners
        .iter()
        .filter_map(|o| s.owner(o).map(|o| o.name.as_str()))
        .collect();
    (!names.is_empty())
        .then(|| lang.tr(&Message::new("ics-owners").arg("owners", names.join(", "))))
}

/// The calendar of the strategy's deadlines and milestones, for one owner or
/// for all; `history` gives the `SEQUENCE` (empty for a plain JSON file).
pub fn deadlines(s: &Strategy, history: &[HistoryEntry], owner: Option<&Id>, lang: Lang) -> String {
    let mine = |owners: &[Id]| owner.is_none_or(|o| owners.contains(o));
    let uid = |kind: &str, id: &Id, what: &str| format!("{}.{kind}.{id}.{what}@tiekartta", s.id);
    let mut entries = vec![];
    // Later occurrences of a recurring item get their own UID, named by the
    // occurrence's year (or its date, when it recurs more than yearly).
    let what = |field: &str, dates: &[PlanDate], i: usize| -> String {
        if i == 0 {
            return field.to_owned();
        }
        let yearly = dates.iter().map(PlanDate::year_number).collect::<Vec<_>>();
        let d = dates[i];
        if yearly.iter().filter(|y| **y == d.year_number()).count() == 1 {
            format!("{field}.{}", d.year_number())
        } else {
            format!("{field}.{}", d.to_iso())
        }
    };
    for a in s.actions.iter().filter(|a| mine(&a.owners)) {
        let dates = schedule::action_dates(s, a);
        for (i, due) in dates.iter().enumerate() {
            let mut description = vec![crate::round::path_of(s, a)];
            description.extend(owners_line(s, &a.owners, lang));
            description.extend(precision_line(due, Place::Last, lang));
            entries.push(Entry {
                uid: uid("action", &a.id, &what("due", &dates, i)),
                day: day_of(due, Place::Last),
                summary: lang.tr(&Message::new("ics-action-due").arg("name", &a.name)),
                description,
                sequence: sequence(history, "action", &a.id, "due"),
            });
        }
    }
    for d in s.documents.iter().filter(|d| mine(&d.owners)) {
        let dates = schedule::document_dates(s, d);
        for (i, due) in dates.iter().enumerate() {
            let mut description = vec![];
            description.extend(owners_line(s, &d.owners, lang));
            description.extend(precision_line(due, Place::Last, lang));
            entries.push(Entry {
                uid: uid("document", &d.id, &what("due", &dates, i)),
                day: day_of(due, Place::Last),
                summary: lang.tr(&Message::new("ics-document-due").arg("name", &d.name)),
                description,
                sequence: sequence(history, "document", &d.id, "due"),
            });
        }
    }
    for m in s.milestones.iter().filter(|m| mine(&m.owners)) {
        let Some(date) = m.date else { continue };
        let dates = schedule::expand(date, m.cadence, s.period.map(|p| p.end));
        let sequence = sequence(history, "milestone", &m.id, "date");
        for (i, at) in dates.iter().enumerate() {
            let mut description = vec![];
            if !m.description.is_empty() {
                description.push(m.description.clone());
            }
            description.extend(owners_line(s, &m.owners, lang));
            description.extend(precision_line(at, Place::First, lang));
            entries.push(Entry {
                uid: uid("milestone", &m.id, &what("date", &dates, i)),
                day: day_of(at, Place::First),
                summary: m.name.clone(),
                description,
                sequence,
            });
        }
    }
    entries.sort_by(|a, b| (a.day, &a.uid).cmp(&(b.day, &b.uid)));

    let mut cal = Calendar::new();
    let name = match owner.and_then(|o| s.owner(o)) {
        Some(o) => format!("{} – {}", s.name, o.name),
        None => s.name.clone(),
    };
    cal.name(&name);
    for e in entries {
        let mut ev = icalendar::Event::new();
        ev.uid(&e.uid)
            .summary(&e.summary)
            .description(&e.description.join("\n"))
            .starts(e.day)
            .ends(e.day.succ_opt().unwrap_or(e.day))
            .sequence(e.sequence);
        cal.push(ev.done());
    }
    cal.done().to_string()
}
