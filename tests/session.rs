//! The editing session without Tauri: what the app does, step by step, on
//! real files in a temporary folder.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

use tiekartta::i18n::Lang;
use tiekartta::layout::Zoom;
use tiekartta::model::{PlanDate, Strategy};
use tiekartta::session::{Drag, DragEdge, RoadmapRequest, Session, SettingsPatch};

fn paimio() -> Strategy {
    tiekartta::interchange::from_json(include_str!("../seeds/paimio.json")).unwrap()
}

fn author(name: &str) -> SettingsPatch {
    SettingsPatch {
        lang: None,
        author: Some(name.into()),
    }
}

fn request() -> RoadmapRequest {
    RoadmapRequest::new(1000.0, Zoom::Quarter)
}

#[test]
fn open_edit_undo_redo_save_and_reopen_keep_the_edit_and_its_author() {
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("paimio.json");
    std::fs::write(&json, tiekartta::interchange::to_json(&paimio())).unwrap();
    let session = Session::load(dir.path().join("config"));
    session.update_settings(author("Strategiajohtaja"));
    let opened = session.open(&json).unwrap();
    assert!(!opened.undo.dirty);

    let mut edited = opened.strategy.clone();
    edited.vision = "Aallonharjalla yhdessä".into();
    let changed = session
        .edit(edited.clone(), "Muokkaa visiota", None)
        .unwrap();
    assert!(changed.undo.dirty && changed.undo.can_undo);
    let undone = session.undo().unwrap();
    assert_eq!(undone.strategy.vision, opened.strategy.vision);
    assert!(!undone.undo.dirty, "undone back to the file");
    assert_eq!(session.redo().unwrap().strategy.vision, edited.vision);

    // Interchange JSON is saved as a project file.
    let saved = session.save_to(&dir.path().join("paimio")).unwrap();
    assert!(saved.path.ends_with("paimio.tiekartta"));
    assert!(!saved.undo.dirty);

    let other = Session::load(dir.path().join("config2"));
    let path = std::path::PathBuf::from(&saved.path);
    assert_eq!(other.open(&path).unwrap().strategy.vision, edited.vision);
    let history = other.history().unwrap();
    assert!(
        history
            .iter()
            .any(|h| h.heading.contains("Strategiajohtaja")),
        "{history:?}"
    );
}

#[test]
fn a_copy_edited_elsewhere_merges_in_and_its_conflict_is_resolved_by_a_choice() {
    let dir = tempfile::tempdir().unwrap();
    let mine = dir.path().join("paimio.tiekartta");
    let session = Session::load(dir.path().join("config"));
    session.update_settings(author("Anna"));
    session.adopt(paimio());
    session.save_to(&mine).unwrap();
    let copy = dir.path().join("kopio.tiekartta");
    std::fs::copy(&mine, &copy).unwrap();
    let id = paimio().actions[0].id.clone();

    let laptop = Session::load(dir.path().join("laptop"));
    laptop.update_settings(author("Ville"));
    let mut theirs = laptop.open(&copy).unwrap().strategy;
    theirs.actions[0].name = "Villen nimi".into();
    theirs.slogan = "Villen iskulause".into();
    laptop.edit(theirs, "nimi", None).unwrap();
    laptop.save_to(&copy).unwrap();

    let mut ours = session.strategy().unwrap();
    ours.actions[0].name = "Annan nimi".into();
    session.edit(ours, "nimi", None).unwrap();
    let merged = session.merge_copy(&copy).unwrap();
    assert_eq!(
        merged.strategy.slogan, "Villen iskulause",
        "their edit came in"
    );
    assert_eq!(merged.incoming.len(), 2);
    let conflict = merged
        .conflicts
        .iter()
        .find(|c| c.entity_id == id.as_str())
        .expect("both renamed the action");
    let shown = &merged
        .strategy
        .actions
        .iter()
        .find(|a| a.id == id)
        .unwrap()
        .name;
    let other = conflict.values.iter().find(|v| &v.text != shown).unwrap();
    let resolved = session.resolve(&conflict.id, &other.id).unwrap();
    assert!(resolved.conflicts.iter().all(|c| c.id != conflict.id));
    let action = resolved
        .strategy
        .actions
        .iter()
        .find(|a| a.id == id)
        .unwrap();
    assert_eq!(action.name, other.text);
    assert_eq!(resolved.undo.undo_label, Lang::Fi.text("app-edit-resolve"));
}

#[test]
fn merging_needs_a_project_and_says_so_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::load(dir.path().join("config"));
    session.adopt(paimio());
    let e = session
        .merge_copy(&dir.path().join("x.tiekartta"))
        .unwrap_err();
    assert_eq!(e.code(), "app-merge-needs-project");
    session.close();
    assert_eq!(session.undo().unwrap_err().code(), "app-no-document");
}

#[test]
fn a_crash_leaves_work_that_the_next_start_offers_back_once() {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::load(dir.path().to_path_buf());
    session.adopt(paimio());
    let mut edited = paimio();
    edited.slogan = "Ennen kaatumista".into();
    session.edit(edited.clone(), "iskulause", None).unwrap();
    drop(session); // no save, no close: a crash

    let next = Session::load(dir.path().to_path_buf());
    let offer = next.recovery().unwrap();
    assert_eq!(offer.name, edited.name);
    // This session's own autosave must not overwrite the offer.
    next.adopt(paimio());
    next.edit(paimio(), "x", None).unwrap();
    let recovered = next.recover().unwrap();
    assert_eq!(recovered.strategy.slogan, "Ennen kaatumista");
    assert!(recovered.undo.dirty, "recovered work is unsaved");
    assert!(next.recovery().is_none(), "recovered work is offered once");
}

#[test]
fn only_files_opened_before_count_as_recent() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("paimio.json");
    std::fs::write(&file, tiekartta::interchange::to_json(&paimio())).unwrap();
    let session = Session::load(dir.path().join("config"));
    session.open(&file).unwrap();
    assert!(session.open_recent(&file).is_ok());
    let e = session
        .open_recent(std::path::Path::new("/etc/passwd"))
        .unwrap_err();
    assert_eq!(e.code(), "app-not-recent");
    let again = Session::load(dir.path().join("config"));
    assert_eq!(
        again.recent().len(),
        1,
        "the recent list survives a restart"
    );
}

#[test]
fn a_file_that_is_not_a_project_gives_a_message_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rikki.tiekartta");
    std::fs::write(&file, b"not a project at all").unwrap();
    let session = Session::load(dir.path().join("config"));
    let e = session.open(&file).unwrap_err();
    let (fi, sv) = (e.to_user(Lang::Fi), e.to_user(Lang::Sv));
    assert_eq!(fi.code, sv.code);
    assert_ne!(fi.message, sv.message);
    // Not UTF-8 JSON: the same rule as the CLI.
    let bad = dir.path().join("rikki.json");
    std::fs::write(&bad, [0xff, 0xfe, 0x00]).unwrap();
    assert_eq!(session.open(&bad).unwrap_err().code(), "json-not-json");
}

#[test]
fn an_action_dated_by_a_phase_with_a_start_and_no_end_is_saved_where_the_preview_drew_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = paimio();
    let phase = s.phases[0].id.clone();
    s.phases[0].start = Some(PlanDate::month(2027, 3).unwrap());
    s.phases[0].end = None;
    let a = &mut s.actions[0];
    (a.start, a.due, a.phases) = (None, None, vec![phase]);
    let id = a.id.0.clone();
    let session = Session::load(dir.path().join("config"));
    session.adopt(s);
    let drag = Drag {
        id: id.clone(),
        days: 62,
        edge: DragEdge::Move,
    };
    let preview = session.drag_preview(&request(), &drag).unwrap();
    assert!(
        preview.svg.contains(&format!("data-id=\"{id}\"")),
        "a bar is drawn"
    );

    let dropped = session.drop_drag(&drag).unwrap();
    let action = dropped
        .strategy
        .actions
        .iter()
        .find(|a| a.id.as_str() == id)
        .unwrap();
    let moved = Some(PlanDate::month(2027, 5).unwrap());
    assert_eq!((action.start, action.due), (moved, moved));
    // The picture after the drop holds the very elements the preview drew.
    let after = session.roadmap(&request()).unwrap();
    for element in preview.svg.split('\n').filter(|l| l.contains(&id)) {
        assert!(after.pages[0].contains(element.trim()), "{element}");
    }
    let path = dir.path().join("p.tiekartta");
    session.save_to(&path).unwrap();
    let reopened = Session::load(dir.path().join("c2")).open(&path).unwrap();
    let saved = reopened
        .strategy
        .actions
        .iter()
        .find(|a| a.id.as_str() == id)
        .unwrap();
    assert_eq!((saved.start, saved.due), (moved, moved));
}

#[test]
fn dates_are_read_as_finns_write_them_and_nonsense_is_not_a_date() {
    use tiekartta::session::parse_date;
    assert_eq!(parse_date("22.11.2026").as_deref(), Some("2026-11-22"));
    assert_eq!(parse_date("9/2018").as_deref(), Some("2018-09"));
    assert_eq!(parse_date(" 2030 ").as_deref(), Some("2030"));
    assert_eq!(parse_date("31.2.2027"), None);
    assert_eq!(parse_date("13/2027"), None);
    assert_eq!(parse_date("huomenna"), None);
}

#[test]
fn when_writing_the_recovery_file_is_slow_typing_on_writes_it_at_most_every_two_seconds_and_the_timer_writes_the_rest()
 {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::load(dir.path().to_path_buf());
    // Every write counts as slow (as for a strategy of 50 000 actions).
    session.set_recovery_cheap(std::time::Duration::ZERO);
    session.adopt(paimio());
    let recovery = || std::fs::read_to_string(dir.path().join("recovery.json")).unwrap();
    let slogan = |text: &str| tiekartta::edit::Change::Strategy {
        fields: serde_json::json!({ "slogan": text })
            .as_object()
            .unwrap()
            .clone(),
    };
    session
        .change(&slogan("Ensimmäinen"), "iskulause", Some("slogan"))
        .unwrap();
    assert!(
        recovery().contains("Ensimmäinen"),
        "the first edit is written at once"
    );
    session
        .change(&slogan("Toinen"), "iskulause", Some("slogan"))
        .unwrap();
    assert!(
        !recovery().contains("Toinen"),
        "the next one, typed at once, waits"
    );
    session.flush_recovery();
    assert!(
        recovery().contains("Toinen"),
        "the timer writes what waited"
    );
    // A crash now loses nothing typed before the last flush.
    drop(session);
    let next = Session::load(dir.path().to_path_buf());
    assert_eq!(next.recover().unwrap().strategy.slogan, "Toinen");
}

#[test]
fn a_strategy_of_a_towns_size_is_in_the_recovery_file_after_every_keystroke() {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::load(dir.path().to_path_buf());
    session.adopt(paimio());
    for text in ["A", "Aa", "Aal", "Aall"] {
        let c = tiekartta::edit::Change::Strategy {
            fields: serde_json::json!({ "slogan": text })
                .as_object()
                .unwrap()
                .clone(),
        };
        session.change(&c, "iskulause", Some("slogan")).unwrap();
        let file = std::fs::read_to_string(dir.path().join("recovery.json")).unwrap();
        assert!(file.contains(&format!("{text}\\\"")), "{text} at once");
    }
}

#[test]
fn a_blank_strategy_for_a_council_term_opens_valid_and_years_it_cannot_read_are_said() {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::load(dir.path().to_path_buf());
    let opened = session
        .new_blank("Lumijärven kunta", "2025–2029", Some("kärki"))
        .unwrap();
    assert_eq!(opened.strategy.town, "Lumijärven kunta");
    assert_eq!(opened.strategy.theme_label.plural, "kärjet");
    assert_eq!(
        opened.strategy.period.map(|p| (p.start, p.end)),
        Some((PlanDate::Year(2025), PlanDate::Year(2029)))
    );
    assert!(tiekartta::validate::validate(&opened.strategy).is_empty());
    let e = session
        .new_blank("Lumijärvi", "ensi vuonna", None)
        .unwrap_err();
    assert_eq!(e.code(), "cli-new-bad-years");
    assert!(e.to_text(Lang::Fi).contains("ensi vuonna"));
}

#[test]
fn a_strategy_pasted_as_text_is_drafted_line_by_line_and_taken_as_a_new_unsaved_strategy() {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::load(dir.path().join("config"));
    let text = include_str!("draft/nokia.txt");
    let preview = session.draft(text).unwrap();
    assert_eq!(preview.counts.themes, 4, "{:?}", preview.counts);
    assert!(preview.counts.actions > 0 && preview.counts.values > 0);
    assert_eq!(
        preview.placed + preview.missed,
        preview.lines.len() as u32,
        "every line is accounted for"
    );
    assert!(preview.lines.windows(2).all(|w| w[0].number < w[1].number));
    assert!(
        preview
            .lines
            .iter()
            .any(|l| l.became.as_deref() == Some("Arvo")),
        "a value line says what it became"
    );
    assert!(
        preview.problems.iter().all(|p| !p.error),
        "{:?}",
        preview.problems
    );

    let opened = session.accept_draft(text).unwrap();
    // Drafted again from the same text (ids are fresh each time).
    let names = |s: &Strategy| s.themes.iter().map(|t| t.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&opened.strategy), names(&preview.strategy));
    assert_eq!(
        opened.strategy.actions.len(),
        preview.strategy.actions.len()
    );
    assert!(opened.path.is_none(), "a new strategy, not yet saved");

    // Text over the limit is refused with a message, not drafted.
    let huge = "x".repeat(tiekartta::draft::MAX_INPUT_BYTES as usize + 1);
    assert!(session.draft(&huge).is_err());
}

#[test]
fn a_folder_with_spaces_and_finnish_letters_holds_the_project_its_settings_and_its_pdf() {
    // As on a town laptop: C:\Users\Sää\Työpöytä, or ~/Työpöytä on Linux.
    let root = tempfile::tempdir().unwrap();
    let desk = root.path().join("Sää").join("Työpöytä");
    std::fs::create_dir_all(&desk).unwrap();
    let config = root
        .path()
        .join("Sovellustiedot ÄÖÅ")
        .join("fi.tiekartta.desktop");
    let session = Session::load(config.clone());
    session.adopt(paimio());
    let file = desk.join("Paimion strategia 2027–2030.tiekartta");
    let saved = session.save_to(&file).unwrap();
    assert_eq!(saved.file_name, "Paimion strategia 2027–2030.tiekartta");
    let request = tiekartta::session::PrintRequest {
        kind: tiekartta::layout::Kind::OnePage,
        paper: tiekartta::layout::Paper::A4,
        landscape: true,
        from: None,
        to: None,
        lang: Lang::Fi,
        snapshot: None,
        ghost: None,
        since: None,
        until: None,
    };
    let pdf = session
        .export_pdf(&request, &desk.join("Yksi sivu (ä).pdf"))
        .unwrap();
    assert_eq!(pdf, "Yksi sivu (ä).pdf");
    assert!(desk.join("Yksi sivu (ä).pdf").is_file());
    // A new session (the app started again) finds it in the recent list and opens it.
    let again = Session::load(config);
    let recent = again.recent();
    assert_eq!(recent[0].path, file.display().to_string());
    let opened = again.open_recent(&file).unwrap();
    assert_eq!(opened.strategy.name, paimio().name);
}

#[test]
fn a_council_meeting_is_recorded_from_the_app_and_the_changes_since_are_said() {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::load(dir.path().join("config"));
    session.adopt(paimio());
    // Not a project file yet: said.
    let e = session
        .record_snapshot("Kaupunginvaltuusto", "", &[])
        .unwrap_err();
    assert!(e.to_text(Lang::Fi).contains("Tallenna strategia ensin"));
    let file = dir.path().join("paimio.tiekartta");
    session.save_to(&file).unwrap();
    assert!(
        session.record_snapshot("  ", "", &[]).is_err(),
        "a meeting is named"
    );
    let recorded = session
        .record_snapshot("Kaupunginvaltuusto 14.12.2026, § 87", "14.12.2026", &[])
        .unwrap();
    assert_eq!(recorded.snapshots.len(), 1);
    assert_eq!(recorded.snapshots[0].date, "14.12.2026");
    assert!(!recorded.undo.dirty);
    let id = recorded.snapshots[0].id.clone();
    // Kept in the file.
    assert_eq!(
        tiekartta::store::Project::open(&file)
            .unwrap()
            .snapshots()
            .unwrap()
            .len(),
        1
    );
    assert!(session.changes_since(&id).unwrap().empty);

    let mut fields = serde_json::Map::new();
    fields.insert("vision".into(), "Uusi visio valtuustolle".into());
    session
        .change(&tiekartta::edit::Change::Strategy { fields }, "visio", None)
        .unwrap();
    let changes = session.changes_since(&id).unwrap();
    assert!(!changes.empty);
    assert!(
        changes
            .lines
            .iter()
            .any(|l| l.contains("Uusi visio valtuustolle")),
        "{:?}",
        changes.lines
    );
}
