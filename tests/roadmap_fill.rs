//! How much of the height the roadmap uses (issue 13 item 4, issue 15 item
//! 3): on paper the lanes' rows (and, within calm caps, bars and type) grow
//! until the chart reaches the legend, so a small strategy's A3 roadmap does
//! not leave its page blank; on screen they grow to the window's height the
//! UI sends. Measured from the display list (the lowest item of the chart,
//! that is the lowest item that belongs to the strategy's entities) and
//! printed for every sample and Järvelä on A4 and A3, and on screen at the
//! roadmap area's height of a 1024×700 and a 1920×1080 window.

#![allow(clippy::unwrap_used)] // a panic in a test is a failing test

mod support;

use chrono::NaiveDate;
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, Kind, Layout, Medium, Page, Paper, Shape, View, Zoom};
use tiekartta::model::Strategy;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

fn jarvela() -> Strategy {
    tiekartta::interchange::from_json(include_str!("late/jarvela.json")).unwrap()
}

/// The samples and Järvelä, a small strategy that is not a sample.
fn strategies() -> Vec<(String, Strategy)> {
    let mut all = support::samples();
    all.push(("jarvela".into(), jarvela()));
    all
}

fn on_paper(s: &Strategy, paper: Paper) -> Layout {
    let view = View {
        medium: Medium::Paper {
            paper,
            landscape: true,
        },
        ..View::new(Kind::Roadmap, Lang::Fi, today())
    };
    layout::layout(s, &view).unwrap()
}

fn on_screen(s: &Strategy, width: f32, height: Option<f32>) -> Layout {
    let view = View {
        medium: Medium::Screen { width, height },
        zoom: Some(Zoom::Quarter),
        ..View::new(Kind::Roadmap, Lang::Fi, today())
    };
    layout::layout(s, &view).unwrap()
}

/// The bottom of the chart: the lowest item that belongs to an entity (a
/// lane, a bar, a mark; the legend, the footer and today's line do not).
fn chart_bottom(page: &Page) -> f32 {
    page.items
        .iter()
        .filter(|i| i.entity.is_some())
        .map(|i| {
            let (_, y, _, h) = i.shape.bounds();
            y + h
        })
        .fold(0.0, f32::max)
}

/// The largest type of the bars' labels.
fn label_size(l: &Layout) -> f32 {
    l.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter(|i| {
            i.entity
                .as_ref()
                .is_some_and(|e| e.kind == layout::EntityKind::Action)
        })
        .filter_map(|i| match &i.shape {
            Shape::Text(t) => Some(t.size),
            _ => None,
        })
        .fold(0.0, f32::max)
}

#[test]
fn a_roadmap_on_paper_uses_its_page_height_and_jarvelas_a3_at_least_70_percent() {
    let mut low = vec![];
    for (name, s) in strategies() {
        for paper in [Paper::A4, Paper::A3] {
            let l = on_paper(&s, paper);
            let shares: Vec<f32> = l.pages.iter().map(|p| chart_bottom(p) / p.height).collect();
            let list: Vec<String> = shares
                .iter()
                .map(|f| format!("{:.0} %", f * 100.0))
                .collect();
            eprintln!(
                "{name:16} {paper:?}: chart to {} of the page height ({} pages), labels {:.1} pt",
                list.join(", "),
                l.pages.len(),
                label_size(&l)
            );
            // The fullest page: a lane that flows on leaves a last page short.
            // Lanes with nothing in them (Työn rikastajat: three marks above
            // two empty lanes) grow only to the calm cap.
            let fullest = shares.iter().copied().fold(0.0, f32::max);
            let in_lanes = l.pages.iter().flat_map(|p| &p.items).any(|i| {
                i.entity.as_ref().is_some_and(|e| {
                    matches!(
                        e.kind,
                        layout::EntityKind::Action | layout::EntityKind::Document
                    )
                })
            });
            if fullest < 0.70 && in_lanes {
                low.push(format!("{name} {paper:?}: {:.0} %", fullest * 100.0));
            }
            if name == "jarvela" && paper == Paper::A3 {
                for (i, f) in shares.iter().enumerate() {
                    assert!(*f >= 0.70, "Järvelä A3 page {}: {:.0} %", i + 1, f * 100.0);
                }
            }
        }
    }
    assert!(low.is_empty(), "under 70 %: {low:?}");
}

#[test]
fn on_screen_the_roadmap_grows_to_the_windows_height_and_no_further_than_it_needs() {
    // The roadmap area of a 1024×700 and a 1920×1080 window (the app's
    // toolbar and tabs above it).
    for (window, (width, height)) in [
        ("1024×700", (1024.0, 560.0)),
        ("1920×1080", (1920.0, 940.0)),
    ] {
        for (name, s) in strategies() {
            let plain = on_screen(&s, width, None);
            let sized = on_screen(&s, width, Some(height));
            let page = &sized.pages[0];
            let share = page.height / height;
            eprintln!(
                "{window:9} {name:16}: {:.0} % of the window's height (plain {:.0} %)",
                share * 100.0,
                plain.pages[0].height / height * 100.0
            );
            let plain_h = plain.pages[0].height;
            if plain_h >= height {
                // Taller than the window already: scrolled, as before.
                assert_eq!(
                    layout::dump(&sized),
                    layout::dump(&plain),
                    "{name} {window}"
                );
            } else {
                assert!(
                    page.height <= height + 0.5,
                    "{name} {window}: no scrolling made"
                );
                assert!(page.height > plain_h, "{name} {window}: grown");
            }
            let bars = |l: &Layout| -> std::collections::BTreeSet<String> {
                l.pages[0]
                    .items
                    .iter()
                    .filter_map(|i| i.entity.as_ref())
                    .filter(|e| e.kind == layout::EntityKind::Action)
                    .map(|e| e.id.0.clone())
                    .collect()
            };
            assert_eq!(
                bars(&sized),
                bars(&plain),
                "{name} {window}: the same items"
            );
        }
    }
    // Paimio fills a large window, and Järvelä (seven bars) a small one.
    for (s, width, height) in [
        (support::seed("paimio"), 1920.0, 940.0),
        (jarvela(), 1024.0, 560.0),
    ] {
        let l = on_screen(&s, width, Some(height));
        assert!(l.pages[0].height / height >= 0.9, "{} at {width}", s.town);
    }
}
