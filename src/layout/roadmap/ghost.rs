//! Ghost bars on the roadmap: for each action whose dates moved since the
//! snapshot of [`crate::layout::View::ghosts`], the dates it had then, as a
//! faint thin bar just under today's bar, so a slipped action shows how far
//! it slipped (the legend names the snapshot).

use super::fit::Metrics;
use super::plan::Placed;
use super::range::Geometry;
use crate::layout::axis;
use crate::layout::canvas::Doc;
use crate::layout::{Color, style};

/// The paint of a ghost bar: the dates an action had at a snapshot.
pub(super) fn ghost_paint(color: Color) -> Color {
    style::tint(color, 0.45)
}

/// A ghost bar: where an action whose dates moved stood at the snapshot of
/// [`crate::layout::View::ghosts`], a faint thin bar just under today's.
pub(super) fn ghost_bar(
    doc: &mut Doc,
    g: &Geometry,
    p: &Placed,
    top: f32,
    color: Color,
    mt: Metrics,
) {
    let Some(ghosts) = &doc.view.ghosts else {
        return;
    };
    let Some(r) = ghosts.moved.iter().find(|r| r.action.id == p.id) else {
        return;
    };
    let old = crate::model::Action {
        start: r.old_start,
        due: r.old_due,
        ..Default::default()
    };
    let Some((x1, x2)) = axis::action_span(doc.s, &old).and_then(|(a, b)| g.span(a, b)) else {
        return;
    };
    let gap = (mt.row_h - mt.bar_h) / 2.0;
    doc.round_rect(
        x1,
        top + mt.bar_h + 0.4,
        (x2 - x1).max(1.0),
        (gap - 0.6).max(1.0),
        0.8,
        Some(ghost_paint(color)),
        None,
        None,
    );
}
