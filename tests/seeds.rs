//! The five sample strategies in `seeds/` are valid, canonical, and survive
//! the project file unchanged.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;
use support::seed_path;

use tiekartta::interchange::{from_json, to_json};
use tiekartta::validate::{Severity, validate};

/// The samples the product ships, one per source document.
const SEEDS: [&str; 5] = ["paimio", "kaarina", "kokkola", "nokia", "tyon-rikastajat"];

fn present_seeds() -> Vec<(&'static str, String)> {
    SEEDS
        .iter()
        .filter_map(|n| std::fs::read_to_string(seed_path(n)).ok().map(|t| (*n, t)))
        .collect()
}

#[test]
fn every_sample_is_present() {
    let missing: Vec<_> = SEEDS.iter().filter(|n| !seed_path(n).exists()).collect();
    assert!(missing.is_empty(), "missing samples: {missing:?}");
}

#[test]
fn every_sample_is_a_valid_strategy() {
    for (name, text) in present_seeds() {
        let s = from_json(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        let errors: Vec<_> = validate(&s)
            .into_iter()
            .filter(|p| p.severity == Severity::Error)
            .map(|p| p.to_line(tiekartta::i18n::Lang::En))
            .collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn every_sample_is_in_canonical_form() {
    for (name, text) in present_seeds() {
        let s = from_json(&text).unwrap();
        assert!(
            to_json(&s) == text,
            "{name}.json is not canonical: run `cargo run -- export seeds/{name}.json -o seeds/{name}.json`"
        );
    }
}

#[test]
fn every_sample_has_themes_and_finnish_text() {
    for (name, text) in present_seeds() {
        let s = from_json(&text).unwrap();
        assert!(!s.themes.is_empty(), "{name} has no themes");
        assert!(
            text.contains('ä') || text.contains('ö'),
            "{name} has no Finnish letters"
        );
    }
}
