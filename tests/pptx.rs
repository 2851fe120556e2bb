//! The handouts as PowerPoint: every sample and kind makes a zip of
//! well-formed PresentationML, one slide per page, each slide native shapes
//! and never a picture, every action bar a shape with its own text, the
//! roadmap's lanes groups; the council deck's strategy on a page and
//! roadmap laid out for the slide, filling 90 % of its width or height in
//! 16:9 and 4:3 (printed); and a real presentation program (LibreOffice
//! Impress, headless) opens the roadmap and prints every theme and action.
//!
//! Needs `soffice` (Debian `libreoffice-impress`) and poppler-utils.

#![allow(clippy::unwrap_used)] // Tests may unwrap: a failure is a test failure.

mod support;

use std::collections::BTreeMap;
use std::io::Read;
use std::process::Command;

use chrono::NaiveDate;
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, EntityKind, Kind, Layout, Shape, View};
use tiekartta::model::Strategy;
use tiekartta::pptx::{self, Ratio};

const KINDS: [Kind; 4] = [Kind::Roadmap, Kind::OnePage, Kind::Actions, Kind::Progress];
const P: &str = "http://schemas.openxmlformats.org/presentationml/2006/main";
const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn lay_out(s: &Strategy, kind: Kind) -> Layout {
    layout::layout(s, &View::new(kind, Lang::Fi, today())).unwrap()
}

/// Every part of the package by name, as text.
fn parts(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut z = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = BTreeMap::new();
    for i in 0..z.len() {
        let mut f = z.by_index(i).unwrap();
        let mut text = String::new();
        f.read_to_string(&mut text).unwrap();
        out.insert(f.name().unwrap().into_owned(), text);
    }
    out
}

fn slide(parts: &BTreeMap<String, String>, k: usize) -> &str {
    &parts[&format!("ppt/slides/slide{k}.xml")]
}

/// The text of a shape: its runs, one after another.
fn text_of(node: roxmltree::Node) -> String {
    node.descendants()
        .filter(|n| n.has_tag_name((A, "t")))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ")
}

fn name_of(sp: roxmltree::Node) -> String {
    sp.descendants()
        .find(|n| n.has_tag_name((P, "cNvPr")))
        .and_then(|n| n.attribute("name"))
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn every_sample_and_kind_is_a_zip_of_well_formed_parts_with_native_shapes_on_every_slide() {
    for (name, s) in support::samples() {
        for kind in KINDS {
            let l = lay_out(&s, kind);
            for ratio in [Ratio::Wide, Ratio::Standard] {
                let p = parts(&pptx::render(&l, ratio).unwrap());
                for needed in [
                    "[Content_Types].xml",
                    "_rels/.rels",
                    "ppt/presentation.xml",
                    "ppt/_rels/presentation.xml.rels",
                    "ppt/slideMasters/slideMaster1.xml",
                    "ppt/slideLayouts/slideLayout1.xml",
                    "ppt/notesMasters/notesMaster1.xml",
                    "ppt/theme/theme1.xml",
                ] {
                    assert!(p.contains_key(needed), "{name} {kind:?}: {needed} missing");
                }
                for (part, text) in &p {
                    roxmltree::Document::parse(text)
                        .unwrap_or_else(|e| panic!("{name} {kind:?} {part}: {e}"));
                }
                let slides = p
                    .keys()
                    .filter(|k| k.starts_with("ppt/slides/slide"))
                    .count();
                assert_eq!(slides, l.pages.len(), "{name} {kind:?}: one slide a page");
                let (cx, cy) = ratio.size();
                for k in 1..=slides {
                    let doc = roxmltree::Document::parse(slide(&p, k)).unwrap();
                    let shapes = doc
                        .descendants()
                        .filter(|n| n.has_tag_name((P, "sp")))
                        .count();
                    let pictures = doc
                        .descendants()
                        .filter(|n| n.has_tag_name((P, "pic")))
                        .count();
                    assert_eq!(pictures, 0, "{name} {kind:?} slide {k} has a picture");
                    // A box holding its label is one shape for two items.
                    let holding = doc
                        .descendants()
                        .filter(|n| n.has_tag_name((P, "sp")))
                        .filter(|sp| {
                            sp.descendants().any(|n| n.has_tag_name((P, "txBody")))
                                && !sp.descendants().any(|n| n.attribute("txBox") == Some("1"))
                        })
                        .count();
                    let items = l.pages[k - 1].items.len();
                    assert_eq!(
                        shapes + holding,
                        items,
                        "{name} {kind:?} slide {k}: one shape an item"
                    );
                    // Every shape lies on the slide.
                    for off in doc.descendants().filter(|n| n.has_tag_name((A, "off"))) {
                        let x: i64 = off.attribute("x").unwrap().parse().unwrap();
                        let y: i64 = off.attribute("y").unwrap().parse().unwrap();
                        assert!(
                            (-12_700..=cx).contains(&x) && (-12_700..=cy).contains(&y),
                            "{name} {kind:?} slide {k}: a shape at {x},{y} is off the slide"
                        );
                    }
                    let notes = &p[&format!("ppt/notesSlides/notesSlide{k}.xml")];
                    assert!(notes.contains(&tiekartta::xml::escape(&l.title)));
                }
            }
        }
    }
}

#[test]
fn every_action_bar_of_the_roadmap_is_a_shape_with_its_own_text() {
    for (name, s) in support::seeds() {
        let l = lay_out(&s, Kind::Roadmap);
        let p = parts(&pptx::render(&l, Ratio::Wide).unwrap());
        for (i, page) in l.pages.iter().enumerate() {
            let doc = roxmltree::Document::parse(slide(&p, i + 1)).unwrap();
            let texts: BTreeMap<String, Vec<String>> = doc
                .descendants()
                .filter(|n| n.has_tag_name((P, "sp")))
                .fold(BTreeMap::new(), |mut m, sp| {
                    m.entry(name_of(sp)).or_default().push(text_of(sp));
                    m
                });
            for item in &page.items {
                let (Shape::Rect { .. }, Some(e)) = (&item.shape, &item.entity) else {
                    continue;
                };
                if e.kind != EntityKind::Action {
                    continue;
                }
                let label = page
                    .items
                    .iter()
                    .find_map(|it| match (&it.shape, &it.entity) {
                        (Shape::Text(run), Some(x)) if x == e => Some(run.text.clone()),
                        _ => None,
                    });
                let Some(label) = label else { continue };
                let own = texts.get(&format!("action {}", e.id.as_str())).unwrap();
                assert!(
                    own.iter().any(|t| t == &label),
                    "{name}: the bar of {} has no shape with its text {label:?}: {own:?}",
                    e.id.as_str()
                );
            }
        }
    }
}

#[test]
fn every_text_names_noto_sans_with_a_sans_serif_stand_in_for_machines_without_it() {
    let s = support::seeds().remove(0).1;
    let p = parts(&pptx::render(&lay_out(&s, Kind::Roadmap), Ratio::Wide).unwrap());
    let doc = roxmltree::Document::parse(slide(&p, 1)).unwrap();
    const A: &str = "http://schemas.openxmlformats.org/drawingml/2006/main";
    let fonts: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name((A, "latin")))
        .collect();
    assert!(!fonts.is_empty());
    for f in fonts {
        assert_eq!(f.attribute("typeface"), Some("Noto Sans"));
        // PowerPoint substitutes by PANOSE and pitch family: a Swiss sans.
        assert_eq!(f.attribute("pitchFamily"), Some("34"));
        assert_eq!(f.attribute("panose"), Some("020B0502040504020204"));
    }
}

#[test]
fn the_lanes_of_the_roadmap_are_groups_one_per_theme() {
    for (name, s) in support::seeds() {
        let l = lay_out(&s, Kind::Roadmap);
        let p = parts(&pptx::render(&l, Ratio::Wide).unwrap());
        for (i, page) in l.pages.iter().enumerate() {
            let doc = roxmltree::Document::parse(slide(&p, i + 1)).unwrap();
            let groups: Vec<String> = doc
                .descendants()
                .filter(|n| n.has_tag_name((P, "grpSp")))
                .map(|g| name_of(g))
                .collect();
            let lanes: Vec<String> = page
                .time_scale
                .as_ref()
                .unwrap()
                .lanes
                .iter()
                .map(|l| format!("theme {}", l.theme.as_str()))
                .collect();
            assert_eq!(groups, lanes, "{name} page {i}");
        }
    }
}

#[test]
fn the_speaker_notes_name_the_themes_and_actions_the_slide_shows() {
    let s = support::seeds()
        .into_iter()
        .find(|(n, _)| n == "paimio")
        .unwrap()
        .1;
    let l = lay_out(&s, Kind::Roadmap);
    let p = parts(&pptx::render(&l, Ratio::Wide).unwrap());
    let notes = &p["ppt/notesSlides/notesSlide1.xml"];
    assert!(notes.contains("Teemat: "), "{notes}");
    assert!(notes.contains("Toimenpiteet: "));
    assert!(notes.contains("Noto Sans"));
    for item in &l.pages[0].items {
        if let (Shape::Text(run), Some(_)) = (&item.shape, &item.entity) {
            assert!(
                notes.contains(&tiekartta::xml::escape(&run.text)),
                "{} is not in the notes",
                run.text
            );
        }
    }
}

#[test]
fn a_slide_of_four_by_three_keeps_the_page_aspect() {
    let (_, s) = support::seeds().into_iter().next().unwrap();
    let l = lay_out(&s, Kind::Roadmap);
    let p = parts(&pptx::render(&l, Ratio::Standard).unwrap());
    assert!(p["ppt/presentation.xml"].contains("<p:sldSz cx=\"9144000\" cy=\"6858000\"/>"));
    let wide = parts(&pptx::render(&l, Ratio::Wide).unwrap());
    assert!(wide["ppt/presentation.xml"].contains("<p:sldSz cx=\"12192000\" cy=\"6858000\"/>"));
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} is needed (scripts/setup.sh installs it): {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '‐' | '\u{ad}' | '…'))
        .collect()
}

#[test]
fn libreoffice_impress_prints_every_theme_and_action_of_the_paimio_roadmap() {
    let s = support::seeds()
        .into_iter()
        .find(|(n, _)| n == "paimio")
        .unwrap()
        .1;
    let l = lay_out(&s, Kind::Roadmap);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("paimio.pptx");
    std::fs::write(&file, pptx::render(&l, Ratio::Wide).unwrap()).unwrap();
    let profile = format!("-env:UserInstallation=file://{}/lo", dir.path().display());
    let out = dir.path().to_string_lossy().into_owned();
    run(
        "soffice",
        &[
            "--headless",
            &profile,
            "--convert-to",
            "pdf",
            "--outdir",
            &out,
            &file.to_string_lossy(),
        ],
    );
    let pdf = dir.path().join("paimio.pdf");
    let text = squeeze(&run("pdftotext", &[&pdf.to_string_lossy(), "-"]));
    let cut: Vec<&str> = l.truncated.iter().map(|t| t.text.as_str()).collect();
    let drawn = |kind: EntityKind, id: &str| {
        l.pages.iter().flat_map(|p| &p.items).any(|it| {
            matches!(it.shape, Shape::Text(_))
                && it
                    .entity
                    .as_ref()
                    .is_some_and(|e| e.kind == kind && e.id.as_str() == id)
        })
    };
    let mut names = vec![];
    for t in &s.themes {
        if drawn(EntityKind::Theme, t.id.as_str()) {
            names.push(t.name.clone());
        }
    }
    for a in &s.actions {
        if drawn(EntityKind::Action, a.id.as_str()) {
            names.push(a.name.clone());
        }
    }
    assert!(names.len() > 10, "the roadmap shows themes and actions");
    for n in names.iter().filter(|n| !cut.contains(&n.as_str())) {
        assert!(text.contains(&squeeze(n)), "{n} is not in Impress's PDF");
    }
    let (mean, far) = compare_with_print(&l, dir.path(), &pdf);
    println!("Impress's slide against the printed PDF: mean {mean:.2}, far {far:.4}");
    assert!(
        mean < MEAN && far < FAR,
        "the slide does not look like the print: mean {mean:.2}, far {far:.4}"
    );
}

/// How far Impress's slide may differ from Tiekartta's print: the mean
/// difference per channel (0–255) and the share of pixels off by more than
/// a quarter of the range (the two programs place glyphs a pixel apart).
const MEAN: f64 = 4.0;
const FAR: f64 = 0.02;

fn read_ppm(path: &std::path::Path) -> (u32, u32, Vec<u8>) {
    let bytes = std::fs::read(path).unwrap();
    let mut fields = vec![];
    let mut i = 0;
    while fields.len() < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..i]).into_owned());
    }
    assert_eq!(fields[0], "P6");
    let (w, h): (u32, u32) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, bytes[i + 1..].to_vec())
}

/// Tiekartta's own PDF of page 1 and the page's part of Impress's slide,
/// rasterised to the same pixels; (mean difference, share far off).
fn compare_with_print(l: &Layout, dir: &std::path::Path, slides: &std::path::Path) -> (f64, f64) {
    let meta = tiekartta::pdf::PdfMeta {
        author: "Testi".into(),
        subject: "Moniste".into(),
        created: today().and_hms_opt(12, 0, 0).unwrap(),
    };
    let own = dir.join("own.pdf");
    std::fs::write(&own, tiekartta::pdf::render(l, &meta).unwrap()).unwrap();
    let dpi = 36.0_f64;
    let prefix = dir.join("own");
    run(
        "pdftoppm",
        &[
            "-r",
            "36",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            &own.to_string_lossy(),
            &prefix.to_string_lossy(),
        ],
    );
    let (w, h, printed) = read_ppm(&dir.join("own.ppm"));
    // The page lies scaled and centred in the 13.333 × 7.5 in slide.
    let (pw, ph) = (
        f64::from(l.pages[0].width) / 72.0,
        f64::from(l.pages[0].height) / 72.0,
    );
    let scale = (13.333_f64 / pw).min(7.5 / ph);
    let r = dpi / scale;
    let (ox, oy) = (
        (13.333 - pw * scale) / 2.0 * r,
        (7.5 - ph * scale) / 2.0 * r,
    );
    let prefix = dir.join("slide");
    run(
        "pdftoppm",
        &[
            "-r",
            &format!("{r:.4}"),
            "-f",
            "1",
            "-l",
            "1",
            "-x",
            &format!("{}", ox.round() as i64),
            "-y",
            &format!("{}", oy.round() as i64),
            "-W",
            &w.to_string(),
            "-H",
            &h.to_string(),
            "-singlefile",
            &slides.to_string_lossy(),
            &prefix.to_string_lossy(),
        ],
    );
    let (sw, sh, shown) = read_ppm(&dir.join("slide.ppm"));
    assert_eq!((sw, sh), (w, h));
    let mut sum = 0u64;
    let mut far = 0u64;
    for (p, q) in printed.chunks(3).zip(shown.chunks(3)) {
        let d: Vec<u64> = p
            .iter()
            .zip(q)
            .map(|(a, b)| (i64::from(*a) - i64::from(*b)).unsigned_abs())
            .collect();
        sum += d.iter().sum::<u64>();
        if d.iter().any(|v| *v > 64) {
            far += 1;
        }
    }
    let n = f64::from(w * h);
    (sum as f64 / (n * 3.0), far as f64 / n)
}

/// The box the shapes of a slide cover, its footer (the last three shapes:
/// a rule and two texts) left out, as (x0, y0, x1, y1) in EMU.
fn content_box(xml: &str) -> (i64, i64, i64, i64) {
    let doc = roxmltree::Document::parse(xml).unwrap();
    let tree = doc
        .descendants()
        .find(|n| n.has_tag_name((P, "spTree")))
        .unwrap();
    let shapes: Vec<_> = tree
        .children()
        .filter(|n| {
            n.has_tag_name((P, "sp"))
                || n.has_tag_name((P, "grpSp"))
                || n.has_tag_name((P, "cxnSp"))
        })
        .collect();
    let body = &shapes[..shapes.len().saturating_sub(3)];
    let num = |n: roxmltree::Node, a: &str| n.attribute(a).unwrap().parse::<i64>().unwrap();
    let mut b = (i64::MAX, i64::MAX, i64::MIN, i64::MIN);
    for sp in body {
        let Some(xfrm) = sp.descendants().find(|n| n.has_tag_name((A, "xfrm"))) else {
            continue;
        };
        let off = xfrm
            .children()
            .find(|n| n.has_tag_name((A, "off")))
            .unwrap();
        let ext = xfrm
            .children()
            .find(|n| n.has_tag_name((A, "ext")))
            .unwrap();
        let (x, y) = (num(off, "x"), num(off, "y"));
        b = (
            b.0.min(x),
            b.1.min(y),
            b.2.max(x + num(ext, "cx")),
            b.3.max(y + num(ext, "cy")),
        );
    }
    b
}

#[test]
fn the_decks_strategy_on_a_page_and_roadmap_fill_their_slides_in_both_shapes() {
    let mut low = vec![];
    for (name, s) in support::samples() {
        for ratio in [Ratio::Wide, Ratio::Standard] {
            // 16:9 as the app asks for it (no sheet), 4:3 as the CLI does.
            let view = View {
                sheet: (ratio == Ratio::Standard).then(|| ratio.points()),
                ..View::new(Kind::Deck, Lang::Fi, today())
            };
            let l = layout::layout(&s, &view).unwrap();
            let p = parts(&pptx::render(&l, ratio).unwrap());
            let (cx, cy) = ratio.size();
            // The strategy on a page is the second slide, the roadmap's
            // first the third.
            for (what, k) in [("on a page", 2), ("roadmap", 3)] {
                let (x0, y0, x1, y1) = content_box(slide(&p, k));
                let (w, h) = ((x1 - x0) as f64 / cx as f64, (y1 - y0) as f64 / cy as f64);
                println!(
                    "{name:16} {ratio:?} {what:9}: {:.0} % of the width, {:.0} % of the height",
                    w * 100.0,
                    h * 100.0
                );
                if w.max(h) < 0.90 {
                    low.push(format!("{name} {ratio:?} {what}: {w:.2} × {h:.2}"));
                }
            }
            assert!(
                l.pages[2].time_scale.is_some(),
                "{name}: the third slide is the roadmap"
            );
        }
    }
    assert!(low.is_empty(), "under 90 %: {low:?}");
}

#[test]
fn the_cli_lays_a_four_by_three_deck_out_on_four_by_three_slides() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("deck.pptx");
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/paimio.json");
    let done = Command::new(env!("CARGO_BIN_EXE_tiekartta"))
        .args(["pptx", seed, "--kind", "deck", "--ratio", "4:3", "--today"])
        .args(["22.11.2026", "-o", &out.to_string_lossy()])
        .output()
        .unwrap();
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let p = parts(&std::fs::read(&out).unwrap());
    let (cx, _) = Ratio::Standard.size();
    for k in [2, 3] {
        let (x0, _, x1, _) = content_box(slide(&p, k));
        let w = (x1 - x0) as f64 / cx as f64;
        println!("slide {k}: {:.0} % of the 4:3 width", w * 100.0);
        assert!(w >= 0.90, "slide {k}: {w:.2} of the width");
    }
}
