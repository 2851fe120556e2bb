//! The changes handout, "Muutokset edellisen käsittelyn jälkeen": the
//! report of [`crate::changes`] (given in [`super::View::changes`]) on A4
//! pages: the range compared, then each section's lines; a reworded text
//! as its old and new wording side by side. Lines never split across pages.

use super::canvas::{Align, Doc, line_height};
use super::style::{self, ACCENT, INK, MUTED, PANEL};
use super::{Result, Shape};
use crate::changes;
use crate::text::{self, FontFace};

const SIZE: f32 = 9.0;
/// At most this many lines of a reworded text (a long value's meaning
/// whole; the block still fits one A4 page).
const TEXT_LINES: usize = 40;

/// The committed Noto Sans has no arrows: "old → new" prints as "old » new".
fn printable(s: &str) -> String {
    s.replace('→', "»")
}

/// Starts a new page when `h` more points do not fit below `y`.
fn room(doc: &mut Doc, y: f32, h: f32, handout: &str) -> Result<f32> {
    if y + h > doc.content_bottom() - 4.0 {
        doc.new_page();
        return doc.title_block(handout);
    }
    Ok(y)
}

pub fn lay_out(doc: &mut Doc) -> Result<()> {
    let lang = doc.lang;
    let handout = doc.tr("changes-title");
    let report = doc.view.changes.clone().unwrap_or_default();
    let m = doc.margin;
    let w = doc.width - 2.0 * m;
    doc.new_page();
    let mut y = doc.title_block(&handout)?;
    doc.text_fit(
        m,
        y + 12.0,
        &handout,
        FontFace::Bold,
        13.0,
        INK,
        w,
        Align::Left,
        None,
    )?;
    y += 20.0;
    let range = printable(&changes::range(&report, lang));
    y += doc.paragraph(m, y, &range, FontFace::Regular, SIZE, MUTED, w, 3, None)?;
    y += 10.0;
    let all = changes::sections(&report, lang);
    if all.is_empty() {
        doc.text_fit(
            m,
            y + 12.0,
            &doc.tr("changes-none"),
            FontFace::Regular,
            SIZE,
            INK,
            w,
            Align::Left,
            None,
        )?;
    }
    let lh = line_height(SIZE);
    let half = (w - 12.0) / 2.0;
    for s in all {
        y = room(doc, y, 60.0, &handout)?;
        doc.text_fit(
            m,
            y + 14.0,
            &s.title.to_uppercase(),
            FontFace::Bold,
            9.0,
            ACCENT,
            w,
            Align::Left,
            None,
        )?;
        doc.line(
            m,
            y + 20.0,
            doc.width - m,
            y + 20.0,
            style::tint(ACCENT, 0.7),
            0.75,
        );
        y += 28.0;
        for mut line in s.lines {
            line.text = printable(&line.text);
            match line.texts {
                None => {
                    let face = if line.summary {
                        FontFace::Bold
                    } else {
                        FontFace::Regular
                    };
                    let wrapped = text::wrap(face, SIZE, &line.text, w - 10.0, 4)?;
                    let h = wrapped.lines.len() as f32 * lh;
                    y = room(doc, y, h + 4.0, &handout)?;
                    doc.push(
                        Shape::Circle {
                            cx: m + 3.0,
                            cy: y + 0.6 * SIZE,
                            r: 1.6,
                            fill: Some(MUTED),
                            stroke: None,
                        },
                        None,
                    );
                    y += doc.wrapped(m + 10.0, y, &line.text, wrapped, face, SIZE, INK, None);
                    y += 4.0;
                }
                Some((old, new)) => {
                    let size = SIZE - 0.5;
                    let a = text::wrap(FontFace::Regular, size, &old, half - 12.0, TEXT_LINES)?;
                    let b = text::wrap(FontFace::Regular, size, &new, half - 12.0, TEXT_LINES)?;
                    let rows = a.lines.len().max(b.lines.len()).max(1);
                    let h = 2.0 * lh + rows as f32 * line_height(size) + 10.0;
                    y = room(doc, y, h + 6.0, &handout)?;
                    doc.text_fit(
                        m,
                        y + 0.92 * SIZE,
                        &line.text,
                        FontFace::Bold,
                        SIZE,
                        INK,
                        w,
                        Align::Left,
                        None,
                    )?;
                    y += lh + 2.0;
                    let labels = [doc.tr("changes-old"), doc.tr("changes-new")];
                    for (i, (label, wrapped, source)) in
                        [(&labels[0], a, &old), (&labels[1], b, &new)]
                            .into_iter()
                            .enumerate()
                    {
                        let x = m + i as f32 * (half + 12.0);
                        doc.round_rect(
                            x,
                            y,
                            half,
                            h - lh - 2.0,
                            3.0,
                            Some(if i == 0 {
                                PANEL
                            } else {
                                style::tint(ACCENT, 0.9)
                            }),
                            None,
                            None,
                        );
                        doc.text_fit(
                            x + 6.0,
                            y + 4.0 + 0.92 * 7.5,
                            &label.to_uppercase(),
                            FontFace::Bold,
                            7.5,
                            MUTED,
                            half - 12.0,
                            Align::Left,
                            None,
                        )?;
                        doc.wrapped(
                            x + 6.0,
                            y + 4.0 + lh,
                            source,
                            wrapped,
                            FontFace::Regular,
                            size,
                            INK,
                            None,
                        );
                    }
                    y += h - lh + 6.0;
                }
            }
        }
        y += 6.0;
    }
    Ok(())
}
