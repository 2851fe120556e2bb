//! Errors merging copies and resolving conflicts.

use crate::i18n::Message;

/// Why copies could not be merged or a conflict not resolved.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MergeError {
    /// The copies share no history: they were not made from one file.
    #[error("{a} and {b} have no common origin")]
    NoCommonOrigin { a: String, b: String },
    /// Fewer than two copies given.
    #[error("at least two copies are needed")]
    TooFewCopies,
    /// No conflict with this id.
    #[error("no conflict {id:?}")]
    UnknownConflict { id: String },
    /// The conflict has no value with this id.
    #[error("conflict {conflict:?} has no value {value:?}")]
    UnknownValue { conflict: String, value: String },
    /// Writing into the history failed.
    #[error("writing the merge failed: {detail}")]
    Write { detail: String },
}

/// Results of merge operations.
pub type Result<T, E = MergeError> = std::result::Result<T, E>;

impl MergeError {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        match self {
            MergeError::NoCommonOrigin { a, b } => Message::new("merge-no-common-origin")
                .arg("a", a)
                .arg("b", b),
            MergeError::TooFewCopies => Message::new("merge-too-few-copies"),
            MergeError::UnknownConflict { id } => {
                Message::new("merge-unknown-conflict").arg("id", id)
            }
            MergeError::UnknownValue { conflict, value } => Message::new("merge-unknown-value")
                .arg("id", conflict)
                .arg("value", value),
            MergeError::Write { detail } => Message::new("merge-write").arg("detail", detail),
        }
    }
}
