//! `tiekartta draft` and `tiekartta new` as scripts use them: exit codes,
//! what was not understood on standard error in the user's language, and
//! output that `tiekartta check` passes.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;
use support::cli::tiekartta;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Output;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/draft")
        .join(name)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn a_drafted_source_document_passes_check_and_its_misses_are_listed_by_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("paimio.json");
    let o = tiekartta(&["draft", s(&fixture("paimio.txt")), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert!(
        err(&o).contains("Rivi 23: ei ymmärretty: SYVENNETTYNÄ"),
        "{}",
        err(&o)
    );
    let c = tiekartta(&["check", s(&out)]);
    assert_eq!(c.status.code(), Some(0), "{}", err(&c));
    let en = tiekartta(&[
        "draft",
        s(&fixture("paimio.txt")),
        "-o",
        s(&out),
        "--lang",
        "en",
    ]);
    assert!(
        err(&en).contains("Line 23: not understood: SYVENNETTYNÄ"),
        "{}",
        err(&en)
    );
    let sv = tiekartta(&[
        "draft",
        s(&fixture("paimio.txt")),
        "-o",
        s(&out),
        "--lang",
        "sv",
    ]);
    assert!(
        err(&sv).contains("Rad 23: inte förstådd: SYVENNETTYNÄ"),
        "{}",
        err(&sv)
    );
}

#[test]
fn draft_to_standard_output_writes_only_the_json_there() {
    let o = tiekartta(&["draft", s(&fixture("lumijarvi.md")), "-o", "-"]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let json = String::from_utf8(o.stdout).unwrap();
    let strategy = tiekartta::interchange::from_json(&json).unwrap();
    assert_eq!(strategy.themes.len(), 3);
    assert!(!Path::new("-").exists(), "no file named -");
}

/// A minimal Word document: a heading style, list paragraphs and plain ones.
fn docx(paragraphs: &[(&str, &str)]) -> Vec<u8> {
    let mut body = String::new();
    for (style, text) in paragraphs {
        let props = match *style {
            "" => String::new(),
            "list" => {
                "<w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
                    .into()
            }
            st => format!("<w:pPr><w:pStyle w:val=\"{st}\"/></w:pPr>"),
        };
        body.push_str(&format!("<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>"));
    }
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>"
    );
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default();
    zip.start_file("[Content_Types].xml", opts).unwrap();
    zip.write_all(b"<Types/>").unwrap();
    zip.start_file("word/document.xml", opts).unwrap();
    zip.write_all(xml.as_bytes()).unwrap();
    zip.finish().unwrap();
    buf.into_inner()
}

#[test]
fn a_word_document_is_drafted_from_its_paragraphs_and_headings() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("strategia.docx");
    std::fs::write(
        &input,
        docx(&[
            ("Heading1", "Järvelän strategia 2025–2029"),
            ("Heading2", "Arvot"),
            ("Heading3", "Rohkeus"),
            ("", "Kokeilemme uutta."),
            ("Heading2", "Kärjet"),
            ("Heading3", "Elinvoima"),
            ("Heading4", "Toimenpiteet"),
            ("list", "Yrittäjäaamiaiset (vastuu: elinvoimajohtaja, 2026)"),
        ]),
    )
    .unwrap();
    let out = dir.path().join("jarvela.json");
    let o = tiekartta(&["draft", s(&input), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    let st = tiekartta::interchange::from_json(&std::fs::read_to_string(&out).unwrap()).unwrap();
    assert_eq!(st.values[0].name, "Rohkeus");
    assert_eq!(st.themes[0].name, "Elinvoima");
    assert_eq!(st.actions[0].name, "Yrittäjäaamiaiset");
    assert_eq!(st.actions[0].due.unwrap().to_finnish(), "2026");
    assert_eq!(tiekartta(&["check", s(&out)]).status.code(), Some(0));
}

#[test]
fn a_file_that_is_not_a_word_document_is_refused_with_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("vale.docx");
    std::fs::write(&input, "tämä ei ole zip").unwrap();
    let o = tiekartta(&["draft", s(&input), "-o", s(&dir.path().join("x.json"))]);
    assert_eq!(o.status.code(), Some(1));
    assert!(err(&o).contains("ei ole Word-asiakirja"), "{}", err(&o));
}

#[test]
fn new_makes_a_blank_valid_strategy_for_the_council_term() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("lumi.tiekartta");
    let o = tiekartta(&[
        "new",
        "--town",
        "Lumijärvi",
        "--years",
        "2025-2029",
        "--theme-word",
        "helmi",
        "-o",
        s(&out),
    ]);
    assert_eq!(o.status.code(), Some(0), "{}", err(&o));
    assert_eq!(tiekartta(&["check", s(&out)]).status.code(), Some(0));
    let json = dir.path().join("lumi.json");
    assert_eq!(
        tiekartta(&["export", s(&out), "-o", s(&json)])
            .status
            .code(),
        Some(0)
    );
    let st = tiekartta::interchange::from_json(&std::fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(st.town, "Lumijärvi");
    assert_eq!(st.period.unwrap().to_finnish(), "2025–2029");
    assert_eq!(
        (
            st.theme_label.singular.as_str(),
            st.theme_label.plural.as_str()
        ),
        ("helmi", "helmet")
    );
    // Not over an existing file without --force.
    let again = tiekartta(&["new", "--town", "X", "--years", "2025-2029", "-o", s(&out)]);
    assert_eq!(again.status.code(), Some(1));
}

#[test]
fn new_with_years_it_cannot_read_is_a_usage_error_in_the_users_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.tiekartta");
    let o = tiekartta(&[
        "new",
        "--town",
        "X",
        "--years",
        "pian",
        "-o",
        s(&out),
        "--lang",
        "en",
    ]);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        err(&o).contains("The years pian could not be read"),
        "{}",
        err(&o)
    );
    assert!(!out.exists());
    let missing = tiekartta(&["new", "--years", "2025-2029", "-o", s(&out)]);
    assert_eq!(missing.status.code(), Some(2));
}
