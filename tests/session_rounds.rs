//! The follow-up round as the app does it, through the session: a round
//! sent from the open project (workbooks into a folder, the round recorded
//! and saved), an owner's workbook filled by openpyxl and brought back (one
//! undoable step by its owner, the wrong cell named), and where the round
//! stands with a reminder for those who have not answered.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;
use support::round as fixture;

use std::path::Path;
use std::process::Command;

use tiekartta::i18n::Lang;
use tiekartta::model::Status;
use tiekartta::session::{RoundRequest, Session, SettingsPatch};
use tiekartta::store::Project;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn request(owners: &[&str]) -> RoundRequest {
    RoundRequest {
        name: "Syksyn 2026 seuranta".into(),
        owners: owners.iter().map(|o| o.to_string()).collect(),
        periods: vec!["2026".into()],
        deadline: Some("16.10.2026".into()),
        reply_to: String::new(),
        lang: Lang::Fi,
    }
}

/// A session with the round fixture saved as a project file in `dir`.
fn saved(dir: &Path) -> (Session, std::path::PathBuf) {
    let session = Session::load(dir.join("config"));
    session.update_settings(SettingsPatch {
        lang: Some(Lang::Fi),
        author: Some("Strategiapäällikkö".into()),
    });
    session.adopt(fixture::strategy());
    let file = dir.join("kierros.tiekartta");
    session.save_to(&file).unwrap();
    (session, file)
}

fn status_of(session: &Session, id: &str) -> Status {
    let s = session.strategy().unwrap();
    s.actions
        .iter()
        .find(|a| a.id.as_str() == id)
        .unwrap()
        .status
}

#[test]
fn a_round_sent_from_the_app_writes_a_workbook_per_owner_and_is_saved_in_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (session, file) = saved(dir.path());
    let before = session.rounds().unwrap();
    assert!(before.can_send && before.rounds.is_empty());
    let names: Vec<&str> = before.askable.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, ["Sivistysjohtaja", "Tekninen johtaja"]);

    let out = dir.path().join("kierros");
    let sent = session.send_round(&request(&[]), &out).unwrap();
    assert_eq!(sent.files.len(), 2);
    for f in &sent.files {
        assert!(out.join(f).exists(), "{f}");
    }
    // Recorded in the file on disk, not only in memory.
    let on_disk = Project::open(&file).unwrap().rounds().unwrap();
    assert_eq!(on_disk.len(), 1);
    assert_eq!(on_disk[0].name, "Syksyn 2026 seuranta");
    assert!(!session.undo_state().dirty);

    let line = &sent.rounds.rounds[0];
    assert_eq!(line.deadline.as_deref(), Some("16.10.2026"));
    assert_eq!(line.answered, 0);
    let first = &line.owners[0];
    assert!(first.answered.is_none());
    assert!(
        first.reminder.contains("Sivistysjohtaja") && first.reminder.contains("16.10.2026"),
        "{}",
        first.reminder
    );
}

#[test]
fn a_round_waits_until_the_strategy_is_saved_as_a_project_file_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::load(dir.path().join("config"));
    session.adopt(fixture::strategy());
    assert!(!session.rounds().unwrap().can_send);
    let out = dir.path().join("kierros");
    let e = session.send_round(&request(&[]), &out).unwrap_err();
    assert!(
        e.to_text(Lang::Fi).contains("Tallenna strategia ensin"),
        "{}",
        e.to_text(Lang::Fi)
    );
    assert!(!out.exists());
}

#[test]
fn an_unknown_owner_or_a_bad_deadline_writes_no_workbook() {
    let dir = tempfile::tempdir().unwrap();
    let (session, file) = saved(dir.path());
    let out = dir.path().join("kierros");
    assert!(session.send_round(&request(&["ei-ole"]), &out).is_err());
    let mut bad = request(&[]);
    bad.deadline = Some("32.13.2026".into());
    assert!(session.send_round(&bad, &out).is_err());
    assert!(!out.exists() || std::fs::read_dir(&out).unwrap().next().is_none());
    assert!(Project::open(&file).unwrap().rounds().unwrap().is_empty());
}

#[test]
fn an_answer_filled_in_excel_comes_in_as_one_undoable_step_by_its_owner() {
    let dir = tempfile::tempdir().unwrap();
    let (session, file) = saved(dir.path());
    let out = dir.path().join("kierros");
    session.send_round(&request(&["sivistys"]), &out).unwrap();

    let filled = dir.path().join("Sivistysjohtaja-vastaus.xlsx");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/round/fill.py");
    let py = Command::new("python3")
        .args([s(&script), s(&out.join("Sivistysjohtaja.xlsx")), s(&filled)])
        .output()
        .expect("python3 with openpyxl (scripts/setup.sh --test installs it)");
    assert!(
        py.status.success(),
        "{}",
        String::from_utf8_lossy(&py.stderr)
    );
    let not_a_workbook = dir.path().join("muistio.xlsx");
    std::fs::write(&not_a_workbook, "ei työkirja").unwrap();

    let (a2, a3) = (status_of(&session, "a2"), status_of(&session, "a3"));
    assert_ne!(a2, Status::OnTrack);
    assert_ne!(a3, Status::Done);
    let taken = session
        .take_answers(&[filled.clone(), not_a_workbook])
        .unwrap();
    assert_eq!(taken.taken.len(), 1);
    assert_eq!(taken.taken[0].owner, "Sivistysjohtaja");
    // What it changed, value by value, old » new, in the user's language.
    assert_eq!(
        taken.taken[0].lines,
        [
            "Toimenpide ”Toimenpide a2”: Ei aloitettu » Etenee, ”Käynnistetty syyskuussa [20 %]”",
            "Toimenpide ”Toimenpide a3”: Riskissä » Valmis",
            "Mittari ”Mittari m1” 2026: 61,5\u{a0}%",
            "Raportti ”Hyvinvointikertomus 12/2026”: Ei aloitettu » Valmis, ”Lautakunnalle marraskuussa”",
        ]
    );
    assert!(
        taken.taken[0]
            .lines
            .iter()
            .all(|l| !l.contains("Seurantakierros")),
        "the round's own record is not a change: {:?}",
        taken.taken[0].lines
    );
    // The file that is not a workbook and the wrong cell, each named; the rest taken.
    assert!(
        taken.problems.iter().any(|p| p.contains("muistio.xlsx")),
        "{:?}",
        taken.problems
    );
    assert!(
        taken
            .problems
            .iter()
            .any(|p| p.contains("Mittarit, rivi 3, sarake G")),
        "{:?}",
        taken.problems
    );
    assert_eq!(status_of(&session, "a2"), Status::OnTrack);
    assert_eq!(status_of(&session, "a3"), Status::Done);
    let owner = &taken.rounds.rounds[0].owners[0];
    assert!(owner.answered.is_some() && owner.reminder.is_empty());

    // One step: undo takes the whole answer back, redo brings it again.
    let undo = session.undo_state();
    assert!(
        undo.undo_label.contains("Seurantakierroksen vastaus"),
        "{undo:?}"
    );
    session.undo().unwrap();
    assert_eq!(status_of(&session, "a2"), a2);
    assert_eq!(status_of(&session, "a3"), a3);
    session.redo().unwrap();
    assert_eq!(status_of(&session, "a2"), Status::OnTrack);

    // Saved, the history names the owner as the author of the answer.
    session.save_to(&file).unwrap();
    let history = session.history().unwrap();
    assert!(
        history
            .iter()
            .any(|h| h.heading.contains("Sivistysjohtaja")),
        "{history:?}"
    );
    // The same answer again changes nothing.
    let again = session.take_answers(&[filled]).unwrap();
    assert!(again.taken.is_empty(), "{:?}", again.taken.len());
}

#[test]
fn the_end_to_end_round_fixture_is_the_round_fixture_strategy() {
    // tests/fixtures/kierroskaupunki.json is what the app's end-to-end round
    // test opens; `UPDATE_GENERATED=1` writes it again from the fixture.
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kierroskaupunki.json");
    let json = tiekartta::interchange::to_json(&fixture::strategy());
    if std::env::var_os("UPDATE_GENERATED").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &json).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).unwrap();
    assert_eq!(
        tiekartta::interchange::from_json(&on_disk).unwrap(),
        fixture::strategy()
    );
}
