//! Snapshots of the display list: a compact text dump of each handout of
//! each sample, committed under `tests/snapshots/`. A change in layout shows
//! up as a diff to review; `UPDATE_SNAPSHOTS=1 cargo test --test
//! handouts_snapshots` rewrites the files (see `tests/README.md`).

#![allow(clippy::unwrap_used)] // Tests may unwrap: a failure is a test failure.

mod support;

use std::path::PathBuf;

use chrono::NaiveDate;
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, Kind, View};

fn snapshot_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("snapshots")
}

#[test]
fn the_display_lists_of_the_samples_match_their_snapshots() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1");
    let dir = snapshot_dir();
    let mut failures = vec![];
    for (name, s) in support::samples() {
        for (kind, tag) in [
            (Kind::Roadmap, "roadmap"),
            (Kind::OnePage, "onepage"),
            (Kind::Actions, "actions"),
            (Kind::Progress, "progress"),
        ] {
            let l = layout::layout(&s, &View::new(kind, Lang::Fi, today)).unwrap();
            let dump = layout::dump(&l);
            let path = dir.join(format!("{name}-{tag}.txt"));
            if update {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &dump).unwrap();
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(old) if old == dump => {}
                Ok(old) => {
                    let line = old
                        .lines()
                        .zip(dump.lines())
                        .position(|(a, b)| a != b)
                        .unwrap_or(0);
                    failures.push(format!(
                        "{}: differs from line {}:\n  was: {}\n  now: {}",
                        path.display(),
                        line + 1,
                        old.lines().nth(line).unwrap_or(""),
                        dump.lines().nth(line).unwrap_or("")
                    ));
                }
                Err(_) => failures.push(format!("{}: no snapshot yet", path.display())),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{}\n\nReview, then refresh with UPDATE_SNAPSHOTS=1 cargo test --test handouts_snapshots",
        failures.join("\n")
    );
}

#[test]
fn the_dump_names_every_item_with_its_entity() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let s = support::testikyla();
    let l = layout::layout(&s, &View::new(Kind::Roadmap, Lang::Fi, today)).unwrap();
    let dump = layout::dump(&l);
    assert!(dump.contains("[action a-t1-0]"));
    assert!(dump.contains("[milestone m1]"));
    assert!(dump.contains("scale 2018-01-01..2021-12-31"));
}
