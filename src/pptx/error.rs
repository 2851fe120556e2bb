//! What can go wrong when writing a PowerPoint file.

use crate::i18n::Message;

/// A `.pptx` could not be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PptxError {
    /// The layout has no pages.
    #[error("the handout has no pages")]
    NoPages,
    /// The zip archive could not be written.
    #[error("writing the PowerPoint file failed: {0}")]
    Write(String),
}

/// Results of PowerPoint writing.
pub type Result<T, E = PptxError> = std::result::Result<T, E>;

impl PptxError {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        match self {
            PptxError::NoPages => Message::new("handout-pdf-no-pages"),
            PptxError::Write(detail) => Message::new("handout-pptx-write").arg("detail", detail),
        }
    }
}
