//! The model grows where strategies need it (issue 13, item 5): an
//! indicator tied to a goal, a target that is a rate or a threshold from a
//! date on, a milestone of more than one kind, an owner that is an office,
//! the vision's year; and files of version 1 (committed as fixtures, made
//! before the model grew) still open with every value.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use serde_json::Value as Json;
use tiekartta::edit::{self, Change, Step};
use tiekartta::i18n::Lang;
use tiekartta::interchange;
use tiekartta::layout::{self, Kind, Shape, View};
use tiekartta::model::part::ListKey;
use tiekartta::model::{
    Goal, Indicator, Measurement, Milestone, MilestoneKind, Owner, OwnerKind, PlanDate, Strategy,
    TargetRule, Theme,
};
use tiekartta::store::{Author, Project};
use tiekartta::validate::{self, ProblemKind, Severity};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn date(s: &str) -> PlanDate {
    PlanDate::parse(s).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

/// A strategy that uses every new thing.
fn grown() -> Strategy {
    Strategy {
        id: "s".into(),
        town: "Kasvula".into(),
        name: "Kasvulan strategia 2026–2030".into(),
        vision: "Kasvula kasvaa".into(),
        vision_year: Some(date("2030")),
        themes: vec![
            Theme {
                id: "t1".into(),
                name: "Elinvoima".into(),
                goals: vec![Goal {
                    id: "g1".into(),
                    name: "Asukasluku kasvaa".into(),
                    ..Default::default()
                }],
                ..Default::default()
            },
            Theme {
                id: "t2".into(),
                name: "Talous".into(),
                goals: vec![Goal {
                    id: "g2".into(),
                    name: "Talous tasapainossa".into(),
                    ..Default::default()
                }],
                ..Default::default()
            },
        ],
        owners: vec![Owner {
            id: "o1".into(),
            name: "Kaupunkisuunnittelupäällikkö".into(),
            kind: OwnerKind::Role,
            ..Default::default()
        }],
        milestones: vec![Milestone {
            id: "m1".into(),
            name: "Valtuuston arviointiseminaari".into(),
            kinds: vec![MilestoneKind::Council, MilestoneKind::Evaluation],
            date: Some(date("2027-06")),
            ..Default::default()
        }],
        indicators: vec![
            Indicator {
                id: "i1".into(),
                name: "Asukasluku".into(),
                theme: Some("t1".into()),
                goal: Some("g1".into()),
                unit: "as.".into(),
                baseline: Some(Measurement {
                    date: date("2025"),
                    value: 18420.0,
                    note: String::new(),
                }),
                target_rule: Some(TargetRule::RatePerYear { percent: 1.5 }),
                owners: vec!["o1".into()],
                ..Default::default()
            },
            Indicator {
                id: "i2".into(),
                name: "Omavaraisuusaste".into(),
                theme: Some("t2".into()),
                unit: "%".into(),
                target_rule: Some(TargetRule::AtLeastFrom {
                    value: 100.0,
                    from: date("2028"),
                }),
                ..Default::default()
            },
            Indicator {
                id: "i3".into(),
                name: "Lainakanta".into(),
                theme: Some("t2".into()),
                goal: Some("g2".into()),
                unit: "€/as.".into(),
                target_rule: Some(TargetRule::AtMostFrom {
                    value: 3000.0,
                    from: date("2029"),
                }),
                ..Default::default()
            },
        ],
        ..Default::default()
    }
}

fn texts(s: &Strategy, kind: Kind, lang: Lang) -> Vec<String> {
    let l = layout::layout(s, &View::new(kind, lang, today())).unwrap();
    l.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|it| match &it.shape {
            Shape::Text(t) => Some(t.text.clone()),
            _ => None,
        })
        .collect()
}

/// The version-1 JSON of a strategy as version 2 means it: each
/// milestone's single `kind` a list of one.
fn as_version_2(mut v1: Json) -> Json {
    for m in v1["milestones"].as_array_mut().unwrap() {
        let kind = m.as_object_mut().unwrap().remove("kind").unwrap();
        m["kinds"] = Json::Array(vec![kind]);
    }
    v1
}

#[test]
fn the_version_1_paimio_file_opens_and_keeps_every_value() {
    let text = std::fs::read_to_string(fixture("v1-paimio.json")).unwrap();
    let v1: Json = serde_json::from_str(&text).unwrap();
    assert_eq!(v1["version"], 1, "the fixture is of today's format");
    let s = interchange::from_json(&text).unwrap();
    assert_eq!(
        serde_json::to_value(&s).unwrap(),
        as_version_2(v1["strategy"].clone())
    );
}

#[test]
fn a_milestone_with_the_old_single_kind_reads_as_a_list_of_that_kind() {
    let text = std::fs::read_to_string(fixture("v1-paimio.json")).unwrap();
    let s = interchange::from_json(&text).unwrap();
    let kick_off = s
        .milestones
        .iter()
        .find(|m| m.id == "paimio.milestone.kick-off".into())
        .unwrap();
    assert_eq!(kick_off.kinds, vec![MilestoneKind::KickOff]);
    assert_eq!(kick_off.main_kind(), MilestoneKind::KickOff);
}

#[test]
fn a_version_2_file_with_the_old_single_kind_is_a_wrong_shape_not_a_guess() {
    let text = r#"{"format":"tiekartta","version":2,"strategy":{"id":"s","town":"t","name":"n",
        "milestones":[{"id":"m","name":"M","kind":"council"}]}}"#;
    assert!(matches!(
        interchange::from_json(text),
        Err(interchange::InterchangeError::WrongShape { .. })
    ));
}

#[test]
fn the_version_1_kaarina_project_file_opens_with_every_value_from_its_snapshot_and_its_history() {
    let exported = std::fs::read_to_string(fixture("v1-kaarina.export.json")).unwrap();
    let expected = interchange::from_json(&exported).unwrap();
    let mut p = Project::open(&fixture("v1-kaarina.tiekartta")).unwrap();
    assert_eq!(p.strategy(), &expected, "from the snapshot");
    assert_eq!(p.verify_deep().unwrap(), None, "the history agrees");
    assert_eq!(p.strategy(), &expected, "from the history");
    let council = p
        .strategy()
        .milestones
        .iter()
        .filter(|m| !m.kinds.is_empty())
        .count();
    assert_eq!(council, p.strategy().milestones.len());
}

#[test]
fn an_old_project_file_edited_gets_the_new_kinds_and_reopens_with_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kaarina.tiekartta");
    std::fs::copy(fixture("v1-kaarina.tiekartta"), &path).unwrap();
    let mut p = Project::open(&path).unwrap();
    let mut s = p.strategy().clone();
    let before = s.milestones[0].kinds.clone();
    s.milestones[0].kinds = vec![MilestoneKind::Council, MilestoneKind::Evaluation];
    s.milestones[1].name.push_str(" (muutettu)");
    p.apply(s.clone(), &Author::new("Testi")).unwrap();
    p.save(&path).unwrap();
    let mut again = Project::open(&path).unwrap();
    assert_eq!(again.verify_deep().unwrap(), None);
    assert_eq!(again.strategy(), &s);
    assert_ne!(before, s.milestones[0].kinds);
    // Saved by this build, the file says it is version 2: an older
    // Tiekartta then says "made by a newer version" instead of misreading
    // the new kinds.
    assert_eq!(format_version(&fixture("v1-kaarina.tiekartta")), "1");
    assert_eq!(format_version(&path), "2");
}

/// The `format_version` a project file's `meta` table records.
fn format_version(path: &std::path::Path) -> String {
    let conn =
        rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
            .unwrap();
    conn.query_row(
        "SELECT value FROM meta WHERE key = 'format_version'",
        [],
        |r| r.get(0),
    )
    .unwrap()
}

#[test]
fn a_strategy_using_every_new_thing_is_valid() {
    let problems = validate::validate_on(&grown(), today());
    assert!(problems.is_empty(), "{problems:?}");
}

#[test]
fn an_indicator_goal_of_another_theme_is_one_error() {
    let mut s = grown();
    s.indicators[0].goal = Some("g2".into());
    let problems = validate::validate_on(&s, today());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].severity, Severity::Error);
    assert!(matches!(
        problems[0].kind,
        ProblemKind::DanglingReference { field: "goal", .. }
    ));
}

#[test]
fn an_indicator_under_an_unknown_theme_names_only_the_theme_not_its_goal() {
    let mut s = grown();
    s.indicators[0].theme = Some("t9".into());
    let problems = validate::validate_on(&s, today());
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(matches!(
        problems[0].kind,
        ProblemKind::DanglingReference { field: "theme", .. }
    ));
}

#[test]
fn an_indicator_goal_without_a_theme_must_still_exist() {
    let mut s = grown();
    s.indicators[1].goal = Some("g2".into());
    assert!(validate::validate_on(&s, today()).is_empty());
    s.indicators[1].theme = None;
    s.indicators[1].goal = Some("nope".into());
    let problems = validate::validate_on(&s, today());
    assert_eq!(problems.len(), 1, "{problems:?}");
}

#[test]
fn removing_a_goal_clears_it_from_the_indicators_that_measured_it() {
    let mut s = grown();
    let path = vec![
        Step {
            list: ListKey::Themes,
            id: "t1".into(),
        },
        Step {
            list: ListKey::Goals,
            id: "g1".into(),
        },
    ];
    edit::apply(&mut s, &Change::Remove { path }).unwrap();
    assert_eq!(s.indicators[0].goal, None);
    assert_eq!(
        s.indicators[2].goal,
        Some("g2".into()),
        "another goal stays"
    );
    assert!(validate::validate_on(&s, today()).is_empty());
}

#[test]
fn a_goal_is_set_on_an_indicator_by_its_json_name() {
    let mut s = grown();
    let mut fields = edit::Fields::new();
    fields.insert("goal".into(), "g2".into());
    fields.insert(
        "targetRule".into(),
        serde_json::json!({"kind": "atLeastFrom", "value": 90, "from": "2028"}),
    );
    let path = vec![Step {
        list: ListKey::Indicators,
        id: "i2".into(),
    }];
    edit::apply(&mut s, &Change::Item { path, fields }).unwrap();
    assert_eq!(s.indicators[1].goal, Some("g2".into()));
    assert_eq!(
        s.indicators[1].target_rule,
        Some(TargetRule::AtLeastFrom {
            value: 90.0,
            from: date("2028")
        })
    );
}

#[test]
fn the_progress_report_shows_the_goal_and_the_target_rules_in_finnish_numbers() {
    let fi = texts(&grown(), Kind::Progress, Lang::Fi);
    // Numbers and units are held together by no-break spaces.
    let nb = |t: &str| t.replace(' ', "\u{a0}");
    for want in [
        "Tavoite: Asukasluku kasvaa",
        &nb("+1,5 %"),
        "vuodessa",
        &nb("≥ 100 %").replacen('\u{a0}', " ", 1),
        "2028 alkaen",
        &nb("≤ 3000 €/as.").replacen('\u{a0}', " ", 1),
        &nb("18 420 as."),
    ] {
        assert!(fi.iter().any(|t| t == want), "{want:?} in {fi:?}");
    }
    let sv = texts(&grown(), Kind::Progress, Lang::Sv);
    for want in [
        "Mål: Asukasluku kasvaa",
        &nb("+1,5 %"),
        "per år",
        "från 2028",
    ] {
        assert!(sv.iter().any(|t| t == want), "{want:?} in {sv:?}");
    }
    let en = texts(&grown(), Kind::Progress, Lang::En);
    assert!(en.iter().any(|t| t == &nb("+1.5 %")), "{en:?}");
    assert!(en.iter().any(|t| t == "a year"), "{en:?}");
}

#[test]
fn the_strategy_on_a_page_names_the_vision_s_year() {
    let fi = texts(&grown(), Kind::OnePage, Lang::Fi);
    assert!(fi.iter().any(|t| t == "VISIO 2030"), "{fi:?}");
    let mut s = grown();
    s.vision_year = None;
    let fi = texts(&s, Kind::OnePage, Lang::Fi);
    assert!(fi.iter().any(|t| t == "VISIO"), "{fi:?}");
}

#[test]
fn a_milestone_of_two_kinds_is_named_by_both_on_the_roadmap() {
    let fi = texts(&grown(), Kind::Roadmap, Lang::Fi);
    assert!(
        fi.iter()
            .any(|t| t.contains("Valtuuston arviointiseminaari (Valtuusto, Arviointi)")),
        "{fi:?}"
    );
}

#[test]
fn an_owner_that_is_an_office_is_named_in_every_language() {
    let json = serde_json::to_value(OwnerKind::Role).unwrap();
    assert_eq!(json, "role");
    let names: Vec<String> = [Lang::Fi, Lang::Sv, Lang::En]
        .into_iter()
        .map(|l| l.text("app-owner-kind-role"))
        .collect();
    assert_eq!(
        names,
        ["Virka tai rooli", "Tjänst eller roll", "Office or role"]
    );
}

#[test]
fn a_strategy_using_every_new_thing_survives_import_export_and_check() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("kasvula.json");
    let file = dir.path().join("kasvula.tiekartta");
    let back = dir.path().join("back.json");
    let text = interchange::to_json(&grown());
    std::fs::write(&json, &text).unwrap();
    let run = |args: &[&str]| {
        let o = Command::new(env!("CARGO_BIN_EXE_tiekartta"))
            .args(args)
            .env("TIEKARTTA_LANG", "fi")
            .env("TIEKARTTA_AUTHOR", "Testi")
            .output()
            .unwrap();
        let said = format!(
            "{}{}",
            String::from_utf8_lossy(&o.stdout),
            String::from_utf8_lossy(&o.stderr)
        );
        assert_eq!(o.status.code(), Some(0), "{args:?}: {said}");
    };
    let p = |p: &Path| p.to_str().unwrap().to_owned();
    run(&["import", &p(&json), "-o", &p(&file)]);
    run(&["export", &p(&file), "-o", &p(&back)]);
    run(&["check", &p(&back)]);
    run(&["check", &p(&file)]);
    assert_eq!(std::fs::read_to_string(&back).unwrap(), text);
    assert_eq!(interchange::from_json(&text).unwrap(), grown());
}
