//! The terminal is not a canvas for a strategy's names: `info`, `log`,
//! `merge` and `conflicts` show escape sequences and bidi overrides from
//! user data as visible escapes (`\u{1b}`), never raw.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

use std::path::Path;
use std::process::Command;

mod support;
use support::edit;

use tiekartta::model::{PlanDate, Strategy};

/// A red-text escape sequence and a right-to-left override.
const RED: &str = "\x1b[31m";
const RLO: &str = "\u{202e}";

fn run(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_tiekartta"))
        .args(args)
        .env_remove("TIEKARTTA_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.code(), text)
}

/// The characters no terminal output of user data may carry raw.
fn raw_controls(text: &str) -> Vec<String> {
    text.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || ('\u{202a}'..='\u{202e}').contains(&c)
                || ('\u{2066}'..='\u{2069}').contains(&c)
        })
        .map(|c| format!("{:?}", c))
        .collect()
}

fn hostile(tag: &str) -> String {
    format!("{RED}Punainen {tag}{RLO}txet\u{7}\u{9b}31m\u{2066}")
}

/// The small strategy with every name hostile, its action due in 2099.
fn strategy() -> Strategy {
    let mut s = support::small();
    s.town = hostile("kunta");
    s.name = hostile("strategia");
    s.themes[0].name = hostile("teema");
    s.actions[0].name = hostile("toimenpide");
    s.actions[0].due = Some(PlanDate::parse("2099-12").unwrap());
    s
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn escape_sequences_and_bidi_overrides_in_names_reach_the_terminal_only_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.tiekartta");
    let b = dir.path().join("b.tiekartta");
    let merged = dir.path().join("m.tiekartta");
    support::create_file(&a, strategy(), &hostile("tekijä"));
    std::fs::copy(&a, &b).unwrap();
    edit(&a, &hostile("Anna"), |s| s.actions[0].name = hostile("A"));
    edit(&b, &hostile("Ville"), |s| s.actions[0].name = hostile("B"));

    let mut shown = vec![];
    for args in [
        vec!["info", s(&a)],
        vec!["log", s(&a)],
        vec!["merge", s(&a), s(&b), "-o", s(&merged)],
        vec!["conflicts", s(&merged)],
        vec!["log", s(&merged)],
    ] {
        let (code, out) = run(&args);
        assert!(code.is_some(), "{args:?} ran");
        assert!(out.contains("Punainen"), "{args:?} shows the names: {out}");
        assert!(
            raw_controls(&out).is_empty(),
            "{args:?} printed {:?} raw:\n{out}",
            raw_controls(&out)
        );
        shown.push(out);
    }
    let all = shown.concat();
    assert!(
        all.contains("\\u{1b}[31m"),
        "ESC is shown as an escape: {all}"
    );
    assert!(
        all.contains("\\u{202e}"),
        "RLO is shown as an escape: {all}"
    );
    // The merge's conflict names both edits.
    assert!(shown[2].contains("Punainen A") && shown[2].contains("Punainen B"));
}
