//! The comparison of two strategies by entity id.

use std::collections::{HashMap, HashSet};

use super::{
    ActionRef, ActualAdded, Changes, Moved, Rescheduled, Reworded, StatusChanged, TextKind,
};
use crate::model::{Action, Id, PlanDate, Strategy};

fn theme_name(s: &Strategy, id: &Id) -> String {
    s.theme(id).map(|t| t.name.clone()).unwrap_or_default()
}

fn action_ref(s: &Strategy, a: &Action) -> ActionRef {
    ActionRef {
        id: a.id.clone(),
        name: a.name.clone(),
        theme: theme_name(s, &a.theme),
    }
}

/// The dates an action is shown over: its own, else its phases'.
fn dates(s: &Strategy, a: &Action) -> (Option<PlanDate>, Option<PlanDate>) {
    if a.start.is_some() || a.due.is_some() {
        return (a.start, a.due);
    }
    s.phase_dates(a)
        .map_or((None, None), |(f, l)| (Some(f), Some(l)))
}

/// What changed from `old` to `new`, compared by entity id; each list in
/// the order of `new` (removed actions in the order of `old`).
pub fn between(old: &Strategy, new: &Strategy) -> Changes {
    let mut c = Changes::default();
    let before: HashMap<&Id, &Action> = old.actions.iter().map(|a| (&a.id, a)).collect();
    let now: HashSet<&Id> = new.actions.iter().map(|a| &a.id).collect();
    for a in &new.actions {
        let r = action_ref(new, a);
        let Some(b) = before.get(&a.id) else {
            c.added.push(r);
            continue;
        };
        if b.theme != a.theme {
            c.moved.push(Moved {
                action: r.clone(),
                from: theme_name(old, &b.theme),
            });
        }
        let (was, is) = (dates(old, b), dates(new, a));
        if was != is {
            c.rescheduled.push(Rescheduled {
                action: r.clone(),
                old_start: was.0,
                old_due: was.1,
                new_start: is.0,
                new_due: is.1,
            });
        }
        if b.status != a.status {
            c.statuses.push(StatusChanged {
                action: r,
                old: b.status,
                new: a.status,
            });
        }
    }
    c.removed = old
        .actions
        .iter()
        .filter(|a| !now.contains(&a.id))
        .map(|a| action_ref(old, a))
        .collect();

    let old_ind: HashMap<&Id, _> = old.indicators.iter().map(|i| (&i.id, i)).collect();
    for i in &new.indicators {
        let had: Vec<_> = old_ind
            .get(&i.id)
            .map(|o| o.actuals.iter().map(|m| m.date).collect())
            .unwrap_or_default();
        for m in i.actuals.iter().filter(|m| !had.contains(&m.date)) {
            c.actuals.push(ActualAdded {
                indicator: i.id.clone(),
                name: i.name.clone(),
                unit: i.unit.clone(),
                date: m.date,
                value: m.value,
            });
        }
    }

    let mut say = |kind, id: &Id, name: &str, o: &str, n: &str| {
        if o != n {
            c.reworded.push(Reworded {
                kind,
                id: id.clone(),
                name: name.to_owned(),
                old: o.to_owned(),
                new: n.to_owned(),
            });
        }
    };
    say(TextKind::Vision, &new.id, "", &old.vision, &new.vision);
    say(TextKind::Mission, &new.id, "", &old.mission, &new.mission);
    let old_values: HashMap<&Id, _> = old.values.iter().map(|v| (&v.id, v)).collect();
    for v in &new.values {
        if let Some(o) = old_values.get(&v.id) {
            say(TextKind::Value, &v.id, &o.name, &o.name, &v.name);
            say(TextKind::Value, &v.id, &v.name, &o.tagline, &v.tagline);
            say(TextKind::Value, &v.id, &v.name, &o.meaning, &v.meaning);
        }
    }
    let old_goals: HashMap<&Id, _> = old
        .themes
        .iter()
        .flat_map(|t| t.goals.iter())
        .map(|g| (&g.id, g))
        .collect();
    for t in &new.themes {
        for g in &t.goals {
            if let Some(o) = old_goals.get(&g.id) {
                say(TextKind::Goal, &g.id, &t.name, &o.name, &g.name);
                say(
                    TextKind::Goal,
                    &g.id,
                    &g.name,
                    &o.description,
                    &g.description,
                );
            }
        }
    }
    c.reworded.extend(renamed(old, new));
    c
}

/// Themes, actions and indicators whose names changed, in that order (each
/// in the order of `new`): old and new side by side, named by the theme
/// they are in now.
fn renamed(old: &Strategy, new: &Strategy) -> Vec<Reworded> {
    let mut out = vec![];
    let mut say = |kind, id: &Id, whose: String, o: &str, n: &str| {
        if o != n {
            out.push(Reworded {
                kind,
                id: id.clone(),
                name: whose,
                old: o.to_owned(),
                new: n.to_owned(),
            });
        }
    };
    for t in &new.themes {
        if let Some(o) = old.theme(&t.id) {
            say(TextKind::Theme, &t.id, String::new(), &o.name, &t.name);
        }
    }
    let actions: HashMap<&Id, &Action> = old.actions.iter().map(|a| (&a.id, a)).collect();
    for a in &new.actions {
        if let Some(o) = actions.get(&a.id) {
            say(
                TextKind::Action,
                &a.id,
                theme_name(new, &a.theme),
                &o.name,
                &a.name,
            );
        }
    }
    let indicators: HashMap<&Id, _> = old.indicators.iter().map(|i| (&i.id, i)).collect();
    for i in &new.indicators {
        if let Some(o) = indicators.get(&i.id) {
            let theme = i.theme.as_ref().map(|t| theme_name(new, t));
            say(
                TextKind::Indicator,
                &i.id,
                theme.unwrap_or_default(),
                &o.name,
                &i.name,
            );
        }
    }
    out
}
