//! What the paper size does: A3 and A4 differ for every kind, the handouts
//! set for A4 are set larger on A3 (type and all), and how much of its page
//! height each kind fills for the samples, measured from the display list
//! and printed. The roadmap and the strategy on a page fill at least 70 %;
//! a short action plan or progress report is set larger until it fills 70 %
//! or would shorten a text (then it stays below, as printed).

#![allow(clippy::unwrap_used)] // a panic in a test is a failing test

mod support;

use chrono::NaiveDate;
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, Kind, Layout, Medium, Paper, Shape, View};

const KINDS: [Kind; 4] = [Kind::Roadmap, Kind::OnePage, Kind::Actions, Kind::Progress];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn on(s: &tiekartta::model::Strategy, kind: Kind, paper: Paper) -> Layout {
    let mut view = View::new(kind, Lang::Fi, today());
    if let Medium::Paper { landscape, .. } = view.medium {
        view.medium = Medium::Paper { paper, landscape };
    }
    layout::layout(s, &view).unwrap()
}

fn largest_type(l: &Layout) -> f32 {
    l.pages
        .iter()
        .flat_map(|p| &p.items)
        .filter_map(|i| match &i.shape {
            Shape::Text(t) => Some(t.size),
            _ => None,
        })
        .fold(0.0, f32::max)
}

#[test]
fn a3_and_a4_differ_for_every_kind_and_a3_sets_the_type_larger() {
    for (name, s) in support::samples() {
        for kind in KINDS {
            let (a4, a3) = (on(&s, kind, Paper::A4), on(&s, kind, Paper::A3));
            assert_ne!(layout::dump(&a4), layout::dump(&a3), "{name} {kind:?}");
            assert!(a3.pages[0].height > a4.pages[0].height, "{name} {kind:?}");
            if kind != Kind::Roadmap {
                let ratio = largest_type(&a3) / largest_type(&a4);
                assert!(
                    (ratio - 2f32.sqrt()).abs() < 0.01,
                    "{name} {kind:?}: {ratio}"
                );
                assert_eq!(a3.pages.len(), a4.pages.len(), "{name} {kind:?}");
            }
        }
    }
}

#[test]
fn the_roadmap_and_the_strategy_on_a_page_fill_most_of_their_page_height() {
    let mut low = vec![];
    for (name, s) in support::samples() {
        for kind in KINDS {
            for paper in [Paper::A4, Paper::A3] {
                let l = on(&s, kind, paper);
                // The fullest page: a last page may hold only the rest.
                let used = l.pages.iter().map(layout::used_height).fold(0.0, f32::max);
                eprintln!(
                    "{name:16} {kind:?} {paper:?}: {:.0} % of the page height, {} pages",
                    used * 100.0,
                    l.pages.len()
                );
                let fixed = matches!(kind, Kind::Roadmap | Kind::OnePage);
                if used < 0.70 && fixed {
                    low.push(format!("{name} {kind:?} {paper:?}: {:.0} %", used * 100.0));
                }
            }
        }
    }
    assert!(low.is_empty(), "under 70 %: {low:?}");
}

#[test]
fn a_short_action_plan_is_set_larger_to_use_its_page_and_a_long_one_is_not() {
    let mut short = support::testikyla();
    short.actions.truncate(3);
    short.indicators.clear();
    short.documents.clear();
    let l = on(&short, Kind::Actions, Paper::A4);
    let used = layout::used_height(&l.pages[0]);
    eprintln!(
        "three actions: {:.0} % of the page, type up to {:.1} pt",
        used * 100.0,
        largest_type(&l)
    );
    assert_eq!(l.pages.len(), 1);
    // The title is 17 pt as set for A4: a long plan keeps it, a short one
    // is enlarged.
    let long = on(&support::testikyla(), Kind::Actions, Paper::A4);
    assert!(
        (largest_type(&long) - 17.0).abs() < 0.01,
        "as set: {}",
        largest_type(&long)
    );
    assert!(
        largest_type(&l) > 17.0 * 1.05,
        "set larger: {}",
        largest_type(&l)
    );
}
