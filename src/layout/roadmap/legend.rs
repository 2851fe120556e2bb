//! The roadmap's legend, at the foot of every paper page: only what that
//! page's time slice shows (the kinds of its milestones, events, documents'
//! due dates and periods, the bands of a theme on the surface, the statuses
//! of the actions, the today line), in one or more lines of swatches.

use super::dues::dated_documents;
use super::ghost::ghost_paint;
use super::paint::{bar_paint, page_mark};
use super::range::Geometry;
use crate::i18n::{Lang, Message};
use crate::layout::axis;
use crate::layout::canvas::{Align, Doc};
use crate::layout::style::{self, MUTED, RED};
use crate::layout::{Color, Result, Shape, Stroke};
use crate::model::{MilestoneKind, Status};
use crate::text::{self, FontFace};

/// Draws the legend from `top`, across the page.
pub(super) fn legend(doc: &mut Doc, g: &Geometry, top: f32, today_shown: bool) -> Result<()> {
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
        .map(|x| x.main_kind())
        .collect();
    kinds.dedup();
    let mut seen = vec![];
    for k in kinds {
        if seen.contains(&k) {
            continue;
        }
        seen.push(k);
        let id = style::milestone_kind_message(k);
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
        // The strategy's own word ("aalto") is Finnish, as the towns write
        // it; a handout in another language says its own word for a theme.
        let word = match doc.view.lang {
            Lang::Fi => s.theme_label.singular.clone(),
            _ => doc.tr("entity-theme"),
        };
        let label = doc.trm(&Message::new("handout-legend-surfaced").arg("theme", &word));
        entries.push((Swatch::Band, label));
    }
    // As the bars show them: late by the one rule (a late plan, report or
    // milestone puts late in the legend too).
    let today = doc.view.today;
    let doc_late = documents.iter().any(|d| d.status == Some(Status::Late))
        || !super::plan::late_milestones(s, today).is_empty();
    let statuses: Vec<Status> = Status::ALL
        .into_iter()
        .filter(|st| {
            s.actions
                .iter()
                .any(|a| crate::schedule::shown_status(s, a, today) == *st)
                || (*st == Status::Late && doc_late)
        })
        .collect();
    for st in statuses {
        entries.push((Swatch::Bar(st), doc.tr(st.message_id())));
    }
    if let Some(gh) = &doc.view.ghosts
        && !gh.moved.is_empty()
    {
        let label = doc.trm(&Message::new("handout-legend-ghost").arg("id", &gh.snapshot));
        entries.push((Swatch::Ghost, label));
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
                if st == Status::Late {
                    super::dues::hatch(doc, (x, cy - 3.5, 10.0, 7.0), fill, None);
                }
            }
            Swatch::Ghost => {
                let (fill, stroke) = bar_paint(Status::OnTrack, accent);
                doc.round_rect(x, cy - 4.0, 10.0, 5.0, 1.5, Some(fill), stroke, None);
                doc.round_rect(
                    x,
                    cy + 1.6,
                    10.0,
                    2.2,
                    0.8,
                    Some(ghost_paint(accent)),
                    None,
                    None,
                );
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

/// The small picture before a legend entry.
enum Swatch {
    Diamond(Color),
    Event,
    DocumentDue,
    DocumentPeriod,
    Band,
    Bar(Status),
    Ghost,
    Today,
}
