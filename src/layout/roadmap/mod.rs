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
//!
//! It is made in the stages it runs in, one file each: [`range`] (the dates
//! shown, the time unit, the slices), [`plan`] (what a slice shows, placed
//! and packed into rows), [`fit`] (the sizes it is drawn with, grown to use
//! the page's or the window's height), [`draw`] (the pages of a planned
//! slice, painted by [`paint`]), [`ghost`] (a snapshot's dates beside moved
//! bars) and [`legend`].

mod draw;
mod dues;
mod fit;
mod ghost;
mod legend;
mod paint;
mod plan;
mod range;

use super::canvas::Doc;
use super::{Result, Zoom};

/// The gap kept between two items of one row.
const GAP: f32 = 6.0;
/// The height of the axis' first line (years, or months under weeks).
const PRIMARY_H: f32 = 16.0;
/// The height of the axis' second line (the units of the zoom).
const SECONDARY_H: f32 = 14.0;
/// The gap between two lanes.
const LANE_GAP: f32 = 5.0;
/// The room kept under the chart of a paper page for today's label and
/// the legend.
const FOOT: f32 = 44.0;

/// The height of the time axis.
fn axis_height(zoom: Zoom) -> f32 {
    PRIMARY_H + if zoom == Zoom::Year { 0.0 } else { SECONDARY_H }
}

/// Lays out the roadmap of `doc`'s strategy and view: slice by slice,
/// each planned with the sizes that fit its page, then drawn.
pub fn lay_out(doc: &mut Doc) -> Result<()> {
    let range = range::slices(doc)?;
    for slice in &range.slices {
        let g = &slice.g;
        let (mt, planned) = fit::metrics(doc, g, range.zoom, range.label_w)?;
        let planned = match planned {
            Some(p) => p,
            None => plan::plan(doc, g, mt, true)?,
        };
        let frame = draw::Frame {
            g,
            zoom: range.zoom,
            units: &slice.units,
            label_w: range.label_w,
            mt,
        };
        draw::slice(doc, &frame, &planned)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::i18n::Lang;
    use crate::layout::{Kind, Medium, Paper, Shape, View, Zoom, axis, layout};

    /// The month names each page's axis shows, as full (`true`) or short forms.
    fn month_forms(paper: Paper, landscape: bool, years: i32) -> Vec<Vec<bool>> {
        let s = crate::interchange::from_json(include_str!("../../../seeds/paimio.json")).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let view = View {
            zoom: Some(Zoom::Month),
            medium: Medium::Paper { paper, landscape },
            from: Some(2027),
            to: Some(2026 + years),
            ..View::new(Kind::Roadmap, Lang::Fi, today)
        };
        let full: Vec<String> = axis::MONTHS.iter().map(|m| Lang::Fi.text(m)).collect();
        let short: Vec<String> = axis::MONTHS_SHORT
            .iter()
            .map(|m| Lang::Fi.text(m))
            .collect();
        let l = layout(&s, &view).unwrap();
        l.pages
            .iter()
            .map(|p| {
                p.items
                    .iter()
                    .filter_map(|i| match &i.shape {
                        Shape::Text(t) if full.contains(&t.text) => Some(true),
                        Shape::Text(t) if short.contains(&t.text) => Some(false),
                        _ => None,
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn an_axis_row_names_its_months_in_one_form_on_every_page() {
        let mut seen = (false, false);
        for (paper, landscape) in [(Paper::A4, false), (Paper::A4, true), (Paper::A3, true)] {
            for years in 1..=4 {
                for forms in month_forms(paper, landscape, years) {
                    let what = format!("{paper:?} landscape {landscape}, {years} years: {forms:?}");
                    assert!(forms.iter().all(|f| *f == forms[0]), "one form: {what}");
                    match forms.first() {
                        Some(true) => seen.0 = true,
                        Some(false) => seen.1 = true,
                        None => {}
                    }
                }
            }
        }
        assert!(seen.0 || seen.1, "months are named");
    }
}
