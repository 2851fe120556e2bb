//! Issue 14 in front of the council: snapshots recorded for a meeting that
//! travel with the file and merge, "what changed since the council last saw
//! it" computed from the history, the footer of a paper printed under a
//! snapshot, ghost bars of the old dates on the roadmap, and the council
//! deck as a real presentation program shows it.
//!
//! The deck test needs `soffice` (Debian `libreoffice-impress`) and
//! poppler-utils, as `tests/pptx.rs` does.

#![allow(clippy::unwrap_used)] // Tests may unwrap: a failure is a test failure.

mod support;

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use tiekartta::changes::{
    self, ActionRef, ActualAdded, Moved, Rescheduled, Reworded, StatusChanged, TextKind,
};
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, Ghosts, Kind, Shape, View};
use tiekartta::model::{Action, Indicator, Measurement, PlanDate, Status, Strategy};
use tiekartta::store::{Author, Project};

fn date(s: &str) -> PlanDate {
    PlanDate::parse(s).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
}

/// Paimio with dates on its first actions and two indicators.
fn paimio() -> Strategy {
    let mut s = support::seed("paimio");
    s.actions[0].start = Some(date("1/2027"));
    s.actions[0].due = Some(date("6/2028"));
    s.indicators.push(Indicator {
        id: "i-vuosikate".into(),
        name: "Vuosikate".into(),
        theme: Some(s.themes[0].id.clone()),
        unit: "€/as.".into(),
        target: Some(Measurement {
            date: date("2030"),
            value: 300.0,
            note: String::new(),
        }),
        ..Default::default()
    });
    s.indicators.push(Indicator {
        id: "i-asukkaat".into(),
        name: "Asukasluku".into(),
        theme: Some(s.themes[2].id.clone()),
        ..Default::default()
    });
    s
}

/// The known set of edits made after the snapshot.
fn known_edits(s: &mut Strategy) {
    let t0 = s.themes[0].id.clone();
    let t1 = s.themes[1].id.clone();
    s.actions.push(Action {
        id: "a-kirjasto".into(),
        theme: t0,
        name: "Kirjaston uudistus".into(),
        ..Default::default()
    });
    s.actions.remove(4);
    s.actions[0].start = Some(date("3/2027"));
    s.actions[0].due = Some(date("12/2028"));
    s.actions[3].theme = t1;
    s.actions[3].goal = None;
    s.actions[1].status = Status::Done;
    s.actions[2].status = Status::Late;
    s.indicators[0].actuals.push(Measurement {
        date: date("2027"),
        value: 212.5,
        note: String::new(),
    });
    s.themes[0].goals[0].name = "Talous tasapainoon vuoteen 2028".into();
    // Renamed: a theme, an action otherwise untouched, an indicator.
    s.themes[2].name = "Hyvinvoiva Paimio".into();
    s.actions[5].name = "Tiedolla johtaminen arjessa".into();
    s.indicators[1].name = "Asukasluku vuoden lopussa".into();
}

fn snapshot(p: &mut Project, meeting: &str) -> String {
    p.record_snapshot(
        meeting,
        date("14.12.2026"),
        &["roadmap".into()],
        &Author::new("Strategiajohtaja"),
    )
    .unwrap()
    .id
    .0
}

#[test]
fn a_snapshot_then_a_known_set_of_edits_gives_exactly_those_changes_in_fi_sv_and_en() {
    let before = paimio();
    let mut p = Project::create(before.clone(), &Author::new("Strategiajohtaja")).unwrap();
    let id = snapshot(&mut p, "Kaupunginvaltuusto 14.12.2026, § 87");
    assert_eq!(id.len(), 7);
    support::edit_project(&mut p, "Ville", known_edits);

    let c = changes::since(&p, &id, None).unwrap();
    let r = |a: &Action, s: &Strategy| ActionRef {
        id: a.id.clone(),
        name: a.name.clone(),
        theme: s.theme(&a.theme).unwrap().name.clone(),
    };
    let now = p.strategy().clone();
    let action = |id: &str| now.actions.iter().find(|a| a.id.as_str() == id).unwrap();
    assert_eq!(c.since.snapshot.as_deref(), Some(id.as_str()));
    assert_eq!(c.until.snapshot, None);
    assert_eq!(c.added, vec![r(action("a-kirjasto"), &now)]);
    assert_eq!(c.removed, vec![r(&before.actions[4], &before)]);
    assert_eq!(
        c.moved,
        vec![Moved {
            action: r(&before.actions[3], &now).clone(),
            from: before.themes[0].name.clone(),
        }]
        .into_iter()
        .map(|mut m| {
            m.action.theme = now.themes[1].name.clone();
            m
        })
        .collect::<Vec<_>>()
    );
    assert_eq!(
        c.rescheduled,
        vec![Rescheduled {
            action: r(&now.actions[0], &now),
            old_start: Some(date("1/2027")),
            old_due: Some(date("6/2028")),
            new_start: Some(date("3/2027")),
            new_due: Some(date("12/2028")),
        }]
    );
    assert_eq!(
        c.statuses,
        vec![
            StatusChanged {
                action: r(&now.actions[1], &now),
                old: Status::NotStarted,
                new: Status::Done,
            },
            StatusChanged {
                action: r(&now.actions[2], &now),
                old: Status::NotStarted,
                new: Status::Late,
            },
        ]
    );
    assert_eq!(
        c.actuals,
        vec![ActualAdded {
            indicator: "i-vuosikate".into(),
            name: "Vuosikate".into(),
            unit: "€/as.".into(),
            date: date("2027"),
            value: 212.5,
        }]
    );
    assert_eq!(c.reworded.len(), 4, "{:?}", c.reworded);
    assert_eq!(c.reworded[0].old, before.themes[0].goals[0].name);
    assert_eq!(c.reworded[0].new, "Talous tasapainoon vuoteen 2028");
    let renamed = |kind, id: &str, name: &str, old: &str, new: &str| Reworded {
        kind,
        id: id.into(),
        name: name.into(),
        old: old.into(),
        new: new.into(),
    };
    assert_eq!(
        c.reworded[1..],
        [
            renamed(
                TextKind::Theme,
                before.themes[2].id.as_str(),
                "",
                "Parantava Paimio",
                "Hyvinvoiva Paimio"
            ),
            renamed(
                TextKind::Action,
                now.actions[5].id.as_str(),
                "Talous ja arkijärki",
                "Tiedolla johtamisen kehittäminen",
                "Tiedolla johtaminen arjessa"
            ),
            renamed(
                TextKind::Indicator,
                "i-asukkaat",
                "Hyvinvoiva Paimio",
                "Asukasluku",
                "Asukasluku vuoden lopussa"
            ),
        ]
    );

    let fi = changes::text(&c, Lang::Fi);
    for line in [
        "Muutokset edellisen käsittelyn jälkeen",
        "Kaupunginvaltuusto 14.12.2026, § 87 (tilanne ",
        "  Kirjaston uudistus (Talous ja arkijärki)",
        "  Palveluverkon katselmus (Talous ja arkijärki)",
        ": Talous ja arkijärki → Vetoava viestintä",
        "  Säästö- ja tehostusideat: 1/2027–6/2028 → 3/2027–12/2028",
        "  1 toimenpide valmistui, 1 myöhässä",
        ": Ei aloitettu → Valmis",
        ": Ei aloitettu → Myöhässä",
        "  Vuosikate: 2027 212,5 €/as.",
        "  Tavoite: Talous ja arkijärki",
        "    Ennen: Talouden tasapaino",
        "    Nyt: Talous tasapainoon vuoteen 2028",
        "Uudet nimet\n  Teema\n    Ennen: Parantava Paimio\n    Nyt: Hyvinvoiva Paimio",
        "  Toimenpide (Talous ja arkijärki)\n    Ennen: Tiedolla johtamisen kehittäminen\n    Nyt: Tiedolla johtaminen arjessa",
        "  Mittari (Hyvinvoiva Paimio)\n    Ennen: Asukasluku\n    Nyt: Asukasluku vuoden lopussa",
    ] {
        assert!(fi.contains(line), "{line:?} not in\n{fi}");
    }
    let sv = changes::text(&c, Lang::Sv);
    for line in [
        "Ändringar sedan förra behandlingen",
        "Nya åtgärder",
        "Borttagna åtgärder",
        "Åtgärder flyttade till ett annat tema",
        "Ändrad tidtabell",
        "  1 åtgärd blev klar, 1 försenad",
        ": Ej påbörjad → Klar",
        "  Vuosikate: 2027 212,5 €/as.",
        "  Mål: Talous ja arkijärki",
        "    Förut: Talouden tasapaino",
        "Nya namn\n  Tema\n    Förut: Parantava Paimio",
        "  Åtgärd (Talous ja arkijärki)\n    Förut: Tiedolla johtamisen kehittäminen",
        "  Mätare (Hyvinvoiva Paimio)\n    Förut: Asukasluku\n",
    ] {
        assert!(sv.contains(line), "{line:?} not in\n{sv}");
    }
    let en = changes::text(&c, Lang::En);
    for line in [
        "Changes since the last meeting",
        "New actions",
        "Removed actions",
        "Actions moved to another theme",
        "Rescheduled",
        "  1 action completed, 1 now late",
        ": Not started → Done",
        "  Vuosikate: 2027 212.5 €/as.",
        "  Goal: Talous ja arkijärki",
        "    Before: Talouden tasapaino",
        "    Now: Talous tasapainoon vuoteen 2028",
        "Renamed\n  Theme\n    Before: Parantava Paimio\n    Now: Hyvinvoiva Paimio",
        "  Action (Talous ja arkijärki)\n    Before: Tiedolla johtamisen kehittäminen",
        "  Indicator (Hyvinvoiva Paimio)\n    Before: Asukasluku\n",
    ] {
        assert!(en.contains(line), "{line:?} not in\n{en}");
    }
    // Nothing else: eight kinds of change, each once (two statuses, three renames).
    let sections = changes::sections(&c, Lang::En);
    let lines: usize = sections.iter().map(|s| s.lines.len()).sum();
    assert_eq!((sections.len(), lines), (8, 1 + 1 + 1 + 1 + 3 + 1 + 3 + 1));
}

#[test]
fn nothing_changed_since_a_snapshot_says_so_and_two_snapshots_compare_with_each_other() {
    let mut p = Project::create(paimio(), &Author::new("M")).unwrap();
    let first = snapshot(&mut p, "Kaupunginhallitus 1.12.2026, § 3");
    let c = changes::since(&p, &first, None).unwrap();
    assert!(c.is_empty(), "{c:?}");
    assert!(changes::text(&c, Lang::Fi).ends_with("Ei muutoksia."));
    support::edit_project(&mut p, "M", |s| s.actions[1].status = Status::Done);
    let second = snapshot(&mut p, "Kaupunginvaltuusto 14.12.2026, § 87");
    support::edit_project(&mut p, "M", |s| s.actions[2].status = Status::Late);
    let between = changes::since(&p, &first, Some(&second)).unwrap();
    assert_eq!(between.statuses.len(), 1, "only the edit before the second");
    assert_eq!(between.statuses[0].new, Status::Done);
    assert_eq!(between.until.snapshot.as_deref(), Some(second.as_str()));
    let latest = changes::since(&p, "latest", None).unwrap();
    assert_eq!(latest.statuses.len(), 1);
    assert_eq!(latest.statuses[0].new, Status::Late);
}

#[test]
fn two_copies_each_with_its_own_snapshot_keep_both_after_a_merge_and_after_a_save() {
    let dir = tempfile::tempdir().unwrap();
    let paths = support::copies(dir.path(), &paimio(), 2);
    let mut a = Project::open(&paths[0]).unwrap();
    let sa = snapshot(&mut a, "Kaupunginhallitus 7.12.2026, § 12");
    a.save(&paths[0]).unwrap();
    let mut b = Project::open(&paths[1]).unwrap();
    let sb = snapshot(&mut b, "Kaupunginvaltuusto 14.12.2026, § 87");
    b.save(&paths[1]).unwrap();
    let (mut m, report) = tiekartta::merge::merge(
        &Project::open(&paths[0]).unwrap(),
        &Project::open(&paths[1]).unwrap(),
    )
    .unwrap();
    assert!(report.conflicts.is_empty(), "{:?}", report.conflicts);
    let ids = |p: &Project| -> Vec<String> {
        let mut v: Vec<String> = p.snapshots().unwrap().into_iter().map(|s| s.id.0).collect();
        v.sort();
        v
    };
    let mut both = vec![sa.clone(), sb.clone()];
    both.sort();
    assert_eq!(ids(&m), both);
    let out = dir.path().join("merged.tiekartta");
    m.save(&out).unwrap();
    assert_eq!(ids(&Project::open(&out).unwrap()), both);
    // Each still reads the strategy as it stood when it was recorded.
    assert_eq!(
        m.strategy_at(&m.find_snapshot(&sa).unwrap().heads).unwrap(),
        paimio()
    );
}

#[test]
fn an_unknown_or_missing_snapshot_is_an_error_that_says_what_to_do() {
    let mut p = Project::create(paimio(), &Author::new("M")).unwrap();
    let e = p.find_snapshot("latest").unwrap_err();
    assert!(
        Lang::Fi.tr(&e.message()).contains("tiekartta snapshot"),
        "{e}"
    );
    snapshot(&mut p, "Kaupunginvaltuusto 14.12.2026, § 87");
    let e = p.find_snapshot("fffffff").unwrap_err();
    assert!(Lang::En.tr(&e.message()).contains("--list"), "{e}");
}

fn tiekartta(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_tiekartta"))
        .args(args)
        .env("TIEKARTTA_LANG", "fi")
        .output()
        .unwrap()
}

fn ok(args: &[&str]) -> String {
    let o = tiekartta(args);
    assert!(
        o.status.success(),
        "{args:?}: {}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn pdftotext(pdf: &Path) -> String {
    let o = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext is needed (poppler-utils)");
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// A project file of Paimio with a snapshot recorded from the CLI; the
/// snapshot's id.
fn file_with_snapshot(dir: &Path) -> (String, String) {
    let file = dir.join("paimio.tiekartta");
    support::create_file(&file, paimio(), "Strategiajohtaja");
    let out = ok(&[
        "snapshot",
        file.to_str().unwrap(),
        "--meeting",
        "Kaupunginvaltuusto 14.12.2026, § 87",
        "--date",
        "14.12.2026",
        "--handouts",
        "roadmap,onepage",
    ]);
    let id = out.split_whitespace().nth(1).unwrap().to_owned();
    (file.to_string_lossy().into_owned(), id)
}

#[test]
fn the_cli_records_and_lists_snapshots_and_prints_the_changes_as_escaped_text() {
    let dir = tempfile::tempdir().unwrap();
    let (file, id) = file_with_snapshot(dir.path());
    let list = ok(&["snapshot", &file, "--list"]);
    assert!(
        list.contains(&format!(
            "{id}  14.12.2026  Kaupunginvaltuusto 14.12.2026, § 87  roadmap, onepage"
        )),
        "{list}"
    );
    support::edit(Path::new(&file), "Ville", |s| {
        s.actions[1].name = "Prosessit\u{1b}[31m kuntoon".into();
        s.actions[1].status = Status::Done;
    });
    let text = ok(&["changes", &file, "--since", &id]);
    assert!(
        text.contains("Prosessit\\u{1b}[31m kuntoon: Ei aloitettu → Valmis"),
        "{text}"
    );
    assert!(!text.contains('\u{1b}'));
    let en = ok(&["--lang", "en", "changes", &file, "--since", "latest"]);
    assert!(en.contains("1 action completed"), "{en}");
    let o = tiekartta(&["snapshot", &file, "--meeting", "  "]);
    assert_eq!(o.status.code(), Some(2));
    let o = tiekartta(&["changes", &file, "--since", "0000000"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn a_handout_printed_under_a_snapshot_carries_its_id_and_shows_the_state_it_names() {
    let dir = tempfile::tempdir().unwrap();
    let (file, id) = file_with_snapshot(dir.path());
    support::edit(Path::new(&file), "Ville", |s| {
        s.actions[0].name = "Uusi nimi vasta kokouksen jälkeen".into();
    });
    for kind in ["roadmap", "onepage", "progress"] {
        let pdf = dir.path().join(format!("{kind}.pdf"));
        ok(&[
            "pdf",
            &file,
            "--kind",
            kind,
            "--snapshot",
            &id,
            "--today",
            "2.12.2026",
            "-o",
            pdf.to_str().unwrap(),
        ]);
        let text = pdftotext(&pdf);
        assert!(
            text.contains(&format!(
                "Tilanne {id} · Kaupunginvaltuusto 14.12.2026, § 87"
            )),
            "{kind}: {text}"
        );
        assert!(
            !text.contains("Uusi nimi vasta"),
            "{kind} shows the snapshot's state"
        );
    }
    // `latest` is the newest snapshot; without --snapshot the footer has none.
    let pdf = dir.path().join("latest.pdf");
    ok(&[
        "pdf",
        &file,
        "--kind",
        "actions",
        "--snapshot",
        "latest",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    assert!(pdftotext(&pdf).contains(&format!("Tilanne {id}")));
    ok(&[
        "pdf",
        &file,
        "--kind",
        "actions",
        "-o",
        pdf.to_str().unwrap(),
    ]);
    let text = pdftotext(&pdf);
    assert!(!text.contains("Tilanne"), "{text}");
    assert!(text.contains("Uusi nimi vasta"));
}

#[test]
fn the_changes_handout_is_laid_out_once_and_every_renderer_draws_it() {
    let dir = tempfile::tempdir().unwrap();
    let (file, id) = file_with_snapshot(dir.path());
    support::edit(Path::new(&file), "Ville", known_edits);
    for ext in ["pdf", "pptx", "svg", "png"] {
        let out = dir.path().join(format!("muutokset.{ext}"));
        ok(&[
            "changes",
            &file,
            "--since",
            &id,
            "--today",
            "2.12.2026",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert!(std::fs::metadata(&out).unwrap().len() > 1000, "{ext}");
    }
    let text = pdftotext(&dir.path().join("muutokset.pdf"));
    for s in [
        "Muutokset edellisen käsittelyn jälkeen",
        "Kirjaston uudistus",
        "Palveluverkon katselmus",
        "1/2027–6/2028 » 3/2027–12/2028",
        "Talous tasapainoon vuoteen 2028",
        "ENNEN",
        "NYT",
    ] {
        assert!(text.contains(s), "{s:?} not in the PDF:\n{text}");
    }
    let o = tiekartta(&["changes", &file, "--since", &id, "-o", "x.doc"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn ghost_bars_show_the_snapshots_dates_of_moved_actions_only_and_the_legend_names_them() {
    let old = paimio();
    let mut new = old.clone();
    known_edits(&mut new);
    let moved = changes::between(&old, &new).rescheduled;
    assert_eq!(moved.len(), 1);
    let ghosts = |v: &View| {
        let l = layout::layout(&new, v).unwrap();
        let page = &l.pages[0];
        let texts: Vec<String> = page
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                Shape::Text(t) => Some(t.text.clone()),
                _ => None,
            })
            .collect();
        (page.items.len(), texts)
    };
    let plain = View::new(Kind::Roadmap, Lang::Fi, today());
    let with = View {
        ghosts: Some(Ghosts {
            snapshot: "abc1234".into(),
            moved: moved.clone(),
        }),
        ..plain.clone()
    };
    let (n0, t0) = ghosts(&plain);
    let (n1, t1) = ghosts(&with);
    // One ghost bar, and the legend's swatch (two shapes) with its label.
    assert_eq!(n1, n0 + 1 + 2 + 1);
    assert!(!t0.iter().any(|t| t.contains("abc1234")));
    assert!(
        t1.contains(&"Aikataulu tilanteessa abc1234".to_string()),
        "{t1:?}"
    );
    // The ghost spans the old dates on the page's time scale.
    let l = layout::layout(&new, &with).unwrap();
    let ts = l.pages[0].time_scale.clone().unwrap();
    let x_old = ts.x_of(NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
    assert!(
        l.pages[0].items.iter().any(|i| matches!(i.shape,
            Shape::Rect { x, h, .. } if (x - x_old).abs() < 0.5 && h < 5.0)),
        "a thin bar starts at 1/2027"
    );
}

fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '‐' | '\u{ad}' | '…'))
        .collect()
}

#[test]
fn libreoffice_impress_converts_the_council_deck_and_finds_every_theme_and_action() {
    let s = paimio();
    let mut view = View::new(Kind::Deck, Lang::Fi, today());
    view.snapshot = Some(layout::SnapshotMark {
        id: "abc1234".into(),
        meeting: "Kaupunginvaltuusto 14.12.2026, § 87".into(),
    });
    let l = layout::layout(&s, &view).unwrap();
    // Title, strategy on a page, roadmap, a slide per theme, deadlines.
    assert_eq!(l.pages.len(), 1 + 1 + 1 + s.themes.len() + 1);
    let bytes = tiekartta::pptx::render(&l, tiekartta::pptx::Ratio::Wide).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("deck.pptx");
    std::fs::write(&file, bytes).unwrap();
    let profile = format!("-env:UserInstallation=file://{}/lo", dir.path().display());
    let o = Command::new("soffice")
        .args(["--headless", &profile, "--convert-to", "pdf", "--outdir"])
        .arg(dir.path())
        .arg(&file)
        .output()
        .expect("soffice is needed (libreoffice-impress)");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let text = squeeze(&pdftotext(&dir.path().join("deck.pdf")));
    let cut: Vec<&str> = l.truncated.iter().map(|t| t.text.as_str()).collect();
    for name in s
        .themes
        .iter()
        .map(|t| &t.name)
        .chain(s.actions.iter().map(|a| &a.name))
        .filter(|n| !cut.contains(&n.as_str()))
    {
        assert!(
            text.contains(&squeeze(name)),
            "{name} is not in Impress's PDF"
        );
    }
    assert!(text.contains(&squeeze("Tilanne abc1234")));
    assert!(text.contains(&squeeze("Tulevat määräajat")));
}
