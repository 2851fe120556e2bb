//! The follow-up round: owners who never install Tiekartta answer in Excel.
//!
//! A round goes out as one `.xlsx` per owner ([`send`]): a sheet of the
//! owner's actions (status drop-down, note, "% valmis"), a sheet of their
//! indicators (one input cell per asked period), a sheet of the next
//! occurrence of their recurring reports (`reports`: status drop-down,
//! note) and instructions, in the language chosen. What the answer needs to come back (strategy, round,
//! owner, every entity's id and the values sent) is kept in a very hidden
//! sheet keyed by entity id, and each visible row carries its id in a hidden
//! column, so rows are matched by id: sorting, hiding or inserting rows
//! breaks nothing. [`read_answer`] reads a returned workbook (calamine,
//! cached values only, formulas never evaluated, within the validation
//! limits) and [`take_in`] turns every changed cell into an edit intent
//! ([`crate::edit::Change`]: a status change with an id made of round, owner
//! and action, an actual), applied as one edit attributed to that owner.
//! Bad cells are named by file, sheet, row and column and the rest is taken.
//! [`plan_workbook`] writes the whole action plan and indicators for the
//! lead's own use. [`read_list`] maps an action list kept in Excel (or
//! CSV) into a strategy: a preview, then one edit adding what is new.
//!
//! **The round in the project.** What went out ([`record`]: to whom, which
//! actions and indicators, when, the deadline, the reply-to, the periods)
//! is kept in the project's history beside the strategy (see
//! `store::rounds`: the document key `~rounds`, passed over by the
//! strategy's reader, so the strategy, its interchange JSON and the UI's
//! types stay as they were, while copies merge their rounds like anything
//! else). Each answer's arrival is recorded in the same edit as its values
//! (an id made of what it holds: the same answer twice is recorded once);
//! [`status`] and [`reminder`] say who has answered and what to send the
//! others.
//!
//! **Round conflicts.** A value both the owner and the project changed since
//! the round went out is recorded in the round as a value waiting for a
//! choice ([`crate::model::RoundChoice`]); the project's value stays. The
//! store shows each one among the project's conflicts (id
//! `rounds/ROUND/CHOICE`, value `1` the project's with its author, `2` the
//! owner's), so `tiekartta conflicts`, `resolve` and the app's merge view
//! offer both side by side; [`choose`] takes one (the owner's is entered as
//! the answer would have entered it) and the choice is gone, one edit. This
//! was chosen over writing the owner's value as a concurrent Automerge
//! change from the round's heads: an actual is an element of a plain list,
//! where two concurrent entries for one period would both stay instead of
//! conflicting, and Automerge's winner (by operation id) would not always
//! keep the project's value shown. An answer to a round not recorded in the
//! project (sent before rounds were recorded) still reports its conflicts,
//! keeping the project's value, without recording them.

mod apply;
mod choice;
mod error;
mod list;
mod list_sheet;
mod list_words;
mod read;
mod reports;
mod said;
mod status;
mod write;

pub use apply::{RoundConflict, TakeReport, Taken, take_in};
pub use choice::{choose, is_round_conflict};
pub use error::{Result, RoundError};
pub use list::list_update::{ListUpdate, ListValueChange, update_text};
pub use list::{
    ListColumn, ListCounts, ListImport, ListPreview, ListRowProblem, list_strategy, read_list,
};
pub use list_words::ListField;
pub use read::{
    ActionAnswer, Answer, IndicatorAnswer, MAX_FILE_BYTES, ReportAnswer, read_answer,
    read_answer_file,
};
pub use reports::occurrence_status;
pub use status::{OwnerStatus, record, reminder, status};
pub use write::{Sent, owned, path_of, plan_workbook, send};

use chrono::NaiveDate;

use crate::i18n::{Lang, Message};
use crate::model::{Id, PlanDate};

/// The version of the hidden sheet's layout.
const FORMAT: &str = "tiekartta-round-1";
/// The very hidden sheet that carries what the answer needs.
const KEY_SHEET: &str = "_tiekartta";

/// What a round asks, of whom, and when.
#[derive(Debug, Clone, PartialEq)]
pub struct RoundSpec {
    /// Stable id of the round (kept in every workbook).
    pub id: String,
    /// The round's name: "Syksyn 2026 seuranta".
    pub name: String,
    /// The owners asked; empty asks every owner who owns an action or an indicator.
    pub owners: Vec<Id>,
    /// The periods whose indicator actuals are asked.
    pub periods: Vec<PlanDate>,
    /// The day the round goes out.
    pub sent: NaiveDate,
    /// When the answers are due, if said.
    pub deadline: Option<NaiveDate>,
    /// Whom to send the answer back to (a name or an address).
    pub reply_to: String,
    /// The language of the workbooks.
    pub lang: Lang,
}

/// A bad cell, row or sheet in an answer: named, and the rest still taken.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    /// The file, as given.
    pub file: String,
    /// The sheet's name.
    pub sheet: String,
    /// The row as a spreadsheet shows it (1 = first), if the problem has one.
    pub row: Option<u32>,
    /// The column as a spreadsheet shows it (`H`), if the problem has one.
    pub column: Option<String>,
    /// What is wrong.
    pub message: Message,
}

impl Problem {
    /// The problem as one line in `lang`: `file, sheet, row 4, column H: …`.
    pub fn to_text(&self, lang: Lang) -> String {
        let place = match (&self.row, &self.column, self.sheet.is_empty()) {
            (_, _, true) => Message::new("round-place-file").arg("file", &self.file),
            (Some(row), Some(column), false) => Message::new("round-place-cell")
                .arg("file", &self.file)
                .arg("sheet", &self.sheet)
                .arg("row", row)
                .arg("column", column),
            (Some(row), None, false) => Message::new("round-place-row")
                .arg("file", &self.file)
                .arg("sheet", &self.sheet)
                .arg("row", row),
            _ => Message::new("round-place-sheet")
                .arg("file", &self.file)
                .arg("sheet", &self.sheet),
        };
        format!("{}: {}", lang.tr(&place), lang.tr(&self.message))
    }
}

/// The column letters of a 0-based column: 0 → `A`, 27 → `AB`.
pub(crate) fn column_letters(col: u32) -> String {
    let mut n = col + 1;
    let mut out = Vec::new();
    while n > 0 {
        let r = ((n - 1) % 26) as u8;
        out.push((b'A' + r) as char);
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// The status's name in every language, to read a picked status back.
pub(crate) fn status_by_name(text: &str) -> Option<crate::model::Status> {
    let t = text.trim().to_lowercase();
    crate::model::Status::ALL.into_iter().find(|s| {
        Lang::ALL
            .iter()
            .any(|l| l.text(s.message_id()).to_lowercase() == t)
    })
}

/// The status's code as the hidden sheet keeps it.
pub(crate) fn status_code(s: crate::model::Status) -> &'static str {
    s.message_id()
}

/// The status from its code in the hidden sheet.
pub(crate) fn status_from_code(code: &str) -> Option<crate::model::Status> {
    crate::model::Status::ALL
        .into_iter()
        .find(|s| s.message_id() == code)
}

/// Whether `path` names a spreadsheet by its extension (`.xlsx`, `.xlsm`,
/// `.xls`, `.ods`, `.csv`): a returned workbook or an action list, read or
/// refused with a message by the readers here.
pub fn is_spreadsheet(path: &std::path::Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
        ["xlsx", "xlsm", "xls", "ods", "csv"].contains(&e.to_ascii_lowercase().as_str())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_letter_them() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(7), "H");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(27), "AB");
    }

    #[test]
    fn a_status_picked_in_any_language_is_read_back() {
        use crate::model::Status;
        assert_eq!(status_by_name(" riskissä "), Some(Status::AtRisk));
        assert_eq!(
            status_by_name("Klar"),
            Lang::Sv
                .text("status-done")
                .eq("Klar")
                .then_some(Status::Done)
        );
        assert_eq!(status_by_name("melkein valmis"), None);
    }
}
