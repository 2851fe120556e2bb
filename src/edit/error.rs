//! Why an edit cannot be made: it names an item that is not there (the
//! screen was behind the document), or gives a field a value the model does
//! not take. The strategy is left as it was.

use crate::i18n::Message;
use crate::model::part::ListKey;

/// An edit that cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The item named is not in the strategy.
    #[error("{} {id} not found", list.kind())]
    NotFound {
        /// The list it was looked for in.
        list: ListKey,
        /// Its id.
        id: String,
    },
    /// A list named where it is not: a nested list at the top, a top-level
    /// list inside an item, or a list an item of that kind does not have.
    #[error("no list {} there", list.key())]
    NoSuchList {
        /// The list.
        list: ListKey,
    },
    /// A field given a value the model does not take, or a field that may
    /// not be set this way (an id, a list of the strategy).
    #[error("{} {name}: {detail}", list.map_or("strategy", ListKey::kind))]
    Invalid {
        /// The list of the item, none for the strategy itself.
        list: Option<ListKey>,
        /// The item's name (or id).
        name: String,
        /// What is wrong.
        detail: String,
    },
    /// A theme removed while actions still belong to it: they would be left
    /// without a theme, so they are moved or removed first.
    #[error("{name} still has {count} actions")]
    StillHasActions {
        /// The theme's name.
        name: String,
        /// How many actions belong to it.
        count: usize,
    },
    /// An item added with an id its list already has.
    #[error("{} {id} exists", list.kind())]
    Duplicate {
        /// The list.
        list: ListKey,
        /// The id.
        id: String,
    },
}

impl EditError {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        let kind = |l: ListKey| Message::new(l.name_id());
        match self {
            EditError::NotFound { list, id } => Message::new("edit-not-found")
                .arg_msg("kind", kind(*list))
                .arg("id", id),
            EditError::NoSuchList { list } => {
                Message::new("edit-no-such-list").arg("list", list.key())
            }
            EditError::Invalid { list, name, detail } => Message::new("edit-invalid")
                .arg_msg(
                    "kind",
                    Message::new(list.map_or("entity-strategy", ListKey::name_id)),
                )
                .arg("name", name)
                .arg("detail", detail),
            EditError::StillHasActions { name, count } => Message::new("edit-theme-has-actions")
                .arg("name", name)
                .num("count", *count as f64),
            EditError::Duplicate { list, id } => Message::new("edit-duplicate")
                .arg_msg("kind", kind(*list))
                .arg("id", id),
        }
    }
}
