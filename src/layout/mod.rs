//! The layout engine: a strategy and a view in, pages of a display list out.
//!
//! A handout (the roadmap, the strategy on a page, the action plan, the
//! progress report) or the roadmap on screen is computed once, here, and
//! drawn twice: by [`crate::pdf`] on paper and by [`crate::svg`] on screen,
//! with the same fonts and the same numbers (points, 1/72 in, y downwards).
//! Every item of the display list says which entity it belongs to, so the
//! screen can hit-test and drag; the roadmap's [`TimeScale`] turns a drag in
//! points back into dates. Text is measured and broken by [`crate::text`];
//! nothing is drawn over another label or off the page: what does not fit is
//! shortened with an ellipsis and listed in [`Layout::truncated`]. A text
//! over the limit validation sets for its field is cut to it on the way in,
//! so no strategy costs the layout more than a valid one.

mod actions;
mod axis;
mod bounded;
mod canvas;
mod changes;
mod deadlines;
mod deck;
mod error;
mod onepage;
mod paper;
mod progress;
mod roadmap;
mod style;
mod theme_rows;

pub use error::{LayoutError, Result};
pub use paper::used_height;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::model::{Id, Status, Strategy};
use crate::text::FontFace;

/// Which handout (or screen) to lay out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "HandoutKind")]
pub enum Kind {
    /// The roadmap: time axis, a swimlane per theme, bars, milestones, phases.
    Roadmap,
    /// The strategy on a page: vision, mission, values, themes and goals.
    OnePage,
    /// The action plan: a table of actions per theme.
    Actions,
    /// The progress report: statuses, late actions, indicators, deadlines.
    Progress,
    /// What changed since a council snapshot ("Muutokset edellisen
    /// käsittelyn jälkeen"), from [`View::changes`].
    Changes,
    /// The council deck: a title slide, the strategy on a page, the
    /// roadmap, a slide per theme and the upcoming deadlines.
    Deck,
}

/// A paper size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
#[ts(rename = "PaperSize")]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    A4,
    /// ISO A3, 297 × 420 mm.
    A3,
}

/// Where the layout goes: paper, or a screen of a given width.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Medium {
    /// Paper of a size, landscape or portrait.
    Paper { paper: Paper, landscape: bool },
    /// A screen `width` CSS pixels wide (1 px = 1 pt); one page as tall as
    /// needed, and at least `height` when given: the roadmap's rows grow
    /// (within a cap) until its lanes fill the window's height.
    Screen { width: f32, height: Option<f32> },
}

/// The unit of the roadmap's time axis.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Zoom {
    /// Years.
    Year,
    /// Years and quarters.
    Quarter,
    /// Years and months.
    Month,
    /// Months and ISO weeks.
    Week,
}

/// What to lay out and how.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// Which handout.
    pub kind: Kind,
    /// Paper or screen.
    pub medium: Medium,
    /// The first year shown (default: the strategy's period).
    pub from: Option<i32>,
    /// The last year shown (inclusive).
    pub to: Option<i32>,
    /// The time unit of the roadmap (default: chosen from the range).
    pub zoom: Option<Zoom>,
    /// Only these themes (empty: all).
    pub themes: Vec<Id>,
    /// Only actions of these owners (empty: all).
    pub owners: Vec<Id>,
    /// Only actions with these statuses (empty: all).
    pub statuses: Vec<Status>,
    /// The language of the labels.
    pub lang: Lang,
    /// Today: the today line, "late", "upcoming" and the print date.
    pub today: NaiveDate,
    /// On screen, the size of the roadmap's bars and their labels against
    /// the plain one (1); the user's text zoom. Paper ignores it.
    pub text_scale: f32,
    /// On paper, a sheet of this size in points to set the page on instead
    /// of the paper's own (the layout sets a short handout on a smaller
    /// sheet and enlarges it to the paper; see `paper`; a deck's slides are
    /// this size, 16:9 when `None`). `None`: the paper's.
    pub sheet: Option<(f32, f32)>,
    /// The council snapshot the handout is printed under: its footer says
    /// "Tilanne ID · MEETING".
    pub snapshot: Option<SnapshotMark>,
    /// On the roadmap, the dates actions had at a snapshot, drawn as faint
    /// ghost bars beside today's for the actions whose dates moved.
    pub ghosts: Option<Ghosts>,
    /// What the changes handout ([`Kind::Changes`]) lists.
    pub changes: Option<crate::changes::Changes>,
}

/// The dates actions had at a snapshot, for the roadmap's ghost bars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ghosts {
    /// The snapshot's short id, as the legend names it.
    pub snapshot: String,
    /// The actions whose dates moved since, with their old and new dates.
    pub moved: Vec<crate::changes::Rescheduled>,
}

/// The snapshot a handout is printed under, as its footer names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotMark {
    /// The snapshot's short id.
    pub id: String,
    /// The meeting it was recorded for.
    pub meeting: String,
}

impl View {
    /// A view of `kind` on paper with the handout's usual paper and
    /// orientation (roadmap A3 landscape, the others A4 portrait).
    pub fn new(kind: Kind, lang: Lang, today: NaiveDate) -> View {
        let medium = match kind {
            Kind::Roadmap => Medium::Paper {
                paper: Paper::A3,
                landscape: true,
            },
            Kind::OnePage => Medium::Paper {
                paper: Paper::A4,
                landscape: true,
            },
            Kind::Actions | Kind::Progress | Kind::Changes => Medium::Paper {
                paper: Paper::A4,
                landscape: false,
            },
            Kind::Deck => Medium::Paper {
                paper: Paper::A4,
                landscape: true,
            },
        };
        View {
            kind,
            medium,
            from: None,
            to: None,
            zoom: None,
            themes: vec![],
            owners: vec![],
            statuses: vec![],
            lang,
            today,
            text_scale: 1.0,
            sheet: None,
            snapshot: None,
            ghosts: None,
            changes: None,
        }
    }

    /// The roadmap on a screen `width` pixels wide.
    pub fn screen(width: f32, lang: Lang, today: NaiveDate) -> View {
        View {
            medium: Medium::Screen {
                width,
                height: None,
            },
            ..View::new(Kind::Roadmap, lang, today)
        }
    }
}

/// An RGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Color(pub u8, pub u8, pub u8);

impl Color {
    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }
}

impl Serialize for Color {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.hex())
    }
}

/// How a line or an outline is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Stroke {
    /// The colour.
    pub color: Color,
    /// The width in points.
    pub width: f32,
    /// Dash and gap lengths, if dashed.
    pub dash: Option<(f32, f32)>,
}

/// One line of text, already measured and broken.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TextRun {
    /// Left edge of the text.
    pub x: f32,
    /// The baseline.
    pub y: f32,
    /// The text of the line.
    pub text: String,
    /// Regular or bold.
    pub font: FontFace,
    /// Font size in points.
    pub size: f32,
    /// The colour.
    pub color: Color,
    /// The measured width in points.
    pub width: f32,
}

impl TextRun {
    /// The box the line occupies: one line height (1.2 × size) around the
    /// baseline, as `(x, y, width, height)`.
    pub fn bounds(&self) -> (f32, f32, f32, f32) {
        (
            self.x,
            self.y - 0.92 * self.size,
            self.width,
            1.2 * self.size,
        )
    }
}

/// A drawing primitive.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase", tag = "type")]
pub enum Shape {
    /// A rectangle, with rounded corners if `radius` > 0.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        radius: f32,
        fill: Option<Color>,
        stroke: Option<Stroke>,
    },
    /// A straight line.
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        stroke: Stroke,
    },
    /// A closed polygon.
    Polygon {
        points: Vec<(f32, f32)>,
        fill: Option<Color>,
        stroke: Option<Stroke>,
    },
    /// An open polyline (a chart's line).
    Polyline {
        points: Vec<(f32, f32)>,
        stroke: Stroke,
    },
    /// A circle.
    Circle {
        cx: f32,
        cy: f32,
        r: f32,
        fill: Option<Color>,
        stroke: Option<Stroke>,
    },
    /// A line of text.
    Text(TextRun),
}

impl Shape {
    /// The box the shape covers, its outline's width included, as
    /// `(x, y, width, height)`: what a renderer drawing only part of a page
    /// tests against that part.
    pub fn bounds(&self) -> (f32, f32, f32, f32) {
        let half = |st: Option<&Stroke>| st.map_or(0.0, |st| st.width / 2.0);
        let around = |ps: &[(f32, f32)], pad: f32| {
            let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
            for &(x, y) in ps {
                x0 = x0.min(x);
                y0 = y0.min(y);
                x1 = x1.max(x);
                y1 = y1.max(y);
            }
            if ps.is_empty() {
                (0.0, 0.0, 0.0, 0.0)
            } else {
                (x0 - pad, y0 - pad, x1 - x0 + 2.0 * pad, y1 - y0 + 2.0 * pad)
            }
        };
        match self {
            Shape::Rect {
                x, y, w, h, stroke, ..
            } => {
                let p = half(stroke.as_ref());
                (x - p, y - p, w + 2.0 * p, h + 2.0 * p)
            }
            Shape::Line {
                x1,
                y1,
                x2,
                y2,
                stroke,
            } => around(&[(*x1, *y1), (*x2, *y2)], stroke.width / 2.0),
            Shape::Polygon { points, stroke, .. } => around(points, half(stroke.as_ref())),
            Shape::Polyline { points, stroke } => around(points, stroke.width / 2.0),
            Shape::Circle {
                cx, cy, r, stroke, ..
            } => {
                let r = r + half(stroke.as_ref());
                (cx - r, cy - r, 2.0 * r, 2.0 * r)
            }
            Shape::Text(run) => run.bounds(),
        }
    }

    /// Whether the shape reaches into `area` (`(x, y, width, height)`).
    pub fn meets(&self, area: (f32, f32, f32, f32)) -> bool {
        let (x, y, w, h) = self.bounds();
        x <= area.0 + area.2 && area.0 <= x + w && y <= area.1 + area.3 && area.1 <= y + h
    }
}

/// What kind of entity an item belongs to (`data-kind` in the SVG).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum EntityKind {
    /// The strategy itself (title, vision, mission, slogan).
    Strategy,
    /// A theme (lane, heading, pillar).
    Theme,
    /// A goal of a theme.
    Goal,
    /// A value.
    Value,
    /// An action.
    Action,
    /// A milestone.
    Milestone,
    /// A rollout phase.
    Phase,
    /// An indicator.
    Indicator,
    /// A plan, report or programme.
    Document,
    /// An event: a meeting, a workshop, a decision.
    Event,
}

impl EntityKind {
    /// The name used in `data-kind`.
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Strategy => "strategy",
            EntityKind::Theme => "theme",
            EntityKind::Goal => "goal",
            EntityKind::Value => "value",
            EntityKind::Action => "action",
            EntityKind::Milestone => "milestone",
            EntityKind::Phase => "phase",
            EntityKind::Indicator => "indicator",
            EntityKind::Document => "document",
            EntityKind::Event => "event",
        }
    }
}

/// The entity an item belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntityRef {
    /// Its id.
    pub id: Id,
    /// Its kind.
    pub kind: EntityKind,
}

/// One item of the display list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    /// What is drawn.
    pub shape: Shape,
    /// The entity it belongs to, if any.
    pub entity: Option<EntityRef>,
}

/// A theme's swimlane on the roadmap.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Lane {
    /// The theme.
    pub theme: Id,
    /// The lane's rectangle over the time axis: x, y, width, height.
    pub rect: (f32, f32, f32, f32),
}

/// How the roadmap's x axis maps to dates: `x = x0 + days × points_per_day`,
/// days counted from `origin`.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimeScale {
    /// The date at `x0` (ISO `2027-01-01` in JSON).
    #[serde(serialize_with = "iso_date")]
    pub origin: NaiveDate,
    /// The last day shown (inclusive).
    #[serde(serialize_with = "iso_date")]
    pub end: NaiveDate,
    /// The x of the start of `origin`.
    pub x0: f32,
    /// Points per day.
    pub points_per_day: f32,
    /// The unit of the axis.
    pub zoom: Zoom,
    /// The swimlanes.
    pub lanes: Vec<Lane>,
}

impl TimeScale {
    /// The x where `day` starts.
    pub fn x_of(&self, day: NaiveDate) -> f32 {
        self.x0 + (day - self.origin).num_days() as f32 * self.points_per_day
    }

    /// The day at `x` (rounded down).
    pub fn day_at(&self, x: f32) -> NaiveDate {
        let days = ((x - self.x0) / self.points_per_day).floor() as i64;
        self.origin + chrono::Duration::days(days)
    }

    /// How many days a horizontal drag of `dx` points moves a bar.
    pub fn days_for(&self, dx: f32) -> i64 {
        (dx / self.points_per_day).round() as i64
    }
}

fn iso_date<S: serde::Serializer>(d: &NaiveDate, s: S) -> std::result::Result<S::Ok, S::Error> {
    s.serialize_str(&d.format("%Y-%m-%d").to_string())
}

/// One page of the display list.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Page {
    /// Width in points.
    pub width: f32,
    /// Height in points.
    pub height: f32,
    /// What is drawn, back to front.
    pub items: Vec<Item>,
    /// The roadmap's time scale on this page.
    pub time_scale: Option<TimeScale>,
}

/// A text that was shortened to fit.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Truncation {
    /// The entity whose text it is.
    pub entity: Option<EntityRef>,
    /// The whole text.
    pub text: String,
    /// What was shown.
    pub shown: String,
    /// The page (from 0).
    pub page: usize,
}

/// A laid-out handout.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Layout {
    /// The document title (for the PDF metadata).
    pub title: String,
    /// The language of the labels.
    pub lang: Lang,
    /// The pages.
    pub pages: Vec<Page>,
    /// Texts shortened to fit.
    pub truncated: Vec<Truncation>,
}

/// Lays out `strategy` as `view` asks.
pub fn layout(strategy: &Strategy, view: &View) -> Result<Layout> {
    crate::text::check()?;
    let (w, h) = view.page_size();
    if w < 200.0 || (h < 200.0 && !matches!(view.medium, Medium::Screen { .. })) {
        return Err(LayoutError::PageTooSmall {
            width: w as i32,
            height: h as i32,
        });
    }
    if let (Some(from), Some(to)) = (view.from, view.to)
        && to < from
    {
        return Err(LayoutError::EmptyRange { from, to });
    }
    // A3 handouts set for A4 are set there and enlarged, type and all; a
    // short action plan or progress report is set larger to fill its page.
    if let Some(a4) = paper::a4_of(view) {
        return layout(strategy, &a4).map(|l| paper::enlarged(l, (w, h), paper::A3_OVER_A4));
    }
    let plain = set(strategy, view)?;
    if !paper::refits(view) {
        return Ok(plain);
    }
    paper::filled(plain, (w, h), |k| {
        let smaller = View {
            sheet: Some((w / k, h / k)),
            ..view.clone()
        };
        set(strategy, &smaller)
    })
}

/// Lays out `strategy` on the page `view` gives, as it stands.
fn set(strategy: &Strategy, view: &View) -> Result<Layout> {
    // Texts over their limits are cut here, before anything is shaped.
    let strategy = bounded::bounded(strategy);
    let mut doc = canvas::Doc::new(&strategy, view);
    match view.kind {
        Kind::Roadmap => roadmap::lay_out(&mut doc)?,
        Kind::OnePage => onepage::lay_out(&mut doc)?,
        Kind::Actions => actions::lay_out(&mut doc)?,
        Kind::Progress => progress::lay_out(&mut doc)?,
        Kind::Changes => changes::lay_out(&mut doc)?,
        Kind::Deck => return deck::lay_out(&strategy, view),
    }
    Ok(doc.finish())
}

impl View {
    /// The page size in points (a screen page's height grows with content).
    pub fn page_size(&self) -> (f32, f32) {
        match self.medium {
            Medium::Paper { .. } if self.sheet.is_some() => self.sheet.unwrap_or_default(),
            Medium::Paper { paper, landscape } => {
                let (w, h) = match paper {
                    Paper::A4 => (595.28, 841.89),
                    Paper::A3 => (841.89, 1190.55),
                };
                if landscape { (h, w) } else { (w, h) }
            }
            Medium::Screen { width, .. } => (width, 0.0),
        }
    }

    /// Whether an action passes the theme, owner and status filters.
    pub(crate) fn admits(&self, action: &crate::model::Action) -> bool {
        (self.themes.is_empty() || self.themes.contains(&action.theme))
            && (self.owners.is_empty() || action.owners.iter().any(|o| self.owners.contains(o)))
            && (self.statuses.is_empty() || self.statuses.contains(&action.status))
    }

    /// Whether an action overlaps the years `from..=to` asked for (an
    /// undated action always does).
    pub(crate) fn in_years(&self, s: &Strategy, action: &crate::model::Action) -> bool {
        let Some((a, b)) = axis::action_span(s, action) else {
            return true;
        };
        self.from.is_none_or(|y| b.year() >= y) && self.to.is_none_or(|y| a.year() <= y)
    }

    /// The themes shown, in strategy order.
    pub(crate) fn shown_themes<'a>(&self, s: &'a Strategy) -> Vec<&'a crate::model::Theme> {
        s.themes
            .iter()
            .filter(|t| self.themes.is_empty() || self.themes.contains(&t.id))
            .collect()
    }
}

/// A compact text dump of a layout, one item a line, for snapshot tests.
pub fn dump(layout: &Layout) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(out, "title {:?} lang {}", layout.title, layout.lang);
    for (i, page) in layout.pages.iter().enumerate() {
        let _ = writeln!(out, "page {i} {:.1}x{:.1}", page.width, page.height);
        if let Some(ts) = &page.time_scale {
            let _ = writeln!(
                out,
                "  scale {}..{} x0 {:.1} ppd {:.4} {:?} lanes {}",
                ts.origin,
                ts.end,
                ts.x0,
                ts.points_per_day,
                ts.zoom,
                ts.lanes.len()
            );
        }
        for item in &page.items {
            let tag = item
                .entity
                .as_ref()
                .map(|e| format!(" [{} {}]", e.kind.name(), e.id))
                .unwrap_or_default();
            let line = match &item.shape {
                Shape::Rect { x, y, w, h, .. } => format!("rect {x:.1} {y:.1} {w:.1} {h:.1}"),
                Shape::Line { x1, y1, x2, y2, .. } => {
                    format!("line {x1:.1} {y1:.1} {x2:.1} {y2:.1}")
                }
                Shape::Polygon { points, .. } => format!("polygon {}", points.len()),
                Shape::Polyline { points, .. } => format!("polyline {}", points.len()),
                Shape::Circle { cx, cy, r, .. } => format!("circle {cx:.1} {cy:.1} {r:.1}"),
                Shape::Text(t) => format!("text {:.1} {:.1} {:?} {:.1}", t.x, t.y, t.text, t.size),
            };
            let _ = writeln!(out, "  {line}{tag}");
        }
    }
    for t in &layout.truncated {
        let _ = writeln!(out, "truncated p{} {:?} -> {:?}", t.page, t.text, t.shown);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scale() -> TimeScale {
        TimeScale {
            origin: NaiveDate::from_ymd_opt(2027, 1, 1).unwrap(),
            end: NaiveDate::from_ymd_opt(2030, 12, 31).unwrap(),
            x0: 200.0,
            points_per_day: 0.75,
            zoom: Zoom::Quarter,
            lanes: vec![],
        }
    }

    #[test]
    fn a_drag_in_points_turns_into_days_and_back() {
        let ts = scale();
        let day = NaiveDate::from_ymd_opt(2028, 7, 15).unwrap();
        assert_eq!(ts.day_at(ts.x_of(day) + 0.1), day);
        assert_eq!(ts.days_for(7.5), 10);
        assert_eq!(ts.days_for(-7.4), -10);
        assert_eq!(ts.x_of(ts.origin), 200.0);
    }

    #[test]
    fn a_too_small_page_or_a_reversed_range_is_an_error_not_a_panic() {
        let s = Strategy::default();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let tiny = View::screen(50.0, Lang::Fi, today);
        assert!(matches!(
            layout(&s, &tiny),
            Err(LayoutError::PageTooSmall { .. })
        ));
        let reversed = View {
            from: Some(2030),
            to: Some(2027),
            ..View::new(Kind::Roadmap, Lang::Fi, today)
        };
        assert!(matches!(
            layout(&s, &reversed),
            Err(LayoutError::EmptyRange { .. })
        ));
    }

    #[test]
    fn zooming_in_on_screen_widens_the_picture_so_every_unit_stays_readable() {
        let s = crate::interchange::from_json(include_str!("../../seeds/paimio.json")).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let mut widths = vec![];
        for zoom in [Zoom::Year, Zoom::Quarter, Zoom::Month, Zoom::Week] {
            let view = View {
                zoom: Some(zoom),
                ..View::screen(1000.0, Lang::Fi, today)
            };
            let page = layout(&s, &view).unwrap().pages.remove(0);
            let ts = page.time_scale.unwrap();
            // Units on average: one scale for the whole range.
            let unit_days = match zoom {
                Zoom::Year => 365.25,
                Zoom::Quarter => 365.25 / 4.0,
                Zoom::Month => 365.25 / 12.0,
                Zoom::Week => 7.0,
            };
            assert!(
                ts.points_per_day * unit_days >= 0.99 * axis::min_unit_width(zoom),
                "{zoom:?}: {} points a unit",
                ts.points_per_day * unit_days
            );
            widths.push(page.width);
        }
        // Four years fit the window by years and quarters; months and
        // weeks make the picture wider, to be scrolled.
        assert_eq!(&widths[..2], &[1000.0, 1000.0]);
        assert!(widths[1] < widths[2] && widths[2] < widths[3], "{widths:?}");
    }

    #[test]
    fn no_text_of_the_screen_roadmap_leaves_the_picture_at_any_window_width() {
        let s = crate::interchange::from_json(include_str!("../../seeds/paimio.json")).unwrap();
        let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
        let mut over = vec![];
        for width in (600..=1400).step_by(10) {
            let view = View::screen(width as f32, Lang::Fi, today);
            let page = layout(&s, &view).unwrap().pages.remove(0);
            for item in &page.items {
                if let Shape::Text(t) = &item.shape
                    && t.x + t.width > page.width + 0.5
                {
                    over.push(format!(
                        "{width}: {:?} ends at {:.1}",
                        t.text,
                        t.x + t.width
                    ));
                }
            }
        }
        assert!(over.is_empty(), "{}", over.join("\n"));
    }

    #[test]
    fn an_empty_strategy_still_makes_every_handout() {
        let s = Strategy::default();
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        for kind in [Kind::Roadmap, Kind::OnePage, Kind::Actions, Kind::Progress] {
            let l = layout(&s, &View::new(kind, Lang::En, today)).unwrap();
            assert!(!l.pages.is_empty(), "{kind:?}");
        }
    }
}
