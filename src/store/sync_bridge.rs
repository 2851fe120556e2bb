//! What the sync module ([`crate::sync`]) needs of a project: the file's
//! sync settings, a project made from a document that came from a sync
//! server, and the changes a server sent merged in the way a copy is.

use std::collections::{HashMap, HashSet};

use automerge::{ActorId, Automerge, ChangeHash};

use super::container::Settings;
use super::lazy::LazyDoc;
use super::{HistoryEntry, Project, Result, StoreError, read_doc};

impl Project {
    /// Where the strategy is shared: the server and the document id, as kept
    /// in the file.
    pub fn sync_settings(&self) -> &Settings {
        &self.settings
    }

    /// Sets where the strategy is shared; written with the next save.
    pub fn set_sync_settings(&mut self, settings: Settings) {
        self.settings = settings;
    }

    /// A new, unsaved project holding `doc` (with its whole history), as a
    /// sync server sent it; it edits with an actor of its own.
    pub(crate) fn from_synced(mut doc: Automerge, settings: Settings) -> Result<Project> {
        doc.set_actor(ActorId::random());
        let (strategy, conflicts, json) = read_doc(&doc)?;
        Ok(Project {
            doc: LazyDoc::ready(doc),
            strategy,
            json: Some(json),
            conflicts,
            stored: vec![],
            stored_heads: vec![],
            snapshot_heads: None,
            disk: None,
            repair: None,
            shown_path: String::new(),
            settings,
            rounds_seen: super::rounds::Seen::default(),
        })
    }

    /// Merges in the changes of `other` (a copy's document, a sync server's
    /// version of this one) that this project lacks, in `other`'s causal
    /// order; returns the edits that came in, oldest first. Conflicts are
    /// kept in the project, as a merge keeps them.
    pub(crate) fn merge_doc(&mut self, other: &Automerge) -> Result<Vec<HistoryEntry>> {
        let before: Vec<ChangeHash> = self.doc_mut()?.get_heads();
        let mut missing = self.doc()?.get_changes_added(other);
        if missing.is_empty() {
            return Ok(vec![]);
        }
        let order: HashMap<ChangeHash, usize> = other
            .get_changes_meta(&[])
            .iter()
            .enumerate()
            .map(|(k, m)| (m.hash, k))
            .collect();
        missing.sort_by_key(|c| order.get(&c.hash()).copied().unwrap_or(usize::MAX));
        let hashes: HashSet<String> = missing.iter().map(|c| c.hash().to_string()).collect();
        let path = self.shown_path.clone();
        self.doc_mut()?
            .apply_changes(missing)
            .map_err(|e| StoreError::History {
                path,
                detail: e.to_string(),
            })?;
        self.refresh_since(&before)?;
        Ok(self
            .history()?
            .into_iter()
            .filter(|e| hashes.contains(&e.hash))
            .collect())
    }
}
