//! What can go wrong when a round goes out or an answer comes back.

use crate::i18n::Message;

/// A round workbook could not be written, or a returned file not read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RoundError {
    /// Writing a workbook failed.
    #[error("writing the workbook failed: {0}")]
    Write(String),
    /// The file is not an `.xlsx` workbook (a CSV, an old `.xls`, something else).
    #[error("{file} is not an .xlsx workbook")]
    NotWorkbook {
        /// The file, as given.
        file: String,
    },
    /// The file is larger than a returned workbook may be.
    #[error("{file} is larger than {max} bytes")]
    TooLarge {
        /// The file, as given.
        file: String,
        /// The limit in bytes.
        max: u64,
    },
    /// The workbook could not be read (a broken zip, a zip bomb, bad XML).
    #[error("{file} could not be read: {detail}")]
    Unreadable {
        /// The file, as given.
        file: String,
        /// What the reader said.
        detail: String,
    },
    /// The workbook carries no round (not sent by Tiekartta, or its hidden
    /// sheet was removed).
    #[error("{file} is not a workbook of a round")]
    NotRound {
        /// The file, as given.
        file: String,
    },
    /// No sheet of the file has an action list (a header row with an action
    /// column and one more known column).
    #[error("{file} has no action list")]
    NoList {
        /// The file, as given.
        file: String,
    },
    /// The workbook belongs to another strategy.
    #[error("{file} belongs to another strategy")]
    OtherStrategy {
        /// The file, as given.
        file: String,
    },
}

/// Results of rounds.
pub type Result<T, E = RoundError> = std::result::Result<T, E>;

impl RoundError {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        match self {
            RoundError::Write(detail) => Message::new("round-write").arg("detail", detail),
            RoundError::NotWorkbook { file } => {
                Message::new("round-not-workbook").arg("file", file)
            }
            RoundError::TooLarge { file, max } => Message::new("round-too-large")
                .arg("file", file)
                .num("max", (*max / 1_000_000) as f64),
            RoundError::Unreadable { file, detail } => Message::new("round-unreadable")
                .arg("file", file)
                .arg("detail", detail),
            RoundError::NotRound { file } => Message::new("round-not-round").arg("file", file),
            RoundError::NoList { file } => Message::new("list-no-list").arg("file", file),
            RoundError::OtherStrategy { file } => {
                Message::new("round-other-strategy").arg("file", file)
            }
        }
    }
}

impl From<rust_xlsxwriter::XlsxError> for RoundError {
    fn from(e: rust_xlsxwriter::XlsxError) -> Self {
        RoundError::Write(e.to_string())
    }
}
