//! The sizes a planned slice is drawn with ([`Metrics`]). On paper: the
//! largest of a few scales (rows, bars and, up to a cap, type) whose plan
//! fits the page, a little smaller when that keeps a slice on one page; on
//! screen: the user's text zoom. Then, when the page (or on screen the
//! window's height the view names) still has room, the rows grow and the
//! bars with them, within calm caps, and on paper the type a little when
//! the rows grow much, so the lanes use the height instead of leaving it
//! blank. Nothing here moves an item sideways: a grown plan packs alike.

use super::plan::{LaneRows, Plan, plan};
use super::range::Geometry;
use super::{FOOT, LANE_GAP, axis_height};
use crate::layout::canvas::{Doc, line_height};
use crate::layout::{Medium, Result, Zoom};
use crate::text::{self, FontFace};

/// Sizes of rows, bars and labels; scaled up when the page has room.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) struct Metrics {
    /// The height of a row of a lane.
    pub(super) row_h: f32,
    /// The height of a row of the phases or the milestones.
    pub(super) top_h: f32,
    /// The height of a bar in its row.
    pub(super) bar_h: f32,
    /// The type size of the labels.
    pub(super) label: f32,
}

/// How many times taller than chosen a row may grow to fill the height.
const ROW_GROWTH: f32 = 3.5;
/// How many times taller than chosen a bar may grow (half as fast as its
/// row): on screen, and on paper (where the scale chosen has grown it).
const BAR_GROWTH: f32 = 2.0;
const PAPER_BAR_GROWTH: f32 = 1.25;
/// On paper, the type sizes tried when the rows grow much: (growth of the
/// type, the growth of the rows it needs), largest first.
const TYPE_GROWTH: [(f32, f32); 2] = [(1.2, 1.6), (1.1, 1.3)];

impl Metrics {
    pub(super) fn scaled(k: f32) -> Metrics {
        Metrics {
            row_h: 17.0 * k,
            top_h: 17.0 * k,
            bar_h: 12.0 * k,
            label: 7.5 * k.min(1.25),
        }
    }

    /// The sizes on screen at the user's text zoom `k`: the labels grow
    /// with the rows, without the cap that keeps paper's type calm.
    pub(super) fn on_screen(k: f32) -> Metrics {
        let k = k.clamp(0.5, 3.0);
        Metrics {
            label: 7.5 * k,
            ..Metrics::scaled(k)
        }
    }

    /// These sizes with the lanes' rows `f` times as tall, the bars and
    /// the rows of the phases and milestones growing half as fast (at most
    /// [`BAR_GROWTH`], bars on paper [`PAPER_BAR_GROWTH`]), the type as it is.
    fn grown(self, f: f32, paper: bool) -> Metrics {
        let half = (1.0 + (f - 1.0) / 2.0).min(BAR_GROWTH);
        let bar_cap = if paper { PAPER_BAR_GROWTH } else { BAR_GROWTH };
        Metrics {
            row_h: self.row_h * f,
            top_h: self.top_h * half,
            bar_h: self.bar_h * half.min(bar_cap),
            label: self.label,
        }
    }
}

/// The height a lane's label (code and wrapped name) needs.
pub(super) fn lane_label_h(lane: &LaneRows, label_w: f32) -> Result<f32> {
    let wrapped = text::wrap(FontFace::Bold, 9.0, &lane.name, label_w - 12.0, 3)?;
    let code_h = if lane.code.is_empty() { 0.0 } else { 11.0 };
    Ok(code_h + wrapped.lines.len() as f32 * line_height(9.0) + 10.0)
}

/// The sizes the slice is drawn with, and on screen the plan made with
/// them (growing rows places nothing anew): bigger rows and type when the
/// page has room for them, a little smaller when that keeps the slice on
/// one page; on screen the user's text zoom. Either way grown, when there
/// is height left, until the lanes use it ([`grow_rows`]).
pub(super) fn metrics(
    doc: &mut Doc,
    g: &Geometry,
    zoom: Zoom,
    label_w: f32,
) -> Result<(Metrics, Option<Plan>)> {
    if doc.is_screen() {
        let mt = Metrics::on_screen(doc.view.text_scale);
        let Medium::Screen {
            height: Some(height),
            ..
        } = doc.view.medium
        else {
            return Ok((mt, None));
        };
        // The page on screen: a margin, the axis, the chart (the plan but
        // its last lane gap), today's label and a margin.
        let avail = height - 2.0 * doc.margin - axis_height(zoom) - 18.0 + LANE_GAP;
        let p = plan(doc, g, mt, true)?;
        let f = grow_rows(&p, mt, label_w, avail, false)?;
        return Ok((mt.grown(f, false), Some(p)));
    }
    Ok((on_paper(doc, g, zoom, label_w)?, None))
}

/// The sizes a slice is drawn with on paper ([`metrics`]).
fn on_paper(doc: &mut Doc, g: &Geometry, zoom: Zoom, label_w: f32) -> Result<Metrics> {
    let avail = doc.content_bottom() - FOOT - doc.title_block_bottom() - axis_height(zoom);
    let mut chosen = None;
    for k in [1.7, 1.5, 1.35, 1.2, 1.0, 0.92, 0.85] {
        let trial = Metrics::scaled(k);
        let p = plan(doc, g, trial, false)?;
        let h = plan_height(&p, trial, label_w)?;
        if h <= avail {
            chosen = Some((trial, p));
            break;
        }
        // Shrinking cannot save a slice that spills far over the page.
        if k <= 1.0 && h * 0.85 / k > avail {
            break;
        }
    }
    let Some((mt, p)) = chosen else {
        return Ok(Metrics::scaled(1.0));
    };
    // Room left: larger type when the rows would grow much even with it
    // (the labels placed again at that size), else the rows alone.
    for (t, needs) in TYPE_GROWTH {
        let trial = Metrics {
            label: mt.label * t,
            ..mt
        };
        let p = plan(doc, g, trial, false)?;
        let f = grow_rows(&p, trial, label_w, avail, true)?;
        if f >= needs {
            return Ok(trial.grown(f, true));
        }
    }
    Ok(mt.grown(grow_rows(&p, mt, label_w, avail, true)?, true))
}

/// How many times taller the rows of `p` can grow (from 1 to
/// [`ROW_GROWTH`]) with its height staying within `avail`.
fn grow_rows(p: &Plan, mt: Metrics, label_w: f32, avail: f32, paper: bool) -> Result<f32> {
    let labels = p
        .lanes
        .iter()
        .map(|lane| lane_label_h(lane, label_w))
        .collect::<Result<Vec<f32>>>()?;
    let fits = |f: f32| height_with(p, mt.grown(f, paper), &labels) <= avail;
    if !fits(1.0) {
        return Ok(1.0);
    }
    if fits(ROW_GROWTH) {
        return Ok(ROW_GROWTH);
    }
    let (mut lo, mut hi) = (1.0_f32, ROW_GROWTH);
    for _ in 0..24 {
        let mid = (lo + hi) / 2.0;
        if fits(mid) {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    Ok(lo)
}

/// The height of the whole plan drawn with `mt`, lanes unbroken.
fn plan_height(p: &Plan, mt: Metrics, label_w: f32) -> Result<f32> {
    let labels = p
        .lanes
        .iter()
        .map(|lane| lane_label_h(lane, label_w))
        .collect::<Result<Vec<f32>>>()?;
    Ok(height_with(p, mt, &labels))
}

/// The height of the plan drawn with `mt`, its lanes' labels `labels` tall.
fn height_with(p: &Plan, mt: Metrics, labels: &[f32]) -> f32 {
    let mut h = 6.0;
    if !p.phases.is_empty() {
        h += 4.0 + p.phases.len() as f32 * mt.top_h;
    }
    if !p.milestones.is_empty() {
        h += 4.0 + p.milestones.len() as f32 * mt.top_h;
    }
    for (lane, label_h) in p.lanes.iter().zip(labels) {
        h += (lane.rows.len().max(1) as f32 * mt.row_h + 8.0).max(*label_h) + LANE_GAP;
    }
    h
}

#[cfg(test)]
mod tests {
    use super::super::plan::tests::{action, day, four_years, screen, strategy};
    use super::*;
    use crate::i18n::Lang;
    use crate::layout::{Kind, Paper, View};
    use crate::model::PlanDate;

    #[test]
    fn on_screen_the_rows_grow_to_the_windows_height_within_a_cap_and_the_type_stays() {
        let s = strategy(
            (0..4)
                .map(|i| {
                    let id = format!("a{i}");
                    action(&id, "t1", PlanDate::Year(2027), PlanDate::Year(2030))
                })
                .collect(),
        );
        let g = four_years();
        let sized = |height| View {
            medium: Medium::Screen {
                width: 1400.0,
                height,
            },
            ..screen()
        };
        let at = |height| {
            metrics(&mut Doc::new(&s, &sized(height)), &g, Zoom::Quarter, 120.0).map(|m| m.0)
        };
        let plain = at(None).unwrap();
        assert_eq!(plain, Metrics::on_screen(1.0));
        // Four rows of 17 px and a lane: 300 px make them taller.
        let tall = at(Some(300.0)).unwrap();
        assert!(tall.row_h > plain.row_h * 1.5, "{tall:?}");
        assert!(tall.bar_h > plain.bar_h && tall.bar_h <= plain.bar_h * BAR_GROWTH);
        assert_eq!(tall.label, plain.label, "the type is the user's zoom");
        let p = plan(&mut Doc::new(&s, &sized(None)), &g, tall, false).unwrap();
        let h = plan_height(&p, tall, 120.0).unwrap();
        let avail = 300.0 - 32.0 - axis_height(Zoom::Quarter) - 18.0 + LANE_GAP;
        assert!(h <= avail + 0.01 && h > avail - 1.0, "{h} fills {avail}");
        // A window far taller than four rows need: the calm cap.
        let capped = at(Some(3000.0)).unwrap();
        assert_eq!(capped, plain.grown(ROW_GROWTH, false));
        // A window shorter than the rows need: the plain sizes, scrolled.
        assert_eq!(at(Some(80.0)).unwrap(), plain);
    }

    #[test]
    fn a_roomy_page_gets_bigger_rows_and_a_crowded_one_smaller() {
        let paper = View {
            medium: Medium::Paper {
                paper: Paper::A3,
                landscape: true,
            },
            ..View::new(Kind::Roadmap, Lang::Fi, day(2026, 11, 22))
        };
        let g = four_years();
        let few = strategy(vec![action(
            "a1",
            "t1",
            PlanDate::Year(2027),
            PlanDate::Year(2028),
        )]);
        let mut doc = Doc::new(&few, &paper);
        let roomy = metrics(&mut doc, &g, Zoom::Quarter, 120.0).unwrap().0;
        assert!(roomy.row_h > Metrics::scaled(1.0).row_h, "{roomy:?}");
        // Every action over the whole range: one row each, one row more
        // than the page holds at the plain size.
        let avail =
            doc.content_bottom() - FOOT - doc.title_block_bottom() - axis_height(Zoom::Quarter);
        let plain_h = Metrics::scaled(1.0).row_h;
        let n = ((avail - 6.0 - 8.0 - LANE_GAP) / plain_h).floor() as usize + 1;
        let many = strategy(
            (0..n)
                .map(|i| {
                    let id = format!("a{i}");
                    action(&id, "t1", PlanDate::Year(2027), PlanDate::Year(2030))
                })
                .collect(),
        );
        let mut doc = Doc::new(&many, &paper);
        let crowded = metrics(&mut doc, &g, Zoom::Quarter, 120.0).unwrap().0;
        assert!(crowded.row_h < Metrics::scaled(1.0).row_h, "{crowded:?}");
        // On screen the picture grows instead.
        let view = screen();
        let mut doc = Doc::new(&many, &view);
        let plain = metrics(&mut doc, &g, Zoom::Quarter, 120.0).unwrap().0;
        assert_eq!(plain.row_h, Metrics::scaled(1.0).row_h);
    }

    #[test]
    fn the_users_text_zoom_enlarges_the_bars_and_labels_on_screen_only() {
        let s = strategy(vec![action(
            "a1",
            "t1",
            PlanDate::Year(2027),
            PlanDate::Year(2028),
        )]);
        let g = four_years();
        let big = View {
            text_scale: 1.5,
            ..screen()
        };
        let mt = metrics(&mut Doc::new(&s, &big), &g, Zoom::Quarter, 120.0)
            .unwrap()
            .0;
        assert_eq!((mt.label, mt.row_h), (7.5 * 1.5, 17.0 * 1.5));
        let paper = View {
            text_scale: 1.5,
            ..View::new(Kind::Roadmap, Lang::Fi, day(2026, 11, 22))
        };
        let mt = metrics(&mut Doc::new(&s, &paper), &g, Zoom::Quarter, 120.0)
            .unwrap()
            .0;
        let plain = View {
            text_scale: 1.0,
            ..paper.clone()
        };
        let as_set = metrics(&mut Doc::new(&s, &plain), &g, Zoom::Quarter, 120.0)
            .unwrap()
            .0;
        assert_eq!(mt, as_set, "paper ignores the text zoom");
        // One bar on a roomy page: the type grows, within its calm cap.
        assert!(mt.label <= 7.5 * 1.25 * TYPE_GROWTH[0].0, "{mt:?}");
    }
}
