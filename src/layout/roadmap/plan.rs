//! The roadmap's planning step: what one time slice shows, placed on the x
//! axis and packed into rows, before anything is drawn. Each theme's lane
//! holds its actions (bars) and then its dated documents; the plans and
//! reports that name no theme share one last lane. Every label is placed
//! inside its bar when it fits, else beside it, else shortened where there
//! is most room (and reported); then items are packed into rows so that no
//! label touches another. Phases and milestones (with the dated events) get
//! rows of their own above the lanes, all with the sizes
//! [`super::fit`] chose.
//!
//! Rows are packed first-fit in the items' own order in the strategy, not
//! by date: an item's row depends on its own dates and on the items listed
//! before it, so a bar dragged to other dates stays in its row unless it
//! now collides with an earlier item there (or no longer collides with one
//! above). One rule for screen and paper: what is printed is what is seen.

use chrono::Duration;

use super::GAP;
use super::dues::{DocSpan, action_ticks, dated_documents, dated_milestones, names_a_theme};
use super::fit::Metrics;
use super::range::Geometry;
use crate::layout::axis;
use crate::layout::canvas::{Doc, ent};
use crate::layout::{Color, EntityKind, Result, style};
use crate::model::{Id, MilestoneKind, Status};
use crate::schedule;
use crate::text::{self, FontFace};

/// How an item of a lane is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Look {
    /// A bar of an action (phases, milestones and events are drawn by kind).
    Bar,
    /// A document's period as a thin bar from `bar.0` to `bar.1`, with the
    /// x of its due day if any.
    Period {
        bar: (f32, f32),
        due: Option<f32>,
        status: Option<Status>,
    },
    /// A document with only a due date: a page mark at the middle of x1..x2.
    Due { status: Option<Status> },
}

/// A bar (or a milestone) with its label, placed on the x axis.
#[derive(Debug, Clone)]
pub(super) struct Placed {
    pub(super) id: Id,
    pub(super) kind: EntityKind,
    pub(super) x1: f32,
    pub(super) x2: f32,
    pub(super) label: String,
    pub(super) label_x: f32,
    pub(super) label_w: f32,
    pub(super) inside: bool,
    pub(super) occ: (f32, f32),
    pub(super) status: Status,
    pub(super) milestone: Option<MilestoneKind>,
    pub(super) look: Look,
    /// The x of each occurrence of a recurring action, drawn on its bar.
    pub(super) ticks: Vec<f32>,
}

/// A milestone or an event at `x`, `half` wide on each side, its label not
/// yet placed.
fn point(
    id: &Id,
    kind: EntityKind,
    x: f32,
    half: f32,
    name: &str,
    milestone: Option<MilestoneKind>,
) -> Placed {
    Placed {
        id: id.clone(),
        kind,
        x1: x - half,
        x2: x + half,
        label: name.to_owned(),
        label_x: 0.0,
        label_w: 0.0,
        inside: false,
        occ: (x - half, x + half),
        status: Status::NotStarted,
        milestone,
        look: Look::Bar,
        ticks: vec![],
    }
}

/// The milestones' occurrences that are late on `today` (by
/// [`schedule::occurrences`]), by id and the day they are drawn on.
pub(super) fn late_milestones(
    s: &crate::model::Strategy,
    today: chrono::NaiveDate,
) -> Vec<(&Id, chrono::NaiveDate)> {
    schedule::occurrences(s, today)
        .into_iter()
        .filter(|o| o.kind == schedule::DueKind::Milestone && o.verdict == schedule::Verdict::Late)
        .filter_map(|o| {
            let m = s.milestones.iter().find(|m| m.id == o.id)?;
            Some((&m.id, axis::milestone_day(o.date)))
        })
        .collect()
}

/// Packs items into rows so their occupied intervals never touch: each
/// item, in the order given, into the first row it fits in; each row then
/// left to right.
fn pack(items: Vec<Placed>, gap: f32) -> Vec<Vec<Placed>> {
    let mut rows: Vec<Vec<Placed>> = vec![];
    for it in items {
        let free = rows.iter().position(|r| {
            r.iter()
                .all(|o| it.occ.1 + gap <= o.occ.0 || o.occ.1 + gap <= it.occ.0)
        });
        match free {
            Some(i) => rows[i].push(it),
            None => rows.push(vec![it]),
        }
    }
    for row in &mut rows {
        row.sort_by(|a, b| a.x1.total_cmp(&b.x1));
    }
    rows
}

/// A swimlane: a theme's, or (`theme` `None`) the shared lane of the plans
/// and reports that name no theme.
pub(super) struct LaneRows {
    pub(super) theme: Option<Id>,
    pub(super) color: Color,
    pub(super) code: String,
    pub(super) name: String,
    pub(super) rows: Vec<Vec<Placed>>,
}

/// Places a bar's label: inside (when `allow_inside`), else beside it on
/// the right or the left, else shortened where there is most room.
fn place_label(
    doc: &mut Doc,
    g: &Geometry,
    mut p: Placed,
    (font, size): (FontFace, f32),
    allow_inside: bool,
    report: bool,
) -> Result<Placed> {
    let lw = text::width(font, size, &p.label)?;
    let (x1, x2) = (p.x1, p.x2);
    p.label_w = lw;
    if allow_inside && lw + 8.0 <= x2 - x1 {
        p.inside = true;
        p.label_x = x1 + 4.0;
        p.occ = (x1, x2);
        return Ok(p);
    }
    if x2 + 4.0 + lw <= g.x1 {
        p.label_x = x2 + 4.0;
        p.occ = (x1, x2 + 4.0 + lw);
        return Ok(p);
    }
    if x1 - 4.0 - lw >= g.x0 {
        p.label_x = x1 - 4.0 - lw;
        p.occ = (x1 - 4.0 - lw, x2);
        return Ok(p);
    }
    // Nowhere whole: shorten it where there is most room.
    let inside = if allow_inside { x2 - x1 - 8.0 } else { 0.0 };
    let right = g.x1 - x2 - 4.0;
    let left = x1 - 4.0 - g.x0;
    let room = inside.max(right).max(left).max(0.0);
    let (shown, w, _) = text::ellipsize(font, size, &p.label, room)?;
    if report {
        doc.report(&p.label, &shown, ent(p.kind, &p.id));
    }
    p.label = shown;
    p.label_w = w;
    if room == inside {
        p.inside = true;
        p.label_x = x1 + 4.0;
        p.occ = (x1, x2);
    } else if room == right {
        p.label_x = x2 + 4.0;
        p.occ = (x1, x2 + 4.0 + w);
    } else {
        p.label_x = x1 - 4.0 - w;
        p.occ = (x1 - 4.0 - w, x2);
    }
    Ok(p)
}

/// What a slice shows, placed on the x axis and packed into rows.
pub(super) struct Plan {
    pub(super) lanes: Vec<LaneRows>,
    pub(super) phases: Vec<Vec<Placed>>,
    pub(super) milestones: Vec<Vec<Placed>>,
}

/// Half the width of a document's page mark (and of a milestone's diamond).
const MARK_HALF: f32 = 4.5;

/// A document placed in a lane: a thin bar with its name above it when it
/// fits, else a bar or a page mark with the name beside it.
fn place_document(
    doc: &mut Doc,
    g: &Geometry,
    ds: &DocSpan,
    mt: Metrics,
    report: bool,
) -> Result<Placed> {
    let d = ds.doc;
    let (x1, x2, look) = match (ds.period, ds.due) {
        (Some((a, b)), due) => {
            let b = b.max(a + 3.0);
            let look = Look::Period {
                bar: (a, b),
                due,
                status: ds.status,
            };
            let (a, b) = match due {
                Some(x) => (a.min(x - MARK_HALF), b.max(x + MARK_HALF)),
                None => (a, b),
            };
            (a, b, look)
        }
        (None, Some(x)) => (
            x - MARK_HALF,
            x + MARK_HALF,
            Look::Due { status: ds.status },
        ),
        (None, None) => (g.x0, g.x0 + 3.0, Look::Due { status: ds.status }),
    };
    let p = Placed {
        id: d.id.clone(),
        kind: EntityKind::Document,
        x1,
        x2,
        label: d.name.clone(),
        label_x: 0.0,
        label_w: 0.0,
        inside: false,
        occ: (x1, x2),
        status: ds.status.unwrap_or_default(),
        milestone: None,
        look,
        ticks: vec![],
    };
    // The name goes above a thin bar, from its start, unless a due mark
    // stands where it would be.
    let lw = text::width(FontFace::Regular, mt.label, &d.name)?;
    let above = match look {
        Look::Period { due: Some(x), .. } => x - MARK_HALF >= x1 + lw + 2.0,
        Look::Period { due: None, .. } => true,
        _ => false,
    };
    let mut p = place_label(doc, g, p, (FontFace::Regular, mt.label), above, report)?;
    if p.inside {
        p.label_x = x1;
    }
    Ok(p)
}

/// What the slice of `g` shows, placed and packed into rows with the sizes
/// `mt`; shortened labels are reported when `report`.
pub(super) fn plan(doc: &mut Doc, g: &Geometry, mt: Metrics, report: bool) -> Result<Plan> {
    let s = doc.s;
    let view = doc.view;
    let range_first = g.origin;
    let range_last = g.end_excl - Duration::days(1);
    let documents = dated_documents(s, view, g);
    let mut lanes: Vec<LaneRows> = vec![];
    for theme in view.shown_themes(s) {
        let color = style::theme_color(s, theme);
        // Actions and then this theme's documents, in their own order.
        let mut items: Vec<Placed> = vec![];
        for a in s.actions_of(&theme.id).filter(|a| view.admits(a)) {
            let (a0, a1) = axis::action_span(s, a).unwrap_or((range_first, range_last));
            let Some((x1, x2)) = g.span(a0, a1) else {
                continue;
            };
            let x2 = x2.max(x1 + 3.0);
            let p = Placed {
                id: a.id.clone(),
                kind: EntityKind::Action,
                x1,
                x2,
                label: a.name.clone(),
                label_x: 0.0,
                label_w: 0.0,
                inside: false,
                occ: (x1, x2),
                status: schedule::shown_status(s, a, view.today),
                milestone: None,
                look: Look::Bar,
                ticks: action_ticks(s, a, g),
            };
            items.push(place_label(
                doc,
                g,
                p,
                (FontFace::Regular, mt.label),
                true,
                report,
            )?);
        }
        for ds in documents
            .iter()
            .filter(|ds| ds.doc.themes.contains(&theme.id))
        {
            items.push(place_document(doc, g, ds, mt, report)?);
        }
        lanes.push(LaneRows {
            theme: Some(theme.id.clone()),
            color,
            code: theme.code.clone(),
            name: theme.name.clone(),
            rows: pack(items, GAP),
        });
    }
    // The plans and reports that name no theme share one lane.
    let mut shared: Vec<Placed> = vec![];
    for ds in documents.iter().filter(|ds| !names_a_theme(s, ds.doc)) {
        shared.push(place_document(doc, g, ds, mt, report)?);
    }
    if !shared.is_empty() {
        lanes.push(LaneRows {
            theme: None,
            color: style::DOCUMENTS,
            code: String::new(),
            name: doc.tr("handout-documents-lane"),
            rows: pack(shared, GAP),
        });
    }
    let mut phases: Vec<Placed> = vec![];
    for ph in &s.phases {
        let Some((a, b)) = axis::phase_span(ph.start, ph.end) else {
            continue;
        };
        let Some((x1, x2)) = g.span(a, b) else {
            continue;
        };
        // A phase's name sits inside its band when it fits, else beside it
        // (the band then takes a row of its own if the next band starts
        // there), else it is shortened where there is most room.
        let p = Placed {
            id: ph.id.clone(),
            kind: EntityKind::Phase,
            x1,
            x2,
            label: ph.name.clone(),
            label_x: 0.0,
            label_w: 0.0,
            inside: false,
            occ: (x1, x2),
            status: Status::NotStarted,
            milestone: None,
            look: Look::Bar,
            ticks: vec![],
        };
        let mut p = place_label(doc, g, p, (FontFace::Bold, mt.label), true, report)?;
        // Bands may touch; a label beside a band keeps a gap to the next.
        p.occ = if p.inside {
            (x1 + 0.5, x2 - 0.5)
        } else if p.label_x >= x2 {
            (x1 + 0.5, p.label_x + p.label_w + GAP)
        } else {
            (p.label_x - GAP, x2 - 0.5)
        };
        phases.push(p);
    }
    let dated = dated_milestones(s);
    // Dated events (meetings, workshops, decisions) share the milestones' rows.
    let events = s.events.iter().filter_map(|ev| {
        let day = axis::milestone_day(ev.date?);
        Some((day, &ev.id, EntityKind::Event, 4.0, ev.name.clone(), None))
    });
    // A milestone of more than one kind is drawn by its main kind and
    // names them all: "Valtuusto 6/2027 (Valtuusto, Arviointi)".
    let label = |m: &crate::model::Milestone| {
        if m.kinds.len() < 2 {
            return m.name.clone();
        }
        let kinds: Vec<String> = m
            .kinds
            .iter()
            .map(|k| doc.tr(style::milestone_kind_message(*k)))
            .collect();
        format!("{} ({})", m.name, kinds.join(", "))
    };
    // A milestone followed up as something to deliver and not done by its
    // date is late, by the one rule, and says so in its label.
    let late = late_milestones(s, view.today);
    let late_word = doc.tr("status-late");
    let marks: Vec<_> = dated
        .into_iter()
        .map(|(day, m)| {
            let late = late.contains(&(&m.id, day));
            let name = if late {
                format!("{} – {late_word}", label(m))
            } else {
                label(m)
            };
            (
                day,
                &m.id,
                EntityKind::Milestone,
                4.5,
                name,
                Some(m.main_kind()),
                late,
            )
        })
        .chain(events.map(|(day, id, kind, half, name, ms)| (day, id, kind, half, name, ms, false)))
        .collect();
    let mut ms: Vec<Placed> = vec![];
    for (day, id, kind, half, name, milestone, late) in marks {
        if day < g.origin || day >= g.end_excl {
            continue;
        }
        let mut p = point(id, kind, g.x(day) + g.ppd / 2.0, half, &name, milestone);
        if late {
            p.status = Status::Late;
        }
        ms.push(place_label(
            doc,
            g,
            p,
            (FontFace::Regular, mt.label),
            false,
            report,
        )?);
    }
    Ok(Plan {
        lanes,
        phases: pack(phases, 0.0),
        milestones: pack(ms, GAP),
    })
}

#[cfg(test)]
pub(super) mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::i18n::Lang;
    use crate::layout::View;
    use crate::layout::roadmap::fit::Metrics;
    use crate::model::{Action, Document, Phase, PlanDate, Strategy, Theme};

    pub(in crate::layout::roadmap) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// 2027–2030 on 1 000 points from x 200.
    pub(in crate::layout::roadmap) fn four_years() -> Geometry {
        let (origin, end_excl) = (day(2027, 1, 1), day(2031, 1, 1));
        Geometry {
            x0: 200.0,
            x1: 1200.0,
            origin,
            end_excl,
            ppd: 1000.0 / (end_excl - origin).num_days() as f32,
        }
    }

    fn theme(id: &str) -> Theme {
        Theme {
            id: id.into(),
            name: format!("Teema {id}"),
            ..Default::default()
        }
    }

    pub(in crate::layout::roadmap) fn action(
        id: &str,
        theme: &str,
        start: PlanDate,
        due: PlanDate,
    ) -> Action {
        Action {
            id: id.into(),
            theme: theme.into(),
            name: format!("Toimenpide {id}"),
            start: Some(start),
            due: Some(due),
            ..Default::default()
        }
    }

    pub(in crate::layout::roadmap) fn strategy(actions: Vec<Action>) -> Strategy {
        Strategy {
            themes: vec![theme("t1")],
            actions,
            ..Default::default()
        }
    }

    pub(in crate::layout::roadmap) fn screen() -> View {
        View::screen(1400.0, Lang::Fi, day(2026, 11, 22))
    }

    fn planned(s: &Strategy, view: &View) -> Plan {
        let mut doc = Doc::new(s, view);
        plan(&mut doc, &four_years(), Metrics::scaled(1.0), true).unwrap()
    }

    fn ids(row: &[Placed]) -> Vec<&str> {
        row.iter().map(|p| p.id.as_str()).collect()
    }

    #[test]
    fn two_overlapping_actions_of_one_lane_get_two_rows() {
        let s = strategy(vec![
            action("a1", "t1", PlanDate::Year(2027), PlanDate::Year(2028)),
            action("a2", "t1", PlanDate::Year(2028), PlanDate::Year(2029)),
        ]);
        let p = planned(&s, &screen());
        assert_eq!(p.lanes.len(), 1);
        let rows = &p.lanes[0].rows;
        assert_eq!(rows.len(), 2);
        assert_eq!((ids(&rows[0]), ids(&rows[1])), (vec!["a1"], vec!["a2"]));
    }

    #[test]
    fn actions_one_after_another_share_one_row_in_the_order_they_start() {
        let s = strategy(vec![
            action("late", "t1", PlanDate::Year(2030), PlanDate::Year(2030)),
            action("early", "t1", PlanDate::Year(2027), PlanDate::Year(2027)),
        ]);
        let p = planned(&s, &screen());
        let rows = &p.lanes[0].rows;
        assert_eq!(rows.len(), 1);
        assert_eq!(ids(&rows[0]), vec!["early", "late"]);
        assert!(
            rows[0].iter().all(|p| p.inside),
            "a year's bar holds its name"
        );
    }

    /// The ids of each row of the first lane of `s` on screen.
    fn lane_rows(s: &Strategy) -> Vec<Vec<String>> {
        let p = planned(s, &screen());
        let rows = &p.lanes[0].rows;
        rows.iter()
            .map(|r| ids(r).into_iter().map(str::to_owned).collect())
            .collect()
    }

    #[test]
    fn a_bar_moved_to_other_dates_keeps_its_row_where_start_order_would_swap_two_rows() {
        let month = |m: u32| PlanDate::Month {
            year: 2027,
            month: m,
        };
        // In the strategy: a, then y after it, then x over both.
        let mut s = strategy(vec![
            action("a", "t1", month(1), month(3)),
            action("y", "t1", month(5), month(8)),
            action("x", "t1", month(2), month(6)),
        ]);
        let before = lane_rows(&s);
        assert_eq!(before, vec![vec!["a", "y"], vec!["x"]]);
        // x dragged two months on now starts before y and clears a: packed
        // by start it would take y's row and push y down.
        s.actions[2].start = Some(month(4));
        s.actions[2].due = Some(month(8));
        assert_eq!(lane_rows(&s), before, "x and y keep their rows");
        // Dragged onto a, x cannot stay beside it: it takes the next free row.
        s.actions[0].due = Some(month(12));
        let after = lane_rows(&s);
        assert_eq!(after, vec![vec!["a"], vec!["y"], vec!["x"]]);
    }

    #[test]
    fn within_a_row_bars_stand_left_to_right_whatever_their_order_in_the_strategy() {
        let march = |year| PlanDate::Month { year, month: 3 };
        let s = strategy(vec![
            action("late", "t1", march(2030), march(2030)),
            action("mid", "t1", march(2028), march(2028)),
            action("early", "t1", march(2027), march(2027)),
        ]);
        assert_eq!(lane_rows(&s), vec![vec!["early", "mid", "late"]]);
    }

    #[test]
    fn a_label_that_fits_nowhere_whole_is_shortened_and_reported_once() {
        let mut a = action("a1", "t1", PlanDate::Year(2027), PlanDate::Year(2030));
        a.name = "Palveluverkon katselmus ".repeat(12);
        let s = strategy(vec![a.clone()]);
        let view = screen();
        let mut doc = Doc::new(&s, &view);
        let g = four_years();
        // The trial plans of `metrics` report nothing.
        plan(&mut doc, &g, Metrics::scaled(1.0), false).unwrap();
        let p = plan(&mut doc, &g, Metrics::scaled(1.0), true).unwrap();
        let placed = &p.lanes[0].rows[0][0];
        assert_ne!(placed.label, a.name);
        assert!(placed.label.ends_with('…'), "{:?}", placed.label);
        assert!(placed.inside && placed.label_w <= placed.x2 - placed.x1 - 8.0);
        doc.new_page();
        let l = doc.finish();
        assert_eq!(l.truncated.len(), 1);
        assert_eq!(l.truncated[0].text, a.name);
    }

    #[test]
    fn a_document_naming_no_theme_goes_to_the_shared_lane_under_the_themes() {
        let mut s = strategy(vec![]);
        s.documents = vec![
            Document {
                id: "d1".into(),
                name: "Talousarvio".into(),
                due: Some(PlanDate::Month {
                    year: 2028,
                    month: 5,
                }),
                ..Default::default()
            },
            Document {
                id: "d2".into(),
                name: "Teemaraportti".into(),
                due: Some(PlanDate::Year(2029)),
                themes: vec!["t1".into()],
                ..Default::default()
            },
        ];
        let p = planned(&s, &screen());
        assert_eq!(p.lanes.len(), 2);
        assert_eq!(p.lanes[0].theme, Some("t1".into()));
        assert_eq!(ids(&p.lanes[0].rows[0]), vec!["d2"]);
        assert_eq!(p.lanes[1].theme, None);
        assert_eq!(ids(&p.lanes[1].rows[0]), vec!["d1"]);
        assert!(matches!(p.lanes[1].rows[0][0].look, Look::Due { .. }));
    }

    #[test]
    fn touching_phase_bands_share_a_row_unless_a_name_runs_beside_one() {
        let phase = |id: &str, name: &str, start: PlanDate, end: PlanDate| Phase {
            id: id.into(),
            name: name.into(),
            start: Some(start),
            end: Some(end),
            ..Default::default()
        };
        let mut s = strategy(vec![]);
        s.phases = vec![
            phase("p1", "Alku", PlanDate::Year(2027), PlanDate::Year(2028)),
            phase("p2", "Toteutus", PlanDate::Year(2029), PlanDate::Year(2030)),
        ];
        assert_eq!(planned(&s, &screen()).phases.len(), 1);
        // A month's band cannot hold a long name: it runs beside the band,
        // where the next band starts, which moves to a row of its own.
        s.phases[0] = phase(
            "p1",
            "Valmistelu ja osallistaminen",
            PlanDate::Month {
                year: 2028,
                month: 12,
            },
            PlanDate::Month {
                year: 2028,
                month: 12,
            },
        );
        let p = planned(&s, &screen());
        assert_eq!(p.phases.len(), 2);
        assert!(!p.phases[0][0].inside);
    }
}
