//! The one generator of large strategies: `testikyla`'s frame (its period,
//! values, phases, milestones and document) with as many themes, actions,
//! owners and indicators as a [`Size`] asks for — the long roadmap of the
//! handout tests and benches, and the benchmark strategy. The same
//! every time: the handout tests depend on `Size::roadmap(n)` not changing.

use tiekartta::model::{
    Action, Goal, Id, Indicator, Measurement, Owner, OwnerKind, PlanDate, Status, Strategy, Theme,
};

use super::samples::testikyla;

/// How large a generated strategy is.
#[derive(Clone, Copy, Debug)]
pub struct Size {
    /// Themes `t0`, `t1`… (at least one).
    pub themes: usize,
    /// Goals of each theme.
    pub goals: usize,
    /// Actions `a0`, `a1`…, dated by month over four years, round the themes.
    pub actions: usize,
    /// Whether each action has a sentence of description.
    pub descriptions: bool,
    /// Owners the actions and indicators are dealt round (`o1`, `o2`…; the
    /// list keeps at least `testikyla`'s two).
    pub owners: usize,
    /// Indicators `i0`, `i1`…, round the themes.
    pub indicators: usize,
    /// Monthly actuals of each indicator.
    pub actuals: usize,
}

impl Size {
    /// The benchmark: 50 themes of 3 goals, 5 000 described actions
    /// of 40 owners, 500 indicators with 20 actuals each.
    pub const BENCHMARK: Size = Size {
        themes: 50,
        goals: 3,
        actions: 5000,
        descriptions: true,
        owners: 40,
        indicators: 500,
        actuals: 20,
    };

    /// A long roadmap: `n` actions in six themes, all of the board, no
    /// indicators.
    pub const fn roadmap(n: usize) -> Size {
        Size {
            themes: 6,
            goals: 0,
            actions: n,
            descriptions: false,
            owners: 1,
            indicators: 0,
            actuals: 0,
        }
    }
}

/// A strategy of `size`, the same every time.
pub fn large(size: Size) -> Strategy {
    let themes = size.themes.max(1);
    let theme = |i: usize| Id(format!("t{}", i % themes));
    let owner = |i: usize| Id(format!("o{}", 1 + i % size.owners.max(1)));
    let mut s = testikyla();
    s.themes = (0..themes)
        .map(|i| Theme {
            id: theme(i),
            name: format!("Teema {i}: kehittäminen"),
            goals: (0..size.goals)
                .map(|g| Goal {
                    id: Id(format!("g{i}-{g}")),
                    name: format!("Tavoite {g}"),
                    ..Goal::default()
                })
                .collect(),
            ..Theme::default()
        })
        .collect();
    let theme_ids: Vec<Id> = s.themes.iter().map(|t| t.id.clone()).collect();
    for p in &mut s.phases {
        p.surfaced.retain(|t| theme_ids.contains(t));
    }
    let first_new = s.owners.len() + 1;
    s.owners.extend((first_new..=size.owners).map(|k| Owner {
        id: Id(format!("o{k}")),
        name: format!("Toimiala {k}"),
        kind: OwnerKind::Unit,
        ..Owner::default()
    }));
    s.actions = (0..size.actions)
        .map(|i| {
            let y = 2018 + (i % 4) as i32;
            let m = 1 + (i * 7 % 12) as u32;
            Action {
                id: Id(format!("a{i}")),
                theme: theme(i),
                name: format!("Toimenpide {i}: palveluverkon katselmus"),
                description: if size.descriptions {
                    format!(
                        "Toimenpiteen {i} kuvaus: mitä tehdään, kuka tekee ja miksi se on tärkeää."
                    )
                } else {
                    String::new()
                },
                owners: vec![owner(i)],
                start: Some(PlanDate::Month { year: y, month: m }),
                due: Some(PlanDate::Month {
                    year: y,
                    month: m.max(1 + (i % 12) as u32),
                }),
                status: Status::ALL[i % 5],
                ..Action::default()
            }
        })
        .collect();
    s.indicators = (0..size.indicators)
        .map(|i| Indicator {
            id: Id(format!("i{i}")),
            name: format!("Mittari {i}"),
            theme: Some(theme(i)),
            unit: "%".into(),
            baseline: Some(Measurement {
                date: PlanDate::Year(2017),
                value: 50.0,
                note: String::new(),
            }),
            target: Some(Measurement {
                date: PlanDate::Year(2021),
                value: 75.0,
                note: String::new(),
            }),
            actuals: (0..size.actuals)
                .map(|a| Measurement {
                    date: PlanDate::Month {
                        year: 2018 + (a / 12) as i32,
                        month: 1 + (a % 12) as u32,
                    },
                    value: 50.0 + a as f64 * 0.5 + (i % 7) as f64,
                    note: String::new(),
                })
                .collect(),
            owners: vec![owner(i)],
            ..Indicator::default()
        })
        .collect();
    s
}

/// The benchmark strategy: `large(Size::BENCHMARK)`.
pub fn benchmark_strategy() -> Strategy {
    large(Size::BENCHMARK)
}
