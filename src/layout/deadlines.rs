//! The deadlines the progress report and the action plan end with: every
//! occurrence of a plan or report that is not done (the overdue ones first,
//! marked late, by the one rule of [`crate::schedule`]) with its owners, and
//! every milestone with its owners. Blocks flow down the pages and never
//! split a line.

use super::canvas::{Align, Doc, ent};
use super::style::{self, ACCENT, FAINT, INK, MUTED};
use super::{EntityKind, Result};
use crate::model::PlanDate;
use crate::schedule::{self, DueKind, Verdict};
use crate::text::FontFace;

const SIZE: f32 = 8.5;

/// Starts a new page when `h` more points do not fit below `y`.
pub(super) fn room(doc: &mut Doc, y: f32, h: f32, handout: &str) -> Result<f32> {
    if y + h > doc.content_bottom() - 4.0 {
        doc.new_page();
        return doc.title_block(handout);
    }
    Ok(y)
}

pub(super) fn section(doc: &mut Doc, y: f32, title: &str, handout: &str) -> Result<f32> {
    let y = room(doc, y, 60.0, handout)?;
    let m = doc.margin;
    doc.text_fit(
        m,
        y + 14.0,
        &title.to_uppercase(),
        FontFace::Bold,
        9.0,
        ACCENT,
        doc.width - 2.0 * m,
        Align::Left,
        None,
    )?;
    doc.line(
        m,
        y + 20.0,
        doc.width - m,
        y + 20.0,
        style::tint(ACCENT, 0.7),
        0.75,
    );
    Ok(y + 28.0)
}

/// The names of the owners of `owners`, joined.
pub(super) fn owner_names(s: &crate::model::Strategy, owners: &[crate::model::Id]) -> String {
    owners
        .iter()
        .filter_map(|o| s.owner(o))
        .map(|o| o.name.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The heading of a list of deadlines: "Tulevat määräajat", or when it
/// begins with overdue ones, "Myöhässä olevat ja tulevat määräajat".
pub(super) fn deadlines_title(any_late: bool) -> &'static str {
    if any_late {
        "handout-deadlines-late"
    } else {
        "handout-deadlines"
    }
}

/// The plans' and reports' deadlines from `y`; returns the y below them.
pub(super) fn documents(doc: &mut Doc, y: f32, handout: &str) -> Result<f32> {
    let s = doc.s;
    let today = doc.view.today;
    let m = doc.margin;
    let w = doc.width - 2.0 * m;
    // Every occurrence not done: the overdue ones (marked late), then those
    // from today on.
    let mut docs: Vec<(PlanDate, bool, &crate::model::Document)> = schedule::occurrences(s, today)
        .into_iter()
        .filter(|o| o.kind == DueKind::Document && o.verdict != Verdict::Done)
        .filter_map(|o| {
            let d = s.documents.iter().find(|d| d.id == o.id)?;
            let late = o.verdict == Verdict::Late && schedule::past(&o.date, today);
            Some((o.date, late, d))
        })
        .collect();
    docs.sort_by_key(|x| (!x.1, x.0));
    // Upcoming deadlines of plans and reports, and the late ones when any.
    let title = doc.tr(deadlines_title(docs.iter().any(|x| x.1)));
    let mut y = section(doc, y + 10.0, &title, handout)?;
    if docs.is_empty() {
        doc.text_fit(
            m,
            y + 10.0,
            &doc.tr("handout-no-deadlines"),
            FontFace::Regular,
            SIZE,
            MUTED,
            w,
            Align::Left,
            None,
        )?;
        y += 16.0;
    }
    for (due, late, d) in docs {
        let e = ent(EntityKind::Document, &d.id);
        y = room(doc, y, 16.0, handout)?;
        doc.text(
            m,
            y + 10.0,
            &due.to_finnish(),
            FontFace::Bold,
            SIZE,
            if late { style::RED } else { INK },
            Align::Left,
            e.clone(),
        )?;
        let owners = owner_names(s, &d.owners);
        let name = if late {
            format!("{} – {}", d.name, doc.tr("status-late"))
        } else {
            d.name.clone()
        };
        let nw = doc.text_fit(
            m + 70.0,
            y + 10.0,
            &name,
            FontFace::Regular,
            SIZE,
            INK,
            w * 0.55,
            Align::Left,
            e,
        )?;
        owners_after(doc, m + 80.0 + nw, y + 10.0, w - 80.0 - nw, &owners)?;
        y += 15.0;
    }
    Ok(y)
}

/// Every milestone (each occurrence of a recurring one) with its owners;
/// those passed in grey, a late one (an evaluation not done) marked late.
pub(super) fn milestones(doc: &mut Doc, y: f32, handout: &str) -> Result<f32> {
    let s = doc.s;
    let today = doc.view.today;
    let m = doc.margin;
    let w = doc.width - 2.0 * m;
    let dues: Vec<_> = schedule::occurrences(s, today)
        .into_iter()
        .filter(|o| o.kind == DueKind::Milestone)
        .filter_map(|o| {
            let late = o.verdict == Verdict::Late;
            Some((o.date, late, s.milestones.iter().find(|x| x.id == o.id)?))
        })
        .collect();
    if dues.is_empty() {
        return Ok(y);
    }
    let mut y = section(doc, y + 10.0, &doc.tr("handout-milestones"), handout)?;
    for (date, late, ms) in dues {
        let e = ent(EntityKind::Milestone, &ms.id);
        // Passed in grey, unless it is late: an evaluation not done.
        let ink = if late {
            style::RED
        } else if schedule::past(&date, today) {
            FAINT
        } else {
            INK
        };
        y = room(doc, y, 16.0, handout)?;
        doc.text(
            m,
            y + 10.0,
            &date.to_finnish(),
            FontFace::Bold,
            SIZE,
            ink,
            Align::Left,
            e.clone(),
        )?;
        let name = if late {
            format!("{} – {}", ms.name, doc.tr("status-late"))
        } else {
            ms.name.clone()
        };
        let nw = doc.text_fit(
            m + 70.0,
            y + 10.0,
            &name,
            FontFace::Regular,
            SIZE,
            if late { INK } else { ink },
            w * 0.55,
            Align::Left,
            e,
        )?;
        let owners = owner_names(s, &ms.owners);
        owners_after(doc, m + 80.0 + nw, y + 10.0, w - 80.0 - nw, &owners)?;
        y += 15.0;
    }
    Ok(y)
}

/// The owners, small and muted, after a name that ends at `x`.
fn owners_after(doc: &mut Doc, x: f32, y: f32, room: f32, owners: &str) -> Result<()> {
    if !owners.is_empty() {
        doc.text_fit(
            x,
            y,
            owners,
            FontFace::Regular,
            7.5,
            MUTED,
            room,
            Align::Left,
            None,
        )?;
    }
    Ok(())
}
