//! The strategy model: the one source of truth for what a town's strategy is.
//!
//! A [`Strategy`] holds the vision, mission, slogan and values, the themes
//! (Paimio's *aallot*, Kaarina's *strategiset päämäärät*, Kokkola's *helmet*)
//! with their goals and success factors, the actions that carry them out, the
//! owners, the plans, reports and programmes, the rollout phases and
//! milestones, the indicators and the events. Every entity has a stable
//! [`Id`] so that copies of a file can be merged. Dates keep the precision the
//! user gave ([`PlanDate`], [`Period`]).
//!
//! These types are the contract: the interchange JSON, its JSON Schema and the
//! UI's TypeScript types are all generated from them.

mod date;
mod error;
mod id;
mod indicator;
pub mod part;
mod round;
mod snapshot;

pub use date::{Period, PlanDate, Precision, YEAR_RANGE};
pub use error::{ModelError, Result};
pub use id::Id;
pub use indicator::{Direction, Indicator, Measurement, TargetRule};
pub use round::{Round, RoundAnswer, RoundAsked, RoundChoice};
pub use snapshot::CouncilSnapshot;

use serde::{Deserialize, Serialize};

fn is_false(b: &bool) -> bool {
    !*b
}

/// A town's strategy: everything one project file holds.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Strategy {
    /// Stable id of the strategy.
    pub id: Id,
    /// The town (or organisation) whose strategy this is: "Paimion kaupunki".
    pub town: String,
    /// The strategy's name: "Paimion kaupungin strategia 2027–2030".
    pub name: String,
    /// The years the strategy covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// The vision: where the town is going.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub vision: String,
    /// The year the vision looks to ("Visio 2030"); not [`Strategy::change_by`],
    /// which says when each theme's change should show.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vision_year: Option<PlanDate>,
    /// The mission or purpose of the work.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub mission: String,
    /// The slogan that guides the work.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub slogan: String,
    /// Free text that introduces the strategy.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// What the theme kind is called in this town: aalto, helmi, strateginen päämäärä…
    #[serde(default)]
    pub theme_label: ThemeLabel,
    /// The starting points the strategy builds on (Nokia's "lähtökohtana").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub starting_points: Vec<Item>,
    /// What this town calls its values, if not "arvot": "ohjaavat periaatteet".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub values_label: String,
    /// The values, each with what it means.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub values: Vec<Value>,
    /// The strategic themes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Theme>,
    /// The foundation every theme stands on ("toiminnan kivijalka").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub foundation: Vec<Item>,
    /// When the change described in each theme's `changeShows` should be seen.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_by: Option<PlanDate>,
    /// How the strategy is led and followed up, as free text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub governance: String,
    /// The actions (toimenpiteet), each belonging to a theme.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub actions: Vec<Action>,
    /// People, units, boards and organisations that own things.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<Owner>,
    /// Plans, reports and programmes that implement the strategy.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Document>,
    /// The rollout phases.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Phase>,
    /// Milestones: kick-off, council meetings, evaluations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub milestones: Vec<Milestone>,
    /// Indicators with baseline, target and actuals.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    /// Events: preparation workshops, network meetings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<Event>,
}

/// What this town calls its themes, in singular and plural.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct ThemeLabel {
    /// One theme: "aalto".
    pub singular: String,
    /// Many themes: "aallot".
    pub plural: String,
}

impl Default for ThemeLabel {
    fn default() -> Self {
        ThemeLabel {
            singular: "teema".into(),
            plural: "teemat".into(),
        }
    }
}

/// A short named item with an optional description: a starting point, a
/// success factor, a part of the foundation.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Item {
    /// Stable id.
    pub id: Id,
    /// The item's text.
    pub name: String,
    /// More about it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// A bullet point of a value's meaning; bullets nest two levels deep.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Bullet {
    /// Stable id.
    pub id: Id,
    /// The bullet's text.
    pub text: String,
    /// Sub-bullets (one level only below a top bullet).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<Bullet>,
}

/// A value and what it means in this town.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Value {
    /// Stable id.
    pub id: Id,
    /// The value: "Palveleva Paimio".
    pub name: String,
    /// A heading or tagline of the value: "Yhdessä Kaarinassa".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tagline: String,
    /// What it means, as prose.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub meaning: String,
    /// What it means, as bullet points two levels deep (Kaarina).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub points: Vec<Bullet>,
}

/// A strategic theme: a wave, a pearl, a strategic goal.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Theme {
    /// Stable id.
    pub id: Id,
    /// The theme's name: "Talous ja arkijärki".
    pub name: String,
    /// A short number or code shown before the name: "1", "AALTO 1".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub code: String,
    /// A one-line tagline.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub tagline: String,
    /// Longer description.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The colour of its swimlane, `#rrggbb`.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub color: String,
    /// The goals of the theme.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub goals: Vec<Goal>,
    /// Where we must succeed ("missä meidän pitää onnistua", "menestystekijät").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub success_factors: Vec<Item>,
    /// How the change shows when the theme has succeeded.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub change_shows: String,
}

/// A goal of a theme.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Goal {
    /// Stable id.
    pub id: Id,
    /// The goal: "Talouden tasapaino".
    pub name: String,
    /// More about the goal.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// How far an action has got.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Status {
    /// Not started yet.
    #[default]
    NotStarted,
    /// Going as planned.
    OnTrack,
    /// At risk of being late.
    AtRisk,
    /// Late.
    Late,
    /// Done.
    Done,
}

impl Status {
    /// Every status, in order.
    pub const ALL: [Status; 5] = [
        Status::NotStarted,
        Status::OnTrack,
        Status::AtRisk,
        Status::Late,
        Status::Done,
    ];

    /// The message id of its name.
    pub fn message_id(self) -> &'static str {
        match self {
            Status::NotStarted => "status-not-started",
            Status::OnTrack => "status-on-track",
            Status::AtRisk => "status-at-risk",
            Status::Late => "status-late",
            Status::Done => "status-done",
        }
    }
}

/// A dated change of status.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct StatusChange {
    /// Stable id.
    pub id: Id,
    /// When the status changed.
    pub date: PlanDate,
    /// The new status.
    pub status: Status,
    /// Why, or what was seen.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The occurrence of a recurring action or document this change is
    /// about (its due date, as [`crate::schedule::occurrences`] gives it);
    /// `None` for a change of the whole item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub occurrence: Option<PlanDate>,
}

impl Default for PlanDate {
    fn default() -> Self {
        PlanDate::Year(2000)
    }
}

/// An action (toimenpide) that carries out a theme.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Action {
    /// Stable id.
    pub id: Id,
    /// The theme the action belongs to.
    pub theme: Id,
    /// The goal (of that theme) the action serves, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goal: Option<Id>,
    /// The action: "Palveluverkon katselmus".
    pub name: String,
    /// What is done and why.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Who owns it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<Id>,
    /// When it starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PlanDate>,
    /// When it is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<PlanDate>,
    /// How far it has got.
    #[serde(default)]
    pub status: Status,
    /// Earlier statuses, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status_history: Vec<StatusChange>,
    /// The rollout phases it belongs to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<Id>,
    /// How often it recurs (a quarterly breakfast), if it does: from its
    /// start (else its due) within its own dates or the strategy's years.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence: Option<Cadence>,
}

/// What kind of owner.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum OwnerKind {
    /// A named person.
    Person,
    /// A unit of the organisation: toimiala, palvelualue, tulosalue.
    #[default]
    Unit,
    /// A board: kaupunginhallitus, valtuusto, lautakunta, johtoryhmä.
    Board,
    /// An outside organisation: a municipality in a network, a company.
    Organisation,
    /// A group of people: residents, staff, elected officials.
    Group,
    /// An office, not a named person: "kaupunkisuunnittelupäällikkö".
    Role,
}

/// Someone who owns actions, plans or indicators.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Owner {
    /// Stable id.
    pub id: Id,
    /// The name: "Kaupunginhallitus", "Jaana Utti".
    pub name: String,
    /// What kind of owner.
    pub kind: OwnerKind,
    /// Role or title: "kehittämisverkoston vetäjä".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub role: String,
    /// The organisation a person belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Id>,
}

/// What kind of document.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum DocumentKind {
    /// A plan: henkilöstösuunnitelma.
    #[default]
    Plan,
    /// A report: henkilöstöraportti, hyvinvointikertomus.
    Report,
    /// A programme: kasvuohjelma, ilmasto-ohjelma.
    Programme,
}

impl DocumentKind {
    /// The message id of its name: "Suunnitelma", "Raportti", "Ohjelma".
    pub fn message_id(self) -> &'static str {
        match self {
            DocumentKind::Plan => "handout-doc-plan",
            DocumentKind::Report => "handout-doc-report",
            DocumentKind::Programme => "handout-doc-programme",
        }
    }
}

/// How often a document is made again.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Cadence {
    /// Made once.
    #[default]
    Once,
    /// Every year.
    Yearly,
    /// Once per council term (valtuustokausi).
    CouncilTerm,
    /// Every quarter.
    Quarterly,
    /// Every month.
    Monthly,
}

/// A plan, report or programme that implements the strategy.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Document {
    /// Stable id.
    pub id: Id,
    /// Plan, report or programme.
    pub kind: DocumentKind,
    /// The name: "Henkilöstöohjelma".
    pub name: String,
    /// What it is.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// Who owns it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<Id>,
    /// When it is due.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<PlanDate>,
    /// The period it covers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    /// How often it is made, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence: Option<Cadence>,
    /// How far it has got, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Recorded statuses, oldest first; for a recurring document each keyed
    /// by the occurrence it is about ("henkilöstöraportti 2027: valmis").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status_history: Vec<StatusChange>,
    /// The themes it serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub themes: Vec<Id>,
    /// The document it is part of.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<Id>,
}

/// A rollout phase: which theme is on the surface and when.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Phase {
    /// Stable id.
    pub id: Id,
    /// The phase: "Aalto 1 pinnalla: talous".
    pub name: String,
    /// What happens in it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// When it starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<PlanDate>,
    /// When it ends.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PlanDate>,
    /// The themes brought to the surface in it (the others stay active).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub surfaced: Vec<Id>,
}

/// What kind of milestone.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum MilestoneKind {
    /// The strategy is launched.
    KickOff,
    /// A council (valtuusto) meeting or decision.
    Council,
    /// A board (hallitus) meeting or decision.
    Board,
    /// An evaluation of how the strategy is doing.
    Evaluation,
    /// Anything else.
    #[default]
    Other,
}

/// A milestone on the roadmap.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Milestone {
    /// Stable id.
    pub id: Id,
    /// The milestone: "Kick-off".
    pub name: String,
    /// What kinds it is, the first the main one (drawn by its symbol): a
    /// council meeting that is also an evaluation is `[council, evaluation]`.
    /// Version-1 files wrote one `kind`; [`crate::interchange`] reads it as
    /// `kinds: [kind]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub kinds: Vec<MilestoneKind>,
    /// When.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PlanDate>,
    /// More about it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The phase it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phase: Option<Id>,
    /// Who decides or meets.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub owners: Vec<Id>,
    /// How often it recurs (a yearly council review), if it does.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cadence: Option<Cadence>,
    /// How far it has got, when it is followed up as something to deliver
    /// (an evaluation); a milestone with no status is an event that passes
    /// on its date (see [`crate::schedule`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// Recorded statuses, oldest first; for a recurring milestone each keyed
    /// by the occurrence it is about ("arviointi 2028: valmis").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub status_history: Vec<StatusChange>,
}

/// What kind of event.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Default,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
    ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum EventKind {
    /// A meeting.
    #[default]
    Meeting,
    /// A workshop.
    Workshop,
    /// A seminar.
    Seminar,
    /// A survey.
    Survey,
    /// A decision by a board or the council.
    Decision,
}

/// An event: a workshop, a seminar, a network meeting, a decision.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Event {
    /// Stable id.
    pub id: Id,
    /// The event: "Puheenjohtajiston työpaja I".
    pub name: String,
    /// What kind.
    #[serde(default)]
    pub kind: EventKind,
    /// When (a day, a month, or a period such as 2–3/2018).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PlanDate>,
    /// When it ends, if it spans time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PlanDate>,
    /// Where.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub place: String,
    /// More about it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    /// The questions or topics it dealt with.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<Item>,
    /// Who took part.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub participants: Vec<Id>,
    /// Whether it belongs to the preparation of the strategy.
    #[serde(default, skip_serializing_if = "is_false")]
    pub preparation: bool,
}

impl Milestone {
    /// Its main kind, the one its symbol shows: the first of its kinds.
    pub fn main_kind(&self) -> MilestoneKind {
        self.kinds.first().copied().unwrap_or_default()
    }
}

impl Strategy {
    /// The theme with this id.
    pub fn theme(&self, id: &Id) -> Option<&Theme> {
        self.themes.iter().find(|t| &t.id == id)
    }

    /// The owner with this id.
    pub fn owner(&self, id: &Id) -> Option<&Owner> {
        self.owners.iter().find(|o| &o.id == id)
    }

    /// The actions of one theme, in file order.
    pub fn actions_of<'a>(&'a self, theme: &'a Id) -> impl Iterator<Item = &'a Action> + 'a {
        self.actions.iter().filter(move |a| &a.theme == theme)
    }

    /// Number of goals across all themes.
    pub fn goal_count(&self) -> usize {
        self.themes.iter().map(|t| t.goals.len()).sum()
    }

    /// When an action without dates of its own takes place: from the
    /// earliest start to the latest end of the phases it belongs to (a phase
    /// with one date stands for it at both ends), each at the precision it
    /// was given. `None` for an action with a date of its own, or with no
    /// dated phase.
    pub fn phase_dates(&self, a: &Action) -> Option<(PlanDate, PlanDate)> {
        if a.start.is_some() || a.due.is_some() {
            return None;
        }
        let mine = self.phases.iter().filter(|p| a.phases.contains(&p.id));
        let first = mine
            .clone()
            .filter_map(|p| p.start.or(p.end))
            .min_by_key(|d| d.first_day())?;
        let last = mine
            .filter_map(|p| p.end.or(p.start))
            .max_by_key(|d| d.last_day())?;
        Some((first, last))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_action_without_dates_takes_place_over_its_phases_at_their_precision() {
        let date = |s: &str| PlanDate::parse(s).unwrap();
        let phase = |id: &str, start: Option<&str>, end: Option<&str>| Phase {
            id: id.into(),
            name: id.into(),
            start: start.map(date),
            end: end.map(date),
            ..Default::default()
        };
        let s = Strategy {
            phases: vec![
                phase("p1", Some("9/2027"), Some("2028")),
                phase("p2", Some("16.5.2029"), None),
                phase("p3", None, None),
            ],
            ..Default::default()
        };
        let mut a = Action {
            phases: vec!["p1".into(), "p2".into(), "p3".into()],
            ..Default::default()
        };
        assert_eq!(s.phase_dates(&a), Some((date("9/2027"), date("16.5.2029"))));
        a.phases = vec!["p3".into()];
        assert_eq!(s.phase_dates(&a), None, "no dated phase");
        a.phases = vec!["p1".into()];
        a.due = Some(date("2030"));
        assert_eq!(s.phase_dates(&a), None, "a date of its own wins");
    }
}
