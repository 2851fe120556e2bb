//! A follow-up round as the project records it: what went to whom and
//! when, by when the answers are due and to whom, the periods asked, each
//! answer as it came in (when, from whom, how many values it changed) and
//! the values an owner gave that the project had changed too, waiting for
//! someone to choose ([`RoundChoice`]). It lives in the strategy like every
//! other list, so copies of a project merge their rounds as they merge
//! their actions.

use serde::{Deserialize, Serialize};

use super::{Id, PlanDate, Status};

/// A round that went out: "Syksyn 2026 seuranta".
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Round {
    /// Stable id (the one every workbook of the round carries).
    pub id: Id,
    /// The round's name.
    pub name: String,
    /// The day it went out.
    pub sent: PlanDate,
    /// When the answers are due, if said.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deadline: Option<PlanDate>,
    /// Whom the answers go back to.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reply_to: String,
    /// The periods whose indicator actuals were asked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub periods: Vec<PlanDate>,
    /// Who was sent what.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub asked: Vec<RoundAsked>,
    /// The answers as they came in, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<RoundAnswer>,
    /// Values both an owner and the project changed, not chosen yet.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<RoundChoice>,
}

/// One owner's workbook of a round.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RoundAsked {
    /// The owner's id.
    pub id: Id,
    /// The workbook's file name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub file: String,
    /// The actions asked about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Id>,
    /// The indicators asked about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Id>,
    /// The recurring documents whose next occurrence was asked about.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reports: Vec<Id>,
}

/// An answer that came in.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RoundAnswer {
    /// Stable id, made of what the answer holds: the same answer brought
    /// twice is one.
    pub id: Id,
    /// The owner who answered.
    pub owner: Id,
    /// When it came in.
    pub received: PlanDate,
    /// The file it came in.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub file: String,
    /// How many values it changed.
    #[serde(default)]
    pub changed: u32,
}

/// A value an owner gave that the project had changed too since the round
/// went out: the project's value stays until someone chooses.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RoundChoice {
    /// Stable id (of round, owner and value).
    pub id: Id,
    /// The owner who answered.
    pub owner: Id,
    /// When the answer came in.
    pub received: PlanDate,
    /// The action whose status the owner gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Id>,
    /// The status the owner gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// The owner's note with the status.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The indicator whose actual the owner gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<Id>,
    /// The actual's period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<PlanDate>,
    /// The actual the owner gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<f64>,
    /// The recurring plan, report or programme whose occurrence's status
    /// the owner gave (with `status` and `occurrence`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<Id>,
    /// That occurrence: its due date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrence: Option<PlanDate>,
}
