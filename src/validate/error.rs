//! The problems validation finds.

use crate::i18n::Message;

/// Whether a problem stops the strategy from being saved as valid.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    serde::Serialize,
    schemars::JsonSchema,
    ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum Severity {
    /// Worth a look, but the strategy is valid.
    Warning,
    /// The strategy is not valid until this is fixed.
    Error,
}

/// One thing wrong with a strategy.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProblemKind {
    /// A name that is empty or only spaces.
    #[error("no name")]
    EmptyName,
    /// A text longer than Tiekartta keeps.
    #[error("{field} is {len} characters long; at most {max} are allowed")]
    TextTooLong {
        field: &'static str,
        len: usize,
        max: usize,
    },
    /// An end date before the start date.
    #[error("the end {end} is before the start {start}")]
    EndBeforeStart { start: String, end: String },
    /// A due date outside the strategy's period.
    #[error("the date {date} is outside the strategy period {period}")]
    OutsidePeriod { date: String, period: String },
    /// A reference to an entity that does not exist.
    #[error("{field} refers to {target:?}, which does not exist")]
    DanglingReference { field: &'static str, target: String },
    /// Two entities with one id.
    #[error("the id {id:?} is used more than once")]
    DuplicateId { id: String },
    /// An id with characters Tiekartta does not allow.
    #[error("the id {id:?} is not allowed (letters, digits, . _ - and at most 64 characters)")]
    MalformedId { id: String },
    /// A bullet nested deeper than two levels.
    #[error("bullets nest at most two levels deep")]
    BulletTooDeep,
    /// A colour that is not `#rrggbb`.
    #[error("the colour {color:?} is not of the form #rrggbb")]
    InvalidColor { color: String },
    /// Two actuals of one indicator at the same date.
    #[error("two actuals are dated {date}")]
    DuplicateActual { date: String },
    /// An actual dated after today (a typo in the year, most often).
    #[error("an actual is dated {date}, in the future")]
    FutureActual { date: String },
    /// More entities than Tiekartta keeps.
    #[error("{count} items; at most {max} are allowed")]
    TooMany { count: usize, max: usize },
}

impl ProblemKind {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        use ProblemKind::*;
        match self {
            EmptyName => Message::new("problem-empty-name"),
            TextTooLong { field, len, max } => Message::new("problem-text-too-long")
                .arg("field", field)
                .num("len", *len as f64)
                .num("max", *max as f64),
            EndBeforeStart { start, end } => Message::new("problem-end-before-start")
                .arg("start", start)
                .arg("end", end),
            OutsidePeriod { date, period } => Message::new("problem-outside-period")
                .arg("date", date)
                .arg("period", period),
            DanglingReference { field, target } => Message::new("problem-dangling-reference")
                .arg("field", field)
                .arg("target", target),
            DuplicateId { id } => Message::new("problem-duplicate-id").arg("id", id),
            MalformedId { id } => Message::new("problem-malformed-id").arg("id", id),
            BulletTooDeep => Message::new("problem-bullet-too-deep"),
            InvalidColor { color } => Message::new("problem-invalid-color").arg("color", color),
            DuplicateActual { date } => Message::new("problem-duplicate-actual").arg("date", date),
            FutureActual { date } => Message::new("problem-future-actual").arg("date", date),
            TooMany { count, max } => Message::new("problem-too-many")
                .num("count", *count as f64)
                .num("max", *max as f64),
        }
    }

    /// The code the UI switches on.
    pub fn code(&self) -> &'static str {
        self.message().id
    }
}
