//! The error of the whole core: every module's error, with a stable code and a
//! message in the user's language.
//!
//! The CLI prints [`Error::to_text`]; the app receives [`Error::to_user`]
//! (`{code, message}`) and switches on the code, never on the text.

use serde::Serialize;

use crate::i18n::{Lang, Message};

/// Anything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A model value (a date, a period) is wrong.
    #[error(transparent)]
    Model(#[from] crate::model::ModelError),
    /// Interchange JSON could not be read.
    #[error(transparent)]
    Edit(#[from] crate::edit::EditError),
    #[error(transparent)]
    Interchange(#[from] crate::interchange::InterchangeError),
    /// A project file could not be opened, read or written.
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    /// Copies could not be merged, or a conflict not resolved.
    #[error(transparent)]
    Merge(#[from] crate::merge::MergeError),
    /// A handout could not be laid out.
    #[error(transparent)]
    Layout(#[from] crate::layout::LayoutError),
    /// A handout could not be written as PDF.
    #[error(transparent)]
    Pdf(#[from] crate::pdf::PdfError),
    /// A handout could not be written as PowerPoint.
    #[error(transparent)]
    Pptx(#[from] crate::pptx::PptxError),
    /// A handout page could not be drawn as PNG.
    #[error(transparent)]
    Png(#[from] crate::png::PngError),
    /// The editing session cannot do this now.
    #[error(transparent)]
    Session(#[from] crate::session::SessionError),
    /// A strategy could not be shared or synced through a sync server.
    #[error(transparent)]
    Sync(#[from] crate::sync::SyncError),
    /// A round's workbook could not be written or an answer not read.
    #[error(transparent)]
    Round(#[from] crate::round::RoundError),
    /// A document could not be read for a draft.
    #[error(transparent)]
    Draft(#[from] crate::draft::DraftError),
    /// Reading or writing a file failed.
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
}

/// Results of core operations.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// An error as the app shows it: a code to switch on and a sentence to read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct UserError {
    /// Stable code, such as `store-newer-format`.
    pub code: String,
    /// The sentence in the user's language.
    pub message: String,
}

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl AsRef<std::path::Path>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.as_ref().display().to_string(),
            source,
        }
    }

    /// The message to show a person.
    pub fn message(&self) -> Message {
        match self {
            Error::Model(e) => e.message(),
            Error::Edit(e) => e.message(),
            Error::Interchange(e) => e.message(),
            Error::Layout(e) => e.message(),
            Error::Pdf(e) => e.message(),
            Error::Pptx(e) => e.message(),
            Error::Png(e) => e.message(),
            Error::Store(e) => e.message(),
            Error::Merge(e) => e.message(),
            Error::Session(e) => e.message(),
            Error::Sync(e) => e.message(),
            Error::Round(e) => e.message(),
            Error::Draft(e) => e.message(),
            Error::Io { path, source } => {
                let id = match source.kind() {
                    std::io::ErrorKind::NotFound => "io-not-found",
                    std::io::ErrorKind::PermissionDenied => "io-permission-denied",
                    _ => "io-other",
                };
                Message::new(id).arg("path", path).arg("detail", source)
            }
        }
    }

    /// The stable code of this error.
    pub fn code(&self) -> &'static str {
        self.message().id
    }

    /// The error as one readable line in `lang`.
    pub fn to_text(&self, lang: Lang) -> String {
        lang.tr(&self.message())
    }

    /// The error as the app receives it.
    pub fn to_user(&self, lang: Lang) -> UserError {
        UserError {
            code: self.code().to_owned(),
            message: self.to_text(lang),
        }
    }
}
