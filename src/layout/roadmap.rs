//! The roadmap: a Finnish time axis, a swimlane per theme with the actions
//! as bars and its dated plans, reports and programmes (a period as a thin
//! bar, a due date as a page mark), the rollout phases as bands (the theme
//! "on the surface" stressed in its lane), milestones, a today line and a
//! legend. Documents that name no theme share one last lane, "Plans and
//! reports", under the themes.
//!
//! On paper the range is cut into time slices that each keep a readable unit
//! width (A3 landscape holds four years of quarters; A4 splits them), and the
//! lanes flow down the pages with their labels repeated. Bars are packed
//! into rows so that no label touches another: a label sits inside its bar
//! (above a thin bar) when it fits, else beside it, else it is shortened and
//! reported. A phase's name does the same: it runs beside a short band, and
//! the band moves to a row of its own when the next band starts there.

use chrono::{Datelike, Duration, NaiveDate};

use super::axis::{self, Unit};
use super::canvas::{Align, Doc, ent, line_height};
use super::style::{self, FAINT, INK, MUTED, PANEL, RED, RULE, WHITE};
use super::{Color, EntityKind, Lane, Medium, Result, Shape, Stroke, TimeScale, Zoom};
use crate::i18n::Message;
use crate::model::{Document, Id, MilestoneKind, Status, Strategy};
use crate::text::{self, FontFace};

const GAP: f32 = 6.0;
const PRIMARY_H: f32 = 16.0;
const SECONDARY_H: f32 = 14.0;
const LANE_GAP: f32 = 5.0;

/// Sizes of rows, bars and labels; scaled up when the page has room.
#[derive(Debug, Clone, Copy)]
struct Metrics {
    row_h: f32,
    bar_h: f32,
    label: f32,
}

impl Metrics {
    fn scaled(k: f32) -> Metrics {
        Metrics {
            row_h: 17.0 * k,
            bar_h: 12.0 * k,
            label: 7.5 * k.min(1.25),
        }
    }
}

/// How an item of a lane is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Look {
    /// A bar of an action (phases, milestones and events are drawn by kind).
    Bar,
    /// A document's period as a thin bar from `bar.0` to `bar.1`, with the
    /// x of its due day if any.
    Period {
        bar: (f32, f32),
        due: Option<f32>,
        status: Option<Status>,
    },
    /// A document with only a due date: a page mark at the middle of x1..x2.
    Due { status: Option<Status> },
}

/// A bar (or a milestone) with its label, placed on the x axis.
#[derive(Debug, Clone)]
struct Placed {
    id: Id,
    kind: EntityKind,
    x1: f32,
    x2: f32,
    label: String,
    label_x: f32,
    label_w: f32,
    inside: bool,
    occ: (f32, f32),
    status: Status,
    milestone: Option<MilestoneKind>,
    look: Look,
}

/// A milestone or an event at `x`, `half` wide on each side, its label not
/// yet placed.
fn point(
    id: &Id,
    kind: EntityKind,
    x: f32,
    half: f32,
    name: &str,
    milestone: Option<MilestoneKind>,
) -> Placed {
    Placed {
        id: id.clone(),
        kind,
        x1: x - half,
        x2: x + half,
        label: name.to_owned(),
        label_x: 0.0,
        label_w: 0.0,
        inside: false,
        occ: (x - half, x + half),
        status: Status::NotStarted,
        milestone,
        look: Look::Bar,
    }
}

struct Geometry {
    x0: f32,
    x1: f32,
    origin: NaiveDate,
    end_excl: NaiveDate,
    ppd: f32,
}

impl Geometry {
    fn x(&self, d: NaiveDate) -> f32 {
        self.x0 + (d - self.origin).num_days() as f32 * self.ppd
    }
    /// The x extent of the days `a..=b`, clipped; `None` when outside.
    fn span(&self, a: NaiveDate, b: NaiveDate) -> Option<(f32, f32)> {
        if b < self.origin || a >= self.end_excl {
            return None;
        }
        let a = a.max(self.origin);
        let b = (b + Duration::days(1)).min(self.end_excl);
        Some((self.x(a), self.x(b)))
    }
}

/// Packs items into rows so their occupied intervals never touch.
fn pack(items: Vec<Placed>, gap: f32) -> Vec<Vec<Placed>> {
    let mut rows: Vec<Vec<Placed>> = vec![];
    for it in items {
        let free = rows.iter().position(|r| {
            r.iter()
                .all(|o| it.occ.1 + gap <= o.occ.0 || o.occ.1 + gap <= it.occ.0)
        });
        match free {
            Some(i) => rows[i].push(it),
            None => rows.push(vec![it]),
        }
    }
    rows
}

/// A swimlane: a theme's, or (`theme` `None`) the shared lane of the plans
/// and reports that name no theme.
struct LaneRows {
    theme: Option<Id>,
    color: Color,
    code: String,
    name: String,
    rows: Vec<Vec<Placed>>,
}

pub fn lay_out(doc: &mut Doc) -> Result<()> {
    let s = doc.s;
    let view = doc.view;
    let (mut start, mut end) = axis::default_range(s, view.today);
    if let Some(y) = view.from {
        start = NaiveDate::from_ymd_opt(y, 1, 1).unwrap_or(start);
        if view.to.is_none() && end < start {
            end = NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(end);
        }
    }
    if let Some(y) = view.to {
        end = NaiveDate::from_ymd_opt(y, 12, 31).unwrap_or(end);
    }
    if end < start {
        return Err(super::LayoutError::EmptyRange {
            from: start.year(),
            to: end.year(),
        });
    }
    let zoom = view
        .zoom
        .unwrap_or_else(|| axis::default_zoom((end - start).num_days()));
    let units = axis::units(start, end, zoom);
    let (origin, end_excl) = match (units.first(), units.last()) {
        (Some(a), Some(b)) => (a.start, b.end),
        _ => (start, end + Duration::days(1)),
    };
    let m = doc.margin;
    let label_w = (doc.width * 0.13).clamp(96.0, 160.0);
    let chart_x0 = m + label_w + 10.0;
    if doc.is_screen() {
        // A zoom on screen is a scale: every unit as wide as stays readable
        // (the rule a page uses to split), the picture wider than the
        // window when it must, scrolled sideways.
        let needed = units.len() as f32 * axis::min_unit_width(zoom);
        doc.width = doc.width.max(chart_x0 + needed + m);
    }
    let chart_x1 = doc.width - m;
    let chart_w = chart_x1 - chart_x0;
    // Time slices: as many units per page as stay readable.
    let slices: Vec<Vec<Unit>> = match doc.view.medium {
        Medium::Screen { .. } => vec![units.clone()],
        Medium::Paper { .. } => {
            let per_page = ((chart_w / axis::min_unit_width(zoom)).floor() as usize).max(1);
            let pages = units.len().div_ceil(per_page).max(1);
            let per = units.len().div_ceil(pages).max(1);
            units.chunks(per).map(<[Unit]>::to_vec).collect()
        }
    };
    for slice in &slices {
        let (Some(first), Some(last)) = (slice.first(), slice.last()) else {
            continue;
        };
        let days = (last.end - first.start).num_days().max(1) as f32;
        let g = Geometry {
            x0: chart_x0,
            x1: chart_x1,
            origin: first.start,
            end_excl: last.end,
            ppd: chart_w / days,
        };
        lay_out_slice(doc, &g, zoom, slice, label_w)?;
    }
    let _ = origin;
    let _ = end_excl;
    Ok(())
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
fn page_head(
    doc: &mut Doc,
    g: &Geometry,
    zoom: Zoom,
    slice: &[Unit],
    label_w: f32,
) -> Result<(f32, f32)> {
    doc.new_page();
    let mut y = if doc.is_screen() {
        doc.margin
    } else {
        doc.title_block(&handout_name(doc))?
    };
    let axis_top = y;
    y = draw_axis(doc, g, zoom, slice, y)?;
    let _ = label_w;
    Ok((axis_top, y))
}

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
    for u in &primary {
        let Some((a, b)) = g.span(u.start, u.end - Duration::days(1)) else {
            continue;
        };
        // The longest form that fits: "tammikuu 2028", "tammi 2028", "1/2028".
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
        for c in candidates {
            if text::width(FontFace::Bold, 9.0, &c)? <= b - a - 4.0 {
                doc.text(
                    (a + b) / 2.0,
                    top + 11.5,
                    &c,
                    FontFace::Bold,
                    9.0,
                    INK,
                    Align::Center,
                    None,
                )?;
                break;
            }
        }
        doc.line(a, top, a, bottom, RULE, 0.75);
    }
    if zoom != Zoom::Year {
        let y = top + PRIMARY_H;
        doc.line(g.x0, y, g.x1, y, RULE, 0.5);
        for u in slice {
            let Some((a, b)) = g.span(u.start, u.end - Duration::days(1)) else {
                continue;
            };
            let w = b - a - 3.0;
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
            let mut chosen = None;
            for c in &candidates {
                if text::width(FontFace::Regular, 7.0, c)? <= w {
                    chosen = Some(c.clone());
                    break;
                }
            }
            if let Some(c) = chosen {
                doc.text(
                    (a + b) / 2.0,
                    y + 10.0,
                    &c,
                    FontFace::Regular,
                    7.0,
                    MUTED,
                    Align::Center,
                    None,
                )?;
            }
            if u.start != first.start {
                doc.line(a, y, a, bottom, RULE, 0.4);
            }
        }
    }
    doc.line(g.x1, top, g.x1, bottom, RULE, 0.75);
    Ok(bottom)
}

/// Grid lines of the primary units down the chart.
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

fn place_label(
    doc: &mut Doc,
    g: &Geometry,
    mut p: Placed,
    (font, size): (FontFace, f32),
    allow_inside: bool,
    report: bool,
) -> Result<Placed> {
    let lw = text::width(font, size, &p.label)?;
    let (x1, x2) = (p.x1, p.x2);
    p.label_w = lw;
    if allow_inside && lw + 8.0 <= x2 - x1 {
        p.inside = true;
        p.label_x = x1 + 4.0;
        p.occ = (x1, x2);
        return Ok(p);
    }
    if x2 + 4.0 + lw <= g.x1 {
        p.label_x = x2 + 4.0;
        p.occ = (x1, x2 + 4.0 + lw);
        return Ok(p);
    }
    if x1 - 4.0 - lw >= g.x0 {
        p.label_x = x1 - 4.0 - lw;
        p.occ = (x1 - 4.0 - lw, x2);
        return Ok(p);
    }
    // Nowhere whole: shorten it where there is most room.
    let inside = if allow_inside { x2 - x1 - 8.0 } else { 0.0 };
    let right = g.x1 - x2 - 4.0;
    let left = x1 - 4.0 - g.x0;
    let room = inside.max(right).max(left).max(0.0);
    let (shown, w, _) = text::ellipsize(font, size, &p.label, room)?;
    if report {
        doc.report(&p.label, &shown, ent(p.kind, &p.id));
    }
    p.label = shown;
    p.label_w = w;
    if room == inside {
        p.inside = true;
        p.label_x = x1 + 4.0;
        p.occ = (x1, x2);
    } else if room == right {
        p.label_x = x2 + 4.0;
        p.occ = (x1, x2 + 4.0 + w);
    } else {
        p.label_x = x1 - 4.0 - w;
        p.occ = (x1 - 4.0 - w, x2);
    }
    Ok(p)
}

/// What a slice shows, placed on the x axis and packed into rows.
struct Plan {
    lanes: Vec<LaneRows>,
    phases: Vec<Vec<Placed>>,
    milestones: Vec<Vec<Placed>>,
}

/// A dated document as this slice shows it: the x extent of its period and
/// the x of its due day, whichever fall in the slice.
struct DocSpan<'a> {
    doc: &'a Document,
    first: NaiveDate,
    period: Option<(f32, f32)>,
    due: Option<f32>,
}

/// Whether a document passes the owner and status filters as an action
/// would (a document whose status is not known passes no status filter).
fn admits_document(view: &super::View, d: &Document) -> bool {
    (view.owners.is_empty() || d.owners.iter().any(|o| view.owners.contains(o)))
        && (view.statuses.is_empty() || d.status.is_some_and(|st| view.statuses.contains(&st)))
}

/// Whether a document names a theme of the strategy (else it goes to the
/// shared lane).
fn names_a_theme(s: &Strategy, d: &Document) -> bool {
    d.themes.iter().any(|t| s.theme(t).is_some())
}

/// The documents with a period or a due date in this slice that pass the
/// view's owner and status filters, in the strategy's order.
fn dated_documents<'a>(s: &'a Strategy, view: &super::View, g: &Geometry) -> Vec<DocSpan<'a>> {
    let mut out = vec![];
    for d in &s.documents {
        // Drawn in a shown theme's lane, or in the shared lane.
        let in_a_lane = !names_a_theme(s, d)
            || view.themes.is_empty()
            || d.themes.iter().any(|t| view.themes.contains(t));
        if !admits_document(view, d) || !in_a_lane {
            continue;
        }
        let period_days = d
            .period
            .and_then(|p| axis::phase_span(Some(p.start), Some(p.end)));
        let period = period_days.and_then(|(a, b)| g.span(a, b));
        let due_day = d.due.map(axis::milestone_day);
        let due = due_day
            .filter(|day| *day >= g.origin && *day < g.end_excl)
            .map(|day| g.x(day) + g.ppd / 2.0);
        if period.is_none() && due.is_none() {
            continue;
        }
        let first = match (period_days, due_day) {
            (Some((a, _)), Some(b)) => a.min(b),
            (Some((a, _)), None) => a,
            (None, Some(b)) => b,
            (None, None) => continue,
        };
        out.push(DocSpan {
            doc: d,
            first,
            period,
            due,
        });
    }
    out
}

/// Half the width of a document's page mark (and of a milestone's diamond).
const MARK_HALF: f32 = 4.5;

/// A document placed in a lane: a thin bar with its name above it when it
/// fits, else a bar or a page mark with the name beside it.
fn place_document(
    doc: &mut Doc,
    g: &Geometry,
    ds: &DocSpan,
    mt: Metrics,
    report: bool,
) -> Result<Placed> {
    let d = ds.doc;
    let (x1, x2, look) = match (ds.period, ds.due) {
        (Some((a, b)), due) => {
            let b = b.max(a + 3.0);
            let look = Look::Period {
                bar: (a, b),
                due,
                status: d.status,
            };
            let (a, b) = match due {
                Some(x) => (a.min(x - MARK_HALF), b.max(x + MARK_HALF)),
                None => (a, b),
            };
            (a, b, look)
        }
        (None, Some(x)) => (x - MARK_HALF, x + MARK_HALF, Look::Due { status: d.status }),
        (None, None) => (g.x0, g.x0 + 3.0, Look::Due { status: d.status }),
    };
    let p = Placed {
        id: d.id.clone(),
        kind: EntityKind::Document,
        x1,
        x2,
        label: d.name.clone(),
        label_x: 0.0,
        label_w: 0.0,
        inside: false,
        occ: (x1, x2),
        status: d.status.unwrap_or_default(),
        milestone: None,
        look,
    };
    // The name goes above a thin bar, from its start, unless a due mark
    // stands where it would be.
    let lw = text::width(FontFace::Regular, mt.label, &d.name)?;
    let above = match look {
        Look::Period { due: Some(x), .. } => x - MARK_HALF >= x1 + lw + 2.0,
        Look::Period { due: None, .. } => true,
        _ => false,
    };
    let mut p = place_label(doc, g, p, (FontFace::Regular, mt.label), above, report)?;
    if p.inside {
        p.label_x = x1;
    }
    Ok(p)
}

fn plan(doc: &mut Doc, g: &Geometry, mt: Metrics, report: bool) -> Result<Plan> {
    let s = doc.s;
    let view = doc.view;
    let range_first = g.origin;
    let range_last = g.end_excl - Duration::days(1);
    let documents = dated_documents(s, view, g);
    let mut lanes: Vec<LaneRows> = vec![];
    for theme in view.shown_themes(s) {
        let color = style::theme_color(s, theme);
        let mut acts: Vec<(NaiveDate, NaiveDate, usize, &crate::model::Action)> = vec![];
        for (i, a) in s.actions_of(&theme.id).enumerate() {
            if view.admits(a) {
                let (a0, a1) = axis::action_span(s, a).unwrap_or((range_first, range_last));
                acts.push((a0, a1, i, a));
            }
        }
        acts.sort_by_key(|x| (x.0, x.2));
        // Actions and this theme's documents, by when they start.
        let mut items: Vec<(NaiveDate, usize, Placed)> = vec![];
        for (a0, a1, i, a) in acts {
            let Some((x1, x2)) = g.span(a0, a1) else {
                continue;
            };
            let x2 = x2.max(x1 + 3.0);
            let p = Placed {
                id: a.id.clone(),
                kind: EntityKind::Action,
                x1,
                x2,
                label: a.name.clone(),
                label_x: 0.0,
                label_w: 0.0,
                inside: false,
                occ: (x1, x2),
                status: a.status,
                milestone: None,
                look: Look::Bar,
            };
            let p = place_label(doc, g, p, (FontFace::Regular, mt.label), true, report)?;
            items.push((a0, i, p));
        }
        for (j, ds) in documents
            .iter()
            .enumerate()
            .filter(|(_, ds)| ds.doc.themes.contains(&theme.id))
        {
            let p = place_document(doc, g, ds, mt, report)?;
            items.push((ds.first, usize::MAX / 2 + j, p));
        }
        items.sort_by_key(|x| (x.0, x.1));
        lanes.push(LaneRows {
            theme: Some(theme.id.clone()),
            color,
            code: theme.code.clone(),
            name: theme.name.clone(),
            rows: pack(items.into_iter().map(|x| x.2).collect(), GAP),
        });
    }
    // The plans and reports that name no theme share one lane.
    let mut shared: Vec<(NaiveDate, usize, Placed)> = vec![];
    for (j, ds) in documents
        .iter()
        .enumerate()
        .filter(|(_, ds)| !names_a_theme(s, ds.doc))
    {
        let p = place_document(doc, g, ds, mt, report)?;
        shared.push((ds.first, j, p));
    }
    if !shared.is_empty() {
        shared.sort_by_key(|x| (x.0, x.1));
        lanes.push(LaneRows {
            theme: None,
            color: style::DOCUMENTS,
            code: String::new(),
            name: doc.tr("handout-documents-lane"),
            rows: pack(shared.into_iter().map(|x| x.2).collect(), GAP),
        });
    }
    let mut phases: Vec<Placed> = vec![];
    for ph in &s.phases {
        let Some((a, b)) = axis::phase_span(ph.start, ph.end) else {
            continue;
        };
        let Some((x1, x2)) = g.span(a, b) else {
            continue;
        };
        // A phase's name sits inside its band when it fits, else beside it
        // (the band then takes a row of its own if the next band starts
        // there), else it is shortened where there is most room.
        let p = Placed {
            id: ph.id.clone(),
            kind: EntityKind::Phase,
            x1,
            x2,
            label: ph.name.clone(),
            label_x: 0.0,
            label_w: 0.0,
            inside: false,
            occ: (x1, x2),
            status: Status::NotStarted,
            milestone: None,
            look: Look::Bar,
        };
        let mut p = place_label(doc, g, p, (FontFace::Bold, mt.label), true, report)?;
        // Bands may touch; a label beside a band keeps a gap to the next.
        p.occ = if p.inside {
            (x1 + 0.5, x2 - 0.5)
        } else if p.label_x >= x2 {
            (x1 + 0.5, p.label_x + p.label_w + GAP)
        } else {
            (p.label_x - GAP, x2 - 0.5)
        };
        phases.push(p);
    }
    phases.sort_by(|a, b| a.x1.total_cmp(&b.x1));
    let mut dated: Vec<_> = s
        .milestones
        .iter()
        .filter_map(|ms| ms.date.map(|d| (axis::milestone_day(d), ms)))
        .collect();
    dated.sort_by_key(|x| x.0);
    // Dated events (meetings, workshops, decisions) share the milestones' rows.
    let events = s.events.iter().filter_map(|ev| {
        let day = axis::milestone_day(ev.date?);
        Some((day, &ev.id, EntityKind::Event, 4.0, &ev.name, None))
    });
    let marks = dated
        .into_iter()
        .map(|(day, m)| {
            (
                day,
                &m.id,
                EntityKind::Milestone,
                4.5,
                &m.name,
                Some(m.kind),
            )
        })
        .chain(events);
    let mut ms: Vec<Placed> = vec![];
    for (day, id, kind, half, name, milestone) in marks {
        if day < g.origin || day >= g.end_excl {
            continue;
        }
        let p = point(id, kind, g.x(day) + g.ppd / 2.0, half, name, milestone);
        ms.push(place_label(
            doc,
            g,
            p,
            (FontFace::Regular, mt.label),
            false,
            report,
        )?);
    }
    ms.sort_by(|a, b| a.x1.total_cmp(&b.x1));
    Ok(Plan {
        lanes,
        phases: pack(phases, 0.0),
        milestones: pack(ms, GAP),
    })
}

fn lane_label_h(lane: &LaneRows, label_w: f32) -> Result<f32> {
    let wrapped = text::wrap(FontFace::Bold, 9.0, &lane.name, label_w - 12.0, 3)?;
    let code_h = if lane.code.is_empty() { 0.0 } else { 11.0 };
    Ok(code_h + wrapped.lines.len() as f32 * line_height(9.0) + 10.0)
}

fn plan_height(p: &Plan, mt: Metrics, label_w: f32) -> Result<f32> {
    let mut h = 6.0;
    if !p.phases.is_empty() {
        h += 4.0 + p.phases.len() as f32 * mt.row_h;
    }
    if !p.milestones.is_empty() {
        h += 4.0 + p.milestones.len() as f32 * mt.row_h;
    }
    for lane in &p.lanes {
        h += (lane.rows.len().max(1) as f32 * mt.row_h + 8.0).max(lane_label_h(lane, label_w)?)
            + LANE_GAP;
    }
    Ok(h)
}

fn lay_out_slice(
    doc: &mut Doc,
    g: &Geometry,
    zoom: Zoom,
    slice: &[Unit],
    label_w: f32,
) -> Result<()> {
    let s = doc.s;
    let m = doc.margin;
    // Bigger rows and type when the page has room for them; a little
    // smaller when that keeps the slice on one page.
    let mut mt = Metrics::scaled(1.0);
    if !doc.is_screen() {
        let axis_h = PRIMARY_H + if zoom == Zoom::Year { 0.0 } else { SECONDARY_H };
        let avail = doc.content_bottom() - 44.0 - doc.title_block_bottom() - axis_h;
        for k in [1.7, 1.5, 1.35, 1.2, 1.0, 0.92, 0.85] {
            let trial = Metrics::scaled(k);
            let p = plan(doc, g, trial, false)?;
            let h = plan_height(&p, trial, label_w)?;
            if h <= avail {
                mt = trial;
                break;
            }
            // Shrinking cannot save a slice that spills far over the page.
            if k <= 1.0 && h * 0.85 / k > avail {
                break;
            }
        }
    }
    let Plan {
        lanes,
        phases: phase_rows,
        milestones: ms_rows,
    } = plan(doc, g, mt, true)?;

    // Draw, page by page.
    let (_, mut y) = page_head(doc, g, zoom, slice, label_w)?;
    let bottom_limit = |doc: &Doc| {
        if doc.is_screen() {
            f32::MAX
        } else {
            doc.content_bottom() - 44.0
        }
    };
    let mut chart_top = y;
    let mut lane_rects: Vec<Lane> = vec![];
    if !phase_rows.is_empty() || !ms_rows.is_empty() {
        let h =
            6.0 + if phase_rows.is_empty() {
                0.0
            } else {
                4.0 + phase_rows.len() as f32 * mt.row_h
            } + if ms_rows.is_empty() {
                0.0
            } else {
                4.0 + ms_rows.len() as f32 * mt.row_h
            };
        grid(doc, g, zoom, slice, y, y + h, false);
        today_line(doc, g, y, y + h);
    }
    if !phase_rows.is_empty() {
        y += 4.0;
        side_label(doc, m, y, mt.row_h, label_w, &doc.tr("handout-phases"))?;
        for (r, row) in phase_rows.iter().enumerate() {
            for p in row {
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
                let top = y + r as f32 * mt.row_h + 2.0;
                let bh = mt.row_h - 4.0;
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
            }
        }
        y += phase_rows.len() as f32 * mt.row_h;
    }
    if !ms_rows.is_empty() {
        y += 4.0;
        side_label(doc, m, y, mt.row_h, label_w, &doc.tr("handout-milestones"))?;
        for (r, row) in ms_rows.iter().enumerate() {
            for p in row {
                let top = y + r as f32 * mt.row_h;
                let cy = top + mt.row_h / 2.0;
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
                    let shape = Shape::Polygon {
                        points: vec![
                            (cx, cy - 5.0),
                            (cx + 5.0, cy),
                            (cx, cy + 5.0),
                            (cx - 5.0, cy),
                        ],
                        fill: Some(color),
                        stroke: outline,
                    };
                    (shape, INK)
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
            }
        }
        y += ms_rows.len() as f32 * mt.row_h;
    }
    y += 6.0;
    for lane in &lanes {
        let e = lane.theme.as_ref().and_then(|t| ent(EntityKind::Theme, t));
        let label_h = lane_label_h(lane, label_w)?;
        let mut r = 0;
        loop {
            // As many rows as fit on this page; a new page when none (or too
            // few for the lane's label) do.
            let rows_left = lane.rows.len().saturating_sub(r).max(usize::from(r == 0));
            let avail = bottom_limit(doc) - y;
            let fit = ((avail - 8.0) / mt.row_h).floor().max(0.0) as usize;
            let too_short = fit < rows_left && (fit as f32 * mt.row_h + 8.0) < label_h;
            if (fit == 0 || too_short || (rows_left <= fit && avail < label_h))
                && y > chart_top + 7.0
            {
                finish_chart(doc, g, chart_top, y - LANE_GAP, &mut lane_rects, zoom)?;
                let head = page_head(doc, g, zoom, slice, label_w)?;
                chart_top = head.1;
                y = head.1 + 6.0;
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
            grid(doc, g, zoom, slice, y, y + h, true);
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
                        Look::Bar => draw_bar(doc, p, top, lane.color, mt)?,
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
                lane_rects.push(Lane {
                    theme: theme.clone(),
                    rect: (g.x0, y, g.x1 - g.x0, h),
                });
            }
            y += h + LANE_GAP;
            r += take;
            if r >= lane.rows.len() {
                break;
            }
        }
    }
    finish_chart(doc, g, chart_top, y - LANE_GAP, &mut lane_rects, zoom)?;
    Ok(())
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

fn bar_paint(status: Status, color: Color) -> (Color, Option<Stroke>) {
    match status {
        Status::NotStarted => (style::tint(color, 0.55), None),
        Status::OnTrack => (color, None),
        Status::AtRisk => (
            color,
            Some(Stroke {
                color: style::AMBER,
                width: 1.6,
                dash: None,
            }),
        ),
        Status::Late => (
            color,
            Some(Stroke {
                color: RED,
                width: 1.6,
                dash: None,
            }),
        ),
        Status::Done => (
            style::tint(color, 0.78),
            Some(Stroke {
                color: style::GREEN,
                width: 1.0,
                dash: None,
            }),
        ),
    }
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

/// The paint of a document's mark or thin bar: by its status when known,
/// else the lane's colour.
fn document_paint(status: Option<Status>, color: Color) -> (Color, Stroke) {
    let white = Stroke {
        color: WHITE,
        width: 0.75,
        dash: None,
    };
    match status {
        None => (color, white),
        Some(st) => {
            let (fill, stroke) = bar_paint(st, color);
            (fill, stroke.unwrap_or(white))
        }
    }
}

/// A document's page mark (a sheet with a folded corner) centred at `cx, cy`.
fn page_mark(
    doc: &mut Doc,
    cx: f32,
    cy: f32,
    color: Color,
    status: Option<Status>,
    e: Option<super::EntityRef>,
) {
    let (fill, stroke) = document_paint(status, color);
    let (hw, hh, fold) = (3.6, 4.8, 2.6);
    let (l, r, t, b) = (cx - hw, cx + hw, cy - hh, cy + hh);
    doc.push(
        Shape::Polygon {
            points: vec![(l, t), (r - fold, t), (r, t + fold), (r, b), (l, b)],
            fill: Some(fill),
            stroke: Some(stroke),
        },
        e.clone(),
    );
    doc.push(
        Shape::Polyline {
            points: vec![(r - fold, t), (r - fold, t + fold), (r, t + fold)],
            stroke: Stroke {
                color: WHITE,
                width: 0.6,
                dash: None,
            },
        },
        e,
    );
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
fn finish_chart(
    doc: &mut Doc,
    g: &Geometry,
    chart_top: f32,
    chart_bottom: f32,
    lanes: &mut Vec<Lane>,
    zoom: Zoom,
) -> Result<()> {
    let bottom = chart_bottom.max(chart_top + 10.0);
    let today = doc.view.today;
    let y = bottom + 4.0;
    let today_shown = today >= g.origin && today < g.end_excl;
    if today_shown {
        let x = g.x(today) + g.ppd / 2.0;
        let _ = chart_top;
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
        zoom,
        lanes: std::mem::take(lanes),
    });
    if doc.is_screen() {
        doc.grow_to(y + 14.0 + doc.margin);
    } else {
        let top = (y + 18.0).max(doc.content_bottom() - 26.0);
        legend(doc, g, top, today_shown)?;
    }
    Ok(())
}

fn legend(doc: &mut Doc, g: &Geometry, top: f32, today_shown: bool) -> Result<()> {
    let s = doc.s;
    let m = doc.margin;
    let right = doc.width - m;
    let mut x = m;
    let mut y = top;
    let size = 7.0;
    let mut entries: Vec<(Swatch, String)> = vec![];
    // Only what this page's time slice shows.
    let shown = |d: Option<crate::model::PlanDate>| {
        d.map(axis::milestone_day)
            .is_some_and(|day| day >= g.origin && day < g.end_excl)
    };
    let mut kinds: Vec<MilestoneKind> = s
        .milestones
        .iter()
        .filter(|x| shown(x.date))
        .map(|x| x.kind)
        .collect();
    kinds.dedup();
    let mut seen = vec![];
    for k in kinds {
        if seen.contains(&k) {
            continue;
        }
        seen.push(k);
        let id = match k {
            MilestoneKind::KickOff => "handout-legend-kick-off",
            MilestoneKind::Council => "handout-legend-council",
            MilestoneKind::Board => "handout-legend-board",
            MilestoneKind::Evaluation => "handout-legend-evaluation",
            MilestoneKind::Other => "handout-legend-milestone",
        };
        entries.push((Swatch::Diamond(style::milestone_color(k)), doc.tr(id)));
    }
    if s.events.iter().any(|e| shown(e.date)) {
        entries.push((Swatch::Event, doc.tr("handout-legend-event")));
    }
    let documents = dated_documents(s, doc.view, g);
    if documents.iter().any(|d| d.due.is_some()) {
        entries.push((Swatch::DocumentDue, doc.tr("handout-legend-document-due")));
    }
    if documents.iter().any(|d| d.period.is_some()) {
        entries.push((
            Swatch::DocumentPeriod,
            doc.tr("handout-legend-document-period"),
        ));
    }
    if s.phases.iter().any(|p| !p.surfaced.is_empty()) {
        let label =
            doc.trm(&Message::new("handout-legend-surfaced").arg("theme", &s.theme_label.singular));
        entries.push((Swatch::Band, label));
    }
    let statuses: Vec<Status> = Status::ALL
        .into_iter()
        .filter(|st| s.actions.iter().any(|a| a.status == *st))
        .collect();
    for st in statuses {
        entries.push((Swatch::Bar(st), doc.tr(st.message_id())));
    }
    if today_shown {
        entries.push((Swatch::Today, doc.tr("handout-legend-today")));
    }
    let accent = s
        .themes
        .first()
        .map(|t| style::theme_color(s, t))
        .unwrap_or(style::ACCENT);
    for (sw, label) in entries {
        let w = text::width(FontFace::Regular, size, &label)?;
        let total = 14.0 + w + 14.0;
        if x + total > right && x > m {
            x = m;
            y += 12.0;
        }
        let cy = y + 5.0;
        match sw {
            Swatch::Diamond(c) => doc.push(
                Shape::Polygon {
                    points: vec![
                        (x + 4.0, cy - 4.0),
                        (x + 8.0, cy),
                        (x + 4.0, cy + 4.0),
                        (x, cy),
                    ],
                    fill: Some(c),
                    stroke: None,
                },
                None,
            ),
            Swatch::Event => doc.push(
                Shape::Circle {
                    cx: x + 4.0,
                    cy,
                    r: 3.5,
                    fill: Some(style::tint(MUTED, 0.2)),
                    stroke: None,
                },
                None,
            ),
            Swatch::DocumentDue => page_mark(doc, x + 4.0, cy, style::DOCUMENTS, None, None),
            Swatch::DocumentPeriod => {
                doc.round_rect(
                    x,
                    cy - 1.5,
                    10.0,
                    3.0,
                    1.5,
                    Some(style::DOCUMENTS),
                    None,
                    None,
                );
            }
            Swatch::Band => {
                doc.rect(x, cy - 4.0, 10.0, 8.0, style::tint(accent, 0.80), None);
                doc.rect(x + 2.0, cy - 1.5, 6.0, 3.0, accent, None);
            }
            Swatch::Bar(st) => {
                let (fill, stroke) = bar_paint(st, accent);
                doc.round_rect(x, cy - 3.5, 10.0, 7.0, 1.5, Some(fill), stroke, None);
            }
            Swatch::Today => doc.push(
                Shape::Line {
                    x1: x + 5.0,
                    y1: cy - 5.0,
                    x2: x + 5.0,
                    y2: cy + 5.0,
                    stroke: Stroke {
                        color: RED,
                        width: 1.0,
                        dash: None,
                    },
                },
                None,
            ),
        }
        let max = right - x - 14.0;
        doc.text_fit(
            x + 14.0,
            cy + 2.5,
            &label,
            FontFace::Regular,
            size,
            MUTED,
            max,
            Align::Left,
            None,
        )?;
        x += total;
    }
    Ok(())
}

enum Swatch {
    Diamond(Color),
    Event,
    DocumentDue,
    DocumentPeriod,
    Band,
    Bar(Status),
    Today,
}
