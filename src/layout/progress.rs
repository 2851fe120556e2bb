//! The progress report for the board and the council: the next evaluation
//! point; per theme the status counts of its actions and its late and
//! at-risk actions, each named with its owners and latest status note; per
//! indicator (with the goal it measures) baseline → latest actual → target
//! (a value, a rate a year or a threshold from a date on) with a small chart; and the
//! deadlines of plans and reports and the milestones ([`super::deadlines`]). Blocks flow down A4 pages and
//! never split a line.

use chrono::NaiveDate;

use super::canvas::{Align, Doc, ent, line_height};
use super::deadlines::{self, owner_names, room, section};
use super::style::{self, ACCENT, FAINT, INK, MUTED, PANEL, RULE, WHITE};
use super::{EntityKind, Result, Shape, Stroke};
use crate::i18n::{Lang, Message};
use crate::model::{Direction, Indicator, MilestoneKind, Status, TargetRule};
use crate::schedule::{self, Verdict};
use crate::text::FontFace;

const SIZE: f32 = 8.5;

/// A list of actions under a heading in `color`: each with its due, its
/// name, and under it its owners and its latest status note.
fn named_actions(
    doc: &mut Doc,
    mut y: f32,
    heading: &str,
    color: super::Color,
    acts: &[&crate::model::Action],
    handout: &str,
) -> Result<f32> {
    let s = doc.s;
    let m = doc.margin;
    let w = doc.width - 2.0 * m;
    y = room(doc, y, 14.0, handout)?;
    doc.text(
        m + 12.0,
        y + 8.0,
        heading,
        FontFace::Bold,
        7.5,
        color,
        Align::Left,
        None,
    )?;
    y += 12.0;
    for a in acts {
        // Its own due, or its phases' end, as the late rule judges it.
        let due = crate::schedule::action_span(doc.s, a)
            .1
            .map(|d| d.to_finnish())
            .unwrap_or_default();
        let ae = ent(EntityKind::Action, &a.id);
        let lines = crate::text::wrap(FontFace::Regular, SIZE, &a.name, w - 100.0, 3)?
            .lines
            .len();
        let owners = owner_names(s, &a.owners);
        let note = a
            .status_history
            .iter()
            .rev()
            .find(|c| !c.note.trim().is_empty())
            .map(|c| format!("{}: {}", c.date.to_finnish(), c.note.trim()));
        let detail: Vec<String> = [(!owners.is_empty()).then_some(owners), note]
            .into_iter()
            .flatten()
            .collect();
        let detail = detail.join(" · ");
        let detail_lines = if detail.is_empty() {
            0
        } else {
            crate::text::wrap(FontFace::Regular, 7.5, &detail, w - 100.0, 3)?
                .lines
                .len()
        };
        let h = lines as f32 * line_height(SIZE) + detail_lines as f32 * line_height(7.5) + 3.0;
        y = room(doc, y, h, handout)?;
        doc.text(
            m + 12.0,
            y + 0.92 * SIZE,
            &due,
            FontFace::Bold,
            SIZE,
            color,
            Align::Left,
            ae.clone(),
        )?;
        doc.paragraph(
            m + 70.0,
            y,
            &a.name,
            FontFace::Regular,
            SIZE,
            INK,
            w - 100.0,
            3,
            ae.clone(),
        )?;
        if !detail.is_empty() {
            doc.paragraph(
                m + 70.0,
                y + lines as f32 * line_height(SIZE),
                &detail,
                FontFace::Regular,
                7.5,
                MUTED,
                w - 100.0,
                3,
                ae,
            )?;
        }
        y += h;
    }
    Ok(y)
}

pub fn lay_out(doc: &mut Doc) -> Result<()> {
    let s = doc.s;
    let lang = doc.lang;
    let today = doc.view.today;
    let m = doc.margin;
    let w = doc.width - 2.0 * m;
    let handout = doc.tr("handout-progress");
    doc.title_wraps = true;
    doc.new_page();
    let mut y = doc.title_block(&handout)?;

    // The next evaluation point.
    let next = s
        .milestones
        .iter()
        .filter(|x| x.kinds.contains(&MilestoneKind::Evaluation))
        .filter_map(|x| x.date.map(|d| (d, x)))
        .filter(|(d, _)| d.last_day() >= today)
        .min_by_key(|(d, _)| *d);
    doc.round_rect(m, y, w, 34.0, 3.0, Some(PANEL), None, None);
    doc.rect(m, y, 4.0, 34.0, style::AMBER, None);
    doc.text_fit(
        m + 14.0,
        y + 13.0,
        &doc.tr("handout-next-evaluation").to_uppercase(),
        FontFace::Bold,
        6.5,
        MUTED,
        w - 28.0,
        Align::Left,
        None,
    )?;
    match next {
        Some((d, ms)) => {
            let e = ent(EntityKind::Milestone, &ms.id);
            let dw = doc.text(
                m + 14.0,
                y + 26.0,
                &d.to_finnish(),
                FontFace::Bold,
                10.0,
                INK,
                Align::Left,
                e.clone(),
            )?;
            doc.text_fit(
                m + 24.0 + dw,
                y + 26.0,
                &ms.name,
                FontFace::Regular,
                10.0,
                INK,
                w - 38.0 - dw,
                Align::Left,
                e,
            )?;
        }
        None => {
            doc.text_fit(
                m + 14.0,
                y + 26.0,
                &doc.tr("handout-no-evaluation"),
                FontFace::Regular,
                10.0,
                MUTED,
                w - 28.0,
                Align::Left,
                None,
            )?;
        }
    }
    y += 46.0;

    // Per theme: status counts and late actions.
    y = section(doc, y, &doc.tr("handout-status-counts"), &handout)?;
    for t in doc.view.shown_themes(s) {
        let acts: Vec<_> = s
            .actions_of(&t.id)
            .filter(|a| doc.view.admits(a) && doc.view.in_years(s, a))
            .collect();
        let verdict = |a: &crate::model::Action| schedule::action_verdict(s, a, today);
        let late: Vec<_> = acts
            .iter()
            .copied()
            .filter(|a| verdict(a) == Verdict::Late)
            .collect();
        let at_risk: Vec<_> = acts
            .iter()
            .copied()
            .filter(|a| verdict(a) == Verdict::AtRisk)
            .collect();
        // The name breaks onto more lines rather than being shortened.
        let mut nx = m + 12.0;
        if !t.code.is_empty() {
            nx += crate::text::width(FontFace::Bold, 8.0, &t.code)? + 6.0;
        }
        let total =
            doc.trm(&crate::i18n::Message::new("handout-total").num("count", acts.len() as f64));
        let total_w = crate::text::width(FontFace::Regular, SIZE, &total)?.min(w * 0.3);
        let name_w = m + w - nx - total_w - 16.0;
        let name = crate::text::wrap(FontFace::Bold, 10.0, &t.name, name_w, 3)?;
        let more = name.lines.len().saturating_sub(1) as f32 * line_height(10.0);
        y = room(doc, y, 48.0 + more, &handout)?;
        let color = style::theme_color(s, t);
        let e = ent(EntityKind::Theme, &t.id);
        doc.rect(m, y, 4.0, 30.0 + more, color, e.clone());
        if !t.code.is_empty() {
            doc.text(
                m + 12.0,
                y + 10.0,
                &t.code,
                FontFace::Bold,
                8.0,
                color,
                Align::Left,
                e.clone(),
            )?;
        }
        let top = y + 10.0 - 0.92 * 10.0;
        doc.wrapped(nx, top, &t.name, name, FontFace::Bold, 10.0, INK, e.clone());
        doc.text_fit(
            m + w,
            y + 10.0,
            &total,
            FontFace::Regular,
            SIZE,
            MUTED,
            w * 0.3,
            Align::Right,
            None,
        )?;
        // A stacked bar of the statuses, with the counts under it.
        let bar_y = y + 16.0 + more;
        let bar_w = w - 12.0;
        let n = acts.len().max(1) as f32;
        let mut x = m + 12.0;
        // A theme with no actions says so, where the bar would be.
        if acts.is_empty() {
            doc.text_fit(
                x,
                bar_y + 6.5,
                &doc.tr("handout-no-actions"),
                FontFace::Regular,
                SIZE,
                MUTED,
                bar_w,
                Align::Left,
                None,
            )?;
        }
        let mut legend_x = m + 12.0;
        for st in Status::ALL {
            let count = acts
                .iter()
                .filter(|a| schedule::shown_status(s, a, today) == st)
                .count();
            if count == 0 {
                continue;
            }
            let seg = bar_w * count as f32 / n;
            doc.rect(x, bar_y, seg, 6.0, style::status_color(st), None);
            x += seg;
            let label = format!("{} {}", doc.tr(st.message_id()), count);
            doc.push(
                Shape::Circle {
                    cx: legend_x + 3.0,
                    cy: bar_y + 14.5,
                    r: 2.5,
                    fill: Some(style::status_color(st)),
                    stroke: None,
                },
                None,
            );
            legend_x +=
                8.0 + doc.text(
                    legend_x + 8.0,
                    bar_y + 17.0,
                    &label,
                    FontFace::Regular,
                    7.5,
                    MUTED,
                    Align::Left,
                    None,
                )? + 12.0;
        }
        y += 38.0 + more;
        if !late.is_empty() {
            let heading = doc.tr("handout-late-actions");
            y = named_actions(doc, y, &heading, style::RED, &late, &handout)?;
        }
        if !at_risk.is_empty() {
            let heading = doc.tr("handout-at-risk-actions");
            y = named_actions(doc, y, &heading, style::AMBER, &at_risk, &handout)?;
        }
        y += 10.0;
    }

    // Indicators.
    y = section(doc, y + 4.0, &doc.tr("handout-indicators"), &handout)?;
    let indicators: Vec<&Indicator> = s
        .indicators
        .iter()
        .filter(|i| {
            doc.view.themes.is_empty()
                || i.theme
                    .as_ref()
                    .is_some_and(|t| doc.view.themes.contains(t))
        })
        .collect();
    if indicators.is_empty() {
        doc.text_fit(
            m,
            y + 10.0,
            &doc.tr("handout-no-indicators"),
            FontFace::Regular,
            SIZE,
            MUTED,
            w,
            Align::Left,
            None,
        )?;
        y += 20.0;
    } else {
        let cols = [0.0, 0.38, 0.52, 0.66, 0.8];
        let head = [
            "handout-col-indicator",
            "handout-col-baseline",
            "handout-col-latest",
            "handout-col-target",
        ];
        y = room(doc, y, 40.0, &handout)?;
        for (i, id) in head.iter().enumerate() {
            let cw = (cols[i + 1] - cols[i]) * w - 6.0;
            doc.text_fit(
                m + cols[i] * w,
                y + 8.0,
                &doc.tr(id).to_uppercase(),
                FontFace::Bold,
                6.5,
                MUTED,
                cw,
                Align::Left,
                None,
            )?;
        }
        y += 14.0;
        for ind in indicators {
            let e = ent(EntityKind::Indicator, &ind.id);
            let lines =
                crate::text::wrap(FontFace::Regular, SIZE, &ind.name, cols[1] * w - 8.0, 3)?
                    .lines
                    .len();
            // The goal it measures, under its name.
            let goal = goal_of(s, ind);
            let goal_h = if goal.is_some() {
                line_height(7.0)
            } else {
                0.0
            };
            let h = (lines as f32 * line_height(SIZE) + goal_h).max(30.0) + 8.0;
            y = room(doc, y, h, &handout)?;
            doc.paragraph(
                m,
                y + 4.0,
                &ind.name,
                FontFace::Regular,
                SIZE,
                INK,
                cols[1] * w - 8.0,
                3,
                e.clone(),
            )?;
            if let Some(goal) = goal {
                let gy = y + 4.0 + lines as f32 * line_height(SIZE) + 0.92 * 7.0;
                let text = doc.trm(&Message::new("handout-indicator-goal").arg("goal", goal));
                doc.text_fit(
                    m,
                    gy,
                    &text,
                    FontFace::Regular,
                    7.0,
                    MUTED,
                    cols[1] * w - 8.0,
                    Align::Left,
                    e.clone(),
                )?;
            }
            let latest = ind.actuals.iter().max_by_key(|a| a.date).map(|a| {
                (
                    crate::i18n::quantity(a.value, &ind.unit, lang),
                    a.date.to_finnish(),
                )
            });
            let baseline = ind.baseline.as_ref().map(|a| {
                (
                    crate::i18n::quantity(a.value, &ind.unit, lang),
                    a.date.to_finnish(),
                )
            });
            let cells = [baseline, latest, target_cell(doc, ind, lang)];
            for (k, cell) in cells.into_iter().enumerate() {
                let x = m + cols[k + 1] * w;
                let cw = (cols[k + 2] - cols[k + 1]) * w - 6.0;
                match cell {
                    Some((v, under)) => {
                        // The number with its unit, and under it the date,
                        // which has the line to itself (never cut inside).
                        // A long unit sets the figure smaller, not shorter.
                        let size = figure_size(&v, cw)?;
                        doc.text_fit(
                            x,
                            y + 4.0 + 0.92 * 10.0,
                            &v,
                            FontFace::Bold,
                            size,
                            INK,
                            cw,
                            Align::Left,
                            e.clone(),
                        )?;
                        doc.text_fit(
                            x,
                            y + 26.0,
                            &under,
                            FontFace::Regular,
                            7.0,
                            FAINT,
                            cw,
                            Align::Left,
                            None,
                        )?;
                    }
                    None => {
                        doc.text(
                            x,
                            y + 4.0 + 0.92 * 10.0,
                            "–",
                            FontFace::Regular,
                            10.0,
                            FAINT,
                            Align::Left,
                            None,
                        )?;
                    }
                }
            }
            chart(
                doc,
                ind,
                m + cols[4] * w,
                y + 4.0,
                (1.0 - cols[4]) * w,
                26.0,
            );
            doc.line(m, y + h - 2.0, m + w, y + h - 2.0, RULE, 0.5);
            y += h;
        }
    }

    y = deadlines::documents(doc, y, &handout)?;
    deadlines::milestones(doc, y, &handout)?;
    Ok(())
}

/// The size a figure of an indicator's cell is set at: 10 pt, or smaller
/// down to 7 pt when its unit is long ("1 700 työpaikkaa").
fn figure_size(v: &str, width: f32) -> Result<f32> {
    let mut size = 10.0;
    while size > 7.0 && crate::text::width(FontFace::Bold, size, v)? > width {
        size -= 0.5;
    }
    Ok(size)
}

/// The name of the goal an indicator measures, if it names one of its theme's.
fn goal_of<'a>(s: &'a crate::model::Strategy, ind: &Indicator) -> Option<&'a str> {
    let goal = ind.goal.as_ref()?;
    s.themes
        .iter()
        .flat_map(|t| &t.goals)
        .find(|g| &g.id == goal)
        .map(|g| g.name.as_str())
}

/// The target as its cell shows it: the figure, and under it when (or how)
/// it holds. A rule reads in the user's words ("+1 %" a year, "≥ 100 %"
/// from 2028 on); a plain target is its value by its date.
pub(super) fn target_cell(doc: &Doc, ind: &Indicator, lang: Lang) -> Option<(String, String)> {
    match ind.target_rule {
        Some(TargetRule::RatePerYear { percent }) => {
            // "+1,5 %" over "vuodessa": the sign the way is better.
            let sign = match ind.direction {
                Direction::Increase => "+",
                Direction::Decrease => "−",
                Direction::Maintain => "",
            };
            let rate = format!("{sign}{}", crate::i18n::quantity(percent, "%", lang));
            Some((rate, doc.tr("handout-target-per-year")))
        }
        Some(TargetRule::AtLeastFrom { value, from })
        | Some(TargetRule::AtMostFrom { value, from }) => {
            let sign = if matches!(ind.target_rule, Some(TargetRule::AtLeastFrom { .. })) {
                "≥"
            } else {
                "≤"
            };
            let v = format!("{sign} {}", crate::i18n::quantity(value, &ind.unit, lang));
            let from = doc.trm(&Message::new("handout-target-from").arg("date", from.to_finnish()));
            Some((v, from))
        }
        None => ind.target.as_ref().map(|t| {
            (
                crate::i18n::quantity(t.value, &ind.unit, lang),
                t.date.to_finnish(),
            )
        }),
    }
}

/// A small chart: baseline and actuals as a line, the target as a dashed
/// level with its point, over the time from the baseline to the target.
fn chart(doc: &mut Doc, ind: &Indicator, x: f32, y: f32, w: f32, h: f32) {
    let e = ent(EntityKind::Indicator, &ind.id);
    let mut pts: Vec<(NaiveDate, f64)> = vec![];
    if let Some(b) = &ind.baseline {
        pts.push((b.date.first_day(), b.value));
    }
    pts.extend(ind.actuals.iter().map(|a| (a.date.first_day(), a.value)));
    pts.sort_by_key(|p| p.0);
    let target = ind.target.as_ref().map(|t| (t.date.first_day(), t.value));
    let all: Vec<(NaiveDate, f64)> = pts.iter().copied().chain(target).collect();
    let (Some(d0), Some(d1)) = (all.iter().map(|p| p.0).min(), all.iter().map(|p| p.0).max())
    else {
        return;
    };
    let lo = all.iter().map(|p| p.1).fold(f64::INFINITY, f64::min);
    let hi = all.iter().map(|p| p.1).fold(f64::NEG_INFINITY, f64::max);
    let span_days = (d1 - d0).num_days().max(1) as f32;
    let span_v = if (hi - lo).abs() < 1e-12 {
        1.0
    } else {
        hi - lo
    };
    let px = |d: NaiveDate| x + 4.0 + (d - d0).num_days() as f32 / span_days * (w - 8.0);
    let py = |v: f64| y + h - 3.0 - ((v - lo) / span_v) as f32 * (h - 6.0);
    doc.rect(x, y, w, h, PANEL, e.clone());
    if let Some((td, tv)) = target {
        let ty = py(tv);
        doc.push(
            Shape::Line {
                x1: x + 2.0,
                y1: ty,
                x2: x + w - 2.0,
                y2: ty,
                stroke: Stroke {
                    color: style::GREEN,
                    width: 0.75,
                    dash: Some((2.0, 1.5)),
                },
            },
            e.clone(),
        );
        doc.push(
            Shape::Circle {
                cx: px(td),
                cy: ty,
                r: 2.2,
                fill: Some(WHITE),
                stroke: Some(Stroke {
                    color: style::GREEN,
                    width: 1.0,
                    dash: None,
                }),
            },
            e.clone(),
        );
    }
    if pts.len() >= 2 {
        let line: Vec<(f32, f32)> = pts.iter().map(|(d, v)| (px(*d), py(*v))).collect();
        doc.push(
            Shape::Polyline {
                points: line,
                stroke: Stroke {
                    color: ACCENT,
                    width: 1.2,
                    dash: None,
                },
            },
            e.clone(),
        );
    }
    if let Some((d, v)) = pts.last() {
        doc.push(
            Shape::Circle {
                cx: px(*d),
                cy: py(*v),
                r: 2.0,
                fill: Some(ACCENT),
                stroke: None,
            },
            e,
        );
    }
}
