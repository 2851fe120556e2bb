//! The roadmap's drawing step: a planned slice onto pages. Each page starts
//! with the title block (on paper) and the time axis; under it the rows of
//! the phases and milestones, then the lanes, each tinted in its theme's
//! colour with the bands of the phases in which the theme is on the
//! surface, the grid and the today line, and its label repeated on every
//! page it flows onto. A page is finished with today's label, its time
//! scale (what the screen needs to turn a drag into days) and the legend.

use chrono::{Datelike, Duration};

use super::fit::Metrics;
use super::legend::legend;
use super::paint::{bar_paint, document_paint, page_mark};
use super::plan::{LaneRows, Look, Placed, Plan};
use super::range::Geometry;
use super::{FOOT, LANE_GAP, PRIMARY_H, SECONDARY_H};
use crate::i18n::Message;
use crate::layout::axis::{self, Unit};
use crate::layout::canvas::{Align, Doc, ent};
use crate::layout::style::{self, FAINT, INK, MUTED, PANEL, RED, RULE, WHITE};
use crate::layout::{Color, EntityKind, Lane, Result, Shape, Stroke, TimeScale, Zoom};
use crate::model::Status;
use crate::text::{self, FontFace};

/// The slice being drawn: where its days fall, its units and the sizes.
pub(super) struct Frame<'a> {
    /// Where the slice's days fall on the x axis.
    pub(super) g: &'a Geometry,
    /// The time unit of the axis.
    pub(super) zoom: Zoom,
    /// The slice's time units.
    pub(super) units: &'a [Unit],
    /// The width of the lane labels.
    pub(super) label_w: f32,
    /// The sizes of rows, bars and labels.
    pub(super) mt: Metrics,
}

/// The chart of the current page: its top, and the theme lanes drawn on it.
struct Chart {
    top: f32,
    lanes: Vec<Lane>,
}

/// Draws a planned slice, page by page.
pub(super) fn slice(doc: &mut Doc, f: &Frame, plan: &Plan) -> Result<()> {
    let mut y = page_head(doc, f)?;
    let mut chart = Chart {
        top: y,
        lanes: vec![],
    };
    y = top_rows(doc, f, plan, y)?;
    y += 6.0;
    for lane in &plan.lanes {
        y = draw_lane(doc, f, lane, y, &mut chart)?;
    }
    finish_chart(doc, f, &mut chart, y - LANE_GAP)
}

/// How far down the chart may go: the page's foot, less the room for
/// today's label and the legend (on screen, no limit).
fn bottom_limit(doc: &Doc) -> f32 {
    if doc.is_screen() {
        f32::MAX
    } else {
        doc.content_bottom() - FOOT
    }
}

fn handout_name(doc: &Doc) -> String {
    let period = doc
        .s
        .period
        .map(|p| format!(" {}", p.to_finnish()))
        .unwrap_or_default();
    format!("{}{period}", doc.tr("handout-roadmap"))
}

/// Starts a page of the slice: title block and axis; returns the y below.
fn page_head(doc: &mut Doc, f: &Frame) -> Result<f32> {
    doc.new_page();
    let y = if doc.is_screen() {
        doc.margin
    } else {
        doc.title_block(&handout_name(doc))?
    };
    draw_axis(doc, f.g, f.zoom, f.units, y)
}

/// The time axis of a page from `top`: the years (or months) with the
/// units of the zoom under them; returns the y below.
fn draw_axis(doc: &mut Doc, g: &Geometry, zoom: Zoom, slice: &[Unit], top: f32) -> Result<f32> {
    let lang = doc.lang;
    let primary_zoom = if zoom == Zoom::Week {
        Zoom::Month
    } else {
        Zoom::Year
    };
    let (Some(first), Some(last)) = (slice.first(), slice.last()) else {
        return Ok(top);
    };
    let primary = axis::units(first.start, last.end - Duration::days(1), primary_zoom);
    let bottom = top + PRIMARY_H + if zoom == Zoom::Year { 0.0 } else { SECONDARY_H };
    doc.rect(g.x0, top, g.x1 - g.x0, bottom - top, PANEL, None);
    // One form for the whole row ("tammikuu 2028" … or "tammi 2028" …),
    // the longest that fits every whole unit.
    let mut row = vec![];
    for u in &primary {
        let Some((a, b)) = g.span(u.start, u.end - Duration::days(1)) else {
            continue;
        };
        let (y, m0) = (u.start.year(), u.start.month0() as usize);
        let candidates = if primary_zoom == Zoom::Year {
            vec![y.to_string()]
        } else {
            vec![
                format!("{} {y}", lang.text(axis::MONTHS[m0])),
                format!("{} {y}", lang.text(axis::MONTHS_SHORT[m0])),
                format!("{}/{y}", m0 + 1),
                lang.text(axis::MONTHS_SHORT[m0]),
            ]
        };
        let whole = u.start >= g.origin && u.end <= g.end_excl;
        row.push((a, b, whole, candidates));
    }
    let chosen = one_form(&row, FontFace::Bold, 9.0, 4.0)?;
    for ((a, b, _, _), label) in row.iter().zip(chosen) {
        if let Some(c) = label {
            let (x, y) = ((a + b) / 2.0, top + 11.5);
            doc.text(x, y, &c, FontFace::Bold, 9.0, INK, Align::Center, None)?;
        }
        doc.line(*a, top, *a, bottom, RULE, 0.75);
    }
    if zoom != Zoom::Year {
        let y = top + PRIMARY_H;
        doc.line(g.x0, y, g.x1, y, RULE, 0.5);
        let (mut row, mut lines) = (vec![], vec![]);
        for u in slice {
            let Some((a, b)) = g.span(u.start, u.end - Duration::days(1)) else {
                continue;
            };
            let candidates: Vec<String> = match zoom {
                Zoom::Quarter => {
                    let q = u.start.month0() / 3 + 1;
                    vec![
                        lang.tr(&Message::new("handout-quarter").num("q", q as f64)),
                        lang.tr(&Message::new("handout-quarter-short").num("q", q as f64)),
                    ]
                }
                Zoom::Month => {
                    let i = u.start.month0() as usize;
                    let short = lang.text(axis::MONTHS_SHORT[i]);
                    let initial: String = short.chars().take(1).collect::<String>().to_uppercase();
                    vec![lang.text(axis::MONTHS[i]), short, initial]
                }
                Zoom::Week => {
                    let wk = u.start.iso_week().week();
                    vec![
                        lang.tr(&Message::new("handout-week").num("week", wk as f64)),
                        wk.to_string(),
                    ]
                }
                Zoom::Year => vec![],
            };
            let whole = u.start >= g.origin && u.end <= g.end_excl;
            row.push((a, b, whole, candidates));
            lines.push(u.start != first.start);
        }
        let chosen = one_form(&row, FontFace::Regular, 7.0, 3.0)?;
        for (((a, b, _, _), label), line) in row.iter().zip(chosen).zip(lines) {
            if let Some(c) = label {
                let x = (a + b) / 2.0;
                doc.text(
                    x,
                    y + 10.0,
                    &c,
                    FontFace::Regular,
                    7.0,
                    MUTED,
                    Align::Center,
                    None,
                )?;
            }
            if line {
                doc.line(*a, y, *a, bottom, RULE, 0.4);
            }
        }
    }
    doc.line(g.x1, top, g.x1, bottom, RULE, 0.75);
    Ok(bottom)
}

/// The label of each unit of an axis row `(a, b, whole, candidates)`, the
/// candidates longest first: the first form that fits every whole unit, so
/// the row reads alike ("elokuu, syyskuu", never "elokuu, syys"); a unit
/// too narrow for it (a part unit at an edge) takes the first that fits.
fn one_form(
    row: &[(f32, f32, bool, Vec<String>)],
    face: FontFace,
    size: f32,
    pad: f32,
) -> Result<Vec<Option<String>>> {
    let fits = |c: &str, a: f32, b: f32| -> Result<bool> {
        Ok(text::width(face, size, c)? <= b - a - pad)
    };
    let mut first_fit = Vec::with_capacity(row.len());
    for (a, b, _, candidates) in row {
        let mut found = None;
        for (i, c) in candidates.iter().enumerate() {
            if fits(c, *a, *b)? {
                found = Some(i);
                break;
            }
        }
        first_fit.push(found);
    }
    let common = row
        .iter()
        .zip(&first_fit)
        .filter(|((.., whole, _), _)| *whole)
        .filter_map(|(_, f)| *f)
        .max()
        .unwrap_or(0);
    let mut out = Vec::with_capacity(row.len());
    for ((a, b, _, candidates), f) in row.iter().zip(&first_fit) {
        let mut label = None;
        if let Some(f) = f {
            for c in candidates.iter().skip(common.max(*f)) {
                if fits(c, *a, *b)? {
                    label = Some(c.clone());
                    break;
                }
            }
        }
        out.push(label);
    }
    Ok(out)
}

/// Grid lines of the units from `top` to `bottom`: white on a tinted lane,
/// hairlines on paper.
fn grid(
    doc: &mut Doc,
    g: &Geometry,
    zoom: Zoom,
    slice: &[Unit],
    top: f32,
    bottom: f32,
    on_tint: bool,
) {
    let Some(first) = slice.first() else { return };
    for u in slice.iter().filter(|u| u.start != first.start) {
        let a = g.x(u.start);
        let major = match zoom {
            Zoom::Week => u.start.day() <= 7,
            Zoom::Month => u.start.month0() % 3 == 0,
            _ => u.start.month() == 1 && u.start.day() == 1,
        };
        let (color, width) = match (on_tint, major) {
            (true, true) => (WHITE, 1.2),
            (true, false) => (WHITE, 0.6),
            (false, true) => (RULE, 0.75),
            (false, false) => (style::tint(RULE, 0.5), 0.4),
        };
        doc.line(a, top, a, bottom, color, width);
    }
}

/// The rows of the phases and the milestones above the lanes, with their
/// grid and today line; returns the y below them.
fn top_rows(doc: &mut Doc, f: &Frame, plan: &Plan, mut y: f32) -> Result<f32> {
    let (g, mt, m) = (f.g, f.mt, doc.margin);
    let (phase_rows, ms_rows) = (&plan.phases, &plan.milestones);
    if !phase_rows.is_empty() || !ms_rows.is_empty() {
        let h =
            6.0 + if phase_rows.is_empty() {
                0.0
            } else {
                4.0 + phase_rows.len() as f32 * mt.top_h
            } + if ms_rows.is_empty() {
                0.0
            } else {
                4.0 + ms_rows.len() as f32 * mt.top_h
            };
        grid(doc, g, f.zoom, f.units, y, y + h, false);
        today_line(doc, g, y, y + h);
    }
    if !phase_rows.is_empty() {
        y += 4.0;
        let label = doc.tr("handout-phases");
        side_label(doc, m, y, mt.top_h, f.label_w, &label)?;
        for (r, row) in phase_rows.iter().enumerate() {
            for p in row {
                draw_phase(doc, p, y + r as f32 * mt.top_h + 2.0, mt)?;
            }
        }
        y += phase_rows.len() as f32 * mt.top_h;
    }
    if !ms_rows.is_empty() {
        y += 4.0;
        let label = doc.tr("handout-milestones");
        side_label(doc, m, y, mt.top_h, f.label_w, &label)?;
        for (r, row) in ms_rows.iter().enumerate() {
            for p in row {
                draw_mark(doc, p, y + r as f32 * mt.top_h, mt)?;
            }
        }
        y += ms_rows.len() as f32 * mt.top_h;
    }
    Ok(y)
}

/// A phase's band with its name, its top at `top`: in the colour of the
/// first theme on the surface in it, else a tint of the accent.
fn draw_phase(doc: &mut Doc, p: &Placed, top: f32, mt: Metrics) -> Result<()> {
    let s = doc.s;
    let surfaced = s
        .phases
        .iter()
        .find(|ph| ph.id == p.id)
        .map(|ph| ph.surfaced.clone())
        .unwrap_or_default();
    let color = surfaced
        .first()
        .and_then(|t| s.theme(t))
        .map(|t| style::theme_color(s, t))
        .unwrap_or(style::ACCENT);
    let e = ent(EntityKind::Phase, &p.id);
    // A band as tall as a bar and a little, in the middle of a grown row.
    let bh = (mt.top_h - 4.0).min(mt.bar_h + 1.0);
    let top = top - 2.0 + (mt.top_h - bh) / 2.0;
    let fill = if surfaced.is_empty() {
        style::tint(color, 0.82)
    } else {
        color
    };
    doc.round_rect(
        p.x1 + 0.5,
        top,
        p.x2 - p.x1 - 1.0,
        bh,
        3.0,
        Some(fill),
        None,
        e.clone(),
    );
    let base = top + bh / 2.0 + 0.36 * mt.label;
    let ink = if p.inside { style::text_on(fill) } else { INK };
    doc.text(
        p.label_x,
        base,
        &p.label,
        FontFace::Bold,
        mt.label,
        ink,
        Align::Left,
        e,
    )?;
    Ok(())
}

/// A milestone's diamond (in its kind's colour) or an event's grey dot,
/// with its label, in the row whose top is `top`.
fn draw_mark(doc: &mut Doc, p: &Placed, top: f32, mt: Metrics) -> Result<()> {
    let cy = top + mt.top_h / 2.0;
    let cx = (p.x1 + p.x2) / 2.0;
    let e = ent(p.kind, &p.id);
    let outline = Some(Stroke {
        color: WHITE,
        width: 0.75,
        dash: None,
    });
    // An event is a grey dot with a muted label; a milestone a
    // diamond in its kind's colour.
    let (mark, ink) = if p.kind == EntityKind::Event {
        let shape = Shape::Circle {
            cx,
            cy,
            r: 4.0,
            fill: Some(style::tint(MUTED, 0.2)),
            stroke: outline,
        };
        (shape, MUTED)
    } else {
        let color = style::milestone_color(p.milestone.unwrap_or_default());
        // A late one (an evaluation not done) is outlined in red, as late
        // bars are, and its label says so: not colour alone.
        let late = p.status == Status::Late;
        let shape = Shape::Polygon {
            points: vec![
                (cx, cy - 5.0),
                (cx + 5.0, cy),
                (cx, cy + 5.0),
                (cx - 5.0, cy),
            ],
            fill: Some(color),
            stroke: if late {
                Some(Stroke {
                    color: style::RED,
                    width: 1.6,
                    dash: None,
                })
            } else {
                outline
            },
        };
        (shape, if late { style::RED } else { INK })
    };
    doc.push(mark, e.clone());
    doc.text(
        p.label_x,
        cy + 0.36 * mt.label,
        &p.label,
        FontFace::Regular,
        mt.label,
        ink,
        Align::Left,
        e,
    )?;
    Ok(())
}

/// A lane from `y` down, flowing onto new pages when its rows do not fit;
/// returns the y below it.
fn draw_lane(
    doc: &mut Doc,
    f: &Frame,
    lane: &LaneRows,
    mut y: f32,
    chart: &mut Chart,
) -> Result<f32> {
    let (g, mt, label_w) = (f.g, f.mt, f.label_w);
    let s = doc.s;
    let m = doc.margin;
    let e = lane.theme.as_ref().and_then(|t| ent(EntityKind::Theme, t));
    let label_h = super::fit::lane_label_h(lane, label_w)?;
    let mut r = 0;
    loop {
        // As many rows as fit on this page; a new page when none (or too
        // few for the lane's label) do.
        let rows_left = lane.rows.len().saturating_sub(r).max(usize::from(r == 0));
        let avail = bottom_limit(doc) - y;
        let fit = ((avail - 8.0) / mt.row_h).floor().max(0.0) as usize;
        let too_short = fit < rows_left && (fit as f32 * mt.row_h + 8.0) < label_h;
        if (fit == 0 || too_short || (rows_left <= fit && avail < label_h)) && y > chart.top + 7.0 {
            finish_chart(doc, f, chart, y - LANE_GAP)?;
            let top = page_head(doc, f)?;
            chart.top = top;
            y = top + 6.0;
            continue;
        }
        let take = rows_left.min(fit.max(1));
        let h = (take as f32 * mt.row_h + 8.0).max(label_h);
        doc.rect(
            g.x0,
            y,
            g.x1 - g.x0,
            h,
            style::tint(lane.color, 0.93),
            e.clone(),
        );
        // The phases in which this theme is on the surface.
        for ph in s
            .phases
            .iter()
            .filter(|ph| lane.theme.as_ref().is_some_and(|t| ph.surfaced.contains(t)))
        {
            if let Some((a, b)) = axis::phase_span(ph.start, ph.end)
                && let Some((x1, x2)) = g.span(a, b)
            {
                doc.rect(
                    x1,
                    y,
                    x2 - x1,
                    h,
                    style::tint(lane.color, 0.80),
                    ent(EntityKind::Phase, &ph.id),
                );
            }
        }
        grid(doc, g, f.zoom, f.units, y, y + h, true);
        today_line(doc, g, y, y + h + LANE_GAP);
        // The lane label, repeated on each page.
        doc.rect(m, y, 4.0, h, lane.color, e.clone());
        let mut ly = y + 5.0;
        if !lane.code.is_empty() {
            doc.text_fit(
                m + 10.0,
                ly + 7.0,
                &lane.code,
                FontFace::Bold,
                7.0,
                lane.color,
                label_w - 12.0,
                Align::Left,
                e.clone(),
            )?;
            ly += 11.0;
        }
        doc.paragraph(
            m + 10.0,
            ly,
            &lane.name,
            FontFace::Bold,
            9.0,
            INK,
            label_w - 12.0,
            3,
            e.clone(),
        )?;
        if r > 0 && h >= label_h + 9.0 {
            let cont = doc.tr("handout-continued");
            doc.text_fit(
                m + 10.0,
                y + h - 4.0,
                &cont,
                FontFace::Regular,
                6.5,
                FAINT,
                label_w - 12.0,
                Align::Left,
                None,
            )?;
        }
        for (k, row) in lane.rows.iter().skip(r).take(take).enumerate() {
            let top = y + 4.0 + k as f32 * mt.row_h + (mt.row_h - mt.bar_h) / 2.0;
            for p in row {
                match p.look {
                    Look::Bar => {
                        super::ghost::ghost_bar(doc, g, p, top, lane.color, mt);
                        draw_bar(doc, p, top, lane.color, mt)?;
                    }
                    Look::Period { bar, due, status } => {
                        draw_period(doc, p, top, lane.color, mt, (bar, due, status))?;
                    }
                    Look::Due { status } => {
                        let cy = top + mt.bar_h / 2.0;
                        let e = ent(EntityKind::Document, &p.id);
                        page_mark(doc, (p.x1 + p.x2) / 2.0, cy, lane.color, status, e);
                        doc_label(doc, p, cy, mt)?;
                    }
                }
            }
        }
        // Only a theme's lane is a place to draw a new action in.
        if let Some(theme) = &lane.theme {
            chart.lanes.push(Lane {
                theme: theme.clone(),
                rect: (g.x0, y, g.x1 - g.x0, h),
            });
        }
        y += h + LANE_GAP;
        r += take;
        if r >= lane.rows.len() {
            return Ok(y);
        }
    }
}

fn side_label(doc: &mut Doc, m: f32, top: f32, row_h: f32, label_w: f32, text: &str) -> Result<()> {
    doc.text_fit(
        m + 10.0,
        top + row_h / 2.0 + 2.7,
        text,
        FontFace::Bold,
        7.5,
        MUTED,
        label_w - 12.0,
        Align::Left,
        None,
    )?;
    Ok(())
}

fn draw_bar(doc: &mut Doc, p: &Placed, top: f32, color: Color, mt: Metrics) -> Result<()> {
    let e = ent(EntityKind::Action, &p.id);
    let (fill, stroke) = bar_paint(p.status, color);
    doc.round_rect(
        p.x1,
        top,
        p.x2 - p.x1,
        mt.bar_h,
        2.5,
        Some(fill),
        stroke,
        e.clone(),
    );
    if p.status == Status::Late {
        super::dues::hatch(doc, (p.x1, top, p.x2 - p.x1, mt.bar_h), fill, e.clone());
    }
    super::dues::ticks(doc, &p.ticks, top, mt.bar_h, e.clone());
    let color = if p.inside { style::text_on(fill) } else { INK };
    let base = top + mt.bar_h / 2.0 + 0.36 * mt.label;
    doc.text(
        p.label_x,
        base,
        &p.label,
        FontFace::Regular,
        mt.label,
        color,
        Align::Left,
        e,
    )?;
    Ok(())
}

/// A document's name beside its mark or bar, its middle at `cy`.
fn doc_label(doc: &mut Doc, p: &Placed, cy: f32, mt: Metrics) -> Result<()> {
    doc.text(
        p.label_x,
        cy + 0.36 * mt.label,
        &p.label,
        FontFace::Regular,
        mt.label,
        INK,
        Align::Left,
        ent(EntityKind::Document, &p.id),
    )?;
    Ok(())
}

/// A document's period: a thin bar at the foot of the row with the name
/// above it, or in the middle of the row with the name beside it; a page
/// mark on it at the due day, if any.
fn draw_period(
    doc: &mut Doc,
    p: &Placed,
    top: f32,
    color: Color,
    mt: Metrics,
    ((x1, x2), due, status): ((f32, f32), Option<f32>, Option<Status>),
) -> Result<()> {
    let e = ent(EntityKind::Document, &p.id);
    let thin = (mt.bar_h * 0.3).max(3.0);
    let (fill, stroke) = document_paint(status, color);
    let stroke = (stroke.color != WHITE).then_some(Stroke {
        width: stroke.width.min(1.0),
        ..stroke
    });
    let bar_top = if p.inside {
        top + mt.bar_h - thin
    } else {
        top + (mt.bar_h - thin) / 2.0
    };
    doc.round_rect(
        x1,
        bar_top,
        (x2 - x1).max(3.0),
        thin,
        thin / 2.0,
        Some(fill),
        stroke,
        e.clone(),
    );
    if let Some(x) = due {
        page_mark(doc, x, bar_top + thin / 2.0, color, status, e.clone());
    }
    if p.inside {
        doc.text(
            p.label_x,
            bar_top - 0.75 - 0.28 * mt.label,
            &p.label,
            FontFace::Regular,
            mt.label,
            INK,
            Align::Left,
            e,
        )?;
    } else {
        doc_label(doc, p, top + mt.bar_h / 2.0, mt)?;
    }
    Ok(())
}

/// A piece of the today line, under the bars that follow it.
fn today_line(doc: &mut Doc, g: &Geometry, top: f32, bottom: f32) {
    let today = doc.view.today;
    if today >= g.origin && today < g.end_excl {
        let x = g.x(today) + g.ppd / 2.0;
        let stroke = Stroke {
            color: RED,
            width: 1.0,
            dash: None,
        };
        doc.push(
            Shape::Line {
                x1: x,
                y1: top,
                x2: x,
                y2: bottom,
                stroke,
            },
            None,
        );
    }
}

/// Today's label, time scale and legend of a finished chart page.
fn finish_chart(doc: &mut Doc, f: &Frame, chart: &mut Chart, chart_bottom: f32) -> Result<()> {
    let g = f.g;
    let bottom = chart_bottom.max(chart.top + 10.0);
    let today = doc.view.today;
    let y = bottom + 4.0;
    let today_shown = today >= g.origin && today < g.end_excl;
    if today_shown {
        let x = g.x(today) + g.ppd / 2.0;
        let d = today;
        let label = doc.trm(
            &Message::new("handout-today")
                .arg("date", format!("{}.{}.{}", d.day(), d.month(), d.year())),
        );
        let w = text::width(FontFace::Bold, 7.0, &label)?;
        let (lx, align) = if x + 3.0 + w <= g.x1 {
            (x + 3.0, Align::Left)
        } else {
            (x - 3.0, Align::Right)
        };
        doc.text(lx, y + 7.0, &label, FontFace::Bold, 7.0, RED, align, None)?;
    }
    doc.set_time_scale(TimeScale {
        origin: g.origin,
        end: g.end_excl - Duration::days(1),
        x0: g.x0,
        points_per_day: g.ppd,
        zoom: f.zoom,
        lanes: std::mem::take(&mut chart.lanes),
    });
    if doc.is_screen() {
        doc.grow_to(y + 14.0 + doc.margin);
    } else {
        let top = (y + 18.0).max(doc.content_bottom() - 26.0);
        legend(doc, g, top, today_shown)?;
    }
    Ok(())
}
