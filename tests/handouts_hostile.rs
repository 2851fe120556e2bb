//! Handouts from hostile text: names far over the limits validation sets,
//! and characters XML 1.0 forbids. Every kind still renders as PDF and SVG,
//! its files stay about the size of an ordinary handout, the SVG and the
//! PDF's XMP packet parse as XML, and the text still comes out of the PDF.
//!
//! Needs poppler-utils (`pdftotext`).

#![allow(clippy::unwrap_used)] // Tests may unwrap: a failure is a test failure.

mod support;

use std::process::Command;

use chrono::NaiveDate;
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, Kind, Layout, View};
use tiekartta::model::Strategy;
use tiekartta::pdf::{self, PdfMeta};

const KINDS: [Kind; 4] = [Kind::Roadmap, Kind::OnePage, Kind::Actions, Kind::Progress];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn meta(author: &str) -> PdfMeta {
    PdfMeta {
        author: author.into(),
        subject: "Moniste".into(),
        created: today().and_hms_opt(12, 0, 0).unwrap(),
    }
}

/// One word of `n` characters made of Finnish compound parts, so that the
/// hyphenation finds seams and syllables all along it.
fn long_word(n: usize) -> String {
    "hyvinvointimatkailunkehittäminen"
        .chars()
        .cycle()
        .take(n)
        .collect()
}

/// Each kind's PDF size and its SVG pages' total size.
fn sizes(s: &Strategy) -> Vec<(Kind, usize, usize, Layout)> {
    KINDS
        .iter()
        .map(|&kind| {
            let l = layout::layout(s, &View::new(kind, Lang::Fi, today())).unwrap();
            let pdf = pdf::render(&l, &meta(&s.town)).unwrap();
            let svg: usize = (0..l.pages.len())
                .map(|i| tiekartta::svg::render(&l, i).len())
                .sum();
            (kind, pdf.len(), svg, l)
        })
        .collect()
}

#[test]
fn an_eight_million_character_action_name_renders_every_handout_in_bounded_size() {
    let plain = support::testikyla();
    let mut huge = plain.clone();
    huge.actions[0].name = long_word(8_000_000);
    huge.actions[1].name = "Toimenpide ".repeat(800_000);
    huge.actions[2].description = long_word(8_000_000);
    let before = sizes(&plain);
    let after = sizes(&huge);
    for ((kind, pdf0, svg0, _), (_, pdf1, svg1, l)) in before.iter().zip(&after) {
        assert!(
            *pdf1 < pdf0 + 64 * 1024,
            "{kind:?}: PDF {pdf1} bytes, {pdf0} without the long names"
        );
        assert!(
            *svg1 < svg0 + 64 * 1024,
            "{kind:?}: SVG {svg1} bytes, {svg0} without the long names"
        );
        let reported: usize = l.truncated.iter().map(|t| t.text.len()).sum();
        assert!(
            reported < 256 * 1024,
            "{kind:?}: the list of shortened texts holds {reported} bytes"
        );
    }
}

#[test]
fn the_shortened_warning_quotes_a_short_prefix_of_the_text() {
    let mut s = support::testikyla();
    s.actions[0].name = long_word(2_000_000);
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("pitka.json");
    std::fs::write(&json, tiekartta::interchange::to_json(&s)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tiekartta"))
        .args(["svg", json.to_str().unwrap(), "--kind", "actions"])
        .args(["--today", "2026-11-22", "-o"])
        .arg(dir.path().join("pitka.svg"))
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("TIEKARTTA_LANG")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("hyvinvointimatkailun"), "{stderr}");
    for line in stderr.lines() {
        assert!(line.chars().count() < 200, "a long warning: {line}");
    }
}

/// Every character XML 1.0 forbids that a Rust string can hold, some of
/// them, and a few it allows that are easy to get wrong.
const FORBIDDEN: &str = "\u{0}\u{1}\u{8}\u{b}\u{c}\u{1b}\u{1f}\u{fffe}\u{ffff}";

fn hostile() -> Strategy {
    let mut s = support::testikyla();
    s.name = format!("Strategia{FORBIDDEN} <&> \u{7f}\u{85}\u{202e}loppu");
    s.town = format!("Kylä{FORBIDDEN}");
    s.themes[0].name = format!("Talous{FORBIDDEN}ja arkijärki");
    for a in &mut s.actions {
        a.name = format!("Toimen{FORBIDDEN}pide {}", a.name);
    }
    s.values[0].name = "Arvo\u{ffff}".to_string();
    s
}

fn xml_ok(kind: Kind, what: &str, text: &str) {
    if let Err(e) = roxmltree::Document::parse(text) {
        panic!("{kind:?}: the {what} is not well-formed XML: {e}");
    }
}

#[test]
fn characters_xml_forbids_in_names_leave_every_svg_well_formed() {
    let s = hostile();
    for kind in KINDS {
        let l = layout::layout(&s, &View::new(kind, Lang::Fi, today())).unwrap();
        // The names are shown (on some page: the progress report's last
        // pages hold indicators and deadlines only).
        let mut named = false;
        for i in 0..l.pages.len() {
            let svg = tiekartta::svg::render(&l, i);
            xml_ok(kind, "SVG", &svg);
            named |= svg.contains("Toimenpide");
        }
        assert!(named || kind == Kind::OnePage, "{kind:?}");
    }
    let l = layout::layout(&s, &View::screen(1200.0, Lang::Fi, today())).unwrap();
    xml_ok(Kind::Roadmap, "screen SVG", &tiekartta::svg::render(&l, 0));
}

/// The XMP packet of a PDF (the catalogue's `/Metadata` stream).
fn xmp(pdf: &[u8]) -> String {
    let doc = lopdf::Document::load_mem(pdf).unwrap();
    let root = doc.trailer.get(b"Root").unwrap().as_reference().unwrap();
    let catalog = doc.get_object(root).unwrap().as_dict().unwrap();
    let meta = catalog.get(b"Metadata").unwrap().as_reference().unwrap();
    let stream = doc.get_object(meta).unwrap().as_stream().unwrap();
    let bytes = stream
        .decompressed_content()
        .unwrap_or_else(|_| stream.content.clone());
    String::from_utf8(bytes).unwrap()
}

#[test]
fn control_characters_in_the_strategys_name_leave_the_xmp_packet_well_formed() {
    let s = hostile();
    let dir = tempfile::tempdir().unwrap();
    for kind in KINDS {
        let l = layout::layout(&s, &View::new(kind, Lang::Fi, today())).unwrap();
        let bytes = pdf::render(&l, &meta(&s.town)).unwrap();
        let packet = xmp(&bytes);
        xml_ok(kind, "XMP packet", &packet);
        assert!(packet.contains("Strategia"), "{kind:?}: {packet}");
        let path = dir.path().join("moniste.pdf");
        std::fs::write(&path, &bytes).unwrap();
        let out = Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .expect("pdftotext (poppler-utils) is needed");
        assert!(out.status.success(), "{kind:?}: pdftotext failed");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Strategia"), "{kind:?}: {text}");
        assert!(text.contains("Kylä"), "{kind:?}: {text}");
        if kind != Kind::OnePage {
            assert!(text.contains("Toimenpide"), "{kind:?}: {text}");
        }
    }
}
