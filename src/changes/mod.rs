//! "Muutokset edellisen käsittelyn jälkeen": what changed in the strategy
//! between a council snapshot and now (or between two snapshots), in the
//! council's words. The strategy is materialised at both points of the
//! history ([`crate::store::Project::strategy_at`]) and the two are
//! compared by entity id ([`between`]): actions added, removed, moved to
//! another theme, rescheduled (old → new dates), status changes, indicator
//! actuals added, the vision, mission, values and goals reworded, and
//! themes, actions and indicators renamed (old and new side by side). [`Changes`] is the report, serialisable for
//! the app's view; [`sections`] says it in a language, as the CLI prints it
//! and the layout engine lays it out (`layout::Kind::Changes`).

mod diff;
mod text;

pub use diff::between;
pub use text::{Line, Section, range, sections, text};

use serde::{Deserialize, Serialize};

use crate::model::{CouncilSnapshot, Id, PlanDate, Status};
use crate::store::{Project, Result};

/// One end of the comparison: a snapshot, or the project as it is now.
#[derive(
    Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub struct Point {
    /// The snapshot's short id; none for now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub snapshot: Option<String>,
    /// The snapshot's meeting.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub meeting: String,
    /// The snapshot's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<PlanDate>,
}

impl Point {
    /// The point of a snapshot.
    pub fn of(s: &CouncilSnapshot) -> Point {
        Point {
            snapshot: Some(s.id.0.clone()),
            meeting: s.meeting.clone(),
            date: Some(s.date),
        }
    }
}

/// An action as the report names it.
#[derive(
    Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub struct ActionRef {
    /// The action's id.
    pub id: Id,
    /// Its name.
    pub name: String,
    /// The name of its theme.
    pub theme: String,
}

/// An action that moved to another theme.
#[derive(
    Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub struct Moved {
    /// The action (with its new theme).
    pub action: ActionRef,
    /// The theme it was in.
    pub from: String,
}

/// An action whose dates changed: the dates it is shown over (its own,
/// else those of its phases) before and now.
#[derive(
    Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub struct Rescheduled {
    /// The action.
    pub action: ActionRef,
    /// Its start before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_start: Option<PlanDate>,
    /// Its due date before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old_due: Option<PlanDate>,
    /// Its start now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_start: Option<PlanDate>,
    /// Its due date now.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new_due: Option<PlanDate>,
}

/// An action whose status changed.
#[derive(
    Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub struct StatusChanged {
    /// The action.
    pub action: ActionRef,
    /// Its status before.
    pub old: Status,
    /// Its status now.
    pub new: Status,
}

/// A measured value added to an indicator.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub struct ActualAdded {
    /// The indicator's id.
    pub indicator: Id,
    /// Its name.
    pub name: String,
    /// Its unit.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    /// The period measured.
    pub date: PlanDate,
    /// The value.
    pub value: f64,
}

/// What kind of text was reworded.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum TextKind {
    /// The vision.
    Vision,
    /// The mission.
    Mission,
    /// A value (its name, tagline or meaning).
    Value,
    /// A goal of a theme (its name or description).
    Goal,
    /// A theme's name.
    Theme,
    /// An action's name.
    Action,
    /// An indicator's name.
    Indicator,
}

impl TextKind {
    /// Whether it is a name (a renamed theme, action or indicator), not a text reworded.
    pub fn is_name(self) -> bool {
        matches!(
            self,
            TextKind::Theme | TextKind::Action | TextKind::Indicator
        )
    }
}

/// A text said in other words: old and new side by side.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Reworded {
    /// What kind of text.
    pub kind: TextKind,
    /// The entity's id (the strategy's for the vision and mission).
    pub id: Id,
    /// Whose text it is: the value's or the goal's name (now), its theme's
    /// name for a goal or an action, the indicator's theme's name (if any).
    pub name: String,
    /// The text before.
    pub old: String,
    /// The text now.
    pub new: String,
}

/// What changed between two points of a project's history.
#[derive(
    Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub struct Changes {
    /// From.
    pub since: Point,
    /// To (no snapshot: now).
    pub until: Point,
    /// Actions added.
    pub added: Vec<ActionRef>,
    /// Actions removed (named as they were).
    pub removed: Vec<ActionRef>,
    /// Actions moved to another theme.
    pub moved: Vec<Moved>,
    /// Actions rescheduled.
    pub rescheduled: Vec<Rescheduled>,
    /// Status changes.
    pub statuses: Vec<StatusChanged>,
    /// Indicator actuals added.
    pub actuals: Vec<ActualAdded>,
    /// Vision, mission, values and goals reworded; themes, actions and
    /// indicators renamed ([`TextKind::is_name`]).
    pub reworded: Vec<Reworded>,
}

impl Changes {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.moved.is_empty()
            && self.rescheduled.is_empty()
            && self.statuses.is_empty()
            && self.actuals.is_empty()
            && self.reworded.is_empty()
    }
}

/// What changed in `project` since the snapshot `since` (an id, its start,
/// or `latest`), until the snapshot `until` or now.
pub fn since(project: &Project, since: &str, until: Option<&str>) -> Result<Changes> {
    let from = project.find_snapshot(since)?;
    let old = project.strategy_at(&from.heads)?;
    let (new, to) = match until {
        Some(u) => {
            let to = project.find_snapshot(u)?;
            (project.strategy_at(&to.heads)?, Point::of(&to))
        }
        None => (project.strategy().clone(), Point::default()),
    };
    let mut c = between(&old, &new);
    c.since = Point::of(&from);
    c.until = to;
    Ok(c)
}
