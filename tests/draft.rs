//! The draft importer on the five source documents (the share of each
//! matching sample's themes, goals, values and actions it recovers, printed)
//! and on outlines in other layouts (Markdown headings, a flat numbered
//! list as pasted from PowerPoint).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

use std::collections::BTreeSet;
use std::path::PathBuf;

use tiekartta::draft::{Draft, draft};
use tiekartta::interchange::{from_json, to_json};
use tiekartta::model::Strategy;
use tiekartta::validate::{Severity, validate};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/draft")
        .join(name)
}

fn sample(name: &str) -> Strategy {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("seeds/{name}.json"));
    from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn norm(s: &str) -> String {
    s.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn names(list: impl Iterator<Item = String>) -> BTreeSet<String> {
    list.map(|n| norm(&n)).collect()
}

fn themes(s: &Strategy) -> BTreeSet<String> {
    names(s.themes.iter().map(|t| t.name.clone()))
}
fn goals(s: &Strategy) -> BTreeSet<String> {
    names(
        s.themes
            .iter()
            .flat_map(|t| t.goals.iter().map(|g| g.name.clone())),
    )
}
fn values(s: &Strategy) -> BTreeSet<String> {
    names(s.values.iter().map(|v| v.name.clone()))
}
fn actions(s: &Strategy) -> BTreeSet<String> {
    names(s.actions.iter().map(|a| a.name.clone()))
}

/// The share of `want` found in `got`, or `None` when the sample has none.
fn share(want: &BTreeSet<String>, got: &BTreeSet<String>) -> Option<f64> {
    (!want.is_empty()).then(|| want.intersection(got).count() as f64 / want.len() as f64)
}

/// Every line either placed or not understood, once; the draft valid and
/// its JSON read back the same.
fn assert_sound(d: &Draft, text: &str) {
    let mut seen: Vec<usize> = d
        .placed
        .iter()
        .map(|p| p.line.number)
        .chain(d.not_understood.iter().map(|l| l.number))
        .collect();
    seen.sort();
    let want: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.replace(['\u{a0}', '\u{ad}'], "").trim().is_empty())
        .map(|(k, _)| k + 1)
        .collect();
    assert_eq!(seen, want, "every non-blank line is accounted for once");
    let errors: Vec<_> = validate(&d.strategy)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(from_json(&to_json(&d.strategy)).unwrap(), d.strategy);
}

struct Recovery {
    themes: Option<f64>,
    goals: Option<f64>,
    values: Option<f64>,
    actions: Option<f64>,
}

fn recover(file: &str, seed: &str) -> Recovery {
    let text = std::fs::read_to_string(fixture(file)).unwrap();
    let d = draft(&text);
    assert_sound(&d, &text);
    let (s, want) = (&d.strategy, sample(seed));
    let r = Recovery {
        themes: share(&themes(&want), &themes(s)),
        goals: share(&goals(&want), &goals(s)),
        values: share(&values(&want), &values(s)),
        actions: share(&actions(&want), &actions(s)),
    };
    let pct = |x: Option<f64>| x.map_or("–".to_owned(), |x| format!("{:.0} %", 100.0 * x));
    println!(
        "{file:<22} themes {:>5}  goals {:>5}  values {:>5}  actions {:>5}  | lines placed {}, not understood {}",
        pct(r.themes),
        pct(r.goals),
        pct(r.values),
        pct(r.actions),
        d.placed.len(),
        d.not_understood.len()
    );
    r
}

#[test]
fn the_draft_recovers_the_samples_from_the_source_documents() {
    let mut short = Vec::new();
    let mut floor = |x: Option<f64>, min: f64, what: &str| {
        if let Some(x) = x
            && x < min
        {
            short.push(format!("{what}: {:.0} % < {:.0} %", 100.0 * x, 100.0 * min));
        }
    };
    for (file, seed) in [
        ("nokia.txt", "nokia"),
        ("kaarina.txt", "kaarina"),
        ("kokkola.txt", "kokkola"),
        ("paimio.txt", "paimio"),
    ] {
        let r = recover(file, seed);
        floor(r.themes, 0.9, &format!("{file} themes"));
        floor(r.values, 0.9, &format!("{file} values"));
        floor(r.goals, 0.9, &format!("{file} goals"));
        floor(r.actions, 0.9, &format!("{file} actions"));
    }
    // The network's document has no theme structure: print what it recovers.
    recover("tyon-rikastajat.txt", "tyon-rikastajat");
    assert!(short.is_empty(), "{short:#?}");
}

/// `DRAFT_DUMP=paimio.txt cargo test --test draft dump -- --nocapture`
/// shows what each line became.
#[test]
fn dump_of_a_draft_on_request() {
    let Ok(file) = std::env::var("DRAFT_DUMP") else {
        return;
    };
    let text = std::fs::read_to_string(fixture(&file)).unwrap();
    let d = draft(&text);
    for p in &d.placed {
        println!(
            "{:>4} {:<60} {:?}",
            p.line.number,
            p.line.text.chars().take(60).collect::<String>(),
            p.became
        );
    }
    for l in &d.not_understood {
        println!("{:>4} ?? {}", l.number, l.text);
    }
    println!("{}", to_json(&d.strategy));
}

fn outline(file: &str) -> Draft {
    let text = std::fs::read_to_string(fixture(file)).unwrap();
    let d = draft(&text);
    assert_sound(&d, &text);
    println!(
        "{file:<22} themes {}, goals {}, values {}, actions {} | not understood {}",
        d.strategy.themes.len(),
        d.strategy.goal_count(),
        d.strategy.values.len(),
        d.strategy.actions.len(),
        d.not_understood.len()
    );
    d
}

#[test]
fn a_markdown_outline_reads_its_headings_as_the_structure() {
    let d = outline("lumijarvi.md");
    let s = &d.strategy;
    assert_eq!(s.name, "Lumijärven kuntastrategia 2025–2029");
    assert_eq!(s.period.unwrap().to_finnish(), "2025–2029");
    assert!(
        s.vision.starts_with("Lumijärvi on elinvoimainen"),
        "{}",
        s.vision
    );
    assert_eq!(
        s.mission,
        "Tuotamme sujuvat palvelut yhdessä asukkaiden kanssa."
    );
    assert_eq!(s.theme_label.singular, "kärki");
    let v: Vec<&str> = s.values.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(v, ["Rohkeus", "Reiluus", "Yhdessä tekeminen"]);
    assert_eq!(
        s.values[0].meaning,
        "Uskallamme kokeilla uutta ja oppia virheistä."
    );
    assert_eq!(s.values[0].points.len(), 2);
    assert_eq!(
        s.values[0].points[0].children[0].text,
        "pienet kokeilut ennen isoja päätöksiä"
    );
    let t: Vec<(&str, &str)> = s
        .themes
        .iter()
        .map(|t| (t.code.as_str(), t.name.as_str()))
        .collect();
    assert_eq!(
        t,
        [
            ("1", "Elinvoimainen Lumijärvi"),
            ("2", "Hyvinvoiva asukas"),
            ("3", "Kestävä talous")
        ]
    );
    assert_eq!(s.themes[0].success_factors.len(), 2);
    assert_eq!(s.goal_count(), 3);
    assert_eq!(s.actions.len(), 6);
    let a = &s.actions[0];
    assert_eq!(a.name, "Yrittäjäaamiaiset neljännesvuosittain");
    assert_eq!(a.start.unwrap().to_finnish(), "2025");
    assert_eq!(a.due.unwrap().to_finnish(), "2029");
    assert_eq!(s.owner(&a.owners[0]).unwrap().name, "Elinvoimajohtaja");
    assert_eq!(s.actions[1].due.unwrap().to_finnish(), "6/2026");
    assert_eq!(s.actions[1].name, "Yritystonttien kaavoitus");
    assert_eq!(s.actions[2].theme, s.themes[1].id);
    assert_eq!(s.actions[0].goal.as_ref(), Some(&s.themes[0].goals[0].id));
    assert!(d.not_understood.is_empty(), "{:?}", d.not_understood);
}

#[test]
fn a_flat_numbered_outline_as_pasted_from_powerpoint_gives_the_same_shape() {
    let d = outline("pohjoisranta.txt");
    let s = &d.strategy;
    assert_eq!(s.period.unwrap().to_finnish(), "2026–2029");
    assert_eq!(s.vision, "Pohjoisranta – meren ja metsän kaupunki");
    assert_eq!(s.mission, "Hyvää elämää jokaiselle pohjoisrantalaiselle");
    let v: Vec<(&str, &str)> = s
        .values
        .iter()
        .map(|v| (v.name.as_str(), v.meaning.as_str()))
        .collect();
    assert_eq!(
        v,
        [
            ("Luottamus", "pidämme lupauksemme"),
            ("Avoimuus", "kerromme asioista ajoissa"),
            ("Vastuullisuus", "kannamme vastuun tulevista sukupolvista")
        ]
    );
    let t: Vec<&str> = s.themes.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(
        t,
        [
            "Vetovoimainen kaupunki",
            "Osaava yhteisö",
            "Kestävä ympäristö"
        ]
    );
    assert_eq!(s.themes[0].success_factors.len(), 2);
    assert_eq!(s.goal_count(), 3);
    assert_eq!(s.actions.len(), 5);
    let kesatyo = &s.actions[3];
    assert_eq!(kesatyo.name, "Kesätyöseteli nuorille");
    assert_eq!(
        s.owner(&kesatyo.owners[0]).unwrap().name,
        "Sivistyslautakunta"
    );
    assert_eq!(s.actions[2].due.unwrap().to_finnish(), "1/2027");
    assert!(d.not_understood.is_empty(), "{:?}", d.not_understood);
}

#[test]
fn a_line_the_draft_cannot_place_is_listed_with_its_number() {
    let d = draft("Visio: Meren kaupunki\n\nLorem ipsum\n");
    assert_eq!(d.strategy.vision, "Meren kaupunki");
    assert_eq!(d.not_understood.len(), 1);
    assert_eq!(d.not_understood[0].number, 3);
    assert_eq!(d.not_understood[0].text, "Lorem ipsum");
}
