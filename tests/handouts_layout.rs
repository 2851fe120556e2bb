//! Laws of the layout, for any strategy: no two text boxes overlap, nothing
//! leaves the page, and every action of the chosen range appears exactly
//! once (on the roadmap: once in each time slice it overlaps). The
//! strategies have dated plans and reports too, in a theme or in none.

#![allow(clippy::unwrap_used)] // Tests may unwrap: a failure is a test failure.

mod support;

use chrono::NaiveDate;
use proptest::prelude::*;
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, EntityKind, Kind, Layout, Medium, Paper, Shape, View};
use tiekartta::model::{
    Action, Document, Id, Milestone, MilestoneKind, Period, Phase, PlanDate, Status, Theme,
};

const WORDS: [&str; 12] = [
    "Hyvinvointimatkailun",
    "kehittäminen",
    "palveluverkon",
    "katselmus",
    "ja",
    "Säästö-",
    "strategiasuunnitelma",
    "<b>",
    "Åbo",
    "tiedolla",
    "johtamisen",
    "kaupunginvaltuustokokouksen",
];

fn name() -> impl Strategy<Value = String> {
    proptest::collection::vec(0..WORDS.len(), 1..9).prop_map(|v| {
        v.into_iter()
            .map(|i| WORDS[i])
            .collect::<Vec<_>>()
            .join(" ")
    })
}

fn date() -> impl Strategy<Value = PlanDate> {
    prop_oneof![
        (2024i32..2030).prop_map(PlanDate::Year),
        (2024i32..2030, 1u32..=12).prop_map(|(year, month)| PlanDate::Month { year, month }),
        (2024i32..2030, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| PlanDate::day(y, m, d).unwrap()),
    ]
}

prop_compose! {
    fn action(themes: usize)(theme in 0..themes, name in name(), start in proptest::option::of(date()),
                             due in proptest::option::of(date()), status in 0usize..5) -> (usize, String, Option<PlanDate>, Option<PlanDate>, Status) {
        (theme, name, start, due, Status::ALL[status])
    }
}

prop_compose! {
    fn document(themes: usize)(name in name(), due in proptest::option::of(date()),
                               period in proptest::option::of((date(), date())),
                               theme in proptest::option::of(0..themes),
                               status in proptest::option::of(0usize..5))
                               -> (String, Option<PlanDate>, Option<(PlanDate, PlanDate)>, Option<usize>, Option<Status>) {
        (name, due, period, theme, status.map(|i| Status::ALL[i]))
    }
}

fn strategy() -> impl Strategy<Value = tiekartta::model::Strategy> {
    (1usize..6)
        .prop_flat_map(|n| {
            (
                proptest::collection::vec(name(), n),
                proptest::collection::vec(action(n), 0..40),
                proptest::collection::vec((name(), date()), 0..6),
                proptest::collection::vec((name(), date(), date()), 0..4),
                proptest::collection::vec(document(n), 0..8),
            )
        })
        .prop_map(|(themes, actions, milestones, phases, documents)| {
            let mut s = support::testikyla();
            s.period = Some(Period::parse("2025–2028").unwrap());
            s.themes = themes
                .into_iter()
                .enumerate()
                .map(|(i, n)| Theme {
                    id: Id(format!("t{i}")),
                    name: n,
                    ..Theme::default()
                })
                .collect();
            s.actions = actions
                .into_iter()
                .enumerate()
                .map(|(i, (t, n, a, b, st))| Action {
                    id: Id(format!("a{i}")),
                    theme: Id(format!("t{t}")),
                    name: n,
                    start: a,
                    due: b,
                    status: st,
                    ..Action::default()
                })
                .collect();
            s.milestones = milestones
                .into_iter()
                .enumerate()
                .map(|(i, (n, d))| Milestone {
                    id: Id(format!("m{i}")),
                    name: n,
                    kinds: vec![MilestoneKind::Evaluation],
                    date: Some(d),
                    ..Milestone::default()
                })
                .collect();
            s.phases = phases
                .into_iter()
                .enumerate()
                .map(|(i, (n, a, b))| Phase {
                    id: Id(format!("p{i}")),
                    name: n,
                    start: Some(a.min(b)),
                    end: Some(a.max(b)),
                    surfaced: vec![Id(format!("t{}", i % 2))],
                    ..Phase::default()
                })
                .collect();
            s.documents = documents
                .into_iter()
                .enumerate()
                .map(|(i, (n, due, period, theme, status))| Document {
                    id: Id(format!("d{i}")),
                    name: n,
                    due,
                    period: period.map(|(a, b)| Period {
                        start: a.min(b),
                        end: a.max(b),
                    }),
                    themes: theme.map(|t| Id(format!("t{t}"))).into_iter().collect(),
                    status,
                    ..Document::default()
                })
                .collect();
            s
        })
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

/// The first pair of overlapping text boxes on any page, if any.
fn overlap(l: &Layout) -> Option<String> {
    for (pi, p) in l.pages.iter().enumerate() {
        let boxes: Vec<_> = p
            .items
            .iter()
            .filter_map(|i| match &i.shape {
                Shape::Text(t) => Some((t.bounds(), t.text.clone())),
                _ => None,
            })
            .collect();
        for (i, (a, ta)) in boxes.iter().enumerate() {
            for (b, tb) in &boxes[i + 1..] {
                let e = 0.01;
                if a.0 + a.2 > b.0 + e
                    && b.0 + b.2 > a.0 + e
                    && a.1 + a.3 > b.1 + e
                    && b.1 + b.3 > a.1 + e
                {
                    return Some(format!("page {pi}: {ta:?} {a:?} overlaps {tb:?} {b:?}"));
                }
            }
        }
    }
    None
}

/// The first item that leaves its page, if any.
fn outside(l: &Layout) -> Option<String> {
    for (pi, p) in l.pages.iter().enumerate() {
        let (w, h) = (p.width + 0.01, p.height + 0.01);
        for it in &p.items {
            let (x0, y0, x1, y1) = match &it.shape {
                Shape::Text(t) => {
                    let b = t.bounds();
                    (b.0, b.1, b.0 + b.2, b.1 + b.3)
                }
                Shape::Rect { x, y, w, h, .. } => (*x, *y, x + w, y + h),
                Shape::Line { x1, y1, x2, y2, .. } => {
                    (x1.min(*x2), y1.min(*y2), x1.max(*x2), y1.max(*y2))
                }
                Shape::Circle { cx, cy, r, .. } => (cx - r, cy - r, cx + r, cy + r),
                Shape::Polygon { points, .. } | Shape::Polyline { points, .. } => (
                    points.iter().map(|p| p.0).fold(f32::MAX, f32::min),
                    points.iter().map(|p| p.1).fold(f32::MAX, f32::min),
                    points.iter().map(|p| p.0).fold(f32::MIN, f32::max),
                    points.iter().map(|p| p.1).fold(f32::MIN, f32::max),
                ),
            };
            if x0 < -0.01 || y0 < -0.01 || x1 > w || y1 > h {
                return Some(format!("page {pi}: {:?} leaves the page {w}x{h}", it.shape));
            }
        }
    }
    None
}

fn views() -> Vec<View> {
    let mut v = vec![];
    for kind in [Kind::Roadmap, Kind::OnePage, Kind::Actions, Kind::Progress] {
        v.push(View::new(kind, Lang::Fi, today()));
    }
    v.push(View {
        medium: Medium::Paper {
            paper: Paper::A4,
            landscape: false,
        },
        ..View::new(Kind::Roadmap, Lang::Sv, today())
    });
    v.push(View::screen(900.0, Lang::En, today()));
    v
}

/// Bars of each action per time slice of the roadmap.
fn bars_per_slice(l: &Layout) -> std::collections::BTreeMap<(NaiveDate, String), usize> {
    let mut counts = std::collections::BTreeMap::new();
    for p in &l.pages {
        let Some(ts) = &p.time_scale else { continue };
        for it in &p.items {
            if let (Shape::Rect { .. }, Some(e)) = (&it.shape, &it.entity)
                && e.kind == EntityKind::Action
            {
                *counts.entry((ts.origin, e.id.0.clone())).or_insert(0) += 1;
            }
        }
    }
    counts
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    #[test]
    fn no_two_labels_overlap_and_nothing_leaves_the_page(s in strategy()) {
        for v in views() {
            let l = layout::layout(&s, &v).unwrap();
            prop_assert!(overlap(&l).is_none(), "{:?} {:?}: {}", v.kind, v.medium, overlap(&l).unwrap_or_default());
            prop_assert!(outside(&l).is_none(), "{:?} {:?}: {}", v.kind, v.medium, outside(&l).unwrap_or_default());
        }
    }

    #[test]
    fn every_action_in_range_appears_exactly_once(s in strategy()) {
        // On one A3 page: one bar per action of the range.
        let l = layout::layout(&s, &View::new(Kind::Roadmap, Lang::Fi, today())).unwrap();
        prop_assert_eq!(l.pages.iter().filter(|p| p.time_scale.is_some()).count().min(1), 1);
        let counts = bars_per_slice(&l);
        let first = NaiveDate::from_ymd_opt(2025, 1, 1).unwrap();
        let last = NaiveDate::from_ymd_opt(2028, 12, 31).unwrap();
        for a in &s.actions {
            let in_range = match (a.start, a.due) {
                (None, None) => true,
                (x, y) => {
                    let f = x.or(y).unwrap().first_day();
                    let e = y.or(x).unwrap().last_day().max(f);
                    e >= first && f <= last
                }
            };
            let n: usize = counts.iter().filter(|((_, id), _)| id == &a.id.0).map(|(_, n)| *n).sum();
            prop_assert_eq!(n, usize::from(in_range), "{} {:?}-{:?}", a.name, a.start, a.due);
        }
        // In the action plan: one row per action.
        let l = layout::layout(&s, &View::new(Kind::Actions, Lang::Fi, today())).unwrap();
        for a in &s.actions {
            let rows = l.pages.iter().flat_map(|p| &p.items)
                .filter(|i| matches!(i.shape, Shape::Circle { .. }) && i.entity.as_ref().is_some_and(|e| e.id == a.id))
                .count();
            prop_assert_eq!(rows, 1, "{}", a.name);
        }
    }
}

#[test]
fn an_a4_roadmap_shows_each_action_once_in_every_slice_it_overlaps() {
    let s = support::testikyla();
    let v = View {
        medium: Medium::Paper {
            paper: Paper::A4,
            landscape: false,
        },
        ..View::new(Kind::Roadmap, Lang::Fi, today())
    };
    let l = layout::layout(&s, &v).unwrap();
    let counts = bars_per_slice(&l);
    assert!(counts.values().all(|n| *n == 1), "{counts:?}");
    for a in &s.actions {
        assert!(
            counts.keys().any(|(_, id)| id == &a.id.0),
            "{} missing",
            a.name
        );
    }
    assert!(overlap(&l).is_none(), "{:?}", overlap(&l));
}

#[test]
fn the_overlap_check_finds_overlapping_labels() {
    let s = support::testikyla();
    let mut l = layout::layout(&s, &View::new(Kind::Actions, Lang::Fi, today())).unwrap();
    let first = l.pages[0]
        .items
        .iter()
        .find(|i| matches!(i.shape, Shape::Text(_)))
        .unwrap()
        .clone();
    l.pages[0].items.push(first);
    assert!(overlap(&l).is_some());
}

#[test]
fn the_page_check_finds_an_item_off_the_page() {
    let s = support::testikyla();
    let mut l = layout::layout(&s, &View::new(Kind::Actions, Lang::Fi, today())).unwrap();
    let w = l.pages[0].width;
    l.pages[0].items.push(tiekartta::layout::Item {
        shape: Shape::Line {
            x1: w - 5.0,
            y1: 10.0,
            x2: w + 5.0,
            y2: 10.0,
            stroke: tiekartta::layout::Stroke {
                color: tiekartta::layout::Color(0, 0, 0),
                width: 1.0,
                dash: None,
            },
        },
        entity: None,
    });
    assert!(outside(&l).is_some());
}

#[test]
fn a_strategy_on_a_page_is_one_page_whatever_the_seed() {
    for (name, s) in support::samples() {
        let l = layout::layout(&s, &View::new(Kind::OnePage, Lang::Fi, today())).unwrap();
        assert_eq!(l.pages.len(), 1, "{name}");
        assert!(overlap(&l).is_none(), "{name}: {:?}", overlap(&l));
        assert!(outside(&l).is_none(), "{name}: {:?}", outside(&l));
    }
}

#[test]
fn the_action_plan_of_a_long_strategy_repeats_headers_and_never_splits_a_row() {
    let s = support::large(support::Size::roadmap(400));
    let l = layout::layout(&s, &View::new(Kind::Actions, Lang::Fi, today())).unwrap();
    assert!(l.pages.len() > 5);
    let header = Lang::Fi.text("handout-col-action").to_uppercase();
    for p in &l.pages {
        let has_header = p
            .items
            .iter()
            .any(|i| matches!(&i.shape, Shape::Text(t) if t.text == header));
        assert!(has_header, "a page without the table header");
    }
    assert!(outside(&l).is_none(), "{:?}", outside(&l));
}
