//! Errors from building model values (dates, periods, ids).

use crate::i18n::Message;

/// A value that cannot be part of a strategy.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ModelError {
    /// Not a date in any form Tiekartta reads.
    #[error("not a date: {0:?} (write 2030, 9/2018 or 16.5.2017)")]
    InvalidDate(String),
    /// A period whose end lies before its start.
    #[error("the end {end} is before the start {start}")]
    EndBeforeStart { start: String, end: String },
}

/// Results of model operations.
pub type Result<T, E = ModelError> = std::result::Result<T, E>;

impl ModelError {
    /// The message to show a person, in any language.
    pub fn message(&self) -> Message {
        match self {
            ModelError::InvalidDate(text) => Message::new("model-invalid-date").arg("text", text),
            ModelError::EndBeforeStart { start, end } => Message::new("model-end-before-start")
                .arg("start", start)
                .arg("end", end),
        }
    }
}
