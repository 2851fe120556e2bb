//! What an answer changed, in the words the round view and the CLI say it:
//! one sentence per value, old » new, so the strategy lead reads what the
//! owner wrote rather than which fields of the file moved.

use crate::i18n::Message;
use crate::model::{PlanDate, Status};

/// An action's (or a recurring document's occurrence's) status and note,
/// `kind` naming what it is: "Toimenpide ”X”: Etenee » Valmis, ”Hanke
/// valmis [100 %]”".
pub(super) fn status(kind: Message, name: &str, old: Status, new: Status, note: &str) -> Message {
    let m = match (old == new, note.is_empty()) {
        (true, _) => Message::new("round-said-note"),
        (false, true) => Message::new("round-said-status"),
        (false, false) => Message::new("round-said-status-note"),
    };
    m.arg_msg("kind", kind)
        .arg("name", name)
        .arg_msg("old", Message::new(old.message_id()))
        .arg_msg("new", Message::new(new.message_id()))
        .arg("note", note)
}

/// One occurrence of a recurring document: its name and the occurrence.
pub(super) fn occurrence_name(name: &str, occurrence: &PlanDate) -> String {
    format!("{name} {}", occurrence.to_finnish())
}

/// An indicator's actual for a period: "Mittari ”X” 2026: 18 420 » 18 512 as.".
pub(super) fn actual(
    name: &str,
    period: &PlanDate,
    old: Option<f64>,
    new: f64,
    unit: &str,
) -> Message {
    let m = match old {
        Some(old) => Message::new("round-said-actual").figure("old", old),
        None => Message::new("round-said-actual-new"),
    };
    m.arg_msg("kind", Message::new("entity-indicator"))
        .arg("name", name)
        .arg("period", period.to_finnish())
        .figure("new", new)
        // The unit after a no-break space, or nothing.
        .arg(
            "unit",
            if unit.is_empty() {
                String::new()
            } else {
                format!("{}{unit}", crate::i18n::NBSP)
            },
        )
}
