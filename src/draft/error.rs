//! What can go wrong when a document is read for a draft.

use crate::i18n::Message;

/// A document could not be read for a draft.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DraftError {
    /// The file is larger than a draft may be made from.
    #[error("{file} is larger than {max} bytes")]
    TooLarge {
        /// The file, as given.
        file: String,
        /// The limit in bytes.
        max: u64,
    },
    /// The file is not a Word document (`.docx`).
    #[error("{file} is not a .docx document")]
    NotDocx {
        /// The file, as given.
        file: String,
    },
    /// The document could not be read (a broken zip, a zip bomb, bad XML).
    #[error("{file} could not be read: {detail}")]
    Unreadable {
        /// The file, as given.
        file: String,
        /// What the reader said.
        detail: String,
    },
}

/// Results of reading a document for a draft.
pub type Result<T, E = DraftError> = std::result::Result<T, E>;

impl DraftError {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        match self {
            DraftError::TooLarge { file, max } => Message::new("draft-too-large")
                .arg("file", file)
                .num("max", (*max / 1_000_000) as f64),
            DraftError::NotDocx { file } => Message::new("draft-not-docx").arg("file", file),
            DraftError::Unreadable { file, detail } => Message::new("draft-unreadable")
                .arg("file", file)
                .arg("detail", detail),
        }
    }
}
