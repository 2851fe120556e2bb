//! The follow-up round's fixture: a small strategy with two owners who
//! share nothing and one shared action, a yearly report of one of them, and
//! a round sent to some of them.

use tiekartta::model::*;

/// Kierroskaupunki: one theme, the owners `sivistys` and `tekninen`, five
/// dated actions and three indicators dealt between them, and the yearly
/// report `r1` (Hyvinvointikertomus, due every December) of `sivistys`.
pub fn strategy() -> Strategy {
    let d = |s: &str| PlanDate::parse(s).unwrap();
    let action = |id: &str, owners: &[&str], status: Status| Action {
        id: id.into(),
        theme: "t1".into(),
        goal: Some("g1".into()),
        name: format!("Toimenpide {id}"),
        owners: owners.iter().map(|o| Id::from(*o)).collect(),
        start: Some(d("9/2026")),
        due: Some(d("2027")),
        status,
        status_history: vec![StatusChange {
            id: format!("{id}-h1").as_str().into(),
            date: d("1.3.2026"),
            status,
            note: "Aloitettu keväällä".into(),
            occurrence: None,
        }],
        ..Default::default()
    };
    let indicator = |id: &str, owner: &str| Indicator {
        id: id.into(),
        name: format!("Mittari {id}"),
        unit: "%".into(),
        baseline: Some(Measurement {
            date: d("2024"),
            value: 50.0,
            note: String::new(),
        }),
        target: Some(Measurement {
            date: d("2030"),
            value: 75.0,
            note: String::new(),
        }),
        actuals: vec![Measurement {
            date: d("2025"),
            value: 55.5,
            note: String::new(),
        }],
        owners: vec![owner.into()],
        ..Default::default()
    };
    Strategy {
        id: "kierroskaupunki".into(),
        town: "Kierroskaupunki".into(),
        name: "Kierroskaupungin strategia".into(),
        themes: vec![Theme {
            id: "t1".into(),
            name: "Elinvoima".into(),
            goals: vec![Goal {
                id: "g1".into(),
                name: "Työpaikat kasvavat".into(),
                description: String::new(),
            }],
            ..Default::default()
        }],
        owners: vec![
            Owner {
                id: "sivistys".into(),
                name: "Sivistysjohtaja".into(),
                kind: OwnerKind::Person,
                ..Default::default()
            },
            Owner {
                id: "tekninen".into(),
                name: "Tekninen johtaja".into(),
                kind: OwnerKind::Person,
                ..Default::default()
            },
        ],
        actions: vec![
            action("a1", &["sivistys"], Status::OnTrack),
            action("a2", &["sivistys"], Status::NotStarted),
            action("a3", &["sivistys"], Status::AtRisk),
            action("b1", &["tekninen"], Status::OnTrack),
            action("b2", &["tekninen"], Status::Late),
        ],
        indicators: vec![
            indicator("m1", "sivistys"),
            indicator("m2", "sivistys"),
            indicator("n1", "tekninen"),
        ],
        // A yearly report: the round of 15.9.2026 asks its 12/2026 occurrence.
        documents: vec![Document {
            id: "r1".into(),
            kind: DocumentKind::Report,
            name: "Hyvinvointikertomus".into(),
            owners: vec!["sivistys".into()],
            due: Some(d("12/2026")),
            period: Some(Period {
                start: d("2026"),
                end: d("2029"),
            }),
            cadence: Some(Cadence::Yearly),
            ..Default::default()
        }],
        ..Default::default()
    }
}

/// The autumn 2026 round sent to `owners`.
pub fn spec(owners: &[&str]) -> tiekartta::round::RoundSpec {
    tiekartta::round::RoundSpec {
        id: "round-syksy2026".into(),
        name: "Syksyn 2026 seuranta".into(),
        owners: owners.iter().map(|o| Id::from(*o)).collect(),
        periods: vec![PlanDate::Year(2026)],
        sent: chrono::NaiveDate::from_ymd_opt(2026, 9, 15).unwrap(),
        deadline: chrono::NaiveDate::from_ymd_opt(2026, 10, 14),
        reply_to: "strategia@kierroskaupunki.fi".into(),
        lang: tiekartta::i18n::Lang::Fi,
    }
}
