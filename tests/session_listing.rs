//! Excel in, in the app, without Tauri: an action list written by Python's
//! openpyxl as a town keeps it (Swedish headers in a shuffled order, a title
//! row, a merged theme cell, one date left wrong; tests/round/list.py),
//! picked, previewed against the open strategy or a new one, and accepted
//! as one undoable edit or a new, unsaved strategy.
//!
//! Needs Python's `openpyxl` (`scripts/setup.sh --test` installs it).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

use std::path::{Path, PathBuf};
use std::process::Command;

use tiekartta::edit::Change;
use tiekartta::model::part::ListKey;
use tiekartta::model::{PlanDate, Status, Strategy};
use tiekartta::round::ListField;
use tiekartta::session::{ListInto, Session, SettingsPatch};

fn paimio() -> Strategy {
    tiekartta::interchange::from_json(include_str!("../seeds/paimio.json")).unwrap()
}

/// The list `lang` as tests/round/list.py writes it.
fn written_list(lang: &str, dir: &Path) -> PathBuf {
    let file = dir.join(format!("Åtgärder-{lang}.xlsx"));
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/round/list.py");
    let out = Command::new("python3")
        .arg(&script)
        .arg(lang)
        .arg(&file)
        .output()
        .expect("python3 runs (scripts/setup.sh --test installs openpyxl)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    file
}

fn swedish(dir: &Path) -> Session {
    let session = Session::load(dir.join("config"));
    session.update_settings(SettingsPatch {
        lang: Some(tiekartta::i18n::Lang::Sv),
        author: None,
    });
    session
}

#[test]
fn a_swedish_list_is_previewed_against_the_open_strategy_then_added_as_one_undoable_edit() {
    let dir = tempfile::tempdir().unwrap();
    let list = written_list("sv", dir.path());
    let session = swedish(dir.path());
    let base = paimio();
    session.adopt(base.clone());

    let p = session.preview_list(&list, ListInto::Open).unwrap();
    // Which column was read as what, in the shuffled order of the sheet.
    let field = |header: &str| {
        p.preview
            .columns
            .iter()
            .find(|c| c.header == header)
            .unwrap_or_else(|| panic!("no column {header}"))
            .field
    };
    assert_eq!(field("Ansvarig"), Some(ListField::Owner));
    assert_eq!(field("Åtgärd"), Some(ListField::Action));
    assert_eq!(field("Klar senast"), Some(ListField::Due));
    assert_eq!(field("Tema"), Some(ListField::Theme));
    assert_eq!(field("Kommentar"), None);
    assert_eq!(p.preview.header_row, 3);
    // The rows to be added, with what they point to.
    let names: Vec<&str> = p.actions.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Språkbad A",
            "Språkbad B",
            "Läsfrämjande",
            "Belysning i parker",
            "Nattvandring"
        ]
    );
    let b = &p.actions[1];
    assert_eq!(
        (b.theme.as_str(), b.goal.as_deref()),
        ("Bildning", Some("Språket lever"))
    );
    assert!(b.new_theme && b.new_goal);
    assert_eq!(b.owners, ["Bildningsdirektör", "Rektor"]);
    assert_eq!(b.due, Some(PlanDate::parse("31.5.2028").unwrap()));
    assert_eq!(p.actions[3].status, Status::Late);
    // The one wrong cell, by row and column, in the user's language.
    assert_eq!(p.problems.len(), 1, "{:?}", p.problems);
    assert_eq!(
        (p.problems[0].row, p.problems[0].column.as_deref()),
        (Some(8), Some("F"))
    );
    assert!(
        p.problems[0].text.contains("”nästa år” är inget datum"),
        "{}",
        p.problems[0].text
    );
    // A preview changes nothing.
    assert_eq!(session.strategy().unwrap(), base);
    assert!(!session.undo_state().can_undo);

    let changed = session.accept_list().unwrap();
    assert_eq!(changed.strategy.actions.len(), base.actions.len() + 5);
    assert_eq!(changed.strategy.themes.len(), base.themes.len() + 2);
    assert!(
        changed.undo.undo_label.contains("Åtgärder-sv.xlsx"),
        "{}",
        changed.undo.undo_label
    );
    // One step: one undo takes all of it back, one redo brings it again.
    assert_eq!(session.undo().unwrap().strategy, base);
    assert!(!session.undo_state().can_undo);
    assert_eq!(session.redo().unwrap().strategy, changed.strategy);
}

#[test]
fn a_list_accepted_as_new_is_an_unsaved_strategy_of_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let list = written_list("fi", dir.path());
    let session = Session::load(dir.path().join("config"));
    let p = session.preview_list(&list, ListInto::New).unwrap();
    assert_eq!(p.preview.new.actions, 5);
    assert!(p.actions.iter().all(|a| a.new_theme));
    let opened = session.accept_list_new().unwrap();
    assert_eq!(opened.path, None, "not saved anywhere yet");
    assert_eq!(opened.strategy.actions.len(), 5);
    assert_eq!(
        opened.strategy.period.map(|p| p.to_finnish()),
        Some("2026–2028".to_owned())
    );
    assert_eq!(session.strategy().unwrap(), opened.strategy);
}

#[test]
fn accepting_without_a_preview_twice_or_into_the_wrong_place_is_refused_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let list = written_list("sv", dir.path());
    let session = Session::load(dir.path().join("config"));
    assert_eq!(
        session
            .preview_list(&list, ListInto::Open)
            .unwrap_err()
            .code(),
        "app-no-document",
        "into the open strategy needs one open"
    );
    session.adopt(paimio());
    assert_eq!(session.accept_list().unwrap_err().code(), "app-list-none");
    session.preview_list(&list, ListInto::Open).unwrap();
    assert_eq!(
        session.accept_list_new().unwrap_err().code(),
        "app-list-none"
    );
    session.accept_list().unwrap();
    assert_eq!(session.accept_list().unwrap_err().code(), "app-list-none");
    session.preview_list(&list, ListInto::Open).unwrap();
    session.drop_list();
    assert_eq!(session.accept_list().unwrap_err().code(), "app-list-none");
}

#[test]
fn an_edit_made_between_the_preview_and_the_accept_is_kept_and_the_list_reads_against_it() {
    let dir = tempfile::tempdir().unwrap();
    let list = written_list("sv", dir.path());
    let session = Session::load(dir.path().join("config"));
    let base = paimio();
    session.adopt(base.clone());
    let p = session.preview_list(&list, ListInto::Open).unwrap();
    assert_eq!(p.preview.new.themes, 2);
    // Meanwhile the user makes the theme "Bildning" by hand.
    let mut item = serde_json::Map::new();
    item.insert("name".into(), "Bildning".into());
    let made = session
        .change(
            &Change::Add {
                parent: vec![],
                list: ListKey::Themes,
                item,
            },
            "Ny tema",
            None,
        )
        .unwrap();
    let theme = made.created.unwrap();
    let after = session.accept_list().unwrap().strategy;
    assert_eq!(
        after.themes.len(),
        base.themes.len() + 2,
        "one made by hand, one by the list"
    );
    let under: Vec<&str> = after
        .actions
        .iter()
        .filter(|a| a.theme.as_str() == theme)
        .map(|a| a.name.as_str())
        .collect();
    assert_eq!(under, ["Språkbad A", "Språkbad B", "Läsfrämjande"]);
}

#[test]
fn a_dropped_spreadsheet_that_is_no_rounds_answer_is_offered_as_an_action_list() {
    let dir = tempfile::tempdir().unwrap();
    let list = written_list("sv", dir.path());
    let session = Session::load(dir.path().join("config"));
    session.adopt(paimio());
    let d = session.dropped(&list);
    assert!(d.list && !d.answer && !d.copy_of_open, "{d:?}");
    let csv = dir.path().join("lista.csv");
    std::fs::write(&csv, "Toimenpide;Vastuutaho\nKatselmus;Tekninen johtaja\n").unwrap();
    assert!(session.dropped(&csv).list);
    let json = dir.path().join("strategia.json");
    std::fs::write(&json, "{}").unwrap();
    assert!(
        !session.dropped(&json).list,
        "a strategy file is opened, not read as a list"
    );
}

#[test]
fn a_returned_workbook_of_a_round_dropped_on_the_window_is_still_an_answer() {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::load(dir.path().join("config"));
    let mut base = paimio();
    let owner = base.owners[0].id.clone();
    base.id = tiekartta::model::Id("strategy-listing".into());
    let spec = tiekartta::round::RoundSpec {
        id: "round-1".into(),
        name: "Syksyn 2026 seuranta".into(),
        owners: vec![owner],
        periods: vec![],
        sent: chrono::NaiveDate::from_ymd_opt(2026, 9, 1).unwrap(),
        deadline: None,
        reply_to: String::new(),
        lang: tiekartta::i18n::Lang::Fi,
    };
    let sent = tiekartta::round::send(&base, &spec).unwrap();
    let workbook = dir.path().join(&sent[0].file_name);
    std::fs::write(&workbook, &sent[0].bytes).unwrap();
    session.adopt(base);
    let d = session.dropped(&workbook);
    assert!(d.answer && !d.list, "{d:?}");
}
