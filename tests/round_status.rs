//! Rounds recorded in the project: the round that went out, each answer's
//! arrival, `tiekartta round status` with its reminder, a value both the
//! owner and the project changed waiting as a conflict that `conflicts` and
//! `resolve` offer, and the round's laws with the round recorded.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;
use support::round as fixture;

use std::path::Path;
use std::process::{Command, Output};

use chrono::NaiveDate;
use proptest::prelude::*;
use tiekartta::model::{PlanDate, Round, Status, Strategy};
use tiekartta::round::{self, Answer, read_answer, take_in};
use tiekartta::store::{Author, ChangeKind, Project};

fn tiekartta(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tiekartta"))
        .args(args)
        .env("TIEKARTTA_LANG", "fi")
        .env("TIEKARTTA_AUTHOR", "Strategiapäällikkö")
        .output()
        .expect("the tiekartta binary runs")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 14).unwrap()
}

fn lead() -> Author {
    Author::new("Strategiapäällikkö")
}

/// A project with the fixture's round recorded as it went out.
fn recorded() -> Project {
    let mut p = Project::create(fixture::strategy(), &lead()).unwrap();
    let sent = round::send(p.strategy(), &fixture::spec(&[])).unwrap();
    let r = round::record(&fixture::spec(&[]), &sent);
    p.record_rounds(None, &[r], vec![], &lead(), ChangeKind::Edit)
        .unwrap();
    p
}

fn answers() -> Vec<Answer> {
    round::send(&fixture::strategy(), &fixture::spec(&[]))
        .unwrap()
        .into_iter()
        .map(|s| read_answer(&s.file_name, &s.bytes).unwrap())
        .collect()
}

fn the_round(p: &Project) -> Round {
    p.rounds().unwrap().remove(0)
}

#[test]
fn round_out_records_the_round_and_status_lists_every_owner_with_a_finnish_reminder() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kierros.tiekartta");
    Project::create(fixture::strategy(), &lead())
        .unwrap()
        .save(&file)
        .unwrap();
    let out = tmp.path().join("lahtevat");
    let o = tiekartta(&[
        "round",
        "out",
        "--today",
        "1.10.2026",
        s(&file),
        "--round",
        "Syksyn 2026 seuranta",
        "--period",
        "2026",
        "--deadline",
        "1.12.2026",
        "--reply-to",
        "strategia@kierroskaupunki.fi",
        "-o",
        s(&out),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let p = Project::open(&file).unwrap();
    let r = the_round(&p);
    assert_eq!(r.name, "Syksyn 2026 seuranta");
    assert_eq!(r.deadline, Some(PlanDate::parse("1.12.2026").unwrap()));
    assert_eq!(r.reply_to, "strategia@kierroskaupunki.fi");
    assert_eq!(r.periods, [PlanDate::Year(2026)]);
    let asked: Vec<(&str, usize, usize)> = r
        .asked
        .iter()
        .map(|a| (a.id.as_str(), a.actions.len(), a.indicators.len()))
        .collect();
    assert_eq!(asked, [("sivistys", 3, 2), ("tekninen", 2, 1)]);
    let reports: Vec<&[tiekartta::model::Id]> = r.asked.iter().map(|a| &a.reports[..]).collect();
    assert_eq!(
        reports,
        [&["r1".into()][..], &[]],
        "the yearly report's next occurrence"
    );
    assert_eq!(
        p.strategy(),
        &fixture::strategy(),
        "the strategy is as it was"
    );

    // Sivistysjohtaja brings the workbook back as it was sent.
    let o = tiekartta(&[
        "round",
        "in",
        "--today",
        "14.10.2026",
        s(&file),
        s(&out.join("Sivistysjohtaja.xlsx")),
    ]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );

    let o = tiekartta(&["round", "status", s(&file)]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("Kierros ”Syksyn 2026 seuranta”") && text.contains("vastannut 1/2"),
        "{text}"
    );
    assert!(
        text.contains(
            "Sivistysjohtaja: lähetetty 1.10.2026, vastasi 14.10.2026, arvoja ei muuttunut."
        ),
        "{text}"
    );
    assert!(
        text.contains("Tekninen johtaja: lähetetty 1.10.2026, ei ole vielä vastannut."),
        "{text}"
    );
    assert!(
        text.contains("Hei Tekninen johtaja,")
            && text.contains("2 toimenpiteen")
            && text.contains("yhden mittarin")
            && text.contains("1.12.2026 mennessä")
            && text.contains("strategia@kierroskaupunki.fi"),
        "{text}"
    );
    assert!(!text.contains("Hei Sivistysjohtaja"), "{text}");
    assert_eq!(
        text.matches("Kysyttiin yhden toistuvan raportin seuraavaa määräaikaa.")
            .count(),
        1,
        "{text}"
    );

    let o = tiekartta(&["round", "status", s(&file), "--lang", "sv"]);
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("Hej Tekninen johtaja,") && text.contains("senast 1.12.2026"),
        "{text}"
    );
}

#[test]
fn a_second_round_is_another_round_and_status_picks_it_by_name() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kierros.tiekartta");
    Project::create(fixture::strategy(), &lead())
        .unwrap()
        .save(&file)
        .unwrap();
    for name in ["Kevät", "Syksy"] {
        let o = tiekartta(&[
            "round",
            "out",
            "--today",
            "1.10.2026",
            s(&file),
            "--round",
            name,
            "--owner",
            "tekninen",
            "-o",
            s(&tmp.path().join(name)),
        ]);
        assert_eq!(o.status.code(), Some(0));
    }
    let names: Vec<String> = Project::open(&file)
        .unwrap()
        .rounds()
        .unwrap()
        .into_iter()
        .map(|r| r.name)
        .collect();
    assert_eq!(names.len(), 2);
    assert!(names.contains(&"Kevät".into()) && names.contains(&"Syksy".into()));
    let o = tiekartta(&["round", "status", s(&file), "--round", "Kevät"]);
    assert!(String::from_utf8_lossy(&o.stdout).contains("Kierros ”Kevät”"));
    let o = tiekartta(&["round", "status", s(&file), "--round", "Talvi"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("ei ole kierrosta ”Talvi”"));
}

#[test]
fn an_answer_is_recorded_with_its_owner_its_day_and_how_many_values_it_changed() {
    let mut p = recorded();
    let mut a = answers().remove(0);
    a.actions[1].status = Some(Status::OnTrack);
    a.indicators[0].value = Some(61.0);
    let report = take_in(&mut p, &[a], day()).unwrap();
    assert_eq!(report.taken.len(), 1);
    let r = the_round(&p);
    assert_eq!(r.answers.len(), 1);
    let got = &r.answers[0];
    assert_eq!(
        (got.owner.as_str(), got.received, got.changed),
        ("sivistys", PlanDate::Day(day()), 2)
    );
    let last = p.history().unwrap().pop().unwrap();
    assert_eq!(last.author, "Sivistysjohtaja", "one edit, by the owner");
    let status = round::status(p.strategy(), &r);
    assert_eq!(status[0].answered, Some(PlanDate::Day(day())));
    assert_eq!(status[1].answered, None);
}

/// The lead marks a1 late after the round went out; Sivistysjohtaja says done.
fn both_changed() -> (Project, tiekartta::round::TakeReport) {
    let mut p = recorded();
    let mut edited = p.strategy().clone();
    edited.actions[0].status = Status::Late;
    p.apply(edited, &lead()).unwrap();
    let mut a = answers().remove(0);
    a.actions[0].status = Some(Status::Done);
    a.actions[0].note = Some("Valmistui lokakuussa".into());
    a.indicators[0].value = Some(60.0);
    let report = take_in(&mut p, &[a], day()).unwrap();
    (p, report)
}

#[test]
fn a_value_both_changed_waits_among_the_projects_conflicts_with_both_values_side_by_side() {
    let (p, report) = both_changed();
    assert_eq!(report.conflicts.len(), 1);
    assert_eq!(
        p.strategy().actions[0].status,
        Status::Late,
        "kept until chosen"
    );
    assert_eq!(
        p.strategy().indicators[0].actuals.last().unwrap().value,
        60.0,
        "the rest of the answer is taken"
    );
    let c = &p.conflicts()[0];
    assert!(c.id.starts_with("rounds/round-syksy2026/"), "{}", c.id);
    assert_eq!((c.entity.as_str(), c.entity_id.as_str()), ("action", "a1"));
    assert_eq!(c.field, "status");
    assert_eq!(c.default, "1");
    assert_eq!(c.values[0].value, serde_json::json!("late"));
    assert_eq!(c.values[0].authors, ["Strategiapäällikkö"]);
    assert_eq!(c.values[1].value, serde_json::json!("done"));
    assert_eq!(c.values[1].authors, ["Sivistysjohtaja"]);
}

#[test]
fn choosing_the_owners_value_enters_it_with_the_owners_note_and_the_conflict_is_gone() {
    let (mut p, _) = both_changed();
    let id = p.conflicts()[0].id.clone();
    p.resolve(&id, "2", &lead()).unwrap();
    assert!(p.conflicts().is_empty());
    let a1 = &p.strategy().actions[0];
    assert_eq!(a1.status, Status::Done);
    let last = a1.status_history.last().unwrap();
    assert_eq!(
        (last.note.as_str(), last.date),
        ("Valmistui lokakuussa", PlanDate::Day(day()))
    );
    assert!(the_round(&p).choices.is_empty());
    let entry = p.history().unwrap().pop().unwrap();
    assert_eq!(entry.kind, ChangeKind::Resolve);
    // The same answer again asks nothing more.
    let mut a = answers().remove(0);
    a.actions[0].status = Some(Status::Done);
    a.actions[0].note = Some("Valmistui lokakuussa".into());
    a.indicators[0].value = Some(60.0);
    let report = take_in(&mut p, &[a], day()).unwrap();
    assert!(report.taken.is_empty() && p.conflicts().is_empty());
}

#[test]
fn choosing_the_projects_value_keeps_it_and_the_conflict_is_gone() {
    let (mut p, _) = both_changed();
    let id = p.conflicts()[0].id.clone();
    let before = p.strategy().clone();
    p.resolve(&id, "1", &lead()).unwrap();
    assert!(p.conflicts().is_empty());
    assert_eq!(p.strategy(), &before);
    assert!(p.resolve(&id, "1", &lead()).is_err(), "chosen once");
}

#[test]
fn a_report_status_both_changed_waits_side_by_side_and_the_owners_is_entered_when_chosen() {
    let mut p = recorded();
    let mut a = answers().remove(0);
    assert_eq!(a.owner.as_str(), "sivistys");
    let asked = a
        .reports
        .first()
        .expect("asked its recurring report")
        .clone();
    // The lead marks that occurrence at risk after the round went out.
    let mut edited = p.strategy().clone();
    let doc = edited
        .documents
        .iter_mut()
        .find(|d| d.id == asked.id)
        .unwrap();
    doc.status_history.push(tiekartta::model::StatusChange {
        id: "lead-1".into(),
        date: PlanDate::Day(day()),
        status: Status::AtRisk,
        note: String::new(),
        occurrence: Some(asked.occurrence),
    });
    p.apply(edited, &lead()).unwrap();
    a.reports[0].status = Some(Status::Done);
    a.reports[0].note = Some("Valtuusto käsitteli".into());
    let report = take_in(&mut p, &[a], day()).unwrap();
    assert_eq!(report.conflicts.len(), 1);
    let now = |p: &Project| round::occurrence_status(p.strategy(), &asked.id, &asked.occurrence);
    assert_eq!(now(&p), Some(Status::AtRisk), "kept until chosen");
    let c = p.conflicts()[0].clone();
    assert!(c.id.starts_with("rounds/round-syksy2026/"), "{}", c.id);
    assert_eq!(
        (c.entity.as_str(), c.entity_id.as_str()),
        ("document", "r1")
    );
    assert_eq!(
        c.field,
        format!("occurrences/{}", asked.occurrence.to_iso())
    );
    assert_eq!(c.values[0].value, serde_json::json!("atRisk"));
    assert_eq!(c.values[0].authors, ["Strategiapäällikkö"]);
    assert_eq!(c.values[1].value, serde_json::json!("done"));
    assert_eq!(c.values[1].authors, ["Sivistysjohtaja"]);
    p.resolve(&c.id, "2", &lead()).unwrap();
    assert!(p.conflicts().is_empty());
    assert!(the_round(&p).choices.is_empty());
    assert_eq!(now(&p), Some(Status::Done));
    let doc = p
        .strategy()
        .documents
        .iter()
        .find(|d| d.id == asked.id)
        .unwrap();
    let last = doc.status_history.last().unwrap();
    assert_eq!(
        (last.note.as_str(), last.occurrence),
        ("Valtuusto käsitteli", Some(asked.occurrence))
    );
}

#[test]
fn conflicts_and_resolve_on_the_command_line_offer_and_take_a_rounds_value() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kierros.tiekartta");
    let (mut p, _) = both_changed();
    p.save(&file).unwrap();
    let o = tiekartta(&["conflicts", s(&file)]);
    assert_eq!(o.status.code(), Some(3));
    let text = String::from_utf8_lossy(&o.stdout);
    assert!(
        text.contains("Sivistysjohtaja") && text.contains("Strategiapäällikkö"),
        "{text}"
    );
    let id = Project::open(&file).unwrap().conflicts()[0].id.clone();
    assert!(text.contains(&id), "{text}");
    let o = tiekartta(&["resolve", s(&file), &id, "--take", "2"]);
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    let p = Project::open(&file).unwrap();
    assert_eq!(p.strategy().actions[0].status, Status::Done);
    assert!(p.conflicts().is_empty());
}

#[test]
fn a_rounds_conflict_survives_saving_and_opening_and_a_merge_of_copies() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("kierros.tiekartta");
    let (mut p, _) = both_changed();
    p.save(&file).unwrap();
    let mut q = Project::open(&file).unwrap();
    q.verify_deep().unwrap();
    assert_eq!(q.conflicts(), p.conflicts());
    let mut other = q.clone();
    let mut edited = other.strategy().clone();
    edited.name = "Uusi nimi".into();
    other.apply(edited, &lead()).unwrap();
    let (merged, report) = tiekartta::merge::merge(&q, &other).unwrap();
    assert_eq!(report.conflicts.len(), 1);
    assert_eq!(merged.rounds().unwrap(), q.rounds().unwrap());
}

/// One filled row: owner, row, status, note, the indicator's value.
type Fill = (usize, usize, Option<Status>, Option<String>, Option<f64>);

fn fills() -> impl proptest::strategy::Strategy<Value = Vec<Fill>> {
    let status = proptest::option::of(proptest::sample::select(Status::ALL.to_vec()));
    let note = proptest::option::of("[a-zäö ]{1,12}");
    let value = proptest::option::of(0.0f64..200.0);
    proptest::collection::vec((0usize..2, 0usize..3, status, note, value), 0..8)
}

fn filled(plan: &[Fill]) -> Vec<Answer> {
    let mut all = answers();
    for (owner, k, status, note, value) in plan {
        let a = &mut all[*owner];
        let n = a.actions.len();
        let act = &mut a.actions[k % n];
        act.status = *status;
        act.note = note.clone();
        let m = a.indicators.len();
        a.indicators[k % m].value = *value;
    }
    all
}

fn taken(p: &mut Project, answers: &[Answer]) -> (Strategy, Vec<Round>, usize) {
    take_in(p, answers, day()).unwrap();
    (
        p.strategy().clone(),
        p.rounds().unwrap(),
        p.conflicts().len(),
    )
}

/// The project after the lead's own edits since the round went out: a1 late,
/// b1's status and m1's 2026 actual entered.
fn edited_meanwhile() -> Project {
    let mut p = recorded();
    let mut e = p.strategy().clone();
    e.actions[0].status = Status::Late;
    e.actions[3].status = Status::Done;
    e.indicators[0].actuals.push(tiekartta::model::Measurement {
        date: PlanDate::Year(2026),
        value: 58.0,
        note: String::new(),
    });
    p.apply(e, &lead()).unwrap();
    p
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn with_the_round_recorded_the_same_answer_twice_is_it_once(plan in fills()) {
        let all = filled(&plan);
        let mut twice = all.clone();
        twice.extend(all.iter().cloned());
        prop_assert_eq!(taken(&mut edited_meanwhile(), &all), taken(&mut edited_meanwhile(), &twice));
    }

    #[test]
    fn with_the_round_recorded_answers_in_any_order_give_the_same_project(plan in fills()) {
        let all = filled(&plan);
        let reversed: Vec<Answer> = all.iter().rev().cloned().collect();
        prop_assert_eq!(taken(&mut edited_meanwhile(), &all), taken(&mut edited_meanwhile(), &reversed));
    }

    #[test]
    fn the_projects_edits_since_the_round_stay_and_a_value_both_changed_waits_for_a_choice(plan in fills()) {
        let all = filled(&plan);
        let mut p = edited_meanwhile();
        let before = p.strategy().clone();
        let report = take_in(&mut p, &all, day()).unwrap();
        let after = p.strategy();
        // The lead's values stand until someone chooses.
        prop_assert_eq!(after.actions[0].status, Status::Late);
        prop_assert_eq!(after.actions[3].status, Status::Done);
        prop_assert_eq!(after.indicators[0].actuals.last().unwrap().value, 58.0);
        // Everything not asked about is as the project had it.
        prop_assert_eq!(&before.themes, &after.themes);
        prop_assert_eq!(&before.owners, &after.owners);
        for (a, b) in before.indicators.iter().zip(&after.indicators) {
            prop_assert_eq!(&a.actuals[0], &b.actuals[0]);
            prop_assert_eq!(&a.name, &b.name);
        }
        // Each value the owner changed that the project had changed too waits.
        let waiting: Vec<&str> = p.conflicts().iter().map(|c| c.entity_id.as_str()).collect();
        let reported: Vec<&str> = report.conflicts.iter().map(|c| c.id.as_str()).collect();
        prop_assert_eq!(waiting.len(), reported.len());
        for id in reported {
            prop_assert!(["a1", "b1", "m1"].contains(&id), "{}", id);
            prop_assert!(waiting.contains(&id));
        }
    }
}
