//! Edits as intents: what a person did (renamed an action, set its status,
//! removed an owner, entered an actual), applied to the strategy in place
//! with the rules that go with it: a removed owner leaves everything it was
//! named in, an action's status follows its latest recorded change, an
//! indicator has one actual per date, a period given one end stands for
//! both. The UI, the returned workbook and the conflict choice all send
//! these; each names the parts it touched ([`crate::model::part`]), so undo
//! and the history cost what the edit changed.
//!
//! ```text
//! Change ──apply──▶ Strategy (patched in place) + parts touched + their images before
//! ```

mod apply;
mod error;
mod path;
mod rules;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::model::part::ListKey;
use crate::model::{Id, Measurement, PlanDate, Status};

pub use apply::{Applied, apply};
pub use error::EditError;

/// Fields of an item by their JSON names, as the interchange JSON writes
/// them; a `null` clears a field.
pub type Fields = serde_json::Map<String, serde_json::Value>;

/// One step into the strategy: the entity `id` of the list `list`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Step {
    /// The list.
    pub list: ListKey,
    /// The entity's id.
    pub id: Id,
}

/// Where an item is: the steps from the strategy down to it, the first one
/// into a top-level list (`actions/a1`, `themes/t1 › goals/g2`).
pub type ItemPath = Vec<Step>;

/// Which end of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum End {
    /// The first date.
    Start,
    /// The last date.
    End,
}

/// One edit, as the person made it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "op", rename_all = "camelCase", rename_all_fields = "camelCase")]
pub enum Change {
    /// Sets the strategy's own fields (never its lists).
    Strategy {
        /// The fields and their new values.
        #[ts(type = "Record<string, unknown>")]
        fields: Fields,
    },
    /// Sets fields of one item (never its id).
    Item {
        /// The item.
        path: ItemPath,
        /// The fields and their new values.
        #[ts(type = "Record<string, unknown>")]
        fields: Fields,
    },
    /// Adds an item at the end of a list; it gets a fresh id unless it has one.
    Add {
        /// The item the list belongs to; empty for a top-level list.
        parent: ItemPath,
        /// The list.
        list: ListKey,
        /// The new item's fields.
        #[ts(type = "Record<string, unknown>")]
        item: Fields,
    },
    /// Removes an item, and every reference to it.
    Remove {
        /// The item.
        path: ItemPath,
    },
    /// Moves an item one place up (-1) or down (+1) in its list.
    Move {
        /// The item.
        path: ItemPath,
        /// Up (-1) or down (+1).
        by: i32,
    },
    /// Sets an action's status and records the change with its date.
    Status {
        /// The action.
        action: Id,
        /// The new status.
        status: Status,
        /// When it changed.
        date: PlanDate,
        /// Why, in a few words.
        #[serde(default)]
        note: String,
        /// The recorded change's id; a fresh one when none is given.
        #[serde(default)]
        id: Option<Id>,
    },
    /// Records the status of one occurrence of an action, document or
    /// milestone (keyed by that occurrence's due date, see
    /// [`crate::schedule`]); a recurring item's own status stays as it is,
    /// a one-off document or milestone takes it as its own.
    Occurrence {
        /// The action, document or milestone.
        item: Id,
        /// The occurrence: its due date.
        occurrence: PlanDate,
        /// Its status.
        status: Status,
        /// When it changed.
        date: PlanDate,
        /// Why, in a few words.
        #[serde(default)]
        note: String,
        /// The recorded change's id; a fresh one when none is given.
        #[serde(default)]
        id: Option<Id>,
    },
    /// Enters an actual of an indicator: one per date, a second entry for a
    /// date replaces the first; kept oldest first.
    Actual {
        /// The indicator.
        indicator: Id,
        /// The measurement.
        actual: Measurement,
    },
    /// Removes the actual of `date`.
    RemoveActual {
        /// The indicator.
        indicator: Id,
        /// The actual's date.
        date: PlanDate,
    },
    /// Sets or clears one end of a period: the strategy's (no path) or a
    /// document's. The one end given stands for both until the other is
    /// given; clearing one end leaves the other standing for both.
    PeriodEnd {
        /// The document, or none for the strategy.
        #[serde(default)]
        path: Option<ItemPath>,
        /// Which end.
        end: End,
        /// The date, or none to clear it.
        date: Option<PlanDate>,
    },
    /// Several edits as one.
    All {
        /// The edits, in order.
        changes: Vec<Change>,
    },
}
