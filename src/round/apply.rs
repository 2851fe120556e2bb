//! Taking answers in: every changed cell an edit attributed to its owner.

use std::collections::HashMap;

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use super::read::Answer;
use super::reports::occurrence_statuses;
use super::write::actual_at;
use super::{Problem, RoundError};
use crate::edit::{self, Change};
use crate::i18n::Message;
use crate::model::part::{Image, Part};
use crate::model::{
    Action, Document, Id, Indicator, Measurement, PlanDate, RoundAnswer, RoundChoice, Status,
    Strategy,
};
use crate::store::{Author, ChangeKind, EditNote, NoteOp, Project};

/// A value both the owner and the project changed since the round went out;
/// the project's value stays until someone chooses.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundConflict {
    /// The file the answer came in.
    pub file: String,
    /// The owner who answered.
    pub owner: String,
    /// `action` or `indicator`.
    pub entity: &'static str,
    /// The entity's id.
    pub id: Id,
    /// The entity's name.
    pub name: String,
    /// The field: `status`, or the period of an actual (`actuals/2026`).
    pub field: String,
    /// The value when the round went out.
    pub sent: String,
    /// The project's value now (kept).
    pub project: String,
    /// The owner's value (not taken).
    pub answer: String,
}

/// One answer that changed something.
#[derive(Debug, Clone, PartialEq)]
pub struct Taken {
    /// The file it came in.
    pub file: String,
    /// The owner's name.
    pub owner: String,
    /// What it changed, a sentence per value, old » new.
    pub said: Vec<Message>,
}

/// What taking answers in did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TakeReport {
    /// Each answer that changed something.
    pub taken: Vec<Taken>,
    /// Values both sides changed; the project's value was kept.
    pub conflicts: Vec<RoundConflict>,
    /// Cells, rows, sheets and files that could not be taken.
    pub problems: Vec<Problem>,
}

/// The id of the status change an owner's answer about an action makes: the
/// same answer brought twice makes it once.
pub(crate) fn change_id(round: &str, owner: &Id, action: &Id) -> Id {
    Id(format!(
        "rc-{}",
        digest(&[round, owner.as_str(), action.as_str()])
    ))
}

fn same(a: f64, b: f64) -> bool {
    // A spreadsheet keeps 15 significant digits.
    (a - b).abs() <= 1e-12 * a.abs().max(b.abs()).max(1.0)
}

fn same_opt(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => same(a, b),
        (None, None) => true,
        _ => false,
    }
}

fn shown(v: Option<f64>) -> String {
    v.map(|v| v.to_string()).unwrap_or_default()
}

/// The id of the status entry an owner's answer about an occurrence of a
/// recurring document makes.
pub(crate) fn occurrence_change_id(round: &str, owner: &Id, doc: &Id, occurrence: &PlanDate) -> Id {
    let occurrence = occurrence.to_iso();
    Id(format!(
        "rc-{}",
        digest(&[round, owner.as_str(), "report", doc.as_str(), &occurrence])
    ))
}

/// The id of a round's value waiting for a choice: one per owner and value.
pub(crate) fn choice_id(round: &str, owner: &Id, what: &[&str]) -> Id {
    Id(format!(
        "ch-{}",
        digest(&[&[round, owner.as_str()], what].concat())
    ))
}

pub(super) fn digest(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for part in parts {
        h.update(part.as_bytes());
        h.update([0]);
    }
    h.finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The id of an answer, made of what it holds: the same answer brought twice
/// is recorded once, a corrected one again.
fn answer_id(a: &Answer) -> Id {
    let mut parts = vec![a.round.clone(), a.owner.to_string()];
    for x in &a.actions {
        parts.push(format!(
            "{}|{:?}|{:?}|{:?}",
            x.id, x.status, x.note, x.percent
        ));
    }
    for x in &a.indicators {
        parts.push(format!("{}|{}|{:?}", x.id, x.period.to_iso(), x.value));
    }
    for x in &a.reports {
        parts.push(format!(
            "report|{}|{}|{:?}|{:?}",
            x.id,
            x.occurrence.to_iso(),
            x.status,
            x.note
        ));
    }
    let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
    Id(format!("an-{}", digest(&refs)))
}

/// What one answer asks of the project: its edits, and the values the
/// project had changed too.
#[derive(Default)]
struct Asked {
    changes: Vec<Change>,
    choices: Vec<RoundChoice>,
    /// Each change in words.
    said: Vec<Message>,
}

/// Takes every answer in, in the order given; each answer is one edit by its
/// owner, its cells turned into edits ([`Change::Status`] with an id made of
/// round, owner and action, [`Change::Actual`]). `received` dates them. When
/// the round is recorded in the project, the answer's arrival is recorded
/// with it, and each value both the owner and the project changed waits
/// there for a choice (a conflict of the project); otherwise it is only
/// reported.
pub fn take_in(
    project: &mut Project,
    answers: &[Answer],
    received: NaiveDate,
) -> crate::Result<TakeReport> {
    let mut report = TakeReport::default();
    // Read once: each answer's arrival is recorded in these, in order.
    let mut rounds = project.rounds()?;
    for answer in answers {
        report.problems.extend(answer.problems.iter().cloned());
        if answer.strategy != project.strategy().id {
            let e = RoundError::OtherStrategy {
                file: answer.file.clone(),
            };
            report.problems.push(Problem {
                file: answer.file.clone(),
                sheet: String::new(),
                row: None,
                column: None,
                message: e.message(),
            });
            continue;
        }
        let owner_name = project
            .strategy()
            .owner(&answer.owner)
            .map(|o| o.name.clone())
            .unwrap_or_else(|| answer.owner.to_string());
        let recorded = rounds.iter().position(|r| r.id.as_str() == answer.round);
        let id = answer_id(answer);
        if let Some(r) = recorded
            && rounds[r].answers.iter().any(|x| x.id == id)
        {
            continue; // this answer is in already
        }
        let asked = one_answer(
            project.strategy(),
            answer,
            &owner_name,
            received,
            &mut report,
        );
        let author = Author::new(owner_name.clone());
        let changed = asked.changes.len();
        let said = asked.said;
        let change = (!asked.changes.is_empty()).then_some(Change::All {
            changes: asked.changes,
        });
        // Made on the project's strategy in place, never on a copy of it.
        let edit = |s: &mut Strategy| -> crate::Result<Vec<(Part, Image)>> {
            match &change {
                Some(c) => Ok(edit::apply(s, c)?.before),
                None => Ok(vec![]),
            }
        };
        let summary = match recorded {
            Some(r) => {
                let round = &mut rounds[r];
                round.answers.push(RoundAnswer {
                    id,
                    owner: answer.owner.clone(),
                    received: PlanDate::Day(received),
                    file: answer.file.clone(),
                    changed: changed as u32,
                });
                round.answers.sort_by(|a, b| {
                    (a.received.first_day(), &a.id).cmp(&(b.received.first_day(), &b.id))
                });
                let mut fields = vec!["answers".to_owned()];
                if !asked.choices.is_empty() {
                    fields.push("choices".into());
                }
                for c in asked.choices {
                    round.choices.retain(|x| x.id != c.id);
                    round.choices.push(c);
                }
                round.choices.sort_by(|a, b| a.id.cmp(&b.id));
                let note = EditNote {
                    op: NoteOp::Changed,
                    entity: "round".into(),
                    id: round.id.to_string(),
                    name: round.name.clone(),
                    fields,
                };
                project.record_edit(edit, Some(&rounds), vec![note], &author, ChangeKind::Edit)?
            }
            None => project.record_edit(edit, None, vec![], &author, ChangeKind::Edit)?,
        };
        if !summary.is_empty() {
            report.taken.push(Taken {
                file: answer.file.clone(),
                owner: owner_name,
                said,
            });
        }
    }
    Ok(report)
}

fn gone(answer: &Answer, entity: &str, id: &Id) -> Problem {
    Problem {
        file: answer.file.clone(),
        sheet: String::new(),
        row: None,
        column: None,
        message: Message::new("round-problem-gone")
            .arg("entity", entity)
            .arg("id", id),
    }
}

fn status_text(s: Status) -> String {
    s.message_id().to_owned()
}

fn one_answer(
    s: &Strategy,
    answer: &Answer,
    owner: &str,
    received: NaiveDate,
    report: &mut TakeReport,
) -> Asked {
    let mut asked = Asked::default();
    let day = PlanDate::Day(received);
    let actions: HashMap<&Id, &Action> = s.actions.iter().map(|a| (&a.id, a)).collect();
    let indicators: HashMap<&Id, &Indicator> = s.indicators.iter().map(|i| (&i.id, i)).collect();
    for a in &answer.actions {
        if a.status.is_none() && a.note.is_none() && a.percent.is_none() {
            continue;
        }
        let Some(&action) = actions.get(&a.id) else {
            report.problems.push(gone(answer, "action", &a.id));
            continue;
        };
        let id = change_id(&answer.round, &answer.owner, &a.id);
        if action.status_history.iter().any(|c| c.id == id) {
            continue; // this answer is in already
        }
        let now = action.status;
        let wanted = a.status.unwrap_or(a.sent_status);
        let mut note = a.note.clone().unwrap_or_default();
        if let Some(p) = a.percent {
            if !note.is_empty() {
                note.push(' ');
            }
            note.push_str(&format!("[{p} %]"));
        }
        if wanted != a.sent_status && now != a.sent_status && wanted != now {
            report.conflicts.push(RoundConflict {
                file: answer.file.clone(),
                owner: owner.to_owned(),
                entity: "action",
                id: a.id.clone(),
                name: action.name.clone(),
                field: "status".into(),
                sent: status_text(a.sent_status),
                project: status_text(now),
                answer: status_text(wanted),
            });
            asked.choices.push(RoundChoice {
                id: choice_id(&answer.round, &answer.owner, &["status", a.id.as_str()]),
                owner: answer.owner.clone(),
                received: day,
                action: Some(a.id.clone()),
                status: Some(wanted),
                note,
                ..RoundChoice::default()
            });
            continue;
        }
        let status = if wanted != a.sent_status { wanted } else { now };
        if status == now && note.is_empty() {
            continue;
        }
        asked.said.push(super::said::status(
            Message::new("entity-action"),
            &action.name,
            now,
            status,
            &note,
        ));
        asked.changes.push(Change::Status {
            action: a.id.clone(),
            status,
            date: day,
            note,
            id: Some(id),
        });
    }
    for i in &answer.indicators {
        let Some(value) = i.value else { continue };
        if same_opt(Some(value), i.sent) {
            continue;
        }
        let Some(&ind) = indicators.get(&i.id) else {
            report.problems.push(gone(answer, "indicator", &i.id));
            continue;
        };
        let now = actual_at(ind, &i.period);
        if same_opt(now, Some(value)) {
            continue;
        }
        if !same_opt(now, i.sent) {
            report.conflicts.push(RoundConflict {
                file: answer.file.clone(),
                owner: owner.to_owned(),
                entity: "indicator",
                id: i.id.clone(),
                name: ind.name.clone(),
                field: format!("actuals/{}", i.period.to_iso()),
                sent: shown(i.sent),
                project: shown(now),
                answer: shown(Some(value)),
            });
            let period = i.period.to_iso();
            asked.choices.push(RoundChoice {
                id: choice_id(
                    &answer.round,
                    &answer.owner,
                    &["actual", i.id.as_str(), &period],
                ),
                owner: answer.owner.clone(),
                received: day,
                indicator: Some(i.id.clone()),
                period: Some(i.period),
                value: Some(value),
                ..RoundChoice::default()
            });
            continue;
        }
        asked.said.push(super::said::actual(
            &ind.name, &i.period, now, value, &ind.unit,
        ));
        asked.changes.push(actual_change(ind, i.period, value));
    }
    reports(s, answer, owner, day, report, &mut asked);
    asked
}

/// The answers about recurring documents' occurrences: each a status entry
/// of that occurrence. One both the owner and the project changed is a
/// conflict: the project's status stays and a choice waits in the round, as
/// for actions.
fn reports(
    s: &Strategy,
    answer: &Answer,
    owner: &str,
    day: PlanDate,
    report: &mut TakeReport,
    asked: &mut Asked,
) {
    let filled: Vec<_> = answer
        .reports
        .iter()
        .filter(|r| r.status.is_some() || r.note.is_some())
        .collect();
    if filled.is_empty() {
        return;
    }
    let docs: HashMap<&Id, &Document> = s.documents.iter().map(|d| (&d.id, d)).collect();
    let statuses = occurrence_statuses(s);
    for r in filled {
        let Some(&doc) = docs.get(&r.id) else {
            report.problems.push(gone(answer, "document", &r.id));
            continue;
        };
        let id = occurrence_change_id(&answer.round, &answer.owner, &r.id, &r.occurrence);
        if doc.status_history.iter().any(|c| c.id == id) {
            continue; // this answer is in already
        }
        let Some(&now) = statuses.get(&(r.id.clone(), r.occurrence)) else {
            report.problems.push(gone(answer, "document", &r.id));
            continue; // no longer recurs, or not on that date
        };
        let wanted = r.status.unwrap_or(r.sent_status);
        if wanted != r.sent_status && now != r.sent_status && wanted != now {
            report.conflicts.push(RoundConflict {
                file: answer.file.clone(),
                owner: owner.to_owned(),
                entity: "document",
                id: r.id.clone(),
                name: doc.name.clone(),
                field: format!("occurrences/{}", r.occurrence.to_iso()),
                sent: status_text(r.sent_status),
                project: status_text(now),
                answer: status_text(wanted),
            });
            let occurrence = r.occurrence.to_iso();
            asked.choices.push(RoundChoice {
                id: choice_id(
                    &answer.round,
                    &answer.owner,
                    &["report", r.id.as_str(), &occurrence],
                ),
                owner: answer.owner.clone(),
                received: day,
                document: Some(r.id.clone()),
                occurrence: Some(r.occurrence),
                status: Some(wanted),
                note: r.note.clone().unwrap_or_default(),
                ..RoundChoice::default()
            });
            continue;
        }
        let status = if wanted != r.sent_status { wanted } else { now };
        let note = r.note.clone().unwrap_or_default();
        if status == now && note.is_empty() {
            continue;
        }
        asked.said.push(super::said::status(
            Message::new(doc.kind.message_id()),
            &super::said::occurrence_name(&doc.name, &r.occurrence),
            now,
            status,
            &note,
        ));
        asked.changes.push(Change::Occurrence {
            item: r.id.clone(),
            occurrence: r.occurrence,
            status,
            date: day,
            note,
            id: Some(id),
        });
    }
}

/// Enters `value` as the actual of `period`, keeping the note it had.
pub(crate) fn actual_change(ind: &Indicator, period: PlanDate, value: f64) -> Change {
    let note = ind
        .actuals
        .iter()
        .find(|m| m.date == period)
        .map(|m| m.note.clone())
        .unwrap_or_default();
    Change::Actual {
        indicator: ind.id.clone(),
        actual: Measurement {
            date: period,
            value,
            note,
        },
    }
}
