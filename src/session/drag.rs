//! Dragging on the roadmap, one rule for the preview and the drop: a drag
//! intent (what was dragged, which part, by how many days) gives the
//! strategy as it is after the drag. An action dated by its phases gets the
//! phases' dates moved; a phase takes the actions dated by it along; each
//! date keeps its precision; a resize never puts the end before the start.
//! Drawing on an empty stretch of a lane gives a new action's dates.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use serde_json::Value as Json;

use crate::edit::{Change, Fields, Step};
use crate::layout::{TimeScale, Zoom};
use crate::model::part::ListKey;
use crate::model::{Id, PlanDate, Strategy};

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

/// The edit a drag makes: the dragged item's dates moved or resized.
/// `None` when nothing of that id can be dragged.
pub fn change(strategy: &Strategy, drag: &Drag) -> Option<Change> {
    let id = Id(drag.id.clone());
    let dates = |pairs: &[(&str, Option<PlanDate>)]| -> Fields {
        pairs
            .iter()
            .map(|(k, d)| {
                let v = d.map_or(Json::Null, |d| Json::String(d.to_iso()));
                ((*k).to_owned(), v)
            })
            .collect()
    };
    let item = |list, fields| Change::Item {
        path: vec![Step {
            list,
            id: id.clone(),
        }],
        fields,
    };
    if let Some(a) = strategy.actions.iter().find(|a| a.id == id) {
        // An action without dates of its own is drawn over its phases.
        let own = match strategy.phase_dates(a) {
            Some((first, last)) => (Some(first), Some(last)),
            None => (a.start, a.due),
        };
        let (start, due) = shifted(own, drag.edge, drag.days);
        Some(item(
            ListKey::Actions,
            dates(&[("start", start), ("due", due)]),
        ))
    } else if let Some(p) = strategy.phases.iter().find(|p| p.id == id) {
        let (start, end) = shifted((p.start, p.end), drag.edge, drag.days);
        Some(item(
            ListKey::Phases,
            dates(&[("start", start), ("end", end)]),
        ))
    } else {
        let m = strategy.milestones.iter().find(|m| m.id == id)?;
        let date = shifted((m.date, None), DragEdge::Move, drag.days).0;
        Some(item(ListKey::Milestones, dates(&[("date", date)])))
    }
}

/// `strategy` with the dragged item moved or resized: the edit the drop
/// makes ([`change`]), for the preview.
pub fn dragged(mut strategy: Strategy, drag: &Drag) -> Strategy {
    if let Some(c) = change(&strategy, drag) {
        // A drag's dates are the model's own: the edit cannot be refused.
        let _ = crate::edit::apply(&mut strategy, &c);
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

#[cfg(test)]
mod tests {
    //! The rules the UI's TypeScript copies had (`moveAction`, `resizeAction`,
    //! `shiftPhase`, `moveMilestone`, `shiftByDays`, `drawnPeriod`), now held once here.
    #![allow(clippy::unwrap_used)]
    use super::*;
    use serde_json::json;

    fn strategy(v: serde_json::Value) -> Strategy {
        let mut base = json!({"id": "s", "town": "Paimion kaupunki", "name": "Strategia",
            "themeLabel": {"singular": "aalto", "plural": "aallot"},
            "themes": [{"id": "t1", "name": "Aalto 1"}]});
        for (k, x) in v.as_object().unwrap() {
            base[k] = x.clone();
        }
        serde_json::from_value(base).unwrap()
    }

    fn base() -> Strategy {
        strategy(json!({"actions": [
            {"id": "a1", "theme": "t1", "name": "Katselmus", "start": "2027-03", "due": "2027-09", "status": "notStarted"},
            {"id": "a2", "theme": "t1", "name": "Vuosi", "start": "2028", "due": "2029", "status": "onTrack"}]}))
    }

    fn drag(s: &Strategy, id: &str, days: i32, edge: DragEdge) -> Strategy {
        let d = Drag {
            id: id.into(),
            days,
            edge,
        };
        dragged(s.clone(), &d)
    }

    fn iso(d: Option<PlanDate>) -> String {
        d.map(|d| d.to_iso()).unwrap_or_default()
    }

    fn dates(s: &Strategy, i: usize) -> (String, String) {
        (iso(s.actions[i].start), iso(s.actions[i].due))
    }

    fn d(text: &str) -> PlanDate {
        PlanDate::parse(text).unwrap()
    }

    #[test]
    fn moving_an_action_shifts_both_dates_at_their_own_precision_and_leaves_the_others_alone() {
        let s = drag(&base(), "a1", 62, DragEdge::Move);
        assert_eq!(dates(&s, 0), ("2027-05".into(), "2027-11".into()));
        assert_eq!(s.actions[1], base().actions[1]);
    }

    #[test]
    fn resizing_never_moves_an_end_past_the_other_end() {
        assert_eq!(
            dates(&drag(&base(), "a1", -400, DragEdge::Due), 0).1,
            "2027-09"
        );
        assert_eq!(
            dates(&drag(&base(), "a1", 31, DragEdge::Due), 0).1,
            "2027-10"
        );
        assert_eq!(
            dates(&drag(&base(), "a2", 800, DragEdge::Start), 1).0,
            "2028"
        );
    }

    #[test]
    fn an_action_dated_by_its_phases_takes_their_dates_when_moved_or_resized() {
        let s = strategy(json!({
            "phases": [{"id": "p1", "name": "Aalto 1", "start": "2027-07", "end": "2028-12"},
                       {"id": "p2", "name": "x", "start": "2029-01", "end": "2029-12"}],
            "actions": [{"id": "a3", "theme": "t1", "name": "Vaiheen mukaan", "status": "notStarted", "phases": ["p1", "p2"]}]}));
        let moved = drag(&s, "a3", 31, DragEdge::Move);
        assert_eq!(dates(&moved, 0), ("2027-08".into(), "2030-01".into()));
        let resized = drag(&s, "a3", -31, DragEdge::Due);
        assert_eq!(dates(&resized, 0), ("2027-07".into(), "2029-11".into()));
    }

    #[test]
    fn a_phase_and_a_milestone_move_at_their_precision_and_an_end_never_passes_the_other() {
        let s = strategy(json!({
            "phases": [{"id": "p1", "name": "Aalto 1", "start": "2027-07", "end": "2028-12"},
                       {"id": "p2", "name": "Vuosi", "start": "2027"}],
            "milestones": [{"id": "m1", "name": "Kick-off", "kinds": ["kickOff"], "date": "2027-06-11"}]}));
        let p = &drag(&s, "p1", 62, DragEdge::Move).phases[0];
        assert_eq!(
            (iso(p.start), iso(p.end)),
            ("2027-09".into(), "2029-02".into())
        );
        assert_eq!(
            iso(drag(&s, "p1", 31, DragEdge::Due).phases[0].end),
            "2029-01"
        );
        assert_eq!(drag(&s, "p1", -800, DragEdge::Due).phases, s.phases);
        let open = &drag(&s, "p2", 400, DragEdge::Start).phases[1];
        assert_eq!((iso(open.start), open.end), ("2028".into(), None));
        assert_eq!(
            iso(drag(&s, "m1", 7, DragEdge::Move).milestones[0].date),
            "2027-06-18"
        );
        assert_eq!(drag(&s, "zz", 7, DragEdge::Move), s);
    }

    #[test]
    fn a_dragged_date_snaps_to_its_own_precision() {
        let shift = |t: &str, days: i64| d(t).shifted_by_days(days).to_iso();
        assert_eq!(shift("2027-09", 10), "2027-09");
        assert_eq!(shift("2027-09", 20), "2027-10");
        assert_eq!(shift("2027-11", 70), "2028-01");
        assert_eq!(shift("2027-01", -20), "2026-12");
        assert_eq!(shift("2028", 100), "2028");
        assert_eq!(shift("2028", 200), "2029");
        assert_eq!(shift("2028", -400), "2027");
        assert_eq!(shift("2027-01-30", 3), "2027-02-02");
        assert_eq!(shift("2027-03-01", -1), "2027-02-28");
    }

    #[test]
    fn a_stretch_drawn_on_a_lane_becomes_a_period_at_the_zooms_precision() {
        let mut scale = TimeScale {
            origin: chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
            end: chrono::NaiveDate::from_ymd_opt(2030, 12, 31).unwrap(),
            x0: 100.0,
            points_per_day: 2.0,
            zoom: Zoom::Quarter,
            lanes: vec![],
        };
        // x 100 = 1.1.2027; 2 px a day: x 218 = day 59 = 1.3.2027, x 400 = day 150 = 31.5.2027.
        assert_eq!(
            drawn_dates(&scale, 400.0, 218.0),
            (d("2027-03"), d("2027-05"))
        );
        scale.zoom = Zoom::Week;
        assert_eq!(
            drawn_dates(&scale, 218.0, 400.0),
            (d("2027-03-01"), d("2027-05-31"))
        );
    }
}
