//! The follow-ups of the handouts: dated plans, reports and programmes on
//! the roadmap (in their themes' lanes, or the shared lane when they name no
//! theme), phase names that use the free room beside a short band before
//! they are shortened, and the action plan's period of an action that has
//! no dates of its own but belongs to phases.

#![allow(clippy::unwrap_used)] // Tests may unwrap: a failure is a test failure.

mod support;
use support::seed;

use chrono::NaiveDate;
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, EntityKind, Item, Kind, Layout, Page, Shape, View};
use tiekartta::model::{Document, DocumentKind, Id, Period, Phase, PlanDate, Status, Strategy};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn roadmap(s: &Strategy, lang: Lang) -> Layout {
    layout::layout(s, &View::new(Kind::Roadmap, lang, today())).unwrap()
}

/// The items of a document on a page.
fn items_of<'a>(page: &'a Page, id: &str) -> Vec<&'a Item> {
    page.items
        .iter()
        .filter(|i| {
            i.entity
                .as_ref()
                .is_some_and(|e| e.kind == EntityKind::Document && e.id.0 == id)
        })
        .collect()
}

/// The x and y extent of a shape that is not text.
fn extent(shape: &Shape) -> Option<(f32, f32, f32, f32)> {
    match shape {
        Shape::Rect { x, y, w, h, .. } => Some((*x, *y, x + w, y + h)),
        Shape::Polygon { points, .. } => Some((
            points.iter().map(|p| p.0).fold(f32::MAX, f32::min),
            points.iter().map(|p| p.1).fold(f32::MAX, f32::min),
            points.iter().map(|p| p.0).fold(f32::MIN, f32::max),
            points.iter().map(|p| p.1).fold(f32::MIN, f32::max),
        )),
        _ => None,
    }
}

/// The first text run on the page that reads exactly `text`.
fn text_run<'a>(page: &'a Page, text: &str) -> Option<&'a tiekartta::layout::TextRun> {
    page.items.iter().find_map(|i| match &i.shape {
        Shape::Text(t) if t.text == text => Some(t),
        _ => None,
    })
}

fn texts(l: &Layout) -> Vec<String> {
    l.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|i| match &i.shape {
            Shape::Text(t) => Some(t.text.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn kaarinas_rooting_plan_is_a_clickable_mark_in_the_shared_lane_within_its_due_month() {
    let s = seed("kaarina");
    let l = roadmap(&s, Lang::Fi);
    assert_eq!(l.pages.len(), 1, "Kaarina's A3 roadmap stays on one page");
    let page = &l.pages[0];
    let ts = page.time_scale.as_ref().unwrap();
    let id = "kaarina.doc.jalkautus-ja-viestintasuunnitelma";
    let items = items_of(page, id);
    let mark = items
        .iter()
        .find_map(|i| match &i.shape {
            Shape::Polygon { .. } => extent(&i.shape),
            _ => None,
        })
        .expect("a page mark of the plan due 9/2018");
    let (a, b) = (ts.x_of(ymd(2018, 9, 1)), ts.x_of(ymd(2018, 10, 1)));
    let cx = (mark.0 + mark.2) / 2.0;
    assert!(
        a <= cx && cx <= b,
        "mark at {cx}, September 2018 is {a}..{b}"
    );
    // Its name beside it, clickable as the document.
    assert!(items.iter().any(
        |i| matches!(&i.shape, Shape::Text(t) if t.text == "Strategian jalkautus- ja viestintäsuunnitelma")
    ));
    // In the shared lane: under every theme's lane, beside the lane's label.
    let lowest_theme = ts
        .lanes
        .iter()
        .map(|l| l.rect.1 + l.rect.3)
        .fold(0.0, f32::max);
    assert_eq!(
        ts.lanes.len(),
        s.themes.len(),
        "the shared lane is no theme's"
    );
    assert!(
        mark.1 > lowest_theme,
        "{mark:?} is not under the theme lanes"
    );
    let lane_label = text_run(page, "Suunnitelmat ja raportit").unwrap();
    assert!(lane_label.y > lowest_theme && lane_label.y < mark.3 + 1.0);
    // On screen the SVG names it for clicking.
    let svg = tiekartta::svg::render(&l, 0);
    assert!(svg.contains(&format!("data-id=\"{id}\" data-kind=\"document\"")));
    // Every dated rooting plan is there; the undated ones are not.
    for d in &s.documents {
        let shown = !items_of(page, d.id.as_str()).is_empty();
        assert_eq!(shown, d.due.is_some() || d.period.is_some(), "{}", d.name);
    }
}

#[test]
fn the_shared_lane_is_named_in_the_labels_language() {
    let s = seed("kaarina");
    assert!(texts(&roadmap(&s, Lang::Sv)).contains(&"Planer och rapporter".to_owned()));
    assert!(texts(&roadmap(&s, Lang::En)).contains(&"Plans and reports".to_owned()));
}

/// Testikylä with one programme of 2019–2020 serving its second theme and
/// one report due 6/2020 serving no theme.
fn with_documents() -> Strategy {
    let mut s = support::testikyla();
    s.documents = vec![
        Document {
            id: Id::from("prog"),
            kind: DocumentKind::Programme,
            name: "Matkailuohjelma".into(),
            period: Some(Period::parse("2019–2020").unwrap()),
            themes: vec![Id::from("t2")],
            owners: vec![Id::from("o2")],
            status: Some(Status::OnTrack),
            ..Document::default()
        },
        Document {
            id: Id::from("rep"),
            kind: DocumentKind::Report,
            name: "Hyvinvointikertomus".into(),
            due: Some(PlanDate::Month {
                year: 2020,
                month: 6,
            }),
            owners: vec![Id::from("o1")],
            ..Document::default()
        },
    ];
    s
}

#[test]
fn a_programme_with_a_period_is_a_thin_bar_in_the_lane_of_its_theme() {
    let s = with_documents();
    let l = roadmap(&s, Lang::Fi);
    let page = &l.pages[0];
    let ts = page.time_scale.as_ref().unwrap();
    let lane = ts.lanes.iter().find(|l| l.theme.0 == "t2").unwrap().rect;
    let bar = items_of(page, "prog")
        .iter()
        .find_map(|i| match &i.shape {
            Shape::Rect { .. } => extent(&i.shape),
            _ => None,
        })
        .expect("a bar of the programme");
    let (a, b) = (ts.x_of(ymd(2019, 1, 1)), ts.x_of(ymd(2021, 1, 1)));
    assert!(
        (bar.0 - a).abs() < 0.5 && (bar.2 - b).abs() < 0.5,
        "{bar:?} vs {a}..{b}"
    );
    assert!(
        bar.1 >= lane.1 && bar.3 <= lane.1 + lane.3,
        "{bar:?} not in {lane:?}"
    );
    assert!(
        bar.3 - bar.1 < 8.0,
        "a thin bar, not an action's bar: {bar:?}"
    );
    // Its name above it, within the bar, not shortened.
    let name = text_run(page, "Matkailuohjelma").unwrap();
    assert!(name.x >= bar.0 && name.x + name.width <= bar.2 && name.y <= bar.1);
    assert!(l.truncated.is_empty(), "{:?}", l.truncated);
}

#[test]
fn documents_follow_the_views_owner_status_and_theme_filters_and_its_range() {
    let s = with_documents();
    let drawn = |v: &View| {
        let l = layout::layout(&s, v).unwrap();
        let mut ids: Vec<String> = l
            .pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| i.entity.as_ref())
            .filter(|e| e.kind == EntityKind::Document)
            .map(|e| e.id.0.clone())
            .collect();
        ids.sort();
        ids.dedup();
        ids
    };
    let all = View::new(Kind::Roadmap, Lang::Fi, today());
    assert_eq!(drawn(&all), ["prog", "rep"]);
    let owner = View {
        owners: vec![Id::from("o1")],
        ..all.clone()
    };
    assert_eq!(drawn(&owner), ["rep"]);
    // A document whose status is not known passes no status filter.
    let status = View {
        statuses: vec![Status::OnTrack],
        ..all.clone()
    };
    assert_eq!(drawn(&status), ["prog"]);
    // Filtering out its theme hides a theme's document; one that names no
    // theme stays, as milestones do.
    let theme = View {
        themes: vec![Id::from("t1")],
        ..all.clone()
    };
    assert_eq!(drawn(&theme), ["rep"]);
    let later = View {
        from: Some(2021),
        ..all.clone()
    };
    assert!(drawn(&later).is_empty());
}

#[test]
fn a_short_phase_band_shows_its_whole_name_beside_it_when_there_is_room() {
    let s = seed("kaarina");
    let l = roadmap(&s, Lang::Fi);
    let page = &l.pages[0];
    for ph in &s.phases {
        let run = text_run(page, &ph.name);
        assert!(run.is_some(), "{} shortened: {:?}", ph.name, l.truncated);
    }
    assert!(
        !l.truncated.iter().any(|t| t
            .entity
            .as_ref()
            .is_some_and(|e| e.kind == EntityKind::Phase)),
        "{:?}",
        l.truncated
    );
    // "Kaarina-strategian valmistelu" (1–6/2018 in range) runs past its
    // band, in ink, without touching the next band.
    let band = page
        .items
        .iter()
        .find(|i| {
            matches!(i.shape, Shape::Rect { .. })
                && i.entity
                    .as_ref()
                    .is_some_and(|e| e.id.0 == "kaarina.phase.valmistelu")
        })
        .and_then(|i| extent(&i.shape))
        .unwrap();
    let name = text_run(page, "Kaarina-strategian valmistelu").unwrap();
    assert!(name.x >= band.2, "{name:?} not beside {band:?}");
    assert!(name.y > band.1 && name.y < band.3);
}

#[test]
fn a_phase_name_with_no_room_anywhere_is_shortened_and_reported() {
    let mut s = support::testikyla();
    let long = "Koko strategiakauden mittainen vaihe, jonka nimi on niin pitkä, ettei se mahdu \
                mihinkään: kaupunginvaltuustokokouksen hyvinvointimatkailun kehittämisen \
                strategiasuunnitelmien palveluverkkokatselmusten vaihe numero yksi";
    s.phases = vec![Phase {
        id: Id::from("koko"),
        name: long.into(),
        start: Some(PlanDate::Year(2018)),
        end: Some(PlanDate::Year(2021)),
        ..Phase::default()
    }];
    let l = roadmap(&s, Lang::Fi);
    let t = l
        .truncated
        .iter()
        .find(|t| t.entity.as_ref().is_some_and(|e| e.id.0 == "koko"))
        .expect("the shortened phase name is reported");
    assert!(t.shown.ends_with('…') && t.shown.len() < long.len());
    assert!(texts(&l).contains(&t.shown));
}

#[test]
fn an_undated_action_of_a_phase_shows_the_phases_period_in_the_action_plan() {
    let s = seed("paimio");
    let l = layout::layout(&s, &View::new(Kind::Actions, Lang::Fi, today())).unwrap();
    let all = texts(&l);
    // "Säästö- ja tehostusideat" belongs to the phase 7/2027–12/2028.
    assert!(
        all.contains(&"(vaihe) 7/2027–12/2028".to_owned()),
        "{:?}",
        &all[..all.len().min(40)]
    );
    assert!(all.contains(&"(vaihe) 1/2030–12/2030".to_owned()));
    assert!(
        !all.contains(&"–".to_owned()),
        "every Paimio action has a phase"
    );
    let l = layout::layout(&s, &View::new(Kind::Actions, Lang::Sv, today())).unwrap();
    assert!(texts(&l).contains(&"(fas) 7/2027–12/2028".to_owned()));
}

#[test]
fn an_action_with_its_own_dates_or_no_phase_keeps_its_own_cells() {
    let mut s = seed("paimio");
    s.actions[0].start = Some(PlanDate::Month {
        year: 2027,
        month: 9,
    });
    s.actions[1].phases.clear();
    let l = layout::layout(&s, &View::new(Kind::Actions, Lang::Fi, today())).unwrap();
    let all = texts(&l);
    assert!(all.contains(&"9/2027".to_owned()));
    assert_eq!(
        all.iter().filter(|t| *t == "–").count(),
        3,
        "one own-date row's due, two of the phaseless row"
    );
}
