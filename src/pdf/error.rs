//! What can go wrong when writing a PDF.

use crate::i18n::Message;

/// A PDF could not be written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    /// A font could not be embedded.
    #[error("the font {0} could not be embedded")]
    Font(&'static str),
    /// The layout has no pages.
    #[error("the handout has no pages")]
    NoPages,
    /// The PDF library failed to write the file.
    #[error("writing the PDF failed: {0}")]
    Write(String),
}

/// Results of PDF writing.
pub type Result<T, E = PdfError> = std::result::Result<T, E>;

impl PdfError {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        match self {
            PdfError::Font(name) => Message::new("handout-pdf-font").arg("name", name),
            PdfError::NoPages => Message::new("handout-pdf-no-pages"),
            PdfError::Write(detail) => Message::new("handout-pdf-write").arg("detail", detail),
        }
    }
}
