//! The paint of the roadmap's items by status, shared by the chart and its
//! legend: a bar's fill and outline, and a document's page mark.

use crate::layout::canvas::Doc;
use crate::layout::style::{self, RED, WHITE};
use crate::layout::{Color, EntityRef, Shape, Stroke};
use crate::model::Status;

/// A bar's fill and outline by its status, in its lane's `color`.
pub(super) fn bar_paint(status: Status, color: Color) -> (Color, Option<Stroke>) {
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

/// The paint of a document's mark or thin bar: by its status when known,
/// else the lane's colour.
pub(super) fn document_paint(status: Option<Status>, color: Color) -> (Color, Stroke) {
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
pub(super) fn page_mark(
    doc: &mut Doc,
    cx: f32,
    cy: f32,
    color: Color,
    status: Option<Status>,
    e: Option<EntityRef>,
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
    if status == Some(Status::Late) {
        super::dues::hatch(doc, (l, t, 2.0 * hw, 2.0 * hh), fill, e.clone());
    }
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
