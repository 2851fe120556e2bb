//! The council handouts as files: every sample and every kind makes a PDF
//! with the right pages, only embedded fonts and extractable Finnish text;
//! the SVG escapes what it must and tags entities; and the roadmap printed
//! from the PDF looks like the roadmap drawn from the SVG, pixel for pixel.
//!
//! Needs poppler-utils (`pdfinfo`, `pdffonts`, `pdftotext`, `pdftoppm`).

#![allow(clippy::unwrap_used)] // Tests may unwrap: a failure is a test failure.

mod support;

use std::path::Path;
use std::process::Command;

use chrono::NaiveDate;
use tiekartta::i18n::Lang;
use tiekartta::layout::{self, EntityKind, Kind, Layout, Medium, Paper, Shape, View};
use tiekartta::model::Strategy;
use tiekartta::pdf::{self, PdfMeta};

const KINDS: [Kind; 4] = [Kind::Roadmap, Kind::OnePage, Kind::Actions, Kind::Progress];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn meta() -> PdfMeta {
    PdfMeta {
        author: "Testi".into(),
        subject: "Moniste".into(),
        created: today().and_hms_opt(12, 0, 0).unwrap(),
    }
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} (poppler-utils) is needed: {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn write_pdf(dir: &Path, name: &str, l: &Layout) -> String {
    let bytes = pdf::render(l, &meta()).unwrap();
    let path = dir.join(format!("{name}.pdf"));
    std::fs::write(&path, bytes).unwrap();
    path.to_string_lossy().into_owned()
}

/// Text with whitespace and hyphens removed, so that wrapped and hyphenated
/// lines compare equal to the name they came from.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '‐' | '\u{ad}'))
        .collect()
}

/// Names of the entities of `kind` that the layout draws, minus those it
/// shortened.
fn shown_names(s: &Strategy, l: &Layout, kind: EntityKind) -> Vec<String> {
    let mut ids: Vec<String> = vec![];
    for p in &l.pages {
        for it in &p.items {
            if let (Shape::Text(_), Some(e)) = (&it.shape, &it.entity)
                && e.kind == kind
                && !ids.contains(&e.id.0)
            {
                ids.push(e.id.0.clone());
            }
        }
    }
    let cut: Vec<&str> = l.truncated.iter().map(|t| t.text.as_str()).collect();
    let name = |id: &str| -> Option<String> {
        match kind {
            EntityKind::Theme => s
                .themes
                .iter()
                .find(|t| t.id.0 == id)
                .map(|t| t.name.clone()),
            EntityKind::Action => s
                .actions
                .iter()
                .find(|a| a.id.0 == id)
                .map(|a| a.name.clone()),
            _ => None,
        }
    };
    ids.iter()
        .filter_map(|id| name(id))
        .filter(|n| !cut.contains(&n.as_str()))
        .collect()
}

#[test]
fn every_sample_and_kind_prints_with_embedded_fonts_and_searchable_text() {
    let dir = tempfile::tempdir().unwrap();
    let samples = support::samples();
    assert!(samples.len() >= 2, "the seeds should be readable");
    for (name, s) in &samples {
        for kind in KINDS {
            let view = View::new(kind, Lang::Fi, today());
            let l = layout::layout(s, &view).unwrap();
            let file = write_pdf(dir.path(), &format!("{name}-{kind:?}"), &l);
            // Page count and size.
            let info = run("pdfinfo", &[&file]);
            let pages: usize = info
                .lines()
                .find_map(|l| l.strip_prefix("Pages:"))
                .and_then(|v| v.trim().parse().ok())
                .unwrap();
            assert_eq!(pages, l.pages.len(), "{name} {kind:?}");
            let expected = match (kind, view.medium) {
                (Kind::Roadmap, _) => "1190.55 x 841.89",
                (Kind::OnePage, _) => "841.89 x 595.28",
                _ => "595.28 x 841.89",
            };
            let size_line = info.lines().find(|l| l.starts_with("Page size:")).unwrap();
            let nums: Vec<f32> = size_line
                .split_whitespace()
                .filter_map(|w| w.parse().ok())
                .collect();
            let want: Vec<f32> = expected.split(" x ").map(|w| w.parse().unwrap()).collect();
            assert!(
                (nums[0] - want[0]).abs() < 0.1 && (nums[1] - want[1]).abs() < 0.1,
                "{name} {kind:?}: {size_line}"
            );
            assert!(
                info.contains(&s.name) || s.name.is_empty(),
                "{name}: title metadata\n{info}"
            );
            // Only embedded (subset) fonts.
            let fonts = run("pdffonts", &[&file]);
            let rows: Vec<&str> = fonts.lines().skip(2).collect();
            assert!(!rows.is_empty(), "{name} {kind:?}: no fonts");
            for row in rows {
                let cols: Vec<&str> = row.split_whitespace().collect();
                let n = cols.len();
                assert_eq!(
                    &cols[n - 5..n - 2],
                    &["yes", "yes", "yes"],
                    "{name} {kind:?}: {row}"
                );
            }
            // Every theme and action name shown is in the text, ä ö å intact.
            let text = squeeze(&run("pdftotext", &["-raw", "-enc", "UTF-8", &file, "-"]));
            for theme in shown_names(s, &l, EntityKind::Theme) {
                assert!(
                    text.contains(&squeeze(&theme)),
                    "{name} {kind:?}: theme {theme:?} not in the PDF text"
                );
            }
            for action in shown_names(s, &l, EntityKind::Action) {
                assert!(
                    text.contains(&squeeze(&action)),
                    "{name} {kind:?}: action {action:?} not in the PDF text"
                );
            }
            if matches!(kind, Kind::Roadmap | Kind::Actions) {
                let shown = shown_names(s, &l, EntityKind::Action).len();
                let cut = l
                    .truncated
                    .iter()
                    .filter(|t| {
                        t.entity
                            .as_ref()
                            .is_some_and(|e| e.kind == EntityKind::Action)
                    })
                    .count();
                let all = s.actions.len();
                assert!(
                    shown + cut >= all.min(1) || all == 0,
                    "{name} {kind:?}: actions missing"
                );
            }
        }
    }
}

#[test]
fn finnish_letters_survive_into_the_pdf_text() {
    let dir = tempfile::tempdir().unwrap();
    let s = support::testikyla();
    let l = layout::layout(&s, &View::new(Kind::Actions, Lang::Fi, today())).unwrap();
    let file = write_pdf(dir.path(), "letters", &l);
    let text = run("pdftotext", &["-enc", "UTF-8", &file, "-"]);
    for word in [
        "Säästö",
        "Åbolands",
        "Testikylän",
        "PÄÄTTYY",
        "Kaupunginhallitus",
    ] {
        assert!(text.contains(word), "{word} missing from:\n{text}");
    }
    let info = run("pdfinfo", &[&file]);
    assert!(info.contains("Testikylän strategia 2018–2021"), "{info}");
}

#[test]
fn the_pdf_carries_metadata_for_pdf_a_2b() {
    let dir = tempfile::tempdir().unwrap();
    let s = support::testikyla();
    let l = layout::layout(&s, &View::new(Kind::OnePage, Lang::Sv, today())).unwrap();
    let file = write_pdf(dir.path(), "meta", &l);
    let info = run("pdfinfo", &[&file]);
    for field in [
        "Title:           Testikylän strategia 2018–2021",
        "Author:          Testi",
        "Subject:         Moniste",
        "Metadata Stream: yes",
        "Encrypted:       no",
    ] {
        assert!(info.contains(field), "{field} missing:\n{info}");
    }
    assert!(
        info.contains("CreationDate:    Sun Nov 22 12:00:00 2026"),
        "{info}"
    );
    let xmp = run("pdfinfo", &["-meta", &file]);
    assert!(
        xmp.contains("<pdfaid:part>2</pdfaid:part>")
            && xmp.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "{xmp}"
    );
    assert!(xmp.contains("<rdf:li>sv</rdf:li>"), "{xmp}");
    let bytes = std::fs::read(&file).unwrap();
    let has = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    assert!(has(b"/Lang(sv)") || has(b"/Lang (sv)"), "no /Lang");
    assert!(
        has(b"/GTS_PDFA1") && has(b"sRGB IEC61966-2.1"),
        "no sRGB output intent"
    );
    assert!(bytes.starts_with(b"%PDF-1.7"));
}

#[test]
fn a3_landscape_holds_a_four_year_roadmap_on_one_page_and_a4_splits_it() {
    let s = support::testikyla();
    let a3 = layout::layout(&s, &View::new(Kind::Roadmap, Lang::Fi, today())).unwrap();
    assert_eq!(a3.pages.len(), 1);
    let ts = a3.pages[0].time_scale.as_ref().unwrap();
    assert_eq!(ts.origin, NaiveDate::from_ymd_opt(2018, 1, 1).unwrap());
    assert_eq!(ts.end, NaiveDate::from_ymd_opt(2021, 12, 31).unwrap());
    let a4 = View {
        medium: Medium::Paper {
            paper: Paper::A4,
            landscape: true,
        },
        ..View::new(Kind::Roadmap, Lang::Fi, today())
    };
    let a4 = layout::layout(&s, &a4).unwrap();
    assert!(a4.pages.len() >= 2);
    // Each A4 page repeats every lane label.
    for p in &a4.pages {
        for t in &s.themes {
            let has = p.items.iter().any(|i| {
                matches!(i.shape, Shape::Text(_)) && i.entity.as_ref().is_some_and(|e| e.id == t.id)
            });
            assert!(has, "lane label {} missing on a page", t.name);
        }
    }
}

#[test]
fn the_time_axis_speaks_finnish() {
    let s = support::testikyla();
    let text_of = |v: &View| -> String {
        let l = layout::layout(&s, v).unwrap();
        l.pages
            .iter()
            .flat_map(|p| &p.items)
            .filter_map(|i| match &i.shape {
                Shape::Text(t) => Some(t.text.clone()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut v = View::new(Kind::Roadmap, Lang::Fi, today());
    let quarters = text_of(&v);
    assert!(
        quarters.contains("2019") && quarters.contains("1. neljännes"),
        "{quarters}"
    );
    v.from = Some(2019);
    v.to = Some(2019);
    v.zoom = Some(layout::Zoom::Month);
    let months = text_of(&v);
    assert!(
        months.contains("tammikuu") && months.contains("joulukuu"),
        "{months}"
    );
    v.zoom = Some(layout::Zoom::Week);
    let weeks = text_of(&v);
    assert!(weeks.contains("vk 1") || weeks.contains("\n1\n"), "{weeks}");
    assert!(weeks.contains("vk 52") || weeks.contains("52"), "{weeks}");
}

#[test]
fn the_svg_tags_entities_and_keeps_markup_as_text() {
    let s = support::testikyla();
    let l = layout::layout(&s, &View::new(Kind::Roadmap, Lang::Fi, today())).unwrap();
    let svg = tiekartta::svg::render(&l, 0);
    assert!(svg.contains("&lt;img src=x onerror=alert(1)&gt;"));
    assert!(!svg.contains("<img"));
    for kind in ["action", "milestone", "phase", "theme"] {
        assert!(
            svg.contains(&format!("data-kind=\"{kind}\"")),
            "no {kind} in the SVG"
        );
    }
    assert!(svg.contains("data-id=\"a-t1-0\""));
    assert!(svg.contains("font-family=\"Noto Sans\""));
}

/// Reads a binary PPM (P6) as RGB bytes.
fn read_ppm(path: &Path) -> (u32, u32, Vec<u8>) {
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

/// Rasterises an SVG with resvg, using only the two committed fonts.
fn rasterise_svg(svg: &str, scale: f32, w: u32, h: u32) -> Vec<u8> {
    let mut db = resvg::usvg::fontdb::Database::new();
    db.load_font_data(tiekartta::text::REGULAR_TTF.to_vec());
    db.load_font_data(tiekartta::text::BOLD_TTF.to_vec());
    let opt = resvg::usvg::Options {
        fontdb: std::sync::Arc::new(db),
        ..Default::default()
    };
    let tree = resvg::usvg::Tree::from_str(svg, &opt).unwrap();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h).unwrap();
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .data()
        .chunks(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect()
}

/// Compares the roadmap printed from the PDF and drawn from the SVG;
/// returns (mean absolute difference per channel, share of pixels that
/// differ by more than a quarter of the range).
fn compare(s: &Strategy, dir: &Path, name: &str) -> (f64, f64) {
    let l = layout::layout(s, &View::new(Kind::Roadmap, Lang::Fi, today())).unwrap();
    let file = write_pdf(dir, name, &l);
    let dpi = 72;
    let prefix = dir.join(name);
    run(
        "pdftoppm",
        &[
            "-r",
            &dpi.to_string(),
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            &file,
            &prefix.to_string_lossy(),
        ],
    );
    let (w, h, printed) = read_ppm(&dir.join(format!("{name}.ppm")));
    let seen = rasterise_svg(&tiekartta::svg::render(&l, 0), dpi as f32 / 72.0, w, h);
    assert_eq!(printed.len(), seen.len());
    let mut sum = 0u64;
    let mut far = 0u64;
    for (p, q) in printed.chunks(3).zip(seen.chunks(3)) {
        let d: Vec<u64> = p
            .iter()
            .zip(q)
            .map(|(a, b)| (*a as i64 - *b as i64).unsigned_abs())
            .collect();
        sum += d.iter().sum::<u64>();
        if d.iter().any(|v| *v > 64) {
            far += 1;
        }
    }
    let n = (w * h) as f64;
    (sum as f64 / (n * 3.0), far as f64 / n)
}

#[test]
fn the_printed_roadmap_looks_like_the_roadmap_on_screen() {
    let dir = tempfile::tempdir().unwrap();
    for (name, s) in support::samples() {
        let (mean, far) = compare(&s, dir.path(), &name);
        eprintln!(
            "{name}: mean difference {mean:.3}/255 per channel, {:.3} % of pixels differ visibly",
            far * 100.0
        );
        // The mean grows with what is drawn (text and thin lines are
        // antialiased a little differently by poppler and tiny-skia): the
        // same testikylä bars in other rows moved it from 1.95 to 2.04, and
        // lanes grown to the page's height add some more. What a reader
        // would see differ is the share of pixels below.
        assert!(
            mean < 2.5,
            "{name}: the PDF and the SVG differ on average by {mean:.2}/255"
        );
        assert!(
            far < 0.01,
            "{name}: {:.2} % of pixels differ visibly",
            far * 100.0
        );
    }
}

#[test]
fn a_different_drawing_is_caught_by_the_pixel_comparison() {
    // The comparison must be able to fail: a roadmap from another sample
    // differs from this one by far more than the threshold.
    let dir = tempfile::tempdir().unwrap();
    let a = support::testikyla();
    let mut b = a.clone();
    b.actions.truncate(3);
    let la = layout::layout(&a, &View::new(Kind::Roadmap, Lang::Fi, today())).unwrap();
    let lb = layout::layout(&b, &View::new(Kind::Roadmap, Lang::Fi, today())).unwrap();
    let file = write_pdf(dir.path(), "a", &la);
    run(
        "pdftoppm",
        &[
            "-r",
            "72",
            "-singlefile",
            &file,
            &dir.path().join("a").to_string_lossy(),
        ],
    );
    let (w, h, printed) = read_ppm(&dir.path().join("a.ppm"));
    let other = rasterise_svg(&tiekartta::svg::render(&lb, 0), 1.0, w, h);
    let far = printed
        .chunks(3)
        .zip(other.chunks(3))
        .filter(|(p, q)| p.iter().zip(q.iter()).any(|(x, y)| x.abs_diff(*y) > 64))
        .count();
    assert!(far as f64 / (w * h) as f64 > 0.01);
}
