//! A town's strategy that is not a sample (`tests/late/jarvela.json`):
//! two reports due every May, a quarterly action, an overdue one-off budget
//! (due 11/2026, no status) and a late action (due 6/2026), printed with
//! `--today 1.12.2026` by the real binary. Every handout and `info` list the
//! next May reports and mark both late items; the roadmap draws every
//! occurrence; `pdftotext` finds what was entered (success factors, value
//! sub-bullets, milestone owners, "18 420"). Needs poppler-utils.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;
use support::cli::{said, tiekartta};

use std::path::{Path, PathBuf};
use std::process::Command;

use tiekartta::i18n::Lang;
use tiekartta::layout::{self, Kind, Shape, View};

const TODAY: &str = "1.12.2026";

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/late/jarvela.json")
}

/// The handout of `kind` printed by the binary, as `pdftotext -raw` reads
/// it, no-break spaces as plain ones.
fn printed(dir: &Path, kind: &str) -> String {
    let out = dir.join(format!("{kind}.pdf"));
    let o = tiekartta(&[
        "pdf",
        fixture().to_str().unwrap(),
        "--kind",
        kind,
        "--today",
        TODAY,
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{kind}: {}", said(&o));
    let t = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8", out.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext runs");
    String::from_utf8(t.stdout).unwrap().replace('\u{a0}', " ")
}

fn has(all: &str, what: &str, kind: &str) {
    assert!(all.contains(what), "{kind} lacks {what:?}:\n{all}");
}

#[test]
fn info_lists_the_late_items_and_the_next_may_reports() {
    let o = tiekartta(&["info", fixture().to_str().unwrap(), "--today", TODAY]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let t = said(&o);
    let (late, upcoming) = t.split_once("Seuraavat määräajat:").unwrap();
    has(
        late,
        "Myöhässä:\n  6/2026  Yritysalueen asemakaava\n  11/2026  Talousarvio 2027",
        "info",
    );
    has(
        late,
        "Riskissä:\n  10/2027  Lähiliikuntareittien kunnostus",
        "info",
    );
    has(upcoming, "  12/2026  Yrittäjäaamiainen", "info");
    has(
        upcoming,
        "  5/2027  Henkilöstöraportti\n  5/2027  Hyvinvointiraportti",
        "info",
    );
    assert!(!upcoming.contains("Talousarvio"), "{t}");
}

#[test]
fn every_handout_lists_the_next_may_reports_and_marks_both_late_items() {
    let dir = tempfile::tempdir().unwrap();
    let progress = printed(dir.path(), "progress");
    has(
        &progress,
        "Myöhässä\n6/2026 Yritysalueen asemakaava\nKaupunkisuunnittelupäällikkö · 15.4.2026: Luonnos nähtävillä",
        "progress",
    );
    has(
        &progress,
        "Riskissä\n10/2027 Lähiliikuntareittien kunnostus\nHyvinvointikoordinaattori · 2.10.2026: Urakoitsija puuttuu",
        "progress",
    );
    has(&progress, "11/2026 Talousarvio 2027 – Myöhässä", "progress");
    has(
        &progress,
        "5/2027 Henkilöstöraportti Henkilöstöjohtaja\n5/2027 Hyvinvointiraportti",
        "progress",
    );

    let actions = printed(dir.path(), "actions");
    has(&actions, "9/2025 6/2026 Myöhässä", "actions");
    // A role breaks at the seams of its compound, not inside its last syllable.
    has(&actions, "Kaupunkisuunnittelu-\npäällikkö", "actions");
    has(&actions, "11/2026 Talousarvio 2027 – Myöhässä", "actions");
    has(&actions, "5/2027 Henkilöstöraportti", "actions");
    has(
        &actions,
        "Toistuu: 3/2026 valmis · 6/2026 valmis · 9/2026 valmis",
        "actions",
    );

    let onepage = printed(dir.path(), "onepage");
    has(
        &onepage,
        "Määräajat: 11/2026 Talousarvio 2027 (myöhässä) · 5/2027 Henkilöstöraportti · 5/2027 Hyvinvointiraportti",
        "onepage",
    );

    let roadmap = printed(dir.path(), "roadmap");
    // Four May reports of each kind over the two pages, and late in the legend.
    assert_eq!(
        roadmap.matches("Henkilöstöraportti").count(),
        4,
        "{roadmap}"
    );
    assert_eq!(
        roadmap.matches("Hyvinvointiraportti").count(),
        4,
        "{roadmap}"
    );
    has(&roadmap, "Talousarvio 2027", "roadmap");
    has(&roadmap, "Myöhässä", "roadmap");
}

#[test]
fn the_council_deck_marks_both_late_items_and_lists_the_next_may_reports() {
    let dir = tempfile::tempdir().unwrap();
    let deck = printed(dir.path(), "deck");
    // The theme slide judges the action by the one rule: recorded "etenee"
    // would be wrong, its due is past.
    has(
        &deck,
        "Myöhässä · 6/2026\nYritysalueen asemakaava",
        "deck (theme slide)",
    );
    has(&deck, "Riskissä · 10/2027\nLähiliikuntareittien", "deck");
    let (_, deadlines) = deck
        .split_once("Myöhässä olevat ja tulevat määräajat")
        .unwrap_or_else(|| panic!("deck has no deadlines slide:\n{deck}"));
    // Overdue first, marked late, then the next occurrence of each.
    has(
        deadlines,
        "6/2026 Kaupunkisuunnittelupäällikkö\nYritysalueen asemakaava – Myöhässä\n11/2026 Talousjohtaja\nTalousarvio 2027 – Myöhässä\n12/2026",
        "deck (deadlines)",
    );
    has(
        deadlines,
        "5/2027 Henkilöstöjohtaja\nHenkilöstöraportti\n5/2027 Hyvinvointikoordinaattori\nHyvinvointiraportti",
        "deck (deadlines)",
    );
    // One line per item: the quarterly breakfast and the May reports are
    // not repeated for every year.
    assert_eq!(
        deadlines.matches("Henkilöstöraportti").count(),
        1,
        "{deadlines}"
    );
    assert_eq!(
        deadlines.matches("Yrittäjäaamiainen").count(),
        1,
        "{deadlines}"
    );
    // Figures as Finns write them.
    has(
        &deck,
        "Viimeisin 18 512 as. (31.12.2025)",
        "deck (indicator)",
    );
    has(&deck, "11,5 %", "deck (indicator)");
}

#[test]
fn the_handouts_show_what_was_entered() {
    let dir = tempfile::tempdir().unwrap();
    let s =
        tiekartta::interchange::from_json(&std::fs::read_to_string(fixture()).unwrap()).unwrap();
    let onepage = printed(dir.path(), "onepage");
    for f in s.themes.iter().flat_map(|t| &t.success_factors) {
        has(&onepage, &f.name, "onepage (success factor)");
    }
    for b in s
        .values
        .iter()
        .flat_map(|v| &v.points)
        .flat_map(|b| &b.children)
    {
        has(&onepage, &b.text, "onepage (value sub-bullet)");
    }
    let progress = printed(dir.path(), "progress");
    for m in &s.milestones {
        for o in &m.owners {
            let owner = s.owner(o).unwrap();
            has(
                &progress,
                &format!("{} {}", m.name, owner.name),
                "progress (milestone owner)",
            );
        }
    }
    has(&progress, "Asukasluku 18 420 as.\n2024", "progress");
    has(&progress, "11,5 %\n31.12.2025", "progress");
    has(&progress, "1,5 %", "progress");
}

/// What the roadmap's display list holds for one entity.
fn shapes<'a>(l: &'a layout::Layout, id: &str) -> Vec<&'a Shape> {
    l.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter(|i| i.entity.as_ref().is_some_and(|e| e.id.as_str() == id))
        .map(|i| &i.shape)
        .collect()
}

#[test]
fn the_roadmap_draws_every_occurrence_and_hatches_what_is_late() {
    let s =
        tiekartta::interchange::from_json(&std::fs::read_to_string(fixture()).unwrap()).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let l = layout::layout(&s, &View::new(Kind::Roadmap, Lang::Fi, today)).unwrap();
    let marks = |id: &str| {
        shapes(&l, id)
            .iter()
            .filter(|s| matches!(s, Shape::Polygon { points, .. } if points.len() == 5))
            .count()
    };
    // A page mark per May, 2026–2029.
    assert_eq!(marks("jarvela.doc.henkilostoraportti"), 4);
    assert_eq!(marks("jarvela.doc.hyvinvointiraportti"), 4);
    // A tick per quarter on the breakfast's bar, 3/2026–12/2027.
    let ticks = shapes(&l, "jarvela.action.aamiainen")
        .iter()
        .filter(|s| matches!(s, Shape::Line { .. }))
        .count();
    assert_eq!(ticks, 8);
    // The late action and the overdue budget carry the stripes; the action
    // at risk does not.
    let stripes = |id: &str| {
        shapes(&l, id)
            .iter()
            .filter(|s| matches!(s, Shape::Polygon { points, .. } if points.len() == 4))
            .count()
    };
    assert!(stripes("jarvela.action.kaava") > 5);
    assert!(stripes("jarvela.doc.talousarvio") > 0);
    assert_eq!(stripes("jarvela.action.reitit"), 0);
}

#[test]
fn info_names_the_late_and_at_risk_lists_in_swedish_and_english_too() {
    for (lang, late, risk) in [
        ("sv", "Försenade:", "I riskzonen:"),
        ("en", "Late:", "At risk:"),
    ] {
        let o = tiekartta(&[
            "info",
            fixture().to_str().unwrap(),
            "--today",
            TODAY,
            "--lang",
            lang,
        ]);
        assert_eq!(o.status.code(), Some(0), "{}", said(&o));
        let t = said(&o);
        has(
            &t,
            &format!("{late}\n  6/2026  Yritysalueen asemakaava"),
            lang,
        );
        has(
            &t,
            &format!("{risk}\n  10/2027  Lähiliikuntareittien kunnostus"),
            lang,
        );
    }
}

/// Järvelä with an evaluation followed up (recorded under way, due 6/2026)
/// and an action dated only by its first phase (2025–2026, so late from
/// 1.1.2027), written as version-2 JSON beside the test.
fn with_evaluation_and_phase_dated_action(dir: &Path) -> PathBuf {
    let mut v: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture()).unwrap()).unwrap();
    let s = &mut v["strategy"];
    s["milestones"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": "jarvela.ms.kysely",
            "name": "Asukaskyselyn arviointi",
            "kind": "evaluation",
            "date": "2026-06",
            "status": "onTrack",
            "owners": ["jarvela.owner.kh"]
        }));
    s["actions"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({
            "id": "jarvela.action.vaiheittain",
            "theme": "jarvela.theme.elinvoima",
            "name": "Kylätalojen kartoitus",
            "phases": ["jarvela.phase.1"],
            "status": "onTrack"
        }));
    let path = dir.join("jarvela-followed.json");
    std::fs::write(&path, serde_json::to_vec_pretty(&v).unwrap()).unwrap();
    path
}

#[test]
fn an_evaluation_not_done_and_an_action_past_its_phases_are_late_in_info_and_the_progress_report() {
    let dir = tempfile::tempdir().unwrap();
    let file = with_evaluation_and_phase_dated_action(dir.path());
    let file = file.to_str().unwrap();
    let o = tiekartta(&["info", file, "--today", "1.2.2027"]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let t = said(&o);
    let (late, _) = t.split_once("Seuraavat määräajat:").unwrap();
    has(late, "6/2026  Asukaskyselyn arviointi", "info");
    has(late, "2026  Kylätalojen kartoitus", "info");
    // A council meeting is an event: once past, it has happened.
    assert!(!late.contains("Strategian käynnistys"), "{t}");

    let out = dir.path().join("progress.pdf");
    let o = tiekartta(&[
        "pdf",
        file,
        "--kind",
        "progress",
        "--today",
        "1.2.2027",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let t = Command::new("pdftotext")
        .args(["-raw", "-enc", "UTF-8", out.to_str().unwrap(), "-"])
        .output()
        .expect("pdftotext runs");
    let progress = String::from_utf8(t.stdout).unwrap();
    has(&progress, "Asukaskyselyn arviointi – Myöhässä", "progress");
    has(&progress, "2026 Kylätalojen kartoitus", "progress");
}

#[test]
fn on_the_roadmap_a_late_evaluation_is_outlined_in_red_and_says_it_is_late_and_a_meeting_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let file = with_evaluation_and_phase_dated_action(dir.path());
    let s = tiekartta::interchange::from_json(&std::fs::read_to_string(file).unwrap()).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2027, 2, 1).unwrap();
    let l = layout::layout(&s, &View::new(Kind::Roadmap, Lang::Fi, today)).unwrap();
    // The late ink, style::RED.
    let red = |id: &str| {
        shapes(&l, id).iter().any(|s| {
            matches!(s, Shape::Polygon { points, stroke: Some(st), .. }
                if points.len() == 4 && st.color.hex() == "#c0392b")
        })
    };
    let label = |id: &str| {
        shapes(&l, id)
            .iter()
            .find_map(|s| match s {
                Shape::Text(t) => Some(t.text.clone()),
                _ => None,
            })
            .unwrap()
    };
    assert!(red("jarvela.ms.kysely"));
    assert_eq!(
        label("jarvela.ms.kysely"),
        "Asukaskyselyn arviointi – Myöhässä"
    );
    assert!(!red("jarvela.ms.kickoff"), "a meeting past has happened");
    assert_eq!(label("jarvela.ms.kickoff"), "Strategian käynnistys");
    // And the legend says what the red outline means.
    let legend: Vec<String> = l.pages[0]
        .items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Text(t) if i.entity.is_none() => Some(t.text.clone()),
            _ => None,
        })
        .collect();
    assert!(legend.iter().any(|t| t == "Myöhässä"), "{legend:?}");
}
