//! The council deck: the slides a strategy lead shows the council, on 16:9
//! pages (960 × 540 pt, or the view's sheet: 720 × 540 for 4:3): a title
//! slide (town, strategy, meeting, vision), the strategy on a page and the
//! roadmap (laid out by their own layouts on a sheet of the slide's size,
//! so that they fill the slide), one slide per theme with its actions'
//! statuses and its indicators, and the upcoming deadlines. Footers number
//! the whole deck.

use chrono::NaiveDate;

use super::canvas::{Align, Doc, ent, line_height};
use super::style::{self, ACCENT, INK, MUTED, PANEL, RULE};
use super::{EntityKind, Kind, Layout, Medium, Paper, Result, Shape, View, Zoom};
use crate::i18n::Message;
use crate::model::{Indicator, PlanDate, Status, Strategy, Theme};
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

/// The latest actual of an indicator, with its target, in words.
fn indicator_line(i: &Indicator, lang: crate::i18n::Lang) -> String {
    let num = |v: f64| {
        let t = format!("{v:.2}");
        let t = t.trim_end_matches('0').trim_end_matches('.').to_owned();
        if lang == crate::i18n::Lang::En {
            t
        } else {
            t.replace('.', ",")
        }
    };
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
    let size = 11.0;
    let lh = line_height(size) + 6.0;
    let mut y = top + 20.0;
    for a in acts.iter().take(ACTION_ROWS) {
        let ae = ent(EntityKind::Action, &a.id);
        d.push(
            Shape::Circle {
                cx: m + 5.0,
                cy: y + 0.55 * size,
                r: 4.5,
                fill: Some(style::status_color(a.status)),
                stroke: None,
            },
            ae.clone(),
        );
        let status = d.tr(a.status.message_id());
        let due = shown_due(s, a).map(|x| x.to_finnish()).unwrap_or_default();
        let right = if due.is_empty() {
            status
        } else {
            format!("{status} · {due}")
        };
        let rw = d.text(
            m + left_w,
            y + 0.92 * size,
            &right,
            FontFace::Regular,
            9.0,
            MUTED,
            Align::Right,
            None,
        )?;
        d.text_fit(
            m + 16.0,
            y + 0.92 * size,
            &a.name,
            FontFace::Regular,
            size,
            INK,
            left_w - 28.0 - rw,
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
            y + 9.0,
            &more,
            FontFace::Regular,
            9.0,
            MUTED,
            left_w,
            Align::Left,
            None,
        )?;
    }
    if acts.is_empty() {
        d.text_fit(
            m,
            y + 10.0,
            &d.tr("deck-no-actions"),
            FontFace::Regular,
            size,
            MUTED,
            left_w,
            Align::Left,
            None,
        )?;
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
        for g in &t.goals {
            let wrapped = crate::text::wrap(FontFace::Regular, size, &g.name, left_w - 16.0, 2)?;
            let h = wrapped.lines.len() as f32 * line_height(size);
            if y + h > d.content_bottom() - 8.0 {
                break;
            }
            d.rect(
                m + 2.0,
                y + 3.0,
                6.0,
                6.0,
                color,
                ent(EntityKind::Goal, &g.id),
            );
            y += d.wrapped(
                m + 16.0,
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
    // Indicators, beside the actions when the theme has any.
    if inds.is_empty() {
        return Ok(());
    }
    d.round_rect(
        right_x - 12.0,
        top,
        right_w + 12.0,
        (d.content_bottom() - top - 8.0).min(40.0 + inds.len().min(6) as f32 * 62.0),
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
    let mut y = top + 28.0;
    for i in inds.iter().take(6) {
        let ie = ent(EntityKind::Indicator, &i.id);
        y += d.paragraph(
            right_x,
            y,
            &i.name,
            FontFace::Bold,
            10.0,
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
            9.0,
            MUTED,
            right_w - 12.0,
            2,
            ie,
        )?;
        y += 10.0;
    }
    Ok(())
}

/// The due date an action is shown with: its own, else its phases' end.
fn shown_due(s: &Strategy, a: &crate::model::Action) -> Option<PlanDate> {
    a.due.or_else(|| s.phase_dates(a).map(|(_, last)| last))
}

fn deadlines_slide(d: &mut Doc) -> Result<()> {
    d.new_page();
    let s = d.s;
    let today: NaiveDate = d.view.today;
    let top = heading(d, &d.tr("deck-deadlines"), ACCENT, None)?;
    let m = d.margin;
    let w = d.width - 2.0 * m;
    // (date, name, what it is, entity): open actions, plans and reports,
    // milestones, from today on.
    let mut due: Vec<(PlanDate, String, String, Option<super::EntityRef>)> = vec![];
    for a in s
        .actions
        .iter()
        .filter(|a| a.status != Status::Done && d.view.admits(a))
    {
        if let Some(x) = shown_due(s, a) {
            let theme = s
                .theme(&a.theme)
                .map(|t| t.name.clone())
                .unwrap_or_default();
            due.push((x, a.name.clone(), theme, ent(EntityKind::Action, &a.id)));
        }
    }
    for doc in s
        .documents
        .iter()
        .filter(|x| x.status != Some(Status::Done))
    {
        if let Some(x) = doc.due {
            let what = d.tr(crate::store::entity_message("document"));
            due.push((
                x,
                doc.name.clone(),
                what,
                ent(EntityKind::Document, &doc.id),
            ));
        }
    }
    for ms in &s.milestones {
        if let Some(x) = ms.date {
            let what = d.tr(crate::store::entity_message("milestone"));
            due.push((x, ms.name.clone(), what, ent(EntityKind::Milestone, &ms.id)));
        }
    }
    due.retain(|(x, ..)| x.last_day() >= today);
    due.sort_by(|a, b| (a.0.last_day(), &a.1).cmp(&(b.0.last_day(), &b.1)));
    let size = 11.0;
    let mut y = top + 8.0;
    if due.is_empty() {
        d.text_fit(
            m,
            y + 10.0,
            &d.tr("deck-no-deadlines"),
            FontFace::Regular,
            size,
            MUTED,
            w,
            Align::Left,
            None,
        )?;
    }
    for (x, name, what, e) in due.into_iter().take(DEADLINE_ROWS) {
        d.text(
            m,
            y + 0.92 * size,
            &x.to_finnish(),
            FontFace::Bold,
            size,
            INK,
            Align::Left,
            e.clone(),
        )?;
        let tw = d.text_fit(
            m + w,
            y + 0.92 * size,
            &what,
            FontFace::Regular,
            9.0,
            MUTED,
            w * 0.3,
            Align::Right,
            None,
        )?;
        d.text_fit(
            m + 92.0,
            y + 0.92 * size,
            &name,
            FontFace::Regular,
            size,
            INK,
            w - 92.0 - tw - 16.0,
            Align::Left,
            e,
        )?;
        y += line_height(size) + 6.0;
    }
    Ok(())
}
