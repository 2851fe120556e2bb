//! The sample strategies: the seeds under `seeds/`, and `testikyla`, a
//! strategy built here with every kind of dated thing (the handout tests,
//! their snapshots and benchmarks print it).

use std::path::{Path, PathBuf};

use tiekartta::model::*;

/// The seeds under `seeds/`, by file stem.
pub fn seeds() -> Vec<(String, Strategy)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "json"));
    files.sort();
    files
        .into_iter()
        .filter_map(|p| {
            let text = std::fs::read_to_string(&p).ok()?;
            let s = tiekartta::interchange::from_json(&text).ok()?;
            Some((p.file_stem()?.to_string_lossy().into_owned(), s))
        })
        .collect()
}

/// The seed `seeds/NAME.json`.
pub fn seed(name: &str) -> Strategy {
    seeds()
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, s)| s)
        .unwrap_or_else(|| panic!("no seed {name}"))
}

/// The seeds and the built sample.
pub fn samples() -> Vec<(String, Strategy)> {
    let mut v = seeds();
    v.push(("testikyla".into(), testikyla()));
    v
}

fn d(s: &str) -> PlanDate {
    PlanDate::parse(s).unwrap()
}

fn id(s: &str) -> Id {
    Id::from(s)
}

/// A four-year strategy with dated actions of every precision and status,
/// owners, phases with a theme on the surface, milestones (kick-off, council,
/// evaluations 2019/2021/2023), indicators and documents with deadlines.
pub fn testikyla() -> Strategy {
    let themes = [
        ("t1", "AALTO 1", "Talous ja arkijärki", "#1f4e79"),
        (
            "t2",
            "AALTO 2",
            "Hyvinvointimatkailun kehittäminen ja vetovoimainen elinympäristö",
            "#2a9d8f",
        ),
        ("t3", "AALTO 3", "Osallisuus", ""),
    ];
    let names = [
        "Palveluverkkosuunnitelman päivittäminen",
        "Hyvinvointimatkailun kehittäminen",
        "Rakennuskannan katselmus",
        "Tiedolla johtamisen kehittäminen",
        "Kuntalaisten hyvinvointi (ennakoiva hyvinvointityö, liikkuminen, mielen hyvinvointi, kulttuuri, työllisyys)",
        "<img src=x onerror=alert(1)> ei ole HTML:ää",
        "Åbolands samarbete",
        "Säästö- ja tehostusideat",
    ];
    let dates = [
        (Some("2018-01"), Some("2018-09")),
        (Some("2018"), Some("2019")),
        (Some("3.4.2019"), Some("30.11.2020")),
        (None, Some("2021-06")),
        (Some("2020-05"), None),
        (Some("2019"), Some("2021")),
        (Some("2021-01"), Some("2021-12")),
        (Some("2018-06"), Some("2018-12")),
    ];
    let statuses = Status::ALL;
    let mut actions = vec![];
    for (ti, (tid, ..)) in themes.iter().enumerate() {
        for k in 0..6 {
            let n = (ti * 3 + k) % names.len();
            let (a, b) = dates[(ti + k * 3) % dates.len()];
            actions.push(Action {
                id: id(&format!("a-{tid}-{k}")),
                theme: id(tid),
                name: names[n].to_owned(),
                owners: vec![id("o1"), id("o2")][..1 + k % 2].to_vec(),
                start: a.map(d),
                due: b.map(d),
                status: statuses[(ti + k) % 5],
                ..Action::default()
            });
        }
    }
    Strategy {
        id: id("testikyla"),
        town: "Testikylän kunta".into(),
        name: "Testikylän strategia 2018–2021".into(),
        period: Some(Period::parse("2018–2021").unwrap()),
        vision: "Aallonharjalla – rohkeasti yhdessä".into(),
        mission: "Hyvinvoiva ja osallistuva kuntalainen".into(),
        slogan: "Läsnä hetkessä, katse tulevassa".into(),
        values: vec![
            Value {
                id: id("v1"),
                name: "Välitämme".into(),
                meaning: "Inhimillisyys, aika, läsnäolo. Kohtaaminen.".into(),
                ..Value::default()
            },
            Value {
                id: id("v2"),
                name: "Uudistumme".into(),
                tagline: "Yhdessä oppien".into(),
                ..Value::default()
            },
        ],
        themes: themes
            .iter()
            .map(|(tid, code, name, color)| Theme {
                id: id(tid),
                code: (*code).into(),
                name: (*name).into(),
                color: (*color).into(),
                goals: vec![Goal {
                    id: id(&format!("g-{tid}")),
                    name: format!("Tavoite: {name}"),
                    ..Goal::default()
                }],
                ..Theme::default()
            })
            .collect(),
        actions,
        owners: vec![
            Owner {
                id: id("o1"),
                name: "Kaupunginhallitus".into(),
                kind: OwnerKind::Board,
                ..Owner::default()
            },
            Owner {
                id: id("o2"),
                name: "Hyvinvointipalvelut".into(),
                ..Owner::default()
            },
        ],
        phases: vec![
            Phase {
                id: id("p1"),
                name: "Arvot ensin".into(),
                start: Some(d("2018-01")),
                end: Some(d("2018-06")),
                ..Phase::default()
            },
            Phase {
                id: id("p2"),
                name: "Aalto 1 pinnalla".into(),
                start: Some(d("2018-07")),
                end: Some(d("2019-12")),
                surfaced: vec![id("t1")],
                ..Phase::default()
            },
            Phase {
                id: id("p3"),
                name: "Aalto 2 pinnalla".into(),
                start: Some(d("2020-01")),
                end: Some(d("2021-12")),
                surfaced: vec![id("t2")],
                ..Phase::default()
            },
        ],
        milestones: vec![
            Milestone {
                id: id("m0"),
                name: "Kick-off".into(),
                kinds: vec![MilestoneKind::KickOff],
                date: Some(d("2018-01")),
                ..Milestone::default()
            },
            Milestone {
                id: id("m1"),
                name: "Valtuusto hyväksyy".into(),
                kinds: vec![MilestoneKind::Council],
                date: Some(d("25.6.2018")),
                ..Milestone::default()
            },
            Milestone {
                id: id("m2"),
                name: "Arviointi".into(),
                kinds: vec![MilestoneKind::Evaluation],
                date: Some(d("2019")),
                ..Milestone::default()
            },
            Milestone {
                id: id("m3"),
                name: "Arviointi".into(),
                kinds: vec![MilestoneKind::Evaluation],
                date: Some(d("2021")),
                ..Milestone::default()
            },
            Milestone {
                id: id("m4"),
                name: "Arviointi".into(),
                kinds: vec![MilestoneKind::Evaluation],
                date: Some(d("2023")),
                ..Milestone::default()
            },
        ],
        indicators: vec![Indicator {
            id: id("i1"),
            name: "Vuosikate, €/asukas".into(),
            theme: Some(id("t1")),
            unit: "€/as.".into(),
            baseline: Some(Measurement {
                date: d("2017"),
                value: 120.5,
                note: String::new(),
            }),
            target: Some(Measurement {
                date: d("2021"),
                value: 300.0,
                note: String::new(),
            }),
            actuals: vec![
                Measurement {
                    date: d("2018"),
                    value: 180.0,
                    note: String::new(),
                },
                Measurement {
                    date: d("2019"),
                    value: 150.0,
                    note: String::new(),
                },
            ],
            ..Indicator::default()
        }],
        documents: vec![Document {
            id: id("doc1"),
            kind: DocumentKind::Plan,
            name: "Henkilöstösuunnitelma".into(),
            due: Some(d("2019-12")),
            owners: vec![id("o1")],
            ..Document::default()
        }],
        ..Strategy::default()
    }
}
