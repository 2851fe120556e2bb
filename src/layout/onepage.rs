//! The strategy on a page: the "strategy house" a council member pins to
//! the wall. The vision is the roof, mission and slogan the attic, the
//! themes with their goals, success factors and actions the pillars, the
//! values (each with its meaning, bullets and sub-bullets) and the
//! foundation the base. One page whatever the strategy:
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

/// What a value means, as the box shows it: its tagline or the first
/// sentence of its meaning, then every bullet with its sub-bullets after a
/// colon ("Kokeilemme uutta: pienet pilotit ennen isoja päätöksiä").
fn value_text(v: &crate::model::Value) -> String {
    let lead = if !v.tagline.is_empty() {
        v.tagline.clone()
    } else {
        first_sentence(&v.meaning).to_owned()
    };
    let bullets = v.points.iter().map(|b| {
        let kids: Vec<&str> = b.children.iter().map(|c| c.text.trim()).collect();
        if kids.is_empty() {
            b.text.trim().to_owned()
        } else {
            format!("{}: {}", b.text.trim(), kids.join("; "))
        }
    });
    std::iter::once(lead)
        .chain(bullets)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join(" • ")
}

/// One line of what falls due: the overdue plans and reports (marked late)
/// and the next occurrence of each of the others, earliest first, as the
/// one rule of [`crate::schedule`] gives them; none when nothing does.
fn deadline_line(doc: &Doc) -> Option<String> {
    use crate::schedule::{DueKind, Verdict};
    let s = doc.s;
    let today = doc.view.today;
    let mut seen = vec![];
    let mut parts = vec![];
    for o in crate::schedule::occurrences(s, today) {
        if o.kind != DueKind::Document || o.verdict == Verdict::Done {
            continue;
        }
        let late = o.verdict == Verdict::Late && crate::schedule::past(&o.date, today);
        if !late && seen.contains(&o.id) {
            continue;
        }
        let Some(d) = s.documents.iter().find(|d| d.id == o.id) else {
            continue;
        };
        seen.push(o.id.clone());
        let mut part = format!("{} {}", o.date.to_finnish(), d.name);
        if late {
            part.push_str(&format!(" ({})", doc.tr("status-late").to_lowercase()));
        }
        parts.push((!late, o.date, part));
    }
    parts.sort_by_key(|p| (p.0, p.1));
    let list: Vec<String> = parts.into_iter().take(6).map(|p| p.2).collect();
    (!list.is_empty()).then(|| {
        doc.trm(&crate::i18n::Message::new("handout-next-deadlines").arg("list", list.join(" · ")))
    })
}

/// The first sentence of a text (a value's one-line meaning).
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
    // "VISIO 2030" when the vision names its year.
    let label = match s.vision_year {
        Some(year) => format!("{} {}", doc.tr("handout-vision"), year.to_finnish()),
        None => doc.tr("handout-vision"),
    }
    .to_uppercase();
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

    // The base, from the bottom up: the next deadlines, the foundation,
    // then the values.
    let mut base_top = bottom;
    if let Some(line) = deadline_line(doc) {
        base_top -= 12.0;
        doc.text_fit(
            m,
            base_top + 8.0,
            &line,
            FontFace::Regular,
            7.5,
            MUTED,
            w,
            Align::Left,
            None,
        )?;
        base_top -= 4.0;
    }
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
        let n = s.values.len() as f32;
        let vw = (w - 8.0 * (n - 1.0)) / n;
        // Each value's meaning and then its bullets, a sub-bullet after its
        // bullet ("Kokeilemme uutta: pienet pilotit…"); the boxes are as tall
        // as the longest needs, up to eight lines.
        let texts: Vec<String> = s.values.iter().map(value_text).collect();
        let mut most = 1;
        for t in &texts {
            most = most.max(
                text::wrap(FontFace::Regular, 7.5, t, vw - 18.0, 8)?
                    .lines
                    .len(),
            );
        }
        let h = 13.0 + 18.0 + most as f32 * line_height(7.5) + 6.0;
        base_top -= h;
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
        for (i, (v, meaning)) in s.values.iter().zip(&texts).enumerate() {
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
            doc.paragraph(
                x + 10.0,
                top + 18.0,
                meaning,
                FontFace::Regular,
                7.5,
                MUTED,
                vw - 18.0,
                8,
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
            // The goals, then the success factors, then the theme's actions,
            // as far as there is room; each group under its heading.
            let mut items: Vec<(EntityKind, &crate::model::Id, &str)> = t
                .goals
                .iter()
                .map(|g| (EntityKind::Goal, &g.id, g.name.as_str()))
                .collect();
            let factor_start = items.len();
            items.extend(
                t.success_factors
                    .iter()
                    .map(|f| (EntityKind::Theme, &t.id, f.name.as_str())),
            );
            let actions: Vec<_> = s
                .actions_of(&t.id)
                .filter(|a| doc.view.admits(a) && doc.view.in_years(s, a))
                .collect();
            let action_start = items.len();
            items.extend(
                actions
                    .iter()
                    .map(|a| (EntityKind::Action, &a.id, a.name.as_str())),
            );
            for (k, (kind, id, name)) in items.iter().enumerate() {
                let heading = if k == 0 && factor_start > 0 {
                    Some(("handout-goals", 0.0))
                } else if k == factor_start && factor_start < action_start {
                    Some(("handout-success-factors", if k > 0 { 6.0 } else { 0.0 }))
                } else if k == action_start {
                    Some(("handout-actions-heading", 6.0))
                } else {
                    None
                };
                if let Some((id, gap)) = heading
                    && cy + gap + 24.0 < body_bottom
                {
                    let heading = doc.tr(id);
                    cy = small_heading(doc, x + 10.0, cy + gap, &heading, color, pw - 20.0)?;
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
