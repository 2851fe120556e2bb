//! The project file: a strategy with its whole history of edits, in one
//! SQLite file (`.tiekartta`).
//!
//! The truth is an Automerge document holding the strategy (`doc`); every
//! edit is one Automerge change whose message records the author and what
//! was edited (`history`), and whose actor id names the copy it was made in
//! (every opened copy gets a fresh one). Two copies of one file carry their
//! common origin, so they can be merged (by the merge module). The SQLite file
//! ([`container`]) holds the history (a whole save plus incremental chunks)
//! and a snapshot of the current strategy as canonical JSON, checked against
//! the history's heads when opened, for a fast open. Saves are atomic and
//! keep the previous file as `NAME.tiekartta.bak`.
//!
//! The CLI and the desktop app use exactly [`Project`] and [`Author`]:
//! `create` (import), `open`, `strategy`, `apply` (after each edit), `save`,
//! `history`; `conflicts` and `resolve` come with merging.

pub(crate) mod conflict;
pub mod container;
pub mod copies;
pub(crate) mod doc;
mod error;
pub(crate) mod history;
mod lazy;
mod load;
mod lock;
mod parts;
pub(crate) mod position;
mod rounds;
pub(crate) mod shape;
mod snapshots;
mod sync_bridge;

pub use error::{Result, StoreError};
pub use history::{
    ChangeKind, EditNote, EditSummary, HistoryEntry, NoteOp, entity_message, note_text,
};

use std::path::{Path, PathBuf};

use automerge::transaction::CommitOptions;
use automerge::{ActorId, Automerge, ChangeHash};
use serde::Deserialize;
use serde_json::Value as Json;

use crate::interchange;
use crate::model::Strategy;
use conflict::Conflict;
use container::{Chunk, ChunkKind, Contents, Digest, Snapshot, SnapshotCheck};
use history::ChangeRecord;
use lazy::LazyDoc;
use load::{check_history_chunks, load_history, read_doc};

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

/// What opening a file found wrong in it and mended; said to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Repair {
    /// The stored snapshot did not match the history: the strategy was read
    /// from the history, and the next save writes a correct snapshot.
    Snapshot {
        /// The file, as given.
        path: String,
    },
}

impl Repair {
    /// The message to show a person.
    pub fn message(&self) -> crate::i18n::Message {
        match self {
            Repair::Snapshot { path } => {
                crate::i18n::Message::new("store-repaired-snapshot").arg("path", path)
            }
        }
    }
}

/// What a save did besides writing.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SaveReport {
    /// The edits that another program had saved to the file since it was
    /// read (or last saved here): merged in before writing, oldest first.
    pub incoming: Vec<HistoryEntry>,
    /// How many conflicts the project has after the save.
    pub conflicts: usize,
}

/// The file a project was read from or last saved to, as it was then.
#[derive(Debug, Clone)]
struct OnDisk {
    path: PathBuf,
    digest: Digest,
}

/// The path in the form used to tell whether two paths name one file.
fn file_key(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// A strategy with its history, as one project file holds it.
///
/// A clone is a new copy: it gets its own actor id, so edits made in the
/// clone and in the original merge like edits made on two laptops.
#[derive(Debug)]
pub struct Project {
    doc: LazyDoc,
    pub(crate) strategy: Strategy,
    /// The strategy's JSON, made when first needed for a diff.
    json: Option<Json>,
    conflicts: Vec<Conflict>,
    /// The history as it is in the file it came from.
    stored: Vec<Chunk>,
    /// The heads of `stored`; known once the history has been checked.
    stored_heads: Vec<ChangeHash>,
    /// The heads the snapshot the strategy was read from was made at; the
    /// history is checked against them before the first edit.
    snapshot_heads: Option<String>,
    /// The file as last read or written, to see another program's save.
    disk: Option<OnDisk>,
    /// What was found wrong in the file and mended.
    repair: Option<Repair>,
    /// The file's path as given, for messages.
    shown_path: String,
    /// The file's settings (where it is shared), written with each save.
    settings: container::Settings,
    /// The rounds as last recorded here, with the heads they are true at.
    rounds_seen: rounds::Seen,
}

impl Clone for Project {
    fn clone(&self) -> Self {
        let doc = match self.doc.get() {
            Ok(d) => {
                let mut d = d.clone();
                d.set_actor(ActorId::random());
                LazyDoc::ready(d)
            }
            Err(e) => LazyDoc::failed(e),
        };
        Project {
            doc,
            strategy: self.strategy.clone(),
            json: self.json.clone(),
            conflicts: self.conflicts.clone(),
            stored: self.stored.clone(),
            stored_heads: self.stored_heads.clone(),
            snapshot_heads: self.snapshot_heads.clone(),
            disk: self.disk.clone(),
            repair: self.repair.clone(),
            shown_path: self.shown_path.clone(),
            settings: self.settings.clone(),
            rounds_seen: self.rounds_seen.clone(),
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
            doc: LazyDoc::ready(doc),
            strategy,
            json: Some(json),
            conflicts: vec![],
            stored: vec![],
            stored_heads: vec![],
            snapshot_heads: None,
            disk: None,
            repair: None,
            shown_path: String::new(),
            settings: container::Settings::default(),
            rounds_seen: rounds::Seen::default(),
        })
    }

    /// Opens a project file. The file is untrusted: anything wrong with it
    /// is a [`StoreError`] that says what. The strategy comes from the
    /// file's snapshot when it has a valid one, and the history loads in the
    /// background (checked against the snapshot before the first edit);
    /// otherwise the strategy is read from the history itself.
    pub fn open(path: &Path) -> Result<Project> {
        let (contents, info) = container::read_checked(path)?;
        check_history_chunks(path, &contents.chunks)?;
        let disk = Some(OnDisk {
            path: file_key(path),
            digest: info.digest,
        });
        let shown_path = path.display().to_string();
        let snapshot = match info.snapshot {
            SnapshotCheck::Verified => contents.snapshot.as_ref().and_then(|s| {
                let strategy = interchange::from_json(&s.strategy).ok()?;
                let conflicts: Vec<Conflict> = serde_json::from_str(&s.conflicts).ok()?;
                Some((strategy, conflicts, s.heads.clone()))
            }),
            _ => None,
        };
        if let Some((strategy, conflicts, heads)) = snapshot {
            let (p, chunks) = (path.to_path_buf(), contents.chunks.clone());
            let doc = LazyDoc::background(move || {
                let mut doc = load_history(&p, &chunks)?;
                doc.set_actor(ActorId::random());
                Ok(doc)
            });
            return Ok(Project {
                doc,
                strategy,
                json: None,
                conflicts,
                stored: contents.chunks,
                stored_heads: vec![],
                snapshot_heads: Some(heads),
                disk,
                repair: None,
                shown_path,
                settings: contents.settings,
                rounds_seen: rounds::Seen::default(),
            });
        }
        let mut doc = load_history(path, &contents.chunks)?;
        doc.set_actor(ActorId::random());
        let (strategy, conflicts, json) = read_doc(&doc)?;
        // A snapshot that was not used is still compared, so that damage is
        // said rather than mended silently.
        let disagrees = match (&contents.snapshot, info.snapshot) {
            (_, SnapshotCheck::Damaged) => true,
            (Some(s), SnapshotCheck::Unchecked | SnapshotCheck::Verified) => {
                // A snapshot written by an older version reads the same
                // without being the same text.
                s.heads != heads_text(&doc.get_heads())
                    || (s.strategy != interchange::to_json(&strategy)
                        && interchange::from_json(&s.strategy).ok().as_ref() != Some(&strategy))
            }
            _ => false,
        };
        Ok(Project {
            stored_heads: doc.get_heads(),
            doc: LazyDoc::ready(doc),
            strategy,
            json: Some(json),
            conflicts,
            stored: contents.chunks,
            snapshot_heads: None,
            disk,
            repair: disagrees.then(|| Repair::Snapshot {
                path: shown_path.clone(),
            }),
            shown_path,
            settings: contents.settings,
            rounds_seen: rounds::Seen::default(),
        })
    }

    /// Waits for the history and checks the strategy shown against it;
    /// returns what had to be mended (the history wins), if anything.
    pub fn verify(&mut self) -> Result<Option<Repair>> {
        self.doc_mut()?;
        Ok(self.repair.clone())
    }

    /// [`verify`](Self::verify), and then the whole strategy read again from
    /// the history and compared with the one shown (for `check`: slower,
    /// but independent of the snapshot and of every shortcut).
    pub fn verify_deep(&mut self) -> Result<Option<Repair>> {
        self.doc_mut()?;
        let (strategy, conflicts, json) = read_doc(self.doc.get()?)?;
        if strategy != self.strategy || conflicts != self.conflicts {
            self.strategy = strategy;
            self.conflicts = conflicts;
            self.json = Some(json);
            self.repair = Some(Repair::Snapshot {
                path: self.shown_path.clone(),
            });
        }
        Ok(self.repair.clone())
    }

    /// What opening the file found wrong and mended, if anything (known for
    /// certain after [`verify`](Self::verify)).
    pub fn repair(&self) -> Option<&Repair> {
        self.repair.as_ref()
    }

    /// The history, loaded and checked against the snapshot the strategy was
    /// read from (read again from the history if they differ).
    pub(crate) fn doc_mut(&mut self) -> Result<&mut Automerge> {
        if let Some(snap) = self.snapshot_heads.take() {
            let heads = self.doc.get()?.get_heads();
            self.stored_heads = heads.clone();
            if heads_text(&heads) != snap {
                self.refresh()?;
                self.repair = Some(Repair::Snapshot {
                    path: self.shown_path.clone(),
                });
            }
        }
        self.doc.get_mut()
    }

    /// The history as it is now.
    pub(crate) fn doc(&self) -> Result<&Automerge> {
        self.doc.get()
    }

    /// The heads of the history as it was saved (or opened).
    pub(crate) fn saved_heads(&self) -> Result<Vec<ChangeHash>> {
        match &self.snapshot_heads {
            // Not yet checked: nothing was edited, so the heads are the saved ones.
            Some(_) => Ok(self.doc.get()?.get_heads()),
            None => Ok(self.stored_heads.clone()),
        }
    }

    /// Saves to `path` atomically, keeping the previous file as `.bak`.
    ///
    /// When `path` is the file this project was read from (or last saved
    /// to) and another program saved it since, what that save holds is
    /// merged in first and reported; nothing on disk is ever overwritten
    /// unseen. A file replaced by one that is not a copy of this strategy,
    /// or a read-only file, is not written at all.
    pub fn save(&mut self, path: &Path) -> Result<SaveReport> {
        let _lock = lock::lock(path)?;
        if container::is_read_only(path) {
            return Err(StoreError::ReadOnly {
                path: path.display().to_string(),
            });
        }
        let key = file_key(path);
        let mut report = SaveReport::default();
        let ours = self.disk.as_ref().is_some_and(|d| d.path == key);
        let mut merged = false;
        if ours && path.exists() {
            let now = container::digest(path)?;
            if self.disk.as_ref().is_some_and(|d| d.digest != now) {
                report.incoming = self.merge_from_disk(path)?;
                merged = true;
            }
        }
        let heads = self.doc_mut()?.get_heads();
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
        let compact = merged
            || self.stored.is_empty()
            || self.stored.first().map(|c| c.kind) != Some(ChunkKind::Doc)
            || self.stored.len() >= MAX_CHUNKS
            || changes_bytes > doc_bytes / 2;
        // The new changes as one chunk, unless they too outgrow half of the
        // whole save: loading many changes one by one is far slower than
        // loading them as part of a whole save (a file after 10 000 edits
        // loads its history in 0.2 s instead of 0.7 s).
        let added = if compact || heads == self.stored_heads {
            None
        } else {
            Some(self.doc.get()?.save_after(&self.stored_heads))
        };
        let compact = compact
            || added
                .as_ref()
                .is_some_and(|a| changes_bytes + a.len() > doc_bytes / 2);
        let chunks = if compact {
            vec![Chunk {
                kind: ChunkKind::Doc,
                bytes: self.doc.get()?.save(),
            }]
        } else {
            let mut c = self.stored.clone();
            if let Some(bytes) = added {
                c.push(Chunk {
                    kind: ChunkKind::Changes,
                    bytes,
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
            settings: self.settings.clone(),
        };
        let digest = container::write(path, &contents)?;
        self.stored = contents.chunks;
        self.stored_heads = heads;
        self.disk = Some(OnDisk { path: key, digest });
        self.shown_path = path.display().to_string();
        self.repair = None;
        report.conflicts = self.conflicts.len();
        Ok(report)
    }

    /// The current strategy (where copies conflict, the default value).
    pub fn strategy(&self) -> &Strategy {
        &self.strategy
    }

    /// The unresolved conflicts, ordered by id (found whenever the strategy
    /// is read; the merge module resolves them).
    pub fn conflicts(&self) -> &[Conflict] {
        &self.conflicts
    }

    /// Records the differences between the current strategy and `edited` as
    /// one edit by `author`; only the changed parts are written. Nothing is
    /// recorded when nothing changed.
    pub fn apply(&mut self, edited: Strategy, author: &Author) -> Result<EditSummary> {
        // The history first: checking it may read the strategy again.
        self.doc_mut()?;
        let new = serde_json::to_value(&edited).map_err(content_err)?;
        let old = match self.json.take() {
            Some(j) => j,
            None => serde_json::to_value(&self.strategy).map_err(content_err)?,
        };
        if old == new {
            self.json = Some(old);
            return Ok(EditSummary::default());
        }
        let before = match self.doc_mut() {
            Ok(d) => d.get_heads(),
            Err(e) => {
                self.json = Some(old);
                return Err(e);
            }
        };
        let mut tx = match self.doc_mut() {
            Ok(d) => d.transaction(),
            Err(e) => {
                self.json = Some(old);
                return Err(e);
            }
        };
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
            self.refresh_since(&before)?;
        }
        Ok(EditSummary::from_notes(notes))
    }

    /// Every change, oldest first (in causal order). Waits for the history
    /// if it is still loading.
    pub fn history(&self) -> Result<Vec<HistoryEntry>> {
        Ok(self
            .doc
            .get()?
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
            .collect())
    }

    /// Whether there are edits not yet saved (or the project was never saved).
    pub fn is_modified(&self) -> bool {
        if self.stored.is_empty() {
            return true;
        }
        // Before the history is checked nothing can have been edited.
        self.snapshot_heads.is_none()
            && self
                .doc
                .get()
                .is_ok_and(|d| d.get_heads() != self.stored_heads)
    }

    /// Reads the strategy and the conflicts again after the history moved
    /// on from the heads `before`, at which the current strategy, its JSON
    /// and conflicts were read: only the fields and entities that the
    /// changes since touched are read again (a whole read of the 5 000-action
    /// strategy takes about 200 ms, most merges and choices touch a few
    /// entities).
    pub(crate) fn refresh_since(&mut self, before: &[ChangeHash]) -> Result<()> {
        let old = match self.json.take() {
            Some(j) => j,
            None => serde_json::to_value(&self.strategy).map_err(content_err)?,
        };
        let doc = self.doc.get()?;
        let (json, sites, touched) = doc::read_since(doc, before, old)?;
        let mut conflicts: Vec<Conflict> = self
            .conflicts
            .iter()
            .filter(|c| !touched.covers(&c.id))
            .cloned()
            .collect();
        if !sites.is_empty() {
            conflicts.extend(conflict::detect(doc, &sites, &json));
        }
        conflicts.sort_by(|a, b| a.id.cmp(&b.id));
        conflicts.dedup_by(|a, b| a.id == b.id);
        let json = conflict::show_defaults(json, &conflicts);
        let strategy = Strategy::deserialize(&json).map_err(content_err)?;
        let conflicts = rounds::settled(doc, &strategy, conflicts);
        #[cfg(debug_assertions)]
        {
            // Every test run checks the incremental read against a whole one.
            let (whole, whole_conflicts, _) = read_doc(doc)?;
            debug_assert_eq!(
                (&whole, &whole_conflicts),
                (&strategy, &conflicts),
                "an incremental read differs from a whole read"
            );
        }
        self.strategy = strategy;
        self.conflicts = conflicts;
        self.json = Some(json);
        Ok(())
    }

    /// Reads the strategy and the conflicts again from the history.
    pub(crate) fn refresh(&mut self) -> Result<()> {
        let (s, c, j) = read_doc(self.doc.get()?)?;
        self.strategy = s;
        self.conflicts = c;
        self.json = Some(j);
        Ok(())
    }

    /// A project made from a merged document, saved with the chunks of `base`.
    /// Only what the merged changes touched is read again, the rest is
    /// taken from `base` (unless `base`'s strategy came from a snapshot that
    /// does not match its history).
    pub(crate) fn from_merged(doc: Automerge, base: &Project) -> Result<Project> {
        let before = base.doc()?.get_heads();
        let trusted = base
            .snapshot_heads
            .as_ref()
            .is_none_or(|s| *s == heads_text(&before));
        let json = match &base.json {
            Some(j) => j.clone(),
            None => serde_json::to_value(&base.strategy).map_err(content_err)?,
        };
        let mut merged = Project {
            doc: LazyDoc::ready(doc),
            // Replaced by the read below.
            strategy: Strategy::default(),
            json: Some(json),
            conflicts: base.conflicts.clone(),
            stored: base.stored.clone(),
            stored_heads: base.saved_heads()?,
            snapshot_heads: None,
            disk: base.disk.clone(),
            repair: base.repair.clone(),
            shown_path: base.shown_path.clone(),
            settings: base.settings.clone(),
            rounds_seen: rounds::Seen::default(),
        };
        if trusted {
            merged.refresh_since(&before)?;
        } else {
            merged.refresh()?;
        }
        Ok(merged)
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
        assert_eq!(q.history().unwrap().len(), 1);
        assert_eq!(q.history().unwrap()[0].author, "Maija");
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
        let h = q.history().unwrap();
        assert_eq!(h.len(), 2);
        assert_eq!(h[1].author, "Ville");
        assert_eq!(h[1].notes[0].id, "a1");
        assert_ne!(h[0].copy, h[1].copy, "each opened copy has its own actor");
    }

    #[test]
    fn applying_the_same_strategy_records_nothing() {
        let mut p = Project::create(small(), &Author::new("M")).unwrap();
        assert!(p.apply(small(), &Author::new("M")).unwrap().is_empty());
        assert_eq!(p.history().unwrap().len(), 1);
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
        let (json, _) = doc::read(p.doc().unwrap()).unwrap();
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
        let mut p = Project::open(&path).unwrap();
        // The history is checked before anything is written.
        p.save(&dir.path().join("q.tiekartta")).unwrap();
        assert_eq!(p.strategy(), &small());
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
        assert_eq!(q.history().unwrap().len(), 41);
    }
}
