//! What the roadmap says about an action's bar in words: its name, owners,
//! dates and status, and whether it is late, in the user's language. The
//! same sentence is the bar's accessible name in the SVG (a screen reader
//! announces it), its tooltip and what the keyboard's selection announces,
//! so none of them is put together in the UI.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::i18n::{Lang, Message};
use crate::model::{Action, PlanDate, Status, Strategy};

/// The sentence of every action of `strategy`, by the action's id.
pub fn bar_labels(strategy: &Strategy, lang: Lang, today: NaiveDate) -> HashMap<String, String> {
    strategy
        .actions
        .iter()
        .map(|a| (a.id.0.clone(), bar_label(strategy, a, lang, today)))
        .collect()
}

/// The sentence of action `a`: "Name · Owner, Owner · 1/2026–6/2027 · Status".
pub fn bar_label(strategy: &Strategy, a: &Action, lang: Lang, today: NaiveDate) -> String {
    let owners: Vec<&str> = a
        .owners
        .iter()
        .filter_map(|id| strategy.owners.iter().find(|o| o.id == *id))
        .map(|o| o.name.as_str())
        .collect();
    let owners = if owners.is_empty() {
        lang.text("bar-no-owner")
    } else {
        owners.join(", ")
    };
    let (start, due) = match strategy.phase_dates(a) {
        Some((first, last)) => (Some(first), Some(last)),
        None => (a.start, a.due),
    };
    let dates = dates(lang, start, due);
    let status = lang.text(a.status.message_id());
    let late =
        crate::schedule::action_verdict(strategy, a, today) == crate::schedule::Verdict::Late;
    let id = if late && a.status != Status::Late {
        "bar-label-late"
    } else {
        "bar-label"
    };
    lang.tr(&Message::new(id)
        .arg("name", &a.name)
        .arg("owners", owners)
        .arg("dates", dates)
        .arg("status", status))
}

fn dates(lang: Lang, start: Option<PlanDate>, due: Option<PlanDate>) -> String {
    match (start, due) {
        (Some(s), Some(d)) => lang.tr(&Message::new("bar-dates")
            .arg("start", s.to_finnish())
            .arg("due", d.to_finnish())),
        (Some(s), None) => lang.tr(&Message::new("bar-from").arg("start", s.to_finnish())),
        (None, Some(d)) => lang.tr(&Message::new("bar-until").arg("due", d.to_finnish())),
        (None, None) => lang.text("bar-no-dates"),
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn paimio() -> Strategy {
        crate::interchange::from_json(include_str!("../../seeds/paimio.json")).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_bar_says_its_name_owners_dates_and_status_in_each_language() {
        let mut s = paimio();
        let owner = s.owners[0].clone();
        let a = &mut s.actions[0];
        a.name = "Kirjasto auki".into();
        a.owners = vec![owner.id.clone()];
        a.start = Some(PlanDate::month(2026, 3).unwrap());
        a.due = Some(PlanDate::day(2027, 5, 16).unwrap());
        a.status = Status::OnTrack;
        let a = s.actions[0].clone();
        let fi = bar_label(&s, &a, Lang::Fi, day(2026, 6, 1));
        assert_eq!(
            fi,
            format!("Kirjasto auki · {} · 3/2026–16.5.2027 · Etenee", owner.name)
        );
        let sv = bar_label(&s, &a, Lang::Sv, day(2026, 6, 1));
        let en = bar_label(&s, &a, Lang::En, day(2026, 6, 1));
        assert!(sv.starts_with("Kirjasto auki · ") && sv != fi, "{sv}");
        assert!(
            en.starts_with("Kirjasto auki · ") && en != fi && en != sv,
            "{en}"
        );
    }

    #[test]
    fn a_bar_past_its_due_and_not_done_says_it_is_late_and_a_done_one_does_not() {
        let mut s = paimio();
        let a = &mut s.actions[0];
        a.owners.clear();
        a.start = None;
        a.due = Some(PlanDate::year(2025).unwrap());
        a.phases.clear();
        a.status = Status::OnTrack;
        let late = bar_label(&s, &s.actions[0], Lang::Fi, day(2026, 1, 1));
        assert!(late.ends_with("Etenee, myöhässä"), "{late}");
        assert!(
            late.contains("ei vastuutahoa") && late.contains("viimeistään 2025"),
            "{late}"
        );
        s.actions[0].status = Status::Done;
        let done = bar_label(&s, &s.actions[0], Lang::Fi, day(2026, 1, 1));
        assert!(!done.contains("myöhässä"), "{done}");
        // Marked late: said once, as its status.
        s.actions[0].status = Status::Late;
        let marked = bar_label(&s, &s.actions[0], Lang::Fi, day(2024, 1, 1));
        assert_eq!(marked.matches("yöhässä").count(), 1, "{marked}");
    }

    #[test]
    fn every_action_of_a_strategy_has_its_sentence() {
        let s = paimio();
        let labels = bar_labels(&s, Lang::Sv, day(2026, 11, 25));
        assert_eq!(labels.len(), s.actions.len());
        for a in &s.actions {
            assert!(labels[a.id.as_str()].starts_with(&a.name));
        }
    }
}
