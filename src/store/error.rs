//! Errors opening, reading and writing a project file.

use crate::i18n::Message;

/// Why a project file could not be opened, read or written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    /// The file is empty.
    #[error("{path}: the file is empty")]
    Empty { path: String },
    /// Not a SQLite file at all; `looks_like` names what it seems to be.
    #[error("{path}: not a Tiekartta project file (looks like {looks_like})")]
    NotAProject {
        path: String,
        looks_like: &'static str,
    },
    /// A SQLite database, but of another application.
    #[error("{path}: a SQLite database of another application")]
    OtherDatabase { path: String },
    /// Shorter than its own header says: cut off in a copy or a download.
    #[error("{path}: the file is truncated")]
    Truncated { path: String },
    /// Damaged inside.
    #[error("{path}: the file is damaged: {detail}")]
    Corrupt { path: String, detail: String },
    /// Holds parts a project file never has (a trigger, a view, another table).
    #[error("{path}: the file contains {what}, which a project file never has")]
    UnexpectedPart { path: String, what: String },
    /// Written by a newer Tiekartta.
    #[error("{path}: format version {found}; this Tiekartta reads up to {supported}")]
    NewerFormat {
        path: String,
        found: i64,
        supported: i64,
    },
    /// An older format version this build cannot convert.
    #[error("{path}: format version {found} is not known")]
    UnknownFormat { path: String, found: i64 },
    /// The edit history inside the file cannot be read.
    #[error("{path}: the edit history cannot be read: {detail}")]
    History { path: String, detail: String },
    /// The history holds data that is not a strategy.
    #[error("the strategy in the history does not have the expected shape: {detail}")]
    Content { detail: String },
    /// Larger than Tiekartta opens.
    #[error("{path}: {size} bytes; at most {max} are opened")]
    TooLarge { path: String, size: u64, max: u64 },
    /// Two entities of one list share an id, so they could not be merged later.
    #[error("the id {id:?} is used twice in {list}")]
    DuplicateId { list: String, id: String },
    /// Reading or writing the file failed.
    #[error("{path}: {detail}")]
    Io { path: String, detail: String },
    /// The file is read-only: a save never replaces it.
    #[error("{path}: the file is read-only")]
    ReadOnly { path: String },
    /// Since it was read, the file was replaced by one that cannot be read.
    #[error("{path}: replaced on disk by a file that cannot be read: {detail}")]
    ReplacedUnreadable { path: String, detail: String },
    /// Since it was read, the file was replaced by another strategy.
    #[error("{path}: replaced on disk by another strategy")]
    ReplacedByOther { path: String },
    /// No snapshot has this id (or starts with it).
    #[error("no snapshot {id}")]
    SnapshotUnknown { id: String },
    /// Several snapshots start with this id.
    #[error("several snapshots start with {id}")]
    SnapshotAmbiguous { id: String },
    /// The project has no snapshots yet.
    #[error("the project has no snapshots")]
    NoSnapshots,
    /// A snapshot's point in the history is not in this history.
    #[error("the snapshot's point in the history cannot be found: {id}")]
    SnapshotHeads { id: String },
}

/// Results of store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;

impl StoreError {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        match self {
            StoreError::Empty { path } => Message::new("store-empty").arg("path", path),
            StoreError::NotAProject { path, looks_like } => {
                let id = match *looks_like {
                    "json" => "store-looks-like-json",
                    "image" => "store-looks-like-image",
                    "archive" => "store-looks-like-archive",
                    "pdf" => "store-looks-like-pdf",
                    _ => "store-not-a-project",
                };
                Message::new(id).arg("path", path)
            }
            StoreError::OtherDatabase { path } => {
                Message::new("store-other-database").arg("path", path)
            }
            StoreError::Truncated { path } => Message::new("store-truncated").arg("path", path),
            StoreError::Corrupt { path, detail } => Message::new("store-corrupt")
                .arg("path", path)
                .arg("detail", detail),
            StoreError::UnexpectedPart { path, what } => Message::new("store-unexpected-part")
                .arg("path", path)
                .arg("what", what),
            StoreError::NewerFormat {
                path,
                found,
                supported,
            } => Message::new("store-newer-format")
                .arg("path", path)
                .num("found", *found as f64)
                .num("supported", *supported as f64),
            StoreError::UnknownFormat { path, found } => Message::new("store-unknown-format")
                .arg("path", path)
                .num("found", *found as f64),
            StoreError::History { path, detail } => Message::new("store-history")
                .arg("path", path)
                .arg("detail", detail),
            StoreError::Content { detail } => Message::new("store-content").arg("detail", detail),
            StoreError::TooLarge { path, size, max } => Message::new("store-too-large")
                .arg("path", path)
                .num("size", *size as f64)
                .num("max", *max as f64),
            StoreError::DuplicateId { list, id } => Message::new("store-duplicate-id")
                .arg("list", list)
                .arg("id", id),
            StoreError::Io { path, detail } => Message::new("store-io")
                .arg("path", path)
                .arg("detail", detail),
            StoreError::ReadOnly { path } => Message::new("store-read-only").arg("path", path),
            StoreError::ReplacedUnreadable { path, detail } => {
                Message::new("store-replaced-unreadable")
                    .arg("path", path)
                    .arg("detail", detail)
            }
            StoreError::ReplacedByOther { path } => {
                Message::new("store-replaced-by-other").arg("path", path)
            }
            StoreError::SnapshotUnknown { id } => {
                Message::new("store-snapshot-unknown").arg("id", id)
            }
            StoreError::SnapshotAmbiguous { id } => {
                Message::new("store-snapshot-ambiguous").arg("id", id)
            }
            StoreError::NoSnapshots => Message::new("store-no-snapshots"),
            StoreError::SnapshotHeads { id } => {
                Message::new("store-snapshot-heads").arg("detail", id)
            }
        }
    }
}
