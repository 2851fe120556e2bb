//! The strategy on a page: the "strategy house" a council member pins to
//! the wall. The vision is the roof, mission and slogan the attic, the
//! themes with their goals the pillars, the values (each with a one-line
//! meaning) and the foundation the base. One page whatever the strategy:
//! every box has a fixed share of the page, and text that does not fit its
//! box is shortened with an ellipsis and reported.

use super::canvas::{Align, Doc, ent, line_height};
use super::style::{self, ACCENT, INK, MUTED, PANEL, WHITE};
use super::{EntityKind, Result, Shape};
use crate::text::{self, FontFace};

/// How many lines of `size` fit in `h` points.
fn lines_in(h: f32, size: f32) -> usize {
    ((h / line_height(size)).floor().max(0.0)) as usize
}

/// The first sentence of a text (a value's one-line meaning).
/// A column's small capitals heading ("TAVOITTEET", "TOIMENPITEET") at the
/// top `y`; returns the y below it.
fn small_heading(
    doc: &mut Doc,
    x: f32,
    y: f32,
    text: &str,
    color: super::Color,
    max_w: f32,
) -> Result<f32> {
    doc.text_fit(
        x,
        y + 7.0,
        &text.to_uppercase(),
        FontFace::Bold,
        6.5,
        color,
        max_w,
        Align::Left,
        None,
    )?;
    Ok(y + 11.0)
}

fn first_sentence(s: &str) -> &str {
    let t = s.trim();
    match t.find(". ") {
        Some(i) => &t[..=i],
        None => t,
    }
}

pub fn lay_out(doc: &mut Doc) -> Result<()> {
    let s = doc.s;
    doc.new_page();
    let handout = doc.tr("handout-onepage");
    let mut y = doc.title_block(&handout)?;
    let m = doc.margin;
    let w = doc.width - 2.0 * m;
    let bottom = doc.content_bottom() - 6.0;
    let sid = ent(EntityKind::Strategy, &s.id);

    // The roof: the vision.
    let roof_h = 78.0;
    let inset = w * 0.08;
    doc.push(
        Shape::Polygon {
            points: vec![
                (m + inset, y),
                (m + w - inset, y),
                (m + w, y + roof_h),
                (m, y + roof_h),
            ],
            fill: Some(ACCENT),
            stroke: None,
        },
        sid.clone(),
    );
    let inner = w - 2.0 * inset - 40.0;
    let label = doc.tr("handout-vision").to_uppercase();
    doc.text(
        m + w / 2.0,
        y + 16.0,
        &label,
        FontFace::Bold,
        7.5,
        style::tint(ACCENT, 0.55),
        Align::Center,
        None,
    )?;
    let vision = if s.vision.is_empty() {
        s.name.as_str()
    } else {
        s.vision.as_str()
    };
    let vsize = if vision.chars().count() < 60 {
        17.0
    } else {
        12.0
    };
    let wrapped = text::wrap(
        FontFace::Bold,
        vsize,
        vision,
        inner,
        lines_in(roof_h - 28.0, vsize).max(1),
    )?;
    if wrapped.truncated {
        let shown = wrapped
            .lines
            .iter()
            .map(|l| l.0.clone())
            .collect::<Vec<_>>()
            .join(" ");
        doc.report(vision, &shown, sid.clone());
    }
    let block = wrapped.lines.len() as f32 * line_height(vsize);
    let mut ty = y + 22.0 + (roof_h - 22.0 - block) / 2.0;
    for (line, _) in &wrapped.lines {
        doc.text(
            m + w / 2.0,
            ty + 0.92 * vsize,
            line,
            FontFace::Bold,
            vsize,
            WHITE,
            Align::Center,
            sid.clone(),
        )?;
        ty += line_height(vsize);
    }
    y += roof_h + 8.0;

    // The attic: mission and slogan.
    let attic: Vec<(&str, &str)> = [
        ("handout-mission", s.mission.as_str()),
        ("handout-slogan", s.slogan.as_str()),
    ]
    .into_iter()
    .filter(|(_, t)| !t.trim().is_empty())
    .collect();
    if !attic.is_empty() {
        let h = 40.0;
        let cw = (w - 8.0 * (attic.len() as f32 - 1.0)) / attic.len() as f32;
        for (i, (id, t)) in attic.iter().enumerate() {
            let x = m + i as f32 * (cw + 8.0);
            doc.rect(x, y, cw, h, PANEL, sid.clone());
            doc.text_fit(
                x + 10.0,
                y + 12.0,
                &doc.tr(id).to_uppercase(),
                FontFace::Bold,
                6.5,
                MUTED,
                cw - 20.0,
                Align::Left,
                None,
            )?;
            doc.paragraph(
                x + 10.0,
                y + 15.0,
                t,
                FontFace::Bold,
                9.0,
                INK,
                cw - 20.0,
                2,
                sid.clone(),
            )?;
        }
        y += h + 8.0;
    }

    // The base, from the bottom up: foundation, then values.
    let mut base_top = bottom;
    if !s.foundation.is_empty() {
        let h = 34.0;
        base_top -= h;
        doc.rect(m, base_top, w, h, style::tint(INK, 0.12), sid.clone());
        let label = doc.tr("handout-foundation").to_uppercase();
        doc.text_fit(
            m + 10.0,
            base_top + 12.0,
            &label,
            FontFace::Bold,
            6.5,
            style::tint(INK, 0.7),
            w - 20.0,
            Align::Left,
            None,
        )?;
        let joined = s
            .foundation
            .iter()
            .map(|f| f.name.as_str())
            .collect::<Vec<_>>()
            .join("  ·  ");
        doc.paragraph(
            m + 10.0,
            base_top + 15.0,
            &joined,
            FontFace::Regular,
            8.0,
            WHITE,
            w - 20.0,
            1,
            sid.clone(),
        )?;
        base_top -= 6.0;
    }
    if !s.values.is_empty() {
        let h = 62.0;
        base_top -= h;
        let n = s.values.len() as f32;
        let title = if s.values_label.is_empty() {
            doc.tr("handout-values")
        } else {
            s.values_label.clone()
        };
        doc.text_fit(
            m,
            base_top + 8.0,
            &title.to_uppercase(),
            FontFace::Bold,
            6.5,
            MUTED,
            w,
            Align::Left,
            None,
        )?;
        let top = base_top + 13.0;
        let vw = (w - 8.0 * (n - 1.0)) / n;
        for (i, v) in s.values.iter().enumerate() {
            let x = m + i as f32 * (vw + 8.0);
            let e = ent(EntityKind::Value, &v.id);
            doc.round_rect(x, top, vw, h - 13.0, 3.0, Some(PANEL), None, e.clone());
            doc.rect(x, top, 3.0, h - 13.0, ACCENT, e.clone());
            doc.text_fit(
                x + 10.0,
                top + 13.0,
                &v.name,
                FontFace::Bold,
                9.0,
                INK,
                vw - 18.0,
                Align::Left,
                e.clone(),
            )?;
            let meaning = if !v.tagline.is_empty() {
                v.tagline.as_str()
            } else if !v.meaning.is_empty() {
                first_sentence(&v.meaning)
            } else {
                v.points.first().map(|b| b.text.as_str()).unwrap_or("")
            };
            doc.paragraph(
                x + 10.0,
                top + 18.0,
                meaning,
                FontFace::Regular,
                7.5,
                MUTED,
                vw - 18.0,
                3,
                e,
            )?;
        }
        base_top -= 8.0;
    }

    // The pillars: one per theme, with its goals (or success factors).
    let themes = doc.view.shown_themes(s);
    if !themes.is_empty() {
        let n = themes.len() as f32;
        let gap = 8.0;
        let pw = (w - gap * (n - 1.0)) / n;
        let ph = (base_top - y).max(40.0);
        for (i, t) in themes.iter().enumerate() {
            let x = m + i as f32 * (pw + gap);
            let color = style::theme_color(s, t);
            let e = ent(EntityKind::Theme, &t.id);
            doc.rect(x, y, pw, ph, style::tint(color, 0.93), e.clone());
            // Header: code, name, tagline.
            let name_lines = text::wrap(FontFace::Bold, 10.5, &t.name, pw - 20.0, 3)?
                .lines
                .len();
            let head_h = 14.0 + name_lines as f32 * line_height(10.5) + 8.0;
            doc.rect(x, y, pw, head_h, color, e.clone());
            let fg = style::text_on(color);
            let code = if t.code.is_empty() {
                s.theme_label.singular.to_uppercase()
            } else {
                t.code.clone()
            };
            doc.text_fit(
                x + 10.0,
                y + 11.0,
                &code,
                FontFace::Bold,
                6.5,
                fg,
                pw - 20.0,
                Align::Left,
                e.clone(),
            )?;
            doc.paragraph(
                x + 10.0,
                y + 14.0,
                &t.name,
                FontFace::Bold,
                10.5,
                fg,
                pw - 20.0,
                3,
                e.clone(),
            )?;
            let mut cy = y + head_h + 8.0;
            let body_bottom = y + ph - 6.0;
            if !t.tagline.is_empty() && t.tagline != t.name {
                let n = lines_in(body_bottom - cy, 8.0).min(3);
                if n > 0 {
                    cy += doc.paragraph(
                        x + 10.0,
                        cy,
                        &t.tagline,
                        FontFace::Regular,
                        8.0,
                        MUTED,
                        pw - 20.0,
                        n,
                        e.clone(),
                    )? + 6.0;
                }
            }
            let (heading, items): (String, Vec<(EntityKind, &crate::model::Id, &str)>) =
                if !t.goals.is_empty() {
                    (
                        doc.tr("handout-goals"),
                        t.goals
                            .iter()
                            .map(|g| (EntityKind::Goal, &g.id, g.name.as_str()))
                            .collect(),
                    )
                } else {
                    (
                        String::new(),
                        t.success_factors
                            .iter()
                            .map(|f| (EntityKind::Theme, &t.id, f.name.as_str()))
                            .collect(),
                    )
                };
            if !heading.is_empty() && cy + 10.0 < body_bottom {
                cy = small_heading(doc, x + 10.0, cy, &heading, color, pw - 20.0)?;
            }
            // Then the theme's actions, as far as there is room.
            let actions: Vec<_> = s
                .actions_of(&t.id)
                .filter(|a| doc.view.admits(a) && doc.view.in_years(s, a))
                .collect();
            let mut items = items;
            let action_start = items.len();
            items.extend(
                actions
                    .iter()
                    .map(|a| (EntityKind::Action, &a.id, a.name.as_str())),
            );
            for (k, (kind, id, name)) in items.iter().enumerate() {
                if k == action_start && cy + 24.0 < body_bottom {
                    let heading = doc.tr("handout-actions-heading");
                    cy = small_heading(doc, x + 10.0, cy + 6.0, &heading, color, pw - 20.0)?;
                }
                let left = lines_in(body_bottom - cy, 8.5);
                let ge = ent(*kind, id);
                if left == 0 {
                    // No room for the rest: say so once, in a line of its own.
                    let rest = items[k..]
                        .iter()
                        .map(|x| x.2)
                        .collect::<Vec<_>>()
                        .join("; ");
                    doc.report(&rest, "", ge);
                    break;
                }
                let (size, ink) = if k >= action_start {
                    (8.0, style::tint(INK, 0.15))
                } else {
                    (8.5, INK)
                };
                let left = lines_in(body_bottom - cy, size);
                if left == 0 {
                    let rest = items[k..]
                        .iter()
                        .map(|x| x.2)
                        .collect::<Vec<_>>()
                        .join("; ");
                    doc.report(&rest, "", ent(*kind, id));
                    break;
                }
                doc.push(
                    Shape::Circle {
                        cx: x + 12.5,
                        cy: cy + 0.62 * size,
                        r: 1.8,
                        fill: Some(color),
                        stroke: None,
                    },
                    None,
                );
                let h = doc.paragraph(
                    x + 19.0,
                    cy,
                    name,
                    FontFace::Regular,
                    size,
                    ink,
                    pw - 29.0,
                    left.min(4),
                    ge,
                )?;
                cy += h + 3.0;
            }
        }
    }
    Ok(())
}
