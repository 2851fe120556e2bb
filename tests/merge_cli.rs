//! The merge commands of the `tiekartta` CLI on real files: `merge`,
//! `conflicts`, `resolve` and `log`, their exit codes and languages.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

use std::path::{Path, PathBuf};
use std::process::Command;

mod support;
use support::edit;

use tiekartta::model::{Action, Strategy};
use tiekartta::store::Project;

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tiekartta"));
    c.env_remove("TIEKARTTA_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    c
}

fn run(args: &[&str]) -> (u8, String, String) {
    let out = bin().args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1) as u8,
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The merge tests' origin, its value's meaning the two paragraphs these
/// tests rewrite.
fn origin() -> Strategy {
    let mut s = support::origin();
    s.values[0].meaning =
        "Teemme työtä yhdessä asukkaiden kanssa.\n\nKuuntelemme ja otamme mukaan.".into();
    s
}

fn copies(dir: &Path, n: usize) -> Vec<PathBuf> {
    support::copies(dir, &origin(), n)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn three_copies_merge_with_a_summary_and_exit_zero_without_conflicts() {
    let dir = tempfile::tempdir().unwrap();
    let c = copies(dir.path(), 3);
    edit(&c[0], "Anna", |s| {
        s.actions[0].name = "Yrityspalvelut yhdestä paikasta".into()
    });
    edit(&c[1], "Ville", |s| {
        s.themes[1].name = "Hyvinvoiva Kaarina".into()
    });
    edit(&c[2], "Sari", |s| {
        s.actions.push(Action {
            id: "a3".into(),
            theme: "t1".into(),
            name: "Matkailu".into(),
            ..Default::default()
        })
    });
    let before: Vec<Vec<u8>> = c.iter().map(|p| std::fs::read(p).unwrap()).collect();
    let out = dir.path().join("yhdessa.tiekartta");
    let (code, stdout, stderr) = run(&[
        "merge",
        s(&c[0]),
        s(&c[1]),
        s(&c[2]),
        "-o",
        s(&out),
        "--lang",
        "en",
    ]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert!(
        stdout.contains("Anna") && stdout.contains("Ville") && stdout.contains("Sari"),
        "{stdout}"
    );
    assert!(stdout.contains("No conflicts"), "{stdout}");
    let merged = Project::open(&out).unwrap();
    assert_eq!(merged.strategy().actions.len(), 3);
    assert_eq!(merged.strategy().themes[1].name, "Hyvinvoiva Kaarina");
    let after: Vec<Vec<u8>> = c.iter().map(|p| std::fs::read(p).unwrap()).collect();
    assert_eq!(before, after, "the inputs were modified");
}

#[test]
fn delete_versus_edit_exits_three_lists_the_conflict_and_resolves() {
    let dir = tempfile::tempdir().unwrap();
    let c = copies(dir.path(), 2);
    edit(&c[0], "Anna", |s| {
        s.actions.retain(|a| a.id.as_str() != "a2")
    });
    edit(&c[1], "Ville", |s| {
        s.actions[1].name = "Liikuntapaikat kuntoon".into()
    });
    let out = dir.path().join("m.tiekartta");
    let (code, stdout, _) = run(&["merge", s(&c[0]), s(&c[1]), "-o", s(&out), "--lang", "fi"]);
    assert_eq!(code, 3, "{stdout}");
    assert!(
        stdout.contains("actions/a2") && stdout.contains("poistettiin"),
        "{stdout}"
    );
    let (code, listed, _) = run(&["conflicts", s(&out), "--lang", "sv"]);
    assert_eq!(code, 3);
    assert!(
        listed.contains("actions/a2") && listed.contains("Anna") && listed.contains("Ville"),
        "{listed}"
    );
    assert!(
        listed.contains("[keep]") && listed.contains("[delete]"),
        "{listed}"
    );
    let (code, said, err) = run(&[
        "resolve",
        s(&out),
        "actions/a2",
        "--take",
        "delete",
        "--author",
        "Johtaja",
    ]);
    assert_eq!(code, 0, "{said}{err}");
    assert_eq!(Project::open(&out).unwrap().strategy().actions.len(), 1);
    let (code, _, _) = run(&["conflicts", s(&out)]);
    assert_eq!(code, 0);
    let (_, log, _) = run(&["log", s(&out), "--lang", "en"]);
    assert!(log.contains("Johtaja resolved a conflict"), "{log}");
    assert!(
        log.contains("Anna edited") && log.contains("deleted"),
        "{log}"
    );
}

#[test]
fn concurrent_edits_to_two_paragraphs_of_one_value_meaning_merge_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let c = copies(dir.path(), 2);
    edit(&c[0], "Anna", |s| {
        s.values[0].meaning = s.values[0]
            .meaning
            .replace("yhdessä", "yhdessä ja avoimesti")
    });
    edit(&c[1], "Ville", |s| {
        s.values[0].meaning = s.values[0]
            .meaning
            .replace("Kuuntelemme", "Kuuntelemme aidosti")
    });
    let out = dir.path().join("m.tiekartta");
    let (code, stdout, _) = run(&["merge", s(&c[0]), s(&c[1]), "-o", s(&out)]);
    assert_eq!(code, 0, "{stdout}");
    assert_eq!(
        Project::open(&out).unwrap().strategy().values[0].meaning,
        "Teemme työtä yhdessä ja avoimesti asukkaiden kanssa.\n\nKuuntelemme aidosti ja otamme mukaan."
    );
}

#[test]
fn a_field_set_differently_can_be_resolved_by_value_id() {
    let dir = tempfile::tempdir().unwrap();
    let c = copies(dir.path(), 2);
    edit(&c[0], "Anna", |s| s.actions[0].name = "Annan".into());
    edit(&c[1], "Ville", |s| s.actions[0].name = "Villen".into());
    let out = dir.path().join("m.tiekartta");
    assert_eq!(run(&["merge", s(&c[0]), s(&c[1]), "-o", s(&out)]).0, 3);
    let p = Project::open(&out).unwrap();
    let k = &p.conflicts()[0];
    let villen = k
        .values
        .iter()
        .find(|v| v.value == "Villen")
        .unwrap()
        .id
        .clone();
    let (code, _, _) = run(&["resolve", s(&out), "actions/a1/name", "--take", &villen]);
    assert_eq!(code, 0);
    assert_eq!(
        Project::open(&out).unwrap().strategy().actions[0].name,
        "Villen"
    );
    // An unknown conflict or value is a clear error, exit 1.
    let (code, _, err) = run(&[
        "resolve",
        s(&out),
        "actions/a1/name",
        "--take",
        "9",
        "--lang",
        "en",
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("no conflict"), "{err}");
}

#[test]
fn files_with_no_common_origin_are_refused_and_the_output_is_not_made() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.tiekartta");
    let b = dir.path().join("b.tiekartta");
    support::create_file(&a, origin(), "A");
    support::create_file(&b, origin(), "B");
    let out = dir.path().join("m.tiekartta");
    let (code, _, err) = run(&["merge", s(&a), s(&b), "-o", s(&out), "--lang", "en"]);
    assert_eq!(code, 1);
    assert!(
        err.contains("no common origin") && err.contains("import"),
        "{err}"
    );
    assert!(!out.exists());
}

#[test]
fn the_output_may_not_be_one_of_the_copies() {
    let dir = tempfile::tempdir().unwrap();
    let c = copies(dir.path(), 2);
    let before = std::fs::read(&c[0]).unwrap();
    let (code, out, _) = run(&["merge", s(&c[0]), s(&c[1]), "-o", s(&c[0])]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(std::fs::read(&c[0]).unwrap(), before);
}

#[test]
fn help_of_the_merge_commands_speaks_the_chosen_language() {
    let (_, fi, _) = run(&["merge", "--help", "--lang", "fi"]);
    let (_, en, _) = run(&["merge", "--help", "--lang", "en"]);
    assert!(fi.contains("Yhdistä"), "{fi}");
    assert!(en.contains("Merge copies"), "{en}");
    for cmd in ["conflicts", "resolve", "log"] {
        let (code, sv, _) = run(&[cmd, "--help", "--lang", "sv"]);
        assert_eq!(code, 0);
        assert!(sv.contains("Projektfilen"), "{cmd}: {sv}");
    }
}

#[test]
fn overlapping_edits_of_one_value_meaning_are_a_text_conflict_resolved_by_value_id() {
    let dir = tempfile::tempdir().unwrap();
    let c = copies(dir.path(), 2);
    edit(&c[0], "Anna", |s| {
        s.values[0].meaning = s.values[0].meaning.replace("asukkaiden", "yrittäjien")
    });
    edit(&c[1], "Ville", |s| {
        s.values[0].meaning = s.values[0].meaning.replace("asukkaiden", "järjestöjen")
    });
    let out = dir.path().join("m.tiekartta");
    let (code, stdout, stderr) = run(&["merge", s(&c[0]), s(&c[1]), "-o", s(&out), "--lang", "en"]);
    assert_eq!(code, 3, "{stdout}{stderr}");
    assert!(
        stdout.contains("values/v1/meaning") && stdout.contains("overlapping"),
        "{stdout}"
    );
    // Both whole texts with their authors, not characters mixed together.
    let (code, listed, _) = run(&["conflicts", s(&out), "--lang", "fi"]);
    assert_eq!(code, 3);
    assert!(
        listed.contains("Teemme työtä yhdessä yrittäjien kanssa.")
            && listed.contains("Teemme työtä yhdessä järjestöjen kanssa.")
            && listed.contains("Anna")
            && listed.contains("Ville"),
        "{listed}"
    );
    let merged = Project::open(&out).unwrap();
    let k = &merged.conflicts()[0];
    let ville = k.values.iter().find(|v| v.authors == ["Ville"]).unwrap();
    let (code, said, err) = run(&[
        "resolve",
        s(&out),
        "values/v1/meaning",
        "--take",
        &ville.id,
        "--author",
        "Johtaja",
    ]);
    assert_eq!(code, 0, "{said}{err}");
    let resolved = Project::open(&out).unwrap();
    assert!(resolved.conflicts().is_empty());
    assert_eq!(
        resolved.strategy().values[0].meaning,
        "Teemme työtä yhdessä järjestöjen kanssa.\n\nKuuntelemme ja otamme mukaan."
    );
}

#[test]
fn the_conflicts_command_shows_long_values_whole_where_the_merge_summary_cuts_them() {
    let dir = tempfile::tempdir().unwrap();
    let c = copies(dir.path(), 2);
    let long = |who: &str| format!("{who}: {}", "Pitkä perustelu valtuustolle. ".repeat(12));
    let (anna, ville) = (long("Anna"), long("Ville"));
    edit(&c[0], "Anna", |s| s.slogan = anna.clone());
    edit(&c[1], "Ville", |s| s.slogan = ville.clone());
    let out = dir.path().join("m.tiekartta");
    let (code, summary, _) = run(&["merge", s(&c[0]), s(&c[1]), "-o", s(&out)]);
    assert_eq!(code, 3, "{summary}");
    assert!(
        !summary.contains(&anna) && summary.contains('…'),
        "{summary}"
    );
    let (code, listed, _) = run(&["conflicts", s(&out)]);
    assert_eq!(code, 3);
    assert!(
        listed.contains(&anna) && listed.contains(&ville),
        "{listed}"
    );
}
