//! The follow-up round in the core: workbooks out, answers in, and the
//! round's laws (twice = once, any order, nothing else changes, conflicts
//! where both sides changed one value).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;

use chrono::NaiveDate;
use proptest::prelude::*;
use tiekartta::model::{PlanDate, Status, Strategy};
use tiekartta::round::{self, Answer, read_answer, take_in};
use tiekartta::store::{Author, Project};

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 14).unwrap()
}

fn project() -> Project {
    Project::create(
        support::round::strategy(),
        &Author::new("Strategiapäällikkö"),
    )
    .unwrap()
}

/// Every owner's workbook of the round, read back unfilled.
fn answers() -> Vec<Answer> {
    round::send(&support::round::strategy(), &support::round::spec(&[]))
        .unwrap()
        .into_iter()
        .map(|s| read_answer(&s.file_name, &s.bytes).unwrap())
        .collect()
}

#[test]
fn an_owner_of_only_a_recurring_report_is_asked_about_it_when_no_owner_is_named() {
    use tiekartta::model::{Cadence, Document, DocumentKind, Owner};
    let mut s = support::round::strategy();
    s.owners.push(Owner {
        id: "hr".into(),
        name: "Henkilöstöjohtaja".into(),
        ..Default::default()
    });
    s.documents.push(Document {
        id: "r2".into(),
        kind: DocumentKind::Report,
        name: "Henkilöstöraportti".into(),
        owners: vec!["hr".into()],
        due: Some(PlanDate::parse("5/2027").unwrap()),
        cadence: Some(Cadence::Yearly),
        ..Default::default()
    });
    assert_eq!(round::owned(&s, &"hr".into()), (0, 0, 1));
    let sent = round::send(&s, &support::round::spec(&[])).unwrap();
    let hr = sent
        .iter()
        .find(|x| x.owner.as_str() == "hr")
        .expect("asked");
    assert_eq!(hr.file_name, "Henkilöstöjohtaja.xlsx");
    assert_eq!(hr.report_ids, ["r2".into()] as [tiekartta::model::Id; 1]);
    assert_eq!((hr.actions, hr.indicators), (0, 0));
}

#[test]
fn a_round_sends_each_owner_one_workbook_of_their_own_actions_and_indicators() {
    let sent = round::send(&support::round::strategy(), &support::round::spec(&[])).unwrap();
    let names: Vec<&str> = sent.iter().map(|s| s.file_name.as_str()).collect();
    assert_eq!(names, ["Sivistysjohtaja.xlsx", "Tekninen johtaja.xlsx"]);
    assert_eq!((sent[0].actions, sent[0].indicators), (3, 2));
    assert_eq!((sent[1].actions, sent[1].indicators), (2, 1));
    let a = read_answer("Sivistysjohtaja.xlsx", &sent[0].bytes).unwrap();
    assert_eq!(a.owner.as_str(), "sivistys");
    assert_eq!(a.round, "round-syksy2026");
    let ids: Vec<&str> = a.actions.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids, ["a1", "a2", "a3"]);
    assert_eq!(a.actions[0].sent_note, "Aloitettu keväällä");
    assert_eq!(a.indicators[0].period, PlanDate::Year(2026));
    assert!(a.problems.is_empty(), "{:?}", a.problems);
}

/// The status the schedule gives the occurrence `date` of the document `id`.
fn occurrence_status(s: &Strategy, id: &str, date: PlanDate) -> Status {
    tiekartta::schedule::occurrences(s, day())
        .into_iter()
        .find(|d| d.id.as_str() == id && d.date == date)
        .unwrap()
        .status
}

fn december() -> PlanDate {
    PlanDate::parse("12/2026").unwrap()
}

#[test]
fn a_round_asks_the_next_occurrence_of_the_owners_recurring_reports_on_a_sheet_of_their_own() {
    let sent = round::send(&support::round::strategy(), &support::round::spec(&[])).unwrap();
    assert_eq!(sent[0].report_ids, ["r1".into()]);
    assert!(sent[1].report_ids.is_empty(), "tekninen owns no report");
    let a = read_answer("Sivistysjohtaja.xlsx", &sent[0].bytes).unwrap();
    assert_eq!(a.reports.len(), 1);
    let r = &a.reports[0];
    assert_eq!((r.id.as_str(), r.occurrence), ("r1", december()));
    assert_eq!(
        (r.sent_status, r.status, &r.note),
        (Status::NotStarted, None, &None)
    );
    assert!(a.problems.is_empty(), "{:?}", a.problems);
    // Only the owner of a report gets the sheet.
    let sheets = |bytes: &[u8]| {
        use calamine::Reader;
        calamine::Xlsx::new(std::io::Cursor::new(bytes.to_vec()))
            .unwrap()
            .sheet_names()
    };
    assert!(sheets(&sent[0].bytes).contains(&"Raportit".to_owned()));
    assert!(!sheets(&sent[1].bytes).contains(&"Raportit".to_owned()));
    // After December's occurrence the next one asked is the next December's.
    let mut spec = support::round::spec(&["sivistys"]);
    spec.sent = NaiveDate::from_ymd_opt(2027, 1, 10).unwrap();
    let later = round::send(&support::round::strategy(), &spec).unwrap();
    let a = read_answer("x.xlsx", &later[0].bytes).unwrap();
    assert_eq!(a.reports[0].occurrence, PlanDate::parse("12/2027").unwrap());
}

#[test]
fn a_report_answer_becomes_that_occurrences_status_entry_by_its_owner() {
    let mut p = project();
    let mut a = answers().remove(0);
    a.reports[0].status = Some(Status::Done);
    a.reports[0].note = Some("Lautakunnalle marraskuussa".into());
    let report = take_in(&mut p, &[a.clone()], day()).unwrap();
    assert_eq!(report.taken.len(), 1);
    assert!(report.problems.is_empty() && report.conflicts.is_empty());
    assert_eq!(
        p.history().unwrap().pop().unwrap().author,
        "Sivistysjohtaja"
    );
    let s = p.strategy().clone();
    let entry = s.documents[0].status_history.last().unwrap();
    assert_eq!(entry.occurrence, Some(december()));
    assert_eq!(
        (entry.status, entry.date, entry.note.as_str()),
        (
            Status::Done,
            PlanDate::Day(day()),
            "Lautakunnalle marraskuussa"
        )
    );
    assert_eq!(occurrence_status(&s, "r1", december()), Status::Done);
    let next = PlanDate::parse("12/2027").unwrap();
    assert_eq!(
        occurrence_status(&s, "r1", next),
        Status::NotStarted,
        "only the one asked"
    );
    assert_eq!(s.documents[0].status, None, "the report's own status stays");
    // The same answer again changes nothing.
    let again = take_in(&mut p, &[a], day()).unwrap();
    assert!(again.taken.is_empty());
    assert_eq!(p.strategy(), &s);
}

#[test]
fn a_report_status_both_the_owner_and_the_project_changed_is_a_conflict_and_the_project_keeps_its_own()
 {
    let mut p = project();
    let mut edited = p.strategy().clone();
    edited.documents[0]
        .status_history
        .push(tiekartta::model::StatusChange {
            id: "lead-1".into(),
            date: PlanDate::parse("1.10.2026").unwrap(),
            status: Status::AtRisk,
            note: String::new(),
            occurrence: Some(december()),
        });
    p.apply(edited.clone(), &Author::new("Strategiapäällikkö"))
        .unwrap();
    let mut a = answers().remove(0);
    a.reports[0].status = Some(Status::Done);
    let report = take_in(&mut p, &[a], day()).unwrap();
    let c: Vec<(&str, &str, &str, &str)> = report
        .conflicts
        .iter()
        .map(|c| {
            (
                c.id.as_str(),
                c.field.as_str(),
                c.project.as_str(),
                c.answer.as_str(),
            )
        })
        .collect();
    assert_eq!(
        c,
        [("r1", "occurrences/2026-12", "status-at-risk", "status-done")]
    );
    assert_eq!(p.strategy(), &edited, "the project's status stays");
}

#[test]
fn an_unfilled_workbook_brought_back_changes_nothing() {
    let mut p = project();
    let before = p.history().unwrap().len();
    let report = take_in(&mut p, &answers(), day()).unwrap();
    assert!(report.taken.is_empty() && report.conflicts.is_empty());
    assert_eq!(p.history().unwrap().len(), before);
    assert_eq!(p.strategy(), &support::round::strategy());
}

#[test]
fn a_filled_answer_becomes_one_edit_attributed_to_its_owner() {
    let mut p = project();
    let mut a = answers().remove(0);
    a.actions[1].status = Some(Status::OnTrack);
    a.actions[1].note = Some("Käynnistetty syyskuussa".into());
    a.actions[1].percent = Some(20.0);
    a.indicators[0].value = Some(61.0);
    let report = take_in(&mut p, &[a], day()).unwrap();
    assert_eq!(report.taken.len(), 1);
    let last = p.history().unwrap().pop().unwrap();
    assert_eq!(last.author, "Sivistysjohtaja");
    let s = p.strategy();
    let a2 = s.actions.iter().find(|x| x.id.as_str() == "a2").unwrap();
    assert_eq!(a2.status, Status::OnTrack);
    let change = a2.status_history.last().unwrap();
    assert_eq!(change.note, "Käynnistetty syyskuussa [20 %]");
    assert_eq!(change.date, PlanDate::Day(day()));
    let m1 = s.indicators.iter().find(|x| x.id.as_str() == "m1").unwrap();
    assert_eq!(m1.actuals.last().unwrap().date, PlanDate::Year(2026));
    assert_eq!(m1.actuals.last().unwrap().value, 61.0);
}

#[test]
fn a_value_both_the_owner_and_the_project_changed_is_a_conflict_and_the_project_keeps_its_value() {
    let mut p = project();
    let mut edited = p.strategy().clone();
    edited.actions[0].status = Status::Late; // a1, sent as OnTrack
    edited.indicators[0].actuals[0].value = 56.0; // not asked: 2025
    edited.indicators[1]
        .actuals
        .push(tiekartta::model::Measurement {
            date: PlanDate::Year(2026),
            value: 70.0,
            note: String::new(),
        });
    p.apply(edited, &Author::new("Strategiapäällikkö")).unwrap();
    let mut a = answers().remove(0);
    a.actions[0].status = Some(Status::Done);
    a.indicators[1].value = Some(71.0); // m2 2026: the project wrote 70
    a.indicators[0].value = Some(60.0); // m1 2026: only the owner
    let report = take_in(&mut p, &[a], day()).unwrap();
    let fields: Vec<(&str, &str)> = report
        .conflicts
        .iter()
        .map(|c| (c.id.as_str(), c.field.as_str()))
        .collect();
    assert_eq!(fields, [("a1", "status"), ("m2", "actuals/2026")]);
    let s = p.strategy();
    assert_eq!(s.actions[0].status, Status::Late);
    assert_eq!(s.indicators[1].actuals.last().unwrap().value, 70.0);
    assert_eq!(
        s.indicators[0].actuals[0].value, 56.0,
        "the project's edit stays"
    );
    assert_eq!(s.indicators[0].actuals.last().unwrap().value, 60.0);
}

#[test]
fn a_workbook_of_another_strategy_is_refused_and_the_others_are_taken() {
    let mut other = support::round::strategy();
    other.id = "toinen".into();
    let sent = round::send(&other, &support::round::spec(&["tekninen"])).unwrap();
    let mut foreign = read_answer("toinen.xlsx", &sent[0].bytes).unwrap();
    foreign.actions[0].status = Some(Status::Done);
    let mut mine = answers().remove(0);
    mine.actions[2].status = Some(Status::Done);
    let mut p = project();
    let report = take_in(&mut p, &[foreign, mine], day()).unwrap();
    assert_eq!(report.problems.len(), 1);
    assert_eq!(report.problems[0].message.id, "round-other-strategy");
    assert_eq!(
        p.strategy().actions[3].status,
        Status::OnTrack,
        "b1 untouched"
    );
    assert_eq!(p.strategy().actions[2].status, Status::Done);
}

#[test]
fn a_csv_an_old_xls_and_a_zip_of_something_else_are_refused_by_name() {
    let csv = b"Toimenpide;Tila\na1;Valmis\n";
    let e = read_answer("vastaus.csv", csv).unwrap_err();
    assert_eq!(e.message().id, "round-not-workbook");
    let xls = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0];
    assert_eq!(
        read_answer("vanha.xls", &xls).unwrap_err().message().id,
        "round-not-workbook"
    );
    let plan =
        round::plan_workbook(&support::round::strategy(), tiekartta::i18n::Lang::Fi).unwrap();
    assert_eq!(
        read_answer("suunnitelma.xlsx", &plan)
            .unwrap_err()
            .message()
            .id,
        "round-not-round"
    );
}

#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_unpacked() {
    let mut big = b"PK\x03\x04".to_vec();
    big.resize(round::MAX_FILE_BYTES as usize + 1, 0);
    assert_eq!(
        read_answer("iso.xlsx", &big).unwrap_err().message().id,
        "round-too-large"
    );
}

/// One filled row: owner, row, status, note, the indicator's value, the
/// status picked for the owner's report (where the owner has one).
type Fill = (
    usize,
    usize,
    Option<Status>,
    Option<String>,
    Option<f64>,
    Option<Status>,
);

/// Random fills of both owners' answers.
fn fills() -> impl proptest::strategy::Strategy<Value = Vec<Fill>> {
    let status = proptest::option::of(proptest::sample::select(Status::ALL.to_vec()));
    let note = proptest::option::of("[a-zäö ]{1,12}");
    let value = proptest::option::of(0.0f64..200.0);
    let report = proptest::option::of(proptest::sample::select(Status::ALL.to_vec()));
    proptest::collection::vec((0usize..2, 0usize..3, status, note, value, report), 0..8)
}

fn filled(plan: &[Fill]) -> Vec<Answer> {
    let mut all = answers();
    for (owner, k, status, note, value, report) in plan {
        let a = &mut all[*owner];
        let n = a.actions.len();
        let act = &mut a.actions[k % n];
        act.status = *status;
        act.note = note.clone();
        let m = a.indicators.len();
        a.indicators[k % m].value = *value;
        if let Some(r) = a.reports.first_mut() {
            r.status = *report;
        }
    }
    all
}

fn taken(answers: &[Answer]) -> Strategy {
    let mut p = project();
    take_in(&mut p, answers, day()).unwrap();
    p.strategy().clone()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn bringing_the_same_answer_twice_is_bringing_it_once(plan in fills()) {
        let all = filled(&plan);
        let mut twice = all.clone();
        twice.extend(all.iter().cloned());
        prop_assert_eq!(taken(&all), taken(&twice));
    }

    #[test]
    fn answers_in_any_order_give_the_same_project(plan in fills()) {
        let all = filled(&plan);
        let reversed: Vec<Answer> = all.iter().rev().cloned().collect();
        prop_assert_eq!(taken(&all), taken(&reversed));
    }

    #[test]
    fn an_answer_never_changes_what_it_did_not_ask_about(plan in fills()) {
        let all = filled(&plan);
        let before = support::round::strategy();
        let after = taken(&all[..1]);
        // Only the first owner's entities may change.
        for (a, b) in before.actions.iter().zip(&after.actions) {
            if !a.owners.iter().any(|o| o.as_str() == "sivistys") {
                prop_assert_eq!(a, b);
            }
        }
        for (a, b) in before.indicators.iter().zip(&after.indicators) {
            if !a.owners.iter().any(|o| o.as_str() == "sivistys") {
                prop_assert_eq!(a, b);
            }
            // Actuals of periods not asked never change.
            prop_assert_eq!(&a.actuals[0], &b.actuals[0]);
        }
        for (a, b) in before.documents.iter().zip(&after.documents) {
            if !a.owners.iter().any(|o| o.as_str() == "sivistys") {
                prop_assert_eq!(a, b);
            }
        }
        prop_assert_eq!(&before.themes, &after.themes);
        prop_assert_eq!(&before.owners, &after.owners);
    }
}
