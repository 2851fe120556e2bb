//! The action plan by theme: a table per theme (action, owners, start, due,
//! status) on A4 portrait. A row is never split across pages; when the next
//! row does not fit, the page ends and the next one repeats the theme's
//! heading and the table header. An action without dates of its own shows
//! the period of its phases across the start and due columns, marked as the
//! phase's ("(vaihe) 7/2027–12/2028"), as the roadmap draws it over them.
//! A recurring action lists its occurrences with their statuses under its
//! name; late is the one rule's ([`crate::schedule`]). A theme without
//! actions shows its goals, success factors, plans and indicators as the
//! rows instead ([`super::theme_rows`]); a long theme name wraps. The plan
//! ends with the deadlines of plans and reports ([`super::deadlines`]).

use super::canvas::{Align, Doc, ent, line_height};
use super::style::{self, FAINT, INK, MUTED, PANEL, RULE};
use super::{EntityKind, Result, Shape};
use crate::i18n::Message;
use crate::model::{Action, PlanDate, Strategy, Theme};
use crate::text::{self, FontFace};

const SIZE: f32 = 8.0;
const PAD: f32 = 5.0;
const HEADER_H: f32 = 17.0;
const HEADING_H: f32 = 26.0;
/// The "no actions" line above a theme's own rows.
const NOTE_H: f32 = 17.0;
const MAX_LINES: usize = 6;
/// The size of a recurring action's line of occurrences.
const OCC_SIZE: f32 = 7.0;

struct Columns {
    x: [f32; 5],
    w: [f32; 5],
}

fn columns(m: f32, w: f32) -> Columns {
    let share = [0.43, 0.23, 0.1, 0.1, 0.14];
    let mut x = [0.0; 5];
    let mut ws = [0.0; 5];
    let mut at = m;
    for i in 0..5 {
        x[i] = at;
        ws[i] = w * share[i];
        at += ws[i];
    }
    Columns { x, w: ws }
}

fn date(d: Option<PlanDate>) -> String {
    d.map_or_else(|| "–".to_owned(), |d| d.to_finnish())
}

/// The period of the phases an action without dates of its own belongs to,
/// each end at its own precision ("7/2027–12/2028", "2029"); `None` when the
/// action has a date or no dated phase.
fn phase_period(s: &Strategy, a: &Action) -> Option<String> {
    let (first, last) = s.phase_dates(a)?;
    Some(if first == last {
        first.to_finnish()
    } else {
        format!("{}–{}", first.to_finnish(), last.to_finnish())
    })
}

/// A row measured before it is drawn.
struct Row<'a> {
    action: &'a Action,
    name: text::Wrapped,
    owners: text::Wrapped,
    owner_names: String,
    /// A recurring action's occurrences, each with its status, under its name.
    occurrences: Option<(String, text::Wrapped)>,
    height: f32,
}

/// A recurring action's every occurrence, with its recorded status when it
/// has one ("Toistuu: 3/2026 valmis · 6/2026 · …"); none for a one-off.
fn occurrence_line(doc: &Doc, a: &Action) -> Option<String> {
    if !crate::schedule::recurs(a.cadence) {
        return None;
    }
    let dues: Vec<String> = crate::schedule::occurrences(doc.s, doc.view.today)
        .into_iter()
        .filter(|o| o.id == a.id)
        .map(|o| match o.verdict {
            crate::schedule::Verdict::Open => o.date.to_finnish(),
            v => {
                let st = match v {
                    crate::schedule::Verdict::Late => crate::model::Status::Late,
                    _ => o.status,
                };
                format!(
                    "{} {}",
                    o.date.to_finnish(),
                    doc.tr(st.message_id()).to_lowercase()
                )
            }
        })
        .collect();
    (!dues.is_empty())
        .then(|| doc.trm(&Message::new("handout-occurrences").arg("dates", dues.join(" · "))))
}

fn measure<'a>(doc: &Doc, a: &'a Action, c: &Columns) -> Result<Row<'a>> {
    let owners = a
        .owners
        .iter()
        .map(|o| doc.s.owner(o).map_or(o.as_str(), |x| x.name.as_str()))
        .collect::<Vec<_>>();
    let name = text::wrap(
        FontFace::Regular,
        SIZE,
        &a.name,
        c.w[0] - 2.0 * PAD,
        MAX_LINES,
    )?;
    let owner_names = owners.join(", ");
    let owners = text::wrap(
        FontFace::Regular,
        SIZE,
        &owner_names,
        c.w[1] - 2.0 * PAD,
        MAX_LINES,
    )?;
    let occurrences = match occurrence_line(doc, a) {
        Some(t) => {
            let w = text::wrap(
                FontFace::Regular,
                OCC_SIZE,
                &t,
                c.w[0] - 2.0 * PAD,
                MAX_LINES,
            )?;
            Some((t, w))
        }
        None => None,
    };
    let occ_h = occurrences
        .as_ref()
        .map_or(0.0, |(_, w)| w.lines.len() as f32 * line_height(OCC_SIZE));
    let name_h = name.lines.len().max(1) as f32 * line_height(SIZE) + occ_h;
    let owners_h = owners.lines.len().max(1) as f32 * line_height(SIZE);
    Ok(Row {
        action: a,
        name,
        owners,
        owner_names,
        occurrences,
        height: name_h.max(owners_h) + 2.0 * PAD,
    })
}

/// The theme's name as its heading breaks it (onto more lines when long,
/// never shortened unless it runs past three), with the x where it starts.
fn heading_name(doc: &Doc, t: &Theme, continued: bool) -> Result<(f32, text::Wrapped)> {
    let m = doc.margin;
    let w = doc.width - 2.0 * m;
    let mut x = m + 12.0;
    if !t.code.is_empty() {
        x += text::width(FontFace::Bold, 9.0, &t.code)? + 8.0;
    }
    let suffix = if continued {
        format!(" ({})", doc.tr("handout-continued"))
    } else {
        String::new()
    };
    let sw = text::width(FontFace::Regular, 9.0, &suffix)?;
    let name = text::wrap(FontFace::Bold, 12.0, &t.name, m + w - x - sw, 3)?;
    Ok((x, name))
}

/// The height of a theme's heading.
fn heading_height(doc: &Doc, t: &Theme) -> Result<f32> {
    let (_, name) = heading_name(doc, t, true)?;
    Ok(HEADING_H + name.lines.len().saturating_sub(1) as f32 * line_height(12.0))
}

fn heading(doc: &mut Doc, t: &Theme, y: f32, continued: bool) -> Result<f32> {
    let m = doc.margin;
    let color = style::theme_color(doc.s, t);
    let e = ent(EntityKind::Theme, &t.id);
    let (x, name) = heading_name(doc, t, continued)?;
    let more = name.lines.len().saturating_sub(1) as f32 * line_height(12.0);
    doc.rect(m, y + 4.0, 4.0, HEADING_H - 8.0 + more, color, e.clone());
    if !t.code.is_empty() {
        doc.text(
            m + 12.0,
            y + 17.0,
            &t.code,
            FontFace::Bold,
            9.0,
            color,
            Align::Left,
            e.clone(),
        )?;
    }
    let last_w = name.lines.last().map_or(0.0, |l| l.1);
    let top = y + 17.0 - 0.92 * 12.0;
    doc.wrapped(x, top, &t.name, name, FontFace::Bold, 12.0, INK, e);
    if continued {
        let suffix = format!(" ({})", doc.tr("handout-continued"));
        doc.text(
            x + last_w,
            y + 17.0 + more,
            &suffix,
            FontFace::Regular,
            9.0,
            FAINT,
            Align::Left,
            None,
        )?;
    }
    Ok(y + HEADING_H + more)
}

fn table_header(doc: &mut Doc, c: &Columns, y: f32) -> Result<f32> {
    let m = doc.margin;
    let w = doc.width - 2.0 * m;
    doc.rect(m, y, w, HEADER_H, PANEL, None);
    let ids = [
        "handout-col-action",
        "handout-col-owners",
        "handout-col-start",
        "handout-col-due",
        "handout-col-status",
    ];
    for (i, id) in ids.iter().enumerate() {
        let label = doc.tr(id).to_uppercase();
        doc.text_fit(
            c.x[i] + PAD,
            y + 11.5,
            &label,
            FontFace::Bold,
            6.5,
            MUTED,
            c.w[i] - 2.0 * PAD,
            Align::Left,
            None,
        )?;
    }
    Ok(y + HEADER_H)
}

fn draw_row(doc: &mut Doc, c: &Columns, row: &Row, y: f32, zebra: bool) -> Result<()> {
    let m = doc.margin;
    let w = doc.width - 2.0 * m;
    let a = row.action;
    let e = ent(EntityKind::Action, &a.id);
    if zebra {
        doc.rect(m, y, w, row.height, style::tint(PANEL, 0.5), e.clone());
    }
    doc.wrapped(
        c.x[0] + PAD,
        y + PAD,
        &a.name,
        row.name.clone(),
        FontFace::Regular,
        SIZE,
        INK,
        e.clone(),
    );
    if let Some((t, wrapped)) = &row.occurrences {
        let below = y + PAD + row.name.lines.len().max(1) as f32 * line_height(SIZE);
        doc.wrapped(
            c.x[0] + PAD,
            below,
            t,
            wrapped.clone(),
            FontFace::Regular,
            OCC_SIZE,
            MUTED,
            e.clone(),
        );
    }
    doc.wrapped(
        c.x[1] + PAD,
        y + PAD,
        &row.owner_names,
        row.owners.clone(),
        FontFace::Regular,
        SIZE,
        MUTED,
        None,
    );
    let base = y + PAD + 0.92 * SIZE;
    if let Some(period) = phase_period(doc.s, a) {
        // Across the start and due columns, in the muted ink of what is
        // derived rather than set.
        let text = doc.trm(&Message::new("handout-phase-period").arg("period", period));
        doc.text_fit(
            c.x[2] + PAD,
            base,
            &text,
            FontFace::Regular,
            SIZE,
            MUTED,
            c.w[2] + c.w[3] - 2.0 * PAD,
            Align::Left,
            e.clone(),
        )?;
    } else {
        doc.text_fit(
            c.x[2] + PAD,
            base,
            &date(a.start),
            FontFace::Regular,
            SIZE,
            INK,
            c.w[2] - 2.0 * PAD,
            Align::Left,
            None,
        )?;
        doc.text_fit(
            c.x[3] + PAD,
            base,
            &date(a.due),
            FontFace::Regular,
            SIZE,
            INK,
            c.w[3] - 2.0 * PAD,
            Align::Left,
            None,
        )?;
    }
    // As the one rule says today: late shows as late, by its name too.
    let shown = crate::schedule::shown_status(doc.s, a, doc.view.today);
    let sc = style::status_color(shown);
    doc.push(
        Shape::Circle {
            cx: c.x[4] + PAD + 3.0,
            cy: base - 2.8,
            r: 3.0,
            fill: Some(sc),
            stroke: None,
        },
        e.clone(),
    );
    let label = doc.tr(shown.message_id());
    doc.text_fit(
        c.x[4] + PAD + 10.0,
        base,
        &label,
        FontFace::Regular,
        SIZE,
        INK,
        c.w[4] - 2.0 * PAD - 10.0,
        Align::Left,
        None,
    )?;
    doc.line(m, y + row.height, m + w, y + row.height, RULE, 0.5);
    Ok(())
}

pub fn lay_out(doc: &mut Doc) -> Result<()> {
    let s = doc.s;
    let m = doc.margin;
    let w = doc.width - 2.0 * m;
    let c = columns(m, w);
    let handout = doc.tr("handout-actions");
    doc.title_wraps = true;
    doc.new_page();
    let mut y = doc.title_block(&handout)?;
    // Where the current page's content starts, below its title block.
    let mut page_top = y;
    let bottom = doc.content_bottom() - 4.0;
    for t in doc.view.shown_themes(s) {
        let rows: Vec<Row> = s
            .actions_of(&t.id)
            .filter(|a| doc.view.admits(a) && doc.view.in_years(s, a))
            .map(|a| measure(doc, a, &c))
            .collect::<Result<_>>()?;
        // A theme without any actions shows what it holds instead.
        let content = if s.actions_of(&t.id).next().is_none() {
            super::theme_rows::rows(doc, t)?
        } else {
            vec![]
        };
        // The heading stays with the header and the first row.
        let first = match (rows.first(), content.first()) {
            (Some(r), _) => r.height,
            (None, Some(r)) => NOTE_H + r.height,
            (None, None) => line_height(SIZE) + 2.0 * PAD,
        };
        if y + 10.0 + heading_height(doc, t)? + HEADER_H + first > bottom {
            doc.new_page();
            y = doc.title_block(&handout)?;
            page_top = y;
        } else if y > page_top + 1.0 {
            y += 10.0;
        }
        y = heading(doc, t, y, false)?;
        if rows.is_empty() {
            doc.text(
                m + PAD,
                y + 12.0,
                &doc.tr("handout-no-actions"),
                FontFace::Regular,
                SIZE,
                MUTED,
                Align::Left,
                None,
            )?;
            if content.is_empty() {
                y += 18.0;
                continue;
            }
            y += NOTE_H;
            y = super::theme_rows::header(doc, y)?;
            for (i, row) in content.iter().enumerate() {
                if y + row.height > bottom {
                    doc.new_page();
                    y = doc.title_block(&handout)?;
                    page_top = y;
                    y = heading(doc, t, y, true)?;
                    y = super::theme_rows::header(doc, y)?;
                }
                super::theme_rows::draw(doc, t, row, y, i % 2 == 1)?;
                y += row.height;
            }
            continue;
        }
        y = table_header(doc, &c, y)?;
        for (i, row) in rows.iter().enumerate() {
            if y + row.height > bottom {
                doc.new_page();
                y = doc.title_block(&handout)?;
                page_top = y;
                y = heading(doc, t, y, true)?;
                y = table_header(doc, &c, y)?;
            }
            draw_row(doc, &c, row, y, i % 2 == 1)?;
            y += row.height;
        }
    }
    // What the actions work towards in time: the plans' and reports' deadlines.
    super::deadlines::documents(doc, y + 10.0, &handout)?;
    Ok(())
}
