//! What can go wrong in an editing session besides the file, merge and
//! layout errors of the stages it calls: asking for a document, a recovery
//! or a file the session does not have. The codes are the Fluent ids.

use crate::i18n::Message;

/// An operation the session cannot do in its present state.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    /// No strategy is open.
    #[error("no document is open")]
    NoDocument,
    /// A merge needs a project file, so that the copies share a history.
    #[error("merging needs a saved project")]
    MergeNeedsProject,
    /// There is no work left by a crash.
    #[error("no recovery file")]
    NoRecovery,
    /// The UI named a file that was not opened before.
    #[error("not in the recent list")]
    NotRecent,
    /// The years of a new strategy do not read as a period of years.
    #[error("years {0} unreadable")]
    BadYears(String),
    /// The UI named a file that is not a conflict copy of the open file.
    #[error("not a conflict copy of the open file")]
    NotACopy,
    /// A follow-up round is recorded in the project file: the strategy
    /// must be saved as one first.
    #[error("a round needs a saved project file")]
    RoundNeedsProject,
    /// Sharing and syncing go through the project file's history: the
    /// strategy must be saved as one first.
    #[error("syncing needs a saved project file")]
    SyncNeedsProject,
    /// A council snapshot is kept in the project file's history.
    #[error("a snapshot needs a saved project file")]
    SnapshotNeedsProject,
    /// A snapshot names the meeting it is for.
    #[error("a snapshot needs the meeting's name")]
    NoMeeting,
    /// No action list was previewed for what is asked (or it was taken already).
    #[error("no action list previewed")]
    NoList,
}

impl SessionError {
    /// The message to show a person.
    pub fn message(&self) -> Message {
        if let SessionError::BadYears(years) = self {
            return Message::new("cli-new-bad-years").arg("years", years);
        }
        Message::new(match self {
            SessionError::NoDocument => "app-no-document",
            SessionError::MergeNeedsProject => "app-merge-needs-project",
            SessionError::NoRecovery => "app-no-recovery",
            SessionError::NotRecent => "app-not-recent",
            SessionError::NotACopy => "app-not-a-copy",
            SessionError::RoundNeedsProject => "app-round-needs-project",
            SessionError::SyncNeedsProject => "app-sync-needs-project",
            SessionError::SnapshotNeedsProject => "app-snapshot-needs-project",
            SessionError::NoMeeting => "app-snapshot-needs-meeting",
            SessionError::NoList => "app-list-none",
            SessionError::BadYears(_) => "cli-new-bad-years",
        })
    }
}
