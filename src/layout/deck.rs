//! The council deck: the slides a strategy lead shows the council, on 16:9
//! pages (960 × 540 pt, or the view's sheet: 720 × 540 for 4:3): a title
//! slide (town, strategy, meeting, vision), the strategy on a page and the
//! roadmap (laid out by their own layouts on a sheet of the slide's size,
//! so that they fill the slide), one slide per theme with its actions'
//! statuses and its indicators, and the upcoming deadlines. Footers number
//! the whole deck.

use std::collections::{HashMap, HashSet};

use super::canvas::{Align, Doc, ent, line_height};
use super::style::{self, ACCENT, INK, MUTED, PANEL, RULE};
use super::{EntityKind, Kind, Layout, Medium, Paper, Result, Shape, View, Zoom};
use crate::i18n::Message;
use crate::model::{Indicator, PlanDate, Status, Strategy, Theme};
use crate::schedule::{self, DueKind, Verdict};
use crate::text::FontFace;

/// A wide slide's size in points: 13.33 × 7.5 in.
const SLIDE: (f32, f32) = (960.0, 540.0);
/// Lines of actions on a theme slide before "and N more".
const ACTION_ROWS: usize = 14;
/// Deadlines on the last slide.
const DEADLINE_ROWS: usize = 16;

/// The size of the deck's slides: the view's sheet, else 16:9.
fn slide_size(view: &View) -> (f32, f32) {
    view.sheet.unwrap_or(SLIDE)
}

fn slide<'a>(s: &'a Strategy, view: &'a View) -> Doc<'a> {
    let mut d = Doc::new(s, view);
    (d.width, d.height) = slide_size(view);
    d.margin = 36.0;
    d
}

/// Another handout's pages, as its own layout draws them.
fn pages_of<'a>(s: &'a Strategy, view: &'a View) -> Result<Doc<'a>> {
    let mut d = Doc::new(s, view);
    match view.kind {
        Kind::OnePage => super::onepage::lay_out(&mut d)?,
        _ => super::roadmap::lay_out(&mut d)?,
    }
    Ok(d)
}

pub fn lay_out(s: &Strategy, view: &View) -> Result<Layout> {
    // The strategy on a page and the roadmap on landscape paper of the
    // slide's own size, so that they fill the slide instead of being a
    // sheet scaled into it.
    let sub = |kind| View {
        kind,
        medium: Medium::Paper {
            paper: Paper::A4,
            landscape: true,
        },
        sheet: Some(slide_size(view)),
        ..view.clone()
    };
    let (onepage, roadmap) = (sub(Kind::OnePage), sub(Kind::Roadmap));
    let mut deck = slide(s, view);
    title_slide(&mut deck)?;
    deck.append(pages_of(s, &onepage)?);
    // The roadmap by quarters when they fit the slide, else by years on
    // fewer slides (unless the view asks for a unit).
    let by_years = View {
        zoom: Some(Zoom::Year),
        ..roadmap.clone()
    };
    let mut road = pages_of(s, &roadmap)?;
    if view.zoom.is_none() && road.page_index() > 0 {
        let years = pages_of(s, &by_years)?;
        if years.page_index() < road.page_index() {
            road = years;
        }
    }
    deck.append(road);
    let mut themes = slide(s, view);
    for t in view.shown_themes(s) {
        theme_slide(&mut themes, t)?;
    }
    deadlines_slide(&mut themes)?;
    deck.append(themes);
    Ok(deck.finish())
}

fn title_slide(d: &mut Doc) -> Result<()> {
    d.new_page();
    let s = d.s;
    let (w, h, m) = (d.width, d.height, 64.0);
    d.rect(0.0, 0.0, 14.0, h, ACCENT, None);
    d.text_fit(
        m,
        120.0,
        &s.town.to_uppercase(),
        FontFace::Bold,
        14.0,
        MUTED,
        w - 2.0 * m,
        Align::Left,
        None,
    )?;
    let title = d.title.clone();
    let y = 140.0
        + d.paragraph(
            m,
            140.0,
            &title,
            FontFace::Bold,
            34.0,
            INK,
            w - 2.0 * m,
            2,
            ent(EntityKind::Strategy, &s.id),
        )?;
    let sub = match &d.view.snapshot {
        Some(mark) => mark.meeting.clone(),
        None => PlanDate::Day(d.view.today).to_finnish(),
    };
    d.text_fit(
        m,
        y + 30.0,
        &sub,
        FontFace::Regular,
        16.0,
        ACCENT,
        w - 2.0 * m,
        Align::Left,
        None,
    )?;
    if !s.vision.is_empty() {
        d.line(m, y + 58.0, w - m, y + 58.0, RULE, 0.75);
        let label = d.tr("handout-vision").to_uppercase();
        d.text_fit(
            m,
            y + 82.0,
            &label,
            FontFace::Bold,
            9.0,
            MUTED,
            w - 2.0 * m,
            Align::Left,
            None,
        )?;
        d.paragraph(
            m,
            y + 90.0,
            &s.vision,
            FontFace::Regular,
            15.0,
            INK,
            w - 2.0 * m,
            4,
            ent(EntityKind::Strategy, &s.id),
        )?;
    }
    Ok(())
}

/// The latest actual of an indicator, with its target, in words, numbers
/// as the reader's language writes them (18 420; 1,5).
fn indicator_line(i: &Indicator, lang: crate::i18n::Lang) -> String {
    let num = |v: f64| crate::i18n::number(v, lang);
    let latest = i
        .actuals
        .iter()
        .max_by_key(|m| m.date.first_day())
        .map(|m| format!("{} {} ({})", num(m.value), i.unit, m.date.to_finnish()))
        .unwrap_or_else(|| "–".into());
    let target = i
        .target
        .as_ref()
        .map(|t| format!("{} {} ({})", num(t.value), i.unit, t.date.to_finnish()))
        .unwrap_or_else(|| "–".into());
    lang.tr(&Message::new("deck-indicator")
        .arg("latest", latest.trim())
        .arg("target", target.trim()))
}

/// The type size for `rows` lines of text that share `room` points of
/// height: as large as fills it, between the handouts' 11 pt and a size
/// read from the back of a council chamber.
fn row_size(room: f32, rows: usize) -> f32 {
    const MIN: f32 = 11.0;
    const MAX: f32 = 18.0;
    const GAP: f32 = 6.0;
    if rows == 0 {
        return MIN;
    }
    ((room / rows as f32 - GAP) / line_height(1.0)).clamp(MIN, MAX)
}

fn heading(
    d: &mut Doc,
    title: &str,
    color: super::Color,
    entity: Option<super::EntityRef>,
) -> Result<f32> {
    let (w, m) = (d.width, d.margin);
    d.rect(0.0, 0.0, w, 8.0, color, None);
    d.text_fit(
        m,
        m + 26.0,
        title,
        FontFace::Bold,
        24.0,
        INK,
        w - 2.0 * m,
        Align::Left,
        entity,
    )?;
    d.line(m, m + 40.0, w - m, m + 40.0, RULE, 0.75);
    Ok(m + 56.0)
}

fn theme_slide(d: &mut Doc, t: &Theme) -> Result<()> {
    d.new_page();
    let s = d.s;
    let lang = d.lang;
    let today = d.view.today;
    let color = style::theme_color(s, t);
    let e = ent(EntityKind::Theme, &t.id);
    let title = if t.code.is_empty() {
        t.name.clone()
    } else {
        format!("{} {}", t.code, t.name)
    };
    let top = heading(d, &title, color, e)?;
    let m = d.margin;
    let inds: Vec<_> = s
        .indicators
        .iter()
        .filter(|i| i.theme.as_ref() == Some(&t.id))
        .collect();
    let share = if inds.is_empty() { 1.0 } else { 0.58 };
    let left_w = (d.width - 2.0 * m) * share;
    let right_x = m + left_w + 24.0;
    let right_w = d.width - m - right_x;
    // Actions with their statuses.
    let acts: Vec<_> = s.actions_of(&t.id).filter(|a| d.view.admits(a)).collect();
    d.text_fit(
        m,
        top + 8.0,
        &d.tr("handout-actions-heading").to_uppercase(),
        FontFace::Bold,
        9.0,
        ACCENT,
        left_w,
        Align::Left,
        None,
    )?;
    // The actions and the goals under them share the slide's height: the
    // type grows with the room (the headings, the "and N more" line and the
    // gap between the two lists take about 60 pt).
    let shown = acts.len().clamp(1, ACTION_ROWS);
    let size = row_size(d.content_bottom() - top - 60.0, shown + t.goals.len());
    let small = (size * 0.8).max(9.0);
    let lh = line_height(size) + 6.0;
    let mut y = top + 20.0;
    for a in acts.iter().take(ACTION_ROWS) {
        let ae = ent(EntityKind::Action, &a.id);
        // The one late rule: past its due (or its phases' end) and not done.
        let status = schedule::shown_status(s, a, today);
        let late = status == Status::Late;
        d.push(
            Shape::Circle {
                cx: m + 5.0,
                cy: y + 0.55 * size,
                r: (size * 0.4).max(4.5),
                fill: Some(style::status_color(status)),
                stroke: None,
            },
            ae.clone(),
        );
        let said = d.tr(status.message_id());
        let due = schedule::action_span(s, a)
            .1
            .map(|x| x.to_finnish())
            .unwrap_or_default();
        let right = if due.is_empty() {
            said
        } else {
            format!("{said} · {due}")
        };
        let rw = d.text(
            m + left_w,
            y + 0.92 * size,
            &right,
            if late {
                FontFace::Bold
            } else {
                FontFace::Regular
            },
            small,
            if late { style::RED } else { MUTED },
            Align::Right,
            None,
        )?;
        d.text_fit(
            m + 12.0 + size * 0.8,
            y + 0.92 * size,
            &a.name,
            FontFace::Regular,
            size,
            INK,
            left_w - 24.0 - size * 0.8 - rw,
            Align::Left,
            ae,
        )?;
        y += lh;
    }
    if acts.len() > ACTION_ROWS {
        let more = d.trm(
            &Message::new("deck-more-actions").num("count", (acts.len() - ACTION_ROWS) as f64),
        );
        d.text_fit(
            m + 16.0,
            y + small,
            &more,
            FontFace::Regular,
            small,
            MUTED,
            left_w,
            Align::Left,
            None,
        )?;
    }
    if acts.is_empty() {
        d.text_fit(
            m,
            y + size,
            &d.tr("deck-no-actions"),
            FontFace::Regular,
            size,
            MUTED,
            left_w,
            Align::Left,
            None,
        )?;
        y += lh;
    }
    // The theme's goals under its actions, as many as the slide holds.
    let mut y = y + if acts.len() > ACTION_ROWS { 36.0 } else { 24.0 };
    if !t.goals.is_empty() && y + 40.0 < d.content_bottom() {
        d.text_fit(
            m,
            y,
            &d.tr("handout-goals").to_uppercase(),
            FontFace::Bold,
            9.0,
            ACCENT,
            left_w,
            Align::Left,
            None,
        )?;
        y += 8.0;
        let indent = 12.0 + size * 0.8;
        for g in &t.goals {
            let wrapped = crate::text::wrap(FontFace::Regular, size, &g.name, left_w - indent, 2)?;
            let h = wrapped.lines.len() as f32 * line_height(size);
            if y + h > d.content_bottom() - 8.0 {
                break;
            }
            let mark = size * 0.55;
            d.rect(
                m + 2.0,
                y + 0.5 * line_height(size) - 0.5 * mark,
                mark,
                mark,
                color,
                ent(EntityKind::Goal, &g.id),
            );
            y += d.wrapped(
                m + indent,
                y,
                &g.name,
                wrapped,
                FontFace::Regular,
                size,
                INK,
                ent(EntityKind::Goal, &g.id),
            ) + 6.0;
        }
    }
    // Indicators, beside the actions when the theme has any, in a panel the
    // slide's height, their type a little larger when few share it.
    if inds.is_empty() {
        return Ok(());
    }
    let bottom = d.content_bottom() - 8.0;
    d.round_rect(
        right_x - 12.0,
        top,
        right_w + 12.0,
        bottom - top,
        4.0,
        Some(PANEL),
        None,
        None,
    );
    d.text_fit(
        right_x,
        top + 8.0 + 6.0,
        &d.tr("deck-indicators").to_uppercase(),
        FontFace::Bold,
        9.0,
        ACCENT,
        right_w - 12.0,
        Align::Left,
        None,
    )?;
    let k = (row_size(bottom - top - 28.0, inds.len() * 4) / 11.0).min(1.4);
    let (name_size, line_size) = (10.5 * k, 9.5 * k);
    let mut y = top + 28.0;
    for (n, i) in inds.iter().enumerate() {
        // Stop while the next one (two lines of name, two of figures) fits.
        if y + 2.0 * line_height(name_size) + 2.0 * line_height(line_size) > bottom {
            let more =
                d.trm(&Message::new("deck-more-indicators").num("count", (inds.len() - n) as f64));
            d.text_fit(
                right_x,
                y + line_size,
                &more,
                FontFace::Regular,
                line_size,
                MUTED,
                right_w - 12.0,
                Align::Left,
                None,
            )?;
            break;
        }
        let ie = ent(EntityKind::Indicator, &i.id);
        y += d.paragraph(
            right_x,
            y,
            &i.name,
            FontFace::Bold,
            name_size,
            INK,
            right_w - 12.0,
            2,
            ie.clone(),
        )?;
        let line = indicator_line(i, lang);
        y += d.paragraph(
            right_x,
            y + 2.0,
            &line,
            FontFace::Regular,
            line_size,
            MUTED,
            right_w - 12.0,
            2,
            ie,
        )?;
        y += 10.0 * k;
    }
    Ok(())
}

/// One line of the deadlines slide.
struct DueLine {
    date: PlanDate,
    late: bool,
    /// Late and past its date: listed first.
    overdue: bool,
    name: String,
    /// Who answers for it, else the theme or what kind of thing it is.
    what: String,
    entity: Option<super::EntityRef>,
}

/// What falls due, by the one rule of [`schedule::occurrences`]: every
/// occurrence past its due and not done (late, first), then from today on
/// the next occurrence of each action, plan, report and milestone.
fn due_lines(d: &Doc) -> Vec<DueLine> {
    let s = d.s;
    let today = d.view.today;
    let actions: HashMap<_, _> = s.actions.iter().map(|x| (&x.id, x)).collect();
    let documents: HashMap<_, _> = s.documents.iter().map(|x| (&x.id, x)).collect();
    let milestones: HashMap<_, _> = s.milestones.iter().map(|x| (&x.id, x)).collect();
    let mut next_of = HashSet::new();
    let mut lines = vec![];
    for o in schedule::occurrences(s, today) {
        if o.verdict == Verdict::Done {
            continue;
        }
        let late = o.verdict == Verdict::Late;
        let overdue = late && schedule::past(&o.date, today);
        if !overdue && (schedule::past(&o.date, today) || !next_of.insert((o.kind, o.id.clone()))) {
            continue;
        }
        let (name, owners, fallback, entity) = match o.kind {
            DueKind::Action => {
                let Some(a) = actions.get(&o.id).copied() else {
                    continue;
                };
                if !d.view.admits(a) {
                    continue;
                }
                let theme = s.theme(&a.theme).map(|t| t.name.clone());
                (
                    &a.name,
                    &a.owners,
                    theme.unwrap_or_default(),
                    ent(EntityKind::Action, &a.id),
                )
            }
            DueKind::Document => {
                let Some(x) = documents.get(&o.id).copied() else {
                    continue;
                };
                let what = d.tr(x.kind.message_id());
                (&x.name, &x.owners, what, ent(EntityKind::Document, &x.id))
            }
            DueKind::Milestone => {
                let Some(x) = milestones.get(&o.id).copied() else {
                    continue;
                };
                let what = d.tr(crate::store::entity_message("milestone"));
                (&x.name, &x.owners, what, ent(EntityKind::Milestone, &x.id))
            }
        };
        let owners = super::deadlines::owner_names(s, owners);
        lines.push(DueLine {
            date: o.date,
            late,
            overdue,
            name: if late {
                format!("{} – {}", name, d.tr("status-late"))
            } else {
                name.clone()
            },
            what: if owners.is_empty() { fallback } else { owners },
            entity,
        });
    }
    lines.sort_by(|a, b| {
        (!a.overdue, a.date.last_day(), &a.name).cmp(&(!b.overdue, b.date.last_day(), &b.name))
    });
    lines
}

fn deadlines_slide(d: &mut Doc) -> Result<()> {
    d.new_page();
    let lines = due_lines(d);
    let title = super::deadlines::deadlines_title(lines.iter().any(|l| l.overdue));
    let top = heading(d, &d.tr(title), ACCENT, None)?;
    let m = d.margin;
    let w = d.width - 2.0 * m;
    let shown = lines.len().min(DEADLINE_ROWS);
    let size = row_size(d.content_bottom() - top - 16.0, shown);
    let small = (size * 0.8).max(9.0);
    let mut y = top + 8.0;
    if lines.is_empty() {
        d.text_fit(
            m,
            y + size,
            &d.tr("deck-no-deadlines"),
            FontFace::Regular,
            size,
            MUTED,
            w,
            Align::Left,
            None,
        )?;
    }
    // The dates' column as wide as the widest date shown, and a gap.
    let mut date_w: f32 = 0.0;
    for line in lines.iter().take(DEADLINE_ROWS) {
        let t = line.date.to_finnish();
        date_w = date_w.max(crate::text::width(FontFace::Bold, size, &t)?);
    }
    let date_w = date_w + 1.5 * size;
    for line in lines.into_iter().take(DEADLINE_ROWS) {
        let ink = if line.late { style::RED } else { INK };
        d.text(
            m,
            y + 0.92 * size,
            &line.date.to_finnish(),
            FontFace::Bold,
            size,
            ink,
            Align::Left,
            line.entity.clone(),
        )?;
        let tw = d.text_fit(
            m + w,
            y + 0.92 * size,
            &line.what,
            FontFace::Regular,
            small,
            MUTED,
            w * 0.3,
            Align::Right,
            None,
        )?;
        d.text_fit(
            m + date_w,
            y + 0.92 * size,
            &line.name,
            FontFace::Regular,
            size,
            INK,
            w - date_w - tw - 16.0,
            Align::Left,
            line.entity,
        )?;
        y += line_height(size) + 6.0;
    }
    Ok(())
}
