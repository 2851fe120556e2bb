//! What the paper size does: A3 and A4 differ for every kind, the handouts
//! set for A4 are set larger on A3 (type and all), and how much of its page
//! height each kind fills for the samples, measured from the display list
//! and printed. Every kind fills at least 70 % of its fullest page on A4
//! and A3 for every sample: a short action plan or progress report is set
//! larger (its long names wrap rather than shorten), and a theme without
//! actions shows its goals, success factors, plans and indicators as rows.

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
fn every_kind_fills_at_least_70_percent_of_its_page_height_on_a4_and_a3() {
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
                if used < 0.70 {
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

#[test]
fn a_handout_that_runs_a_few_lines_onto_a_second_page_is_set_a_little_smaller_to_end_on_its_first()
{
    // Kokkola's action plan ran its four deadlines onto a page of their own.
    let s = support::samples()
        .into_iter()
        .find(|(name, _)| name == "kokkola")
        .unwrap()
        .1;
    for paper in [Paper::A4, Paper::A3] {
        let l = on(&s, Kind::Actions, paper);
        assert_eq!(l.pages.len(), 1, "{paper:?}");
        let all = texts(&l);
        assert!(all.contains("Ilmasto-ohjelma – Myöhässä"), "{all}");
        // Set smaller by no more than 0.9: the title's 17 pt is at least 15.3.
        let title = largest_type(&l) / if paper == Paper::A3 { 2f32.sqrt() } else { 1.0 };
        assert!((15.2..17.0).contains(&title), "{paper:?}: {title}");
    }
    // One that needs more than that keeps its second page: Testikylä's
    // progress report is full to its foot.
    let l = on(&support::testikyla(), Kind::Progress, Paper::A4);
    assert_eq!(l.pages.len(), 2);
    assert!((largest_type(&l) - 17.0).abs() < 0.01);
}

/// The texts of a layout's pages, the lines of each entity joined, so a
/// wrapped name reads whole.
fn texts(l: &Layout) -> String {
    let mut out = String::new();
    for item in l.pages.iter().flat_map(|p| &p.items) {
        if let Shape::Text(t) = &item.shape {
            out.push_str(&t.text);
            out.push(' ');
        }
    }
    out
}

#[test]
fn a_theme_without_actions_shows_its_goals_success_factors_plans_and_indicators_in_the_plan() {
    for name in ["kaarina", "kokkola", "tyon-rikastajat"] {
        let s = support::seed(name);
        assert!(s.actions.is_empty(), "{name} has actions now");
        for paper in [Paper::A4, Paper::A3] {
            let l = on(&s, Kind::Actions, paper);
            assert!(l.truncated.is_empty(), "{name}: {:?}", l.truncated);
            // A name may wrap, and hyphenation break a word at a line's
            // end: compare without spaces and hyphens.
            let bare = |t: &str| {
                t.chars()
                    .filter(|c| !c.is_whitespace() && *c != '-')
                    .collect::<String>()
            };
            let shown = bare(&texts(&l));
            let mut missing = vec![];
            let mut want: Vec<&str> = vec![];
            for t in &s.themes {
                want.extend(t.goals.iter().map(|g| g.name.as_str()));
                want.extend(t.success_factors.iter().map(|f| f.name.as_str()));
                want.extend(
                    s.documents
                        .iter()
                        .filter(|d| d.themes.contains(&t.id))
                        .map(|d| d.name.as_str()),
                );
            }
            want.extend(s.indicators.iter().map(|i| i.name.as_str()));
            for w in want {
                if !shown.contains(&bare(w)) {
                    missing.push(w.to_owned());
                }
            }
            assert!(missing.is_empty(), "{name} {paper:?}: {missing:?}");
        }
    }
}

#[test]
fn a_short_handout_set_larger_shortens_no_text_of_a_sample() {
    for (name, s) in support::samples() {
        for kind in [Kind::Actions, Kind::Progress] {
            let l = on(&s, kind, Paper::A4);
            let cut: Vec<_> = l.truncated.iter().map(|t| &t.text).collect();
            eprintln!(
                "{name:16} {kind:?}: type up to {:.1} pt, {} shortened",
                largest_type(&l),
                cut.len()
            );
            assert!(cut.is_empty(), "{name} {kind:?}: {cut:?}");
        }
    }
}
