//! Any valid strategy survives JSON → project file → JSON unchanged, and so
//! do the five sample strategies, byte for byte.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;

use proptest::prelude::*;
use tiekartta::interchange::{from_json, to_json};
use tiekartta::store::{Author, Project};

fn through_a_file(json: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.tiekartta");
    let strategy = from_json(json).unwrap();
    Project::create(strategy, &Author::new("Testi"))
        .unwrap()
        .save(&path)
        .unwrap();
    to_json(Project::open(&path).unwrap().strategy())
}

#[test]
fn every_sample_survives_a_project_file_byte_for_byte() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut n = 0;
    for entry in std::fs::read_dir(seeds).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let json = tiekartta::interchange::canonical(&std::fs::read_to_string(&path).unwrap())
                .unwrap();
            assert_eq!(through_a_file(&json), json, "{}", path.display());
            n += 1;
        }
    }
    assert!(n >= 5, "only {n} samples");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_strategy_survives_json_to_file_to_json_unchanged(s in support::any_strategy()) {
        let json = to_json(&s);
        prop_assert_eq!(through_a_file(&json), json);
    }

    #[test]
    fn any_edit_survives_a_save_and_reads_back_from_the_history(a in support::any_strategy(), b in support::any_strategy()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.tiekartta");
        let mut p = Project::create(a, &Author::new("A")).unwrap();
        p.save(&path).unwrap();
        let mut p = Project::open(&path).unwrap();
        p.apply(b.clone(), &Author::new("B")).unwrap();
        p.save(&path).unwrap();
        prop_assert_eq!(Project::open(&path).unwrap().strategy().clone(), b.clone());
        // The history alone (without the snapshot) says the same.
        let mut c = tiekartta::store::container::read(&path).unwrap();
        c.snapshot = None;
        tiekartta::store::container::write(&path, &c).unwrap();
        prop_assert_eq!(Project::open(&path).unwrap().strategy().clone(), b.clone());
    }
}
