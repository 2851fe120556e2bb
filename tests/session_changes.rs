//! Edits as intents through the session's document, without Tauri: each
//! rule that goes with an edit, undo and redo of what an edit touched, and
//! what is written to the history equals what is shown, however the edits
//! added, removed and moved things.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

use serde_json::json;
use tiekartta::edit::{Change, End, Fields, Step};
use tiekartta::i18n::Lang;
use tiekartta::model::part::ListKey;
use tiekartta::model::{Id, PlanDate, Status, Strategy};
use tiekartta::session::Document;
use tiekartta::store::{Author, Project};

fn strategy() -> Strategy {
    let v = json!({
        "id": "s", "town": "Testilä", "name": "Strategia",
        "themes": [
            {"id": "t1", "name": "Elinvoima", "successFactors": [
                {"id": "f1", "name": "Osaava henkilöstö"}, {"id": "f2", "name": "Vakaa talous"}]},
            {"id": "t2", "name": "Hyvinvointi"}
        ],
        "owners": [
            {"id": "o1", "name": "Kaupunginhallitus", "kind": "board"},
            {"id": "o2", "name": "Tekninen toimi", "kind": "unit", "organisation": "o1"}
        ],
        "phases": [{"id": "p1", "name": "Aalto 1", "start": "2027"}],
        "actions": [
            {"id": "a1", "theme": "t1", "name": "Palveluverkko", "owners": ["o1", "o2"], "phases": ["p1"],
             "status": "late", "statusHistory": [
                {"id": "c1", "date": "2026-03", "status": "notStarted"},
                {"id": "c2", "date": "2026-09-01", "status": "atRisk", "note": "Budjetti ylittyy"},
                {"id": "c3", "date": "2026-11", "status": "late"}]},
            {"id": "a2", "theme": "t2", "name": "Liikuntareitit", "owners": ["o2"]},
            {"id": "a3", "theme": "t2", "name": "Kirjasto"}
        ],
        "milestones": [{"id": "m1", "name": "Valtuusto", "kinds": ["council"], "phase": "p1", "owners": ["o2"]}],
        "documents": [{"id": "d1", "kind": "plan", "name": "Talousarvio", "owners": ["o2"]},
                      {"id": "d2", "kind": "report", "name": "Katsaus", "parent": "d1"}],
        "events": [{"id": "e1", "name": "Työpaja", "participants": ["o2", "o1"]}],
        "indicators": [{"id": "i1", "name": "Asukasluku", "theme": "t1", "owners": ["o2"], "actuals": [
            {"date": "2027", "value": 1.0}, {"date": "2029", "value": 3.0}]}]
    });
    serde_json::from_value(v).unwrap()
}

fn fields(v: serde_json::Value) -> Fields {
    v.as_object().unwrap().clone()
}

fn at(list: ListKey, id: &str) -> Step {
    Step {
        list,
        id: Id(id.into()),
    }
}

fn doc() -> Document {
    Document::new(strategy())
}

fn change(d: &mut Document, c: Change) {
    d.change(&c, "muokkaus", None, 0).unwrap();
}

fn history_ids(d: &Document, action: usize) -> Vec<&str> {
    d.strategy().actions[action]
        .status_history
        .iter()
        .map(|c| c.id.as_str())
        .collect()
}

fn date(s: &str) -> PlanDate {
    PlanDate::parse(s).unwrap()
}

#[test]
fn renaming_an_action_changes_that_action_only_and_undo_puts_it_back() {
    let mut d = doc();
    let before = d.strategy().clone();
    change(
        &mut d,
        Change::Item {
            path: vec![at(ListKey::Actions, "a2")],
            fields: fields(json!({"name": "Liikuntareitit 2030"})),
        },
    );
    assert_eq!(d.strategy().actions[1].name, "Liikuntareitit 2030");
    assert_eq!(d.strategy().actions[0], before.actions[0]);
    assert!(d.undo());
    assert_eq!(*d.strategy(), before);
    assert!(d.redo());
    assert_eq!(d.strategy().actions[1].name, "Liikuntareitit 2030");
}

#[test]
fn the_same_value_again_is_no_edit_and_no_undo_step() {
    let mut d = doc();
    let c = Change::Item {
        path: vec![at(ListKey::Actions, "a1")],
        fields: fields(json!({"name": "Palveluverkko"})),
    };
    assert_eq!(d.change(&c, "x", None, 0).unwrap(), None);
    assert!(!d.undo_state().can_undo);
}

#[test]
fn an_edit_of_an_item_that_is_gone_is_refused_naming_it_and_changes_nothing() {
    let mut d = doc();
    let before = d.strategy().clone();
    let c = Change::All {
        changes: vec![
            Change::Strategy {
                fields: fields(json!({"vision": "Uusi visio"})),
            },
            Change::Remove {
                path: vec![at(ListKey::Actions, "a9")],
            },
        ],
    };
    let e = d.change(&c, "x", None, 0).unwrap_err();
    assert_eq!(e.code(), "edit-not-found");
    let text = e.to_text(Lang::Fi);
    assert!(text.contains("Toimenpide") && text.contains("a9"), "{text}");
    assert_eq!(*d.strategy(), before, "the first half was rolled back");
}

#[test]
fn a_field_the_model_does_not_take_is_refused_and_an_id_is_never_changed() {
    let mut d = doc();
    for bad in [
        json!({"status": "maybe"}),
        json!({"id": "a7"}),
        json!({"due": "31.2.2027x"}),
    ] {
        let c = Change::Item {
            path: vec![at(ListKey::Actions, "a1")],
            fields: fields(bad.clone()),
        };
        let e = d.change(&c, "x", None, 0).unwrap_err();
        assert_eq!(e.code(), "edit-invalid", "{bad}");
        assert!(e.to_text(Lang::Fi).contains("Palveluverkko"), "{bad}");
    }
    let list = Change::Strategy {
        fields: fields(json!({"actions": []})),
    };
    assert_eq!(
        d.change(&list, "x", None, 0).unwrap_err().code(),
        "edit-invalid"
    );
    assert_eq!(*d.strategy(), strategy());
}

#[test]
fn a_removed_owner_leaves_everything_it_was_named_in_and_undo_brings_all_back() {
    let mut d = doc();
    let before = d.strategy().clone();
    change(
        &mut d,
        Change::Remove {
            path: vec![at(ListKey::Owners, "o2")],
        },
    );
    let s = d.strategy();
    assert_eq!(s.owners.len(), 1);
    assert_eq!(s.actions[0].owners, vec![Id("o1".into())]);
    assert!(s.actions[1].owners.is_empty());
    assert!(s.milestones[0].owners.is_empty() && s.documents[0].owners.is_empty());
    assert!(s.indicators[0].owners.is_empty());
    assert_eq!(s.events[0].participants, vec![Id("o1".into())]);
    assert!(
        tiekartta::validate::validate_on(s, after_the_actuals()).is_empty(),
        "nothing dangles"
    );

    // Removing the board also frees the unit it was the organisation of.
    assert!(d.undo());
    assert_eq!(*d.strategy(), before);
    change(
        &mut d,
        Change::Remove {
            path: vec![at(ListKey::Owners, "o1")],
        },
    );
    assert_eq!(d.strategy().owners[0].organisation, None);
    assert!(d.undo());
    assert_eq!(*d.strategy(), before);
}

#[test]
fn a_removed_phase_leaves_its_actions_and_milestones_and_a_plan_stops_being_a_parent() {
    let mut d = doc();
    change(
        &mut d,
        Change::All {
            changes: vec![
                Change::Remove {
                    path: vec![at(ListKey::Phases, "p1")],
                },
                Change::Remove {
                    path: vec![at(ListKey::Documents, "d1")],
                },
            ],
        },
    );
    let s = d.strategy();
    assert!(s.actions[0].phases.is_empty());
    assert_eq!(s.milestones[0].phase, None);
    assert_eq!(s.documents[0].parent, None);
    assert!(tiekartta::validate::validate_on(s, after_the_actuals()).is_empty());
}

#[test]
fn a_status_set_is_kept_in_the_dated_history() {
    let mut d = doc();
    change(
        &mut d,
        Change::Status {
            action: Id("a2".into()),
            status: Status::AtRisk,
            date: date("22.11.2026"),
            note: "budjetti".into(),
            id: None,
        },
    );
    let a = &d.strategy().actions[1];
    assert_eq!(a.status, Status::AtRisk);
    assert_eq!(a.status_history.len(), 1);
    assert_eq!(
        (a.status_history[0].date, a.status_history[0].note.as_str()),
        (date("2026-11-22"), "budjetti")
    );
}

#[test]
fn a_rewritten_note_changes_that_change_only_and_the_status_stays() {
    let mut d = doc();
    change(
        &mut d,
        Change::Item {
            path: vec![at(ListKey::Actions, "a1"), at(ListKey::StatusHistory, "c2")],
            fields: fields(json!({"note": "Budjetti ylittyy 10 %"})),
        },
    );
    let a = &d.strategy().actions[0];
    assert_eq!(a.status_history[1].note, "Budjetti ylittyy 10 %");
    assert_eq!(a.status, Status::Late);
    assert_eq!(history_ids(&d, 0), ["c1", "c2", "c3"]);
}

#[test]
fn a_redated_change_keeps_its_precision_and_the_history_stays_oldest_first() {
    let mut d = doc();
    change(
        &mut d,
        Change::Item {
            path: vec![at(ListKey::Actions, "a1"), at(ListKey::StatusHistory, "c1")],
            fields: fields(json!({"date": "2026-10"})),
        },
    );
    assert_eq!(history_ids(&d, 0), ["c2", "c1", "c3"]);
    assert_eq!(
        d.strategy().actions[0].status_history[1].date,
        date("10/2026")
    );
    assert_eq!(d.strategy().actions[0].status, Status::Late);
}

#[test]
fn a_change_redated_past_the_latest_becomes_the_latest_and_the_status_follows_it() {
    let mut d = doc();
    change(
        &mut d,
        Change::Item {
            path: vec![at(ListKey::Actions, "a1"), at(ListKey::StatusHistory, "c2")],
            fields: fields(json!({"date": "2026-12"})),
        },
    );
    assert_eq!(history_ids(&d, 0), ["c1", "c3", "c2"]);
    assert_eq!(d.strategy().actions[0].status, Status::AtRisk);
}

#[test]
fn removing_the_latest_change_returns_the_status_before_it_an_earlier_one_or_the_only_one_leave_it()
{
    let mut d = doc();
    let remove = |id: &str| Change::Remove {
        path: vec![at(ListKey::Actions, "a1"), at(ListKey::StatusHistory, id)],
    };
    change(&mut d, remove("c3"));
    assert_eq!(history_ids(&d, 0), ["c1", "c2"]);
    assert_eq!(d.strategy().actions[0].status, Status::AtRisk);
    d.undo();
    change(&mut d, remove("c1"));
    assert_eq!(d.strategy().actions[0].status, Status::Late);
    change(&mut d, remove("c2"));
    change(&mut d, remove("c3"));
    assert!(d.strategy().actions[0].status_history.is_empty());
    assert_eq!(d.strategy().actions[0].status, Status::Late);
}

#[test]
fn amending_the_latest_changes_status_moves_the_actions_status_an_earlier_ones_does_not() {
    let mut d = doc();
    let amend = |id: &str, status: &str| Change::Item {
        path: vec![at(ListKey::Actions, "a1"), at(ListKey::StatusHistory, id)],
        fields: fields(json!({ "status": status })),
    };
    change(&mut d, amend("c1", "onTrack"));
    assert_eq!(d.strategy().actions[0].status, Status::Late);
    change(&mut d, amend("c3", "done"));
    assert_eq!(d.strategy().actions[0].status, Status::Done);
}

#[test]
fn one_actual_per_date_oldest_first_and_one_removed_by_its_date() {
    let mut d = doc();
    let actual = |date: &str, value: f64| Change::Actual {
        indicator: Id("i1".into()),
        actual: serde_json::from_value(json!({"date": date, "value": value})).unwrap(),
    };
    change(&mut d, actual("2028", 5.0));
    change(&mut d, actual("2029", 4.0));
    let values = |d: &Document| -> Vec<(String, f64)> {
        d.strategy().indicators[0]
            .actuals
            .iter()
            .map(|m| (m.date.to_iso(), m.value))
            .collect()
    };
    assert_eq!(
        values(&d),
        [
            ("2027".into(), 1.0),
            ("2028".into(), 5.0),
            ("2029".into(), 4.0)
        ]
    );
    change(
        &mut d,
        Change::RemoveActual {
            indicator: Id("i1".into()),
            date: date("2028"),
        },
    );
    assert_eq!(values(&d).len(), 2);
}

#[test]
fn the_first_end_of_a_period_stands_for_both_and_clearing_one_keeps_the_other() {
    let mut d = doc();
    let end = |e: End, v: Option<&str>| Change::PeriodEnd {
        path: Some(vec![at(ListKey::Documents, "d2")]),
        end: e,
        date: v.map(date),
    };
    let period = |d: &Document| {
        d.strategy().documents[1]
            .period
            .map(|p| (p.start.to_iso(), p.end.to_iso()))
    };
    change(&mut d, end(End::Start, Some("2027")));
    assert_eq!(period(&d), Some(("2027".into(), "2027".into())));
    change(&mut d, end(End::End, Some("6/2030")));
    assert_eq!(period(&d), Some(("2027".into(), "2030-06".into())));
    change(&mut d, end(End::End, None));
    assert_eq!(period(&d), Some(("2027".into(), "2027".into())));
    change(&mut d, end(End::Start, None));
    assert_eq!(period(&d), None);
    assert_eq!(d.strategy().documents[0].period, None, "that document only");

    change(
        &mut d,
        Change::PeriodEnd {
            path: None,
            end: End::End,
            date: Some(date("2030")),
        },
    );
    assert_eq!(d.strategy().period.map(|p| p.end), Some(date("2030")));
}

#[test]
fn an_added_factor_comes_last_with_a_fresh_id_and_moving_swaps_neighbours() {
    let mut d = doc();
    let made = d
        .change(
            &Change::Add {
                parent: vec![at(ListKey::Themes, "t1")],
                list: ListKey::SuccessFactors,
                item: fields(json!({"name": "Uusi"})),
            },
            "lisää",
            None,
            0,
        )
        .unwrap()
        .flatten()
        .unwrap();
    let names = |d: &Document| -> Vec<String> {
        d.strategy().themes[0]
            .success_factors
            .iter()
            .map(|f| f.name.clone())
            .collect()
    };
    assert_eq!(names(&d), ["Osaava henkilöstö", "Vakaa talous", "Uusi"]);
    assert_eq!(d.strategy().themes[0].success_factors[2].id, made);
    assert!(d.strategy().themes[1].success_factors.is_empty());

    let mv = |id: &str, by: i32| Change::Move {
        path: vec![at(ListKey::Themes, "t1"), at(ListKey::SuccessFactors, id)],
        by,
    };
    change(&mut d, mv(made.as_str(), -1));
    assert_eq!(names(&d), ["Osaava henkilöstö", "Uusi", "Vakaa talous"]);
    let steps = d.undo_state();
    assert_eq!(
        d.change(&mv("f1", -1), "x", None, 0).unwrap(),
        None,
        "at the top already"
    );
    assert_eq!(d.undo_state(), steps, "no undo step");
}

#[test]
fn an_added_action_gets_a_fresh_id_and_an_id_already_there_is_refused() {
    let mut d = doc();
    let add = |item| Change::Add {
        parent: vec![],
        list: ListKey::Actions,
        item: fields(item),
    };
    change(
        &mut d,
        add(json!({"theme": "t1", "name": "Uusi toimenpide"})),
    );
    assert_eq!(d.strategy().actions.len(), 4);
    assert!(d.strategy().actions[3].id.as_str().starts_with("action-"));
    let e = d
        .change(
            &add(json!({"id": "a1", "theme": "t1", "name": "Kaksoiskappale"})),
            "x",
            None,
            0,
        )
        .unwrap_err();
    assert_eq!(e.code(), "edit-duplicate");
}

/// A mix of edits of every kind, saved, must read back as shown: the
/// parts written to the history are the whole of what changed.
#[test]
fn what_the_history_records_of_many_known_edits_reads_back_as_the_strategy_shown() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("testila.tiekartta");
    let me = Author::new("Strategiapäällikkö");
    let mut d = doc();
    d.save_to(&path, &me, "tallennus", 0).unwrap();

    let steps = [
        Change::Strategy {
            fields: fields(json!({"vision": "Rohkea ja vireä", "slogan": "Yhdessä"})),
        },
        Change::Add {
            parent: vec![],
            list: ListKey::Actions,
            item: fields(json!({"id": "a4", "theme": "t1", "name": "Neljäs"})),
        },
        Change::Move {
            path: vec![at(ListKey::Actions, "a4")],
            by: -1,
        },
        Change::Move {
            path: vec![at(ListKey::Actions, "a1")],
            by: 1,
        },
        Change::Remove {
            path: vec![at(ListKey::Owners, "o2")],
        },
        Change::Item {
            path: vec![at(ListKey::Themes, "t1"), at(ListKey::SuccessFactors, "f2")],
            fields: fields(json!({"name": "Kestävä talous", "description": "Tasapainossa"})),
        },
        Change::Status {
            action: Id("a3".into()),
            status: Status::OnTrack,
            date: date("1.12.2026"),
            note: String::new(),
            id: Some(Id("c9".into())),
        },
        Change::Strategy {
            fields: fields(json!({"slogan": null})),
        },
    ];
    for (i, c) in steps.iter().enumerate() {
        change(&mut d, c.clone());
        if i % 3 == 2 {
            d.save_to(&path, &me, "tallennus", 0).unwrap();
            assert_eq!(
                Project::open(&path).unwrap().strategy(),
                d.strategy(),
                "after step {i}"
            );
        }
    }
    // Undo past a save and redo again: the parts put back are recorded too.
    d.undo();
    d.undo();
    d.save_to(&path, &me, "tallennus", 0).unwrap();
    assert_eq!(Project::open(&path).unwrap().strategy(), d.strategy());
    d.redo();
    d.save_to(&path, &me, "tallennus", 0).unwrap();
    let reopened = Project::open(&path).unwrap();
    assert_eq!(reopened.strategy(), d.strategy());
    let order: Vec<&str> = d.strategy().actions.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(order, ["a2", "a1", "a4", "a3"]);

    // The history says what was done, named.
    let lines: Vec<String> = reopened
        .history()
        .unwrap()
        .iter()
        .flat_map(|e| {
            e.notes
                .iter()
                .map(|n| format!("{:?} {} {}", n.op, n.entity, n.name))
        })
        .collect();
    assert!(
        lines.iter().any(|l| l == "Added action Neljäs"),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l == "Deleted owner Tekninen toimi"),
        "{lines:#?}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l == "Changed success-factor Kestävä talous"),
        "{lines:#?}"
    );
}

#[test]
fn undoing_one_edit_that_removed_moved_and_changed_several_actions_puts_each_back_where_it_was() {
    let mut d = doc();
    let before = d.strategy().clone();
    change(
        &mut d,
        Change::All {
            changes: vec![
                Change::Remove {
                    path: vec![at(ListKey::Actions, "a1")],
                },
                Change::Item {
                    path: vec![at(ListKey::Actions, "a3")],
                    fields: fields(json!({"name": "Kirjasto 2.0"})),
                },
                Change::Move {
                    path: vec![at(ListKey::Actions, "a3")],
                    by: -1,
                },
                Change::Add {
                    parent: vec![],
                    list: ListKey::Actions,
                    item: fields(json!({"id": "a5", "theme": "t2", "name": "Uusi"})),
                },
            ],
        },
    );
    let order = |d: &Document| -> Vec<String> {
        d.strategy()
            .actions
            .iter()
            .map(|a| a.id.0.clone())
            .collect()
    };
    assert_eq!(order(&d), ["a3", "a2", "a5"]);
    let after = d.strategy().clone();
    d.undo();
    assert_eq!(*d.strategy(), before);
    d.redo();
    assert_eq!(*d.strategy(), after);
}

#[test]
fn a_new_item_given_only_a_name_has_what_its_kind_needs() {
    let mut d = doc();
    for list in [
        ListKey::Owners,
        ListKey::Documents,
        ListKey::Milestones,
        ListKey::Phases,
    ] {
        change(
            &mut d,
            Change::Add {
                parent: vec![],
                list,
                item: fields(json!({"name": "Uusi"})),
            },
        );
    }
    let s = d.strategy();
    assert_eq!(s.owners[2].kind, tiekartta::model::OwnerKind::Unit);
    assert_eq!(s.documents[2].kind, tiekartta::model::DocumentKind::Plan);
    assert_eq!(
        s.milestones[1].main_kind(),
        tiekartta::model::MilestoneKind::Other
    );
    assert_eq!(s.phases[1].name, "Uusi");
}

#[test]
fn a_theme_with_actions_is_not_removed_and_says_why_an_empty_one_is() {
    let mut d = doc();
    let remove = |id: &str| Change::Remove {
        path: vec![at(ListKey::Themes, id)],
    };
    let e = d.change(&remove("t2"), "x", None, 0).unwrap_err();
    assert_eq!(e.code(), "edit-theme-has-actions");
    let text = e.to_text(Lang::Fi);
    assert!(
        text.contains("Hyvinvointi") && text.contains("2 toimenpidettä"),
        "{text}"
    );
    for a in ["a2", "a3"] {
        change(
            &mut d,
            Change::Item {
                path: vec![at(ListKey::Actions, a)],
                fields: fields(json!({"theme": "t1"})),
            },
        );
    }
    change(&mut d, remove("t2"));
    assert_eq!(d.strategy().themes.len(), 1);
}

/// A day after the fixture's actuals (2027, 2029), so that validating finds
/// no actual dated in the future.
fn after_the_actuals() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()
}
