//! When things fall due, and which of them are late: the one rule every
//! handout, `tiekartta info`, the calendar export and the app's follow-up
//! use, all against the same "today".
//!
//! [`occurrences`] expands what recurs. An action, a document or a milestone
//! with a [`Cadence`] falls due again every month, quarter, year or council
//! term (four years) from its anchor, at the anchor's precision: a report due
//! 5/2026 yearly falls due in May every year, a milestone on 16.5.2026 on
//! that day every year, an action starting 3/2025 quarterly every three
//! months. The anchor is an action's start (else its due), a document's due
//! and a milestone's date; the window ends at an action's due when it starts
//! earlier, at a document's own period, else at the end of the strategy's
//! years. An action with no date of its own takes its phases' dates.
//! Without a cadence (or [`Cadence::Once`]) an item falls due once, as
//! before.
//!
//! [`late`] is the rule: past its due *by the date's precision* (due 6/2026
//! is late from 1.7.2026; due 2026 from 1.1.2027) and not done, or recorded
//! late. At risk is what was recorded so. Each occurrence of a recurring
//! item has its own status: the latest [`StatusChange`] whose `occurrence`
//! is that occurrence's date (a document or a milestone keeps these in its
//! own `statusHistory`); without one, an occurrence is done only when the
//! whole item is. A one-off item's status is its own `status`, as before.
//!
//! A milestone is an event that passes on its date, unless it is something
//! to deliver: once a status is recorded for it (an evaluation "not
//! started"), it is judged by the same rule. An evaluation is followed up
//! (offered a status) even before one is recorded.

use chrono::{Months, NaiveDate};
use serde::Serialize;

use crate::model::{
    Action, Cadence, Document, Id, Milestone, MilestoneKind, PlanDate, Status, StatusChange,
    Strategy,
};

/// Most occurrences one item expands to (a monthly item over 50 years).
const MOST: usize = 600;

/// What falls due.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum DueKind {
    /// An action's due (or one occurrence of a recurring action).
    Action,
    /// A plan's, report's or programme's due.
    Document,
    /// A milestone's date.
    Milestone,
}

/// What the rule says of one occurrence, or of an item as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub enum Verdict {
    /// Not due yet, or with no due, and nothing recorded against it.
    Open,
    /// Recorded at risk, not yet late.
    AtRisk,
    /// Past its due and not done, or recorded late.
    Late,
    /// Done.
    Done,
}

/// One occurrence of something that falls due, judged on a day.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Due {
    /// Action, document or milestone.
    pub kind: DueKind,
    /// The item's id.
    pub id: Id,
    /// When this occurrence falls due, at the item's precision.
    pub date: PlanDate,
    /// Whether the item recurs (so the date names the occurrence).
    pub recurring: bool,
    /// The status recorded for this occurrence (milestones: not started).
    pub status: Status,
    /// What the rule says of it today.
    pub verdict: Verdict,
    /// Whether the follow-up asks for this occurrence's own status: each
    /// occurrence of a recurring action, every document's, and a
    /// milestone's that is something to deliver (an evaluation, or one with
    /// a status recorded). A one-off action is followed as a whole.
    pub followed: bool,
    /// Whether a status is recorded for it: false only for a milestone
    /// followed up (an evaluation) before anyone has recorded one, which
    /// then passes on its date as an event does.
    pub recorded: bool,
}

/// Everything that falls due in a strategy, judged on `today`: the
/// follow-up's contract with the core.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Schedule {
    /// The day judged on.
    pub today: PlanDate,
    /// Every occurrence, earliest first.
    pub dues: Vec<Due>,
    /// The verdict on each action as a whole, in the strategy's order.
    pub actions: Vec<ItemVerdict>,
}

/// The verdict on one item as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ItemVerdict {
    /// The item's id.
    pub id: Id,
    /// Late when any occurrence is late; at risk, done or open as recorded.
    pub verdict: Verdict,
}

/// Whether a due is past on `today`: the whole of the date (a month, a
/// year) lies before it.
pub fn past(due: &PlanDate, today: NaiveDate) -> bool {
    due.last_day() < today
}

/// The rule: late when recorded late, or past its due and not done.
pub fn late(status: Status, due: Option<&PlanDate>, today: NaiveDate) -> bool {
    status == Status::Late || (status != Status::Done && due.is_some_and(|d| past(d, today)))
}

/// The verdict on something with `status`, due `due`, on `today`.
pub fn verdict(status: Status, due: Option<&PlanDate>, today: NaiveDate) -> Verdict {
    if status == Status::Done {
        Verdict::Done
    } else if late(status, due, today) {
        Verdict::Late
    } else if status == Status::AtRisk {
        Verdict::AtRisk
    } else {
        Verdict::Open
    }
}

fn step_months(c: Option<Cadence>) -> Option<u32> {
    match c? {
        Cadence::Once => None,
        Cadence::Monthly => Some(1),
        Cadence::Quarterly => Some(3),
        Cadence::Yearly => Some(12),
        Cadence::CouncilTerm => Some(48),
    }
}

/// `d` moved `months` later, at its precision (a year by whole years).
fn later(d: PlanDate, months: u32) -> Option<PlanDate> {
    match d {
        PlanDate::Year(y) => Some(PlanDate::Year(y + (months / 12) as i32)),
        PlanDate::Month { year, month } => {
            let i = year * 12 + month as i32 - 1 + months as i32;
            Some(PlanDate::Month {
                year: i.div_euclid(12),
                month: i.rem_euclid(12) as u32 + 1,
            })
        }
        PlanDate::Day(day) => day
            .checked_add_months(Months::new(months))
            .map(PlanDate::Day),
    }
}

/// The dates an item with `anchor` and `cadence` falls due on, up to
/// `until` (inclusive, by its last day); the anchor alone when it does not
/// recur or nothing bounds it. A year anchor of a monthly or quarterly item
/// falls due in the months of that year.
pub fn expand(
    anchor: PlanDate,
    cadence: Option<Cadence>,
    until: Option<PlanDate>,
) -> Vec<PlanDate> {
    let (Some(step), Some(until)) = (step_months(cadence), until) else {
        return vec![anchor];
    };
    let anchor = match anchor {
        PlanDate::Year(year) if step % 12 != 0 => PlanDate::Month { year, month: step },
        d => d,
    };
    let end = until.last_day();
    let mut out = vec![];
    let mut k = 0u32;
    while out.len() < MOST {
        let Some(d) = later(anchor, k * step) else {
            break;
        };
        if d.first_day() > end {
            break;
        }
        out.push(d);
        k += 1;
    }
    if out.is_empty() {
        out.push(anchor);
    }
    out
}

fn strategy_end(s: &Strategy) -> Option<PlanDate> {
    s.period.map(|p| p.end)
}

/// The start and due an action is judged by: its own, or for an action
/// with no date of its own, those of its phases ([`Strategy::phase_dates`]),
/// as the roadmap draws it.
pub fn action_span(s: &Strategy, a: &Action) -> (Option<PlanDate>, Option<PlanDate>) {
    match s.phase_dates(a) {
        Some((first, last)) => (Some(first), Some(last)),
        None => (a.start, a.due),
    }
}

/// The dates an action falls due on: its due (or its phases' end), or each
/// occurrence.
pub fn action_dates(s: &Strategy, a: &Action) -> Vec<PlanDate> {
    let (start, due) = action_span(s, a);
    if step_months(a.cadence).is_none() {
        return due.into_iter().collect();
    }
    match (start, due) {
        (Some(start), due) => expand(start, a.cadence, due.or_else(|| strategy_end(s))),
        (None, Some(due)) => expand(due, a.cadence, strategy_end(s)),
        (None, None) => vec![],
    }
}

/// The dates a document falls due on: its due, or each occurrence.
pub fn document_dates(s: &Strategy, d: &Document) -> Vec<PlanDate> {
    let Some(due) = d.due else { return vec![] };
    let until = d.period.map(|p| p.end).or_else(|| strategy_end(s));
    expand(due, d.cadence, until)
}

/// Whether an item with `cadence` recurs.
pub fn recurs(cadence: Option<Cadence>) -> bool {
    step_months(cadence).is_some()
}

/// The latest change keyed to the occurrence `date`.
fn keyed(history: &[StatusChange], date: &PlanDate) -> Option<Status> {
    history
        .iter()
        .rev()
        .find(|c| c.occurrence.as_ref() == Some(date))
        .map(|c| c.status)
}

/// The status recorded for one occurrence of an item (see the module doc).
fn occurrence_status(
    recurring: bool,
    own: Status,
    history: &[StatusChange],
    d: &PlanDate,
) -> Status {
    if !recurring {
        return own;
    }
    keyed(history, d).unwrap_or(if own == Status::Done {
        Status::Done
    } else {
        Status::NotStarted
    })
}

/// The status recorded for one occurrence of a milestone: keyed to it, or
/// the milestone's own (for a recurring one, as for documents); `None` when
/// nothing is recorded, an event rather than something to deliver.
fn milestone_status(m: &Milestone, d: &PlanDate) -> Option<Status> {
    if !recurs(m.cadence) {
        return m.status;
    }
    keyed(&m.status_history, d).or(m.status.map(|own| {
        if own == Status::Done {
            Status::Done
        } else {
            Status::NotStarted
        }
    }))
}

/// Every occurrence of every dated action, document and milestone,
/// earliest first, judged on `today`.
pub fn occurrences(s: &Strategy, today: NaiveDate) -> Vec<Due> {
    let mut out = vec![];
    for a in &s.actions {
        let recurring = recurs(a.cadence);
        for date in action_dates(s, a) {
            let status = occurrence_status(recurring, a.status, &a.status_history, &date);
            out.push(Due {
                kind: DueKind::Action,
                id: a.id.clone(),
                date,
                recurring,
                status,
                verdict: verdict(status, Some(&date), today),
                followed: recurring,
                recorded: true,
            });
        }
    }
    for d in &s.documents {
        let recurring = recurs(d.cadence);
        let own = d.status.unwrap_or_default();
        for date in document_dates(s, d) {
            let status = occurrence_status(recurring, own, &d.status_history, &date);
            out.push(Due {
                kind: DueKind::Document,
                id: d.id.clone(),
                date,
                recurring,
                status,
                verdict: verdict(status, Some(&date), today),
                followed: true,
                recorded: true,
            });
        }
    }
    for m in &s.milestones {
        let Some(date) = m.date else { continue };
        let recurring = recurs(m.cadence);
        let followed = m.status.is_some()
            || !m.status_history.is_empty()
            || m.kinds.contains(&MilestoneKind::Evaluation);
        for date in expand(date, m.cadence, strategy_end(s)) {
            let recorded = milestone_status(m, &date);
            let (status, verdict) = match recorded {
                Some(st) => (st, verdict(st, Some(&date), today)),
                // An event: it has happened once its date is past.
                None if past(&date, today) => (Status::NotStarted, Verdict::Done),
                None => (Status::NotStarted, Verdict::Open),
            };
            out.push(Due {
                kind: DueKind::Milestone,
                id: m.id.clone(),
                date,
                recurring,
                status,
                verdict,
                followed,
                recorded: recorded.is_some(),
            });
        }
    }
    out.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    out
}

/// The verdict on an action as a whole on `today`: late when recorded late
/// or any occurrence is late; else done, at risk or open as recorded.
pub fn action_verdict(s: &Strategy, a: &Action, today: NaiveDate) -> Verdict {
    let recurring = recurs(a.cadence);
    let dates = action_dates(s, a);
    let any_late = dates.iter().any(|d| {
        let st = occurrence_status(recurring, a.status, &a.status_history, d);
        verdict(st, Some(d), today) == Verdict::Late
    });
    if any_late || a.status == Status::Late {
        return Verdict::Late;
    }
    verdict(a.status, None, today)
}

/// The verdict on a document as a whole on `today` (as for an action).
pub fn document_verdict(s: &Strategy, d: &Document, today: NaiveDate) -> Verdict {
    let recurring = recurs(d.cadence);
    let own = d.status.unwrap_or_default();
    let any_late = document_dates(s, d).iter().any(|date| {
        let st = occurrence_status(recurring, own, &d.status_history, date);
        verdict(st, Some(date), today) == Verdict::Late
    });
    if any_late || own == Status::Late {
        return Verdict::Late;
    }
    verdict(own, None, today)
}

/// The status an action is drawn and listed with on `today`: its own, but
/// late when the rule says so.
pub fn shown_status(s: &Strategy, a: &Action, today: NaiveDate) -> Status {
    match action_verdict(s, a, today) {
        Verdict::Late => Status::Late,
        _ => a.status,
    }
}

/// Everything that falls due, and each action's verdict, on `today`.
pub fn schedule(s: &Strategy, today: NaiveDate) -> Schedule {
    Schedule {
        today: PlanDate::Day(today),
        dues: occurrences(s, today),
        actions: s
            .actions
            .iter()
            .map(|a| ItemVerdict {
                id: a.id.clone(),
                verdict: action_verdict(s, a, today),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests;
