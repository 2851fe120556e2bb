//! The roadmap's first stage: the range of dates shown (the strategy's
//! period unless the view names years), the time unit, and the time slices
//! it is cut into. On paper each slice keeps a readable unit width (A3
//! landscape holds four years of quarters; A4 splits them) and becomes its
//! own run of pages; on screen there is one slice, and a zoom that needs
//! more room than the window makes the picture wider. Each slice comes with
//! its [`Geometry`]: where a day falls on the x axis.

use chrono::{Datelike, Duration, NaiveDate};

use crate::layout::axis::{self, Unit};
use crate::layout::canvas::Doc;
use crate::layout::{LayoutError, Medium, Result, Zoom};

/// Where the days of one slice fall on the x axis.
#[derive(Debug, Clone)]
pub(super) struct Geometry {
    /// The chart's left edge: the first day of the slice starts here.
    pub(super) x0: f32,
    /// The chart's right edge.
    pub(super) x1: f32,
    /// The first day of the slice.
    pub(super) origin: NaiveDate,
    /// The day after the slice's last day.
    pub(super) end_excl: NaiveDate,
    /// Points per day.
    pub(super) ppd: f32,
}

impl Geometry {
    /// The x where day `d` starts.
    pub(super) fn x(&self, d: NaiveDate) -> f32 {
        self.x0 + (d - self.origin).num_days() as f32 * self.ppd
    }

    /// The x extent of the days `a..=b`, clipped; `None` when outside.
    pub(super) fn span(&self, a: NaiveDate, b: NaiveDate) -> Option<(f32, f32)> {
        if b < self.origin || a >= self.end_excl {
            return None;
        }
        let a = a.max(self.origin);
        let b = (b + Duration::days(1)).min(self.end_excl);
        Some((self.x(a), self.x(b)))
    }
}

/// One time slice: its units and where they fall.
pub(super) struct Slice {
    /// The time units of the slice, in order.
    pub(super) units: Vec<Unit>,
    /// Where the slice's days fall on the x axis.
    pub(super) g: Geometry,
}

/// The range of the roadmap cut into slices.
pub(super) struct Range {
    /// The time unit of the axis.
    pub(super) zoom: Zoom,
    /// The width of the lane labels left of the chart.
    pub(super) label_w: f32,
    /// The slices, earliest first; never empty units.
    pub(super) slices: Vec<Slice>,
}

/// The range the view asks for (years `from`..`to`, else the strategy's
/// period), cut into slices; on screen widens `doc` when the zoom needs it.
pub(super) fn slices(doc: &mut Doc) -> Result<Range> {
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
        return Err(LayoutError::EmptyRange {
            from: start.year(),
            to: end.year(),
        });
    }
    let zoom = view
        .zoom
        .unwrap_or_else(|| axis::default_zoom((end - start).num_days()));
    let units = axis::units(start, end, zoom);
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
    let cut: Vec<Vec<Unit>> = match doc.view.medium {
        Medium::Screen { .. } => vec![units],
        Medium::Paper { .. } => {
            let per_page = ((chart_w / axis::min_unit_width(zoom)).floor() as usize).max(1);
            let pages = units.len().div_ceil(per_page).max(1);
            let per = units.len().div_ceil(pages).max(1);
            units.chunks(per).map(<[Unit]>::to_vec).collect()
        }
    };
    let slices = cut
        .into_iter()
        .filter_map(|units| {
            let (first, last) = (units.first()?, units.last()?);
            let days = (last.end - first.start).num_days().max(1) as f32;
            let g = Geometry {
                x0: chart_x0,
                x1: chart_x1,
                origin: first.start,
                end_excl: last.end,
                ppd: chart_w / days,
            };
            Some(Slice { units, g })
        })
        .collect();
    Ok(Range {
        zoom,
        label_w,
        slices,
    })
}
