//! A save killed with SIGKILL at any moment leaves the old file or the new
//! one, never a torn one.
//!
//! The test runs itself as a child process (the ignored `saver_child` test,
//! started with an environment variable) that saves a large project over
//! and over, each time with a new slogan; the parent kills it at a random
//! moment and opens what is left.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;
use support::Size;

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::Duration;

use tiekartta::store::{Author, Project};

const DIR_VAR: &str = "TIEKARTTA_TEST_SAVER_DIR";

#[test]
#[ignore = "run by a_save_killed_at_any_moment_leaves_the_old_or_the_new_file"]
fn saver_child() {
    let Ok(dir) = std::env::var(DIR_VAR) else {
        return;
    };
    let path = PathBuf::from(dir).join("p.tiekartta");
    let mut p = Project::open(&path).unwrap();
    for i in 0.. {
        let mut s = p.strategy().clone();
        s.slogan = format!("tallennus {i}");
        s.actions[i % 100].name = format!("muutettu {i}");
        p.apply(s, &Author::new("Tallentaja")).unwrap();
        p.save(&path).unwrap();
    }
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.tiekartta");
    let mut s = support::large(Size {
        themes: 10,
        actions: 400,
        indicators: 20,
        actuals: 10,
        ..Size::BENCHMARK
    });
    s.slogan = "alku".into();
    support::create_file(&path, s, "Testi");
    let me = std::env::current_exe().unwrap();
    let mut seen = std::collections::BTreeSet::new();
    for round in 0..10u64 {
        let mut child = Command::new(&me)
            .args(["--exact", "saver_child", "--ignored", "--test-threads=1"])
            .env(DIR_VAR, dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Different moments each round, from mid-open to many saves in.
        std::thread::sleep(Duration::from_millis(100 + (round * 173) % 1300));
        child.kill().unwrap();
        child.wait().unwrap();
        let p = Project::open(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        let slogan = p.strategy().slogan.clone();
        assert!(
            slogan == "alku" || slogan.starts_with("tallennus "),
            "round {round}: {slogan}"
        );
        assert_eq!(p.strategy().actions.len(), 400);
        seen.insert(slogan);
        // The previous version is kept beside it, whole.
        let bak = tiekartta::store::container::backup_path(&path);
        if bak.exists() {
            Project::open(&bak).unwrap_or_else(|e| panic!("round {round}: backup: {e}"));
        }
    }
    assert!(seen.len() > 1, "no save finished in any round: {seen:?}");
}

#[test]
fn the_next_save_removes_the_stale_temporary_files_of_that_project_only() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.tiekartta");
    let mut p = support::create_file(
        &path,
        support::large(Size {
            themes: 2,
            actions: 5,
            indicators: 2,
            actuals: 2,
            ..Size::BENCHMARK
        }),
        "Testi",
    );
    let hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    let make = |name: &str, old: bool| {
        let f = std::fs::File::create(dir.path().join(name)).unwrap();
        if old {
            f.set_modified(hour_ago).unwrap();
        }
    };
    // Left by saves killed half-way (an hour ago).
    make(".p.tiekartta.4242-1764000000000000000.tmp", true);
    make(".p.tiekartta.7-1.tmp", true);
    // Not ours, or not a temporary file of this project: kept.
    let kept = [
        ".q.tiekartta.4242-1764000000000000000.tmp",
        ".p.tiekartta.4242-1764000000000000000.tmp.txt",
        "p.tiekartta.4242-1.tmp",
        ".p.tiekartta.muistiinpano.tmp",
    ];
    for k in kept {
        make(k, true);
    }
    // Possibly a save still under way in another window: kept.
    make(".p.tiekartta.99-2.tmp", false);
    p.save(&path).unwrap();
    let mut left: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    let mut expected: Vec<String> = kept.iter().map(|s| (*s).to_owned()).collect();
    expected.extend([".p.tiekartta.99-2.tmp", "p.tiekartta", "p.tiekartta.bak"].map(String::from));
    expected.sort();
    assert_eq!(left, expected);
    Project::open(&path).unwrap();
}
