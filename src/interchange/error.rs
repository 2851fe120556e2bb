//! Errors reading interchange JSON.

use crate::i18n::Message;

/// Why a JSON text is not a strategy Tiekartta can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InterchangeError {
    /// Not JSON at all, or broken JSON.
    #[error("not valid JSON at line {line}, column {column}: {detail}")]
    NotJson {
        line: usize,
        column: usize,
        detail: String,
    },
    /// JSON, but not a Tiekartta strategy.
    #[error("this JSON is not a Tiekartta strategy (no \"format\": \"tiekartta\")")]
    NotTiekartta,
    /// Written by a newer Tiekartta.
    #[error("the file is format version {found}; this Tiekartta reads up to {supported}")]
    NewerVersion { found: u64, supported: u64 },
    /// A Tiekartta strategy with fields of the wrong shape: every one found.
    #[error("the strategy does not have the expected shape ({} problems)", problems.len())]
    WrongShape {
        /// The problems, each naming its item and field.
        problems: Vec<super::shape::ShapeProblem>,
    },
    /// Larger than Tiekartta reads.
    #[error("the file is {size} bytes; at most {max} are read")]
    TooLarge { size: u64, max: u64 },
}

/// Results of interchange operations.
pub type Result<T, E = InterchangeError> = std::result::Result<T, E>;

impl InterchangeError {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        match self {
            InterchangeError::NotJson {
                line,
                column,
                detail,
            } => Message::new("json-not-json")
                .num("line", *line as f64)
                .num("column", *column as f64)
                .arg("detail", detail),
            InterchangeError::NotTiekartta => Message::new("json-not-tiekartta"),
            InterchangeError::NewerVersion { found, supported } => {
                Message::new("json-newer-version")
                    .num("found", *found as f64)
                    .num("supported", *supported as f64)
            }
            InterchangeError::WrongShape { problems } => Message::new("json-wrong-shape")
                .num("count", problems.len() as f64)
                .arg_lines("problems", problems.iter().map(|p| p.message()).collect()),
            InterchangeError::TooLarge { size, max } => Message::new("json-too-large")
                .num("size", *size as f64)
                .num("max", *max as f64),
        }
    }
}
