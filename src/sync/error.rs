//! Errors sharing, opening and syncing a strategy through a sync server.

use crate::i18n::Message;
use crate::store::StoreError;

/// Why a strategy could not be shared, opened or synced.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    /// The server address is not a `ws://` or `wss://` URL.
    #[error("{url}: not a sync server address (ws:// or wss://)")]
    BadUrl { url: String },
    /// The address carries a user name or password, which is never stored.
    #[error("{url}: the address contains a user name or password")]
    Credentials { url: String },
    /// The document id is not an automerge-repo document id.
    #[error("{id}: not a document id")]
    BadDocumentId { id: String },
    /// The file was never shared: it has no server or document id.
    #[error("{path}: not shared to a sync server")]
    NotShared { path: String },
    /// The server could not be reached.
    #[error("{url}: the sync server cannot be reached")]
    Unreachable { url: String },
    /// The server did not answer in time.
    #[error("{url}: the sync server did not answer within {seconds} s")]
    Timeout { url: String, seconds: u64 },
    /// The server does not have the document.
    #[error("{url}: no document {id}")]
    NotFound { url: String, id: String },
    /// The document on the server is not a copy of this strategy.
    #[error("{url}: document {id} is another strategy")]
    OtherStrategy { url: String, id: String },
    /// The local sync machinery could not start or stopped.
    #[error("the sync could not run: {detail}")]
    Internal { detail: String },
    /// The project itself could not be read or merged.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Results of sync operations.
pub type Result<T, E = SyncError> = std::result::Result<T, E>;

impl SyncError {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        match self {
            SyncError::BadUrl { url } => Message::new("sync-bad-url").arg("url", url),
            SyncError::Credentials { url } => Message::new("sync-credentials").arg("url", url),
            SyncError::BadDocumentId { id } => Message::new("sync-bad-document-id").arg("id", id),
            SyncError::NotShared { path } => Message::new("sync-not-shared").arg("path", path),
            SyncError::Unreachable { url } => Message::new("sync-unreachable").arg("url", url),
            SyncError::Timeout { url, seconds } => Message::new("sync-timeout")
                .arg("url", url)
                .num("seconds", *seconds as f64),
            SyncError::NotFound { url, id } => {
                Message::new("sync-not-found").arg("url", url).arg("id", id)
            }
            SyncError::OtherStrategy { url, id } => Message::new("sync-other-strategy")
                .arg("url", url)
                .arg("id", id),
            SyncError::Internal { detail } => Message::new("sync-internal").arg("detail", detail),
            SyncError::Store(e) => e.message(),
        }
    }
}
