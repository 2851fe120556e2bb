//! The round's reports sheet ("Raportit"): the next occurrence of each
//! recurring plan, report or programme an owner owns (as
//! [`crate::schedule`] expands it), due on or after the day the round goes
//! out, with its status now, a status drop-down and a note cell. The hidden
//! sheet keeps each one (document, occurrence, status sent) as it keeps the
//! actions; an answer becomes that occurrence's status entry
//! ([`crate::edit::Change::Occurrence`]), by its owner.

use std::collections::HashMap;

use chrono::NaiveDate;
use rust_xlsxwriter::{DataValidation, Worksheet};

use super::error::Result;
use crate::i18n::Lang;
use crate::model::{Document, Id, PlanDate, Status, Strategy};
use crate::schedule::{self, DueKind};
use crate::validate::MAX_NAME;

/// The columns of the reports sheet, in order; the first holds the id.
pub(crate) const REPORT_COLUMNS: [&str; 6] = [
    "round-col-id",
    "round-col-document",
    "round-col-occurrence",
    "round-col-status-now",
    "round-col-status-new",
    "round-col-note-new",
];

/// One recurring document's next occurrence, as a round asks it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Occurrence<'a> {
    /// The document.
    pub(crate) doc: &'a Document,
    /// The occurrence: its due date.
    pub(crate) date: PlanDate,
    /// Its status when the round goes out.
    pub(crate) status: Status,
}

/// The next occurrence, due on or after `sent`, of every recurring
/// document, by document id.
pub(crate) fn next_occurrences(s: &Strategy, sent: NaiveDate) -> HashMap<&Id, Occurrence<'_>> {
    let docs: HashMap<&Id, &Document> = s
        .documents
        .iter()
        .filter(|d| schedule::recurs(d.cadence))
        .map(|d| (&d.id, d))
        .collect();
    let mut out: HashMap<&Id, Occurrence<'_>> = HashMap::new();
    if docs.is_empty() {
        return out;
    }
    // Earliest first: the first one not yet past is the next.
    for due in schedule::occurrences(s, sent) {
        if due.kind != DueKind::Document || due.date.last_day() < sent {
            continue;
        }
        if let Some((id, doc)) = docs.get_key_value(&due.id)
            && !out.contains_key(id)
        {
            out.insert(
                id,
                Occurrence {
                    doc,
                    date: due.date,
                    status: due.status,
                },
            );
        }
    }
    out
}

/// The status of every occurrence of the recurring documents, as the
/// schedule has it.
pub(crate) fn occurrence_statuses(s: &Strategy) -> HashMap<(Id, PlanDate), Status> {
    if !s.documents.iter().any(|d| schedule::recurs(d.cadence)) {
        return HashMap::new();
    }
    let any_day = NaiveDate::default();
    schedule::occurrences(s, any_day)
        .into_iter()
        .filter(|d| d.kind == DueKind::Document && d.recurring)
        .map(|d| ((d.id, d.date), d.status))
        .collect()
}

/// The status recorded for occurrence `date` of the recurring
/// document `id`, if it has one on that date.
pub fn occurrence_status(s: &Strategy, id: &Id, date: &PlanDate) -> Option<Status> {
    occurrence_statuses(s).get(&(id.clone(), *date)).copied()
}

/// The reports sheet of one owner.
pub(crate) fn report_sheet(
    ws: &mut Worksheet,
    lang: Lang,
    reports: &[Occurrence<'_>],
    f: &super::write::Formats,
) -> Result<()> {
    use super::write::{cell_text, fit, headers, protect, write_date};
    headers(ws, lang, &REPORT_COLUMNS, f)?;
    let mut widths: Vec<usize> = REPORT_COLUMNS
        .iter()
        .map(|id| lang.text(id).chars().count().min(20))
        .collect();
    for (k, o) in reports.iter().enumerate() {
        let r = k as u32 + 1;
        let name: String = cell_text(&o.doc.name).chars().take(MAX_NAME).collect();
        let status = lang.text(o.status.message_id());
        ws.write_string(r, 0, o.doc.id.as_str())?;
        ws.write_string_with_format(r, 1, &name, &f.wrap)?;
        write_date(ws, r, 2, Some(o.date), true, f)?;
        ws.write_string(r, 3, &status)?;
        ws.write_blank(r, 4, &f.input)?;
        ws.write_blank(r, 5, &f.input)?;
        for (c, len) in [
            (1, name.chars().count()),
            (2, 10),
            (3, status.chars().count()),
            (4, 14),
            (5, 40),
        ] {
            widths[c] = widths[c].max(len);
        }
    }
    fit(ws, &widths)?;
    ws.set_column_hidden(0)?;
    if !reports.is_empty() {
        let names: Vec<String> = Status::ALL
            .iter()
            .map(|st| lang.text(st.message_id()))
            .collect();
        let list = DataValidation::new()
            .allow_list_strings(&names)?
            .set_error_title(lang.text("round-validation-status-title"))?
            .set_error_message(lang.text("round-validation-status"))?;
        ws.add_data_validation(1, 4, reports.len() as u32, 4, &list)?;
    }
    protect(ws);
    Ok(())
}
