//! The rules that go with an edit, written once: what a removed item leaves
//! behind, how an action's status follows its history, one actual per
//! date, and how one end of a period stands for both.

use super::End;
use super::apply::Editor;
use crate::model::part::List;
use crate::model::{Action, Id, Indicator, Measurement, Period, PlanDate};

/// Takes the removed `id` of `list` out of everything that named it, so
/// nothing is left pointing at what is gone: an owner leaves the actions,
/// plans, milestones, indicators and events it was named in (and the
/// owners it was the organisation of); a phase leaves its actions and
/// milestones; a plan stops being a parent; a theme leaves the phases that
/// surface it, the plans and the indicators (which lose its goals too; a
/// removed goal is [`forget_goal`]). Only what named it is touched.
pub(super) fn forget(ed: &mut Editor, list: List, id: &Id) {
    fn each<T>(
        ed: &mut Editor,
        list: List,
        items: impl Fn(&crate::model::Strategy) -> &Vec<T>,
        names: impl Fn(&T) -> bool,
        ids: impl Fn(&T) -> &Id,
        mut fix: impl FnMut(&mut crate::model::Strategy, usize),
    ) {
        let hits: Vec<Id> = items(ed.s)
            .iter()
            .filter(|x| names(x))
            .map(|x| ids(x).clone())
            .collect();
        for hit in hits {
            if let Some(i) = ed.touch_entity(list, &hit) {
                fix(ed.s, i);
            }
        }
    }
    let is = |x: &Id| x == id;
    match list {
        List::Owners => {
            each(
                ed,
                List::Owners,
                |s| &s.owners,
                |o| o.organisation.as_ref().is_some_and(is),
                |o| &o.id,
                |s, i| s.owners[i].organisation = None,
            );
            each(
                ed,
                List::Actions,
                |s| &s.actions,
                |a| a.owners.iter().any(is),
                |a| &a.id,
                |s, i| s.actions[i].owners.retain(|x| x != id),
            );
            each(
                ed,
                List::Documents,
                |s| &s.documents,
                |d| d.owners.iter().any(is),
                |d| &d.id,
                |s, i| s.documents[i].owners.retain(|x| x != id),
            );
            each(
                ed,
                List::Milestones,
                |s| &s.milestones,
                |m| m.owners.iter().any(is),
                |m| &m.id,
                |s, i| s.milestones[i].owners.retain(|x| x != id),
            );
            each(
                ed,
                List::Indicators,
                |s| &s.indicators,
                |m| m.owners.iter().any(is),
                |m| &m.id,
                |s, i| s.indicators[i].owners.retain(|x| x != id),
            );
            each(
                ed,
                List::Events,
                |s| &s.events,
                |e| e.participants.iter().any(is),
                |e| &e.id,
                |s, i| s.events[i].participants.retain(|x| x != id),
            );
        }
        List::Phases => {
            each(
                ed,
                List::Actions,
                |s| &s.actions,
                |a| a.phases.iter().any(is),
                |a| &a.id,
                |s, i| s.actions[i].phases.retain(|x| x != id),
            );
            each(
                ed,
                List::Milestones,
                |s| &s.milestones,
                |m| m.phase.as_ref().is_some_and(is),
                |m| &m.id,
                |s, i| s.milestones[i].phase = None,
            );
        }
        List::Documents => {
            each(
                ed,
                List::Documents,
                |s| &s.documents,
                |d| d.parent.as_ref().is_some_and(is),
                |d| &d.id,
                |s, i| s.documents[i].parent = None,
            );
        }
        List::Themes => {
            each(
                ed,
                List::Phases,
                |s| &s.phases,
                |p| p.surfaced.iter().any(is),
                |p| &p.id,
                |s, i| s.phases[i].surfaced.retain(|x| x != id),
            );
            each(
                ed,
                List::Documents,
                |s| &s.documents,
                |d| d.themes.iter().any(is),
                |d| &d.id,
                |s, i| s.documents[i].themes.retain(|x| x != id),
            );
            // The theme's goals go with it.
            each(
                ed,
                List::Indicators,
                |s| &s.indicators,
                |m| m.theme.as_ref().is_some_and(is),
                |m| &m.id,
                |s, i| {
                    s.indicators[i].theme = None;
                    s.indicators[i].goal = None;
                },
            );
        }
        _ => {}
    }
}

/// Takes the removed goal `id` out of the indicators and actions that
/// measured or served it.
pub(super) fn forget_goal(ed: &mut Editor, id: &Id) {
    let hits = |ids: Vec<&Id>| ids.into_iter().cloned().collect::<Vec<Id>>();
    let indicators = hits(
        ed.s.indicators
            .iter()
            .filter(|x| x.goal.as_ref() == Some(id))
            .map(|x| &x.id)
            .collect(),
    );
    for hit in indicators {
        if let Some(i) = ed.touch_entity(List::Indicators, &hit) {
            ed.s.indicators[i].goal = None;
        }
    }
    let actions = hits(
        ed.s.actions
            .iter()
            .filter(|x| x.goal.as_ref() == Some(id))
            .map(|x| &x.id)
            .collect(),
    );
    for hit in actions {
        if let Some(i) = ed.touch_entity(List::Actions, &hit) {
            ed.s.actions[i].goal = None;
        }
    }
}

/// After an edit of an action's recorded status changes: the history stays
/// oldest first (changes on the same first day keep their order), and when
/// the latest change is another one than before (or says another status)
/// the action's status follows it. An emptied history leaves the status as
/// it is: nothing tells what it was before the first recorded change.
pub(super) fn follow_history(before: &Action, after: &mut Action) {
    if before.status_history == after.status_history {
        return;
    }
    after.status_history.sort_by_key(|c| c.date.first_day());
    // A change of one occurrence of a recurring action is not the action's.
    let whole =
        |h: &[crate::model::StatusChange]| h.iter().rev().find(|c| c.occurrence.is_none()).cloned();
    let (was, last) = (whole(&before.status_history), whole(&after.status_history));
    let (was, last) = (was.as_ref(), last.as_ref());
    if let Some(last) = last
        && was.is_none_or(|w| w.id != last.id || w.status != last.status)
    {
        after.status = last.status;
    }
}

/// Enters `actual`: one per date (a second entry for a date replaces the
/// first), oldest first.
pub(super) fn enter_actual(i: &mut Indicator, actual: Measurement) {
    i.actuals.retain(|m| m.date != actual.date);
    i.actuals.push(actual);
    i.actuals.sort_by_key(|m| m.date);
}

/// `period` with one end set to `date`, or cleared. A period needs both
/// ends: the one end given stands for both until the other is given,
/// clearing one end leaves the other standing for both, and clearing that
/// clears it.
pub(super) fn with_period_end(
    period: Option<Period>,
    end: End,
    date: Option<PlanDate>,
) -> Option<Period> {
    let Some(p) = period else {
        return date.map(|d| Period { start: d, end: d });
    };
    match (date, end) {
        (Some(d), End::Start) => Some(Period { start: d, ..p }),
        (Some(d), End::End) => Some(Period { end: d, ..p }),
        (None, _) if p.start == p.end => None,
        (None, End::Start) => Some(Period {
            start: p.end,
            end: p.end,
        }),
        (None, End::End) => Some(Period {
            start: p.start,
            end: p.start,
        }),
    }
}
