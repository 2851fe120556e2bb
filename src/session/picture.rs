//! Pictures of the strategy from the core's layout: the roadmap on screen
//! (a part at a time, from a kept layout), the elements of a dragged item,
//! and the handouts for print preview and PDF.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::Lang;
use crate::layout::{self, EntityKind, Kind, Layout, Medium, Page, Paper, Shape, View, Zoom};
use crate::model::{Id, Status, Strategy};

use super::drag::{self, Drag};
use super::today;
use crate::svg::Labels;

/// The roadmap as the screen asks for it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoadmapRequest {
    /// The width available, in CSS pixels.
    pub width: f32,
    /// The height available, in CSS pixels: the lanes grow to fill it.
    /// Absent: as tall as the rows need.
    #[serde(default)]
    pub height: Option<f32>,
    /// The time unit.
    pub zoom: Zoom,
    /// Only these themes (empty: all).
    pub themes: Vec<String>,
    /// Only actions of these owners (empty: all).
    pub owners: Vec<String>,
    /// Only actions with these statuses (empty: all).
    pub statuses: Vec<Status>,
    /// The first year shown.
    pub from: Option<i32>,
    /// The last year shown.
    pub to: Option<i32>,
    /// Only the items reaching into this part of the picture are drawn (a
    /// large roadmap is drawn a part at a time); all of them when absent.
    pub area: Option<Area>,
    /// The dates the actions had at this council snapshot, drawn as ghost
    /// bars under those that moved since; none when absent.
    #[serde(default)]
    pub ghost: Option<String>,
}

impl RoadmapRequest {
    /// The whole roadmap `width` wide by `zoom`: every theme, owner and
    /// status, as tall as its rows need, no ghost bars.
    pub fn new(width: f32, zoom: Zoom) -> Self {
        RoadmapRequest {
            width,
            height: None,
            zoom,
            themes: vec![],
            owners: vec![],
            statuses: vec![],
            from: None,
            to: None,
            area: None,
            ghost: None,
        }
    }
}

/// A part of a picture, in its points (CSS pixels on screen).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Area {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

/// A handout to preview or print.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PrintRequest {
    /// Which handout.
    pub kind: Kind,
    /// The paper.
    pub paper: Paper,
    /// Landscape (else portrait).
    pub landscape: bool,
    /// The first year shown.
    pub from: Option<i32>,
    /// The last year shown.
    pub to: Option<i32>,
    /// The language of the handout.
    pub lang: Lang,
    /// The strategy as it stood at this council snapshot (its id then in
    /// the footer); now when absent.
    #[serde(default)]
    pub snapshot: Option<String>,
    /// On the roadmap, this snapshot's dates of the actions that moved
    /// since, as ghost bars.
    #[serde(default)]
    pub ghost: Option<String>,
    /// For the changes handout: since this snapshot (the latest when absent).
    #[serde(default)]
    pub since: Option<String>,
    /// For the changes handout: until this snapshot (now when absent).
    #[serde(default)]
    pub until: Option<String>,
}

/// A swimlane's box on the roadmap.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LaneBox {
    /// The theme's id.
    pub theme: String,
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

/// How the roadmap's x axis maps to days: `x = x0 + days × pointsPerDay`.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Scale {
    /// The day at `x0` (ISO).
    pub origin: String,
    /// The x of the start of `origin`.
    pub x0: f32,
    /// Points (CSS pixels on screen) per day.
    pub points_per_day: f32,
    /// The swimlanes.
    pub lanes: Vec<LaneBox>,
    /// Where each action's bar is, drawn or not: the screen scrolls to a
    /// selected action before its part of the picture is drawn.
    pub bars: Vec<BarBox>,
}

/// An action's bar on the roadmap.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BarBox {
    /// The action's id.
    pub id: String,
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
    /// The bar in words: name, owners, dates, status, late (its tooltip,
    /// and what the keyboard's selection announces).
    pub label: String,
}

/// The core's picture: SVG pages and, for the roadmap, its time scale.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Picture {
    /// Every page as SVG.
    pub pages: Vec<String>,
    /// Width of the first page, points.
    pub width: f32,
    /// Height of the first page, points.
    pub height: f32,
    /// The roadmap's time scale.
    pub scale: Option<Scale>,
    /// How many texts were shortened to fit.
    pub truncated: u32,
    /// Layout and SVG time, microseconds.
    pub micros: u32,
}

/// SVG elements of a dragged item (and of the actions dated by a dragged
/// phase), to replace the old elements of `ids`.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Fragment {
    /// The items whose elements these are.
    pub ids: Vec<String>,
    /// The elements, without the `<svg>` wrapper.
    pub svg: String,
    /// Layout and SVG time, microseconds.
    pub micros: u32,
}

fn micros(t0: Instant) -> u32 {
    u32::try_from(t0.elapsed().as_micros()).unwrap_or(u32::MAX)
}

/// The layout view of the roadmap on screen.
pub fn screen_view(req: &RoadmapRequest, lang: Lang) -> View {
    let mut view = View::screen(req.width.max(400.0), lang, today());
    view.medium = Medium::Screen {
        width: req.width.max(400.0),
        height: req.height.filter(|h| h.is_finite() && *h > 0.0),
    };
    view.zoom = Some(req.zoom);
    view.themes = req.themes.iter().map(|t| Id(t.clone())).collect();
    view.owners = req.owners.iter().map(|t| Id(t.clone())).collect();
    view.statuses = req.statuses.clone();
    view.from = req.from;
    view.to = req.to;
    view
}

/// The layout view of a handout on paper.
pub fn print_view(req: &PrintRequest) -> View {
    let mut view = View::new(req.kind, req.lang, today());
    view.medium = Medium::Paper {
        paper: req.paper,
        landscape: req.landscape,
    };
    view.from = req.from;
    view.to = req.to;
    view
}

/// The last screen layout of the roadmap, kept so that scrolling draws
/// another part of it without laying the whole strategy out again.
#[derive(Debug, Default)]
pub struct LayoutCache(Mutex<Option<Cached>>);

#[derive(Debug)]
struct Cached {
    strategy: Strategy,
    view: View,
    layout: Arc<Layout>,
    /// The bars in words, made once per layout (scrolling asks again and again).
    labels: Option<Arc<Labels>>,
}

impl LayoutCache {
    /// `strategy` laid out as `view`: the kept layout when both are the
    /// same as last time, else a new one (which is then kept).
    pub fn layout(&self, strategy: &Strategy, view: &View) -> crate::Result<Arc<Layout>> {
        let mut slot = self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(c) = slot.as_ref()
            && c.view == *view
            && c.strategy == *strategy
        {
            return Ok(Arc::clone(&c.layout));
        }
        let layout = Arc::new(layout::layout(strategy, view)?);
        *slot = Some(Cached {
            strategy: strategy.clone(),
            view: view.clone(),
            layout: Arc::clone(&layout),
            labels: None,
        });
        Ok(layout)
    }

    /// `strategy` laid out as `view` ([`Self::layout`]) and its bars in
    /// words, both kept until the strategy or the view changes.
    pub fn layout_and_labels(
        &self,
        strategy: &Strategy,
        view: &View,
    ) -> crate::Result<(Arc<Layout>, Arc<Labels>)> {
        let layout = self.layout(strategy, view)?;
        let mut slot = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let fresh = || Arc::new(super::describe::bar_labels(strategy, view.lang, view.today));
        let labels = match slot.as_mut() {
            Some(c) if Arc::ptr_eq(&c.layout, &layout) => {
                Arc::clone(c.labels.get_or_insert_with(fresh))
            }
            _ => fresh(),
        };
        Ok((layout, labels))
    }
}

/// The roadmap on screen, only the part `req.area` asks for drawn.
pub fn roadmap(
    cache: &LayoutCache,
    strategy: &Strategy,
    view: &View,
    area: Option<Area>,
) -> crate::Result<Picture> {
    let t0 = Instant::now();
    let (layout, labels) = cache.layout_and_labels(strategy, view)?;
    Ok(picture_of(&layout, area, &labels, t0))
}

/// Lays out `strategy` as `view` and renders every page as SVG.
pub fn picture(strategy: &Strategy, view: &View) -> crate::Result<Picture> {
    let t0 = Instant::now();
    let layout = layout::layout(strategy, view)?;
    Ok(picture_of(&layout, None, &Labels::new(), t0))
}

fn picture_of(layout: &Layout, area: Option<Area>, labels: &Labels, t0: Instant) -> Picture {
    let pages: Vec<String> = (0..layout.pages.len())
        .map(|i| {
            let column = layout.pages[i].time_scale.as_ref().map(|ts| ts.x0);
            match (area, column) {
                // The roadmap on screen: lane names kept in view sideways.
                (Some(a), Some(x0)) => {
                    crate::svg::render_scrolling(layout, i, (a.x, a.y, a.w, a.h), x0, labels)
                }
                (Some(a), None) => crate::svg::render_area(layout, i, (a.x, a.y, a.w, a.h)),
                // The whole roadmap on screen, said in words; a handout as printed.
                (None, Some(_)) if !labels.is_empty() => {
                    crate::svg::render_screen(layout, i, labels)
                }
                (None, _) => crate::svg::render(layout, i),
            }
        })
        .collect();
    let first = layout.pages.first();
    let scale = first
        .and_then(|p| p.time_scale.as_ref().map(|ts| (p, ts)))
        .map(|(p, ts)| Scale {
            origin: ts.origin.format("%Y-%m-%d").to_string(),
            x0: ts.x0,
            points_per_day: ts.points_per_day,
            lanes: ts
                .lanes
                .iter()
                .map(|l| LaneBox {
                    theme: l.theme.0.clone(),
                    x: l.rect.0,
                    y: l.rect.1,
                    w: l.rect.2,
                    h: l.rect.3,
                })
                .collect(),
            bars: bars(p, labels),
        });
    Picture {
        width: first.map(|p| p.width).unwrap_or(0.0),
        height: first.map(|p| p.height).unwrap_or(0.0),
        pages,
        scale,
        truncated: layout.truncated.len() as u32,
        micros: micros(t0),
    }
}

/// The box of each action's bar (its first rectangle) on `page`.
fn bars(page: &Page, labels: &Labels) -> Vec<BarBox> {
    let mut seen = std::collections::HashSet::new();
    page.items
        .iter()
        .filter_map(|item| match (&item.entity, &item.shape) {
            (Some(e), Shape::Rect { x, y, w, h, .. })
                if e.kind == EntityKind::Action && seen.insert(e.id.as_str()) =>
            {
                Some(BarBox {
                    id: e.id.0.clone(),
                    x: *x,
                    y: *y,
                    w: *w,
                    h: *h,
                    label: labels.get(e.id.as_str()).cloned().unwrap_or_default(),
                })
            }
            _ => None,
        })
        .collect()
}

/// The dragged item alone (with the actions a dragged phase takes along),
/// laid out again with the whole strategy as the drop will leave it, and
/// rendered as SVG elements to put in place of its old ones. Two things of
/// the picture on screen (`shown`, the kept layout) hold while dragging:
/// its years, so a bar dragged past the last year does not rescale the
/// picture under the pointer, and each item's row, so the bar moves along
/// its row (a `<g data-id>` shifts it back to its row when the new dates
/// would pack it into another).
pub fn drag_fragment(
    cache: &LayoutCache,
    strategy: &Strategy,
    view: &View,
    drag: &Drag,
) -> crate::Result<Fragment> {
    use chrono::Datelike;
    use std::fmt::Write;
    let t0 = Instant::now();
    let shown = cache.layout(strategy, view)?;
    let mut pinned = view.clone();
    if let Some(ts) = shown.pages.first().and_then(|p| p.time_scale.as_ref()) {
        pinned.from = Some(ts.origin.year());
        pinned.to = Some(ts.end.year());
    }
    let moved = drag::dragged(strategy.clone(), drag);
    let layout = layout::layout(&moved, &pinned)?;
    let ids = drag::moved_by(strategy, &drag.id);
    let labels = super::describe::bar_labels(&moved, view.lang, view.today);
    let mut svg = String::new();
    for id in &ids {
        let part = crate::svg::elements(&layout, 0, &labels, |i| {
            i.entity.as_ref().is_some_and(|e| e.id.as_str() == id)
        });
        match (top_of(&shown, id), top_of(&layout, id)) {
            (Some(was), Some(now)) if (was - now).abs() > 0.01 => {
                let _ = write!(
                    svg,
                    "<g data-id=\"{}\" transform=\"translate(0 {})\">\n{part}</g>\n",
                    crate::svg::escape(id),
                    ((was - now) * 100.0).round() / 100.0
                );
            }
            _ => svg.push_str(&part),
        }
    }
    Ok(Fragment {
        ids,
        svg,
        micros: micros(t0),
    })
}

/// The top of the first rectangle of item `id` on the first page: its row.
fn top_of(layout: &Layout, id: &str) -> Option<f32> {
    layout
        .pages
        .first()?
        .items
        .iter()
        .find_map(|i| match (&i.entity, &i.shape) {
            (Some(e), Shape::Rect { y, .. }) if e.id.as_str() == id => Some(*y),
            _ => None,
        })
}

/// The handout `view` of `strategy` as PDF bytes.
pub fn pdf(strategy: &Strategy, view: &View, author: &str) -> crate::Result<Vec<u8>> {
    let layout = layout::layout(strategy, view)?;
    let meta = crate::pdf::PdfMeta {
        author: if author.is_empty() {
            strategy.town.clone()
        } else {
            author.to_owned()
        },
        subject: layout.title.clone(),
        created: chrono::Local::now().naive_local(),
    };
    Ok(crate::pdf::render(&layout, &meta)?)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::model::PlanDate;
    use crate::session::drag::{DragEdge, dragged, moved_by};

    fn paimio() -> Strategy {
        crate::interchange::from_json(include_str!("../../seeds/paimio.json")).unwrap()
    }

    fn drag(action: &str, days: i32, edge: DragEdge) -> Drag {
        Drag {
            id: action.into(),
            days,
            edge,
        }
    }

    #[test]
    fn dragging_an_action_dated_by_its_phase_gives_it_the_phase_dates_moved() {
        let s = paimio();
        let a = s
            .actions
            .iter()
            .find(|a| a.start.is_none() && a.due.is_none() && !a.phases.is_empty())
            .unwrap();
        let phase = s.phases.iter().find(|p| p.id == a.phases[0]).unwrap();
        let moved = dragged(s.clone(), &drag(a.id.as_str(), 62, DragEdge::Move));
        let m = moved.actions.iter().find(|x| x.id == a.id).unwrap();
        assert_eq!(m.start, phase.start.map(|d| d.shifted_by_days(62)));
        assert_eq!(m.due, phase.end.map(|d| d.shifted_by_days(62)));
    }

    #[test]
    fn dragging_a_phase_moves_it_and_takes_the_actions_dated_by_it_along() {
        let s = paimio();
        let phase = s
            .phases
            .iter()
            .find(|p| p.start.is_some() && s.actions.iter().any(|a| a.phases.contains(&p.id)))
            .unwrap();
        let moved = dragged(s.clone(), &drag(phase.id.as_str(), 92, DragEdge::Move));
        let p = moved.phases.iter().find(|x| x.id == phase.id).unwrap();
        assert_eq!(p.start, phase.start.map(|d| d.shifted_by_days(92)));
        assert_eq!(p.end, phase.end.map(|d| d.shifted_by_days(92)));
        let along = moved_by(&s, phase.id.as_str());
        assert!(along.len() > 1, "Paimio's waves date their actions");
        let f = drag_fragment(
            &LayoutCache::default(),
            &s,
            &screen_view(&request(None), Lang::Fi),
            &drag(phase.id.as_str(), 92, DragEdge::Move),
        )
        .unwrap();
        assert_eq!(f.ids, along);
        for id in &along {
            assert!(
                f.svg.contains(&format!("data-id=\"{id}\"")),
                "{id} is redrawn"
            );
        }
        // Its end dragged before its start: nothing moves.
        let shrunk = dragged(s.clone(), &drag(phase.id.as_str(), -5000, DragEdge::Due));
        assert_eq!(shrunk.phases, s.phases);
    }

    #[test]
    fn dragging_a_milestone_moves_its_date_at_its_precision() {
        let s = paimio();
        let m = s.milestones.iter().find(|m| m.date.is_some()).unwrap();
        let moved = dragged(s.clone(), &drag(m.id.as_str(), 40, DragEdge::Move));
        let after = moved.milestones.iter().find(|x| x.id == m.id).unwrap();
        assert_eq!(after.date, m.date.map(|d| d.shifted_by_days(40)));
        assert_eq!(
            after.date.map(|d| d.precision()),
            m.date.map(|d| d.precision())
        );
        assert_eq!(moved.actions, s.actions);
    }

    #[test]
    fn resizing_never_puts_the_end_before_the_start() {
        let mut s = paimio();
        s.actions[0].start = Some(PlanDate::month(2028, 3).unwrap());
        s.actions[0].due = Some(PlanDate::month(2028, 6).unwrap());
        let id = s.actions[0].id.0.clone();
        let shrunk = dragged(s.clone(), &drag(&id, -400, DragEdge::Due));
        assert_eq!(shrunk.actions[0].due, s.actions[0].due);
        let grown = dragged(s.clone(), &drag(&id, 31, DragEdge::Due));
        assert_eq!(
            grown.actions[0].due,
            Some(PlanDate::month(2028, 7).unwrap())
        );
    }

    #[test]
    fn the_screen_roadmap_has_a_time_scale_and_tagged_bars() {
        let s = paimio();
        let req = request(None);
        let p = picture(&s, &screen_view(&req, Lang::Fi)).unwrap();
        let scale = p.scale.unwrap();
        assert!(scale.points_per_day > 0.0);
        assert_eq!(scale.lanes.len(), s.themes.len());
        assert!(p.pages[0].contains(&format!("data-id=\"{}\"", s.actions[0].id)));
    }

    #[test]
    fn a_drag_frame_holds_only_the_dragged_action() {
        let s = paimio();
        let req = request(None);
        let id = s.actions[0].id.0.clone();
        let f = drag_fragment(
            &LayoutCache::default(),
            &s,
            &screen_view(&req, Lang::Fi),
            &drag(&id, 40, DragEdge::Move),
        )
        .unwrap();
        assert!(f.svg.contains(&format!("data-id=\"{id}\"")));
        assert!(!f.svg.contains("<svg") && !f.svg.contains("</svg>"));
        assert!(!f.svg.contains(&format!("data-id=\"{}\"", s.actions[1].id)));
    }

    /// The shift of the `<g data-id>` that holds `id`'s elements in a drag
    /// frame, and the y and x of its first rectangle.
    fn shifted_rect(svg: &str, id: &str) -> (Option<f32>, f32, f32) {
        let num = |s: &str, key: &str| -> f32 {
            s.split(key)
                .nth(1)
                .unwrap()
                .split(['"', ')'])
                .next()
                .unwrap()
                .parse()
                .unwrap()
        };
        let (rest, rect) = svg.split_once("<rect ").unwrap();
        let dy = rest
            .starts_with(&format!("<g data-id=\"{id}\" transform=\"translate(0 "))
            .then(|| num(rest, "translate(0 "));
        (dy, num(rect, "y=\""), num(rect, "x=\""))
    }

    #[test]
    fn a_dragged_bar_keeps_its_row_and_the_pictures_years_while_dragged_and_after_the_drop() {
        let s = paimio();
        let cache = LayoutCache::default();
        let view = screen_view(&request(None), Lang::Fi);
        let shown = cache.layout(&s, &view).unwrap();
        let ts = shown.pages[0].time_scale.clone().unwrap();
        // The action the e2e drag moved: two months on, past the last year.
        let id = "paimio.action.palveluiden-ja-projektien-priorisointi";
        let d = drag(id, 61, DragEdge::Move);
        let dropped = layout::layout(&dragged(s.clone(), &d), &view).unwrap();
        assert_eq!(
            top_of(&dropped, id),
            top_of(&shown, id),
            "laid out after the drop the bar keeps its row"
        );
        let f = drag_fragment(&cache, &s, &view, &d).unwrap();
        let (dy, y, x) = shifted_rect(&f.svg, id);
        assert!(
            (y + dy.unwrap_or(0.0) - top_of(&shown, id).unwrap()).abs() < 0.02,
            "shown in its row"
        );
        // The picture's scale holds: the bar's new start is where the screen's scale puts it.
        let a = dragged(s.clone(), &d)
            .actions
            .into_iter()
            .find(|a| a.id.as_str() == id)
            .unwrap();
        assert!(
            (x - ts.x_of(a.start.unwrap().first_day())).abs() < 1.0,
            "{x} on the screen's scale"
        );
    }

    #[test]
    fn a_phase_dragged_onto_the_one_before_is_shown_in_its_row_until_the_drop() {
        let s = paimio();
        let cache = LayoutCache::default();
        let view = screen_view(&request(None), Lang::Fi);
        let shown = cache.layout(&s, &view).unwrap();
        let id = "paimio.phase.2-talous";
        let d = drag(id, -61, DragEdge::Move);
        let dropped = layout::layout(&dragged(s.clone(), &d), &view).unwrap();
        assert_ne!(
            top_of(&dropped, id),
            top_of(&shown, id),
            "overlapping the phase before it, the band takes another row at the drop"
        );
        let f = drag_fragment(&cache, &s, &view, &d).unwrap();
        let (dy, y, _) = shifted_rect(&f.svg, id);
        let dy = dy.expect("shifted back to its row");
        assert!(
            (y + dy - top_of(&shown, id).unwrap()).abs() < 0.02,
            "shown in its row while dragged"
        );
    }

    fn request(area: Option<Area>) -> RoadmapRequest {
        RoadmapRequest {
            area,
            ..RoadmapRequest::new(1000.0, Zoom::Quarter)
        }
    }

    #[test]
    fn scrolling_draws_another_part_of_the_same_layout_and_an_edit_lays_out_again() {
        let cache = LayoutCache::default();
        let s = paimio();
        let view = screen_view(&request(None), Lang::Fi);
        let first = cache.layout(&s, &view).unwrap();
        let again = cache.layout(&s, &view).unwrap();
        assert!(Arc::ptr_eq(&first, &again), "same strategy and view: kept");
        let mut edited = s.clone();
        edited.actions[0].name = "Uusi nimi".into();
        let after_edit = cache.layout(&edited, &view).unwrap();
        assert!(!Arc::ptr_eq(&first, &after_edit), "an edit lays out again");
        let mut weeks = view.clone();
        weeks.zoom = Some(Zoom::Week);
        assert!(!Arc::ptr_eq(
            &after_edit,
            &cache.layout(&s, &weeks).unwrap()
        ));
    }

    #[test]
    fn a_part_of_the_roadmap_keeps_the_full_size_and_every_bar_box() {
        let cache = LayoutCache::default();
        let s = paimio();
        let view = screen_view(&request(None), Lang::Fi);
        let whole = roadmap(&cache, &s, &view, None).unwrap();
        let area = Area {
            x: 0.0,
            y: 0.0,
            w: 1000.0,
            h: 150.0,
        };
        let part = roadmap(&cache, &s, &view, Some(area)).unwrap();
        assert_eq!((part.width, part.height), (whole.width, whole.height));
        assert!(part.pages[0].len() < whole.pages[0].len());
        let bars = &part.scale.as_ref().unwrap().bars;
        for a in s.actions.iter().filter(|a| {
            whole.pages[0].contains(&format!("data-id=\"{}\" data-kind=\"action\"", a.id))
        }) {
            let bar = bars.iter().find(|b| b.id == a.id.as_str());
            let bar = bar.unwrap_or_else(|| panic!("a box for {}", a.id));
            let drawn = part.pages[0].contains(&format!("data-id=\"{}\"", a.id));
            assert_eq!(
                drawn,
                bar.y <= area.y + area.h,
                "{} drawn iff in the area",
                a.id
            );
        }
    }
}
