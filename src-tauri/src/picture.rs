//! Pictures of the strategy from the core's layout: the roadmap on screen
//! (also while an action is being dragged) and the handouts for print
//! preview and PDF. The shell only builds the layout view from the UI's
//! request and hands the core's SVG or PDF on; nothing is drawn here.

use std::time::Instant;

use tiekartta::i18n::Lang;
use tiekartta::layout::{self, Kind, Medium, Paper, View, Zoom};
use tiekartta::model::{Id, Strategy};

use crate::boundary::{
    DragEdge, DragPreview, Fragment, HandoutKind, LaneBox, PaperSize, Picture, PrintRequest,
    RoadmapRequest, Scale, ZoomUnit,
};

fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

fn zoom(z: ZoomUnit) -> Zoom {
    match z {
        ZoomUnit::Year => Zoom::Year,
        ZoomUnit::Quarter => Zoom::Quarter,
        ZoomUnit::Month => Zoom::Month,
        ZoomUnit::Week => Zoom::Week,
    }
}

/// The layout view of the roadmap on screen.
pub fn screen_view(req: &RoadmapRequest, lang: Lang) -> View {
    let mut view = View::screen(req.width.max(400.0), lang, today());
    view.zoom = Some(zoom(req.zoom));
    view.themes = req.themes.iter().map(|t| Id(t.clone())).collect();
    view.owners = req.owners.iter().map(|t| Id(t.clone())).collect();
    view.statuses = req.statuses.clone();
    view.from = req.from;
    view.to = req.to;
    view
}

/// The layout view of a handout on paper.
pub fn print_view(req: &PrintRequest) -> View {
    let kind = match req.kind {
        HandoutKind::Roadmap => Kind::Roadmap,
        HandoutKind::OnePage => Kind::OnePage,
        HandoutKind::Actions => Kind::Actions,
        HandoutKind::Progress => Kind::Progress,
    };
    let mut view = View::new(kind, req.lang, today());
    let paper = match req.paper {
        PaperSize::A4 => Paper::A4,
        PaperSize::A3 => Paper::A3,
    };
    view.medium = Medium::Paper {
        paper,
        landscape: req.landscape,
    };
    view.from = req.from;
    view.to = req.to;
    view
}

/// `strategy` with the dragged action moved or resized, each date keeping
/// its precision (the core's `PlanDate::shifted_by_days`).
pub fn dragged(mut strategy: Strategy, drag: &DragPreview) -> Strategy {
    let phases = strategy.phases.clone();
    if let Some(a) = strategy
        .actions
        .iter_mut()
        .find(|a| a.id.as_str() == drag.action)
    {
        // An action without dates of its own is drawn over its phases.
        if a.start.is_none() && a.due.is_none() {
            let mine = phases.iter().filter(|p| a.phases.contains(&p.id));
            a.start = mine
                .clone()
                .filter_map(|p| p.start)
                .min_by_key(|d| d.first_day());
            a.due = mine.filter_map(|p| p.end).max_by_key(|d| d.last_day());
        }
        let shift = |d: Option<tiekartta::model::PlanDate>| {
            d.map(|d| d.shifted_by_days(i64::from(drag.days)))
        };
        match drag.edge {
            DragEdge::Move => {
                a.start = shift(a.start);
                a.due = shift(a.due);
            }
            DragEdge::Start => {
                let s = shift(a.start);
                if !matches!((s, a.due), (Some(s), Some(d)) if d.entirely_before(&s)) {
                    a.start = s;
                }
            }
            DragEdge::Due => {
                let d = shift(a.due);
                if !matches!((a.start, d), (Some(s), Some(d)) if d.entirely_before(&s)) {
                    a.due = d;
                }
            }
        }
    }
    strategy
}

/// Lays out `strategy` as `view` and renders every page as SVG.
pub fn picture(strategy: &Strategy, view: &View) -> tiekartta::Result<Picture> {
    let t0 = Instant::now();
    let layout = layout::layout(strategy, view)?;
    let pages: Vec<String> = (0..layout.pages.len())
        .map(|i| tiekartta::svg::render(&layout, i))
        .collect();
    let first = layout.pages.first();
    let scale = first.and_then(|p| p.time_scale.as_ref()).map(|ts| Scale {
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
    });
    Ok(Picture {
        width: first.map(|p| p.width).unwrap_or(0.0),
        height: first.map(|p| p.height).unwrap_or(0.0),
        pages,
        scale,
        truncated: layout.truncated.len() as u32,
        micros: u32::try_from(t0.elapsed().as_micros()).unwrap_or(u32::MAX),
    })
}

/// The dragged action alone, laid out again with the whole strategy (so it
/// lands exactly where the full picture will put it) and rendered as SVG
/// elements to put in place of its old ones: a frame of a drag redraws one
/// bar, not the whole roadmap.
pub fn drag_fragment(
    strategy: &Strategy,
    view: &View,
    drag: &DragPreview,
) -> tiekartta::Result<Fragment> {
    let t0 = Instant::now();
    let mut layout = layout::layout(&dragged(strategy.clone(), drag), view)?;
    layout.pages.truncate(1);
    for page in &mut layout.pages {
        page.items.retain(|i| {
            i.entity
                .as_ref()
                .is_some_and(|e| e.id.as_str() == drag.action)
        });
    }
    let svg = tiekartta::svg::render(&layout, 0);
    // Keep the elements only: drop the <svg> wrapper, its title and background.
    let body = svg
        .find("</title>\n")
        .and_then(|t| svg[t..].find("/>\n").map(|b| t + b + 3))
        .and_then(|start| {
            svg.rfind("</svg>")
                .map(|end| svg[start..end.max(start)].to_owned())
        })
        .unwrap_or_default();
    Ok(Fragment {
        svg: body,
        micros: u32::try_from(t0.elapsed().as_micros()).unwrap_or(u32::MAX),
    })
}

/// The handout as PDF bytes.
pub fn pdf(strategy: &Strategy, req: &PrintRequest, author: &str) -> tiekartta::Result<Vec<u8>> {
    let view = print_view(req);
    let layout = layout::layout(strategy, &view)?;
    let meta = tiekartta::pdf::PdfMeta {
        author: if author.is_empty() {
            strategy.town.clone()
        } else {
            author.to_owned()
        },
        subject: layout.title.clone(),
        created: chrono::Local::now().naive_local(),
    };
    Ok(tiekartta::pdf::render(&layout, &meta)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tiekartta::model::PlanDate;

    fn paimio() -> Strategy {
        tiekartta::interchange::from_json(include_str!("../../seeds/paimio.json")).unwrap()
    }

    fn drag(action: &str, days: i32, edge: DragEdge) -> DragPreview {
        DragPreview {
            action: action.into(),
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
        let req = RoadmapRequest {
            width: 1000.0,
            zoom: ZoomUnit::Quarter,
            themes: vec![],
            owners: vec![],
            statuses: vec![],
            from: None,
            to: None,
        };
        let p = picture(&s, &screen_view(&req, Lang::Fi)).unwrap();
        let scale = p.scale.unwrap();
        assert!(scale.points_per_day > 0.0);
        assert_eq!(scale.lanes.len(), s.themes.len());
        assert!(p.pages[0].contains(&format!("data-id=\"{}\"", s.actions[0].id)));
    }

    #[test]
    fn a_drag_frame_holds_only_the_dragged_action() {
        let s = paimio();
        let req = RoadmapRequest {
            width: 1000.0,
            zoom: ZoomUnit::Quarter,
            themes: vec![],
            owners: vec![],
            statuses: vec![],
            from: None,
            to: None,
        };
        let id = s.actions[0].id.0.clone();
        let f = drag_fragment(
            &s,
            &screen_view(&req, Lang::Fi),
            &drag(&id, 40, DragEdge::Move),
        )
        .unwrap();
        assert!(f.svg.contains(&format!("data-id=\"{id}\"")));
        assert!(!f.svg.contains("<svg") && !f.svg.contains("</svg>"));
        assert!(!f.svg.contains(&format!("data-id=\"{}\"", s.actions[1].id)));
    }
}
