//! Taking answers in: every changed cell an edit attributed to its owner.

use chrono::NaiveDate;
use sha2::{Digest, Sha256};

use super::read::Answer;
use super::write::actual_at;
use super::{Problem, RoundError};
use crate::i18n::Message;
use crate::model::{Id, Measurement, PlanDate, Status, StatusChange, Strategy};
use crate::store::{Author, EditSummary, Project};

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

/// What taking answers in did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TakeReport {
    /// Per answer that changed something: its file, the owner's name, the edit.
    pub taken: Vec<(String, String, EditSummary)>,
    /// Values both sides changed; the project's value was kept.
    pub conflicts: Vec<RoundConflict>,
    /// Cells, rows, sheets and files that could not be taken.
    pub problems: Vec<Problem>,
}

/// The id of the status change an owner's answer about an action makes: the
/// same answer brought twice makes it once.
fn change_id(round: &str, owner: &Id, action: &Id) -> Id {
    let mut h = Sha256::new();
    for part in [round, owner.as_str(), action.as_str()] {
        h.update(part.as_bytes());
        h.update([0]);
    }
    let hex: String = h
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    Id(format!("rc-{hex}"))
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

/// Takes every answer in, in the order given; each answer that changes
/// something is one edit by its owner. `received` dates the status changes.
pub fn take_in(
    project: &mut Project,
    answers: &[Answer],
    received: NaiveDate,
) -> crate::Result<TakeReport> {
    let mut report = TakeReport::default();
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
        let mut edited = project.strategy().clone();
        one_answer(&mut edited, answer, &owner_name, received, &mut report);
        let summary = project.apply(edited, &Author::new(owner_name.clone()))?;
        if !summary.is_empty() {
            report
                .taken
                .push((answer.file.clone(), owner_name, summary));
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
    s: &mut Strategy,
    answer: &Answer,
    owner: &str,
    received: NaiveDate,
    report: &mut TakeReport,
) {
    for a in &answer.actions {
        if a.status.is_none() && a.note.is_none() && a.percent.is_none() {
            continue;
        }
        let Some(action) = s.actions.iter_mut().find(|x| x.id == a.id) else {
            report.problems.push(gone(answer, "action", &a.id));
            continue;
        };
        let id = change_id(&answer.round, &answer.owner, &a.id);
        if action.status_history.iter().any(|c| c.id == id) {
            continue; // this answer is in already
        }
        let now = action.status;
        let wanted = a.status.unwrap_or(a.sent_status);
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
            continue;
        }
        let status = if wanted != a.sent_status { wanted } else { now };
        let mut note = a.note.clone().unwrap_or_default();
        if let Some(p) = a.percent {
            if !note.is_empty() {
                note.push(' ');
            }
            note.push_str(&format!("[{p} %]"));
        }
        if status == now && note.is_empty() {
            continue;
        }
        action.status = status;
        action.status_history.push(StatusChange {
            id,
            date: PlanDate::Day(received),
            status,
            note,
        });
        // Answers of one day stand in the order of their ids, so that the
        // order they came in does not show.
        let h = &mut action.status_history;
        let run = h
            .iter()
            .rev()
            .take_while(|c| c.id.as_str().starts_with("rc-") && c.date == PlanDate::Day(received))
            .count();
        let start = h.len() - run;
        h[start..].sort_by(|x, y| x.id.cmp(&y.id));
    }
    for i in &answer.indicators {
        let Some(value) = i.value else { continue };
        if same_opt(Some(value), i.sent) {
            continue;
        }
        let Some(ind) = s.indicators.iter_mut().find(|x| x.id == i.id) else {
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
            continue;
        }
        match ind.actuals.iter_mut().find(|m| m.date == i.period) {
            Some(m) => m.value = value,
            None => {
                ind.actuals.push(Measurement {
                    date: i.period,
                    value,
                    note: String::new(),
                });
                ind.actuals
                    .sort_by_key(|m| (m.date.first_day(), m.date.last_day()));
            }
        }
    }
}
