#![allow(clippy::unwrap_used)] // a panic in a test is a failing test

use super::*;
use crate::model::{DocumentKind, Milestone, MilestoneKind, Period};

fn date(s: &str) -> PlanDate {
    PlanDate::parse(s).unwrap()
}

fn day(s: &str) -> NaiveDate {
    date(s).first_day()
}

fn strategy() -> Strategy {
    Strategy {
        period: Some(Period::new(date("2025"), date("2029")).unwrap()),
        ..Default::default()
    }
}

fn action(id: &str, due: &str, status: Status) -> Action {
    Action {
        id: id.into(),
        theme: "t".into(),
        name: id.into(),
        due: Some(date(due)),
        status,
        ..Default::default()
    }
}

#[test]
fn a_due_month_is_late_only_from_the_first_day_of_the_next_month() {
    let due = date("6/2026");
    assert!(!late(Status::OnTrack, Some(&due), day("30.6.2026")));
    assert!(late(Status::OnTrack, Some(&due), day("1.7.2026")));
    assert!(!late(
        Status::OnTrack,
        Some(&date("2026")),
        day("31.12.2026")
    ));
    assert!(late(
        Status::NotStarted,
        Some(&date("2026")),
        day("1.1.2027")
    ));
    assert!(!late(
        Status::NotStarted,
        Some(&date("1.7.2026")),
        day("1.7.2026")
    ));
}

#[test]
fn done_is_never_late_and_recorded_late_is_late_without_a_due() {
    assert!(!late(Status::Done, Some(&date("2020")), day("1.12.2026")));
    assert!(late(Status::Late, None, day("1.1.2000")));
    assert!(!late(Status::NotStarted, None, day("1.1.2100")));
    assert_eq!(
        verdict(Status::AtRisk, Some(&date("2030")), day("1.12.2026")),
        Verdict::AtRisk
    );
    assert_eq!(
        verdict(Status::AtRisk, Some(&date("2025")), day("1.12.2026")),
        Verdict::Late
    );
    assert_eq!(
        verdict(Status::OnTrack, Some(&date("2030")), day("1.12.2026")),
        Verdict::Open
    );
}

#[test]
fn a_report_due_every_may_falls_due_each_may_of_the_strategys_years() {
    let got = expand(date("5/2026"), Some(Cadence::Yearly), Some(date("2029")));
    assert_eq!(
        got,
        ["5/2026", "5/2027", "5/2028", "5/2029"].map(date).to_vec()
    );
}

#[test]
fn a_quarterly_action_falls_due_every_three_months_within_its_own_dates() {
    let s = strategy();
    let a = Action {
        start: Some(date("3/2026")),
        due: Some(date("12/2027")),
        cadence: Some(Cadence::Quarterly),
        ..action("q", "12/2027", Status::OnTrack)
    };
    let got = action_dates(&s, &a);
    assert_eq!(got.len(), 8, "{got:?}");
    assert_eq!(got[1], date("6/2026"));
    assert_eq!(got[7], date("12/2027"));
}

#[test]
fn a_monthly_item_on_a_given_day_keeps_its_day_and_the_last_day_of_short_months() {
    let got = expand(
        date("31.1.2026"),
        Some(Cadence::Monthly),
        Some(date("4/2026")),
    );
    assert_eq!(
        got,
        ["31.1.2026", "28.2.2026", "31.3.2026", "30.4.2026"]
            .map(date)
            .to_vec()
    );
    let term = expand(date("2025"), Some(Cadence::CouncilTerm), Some(date("2033")));
    assert_eq!(term, ["2025", "2029", "2033"].map(date).to_vec());
    let quarters = expand(date("2026"), Some(Cadence::Quarterly), Some(date("2026")));
    assert_eq!(
        quarters,
        ["3/2026", "6/2026", "9/2026", "12/2026"].map(date).to_vec()
    );
}

#[test]
fn a_one_off_item_or_one_with_nothing_to_bound_it_falls_due_once() {
    assert_eq!(
        expand(date("5/2026"), None, Some(date("2030"))),
        vec![date("5/2026")]
    );
    assert_eq!(
        expand(date("5/2026"), Some(Cadence::Once), Some(date("2030"))),
        vec![date("5/2026")]
    );
    assert_eq!(
        expand(date("5/2026"), Some(Cadence::Yearly), None),
        vec![date("5/2026")]
    );
}

#[test]
fn each_occurrence_of_a_report_has_its_own_status_keyed_by_its_date() {
    let mut s = strategy();
    s.documents.push(Document {
        id: "hr".into(),
        kind: DocumentKind::Report,
        name: "Henkilöstöraportti".into(),
        due: Some(date("5/2026")),
        cadence: Some(Cadence::Yearly),
        status_history: vec![StatusChange {
            id: "c1".into(),
            date: date("20.5.2026"),
            status: Status::Done,
            occurrence: Some(date("5/2026")),
            ..Default::default()
        }],
        ..Default::default()
    });
    let today = day("1.6.2027");
    let dues = occurrences(&s, today);
    let verdicts: Vec<(String, Verdict)> = dues
        .iter()
        .map(|d| (d.date.to_finnish(), d.verdict))
        .collect();
    assert_eq!(
        verdicts,
        vec![
            ("5/2026".into(), Verdict::Done),
            ("5/2027".into(), Verdict::Late),
            ("5/2028".into(), Verdict::Open),
            ("5/2029".into(), Verdict::Open),
        ]
    );
    assert_eq!(document_verdict(&s, &s.documents[0], today), Verdict::Late);
    assert_eq!(
        document_verdict(&s, &s.documents[0], day("1.6.2026")),
        Verdict::Open
    );
}

#[test]
fn an_overdue_budget_with_no_status_and_a_late_action_are_late_and_the_rest_as_recorded() {
    let mut s = strategy();
    s.documents.push(Document {
        id: "budget".into(),
        name: "Talousarvio 2027".into(),
        due: Some(date("11/2026")),
        ..Default::default()
    });
    s.actions = vec![
        action("late", "6/2026", Status::OnTrack),
        action("risk", "2028", Status::AtRisk),
        action("done", "2025", Status::Done),
        action("fine", "2028", Status::OnTrack),
    ];
    let today = day("1.12.2026");
    let sch = schedule(&s, today);
    let of = |id: &str| {
        sch.actions
            .iter()
            .find(|v| v.id.as_str() == id)
            .unwrap()
            .verdict
    };
    assert_eq!(of("late"), Verdict::Late);
    assert_eq!(of("risk"), Verdict::AtRisk);
    assert_eq!(of("done"), Verdict::Done);
    assert_eq!(of("fine"), Verdict::Open);
    let budget = sch.dues.iter().find(|d| d.id.as_str() == "budget").unwrap();
    assert_eq!(budget.verdict, Verdict::Late);
    assert_eq!(shown_status(&s, &s.actions[0], today), Status::Late);
    assert_eq!(shown_status(&s, &s.actions[1], today), Status::AtRisk);
}

#[test]
fn a_yearly_milestone_recurs_on_its_day_until_the_strategys_end() {
    let mut s = strategy();
    s.milestones.push(Milestone {
        id: "m".into(),
        name: "Arviointi".into(),
        date: Some(date("16.5.2026")),
        cadence: Some(Cadence::Yearly),
        ..Default::default()
    });
    let dates: Vec<String> = occurrences(&s, day("1.1.2026"))
        .iter()
        .map(|d| d.date.to_finnish())
        .collect();
    assert_eq!(dates, ["16.5.2026", "16.5.2027", "16.5.2028", "16.5.2029"]);
}

#[test]
fn a_recurring_action_is_late_when_a_past_occurrence_was_not_recorded_done() {
    let s = strategy();
    let mut a = Action {
        start: Some(date("3/2026")),
        cadence: Some(Cadence::Quarterly),
        ..action("q", "12/2027", Status::OnTrack)
    };
    let today = day("1.5.2026");
    assert_eq!(
        action_verdict(&s, &a, today),
        Verdict::Late,
        "3/2026 not done"
    );
    a.status_history.push(StatusChange {
        id: "c".into(),
        date: date("31.3.2026"),
        status: Status::Done,
        occurrence: Some(date("3/2026")),
        ..Default::default()
    });
    assert_eq!(action_verdict(&s, &a, today), Verdict::Open);
}

#[test]
fn recording_an_occurrence_done_keys_it_and_leaves_the_items_own_status() {
    let mut s = strategy();
    s.actions.push(Action {
        start: Some(date("3/2026")),
        cadence: Some(Cadence::Quarterly),
        ..action("q", "12/2027", Status::OnTrack)
    });
    let change = crate::edit::Change::Occurrence {
        item: "q".into(),
        occurrence: date("3/2026"),
        status: Status::Done,
        date: date("31.3.2026"),
        note: "Aamiainen pidetty".into(),
        id: None,
    };
    crate::edit::apply(&mut s, &change).unwrap();
    let a = &s.actions[0];
    assert_eq!(a.status, Status::OnTrack, "the action's own status stays");
    assert_eq!(a.status_history[0].occurrence, Some(date("3/2026")));
    let dues = occurrences(&s, day("1.5.2026"));
    assert_eq!(dues[0].status, Status::Done);
    assert_eq!(dues[1].verdict, Verdict::Open);
    let missing = crate::edit::Change::Occurrence {
        item: "nothing".into(),
        occurrence: date("3/2026"),
        status: Status::Done,
        date: date("31.3.2026"),
        note: String::new(),
        id: None,
    };
    assert!(crate::edit::apply(&mut s, &missing).is_err());
}

#[test]
fn an_action_dated_only_by_its_phases_is_late_once_its_last_phase_has_ended() {
    let mut s = strategy();
    s.phases.push(crate::model::Phase {
        id: "p1".into(),
        name: "Ensimmäinen aalto".into(),
        start: Some(date("2025")),
        end: Some(date("6/2026")),
        ..Default::default()
    });
    let a = Action {
        id: "a".into(),
        theme: "t".into(),
        name: "Palveluverkon katselmus".into(),
        phases: vec!["p1".into()],
        status: Status::OnTrack,
        ..Default::default()
    };
    s.actions.push(a.clone());
    assert_eq!(action_dates(&s, &a), [date("6/2026")]);
    assert_eq!(action_verdict(&s, &a, day("30.6.2026")), Verdict::Open);
    assert_eq!(action_verdict(&s, &a, day("1.7.2026")), Verdict::Late);
    assert_eq!(shown_status(&s, &a, day("1.12.2026")), Status::Late);
    let done = Action {
        status: Status::Done,
        ..a
    };
    assert_eq!(action_verdict(&s, &done, day("1.12.2026")), Verdict::Done);
}

fn milestone(id: &str, kind: MilestoneKind, when: &str) -> Milestone {
    Milestone {
        id: id.into(),
        name: id.into(),
        kinds: vec![kind],
        date: Some(date(when)),
        ..Default::default()
    }
}

#[test]
fn a_meeting_passes_on_its_date_and_an_evaluation_not_done_is_late_once_followed() {
    let mut s = strategy();
    s.milestones = vec![
        milestone("valtuusto", MilestoneKind::Council, "14.6.2026"),
        milestone("arviointi", MilestoneKind::Evaluation, "6/2026"),
    ];
    let today = day("1.12.2026");
    let of = |s: &Strategy, id: &str| {
        occurrences(s, today)
            .into_iter()
            .find(|d| d.id.as_str() == id)
            .unwrap()
    };
    let meeting = of(&s, "valtuusto");
    assert_eq!(meeting.verdict, Verdict::Done, "a meeting has happened");
    assert!(!meeting.followed);
    let evaluation = of(&s, "arviointi");
    assert!(evaluation.followed, "an evaluation is offered a status");
    assert_eq!(evaluation.verdict, Verdict::Done, "nothing recorded yet");
    assert!(!evaluation.recorded);
    // The lead records it under way; by December it is late.
    let record = |status| crate::edit::Change::Occurrence {
        item: "arviointi".into(),
        occurrence: date("6/2026"),
        status,
        date: date("1.5.2026"),
        note: String::new(),
        id: None,
    };
    crate::edit::apply(&mut s, &record(Status::OnTrack)).unwrap();
    assert_eq!(s.milestones[1].status, Some(Status::OnTrack));
    assert_eq!(of(&s, "arviointi").verdict, Verdict::Late);
    assert_eq!(of(&s, "arviointi").status, Status::OnTrack);
    assert!(of(&s, "arviointi").recorded);
    crate::edit::apply(&mut s, &record(Status::Done)).unwrap();
    assert_eq!(of(&s, "arviointi").verdict, Verdict::Done);
    assert_eq!(s.milestones[1].status_history.len(), 2);
}

#[test]
fn recording_a_one_off_documents_status_makes_it_the_documents_own() {
    let mut s = strategy();
    s.documents.push(Document {
        id: "budget".into(),
        name: "Talousarvio 2027".into(),
        due: Some(date("11/2026")),
        ..Default::default()
    });
    let today = day("1.12.2026");
    assert_eq!(occurrences(&s, today)[0].verdict, Verdict::Late);
    assert!(occurrences(&s, today)[0].followed);
    let change = crate::edit::Change::Occurrence {
        item: "budget".into(),
        occurrence: date("11/2026"),
        status: Status::Done,
        date: date("30.11.2026"),
        note: "Valtuusto hyväksyi".into(),
        id: None,
    };
    crate::edit::apply(&mut s, &change).unwrap();
    assert_eq!(s.documents[0].status, Some(Status::Done));
    assert_eq!(occurrences(&s, today)[0].verdict, Verdict::Done);
}

#[test]
fn a_recurring_evaluation_has_a_status_per_occurrence() {
    let mut s = strategy();
    s.milestones.push(Milestone {
        cadence: Some(Cadence::Yearly),
        status: Some(Status::NotStarted),
        ..milestone("arviointi", MilestoneKind::Evaluation, "5/2025")
    });
    let change = crate::edit::Change::Occurrence {
        item: "arviointi".into(),
        occurrence: date("5/2025"),
        status: Status::Done,
        date: date("30.5.2025"),
        note: String::new(),
        id: None,
    };
    crate::edit::apply(&mut s, &change).unwrap();
    let verdicts: Vec<Verdict> = occurrences(&s, day("1.12.2026"))
        .iter()
        .map(|d| d.verdict)
        .collect();
    // 2025 done, 2026 not started and past, 2027–2029 ahead.
    assert_eq!(
        verdicts,
        [
            Verdict::Done,
            Verdict::Late,
            Verdict::Open,
            Verdict::Open,
            Verdict::Open
        ]
    );
    assert_eq!(s.milestones[0].status, Some(Status::NotStarted));
}
