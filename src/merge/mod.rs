//! Merging copies of one project file, and the conflicts that remain.
//!
//! Two copies made from one file share the start of their history; merging
//! them combines every edit of both (Automerge's merge of the two change
//! sets, so it is commutative, associative and idempotent, and a copy whose
//! edits are already in the other changes nothing). What could not be
//! combined is listed as a [`Conflict`]: every value is kept
//! in the file with its author until someone chooses with
//! [`Project::resolve`], which is itself an edit. Copies that share no
//! history are refused: they are different strategies, to be imported.
//!
//! Conflicts are found where the store reads the document
//! ([`crate::store`] owns detection; merge depends on store, never the
//! reverse); this module merges, and writes a choice ([`choice`]).

mod choice;
mod error;

pub use crate::store::conflict::{Conflict, ConflictKind, ConflictValue};
pub use error::{MergeError, Result};

use std::collections::{HashMap, HashSet};

use automerge::transaction::CommitOptions;
use automerge::{ActorId, Automerge, ChangeHash};
use serde::{Deserialize, Serialize};

use crate::store::history::{ChangeKind, ChangeRecord, EditNote, NoteOp};
use crate::store::{Author, HistoryEntry, Project, StoreError};

/// What a merge brought in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeReport {
    /// The edits each copy brought that the others did not have, in the
    /// order the copies were given.
    pub incoming: Vec<Vec<HistoryEntry>>,
    /// Every unresolved conflict in the result.
    pub conflicts: Vec<Conflict>,
}

fn history_roots(doc: &Automerge) -> HashSet<ChangeHash> {
    doc.get_changes_meta(&[])
        .into_iter()
        .filter(|m| m.deps.is_empty())
        .map(|m| m.hash)
        .collect()
}

fn entries(project: &Project, hashes: &HashSet<ChangeHash>) -> Vec<HistoryEntry> {
    let wanted: HashSet<String> = hashes.iter().map(|h| h.to_string()).collect();
    project
        .history()
        .unwrap_or_default()
        .into_iter()
        .filter(|e| wanted.contains(&e.hash))
        .collect()
}

fn all_hashes(doc: &Automerge) -> HashSet<ChangeHash> {
    doc.get_changes_meta(&[])
        .into_iter()
        .map(|m| m.hash)
        .collect()
}

/// Merges copies of one project, in the order given; the result is the
/// same in any order. `names` label the copies in errors (file names).
pub fn merge_all(copies: &[(&str, &Project)]) -> crate::Result<(Project, MergeReport)> {
    let [(first_name, first), rest @ ..] = copies else {
        return Err(MergeError::TooFewCopies.into());
    };
    if rest.is_empty() {
        return Err(MergeError::TooFewCopies.into());
    }
    let origin = history_roots(first.doc()?);
    let mut doc = first.doc()?.fork().with_actor(ActorId::random());
    let mut sets: Vec<HashSet<ChangeHash>> = Vec::with_capacity(copies.len());
    for (_, p) in copies {
        sets.push(all_hashes(p.doc()?));
    }
    for (name, p) in rest {
        if history_roots(p.doc()?).is_disjoint(&origin) {
            return Err(MergeError::NoCommonOrigin {
                a: (*first_name).to_owned(),
                b: (*name).to_owned(),
            }
            .into());
        }
        // Only the changes the result lacks are copied over (found by
        // walking back from the copy's heads to changes the result has).
        // In the copy's causal order, so that none waits for its
        // dependencies.
        let order: HashMap<ChangeHash, usize> = p
            .doc()?
            .get_changes_meta(&[])
            .iter()
            .enumerate()
            .map(|(k, m)| (m.hash, k))
            .collect();
        let mut missing = doc.get_changes_added(p.doc()?);
        missing.sort_by_key(|c| order.get(&c.hash()).copied().unwrap_or(usize::MAX));
        doc.apply_changes(missing).map_err(|e| MergeError::Write {
            detail: e.to_string(),
        })?;
    }
    let merged = Project::from_merged(doc, first)?;
    let incoming = copies
        .iter()
        .enumerate()
        .map(|(i, (_, p))| {
            let others: HashSet<ChangeHash> = sets
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .flat_map(|(_, s)| s.iter().copied())
                .collect();
            let only: HashSet<ChangeHash> = sets[i].difference(&others).copied().collect();
            entries(p, &only)
        })
        .collect();
    let report = MergeReport {
        incoming,
        conflicts: merged.conflicts().to_vec(),
    };
    Ok((merged, report))
}

/// Merges two copies of one project.
pub fn merge(a: &Project, b: &Project) -> crate::Result<(Project, MergeReport)> {
    merge_all(&[("A", a), ("B", b)])
}

impl Project {
    /// Resolves a conflict by taking one of its values; recorded as an edit
    /// by `author`.
    pub fn resolve(
        &mut self,
        conflict_id: &str,
        value_id: &str,
        author: &Author,
    ) -> crate::Result<()> {
        if crate::round::is_round_conflict(conflict_id) {
            return crate::round::choose(self, conflict_id, value_id, author);
        }
        let conflict = self
            .conflicts()
            .iter()
            .find(|c| c.id == conflict_id)
            .cloned()
            .ok_or_else(|| MergeError::UnknownConflict {
                id: conflict_id.to_owned(),
            })?;
        let before = self.doc_mut()?.get_heads();
        let mut tx = self.doc_mut()?.transaction();
        choice::write_choice(&mut tx, &conflict, value_id)?;
        let note = EditNote {
            op: NoteOp::Resolved,
            entity: conflict.entity.clone(),
            id: conflict.entity_id.clone(),
            name: conflict.name.clone(),
            fields: if conflict.field.is_empty() {
                vec![value_id.to_owned()]
            } else {
                vec![conflict.field.clone()]
            },
        };
        let record = ChangeRecord::new(&author.name, ChangeKind::Resolve, vec![note]);
        tx.commit_with(
            CommitOptions::default()
                .with_message(record.to_message())
                .with_time(chrono::Utc::now().timestamp()),
        );
        self.refresh_since(&before)
            .map_err(|e: StoreError| crate::Error::from(e))?;
        Ok(())
    }
}
