//! Handout pages as PNG: the size follows the resolution, the picture is
//! the page (its ink where the page draws, white paper elsewhere), and a
//! page that does not exist is an error, not a blank picture.

#![allow(clippy::unwrap_used)] // Tests may unwrap: a failure is a test failure.

mod support;

use chrono::NaiveDate;
use resvg::tiny_skia::Pixmap;
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, Kind, View};
use tiekartta::png::{self, PngError};

fn paimio(kind: Kind) -> tiekartta::layout::Layout {
    let s = support::seeds()
        .into_iter()
        .find(|(n, _)| n == "paimio")
        .unwrap()
        .1;
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    layout::layout(&s, &View::new(kind, Lang::Fi, today)).unwrap()
}

#[test]
fn a_page_at_a_resolution_is_its_size_in_inches_times_the_dots() {
    let l = paimio(Kind::Roadmap);
    let p = &l.pages[0];
    for dpi in [72, 150] {
        let pic = Pixmap::decode_png(&png::render(&l, 0, dpi).unwrap()).unwrap();
        let want = |pt: f32| (pt * dpi as f32 / 72.0).ceil() as u32;
        assert_eq!((pic.width(), pic.height()), (want(p.width), want(p.height)));
    }
}

#[test]
fn the_picture_is_white_paper_with_the_pages_ink_on_it() {
    for kind in [Kind::Roadmap, Kind::OnePage, Kind::Actions, Kind::Progress] {
        let l = paimio(kind);
        let pic = Pixmap::decode_png(&png::render(&l, 0, 72).unwrap()).unwrap();
        let px = pic.pixels();
        assert!(
            px.iter().all(|c| c.alpha() == 255),
            "{kind:?}: opaque paper"
        );
        let white = px
            .iter()
            .filter(|c| c.red() == 255 && c.green() == 255 && c.blue() == 255)
            .count();
        let share = white as f64 / px.len() as f64;
        assert!(
            share > 0.3 && share < 0.995,
            "{kind:?}: {share} of the page white"
        );
        // The page's top-left corner is margin: paper.
        assert_eq!(px[0].red(), 255);
    }
}

#[test]
fn a_page_the_handout_does_not_have_is_an_error() {
    let l = paimio(Kind::Roadmap);
    assert_eq!(png::render(&l, 9, 150), Err(PngError::NoPage(9)));
}

fn tiekartta(args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_tiekartta"))
        .args(args)
        .env("TIEKARTTA_LANG", "en")
        .output()
        .unwrap()
}

#[test]
fn the_cli_writes_one_png_a_page_and_one_pptx_a_handout() {
    let dir = tempfile::tempdir().unwrap();
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/paimio.json");
    let one = dir.path().join("roadmap.png");
    let out = tiekartta(&[
        "png",
        seed,
        "--kind",
        "roadmap",
        "--dpi",
        "72",
        "-o",
        &one.to_string_lossy(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pic = Pixmap::decode_png(&std::fs::read(&one).unwrap()).unwrap();
    assert_eq!(pic.width(), 1191, "A3 landscape is 1191 pt wide");
    // An A4 roadmap of four years runs to more than one page: OUT-1, OUT-2…
    let many = dir.path().join("a4.png");
    let out = tiekartta(&[
        "png",
        seed,
        "--kind",
        "roadmap",
        "--paper",
        "a4",
        "--portrait",
        "--dpi",
        "36",
        "-o",
        &many.to_string_lossy(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pages: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("a4-"))
        .collect();
    assert!(pages.contains(&"a4-1.png".to_owned()), "{pages:?}");
    let deck = dir.path().join("roadmap.pptx");
    let out = tiekartta(&[
        "pptx",
        seed,
        "--kind",
        "onepage",
        "--ratio",
        "4:3",
        "-o",
        &deck.to_string_lossy(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(&deck).unwrap();
    assert_eq!(&bytes[..2], b"PK", "a zip");
    let bad = tiekartta(&[
        "png", seed, "--kind", "roadmap", "--dpi", "5", "-o", "x.png",
    ]);
    assert!(!bad.status.success(), "5 dpi is refused");
}
