//! The PDF renderer: a laid-out handout on paper, with `printpdf`.
//!
//! It draws the display list of [`crate::layout`] as it is: the same
//! coordinates (flipped, since PDF counts y upwards), the same colours, and
//! the text with the same Noto Sans files, embedded as subset CID fonts with
//! a ToUnicode map (so `pdftotext` returns ä, ö, å). Kerning is written as
//! TJ offsets taken from the same shaping the layout measured with, so every
//! glyph lands where the layout (and the SVG) put it. The document carries
//! its title, author, subject, language (`/Lang`), creation date, XMP
//! metadata and asks printpdf for PDF/A-2b (see `docs/handouts.md` for how
//! far that gets).

mod archive;
mod error;

pub use error::{PdfError, Result};

use chrono::{Datelike, NaiveDateTime, Timelike};
use printpdf::{
    Color as PColor, FontId, Line, LineDashPattern, LinePoint, Op, PaintMode, ParsedFont,
    PdfConformance, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Polygon,
    PolygonRing, Pt, Rgb, TextItem, WindingOrder,
};

use crate::layout::{Color, Layout, Shape, Stroke, TextRun};
use crate::text::{self, FontFace};

/// What the PDF says about itself.
#[derive(Debug, Clone, PartialEq)]
pub struct PdfMeta {
    /// The author: a person or the town.
    pub author: String,
    /// The subject line (the handout's kind).
    pub subject: String,
    /// When the file was made (local time, no zone); fixed for reproducible files.
    pub created: NaiveDateTime,
}

/// Renders every page of `layout` as one PDF file.
pub fn render(layout: &Layout, meta: &PdfMeta) -> Result<Vec<u8>> {
    if layout.pages.is_empty() {
        return Err(PdfError::NoPages);
    }
    let mut doc = PdfDocument::new(&layout.title);
    let mut warnings = Vec::new();
    let regular = ParsedFont::from_bytes(text::REGULAR_TTF, 0, &mut warnings)
        .ok_or(PdfError::Font("NotoSans-Regular"))?;
    let bold = ParsedFont::from_bytes(text::BOLD_TTF, 0, &mut warnings)
        .ok_or(PdfError::Font("NotoSans-Bold"))?;
    let fonts = Fonts {
        regular: doc.add_font(&regular),
        bold: doc.add_font(&bold),
    };
    // The metadata is text from the user too: cut and cleaned as the layout's.
    let author = text::clean(&meta.author, crate::validate::MAX_NAME);
    let subject = text::clean(&meta.subject, crate::validate::MAX_NAME);
    let date = pdf_date(meta.created);
    let info = &mut doc.metadata.info;
    info.author = author.to_string();
    info.subject = subject.to_string();
    info.creator = "Tiekartta".into();
    info.producer = format!("Tiekartta {} (printpdf 0.12)", env!("CARGO_PKG_VERSION"));
    info.identifier = layout.title.clone();
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
    info.conformance = PdfConformance::A2B_2011_PDF_1_7;
    let mut pages = Vec::with_capacity(layout.pages.len());
    for page in &layout.pages {
        let mut ops = Vec::with_capacity(page.items.len() * 4);
        for item in &page.items {
            draw(&mut ops, &item.shape, page.height, &fonts)?;
        }
        pages.push(PdfPage::new(
            Pt(page.width).into(),
            Pt(page.height).into(),
            ops,
        ));
    }
    let doc = doc.with_pages(pages);
    let opts = PdfSaveOptions {
        optimize: true,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut lo = doc.to_lopdf_document(&opts, &mut Vec::new());
    let producer = format!("Tiekartta {}", env!("CARGO_PKG_VERSION"));
    archive::make_archival(
        &mut lo,
        &archive::DocInfo {
            title: &layout.title,
            author: &author,
            subject: &subject,
            creator: "Tiekartta",
            producer: &producer,
            created: meta.created,
            lang: layout.lang.code(),
        },
    );
    lo.prune_objects();
    lo.compress();
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok(bytes)
}

struct Fonts {
    regular: FontId,
    bold: FontId,
}

fn pdf_date(t: NaiveDateTime) -> printpdf::OffsetDateTime {
    printpdf::DateTime::new_in_offset(
        printpdf::Date {
            year: t.year(),
            month: t.month() as u8,
            day: t.day() as u8,
        },
        printpdf::Time {
            hour: t.hour() as u8,
            minute: t.minute() as u8,
            second: t.second() as u8,
            millisecond: 0,
        },
        printpdf::Offset {
            hours: 0,
            minutes: 0,
            seconds: 0,
            milliseconds: 0,
        },
    )
}

fn rgb(c: Color) -> PColor {
    PColor::Rgb(Rgb {
        r: c.0 as f32 / 255.0,
        g: c.1 as f32 / 255.0,
        b: c.2 as f32 / 255.0,
        icc_profile: None,
    })
}

fn pt(x: f32, y: f32, h: f32) -> LinePoint {
    LinePoint {
        p: Point {
            x: Pt(x),
            y: Pt(h - y),
        },
        bezier: false,
    }
}

fn ctl(x: f32, y: f32, h: f32) -> LinePoint {
    LinePoint {
        p: Point {
            x: Pt(x),
            y: Pt(h - y),
        },
        bezier: true,
    }
}

/// The circle constant for cubic Bézier quarter arcs.
const KAPPA: f32 = 0.552_284_8;

fn rounded_rect(x: f32, y: f32, w: f32, r: f32, hgt: f32, ph: f32) -> Vec<LinePoint> {
    if r <= 0.0 {
        return vec![
            pt(x, y, ph),
            pt(x + w, y, ph),
            pt(x + w, y + hgt, ph),
            pt(x, y + hgt, ph),
        ];
    }
    let k = r * KAPPA;
    let (x1, y1, x2, y2) = (x, y, x + w, y + hgt);
    vec![
        pt(x1 + r, y1, ph),
        pt(x2 - r, y1, ph),
        ctl(x2 - r + k, y1, ph),
        ctl(x2, y1 + r - k, ph),
        pt(x2, y1 + r, ph),
        pt(x2, y2 - r, ph),
        ctl(x2, y2 - r + k, ph),
        ctl(x2 - r + k, y2, ph),
        pt(x2 - r, y2, ph),
        pt(x1 + r, y2, ph),
        ctl(x1 + r - k, y2, ph),
        ctl(x1, y2 - r + k, ph),
        pt(x1, y2 - r, ph),
        pt(x1, y1 + r, ph),
        ctl(x1, y1 + r - k, ph),
        ctl(x1 + r - k, y1, ph),
        pt(x1 + r, y1, ph),
    ]
}

fn circle(cx: f32, cy: f32, r: f32, ph: f32) -> Vec<LinePoint> {
    let k = r * KAPPA;
    vec![
        pt(cx + r, cy, ph),
        ctl(cx + r, cy + k, ph),
        ctl(cx + k, cy + r, ph),
        pt(cx, cy + r, ph),
        ctl(cx - k, cy + r, ph),
        ctl(cx - r, cy + k, ph),
        pt(cx - r, cy, ph),
        ctl(cx - r, cy - k, ph),
        ctl(cx - k, cy - r, ph),
        pt(cx, cy - r, ph),
        ctl(cx + k, cy - r, ph),
        ctl(cx + r, cy - k, ph),
        pt(cx + r, cy, ph),
    ]
}

fn set_stroke(ops: &mut Vec<Op>, s: &Stroke) {
    ops.push(Op::SetOutlineColor { col: rgb(s.color) });
    ops.push(Op::SetOutlineThickness { pt: Pt(s.width) });
    let dash = match s.dash {
        Some((a, b)) => LineDashPattern::new(0.0, &[a, b]),
        None => LineDashPattern::solid(),
    };
    ops.push(Op::SetLineDashPattern { dash });
}

fn path(ops: &mut Vec<Op>, points: Vec<LinePoint>, fill: Option<Color>, stroke: Option<&Stroke>) {
    let mode = match (fill, stroke) {
        (Some(_), Some(_)) => PaintMode::FillStroke,
        (Some(_), None) => PaintMode::Fill,
        (None, Some(_)) => PaintMode::Stroke,
        (None, None) => return,
    };
    if let Some(c) = fill {
        ops.push(Op::SetFillColor { col: rgb(c) });
    }
    if let Some(s) = stroke {
        set_stroke(ops, s);
    }
    ops.push(Op::DrawPolygon {
        polygon: Polygon {
            rings: vec![PolygonRing { points }],
            mode,
            winding_order: WindingOrder::NonZero,
        },
    });
}

fn draw(ops: &mut Vec<Op>, shape: &Shape, ph: f32, fonts: &Fonts) -> Result<()> {
    match shape {
        Shape::Rect {
            x,
            y,
            w,
            h,
            radius,
            fill,
            stroke,
        } => {
            path(
                ops,
                rounded_rect(*x, *y, *w, *radius, *h, ph),
                *fill,
                stroke.as_ref(),
            );
        }
        Shape::Polygon {
            points,
            fill,
            stroke,
        } => {
            let pts = points.iter().map(|(x, y)| pt(*x, *y, ph)).collect();
            path(ops, pts, *fill, stroke.as_ref());
        }
        Shape::Circle {
            cx,
            cy,
            r,
            fill,
            stroke,
        } => {
            path(ops, circle(*cx, *cy, *r, ph), *fill, stroke.as_ref());
        }
        Shape::Line {
            x1,
            y1,
            x2,
            y2,
            stroke,
        } => {
            set_stroke(ops, stroke);
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![pt(*x1, *y1, ph), pt(*x2, *y2, ph)],
                    is_closed: false,
                },
            });
        }
        Shape::Polyline { points, stroke } => {
            set_stroke(ops, stroke);
            let pts = points.iter().map(|(x, y)| pt(*x, *y, ph)).collect();
            ops.push(Op::DrawLine {
                line: Line {
                    points: pts,
                    is_closed: false,
                },
            });
        }
        Shape::Text(run) => draw_text(ops, run, ph, fonts)?,
    }
    Ok(())
}

fn draw_text(ops: &mut Vec<Op>, run: &TextRun, ph: f32, fonts: &Fonts) -> Result<()> {
    let id = match run.font {
        FontFace::Regular => fonts.regular.clone(),
        FontFace::Bold => fonts.bold.clone(),
    };
    // Text, with the shaper's kerning as TJ offsets between clusters.
    let mut items: Vec<TextItem> = Vec::new();
    let mut pending = String::new();
    for c in text::clusters(run.font, &run.text).map_err(|_| PdfError::Font("NotoSans"))? {
        pending.push_str(&c.text);
        let delta = c.nominal - c.advance;
        if delta.abs() > 0.01 {
            items.push(TextItem::Text(std::mem::take(&mut pending)));
            items.push(TextItem::Offset(delta));
        }
    }
    if !pending.is_empty() {
        items.push(TextItem::Text(pending));
    }
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFont {
        font: PdfFontHandle::External(id),
        size: Pt(run.size),
    });
    ops.push(Op::SetFillColor {
        col: rgb(run.color),
    });
    ops.push(Op::SetTextCursor {
        pos: Point {
            x: Pt(run.x),
            y: Pt(ph - run.y),
        },
    });
    ops.push(Op::ShowText { items });
    ops.push(Op::EndTextSection);
    Ok(())
}
