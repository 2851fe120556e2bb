//! A round's record and where it stands: what went to whom ([`record`]),
//! who has answered and what their answers changed ([`status`]), and a
//! reminder to paste into an e-mail for those who have not ([`reminder`]).

use super::RoundSpec;
use super::write::Sent;
use crate::i18n::{Lang, Message};
use crate::model::{Id, PlanDate, Round, RoundAsked, Strategy};

/// The record of a round as it went out, to keep in the project.
pub fn record(spec: &RoundSpec, sent: &[Sent]) -> Round {
    Round {
        id: Id(spec.id.clone()),
        name: spec.name.clone(),
        sent: PlanDate::Day(spec.sent),
        deadline: spec.deadline.map(PlanDate::Day),
        reply_to: spec.reply_to.clone(),
        periods: spec.periods.clone(),
        asked: sent
            .iter()
            .map(|s| RoundAsked {
                id: s.owner.clone(),
                file: s.file_name.clone(),
                actions: s.action_ids.clone(),
                indicators: s.indicator_ids.clone(),
                reports: s.report_ids.clone(),
            })
            .collect(),
        answers: vec![],
        choices: vec![],
    }
}

/// Where one owner of a round stands.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnerStatus {
    /// The owner's id.
    pub owner: Id,
    /// The owner's name (the id when the owner is gone).
    pub name: String,
    /// How many actions and indicators the workbook asked about.
    pub asked: (usize, usize),
    /// How many recurring documents' next occurrences it asked about.
    pub reports: usize,
    /// When the latest answer came in, if one has.
    pub answered: Option<PlanDate>,
    /// How many values the owner's answers changed.
    pub changed: u32,
    /// How many of the owner's values wait for a choice.
    pub waiting: usize,
}

/// Every owner the round went to, in the order it went.
pub fn status(s: &Strategy, round: &Round) -> Vec<OwnerStatus> {
    round
        .asked
        .iter()
        .map(|a| {
            let answers = round.answers.iter().filter(|x| x.owner == a.id);
            OwnerStatus {
                owner: a.id.clone(),
                name: s
                    .owner(&a.id)
                    .map_or_else(|| a.id.to_string(), |o| o.name.clone()),
                asked: (a.actions.len(), a.indicators.len()),
                reports: a.reports.len(),
                answered: answers
                    .clone()
                    .map(|x| x.received)
                    .max_by_key(|d| d.first_day()),
                changed: answers.map(|x| x.changed).sum(),
                waiting: round.choices.iter().filter(|c| c.owner == a.id).count(),
            }
        })
        .collect()
}

/// A reminder to paste into an e-mail to an owner who has not answered, in
/// `lang`, dates as Finns write them.
pub fn reminder(s: &Strategy, round: &Round, owner: &OwnerStatus, lang: Lang) -> String {
    let body = match round.deadline {
        Some(d) => Message::new("round-reminder-body").arg("deadline", d.to_finnish()),
        None => Message::new("round-reminder-body-soon"),
    };
    let reply = if round.reply_to.is_empty() {
        Message::new("round-reminder-reply-sender")
    } else {
        Message::new("round-reminder-reply").arg("reply", &round.reply_to)
    };
    [
        Message::new("round-reminder-greeting").arg("owner", &owner.name),
        Message::new("round-reminder-asked")
            .arg("round", &round.name)
            .arg("strategy", &s.name)
            .arg("sent", round.sent.to_finnish())
            .num("actions", owner.asked.0 as f64)
            .num("indicators", owner.asked.1 as f64),
        body,
        reply,
        Message::new("round-reminder-thanks"),
    ]
    .iter()
    .map(|m| lang.tr(m))
    .collect::<Vec<_>>()
    .join("\n\n")
}
