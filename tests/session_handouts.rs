//! The app's print view through the session, without Tauri: the changes
//! handout since a meeting recorded there, a handout as it stood at a
//! snapshot (its id in the footer), ghost bars of a snapshot's dates, and
//! the handout written as PDF, PowerPoint (the council deck too) and PNG —
//! each from the one layout the preview shows.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

use std::io::Read;
use std::path::Path;

use tiekartta::edit::{Change, Step};
use tiekartta::i18n::Lang;
use tiekartta::layout::{Kind, Paper};
use tiekartta::model::part::ListKey;
use tiekartta::model::{Id, PlanDate, Strategy};
use tiekartta::session::{ExportFormat, PrintRequest, RoadmapRequest, Session};

fn paimio() -> Strategy {
    tiekartta::interchange::from_json(include_str!("../seeds/paimio.json")).unwrap()
}

fn request(kind: Kind) -> PrintRequest {
    PrintRequest {
        kind,
        paper: Paper::A4,
        landscape: true,
        from: None,
        to: None,
        lang: Lang::Fi,
        snapshot: None,
        ghost: None,
        since: None,
        until: None,
    }
}

/// A session with Paimio saved as a project file in `dir`, a meeting
/// recorded for its roadmap, then its first action renamed and given
/// dates of its own in 2029. Returns the session, the snapshot's id and the action's old name.
fn after_a_meeting(dir: &Path) -> (Session, String, String) {
    let session = Session::load(dir.join("config"));
    session.adopt(paimio());
    session.save_to(&dir.join("paimio.tiekartta")).unwrap();
    let recorded = session
        .record_snapshot(
            "Kaupunginvaltuusto 14.12.2026, § 87",
            "14.12.2026",
            &["roadmap".into()],
        )
        .unwrap();
    assert_eq!(recorded.snapshots[0].id, recorded.id);
    let s = session.strategy().unwrap();
    let a = &s.actions[0];
    let mut fields = serde_json::Map::new();
    fields.insert("name".into(), "Valtuuston jälkeen nimetty hanke".into());
    let (start, due) = (
        PlanDate::month(2029, 1).unwrap(),
        PlanDate::month(2029, 12).unwrap(),
    );
    fields.insert("start".into(), serde_json::to_value(start).unwrap());
    fields.insert("due".into(), serde_json::to_value(due).unwrap());
    let path = vec![Step {
        list: ListKey::Actions,
        id: Id(a.id.0.clone()),
    }];
    session
        .change(&Change::Item { path, fields }, "nimi", None)
        .unwrap();
    (session, recorded.id, a.name.clone())
}

fn text_of(pages: &[String]) -> String {
    pages.join("\n")
}

#[test]
fn the_changes_handout_since_a_meeting_recorded_in_the_app_shows_an_edit_not_yet_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (session, id, _) = after_a_meeting(dir.path());
    let mut req = request(Kind::Changes);
    req.since = Some(id.clone());
    let svg = text_of(&session.handout(&req).unwrap().pages);
    assert!(svg.contains("Valtuuston jälkeen nimetty hanke"), "the edit");
    assert!(svg.contains(&id), "the snapshot compared with is named");
    // Without a snapshot named, since the latest.
    req.since = None;
    assert_eq!(
        text_of(&session.handout(&req).unwrap().pages),
        svg,
        "the latest is the one recorded"
    );
    // A snapshot the file does not hold is said, not drawn.
    req.since = Some("fffffff".into());
    let e = session.handout(&req).unwrap_err();
    assert!(e.to_text(Lang::Fi).contains("fffffff"));
}

#[test]
fn a_handout_as_it_stood_at_a_snapshot_shows_that_state_and_carries_its_id_in_the_footer() {
    let dir = tempfile::tempdir().unwrap();
    let (session, id, old) = after_a_meeting(dir.path());
    let mut req = request(Kind::Actions);
    let now = text_of(&session.handout(&req).unwrap().pages);
    assert!(now.contains("Valtuuston jälkeen nimetty hanke"));
    assert!(!now.contains(&format!("Tilanne {id}")));
    req.snapshot = Some(id.clone());
    let then = text_of(&session.handout(&req).unwrap().pages);
    assert!(then.contains(&format!("Tilanne {id}")), "the footer's id");
    assert!(!then.contains("Valtuuston jälkeen nimetty hanke"));
    let first_words: String = old.chars().take(12).collect();
    assert!(then.contains(&first_words), "the old name: {first_words}");
    // The PDF written is the same state: its footer too.
    let pdf = dir.path().join("toimenpiteet.pdf");
    session
        .export_handout(&req, ExportFormat::Pdf, &pdf)
        .unwrap();
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
}

#[test]
fn ghost_bars_of_a_snapshot_are_drawn_on_the_roadmap_and_named_in_its_legend() {
    let dir = tempfile::tempdir().unwrap();
    let (session, id, _) = after_a_meeting(dir.path());
    let mut req = request(Kind::Roadmap);
    req.paper = Paper::A3;
    let plain = text_of(&session.handout(&req).unwrap().pages);
    req.ghost = Some(id.clone());
    let ghosts = text_of(&session.handout(&req).unwrap().pages);
    let legend = format!("Aikataulu tilanteessa {id}");
    assert!(!plain.contains(&legend));
    assert!(ghosts.contains(&legend), "the legend names the snapshot");
    assert!(
        ghosts.matches("<rect").count() > plain.matches("<rect").count(),
        "a ghost bar (and its swatch) drawn"
    );
}

#[test]
fn the_roadmap_on_screen_draws_a_snapshots_ghost_bars_and_drops_them_once_the_dates_are_back() {
    let dir = tempfile::tempdir().unwrap();
    let (session, id, _) = after_a_meeting(dir.path());
    let mut req = RoadmapRequest::new(1400.0, tiekartta::layout::Zoom::Year);
    let rects = |req: &RoadmapRequest| {
        session.roadmap(req).unwrap().pages[0]
            .matches("<rect")
            .count()
    };
    let plain = rects(&req);
    req.ghost = Some(id.clone());
    assert!(rects(&req) > plain, "the moved action's ghost bar is drawn");
    // The action's dates as they were at the meeting: nothing moved, no ghost.
    let s = session.strategy().unwrap();
    let mut fields = serde_json::Map::new();
    fields.insert("start".into(), serde_json::Value::Null);
    fields.insert("due".into(), serde_json::Value::Null);
    let path = vec![Step {
        list: ListKey::Actions,
        id: Id(s.actions[0].id.0.clone()),
    }];
    session
        .change(&Change::Item { path, fields }, "päivät", None)
        .unwrap();
    assert_eq!(rects(&req), plain, "no ghost once nothing moved");
    // A snapshot the file does not hold is said.
    req.ghost = Some("fffffff".into());
    let e = session.roadmap(&req).unwrap_err();
    assert!(
        e.to_text(Lang::Fi).contains("fffffff"),
        "{}",
        e.to_text(Lang::Fi)
    );
}

/// The names of the entries of the zip file at `path`.
fn zip_entries(path: &Path) -> Vec<String> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut names = vec![];
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        names.push(f.name().unwrap().into_owned());
        let mut sink = vec![];
        f.read_to_end(&mut sink).unwrap();
    }
    names
}

#[test]
fn the_council_deck_is_written_as_powerpoint_and_a_handout_as_png_pages_at_a_chosen_dpi() {
    let dir = tempfile::tempdir().unwrap();
    let (session, _, _) = after_a_meeting(dir.path());
    let req = request(Kind::Deck);
    let pages = session.handout(&req).unwrap().pages.len();
    let out = dir.path().join("valtuusto.pdf");
    let name = session
        .export_handout(&req, ExportFormat::Pptx { standard: false }, &out)
        .unwrap();
    assert_eq!(name, "valtuusto.pptx", "given the format's extension");
    let entries = zip_entries(&dir.path().join("valtuusto.pptx"));
    let slides = entries
        .iter()
        .filter(|e| e.starts_with("ppt/slides/slide") && e.ends_with(".xml"))
        .count();
    assert_eq!(slides, pages, "a slide a page of the preview");
    assert!(slides >= 4, "title, strategy, roadmap, themes…: {slides}");

    // The action plan has several pages: one PNG each, numbered.
    let actions = request(Kind::Actions);
    let n = session.handout(&actions).unwrap().pages.len();
    let png = dir.path().join("toimenpiteet.png");
    let first = session
        .export_handout(&actions, ExportFormat::Png { dpi: 72 }, &png)
        .unwrap();
    if n > 1 {
        assert_eq!(first, "toimenpiteet-1.png");
        assert!(dir.path().join(format!("toimenpiteet-{n}.png")).is_file());
    } else {
        assert_eq!(first, "toimenpiteet.png");
    }
    let bytes = std::fs::read(dir.path().join(&first)).unwrap();
    assert!(bytes.starts_with(b"\x89PNG"));
    // 72 dpi: the A4 landscape sheet is 842 pixels wide (IHDR width).
    let width = u32::from_be_bytes(bytes[16..20].try_into().unwrap());
    assert!((840..=843).contains(&width), "{width} px wide");
}

#[test]
fn a_snapshot_needs_a_project_file_and_the_handout_without_one_is_the_strategy_now() {
    let dir = tempfile::tempdir().unwrap();
    let session = Session::load(dir.path().join("config"));
    session.adopt(paimio());
    assert!(
        !session
            .handout(&request(Kind::Roadmap))
            .unwrap()
            .pages
            .is_empty()
    );
    let mut req = request(Kind::Roadmap);
    req.snapshot = Some("latest".into());
    let e = session.handout(&req).unwrap_err();
    assert!(e.to_text(Lang::Fi).contains("Tallenna strategia ensin"));
    // A blank id is no snapshot.
    req.snapshot = Some("  ".into());
    assert!(session.handout(&req).is_ok());
}
