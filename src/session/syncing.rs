//! A strategy shared through a sync server, in the app: shared from the open
//! project file, opened from a server into a new file, and synced (now, and
//! by the shell every few seconds while it is shared). The exchange with the
//! server runs on a copy of the project outside the session's lock, so the
//! app stays responsive however slow the network; the copy then comes back
//! as a merge, with the edits made meanwhile kept, and the file is saved —
//! a shared strategy is saved with every sync, as its edits go to the
//! server. The rules are `crate::sync`'s and the merge's.

use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

use super::{Incoming, Merged, Opened, Session, file_name, now_ms, shared};
use crate::store::{Author, Project};
use crate::sync;

/// Where the open strategy is shared.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SharedAt {
    /// The server's address (`wss://…`).
    pub server: String,
    /// The document's id on the server (unguessable: whoever has it can open the strategy).
    pub document: String,
}

/// A sync done.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Synced {
    /// Where the strategy is shared.
    pub shared: SharedAt,
    /// What came from the server (empty when nothing did).
    pub incoming: Vec<Incoming>,
    /// The strategy after the sync (what came in is one undoable step), saved.
    pub merged: Merged,
}

impl Session {
    /// Where the open strategy is shared, if it is.
    pub fn shared_at(&self) -> Option<SharedAt> {
        let inner = self.lock();
        let (server, document) = inner.doc.as_ref()?.shared_at()?;
        Some(SharedAt { server, document })
    }

    /// Shares the open project file to the sync server at `server` and
    /// saves the file with the server and the document id in its settings.
    pub fn share(&self, server: &str) -> crate::Result<Synced> {
        let mut copy = self.copy_to_sync()?;
        sync::share(&mut copy, server)?;
        self.take_synced(&copy)
    }

    /// Syncs the open strategy with its server once: its edits go, the
    /// server's come in. `None` when it is not shared.
    pub fn sync_now(&self) -> crate::Result<Option<Synced>> {
        if self.shared_at().is_none() {
            return Ok(None);
        }
        let mut copy = self.copy_to_sync()?;
        sync::sync(&mut copy)?;
        self.take_synced(&copy).map(Some)
    }

    /// The strategy `id` on the server at `server`, with its whole history,
    /// saved as the project file `path` and opened.
    pub fn open_shared(&self, server: &str, id: &str, path: &Path) -> crate::Result<Opened> {
        let mut path = path.to_path_buf();
        if !super::open::is_project(&path) {
            path.set_extension("tiekartta");
        }
        let mut project: Project = sync::open_shared(server, id)?;
        project.save(&path)?;
        self.open(&path)
    }

    fn copy_to_sync(&self) -> crate::Result<Project> {
        self.with_doc(|doc, s| doc.copy_to_sync(&Author::new(s.author.clone())))
    }

    fn take_synced(&self, copy: &Project) -> crate::Result<Synced> {
        let synced = self.with_doc(|doc, s| {
            let (lang, author) = (s.lang, Author::new(s.author.clone()));
            let label = lang.text("app-edit-synced");
            let entries = doc.take_synced(copy, &author, &label, now_ms())?;
            let name = doc
                .shared_at()
                .map(|(server, _)| server)
                .unwrap_or_else(|| doc.path().map(file_name).unwrap_or_default());
            let incoming = if entries.is_empty() {
                vec![]
            } else {
                vec![shared::incoming(name, &entries, lang)]
            };
            Ok((incoming, self.merged(doc, lang, vec![])))
        })?;
        self.autosave.clear();
        let shared = self
            .shared_at()
            .ok_or(super::SessionError::SyncNeedsProject)?;
        Ok(Synced {
            shared,
            incoming: synced.0,
            merged: synced.1,
        })
    }
}
