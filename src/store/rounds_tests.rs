//! Tests of recording an edit made in place ([`Project::record_edit`]) and
//! of the rounds a project keeps between answers ([`Seen`]).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

use super::*;
use crate::edit::{self, Change};
use crate::model::part::ListKey;
use crate::model::{Action, Id, PlanDate, Status};

fn author() -> Author {
    Author::new("Sivistysjohtaja")
}

fn project() -> Project {
    let s = Strategy {
        id: "k".into(),
        actions: vec![Action {
            id: "a1".into(),
            name: "Ensimmäinen".into(),
            ..Action::default()
        }],
        ..Strategy::default()
    };
    Project::create(s, &author()).unwrap()
}

/// `change` made in place on the project's strategy and recorded.
fn record(
    p: &mut Project,
    change: &Change,
    rounds: Option<&[Round]>,
) -> crate::Result<EditSummary> {
    p.record_edit(
        |s| Ok::<_, crate::Error>(edit::apply(s, change)?.before),
        rounds,
        vec![],
        &author(),
        ChangeKind::Edit,
    )
}

fn from_history(p: &Project) -> Strategy {
    super::super::load::read_doc(p.doc().unwrap()).unwrap().0
}

#[test]
fn an_edit_in_place_is_recorded_as_the_history_reads_it_even_when_it_adds_an_entity() {
    let mut p = project();
    let status = Change::Status {
        action: "a1".into(),
        status: Status::Done,
        date: PlanDate::Year(2026),
        note: "Valmis".into(),
        id: Some("s1".into()),
    };
    let summary = record(&mut p, &status, None).unwrap();
    assert!(!summary.is_empty());
    assert_eq!(p.strategy().actions[0].status, Status::Done);
    assert_eq!(&from_history(&p), p.strategy());

    // An added entity is not an edit in place: the whole list is compared.
    let mut item = crate::edit::Fields::new();
    item.insert("id".into(), "a2".into());
    item.insert("name".into(), "Toinen".into());
    item.insert("theme".into(), "".into());
    let add = Change::Add {
        parent: vec![],
        list: ListKey::Actions,
        item,
    };
    record(&mut p, &add, None).unwrap();
    assert_eq!(p.strategy().actions.len(), 2);
    assert_eq!(&from_history(&p), p.strategy());
    assert_eq!(
        p.history().unwrap().last().unwrap().author,
        "Sivistysjohtaja"
    );
}

#[test]
fn a_refused_edit_in_place_leaves_the_strategy_and_the_history_as_they_were() {
    let mut p = project();
    let before = p.strategy().clone();
    let edits = p.history().unwrap().len();
    let bad = Change::All {
        changes: vec![
            Change::Status {
                action: "a1".into(),
                status: Status::Done,
                date: PlanDate::Year(2026),
                note: String::new(),
                id: None,
            },
            Change::Status {
                action: "ei-ole".into(),
                status: Status::Done,
                date: PlanDate::Year(2026),
                note: String::new(),
                id: None,
            },
        ],
    };
    assert!(record(&mut p, &bad, None).is_err());
    assert_eq!(p.strategy(), &before);
    assert_eq!(p.history().unwrap().len(), edits);
}

#[test]
fn the_rounds_kept_after_an_answer_are_passed_over_once_a_copy_merges_in() {
    let mut p = project();
    let round = Round {
        id: Id("r".into()),
        name: "Syksy".into(),
        sent: PlanDate::Year(2026),
        ..Round::default()
    };
    p.record_rounds(
        None,
        std::slice::from_ref(&round),
        vec![],
        &author(),
        ChangeKind::Edit,
    )
    .unwrap();
    assert_eq!(p.rounds().unwrap(), std::slice::from_ref(&round));
    // A copy renames the round; merged in, the kept rounds are stale.
    let mut copy = p.clone();
    let mut renamed = round.clone();
    renamed.name = "Syksyn seuranta".into();
    copy.record_rounds(
        None,
        std::slice::from_ref(&renamed),
        vec![],
        &author(),
        ChangeKind::Edit,
    )
    .unwrap();
    p.merge_doc(copy.doc().unwrap()).unwrap();
    assert_eq!(p.rounds().unwrap(), [renamed]);
}
