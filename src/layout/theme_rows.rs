//! What the action plan shows for a theme without actions (a strategy
//! written as goals and success factors, as many towns' are): the theme's
//! goals, its success factors, the plans and programmes that serve it and
//! its indicators, as rows of a table like the actions' (the item, and
//! what it is), so that the plan shows what the strategy holds instead of
//! a line saying there is nothing.

use super::canvas::{Align, Doc, ent, line_height};
use super::deadlines::owner_names;
use super::style::{self, ACCENT, DOCUMENTS, INK, MUTED, PANEL, RULE};
use super::{EntityKind, EntityRef, Result, Shape};
use crate::i18n::Message;
use crate::model::{DocumentKind, Status, Theme};
use crate::text::{self, FontFace, Wrapped};

const SIZE: f32 = 8.0;
const DETAIL: f32 = 7.0;
const PAD: f32 = 5.0;
const MAX_LINES: usize = 6;
/// The table header's height.
pub(super) const HEADER_H: f32 = 17.0;
/// The share of the width the item's column takes; what it is takes the rest.
const NAME_SHARE: f32 = 0.72;

/// What a row is: its marker and its label.
#[derive(Clone, Copy)]
enum What {
    Goal,
    SuccessFactor,
    Document(DocumentKind),
    Indicator,
}

/// One row, measured before it is drawn.
pub(super) struct Row {
    what: What,
    name: String,
    wrapped: Wrapped,
    detail: Option<(String, Wrapped)>,
    entity: Option<EntityRef>,
    /// The row's height in points.
    pub height: f32,
}

fn measure(
    doc: &Doc,
    what: What,
    name: &str,
    detail: String,
    entity: Option<EntityRef>,
) -> Result<Row> {
    let w = (doc.width - 2.0 * doc.margin) * NAME_SHARE - 2.0 * PAD;
    let wrapped = text::wrap(FontFace::Regular, SIZE, name, w, MAX_LINES)?;
    let detail = if detail.is_empty() {
        None
    } else {
        let d = text::wrap(FontFace::Regular, DETAIL, &detail, w, MAX_LINES)?;
        Some((detail, d))
    };
    let detail_h = detail
        .as_ref()
        .map_or(0.0, |(_, d)| d.lines.len() as f32 * line_height(DETAIL));
    let height = wrapped.lines.len().max(1) as f32 * line_height(SIZE) + detail_h + 2.0 * PAD;
    Ok(Row {
        what,
        name: name.to_owned(),
        wrapped,
        detail,
        entity,
        height,
    })
}

/// The rows of a theme: goals, success factors, the documents that serve
/// it, its indicators.
pub(super) fn rows(doc: &Doc, t: &Theme) -> Result<Vec<Row>> {
    let s = doc.s;
    let mut rows = vec![];
    for g in &t.goals {
        let e = ent(EntityKind::Goal, &g.id);
        rows.push(measure(doc, What::Goal, &g.name, String::new(), e)?);
    }
    for f in &t.success_factors {
        // A success factor has no entity kind of its own: it is the theme's.
        let e = ent(EntityKind::Theme, &t.id);
        rows.push(measure(
            doc,
            What::SuccessFactor,
            &f.name,
            String::new(),
            e,
        )?);
    }
    for d in s.documents.iter().filter(|d| d.themes.contains(&t.id)) {
        let when = match (d.period, d.due) {
            (Some(p), _) if p.start == p.end => p.start.to_finnish(),
            (Some(p), _) => format!("{}–{}", p.start.to_finnish(), p.end.to_finnish()),
            (None, Some(due)) => {
                doc.trm(&Message::new("handout-due-on").arg("date", due.to_finnish()))
            }
            (None, None) => String::new(),
        };
        let done = (d.status == Some(Status::Done))
            .then(|| doc.tr(Status::Done.message_id()).to_lowercase());
        let detail = [Some(owner_names(s, &d.owners)), Some(when), done]
            .into_iter()
            .flatten()
            .filter(|x| !x.is_empty())
            .collect::<Vec<_>>()
            .join(" · ");
        let e = ent(EntityKind::Document, &d.id);
        rows.push(measure(doc, What::Document(d.kind), &d.name, detail, e)?);
    }
    for i in s
        .indicators
        .iter()
        .filter(|i| i.theme.as_ref() == Some(&t.id))
    {
        let lang = doc.lang;
        let at = |m: &crate::model::Measurement| {
            format!(
                "{} ({})",
                crate::i18n::quantity(m.value, &i.unit, lang),
                m.date.to_finnish()
            )
        };
        let baseline = i
            .baseline
            .as_ref()
            .map(|b| format!("{} {}", doc.tr("handout-col-baseline"), at(b)));
        let target = super::progress::target_cell(doc, i, lang)
            .map(|(v, when)| format!("{} {v} ({when})", doc.tr("handout-col-target")));
        let detail = [baseline, target]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        let e = ent(EntityKind::Indicator, &i.id);
        rows.push(measure(doc, What::Indicator, &i.name, detail, e)?);
    }
    Ok(rows)
}

/// The table's header; returns the y below it.
pub(super) fn header(doc: &mut Doc, y: f32) -> Result<f32> {
    let m = doc.margin;
    let w = doc.width - 2.0 * m;
    doc.rect(m, y, w, HEADER_H, PANEL, None);
    let cols = [
        ("handout-col-content", m, w * NAME_SHARE),
        (
            "handout-col-kind",
            m + w * NAME_SHARE,
            w * (1.0 - NAME_SHARE),
        ),
    ];
    for (id, x, cw) in cols {
        let label = doc.tr(id).to_uppercase();
        doc.text_fit(
            x + PAD,
            y + 11.5,
            &label,
            FontFace::Bold,
            6.5,
            MUTED,
            cw - 2.0 * PAD,
            Align::Left,
            None,
        )?;
    }
    Ok(y + HEADER_H)
}

/// Draws `row` with its top at `y`, zebra-striped when `zebra`.
pub(super) fn draw(doc: &mut Doc, t: &Theme, row: &Row, y: f32, zebra: bool) -> Result<()> {
    let m = doc.margin;
    let w = doc.width - 2.0 * m;
    let color = style::theme_color(doc.s, t);
    if zebra {
        let tint = style::tint(PANEL, 0.5);
        doc.rect(m, y, w, row.height, tint, row.entity.clone());
    }
    let e = row.entity.clone();
    let x = m + PAD;
    let lines = row.wrapped.lines.len().max(1);
    let wrapped = row.wrapped.clone();
    doc.wrapped(
        x,
        y + PAD,
        &row.name,
        wrapped,
        FontFace::Regular,
        SIZE,
        INK,
        e,
    );
    if let Some((text, wrapped)) = &row.detail {
        let top = y + PAD + lines as f32 * line_height(SIZE);
        let (e, wrapped) = (row.entity.clone(), wrapped.clone());
        doc.wrapped(x, top, text, wrapped, FontFace::Regular, DETAIL, MUTED, e);
    }
    // What it is: a marker in the theme's colour (or the documents' or the
    // indicators'), and its name.
    let kx = m + w * NAME_SHARE + PAD;
    let base = y + PAD + 0.92 * SIZE;
    let (fill, label) = match row.what {
        What::Goal => (color, doc.tr("entity-goal")),
        What::SuccessFactor => (style::tint(color, 0.45), doc.tr("entity-success-factor")),
        What::Document(k) => (DOCUMENTS, doc.tr(k.message_id())),
        What::Indicator => (ACCENT, doc.tr("entity-indicator")),
    };
    let marker = Shape::Rect {
        x: kx,
        y: base - 5.8,
        w: 6.0,
        h: 6.0,
        radius: if matches!(row.what, What::Indicator) {
            3.0
        } else {
            1.0
        },
        fill: Some(fill),
        stroke: None,
    };
    doc.push(marker, row.entity.clone());
    doc.text_fit(
        kx + 11.0,
        base,
        &label,
        FontFace::Regular,
        SIZE,
        MUTED,
        w * (1.0 - NAME_SHARE) - 2.0 * PAD - 11.0,
        Align::Left,
        None,
    )?;
    doc.line(m, y + row.height, m + w, y + row.height, RULE, 0.5);
    Ok(())
}
