//! Random strategies for property tests (proptest): dates of every
//! precision, short texts with Finnish letters and control characters, and
//! whole strategies with unique ids and references between their parts.

use proptest::collection::vec;
use proptest::prelude::*;
use tiekartta::model::{
    Action, Bullet, Cadence, Direction, Document, DocumentKind, Event, EventKind, Goal, Id,
    Indicator, Item, Measurement, Milestone, MilestoneKind, Owner, OwnerKind, Period, Phase,
    PlanDate, Status, StatusChange, Strategy as StrategyModel, TargetRule, Theme, ThemeLabel,
    Value,
};

/// A date of any precision.
pub fn any_date() -> impl proptest::strategy::Strategy<Value = PlanDate> {
    prop_oneof![
        (1990i32..2100).prop_map(PlanDate::Year),
        (1990i32..2100, 1u32..=12).prop_map(|(year, month)| PlanDate::Month { year, month }),
        (1990i32..2100, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| PlanDate::day(y, m, d).unwrap_or(PlanDate::Year(y))),
    ]
}

/// Short text with Finnish letters, punctuation and line breaks.
pub fn text() -> impl proptest::strategy::Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-ZäöåÄÖÅ0-9 ,.!?–\"-]{0,24}",
        1 => "[a-zäö \n]{0,60}",
        1 => "\\PC{0,12}",
    ]
}

fn opt<T: std::fmt::Debug + Clone + 'static>(
    s: impl proptest::strategy::Strategy<Value = T> + 'static,
) -> impl proptest::strategy::Strategy<Value = Option<T>> {
    prop_oneof![1 => Just(None), 2 => s.prop_map(Some)]
}

fn ids(prefix: &'static str, n: usize) -> Vec<Id> {
    (0..n).map(|i| Id(format!("{prefix}{i}"))).collect()
}

fn pick(from: &[Id], seed: usize) -> Option<Id> {
    if from.is_empty() {
        None
    } else {
        Some(from[seed % from.len()].clone())
    }
}

fn picks(from: &[Id], seeds: &[usize]) -> Vec<Id> {
    let mut out: Vec<Id> = seeds.iter().filter_map(|s| pick(from, *s)).collect();
    out.dedup();
    out
}

fn item(prefix: &'static str) -> impl proptest::strategy::Strategy<Value = Vec<Item>> {
    vec((text(), text()), 0..3).prop_map(move |v| {
        v.into_iter()
            .enumerate()
            .map(|(i, (name, description))| Item {
                id: Id(format!("{prefix}{i}")),
                name,
                description,
            })
            .collect()
    })
}

fn measurement() -> impl proptest::strategy::Strategy<Value = Measurement> {
    (any_date(), -1.0e6f64..1.0e6, text()).prop_map(|(date, value, note)| Measurement {
        date,
        value,
        note,
    })
}

fn status() -> impl proptest::strategy::Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

/// Any strategy with unique ids and references between its parts.
pub fn any_strategy() -> impl proptest::strategy::Strategy<Value = StrategyModel> {
    let head = (
        text(),
        text(),
        opt((any_date(), any_date())),
        text(),
        text(),
        text(),
        text(),
        opt(any_date()),
        text(),
    );
    let counts = (0usize..4, 0usize..8, 0usize..4, 0usize..3, 0usize..3);
    (head, counts, vec(any::<usize>(), 40), item("sp"), item("f"))
        .prop_flat_map(
            |(head, (nt, na, no, np, ni), seeds, starting_points, foundation)| {
                let themes = vec(
                    (
                        text(),
                        text(),
                        text(),
                        vec((text(), text()), 0..3),
                        item("sf"),
                        text(),
                    ),
                    nt,
                );
                let values = vec(
                    (
                        text(),
                        text(),
                        text(),
                        vec((text(), vec(text(), 0..3)), 0..3),
                    ),
                    0..3,
                );
                let actions = vec(
                    (
                        text(),
                        text(),
                        opt(any_date()),
                        opt(any_date()),
                        status(),
                        vec((any_date(), status(), text()), 0..3),
                    ),
                    na,
                );
                let owners = vec(
                    (
                        text(),
                        prop::sample::select(vec![
                            OwnerKind::Person,
                            OwnerKind::Unit,
                            OwnerKind::Board,
                            OwnerKind::Organisation,
                            OwnerKind::Role,
                        ]),
                        text(),
                    ),
                    no,
                );
                let phases = vec((text(), text(), opt(any_date()), opt(any_date())), np);
                let indicators = vec(
                    (
                        text(),
                        text(),
                        opt(measurement()),
                        opt(measurement()),
                        vec(measurement(), 0..4),
                    ),
                    ni,
                );
                let rest = (
                    vec(
                        (
                            text(),
                            opt(any_date()),
                            text(),
                            opt(prop::sample::select(vec![Cadence::Once, Cadence::Yearly])),
                        ),
                        0..3,
                    ),
                    vec(
                        (text(), opt(any_date()), text(), item("tp"), any::<bool>()),
                        0..3,
                    ),
                    vec((text(), text(), opt(any_date())), 0..3),
                );
                (
                    Just((head, seeds, starting_points, foundation)),
                    themes,
                    values,
                    actions,
                    owners,
                    phases,
                    indicators,
                    rest,
                )
            },
        )
        .prop_map(
            |(
                (head, seeds, starting_points, foundation),
                themes,
                values,
                actions,
                owners,
                phases,
                indicators,
                rest,
            )| {
                let (
                    name,
                    town,
                    period,
                    vision,
                    mission,
                    slogan,
                    description,
                    change_by,
                    governance,
                ) = head;
                let theme_ids = ids("t", themes.len());
                let owner_ids = ids("o", owners.len());
                let phase_ids = ids("p", phases.len());
                let s = |i: usize| seeds[i % seeds.len()];
                let themes: Vec<Theme> = themes
                    .into_iter()
                    .enumerate()
                    .map(
                        |(
                            i,
                            (name, tagline, description, goals, success_factors, change_shows),
                        )| Theme {
                            id: theme_ids[i].clone(),
                            name,
                            code: format!("{}", i + 1),
                            tagline,
                            description,
                            color: if i % 2 == 0 {
                                "#12ab9f".into()
                            } else {
                                String::new()
                            },
                            goals: goals
                                .into_iter()
                                .enumerate()
                                .map(|(g, (name, description))| Goal {
                                    id: Id(format!("g{i}-{g}")),
                                    name,
                                    description,
                                })
                                .collect(),
                            success_factors: success_factors
                                .into_iter()
                                .map(|mut f| {
                                    f.id = Id(format!("{}-{i}", f.id));
                                    f
                                })
                                .collect(),
                            change_shows,
                        },
                    )
                    .collect();
                let values = values
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, tagline, meaning, points))| Value {
                        id: Id(format!("v{i}")),
                        name,
                        tagline,
                        meaning,
                        points: points
                            .into_iter()
                            .enumerate()
                            .map(|(b, (text, children))| Bullet {
                                id: Id(format!("b{i}-{b}")),
                                text,
                                children: children
                                    .into_iter()
                                    .enumerate()
                                    .map(|(c, text)| Bullet {
                                        id: Id(format!("b{i}-{b}-{c}")),
                                        text,
                                        children: vec![],
                                    })
                                    .collect(),
                            })
                            .collect(),
                    })
                    .collect();
                let actions = actions
                    .into_iter()
                    .enumerate()
                    .map(
                        |(i, (name, description, start, due, status, history))| Action {
                            id: Id(format!("a{i}")),
                            theme: pick(&theme_ids, s(i)).unwrap_or_else(|| Id("t-none".into())),
                            goal: None,
                            name,
                            description,
                            owners: picks(&owner_ids, &[s(i + 1), s(i + 2)]),
                            start,
                            due,
                            status,
                            status_history: history
                                .into_iter()
                                .enumerate()
                                .map(|(h, (date, status, note))| StatusChange {
                                    id: Id(format!("h{i}-{h}")),
                                    date,
                                    status,
                                    note,
                                    occurrence: None,
                                })
                                .collect(),
                            phases: picks(&phase_ids, &[s(i + 3)]),
                            cadence: None,
                        },
                    )
                    .collect();
                let owners = owners
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, kind, role))| Owner {
                        id: owner_ids[i].clone(),
                        name,
                        kind,
                        role,
                        organisation: None,
                    })
                    .collect();
                let phases = phases
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, description, start, end))| Phase {
                        id: phase_ids[i].clone(),
                        name,
                        description,
                        start,
                        end,
                        surfaced: picks(&theme_ids, &[s(i + 5)]),
                    })
                    .collect();
                let indicators = indicators
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, unit, baseline, target, actuals))| Indicator {
                        id: Id(format!("i{i}")),
                        name,
                        theme: pick(&theme_ids, s(i + 7)),
                        goal: None,
                        unit,
                        direction: Direction::Decrease,
                        baseline,
                        target,
                        // Every third a rate a year, every third a threshold.
                        target_rule: match i % 3 {
                            0 => None,
                            1 => Some(TargetRule::RatePerYear { percent: 1.5 }),
                            _ => Some(TargetRule::AtLeastFrom {
                                value: 100.0,
                                from: PlanDate::Year(2028),
                            }),
                        },
                        actuals,
                        owners: picks(&owner_ids, &[s(i + 8)]),
                        source: String::new(),
                    })
                    .collect();
                let (documents, events, milestones) = rest;
                let documents = documents
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, due, description, cadence))| Document {
                        id: Id(format!("d{i}")),
                        kind: DocumentKind::Programme,
                        name,
                        description,
                        owners: picks(&owner_ids, &[s(i + 9)]),
                        due,
                        period: None,
                        cadence,
                        status: None,
                        status_history: vec![],
                        themes: picks(&theme_ids, &[s(i + 10), s(i + 11)]),
                        parent: None,
                    })
                    .collect();
                let events = events
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, date, place, topics, preparation))| Event {
                        id: Id(format!("e{i}")),
                        name,
                        kind: EventKind::Workshop,
                        date,
                        end: None,
                        place,
                        description: String::new(),
                        topics: topics
                            .into_iter()
                            .map(|mut t| {
                                t.id = Id(format!("{}-{i}", t.id));
                                t
                            })
                            .collect(),
                        participants: picks(&owner_ids, &[s(i + 12)]),
                        preparation,
                    })
                    .collect();
                let milestones = milestones
                    .into_iter()
                    .enumerate()
                    .map(|(i, (name, description, date))| Milestone {
                        id: Id(format!("m{i}")),
                        name,
                        // Every other of two kinds.
                        kinds: if i % 2 == 0 {
                            vec![MilestoneKind::Evaluation]
                        } else {
                            vec![MilestoneKind::Council, MilestoneKind::Evaluation]
                        },
                        date,
                        description,
                        phase: pick(&phase_ids, s(i + 13)),
                        owners: vec![],
                        cadence: None,
                        // Every third followed up as something to deliver.
                        status: (i % 3 == 1).then_some(Status::OnTrack),
                        status_history: vec![],
                    })
                    .collect();
                StrategyModel {
                    id: Id("s".into()),
                    town,
                    name,
                    period: period.map(|(a, b)| {
                        if a <= b {
                            Period { start: a, end: b }
                        } else {
                            Period { start: b, end: a }
                        }
                    }),
                    vision,
                    vision_year: Some(PlanDate::Year(2030)),
                    mission,
                    slogan,
                    description,
                    theme_label: ThemeLabel {
                        singular: "aalto".into(),
                        plural: "aallot".into(),
                    },
                    starting_points,
                    values_label: String::new(),
                    values,
                    themes,
                    foundation,
                    change_by,
                    governance,
                    actions,
                    owners,
                    documents,
                    phases,
                    milestones,
                    indicators,
                    events,
                }
            },
        )
}
