//! What can go wrong when laying out a handout.

use crate::i18n::Message;

/// A handout could not be laid out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LayoutError {
    /// The fonts or the hyphenation dictionary could not be read.
    #[error(transparent)]
    Text(#[from] crate::text::TextError),
    /// The time range asked for ends before it starts.
    #[error("the range {from}–{to} ends before it starts")]
    EmptyRange { from: i32, to: i32 },
    /// The screen or paper is too small for anything to fit.
    #[error("a page {width}×{height} pt is too small for a handout")]
    PageTooSmall { width: i32, height: i32 },
}

/// Results of laying out.
pub type Result<T, E = LayoutError> = std::result::Result<T, E>;

impl LayoutError {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        match self {
            LayoutError::Text(e) => e.message(),
            LayoutError::EmptyRange { from, to } => Message::new("handout-empty-range")
                .arg("from", from)
                .arg("to", to),
            LayoutError::PageTooSmall { width, height } => Message::new("handout-page-too-small")
                .arg("width", width)
                .arg("height", height),
        }
    }
}
