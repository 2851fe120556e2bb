//! What falls due on the roadmap: every occurrence of a recurring plan,
//! report or milestone (expanded by [`crate::schedule`], the rule every
//! handout shares), each with the status the rule gives it today, and the
//! pattern a late bar or mark carries besides its colour.

use chrono::NaiveDate;

use super::range::Geometry;
use crate::layout::canvas::Doc;
use crate::layout::{Color, Shape, Stroke};
use crate::layout::{EntityRef, View, axis, style};
use crate::model::{Document, Milestone, Status, Strategy};
use crate::schedule::{self, DueKind, Verdict};

/// One occurrence of a dated document as this slice shows it: the x extent
/// of its period (on its first occurrence only) and the x of its due day,
/// whichever fall in the slice, and the status it is drawn with.
pub(super) struct DocSpan<'a> {
    pub(super) doc: &'a Document,
    pub(super) period: Option<(f32, f32)>,
    pub(super) due: Option<f32>,
    /// Late when the rule says so; else as recorded (none: not known).
    pub(super) status: Option<Status>,
}

/// Whether a document passes the owner and status filters as an action
/// would (a document whose status is not known passes no status filter).
fn admits_document(view: &View, d: &Document) -> bool {
    (view.owners.is_empty() || d.owners.iter().any(|o| view.owners.contains(o)))
        && (view.statuses.is_empty() || d.status.is_some_and(|st| view.statuses.contains(&st)))
}

/// Whether a document names a theme of the strategy (else it goes to the
/// shared lane).
pub(super) fn names_a_theme(s: &Strategy, d: &Document) -> bool {
    d.themes.iter().any(|t| s.theme(t).is_some())
}

/// Every occurrence of the documents with a period or a due date in this
/// slice that pass the view's owner and status filters, in the strategy's
/// order.
pub(super) fn dated_documents<'a>(s: &'a Strategy, view: &View, g: &Geometry) -> Vec<DocSpan<'a>> {
    let dues = schedule::occurrences(s, view.today);
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
        let mine: Vec<_> = dues
            .iter()
            .filter(|o| o.kind == DueKind::Document && o.id == d.id)
            .map(|o| {
                let status = match o.verdict {
                    Verdict::Late => Some(Status::Late),
                    _ if o.status == Status::Done => Some(Status::Done),
                    _ => d.status.filter(|st| *st != Status::Done),
                };
                (Some(o.date), status)
            })
            .collect();
        let occurrences = if mine.is_empty() {
            vec![(None, d.status)]
        } else {
            mine
        };
        for (i, (date, status)) in occurrences.into_iter().enumerate() {
            let period_days = period_days.filter(|_| i == 0);
            let period = period_days.and_then(|(a, b)| g.span(a, b));
            let due_day = date.map(axis::milestone_day);
            let due = due_day
                .filter(|day| *day >= g.origin && *day < g.end_excl)
                .map(|day| g.x(day) + g.ppd / 2.0);
            if period.is_none() && due.is_none() {
                continue;
            }
            out.push(DocSpan {
                doc: d,
                period,
                due,
                status,
            });
        }
    }
    out
}

/// Every occurrence of every dated milestone, by the day it is drawn on.
pub(super) fn dated_milestones(s: &Strategy) -> Vec<(NaiveDate, &Milestone)> {
    s.milestones
        .iter()
        .filter_map(|m| Some((m.date?, m)))
        .flat_map(|(date, m)| {
            schedule::expand(date, m.cadence, s.period.map(|p| p.end))
                .into_iter()
                .map(move |d| (axis::milestone_day(d), m))
        })
        .collect()
}

/// The x of each occurrence of a recurring action in this slice (none for
/// a one-off action).
pub(super) fn action_ticks(s: &Strategy, a: &crate::model::Action, g: &Geometry) -> Vec<f32> {
    if !schedule::recurs(a.cadence) {
        return vec![];
    }
    schedule::action_dates(s, a)
        .into_iter()
        .map(axis::milestone_day)
        .filter(|day| *day >= g.origin && *day < g.end_excl)
        .map(|day| g.x(day) + g.ppd / 2.0)
        .collect()
}

/// The late pattern: diagonal stripes across the box `x, y, w, h` (inset
/// from its rounded corners), drawn over its fill, so that late reads
/// without its colour too: stripes of a lighter tint of the `fill` under
/// them. The stripes are filled shapes, not strokes, so
/// that paper and screen rasterise them alike.
pub(super) fn hatch(
    doc: &mut Doc,
    (x, y, w, h): (f32, f32, f32, f32),
    fill: Color,
    e: Option<EntityRef>,
) {
    const STRIPE: f32 = 1.2;
    let (x0, x1, y0, y1) = (x + 1.0, x + w - 1.0, y + 1.0, y + h - 1.0);
    let side = y1 - y0;
    if x1 - x0 < 2.0 * STRIPE || side < 2.0 {
        return;
    }
    // A point of the stripe edge starting at `k` on the foot, at height `t`
    // (0 the foot, 1 the top), held inside x0..x1.
    let at = |k: f32, t: f32| ((k + t * side).clamp(x0, x1), y1 - t * side);
    let mut k = x0 - side;
    while k < x1 {
        let (a, b) = (k, k + STRIPE);
        // Where each edge enters and leaves the box, as heights.
        let enter = |e: f32| ((x0 - e) / side).clamp(0.0, 1.0);
        let leave = |e: f32| ((x1 - e) / side).clamp(0.0, 1.0);
        let (t0, t1) = (enter(b), leave(a));
        if t1 > t0 {
            let points = vec![at(a, t0), at(b, t0), at(b, t1), at(a, t1)];
            doc.push(
                Shape::Polygon {
                    points,
                    fill: Some(style::tint(fill, 0.5)),
                    stroke: None,
                },
                e.clone(),
            );
        }
        k += 5.0;
    }
}

/// The occurrence ticks of a recurring action's bar at `xs`: a short white
/// stroke across the bar at each.
pub(super) fn ticks(doc: &mut Doc, xs: &[f32], top: f32, h: f32, e: Option<EntityRef>) {
    for &x in xs {
        doc.push(
            Shape::Line {
                x1: x,
                y1: top - 1.5,
                x2: x,
                y2: top + h + 1.5,
                stroke: Stroke {
                    color: style::INK,
                    width: 1.2,
                    dash: None,
                },
            },
            e.clone(),
        );
    }
}
