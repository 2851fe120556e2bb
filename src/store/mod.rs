//! The project file: a strategy with its whole history of edits, in one
//! SQLite file (`.tiekartta`).
//!
//! The truth is an Automerge document holding the strategy ([`doc`]); every
//! edit is one Automerge change whose message records the author and what
//! was edited ([`history`]), and whose actor id names the copy it was made in
//! (every opened copy gets a fresh one). Two copies of one file carry their
//! common origin, so they can be merged ([`crate::merge`]). The SQLite file
//! ([`container`]) holds the history (a whole save plus incremental chunks)
//! and a snapshot of the current strategy as canonical JSON, checked against
//! the history's heads when opened, for a fast open. Saves are atomic and
//! keep the previous file as `NAME.tiekartta.bak`.
//!
//! The CLI and the desktop app use exactly [`Project`] and [`Author`]:
//! `create` (import), `open`, `strategy`, `apply` (after each edit), `save`,
//! `history`; `conflicts` and `resolve` come with merging.

pub mod container;
pub mod doc;
mod error;
pub mod history;
pub mod position;
pub mod shape;

pub use error::{Result, StoreError};
pub use history::{ChangeKind, EditNote, EditSummary, HistoryEntry, NoteOp};

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use automerge::transaction::CommitOptions;
use automerge::{ActorId, Automerge, ChangeHash};
use serde_json::Value as Json;

use crate::interchange;
use crate::merge::Conflict;
use crate::model::Strategy;
use container::{Chunk, ChunkKind, Contents, Snapshot};
use history::ChangeRecord;

/// The person making edits, as set in the settings or with `--author`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Author {
    /// The name recorded with each edit.
    pub name: String,
}

impl Author {
    /// An author with this name.
    pub fn new(name: impl Into<String>) -> Self {
        Author { name: name.into() }
    }
}

/// A strategy with its history, as one project file holds it.
///
/// A clone is a new copy: it gets its own actor id, so edits made in the
/// clone and in the original merge like edits made on two laptops.
#[derive(Debug)]
pub struct Project {
    pub(crate) doc: Automerge,
    pub(crate) strategy: Strategy,
    /// The strategy's JSON, made when first needed for a diff.
    json: Option<Json>,
    pub(crate) conflicts: Vec<Conflict>,
    /// The history as it is in the file it came from.
    stored: Vec<Chunk>,
    stored_heads: Vec<ChangeHash>,
}

impl Clone for Project {
    fn clone(&self) -> Self {
        let mut doc = self.doc.clone();
        doc.set_actor(ActorId::random());
        Project {
            doc,
            strategy: self.strategy.clone(),
            json: self.json.clone(),
            conflicts: self.conflicts.clone(),
            stored: self.stored.clone(),
            stored_heads: self.stored_heads.clone(),
        }
    }
}

/// Keep at most this many incremental chunks before writing one whole save.
const MAX_CHUNKS: usize = 16;

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn content_err(e: impl std::fmt::Display) -> StoreError {
    StoreError::Content {
        detail: e.to_string(),
    }
}

/// The heads as text: hex, sorted, comma-separated.
pub(crate) fn heads_text(heads: &[ChangeHash]) -> String {
    let mut v: Vec<String> = heads.iter().map(|h| h.to_string()).collect();
    v.sort();
    v.join(",")
}

impl Project {
    /// A new project holding `strategy` (an import); records one change.
    pub fn create(strategy: Strategy, author: &Author) -> Result<Project> {
        let json = serde_json::to_value(&strategy).map_err(content_err)?;
        let mut doc = Automerge::new().with_actor(ActorId::random());
        let mut tx = doc.transaction();
        doc::write_new(&mut tx, &json)?;
        let note = EditNote {
            op: NoteOp::Added,
            entity: "strategy".into(),
            id: strategy.id.0.clone(),
            name: strategy.name.clone(),
            fields: vec![],
        };
        let record = ChangeRecord::new(&author.name, ChangeKind::Create, vec![note]);
        tx.commit_with(
            CommitOptions::default()
                .with_message(record.to_message())
                .with_time(now()),
        );
        Ok(Project {
            doc,
            strategy,
            json: Some(json),
            conflicts: vec![],
            stored: vec![],
            stored_heads: vec![],
        })
    }

    /// Opens a project file. The file is untrusted: anything wrong with it
    /// is a [`StoreError`] that says what.
    pub fn open(path: &Path) -> Result<Project> {
        let contents = container::read(path)?;
        let mut doc = load_history(path, &contents.chunks)?;
        doc.set_actor(ActorId::random());
        let heads = doc.get_heads();
        let from_snapshot = contents
            .snapshot
            .as_ref()
            .filter(|s| s.heads == heads_text(&heads))
            .and_then(|s| {
                let strategy = interchange::from_json(&s.strategy).ok()?;
                let conflicts: Vec<Conflict> = serde_json::from_str(&s.conflicts).ok()?;
                Some((strategy, conflicts))
            });
        let (strategy, conflicts, json) = match from_snapshot {
            Some((s, c)) => (s, c, None),
            None => {
                let (s, c, j) = read_doc(&doc)?;
                (s, c, Some(j))
            }
        };
        Ok(Project {
            doc,
            strategy,
            json,
            conflicts,
            stored: contents.chunks,
            stored_heads: heads,
        })
    }

    /// Saves to `path` atomically, keeping the previous file as `.bak`.
    pub fn save(&mut self, path: &Path) -> Result<()> {
        let heads = self.doc.get_heads();
        let changes_bytes: usize = self
            .stored
            .iter()
            .filter(|c| c.kind == ChunkKind::Changes)
            .map(|c| c.bytes.len())
            .sum();
        let doc_bytes: usize = self
            .stored
            .iter()
            .filter(|c| c.kind == ChunkKind::Doc)
            .map(|c| c.bytes.len())
            .sum();
        let compact = self.stored.is_empty()
            || self.stored.first().map(|c| c.kind) != Some(ChunkKind::Doc)
            || self.stored.len() >= MAX_CHUNKS
            || changes_bytes > doc_bytes / 2;
        let chunks = if compact {
            vec![Chunk {
                kind: ChunkKind::Doc,
                bytes: self.doc.save(),
            }]
        } else {
            let mut c = self.stored.clone();
            if heads != self.stored_heads {
                c.push(Chunk {
                    kind: ChunkKind::Changes,
                    bytes: self.doc.save_after(&self.stored_heads),
                });
            }
            c
        };
        let snapshot = Snapshot {
            heads: heads_text(&heads),
            strategy: interchange::to_json(&self.strategy),
            conflicts: serde_json::to_string(&self.conflicts).map_err(content_err)?,
        };
        let contents = Contents {
            chunks,
            snapshot: Some(snapshot),
        };
        container::write(path, &contents)?;
        self.stored = contents.chunks;
        self.stored_heads = heads;
        Ok(())
    }

    /// The current strategy (where copies conflict, the default value).
    pub fn strategy(&self) -> &Strategy {
        &self.strategy
    }

    /// Records the differences between the current strategy and `edited` as
    /// one edit by `author`; only the changed parts are written. Nothing is
    /// recorded when nothing changed.
    pub fn apply(&mut self, edited: Strategy, author: &Author) -> Result<EditSummary> {
        let new = serde_json::to_value(&edited).map_err(content_err)?;
        let old = match self.json.take() {
            Some(j) => j,
            None => serde_json::to_value(&self.strategy).map_err(content_err)?,
        };
        if old == new {
            self.json = Some(old);
            return Ok(EditSummary::default());
        }
        let mut tx = self.doc.transaction();
        let notes = match doc::apply(&mut tx, &old, &new) {
            Ok(n) => n,
            Err(e) => {
                drop(tx); // rolls the partial edit back
                self.json = Some(old);
                return Err(e);
            }
        };
        let record = ChangeRecord::new(&author.name, ChangeKind::Edit, notes.clone());
        tx.commit_with(
            CommitOptions::default()
                .with_message(record.to_message())
                .with_time(now()),
        );
        self.strategy = edited;
        self.json = Some(new);
        if !self.conflicts.is_empty() {
            self.refresh()?;
        }
        Ok(EditSummary::from_notes(notes))
    }

    /// Every change, oldest first (in causal order).
    pub fn history(&self) -> Vec<HistoryEntry> {
        self.doc
            .get_changes_meta(&[])
            .into_iter()
            .map(|m| {
                let r = ChangeRecord::from_message(m.message.as_deref());
                HistoryEntry {
                    hash: m.hash.to_string(),
                    author: r.author,
                    time: m.timestamp,
                    copy: m.actor.to_hex_string().chars().take(8).collect(),
                    kind: r.kind,
                    notes: r.notes,
                    more: r.more,
                }
            })
            .collect()
    }

    /// Whether there are edits not yet saved (or the project was never saved).
    pub fn is_modified(&self) -> bool {
        self.stored.is_empty() || self.doc.get_heads() != self.stored_heads
    }

    /// Reads the strategy and the conflicts again from the history.
    pub(crate) fn refresh(&mut self) -> Result<()> {
        let (s, c, j) = read_doc(&self.doc)?;
        self.strategy = s;
        self.conflicts = c;
        self.json = Some(j);
        Ok(())
    }

    /// A project made from a merged document, saved with the chunks of `base`.
    pub(crate) fn from_merged(doc: Automerge, base: &Project) -> Result<Project> {
        let (strategy, conflicts, json) = read_doc(&doc)?;
        Ok(Project {
            doc,
            strategy,
            json: Some(json),
            conflicts,
            stored: base.stored.clone(),
            stored_heads: base.stored_heads.clone(),
        })
    }
}

/// The strategy, its conflicts and its JSON, read from the history.
fn read_doc(doc: &Automerge) -> Result<(Strategy, Vec<Conflict>, Json)> {
    let (json, sites) = doc::read(doc)?;
    let strategy: Strategy = serde_json::from_value(json.clone()).map_err(content_err)?;
    let conflicts = if sites.is_empty() {
        vec![]
    } else {
        crate::merge::conflict::detect(doc, &sites, &json)
    };
    Ok((strategy, conflicts, json))
}

/// Loads the history chunks; bytes from the file never take the program
/// down (a panic inside Automerge is caught and reported as damage).
fn load_history(path: &Path, chunks: &[Chunk]) -> Result<Automerge> {
    let bad = |detail: String| StoreError::History {
        path: path.display().to_string(),
        detail,
    };
    let first = match chunks.first() {
        Some(c) if c.kind == ChunkKind::Doc => c,
        _ => return Err(bad("no history".into())),
    };
    let loaded = catch_unwind(AssertUnwindSafe(
        || -> std::result::Result<Automerge, String> {
            let mut doc = Automerge::load(&first.bytes).map_err(|e| e.to_string())?;
            for c in &chunks[1..] {
                doc.load_incremental(&c.bytes).map_err(|e| e.to_string())?;
            }
            if !automerge::ReadDoc::get_missing_deps(&doc, &[]).is_empty() {
                return Err("changes are missing".into());
            }
            Ok(doc)
        },
    ));
    match loaded {
        Ok(Ok(doc)) => Ok(doc),
        Ok(Err(e)) => Err(bad(e)),
        Err(_) => Err(bad("the history could not be decoded".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, Theme};

    fn small() -> Strategy {
        Strategy {
            id: "s".into(),
            town: "Paimio".into(),
            name: "Strategia".into(),
            vision: "Paimio on hyvä paikka elää.".into(),
            themes: vec![Theme {
                id: "t1".into(),
                name: "Talous".into(),
                ..Default::default()
            }],
            actions: vec![Action {
                id: "a1".into(),
                theme: "t1".into(),
                name: "Katselmus".into(),
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    #[test]
    fn a_created_project_saves_and_opens_with_the_same_strategy() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.tiekartta");
        let mut p = Project::create(small(), &Author::new("Maija")).unwrap();
        p.save(&path).unwrap();
        let q = Project::open(&path).unwrap();
        assert_eq!(q.strategy(), &small());
        assert_eq!(q.history().len(), 1);
        assert_eq!(q.history()[0].author, "Maija");
    }

    #[test]
    fn an_edit_is_recorded_with_its_author_and_survives_a_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.tiekartta");
        let mut p = Project::create(small(), &Author::new("Maija")).unwrap();
        p.save(&path).unwrap();
        let mut p = Project::open(&path).unwrap();
        let mut s = p.strategy().clone();
        s.actions[0].name = "Palveluverkon katselmus".into();
        let sum = p.apply(s.clone(), &Author::new("Ville")).unwrap();
        assert_eq!(sum.changed, 1);
        assert!(p.is_modified());
        p.save(&path).unwrap();
        let q = Project::open(&path).unwrap();
        assert_eq!(q.strategy(), &s);
        let h = q.history();
        assert_eq!(h.len(), 2);
        assert_eq!(h[1].author, "Ville");
        assert_eq!(h[1].notes[0].id, "a1");
        assert_ne!(h[0].copy, h[1].copy, "each opened copy has its own actor");
    }

    #[test]
    fn applying_the_same_strategy_records_nothing() {
        let mut p = Project::create(small(), &Author::new("M")).unwrap();
        assert!(p.apply(small(), &Author::new("M")).unwrap().is_empty());
        assert_eq!(p.history().len(), 1);
    }

    #[test]
    fn a_refused_edit_leaves_the_project_as_it_was() {
        let mut p = Project::create(small(), &Author::new("M")).unwrap();
        let mut s = small();
        s.actions.push(s.actions[0].clone());
        s.name = "changed".into();
        assert!(matches!(
            p.apply(s, &Author::new("M")),
            Err(StoreError::DuplicateId { .. })
        ));
        assert_eq!(p.strategy(), &small());
        let (json, _) = doc::read(&p.doc).unwrap();
        assert_eq!(serde_json::from_value::<Strategy>(json).unwrap(), small());
    }

    #[test]
    fn a_stale_snapshot_is_rebuilt_from_the_history() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.tiekartta");
        let mut p = Project::create(small(), &Author::new("M")).unwrap();
        p.save(&path).unwrap();
        let mut c = container::read(&path).unwrap();
        if let Some(s) = c.snapshot.as_mut() {
            s.strategy = s.strategy.replace("Paimio on hyvä", "Väärä");
        }
        // A snapshot made from other heads is not used.
        if let Some(s) = c.snapshot.as_mut() {
            s.heads = "00".into();
        }
        container::write(&path, &c).unwrap();
        assert_eq!(Project::open(&path).unwrap().strategy(), &small());
    }

    #[test]
    fn many_saves_compact_the_history_into_one_chunk_now_and_then() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.tiekartta");
        let mut p = Project::create(small(), &Author::new("M")).unwrap();
        p.save(&path).unwrap();
        for i in 0..40 {
            let mut p2 = Project::open(&path).unwrap();
            let mut s = p2.strategy().clone();
            s.slogan = format!("iskulause {i}");
            p2.apply(s, &Author::new("M")).unwrap();
            p2.save(&path).unwrap();
            assert!(container::read(&path).unwrap().chunks.len() <= MAX_CHUNKS);
        }
        let q = Project::open(&path).unwrap();
        assert_eq!(q.strategy().slogan, "iskulause 39");
        assert_eq!(q.history().len(), 41);
    }
}
