//! The `tiekartta` CLI as scripts and people use it: every command, every exit
//! code, every language, and clear one-line messages for bad input.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;
use support::cli::{said, tiekartta};
use support::seed_path;

use std::path::Path;
use std::process::Command;

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn minimal(extra: &str) -> String {
    format!(
        "{{\"format\":\"tiekartta\",\"version\":1,\"strategy\":{{\"id\":\"s\",\"town\":\"Paimio\",\"name\":\"Strategia\"{extra}}}}}"
    )
}

#[test]
fn help_speaks_finnish_by_default_and_swedish_and_english_on_request() {
    let fi = tiekartta(&["--help"]);
    assert_eq!(fi.status.code(), Some(0));
    assert!(said(&fi).contains("Komennot"), "{}", said(&fi));
    let sv = tiekartta(&["--help", "--lang", "sv"]);
    assert!(said(&sv).contains("Kommandon"), "{}", said(&sv));
    let en = tiekartta(&["check", "--help", "--lang=en"]);
    assert!(said(&en).contains("Check a project file"), "{}", said(&en));
}

#[test]
fn a_wrong_command_line_exits_2_with_a_hint() {
    let o = tiekartta(&["frobnicate"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(said(&o).contains("tiekartta --help"));
    let o = tiekartta(&["check"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_wrong_command_line_is_explained_in_the_users_language() {
    let cases: [(&[&str], &str); 6] = [
        (&["import", "--bogus"], "Tuntematon valitsin: --bogus."),
        (&["imprt"], "Tuntematon komento: imprt. Tarkoititko"),
        (&["import"], "Puuttuu: --output"),
        (
            &["pdf", "x.json", "--kind", "nope", "-o", "x.pdf"],
            "Arvo nope ei käy valitsimelle --kind",
        ),
        (&["--lang", "sv", "imprt"], "Okänt kommando: imprt."),
        (
            &["--lang=en", "import", "--bogus"],
            "Unknown option: --bogus.",
        ),
    ];
    for (args, expected) in cases {
        let o = tiekartta(args);
        let out = said(&o);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {out}");
        assert!(out.contains(expected), "{args:?}: {out}");
        assert!(!out.contains("error:"), "{args:?}: {out}");
    }
    let usage = said(&tiekartta(&["import", "--bogus"]));
    assert!(
        usage.contains("Käyttö: tiekartta import [VALITSIMET]"),
        "{usage}"
    );
}

#[test]
fn check_accepts_a_valid_file_and_exits_0() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("ok.json");
    std::fs::write(&f, minimal("")).unwrap();
    let o = tiekartta(&["check", s(&f)]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    assert!(said(&o).contains("on kunnossa"));
}

#[test]
fn check_lists_one_line_per_problem_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("bad.json");
    let json = minimal(
        ",\"themes\":[{\"id\":\"t\",\"name\":\"\"}],\"actions\":[{\"id\":\"a\",\"theme\":\"nowhere\",\"name\":\"A\",\"start\":\"2026\",\"due\":\"2025\"}]",
    );
    std::fs::write(&f, json).unwrap();
    let o = tiekartta(&["check", s(&f), "--lang", "en"]);
    assert_eq!(o.status.code(), Some(1));
    let out = said(&o);
    let problems: Vec<_> = out.lines().filter(|l| l.starts_with("Error:")).collect();
    assert_eq!(problems.len(), 3, "{out}");
    assert!(
        out.contains("the end 2025 is before the start 2026"),
        "{out}"
    );
    assert!(
        out.contains("no name") || out.contains("name is missing"),
        "{out}"
    );
    assert!(out.contains("nowhere"), "{out}");
}

#[test]
fn bad_json_inputs_each_get_a_clear_message_and_never_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let huge_name = format!(
        "{{\"format\":\"tiekartta\",\"version\":1,\"strategy\":{{\"id\":\"s\",\"town\":\"T\",\"name\":\"{}\"}}}}",
        "x".repeat(10 * 1024 * 1024)
    );
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty.json", vec![], "not valid JSON"),
        (
            "random.json",
            (0..4096u32)
                .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
                .collect(),
            "not valid JSON",
        ),
        (
            "other.json",
            b"{\"name\": \"not ours\"}".to_vec(),
            "not a Tiekartta strategy",
        ),
        (
            "newer.json",
            b"{\"format\":\"tiekartta\",\"version\":7,\"strategy\":{}}".to_vec(),
            "newer Tiekartta",
        ),
        (
            "reversed.json",
            minimal(",\"period\":{\"start\":\"2030\",\"end\":\"2027\"}").into_bytes(),
            "before the start",
        ),
        (
            "baddate.json",
            minimal(",\"period\":{\"start\":\"31.2.2027\",\"end\":\"2030\"}").into_bytes(),
            "expected shape",
        ),
        (
            "huge.json",
            huge_name.into_bytes(),
            "at most 300 are allowed",
        ),
        ("missing.json", vec![], "was not found"),
    ];
    for (name, bytes, expected) in cases {
        let f = dir.path().join(name);
        if name != "missing.json" {
            std::fs::write(&f, &bytes).unwrap();
        }
        let o = tiekartta(&["check", s(&f), "--lang", "en"]);
        let out = said(&o);
        assert_eq!(o.status.code(), Some(1), "{name}: {out}");
        assert!(
            out.contains(expected),
            "{name}: expected {expected:?} in {out}"
        );
        assert!(
            !out.contains("panicked") && !out.contains("RUST_BACKTRACE"),
            "{name}: {out}"
        );
        assert!(out.lines().count() <= 3, "{name}: too long: {out}");
    }
}

#[test]
fn export_of_a_json_file_writes_its_canonical_form() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.json");
    let output = dir.path().join("out.json");
    std::fs::write(&input, minimal("")).unwrap();
    let o = tiekartta(&["export", s(&input), "-o", s(&output)]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let written = std::fs::read_to_string(&output).unwrap();
    assert!(written.starts_with("{\n  \"format\": \"tiekartta\",\n  \"version\": 2,"));
    assert!(written.ends_with("}\n"));
}

#[test]
fn info_summarises_a_sample_in_the_chosen_language() {
    let paimio = seed_path("paimio");
    if !paimio.exists() {
        return;
    }
    let o = tiekartta(&["info", s(&paimio)]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    let out = said(&o);
    assert!(out.contains("Paimio"), "{out}");
    assert!(out.contains("2027–2030"), "{out}");
    // The town's own word for its themes, and reports counted apart.
    assert!(out.contains("aallot: 3"), "{out}");
    assert!(out.contains("raportit: "), "{out}");
    let sv = said(&tiekartta(&["info", s(&paimio), "--lang", "sv"]));
    assert!(sv.contains("teman: 3") && !sv.contains("aallot"), "{sv}");
}

#[test]
fn every_sample_survives_import_and_export_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["paimio", "kaarina", "kokkola", "nokia", "tyon-rikastajat"] {
        let project = dir.path().join(format!("{name}.tiekartta"));
        let back = dir.path().join(format!("{name}.json"));
        let o = tiekartta(&["import", s(&seed_path(name)), "-o", s(&project)]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", said(&o));
        let o = tiekartta(&["check", s(&project)]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", said(&o));
        let o = tiekartta(&["export", s(&project), "-o", s(&back)]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", said(&o));
        assert!(
            std::fs::read(seed_path(name)).unwrap() == std::fs::read(&back).unwrap(),
            "{name}: export of the import differs from the sample"
        );
    }
}

#[test]
fn import_refuses_to_overwrite_an_existing_file_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.tiekartta");
    std::fs::write(&project, b"precious").unwrap();
    let o = tiekartta(&["import", s(&seed_path("nokia")), "-o", s(&project)]);
    assert_eq!(o.status.code(), Some(1));
    assert!(said(&o).contains("on jo olemassa"), "{}", said(&o));
    assert_eq!(std::fs::read(&project).unwrap(), b"precious");
    let o = tiekartta(&[
        "import",
        s(&seed_path("nokia")),
        "-o",
        s(&project),
        "--force",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    assert_eq!(
        std::fs::read(dir.path().join("p.tiekartta.bak")).unwrap(),
        b"precious"
    );
}

#[test]
fn import_refuses_an_invalid_strategy_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("bad.json");
    let project = dir.path().join("bad.tiekartta");
    std::fs::write(
        &input,
        minimal(",\"period\":{\"start\":\"2030\",\"end\":\"2027\"}"),
    )
    .unwrap();
    let o = tiekartta(&["import", s(&input), "-o", s(&project), "--lang", "sv"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(said(&o).contains("innehåller fel"), "{}", said(&o));
    assert!(!project.exists());
}

#[test]
fn update_brings_edits_in_and_keeps_the_history() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("paimio.tiekartta");
    let edited = dir.path().join("edited.json");
    tiekartta(&[
        "import",
        s(&seed_path("paimio")),
        "-o",
        s(&project),
        "--author",
        "Anna",
    ]);
    let json = std::fs::read_to_string(seed_path("paimio")).unwrap();
    assert!(json.contains("Palveluverkon katselmus"));
    std::fs::write(
        &edited,
        json.replace(
            "Palveluverkon katselmus",
            "Palveluverkon katselmus ja -suunnitelma",
        ),
    )
    .unwrap();
    let o = tiekartta(&[
        "update",
        s(&project),
        "--from",
        s(&edited),
        "--author",
        "Bertta",
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    assert!(said(&o).contains("1 changed"), "{}", said(&o));
    let back = dir.path().join("back.json");
    tiekartta(&["export", s(&project), "-o", s(&back)]);
    assert!(
        std::fs::read_to_string(&back)
            .unwrap()
            .contains("Palveluverkon katselmus ja -suunnitelma")
    );
    let log = said(&tiekartta(&["log", s(&project)]));
    assert!(log.contains("Anna") && log.contains("Bertta"), "{log}");
}

#[test]
fn update_with_an_invalid_edit_leaves_the_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.tiekartta");
    let edited = dir.path().join("edited.json");
    tiekartta(&["import", s(&seed_path("kaarina")), "-o", s(&project)]);
    let before = std::fs::read(&project).unwrap();
    let mut json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(seed_path("kaarina")).unwrap()).unwrap();
    json["strategy"]["themes"][0]["name"] = "".into();
    std::fs::write(&edited, json.to_string()).unwrap();
    let o = tiekartta(&["update", s(&project), "--from", s(&edited)]);
    assert_eq!(o.status.code(), Some(1), "{}", said(&o));
    assert!(said(&o).contains("nimi puuttuu"), "{}", said(&o));
    assert_eq!(std::fs::read(&project).unwrap(), before);
}

/// Measured: `--today 9/2018` and `--today 2030` were refused with a
/// message that suggested exactly those forms; `info` had no `--today`.
#[test]
fn today_is_read_in_every_form_a_date_is_written_and_info_takes_it_too() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("k.pdf");
    for today in ["9/2018", "2030", "16.5.2017", "2018-09"] {
        let o = tiekartta(&[
            "pdf",
            s(&seed_path("kaarina")),
            "--kind",
            "progress",
            "--today",
            today,
            "-o",
            s(&out),
        ]);
        assert_eq!(o.status.code(), Some(0), "{today}: {}", said(&o));
    }
    // In 2017 Kaarina's plans of 9/2018 are ahead; in 2031 nothing is, and
    // the plans never marked done are late (the one rule of late).
    let early = tiekartta(&["info", s(&seed_path("kaarina")), "--today", "1/2017"]);
    assert_eq!(early.status.code(), Some(0), "{}", said(&early));
    assert!(said(&early).contains("9/2018"), "{}", said(&early));
    let late = tiekartta(&["info", s(&seed_path("kaarina")), "--today", "2031"]);
    let (late_part, upcoming_part) = said(&late)
        .split_once("Ei tulevia määräaikoja")
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .unwrap();
    assert!(!upcoming_part.contains("9/2018"), "{}", said(&late));
    assert!(
        late_part.contains("Myöhässä:\n  9/2018  Strategian jalkautus"),
        "{}",
        said(&late)
    );
    for (lang, word) in [
        ("fi", "ei ole päivämäärä"),
        ("sv", "datum"),
        ("en", "not a date"),
    ] {
        let o = tiekartta(&[
            "info",
            s(&seed_path("kaarina")),
            "--today",
            "huomenna",
            "--lang",
            lang,
        ]);
        assert_eq!(o.status.code(), Some(2), "{}", said(&o));
        assert!(said(&o).contains(word), "{lang}: {}", said(&o));
        assert!(
            said(&o).contains("9/2018"),
            "the message shows the forms: {}",
            said(&o)
        );
    }
}

/// Measured: `export -o -` wrote a file named `-`.
#[test]
fn export_to_a_dash_writes_the_json_to_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_tiekartta"))
        .args(["export", s(&seed_path("nokia")), "-o", "-"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", said(&o));
    assert_eq!(
        String::from_utf8(o.stdout).unwrap(),
        std::fs::read_to_string(seed_path("nokia")).unwrap()
    );
    assert!(!dir.path().join("-").exists());
}
