//! Dragging on the roadmap, one rule for the preview and the drop: a drag
//! intent (what was dragged, which part, by how many days) gives the
//! strategy as it is after the drag. An action dated by its phases gets the
//! phases' dates moved; a phase takes the actions dated by it along; each
//! date keeps its precision; a resize never puts the end before the start.
//! Drawing on an empty stretch of a lane gives a new action's dates.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::layout::{TimeScale, Zoom};
use crate::model::{PlanDate, Strategy};

/// Which part of a bar (an action's, a phase's) a drag moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DragEdge {
    /// The whole bar.
    Move,
    /// Its start.
    Start,
    /// Its end.
    Due,
}

/// An action, a phase or a milestone dragged by some days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Drag {
    /// The dragged item's id.
    pub id: String,
    /// How many days the pointer has moved.
    pub days: i32,
    /// What moves.
    pub edge: DragEdge,
}

/// A start and an end shifted by `days`: both for a move, one for a resize,
/// which never puts the end before the start.
fn shifted(
    (start, end): (Option<PlanDate>, Option<PlanDate>),
    edge: DragEdge,
    days: i32,
) -> (Option<PlanDate>, Option<PlanDate>) {
    let shift = |d: Option<PlanDate>| d.map(|d| d.shifted_by_days(i64::from(days)));
    let ordered = |s: Option<PlanDate>, e: Option<PlanDate>| !matches!((s, e), (Some(s), Some(e)) if e.entirely_before(&s));
    match edge {
        DragEdge::Move => (shift(start), shift(end)),
        DragEdge::Start if ordered(shift(start), end) => (shift(start), end),
        DragEdge::Due if ordered(start, shift(end)) => (start, shift(end)),
        DragEdge::Start | DragEdge::Due => (start, end),
    }
}

/// `strategy` with the dragged item moved or resized.
pub fn dragged(mut strategy: Strategy, drag: &Drag) -> Strategy {
    // An action without dates of its own is drawn over its phases.
    let from_phases = strategy
        .actions
        .iter()
        .find(|a| a.id.as_str() == drag.id)
        .and_then(|a| strategy.phase_dates(a));
    if let Some(a) = strategy
        .actions
        .iter_mut()
        .find(|a| a.id.as_str() == drag.id)
    {
        if let Some((first, last)) = from_phases {
            (a.start, a.due) = (Some(first), Some(last));
        }
        (a.start, a.due) = shifted((a.start, a.due), drag.edge, drag.days);
    } else if let Some(p) = strategy
        .phases
        .iter_mut()
        .find(|p| p.id.as_str() == drag.id)
    {
        (p.start, p.end) = shifted((p.start, p.end), drag.edge, drag.days);
    } else if let Some(m) = strategy
        .milestones
        .iter_mut()
        .find(|m| m.id.as_str() == drag.id)
    {
        m.date = shifted((m.date, None), DragEdge::Move, drag.days).0;
    }
    strategy
}

/// The items a drag of `id` moves: the item, and for a phase the actions
/// without dates of their own that belong to it.
pub fn moved_by(strategy: &Strategy, id: &str) -> Vec<String> {
    let mut ids = vec![id.to_owned()];
    if strategy.phases.iter().any(|p| p.id.as_str() == id) {
        ids.extend(
            strategy
                .actions
                .iter()
                .filter(|a| a.start.is_none() && a.due.is_none())
                .filter(|a| a.phases.iter().any(|p| p.as_str() == id))
                .map(|a| a.id.0.clone()),
        );
    }
    ids
}

/// A new action drawn from `x1` to `x2` on a lane.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Drawn {
    /// The theme of the lane.
    pub theme: String,
    /// Where the pointer was pressed, in the picture's points.
    pub x1: f32,
    /// Where it was released.
    pub x2: f32,
}

/// The start and due of an action drawn from `x1` to `x2`: months on the
/// year and quarter scales, days on the finer ones.
pub fn drawn_dates(scale: &TimeScale, x1: f32, x2: f32) -> (PlanDate, PlanDate) {
    use chrono::Datelike;
    let at = |x: f32| {
        let d = scale.day_at(x);
        match scale.zoom {
            Zoom::Year | Zoom::Quarter => PlanDate::Month {
                year: d.year(),
                month: d.month(),
            },
            Zoom::Month | Zoom::Week => PlanDate::Day(d),
        }
    };
    (at(x1.min(x2)), at(x1.max(x2)))
}
