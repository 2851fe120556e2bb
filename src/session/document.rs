//! One open document: the strategy (once), the project that holds its
//! history (once it has been in a project file), its file and its undo
//! stacks. Every edit, undo, save, merge and choice goes through here, so
//! the app and the CLI share one rule for each.

use std::path::{Path, PathBuf};

use std::collections::BTreeSet;

use crate::edit::{self, Change};
use crate::merge::Conflict;
use crate::model::part::{self, Part};
use chrono::NaiveDate;

use crate::model::{CouncilSnapshot, Id, Round, Strategy};
use crate::round::{Answer, TakeReport};
use crate::store::copies::{self, ConflictCopy};
use crate::store::{Author, ChangeKind, EditNote, HistoryEntry, NoteOp, Project, SaveReport};

use super::error::SessionError;
use super::open;
use super::undo::{Back, Undo, UndoState};

/// An open strategy with its file, history and undo stacks.
#[derive(Debug)]
pub struct Document {
    path: Option<PathBuf>,
    /// The history up to the last save or merge; edits since then are in
    /// `strategy` only and are recorded in one place, [`Document::recorded`].
    project: Option<Project>,
    strategy: Strategy,
    undo: Undo,
    /// What changed since the project last recorded the strategy.
    pending: Pending,
    /// The ghost bars last drawn on screen, kept while neither the snapshot
    /// nor the strategy changes (the screen asks again on every scroll).
    ghosts: Option<KeptGhosts>,
}

/// A snapshot's strategy and the ghost bars it gave the strategy as it was.
#[derive(Debug)]
struct KeptGhosts {
    /// The snapshot as asked for (an id, or its start).
    asked: String,
    /// The strategy as it stood at the snapshot.
    then: Strategy,
    /// The strategy the ghosts were found for.
    now: Strategy,
    ghosts: crate::layout::Ghosts,
}

/// The edits not yet in the project's history: the parts they touched, or
/// a whole new strategy.
#[derive(Debug, Default)]
struct Pending {
    parts: BTreeSet<Part>,
    whole: bool,
}

impl Pending {
    fn whole() -> Pending {
        Pending {
            parts: BTreeSet::new(),
            whole: true,
        }
    }
}

/// What a merge brought in: per copy (this document first), its edits the
/// other did not have.
#[derive(Debug)]
pub struct MergeOutcome {
    /// The copies' file names and their incoming edits.
    pub incoming: Vec<(String, Vec<HistoryEntry>)>,
}

/// The file name of `path`, for titles and lists.
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

impl Document {
    /// Opens the file at `path` (the one open rule, [`open::load`]).
    pub fn open(path: &Path) -> crate::Result<Document> {
        let loaded = open::load(path)?;
        Ok(Document {
            path: Some(path.to_path_buf()),
            project: loaded.project,
            strategy: loaded.strategy,
            undo: Undo::new(),
            pending: Pending::default(),
            ghosts: None,
        })
    }

    /// A new document holding `strategy`, not saved anywhere yet.
    pub fn new(strategy: Strategy) -> Document {
        Document {
            path: None,
            project: None,
            strategy,
            undo: Undo::unsaved(),
            pending: Pending::whole(),
            ghosts: None,
        }
    }

    /// Work recovered after a crash: `strategy`, on top of the history of
    /// the file at `path` when that still opens.
    pub fn recovered(strategy: Strategy, path: Option<PathBuf>) -> Document {
        let project = path
            .as_deref()
            .and_then(|p| open::load(p).ok())
            .and_then(|l| l.project);
        Document {
            path,
            project,
            strategy,
            undo: Undo::unsaved(),
            pending: Pending::whole(),
            ghosts: None,
        }
    }

    /// The strategy.
    pub fn strategy(&self) -> &Strategy {
        &self.strategy
    }

    /// The file it was opened from or saved to.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether saving goes to the current file without asking for one.
    pub fn has_project_file(&self) -> bool {
        self.path.as_deref().is_some_and(open::is_project)
    }

    /// The undo stacks as the UI shows them.
    pub fn undo_state(&self) -> UndoState {
        self.undo.state()
    }

    /// Makes `edited` the strategy, as one undoable step named `label`
    /// (joined with the last one when `key` continues it). False when
    /// nothing changed. This compares and keeps whole strategies: for an
    /// edit that is known, [`Document::change`] costs what it changes.
    pub fn edit(&mut self, edited: Strategy, label: &str, key: Option<&str>, now: i64) -> bool {
        if edited == self.strategy {
            return false;
        }
        let before = std::mem::replace(&mut self.strategy, edited.clone());
        self.undo.record(label, before, edited, key, now);
        self.pending.whole = true;
        true
    }

    /// Makes `change` to the strategy, as one undoable step named `label`
    /// (joined with the last one when `key` continues it): only the parts it
    /// touches are compared, kept for undo and later written to the
    /// history. `Ok(None)` when nothing changed, else what it made, if
    /// anything (`Some(None)` for an edit that made nothing new).
    pub fn change(
        &mut self,
        change: &Change,
        label: &str,
        key: Option<&str>,
        now: i64,
    ) -> crate::Result<Option<Option<Id>>> {
        let applied = edit::apply(&mut self.strategy, change)?;
        let parts: Vec<Part> = applied.before.iter().map(|(p, _)| p.clone()).collect();
        let after = part::images(&self.strategy, &parts);
        if after == applied.before {
            return Ok(None);
        }
        self.undo
            .record_parts(label, applied.before, after, key, now);
        self.pending.parts.extend(parts);
        Ok(Some(applied.created))
    }

    /// Puts back what undo or redo gives.
    fn put_back(&mut self, back: Back) {
        match back {
            Back::Whole(s) => {
                self.strategy = *s;
                self.pending.whole = true;
            }
            Back::Parts(images) => {
                part::restore(&mut self.strategy, &images);
                self.pending
                    .parts
                    .extend(images.into_iter().map(|(p, _)| p));
            }
        }
    }

    /// Takes back the last step; false when there is none.
    pub fn undo(&mut self) -> bool {
        self.undo.undo().map(|b| self.put_back(b)).is_some()
    }

    /// Does the last undone step again; false when there is none.
    pub fn redo(&mut self) -> bool {
        self.undo.redo().map(|b| self.put_back(b)).is_some()
    }

    /// Shows the project's strategy after a merge or a choice, as one
    /// undoable step named `label`: it is already in the history.
    fn adopt_project(&mut self, label: &str, now: i64) {
        if let Some(p) = &self.project {
            let after = p.strategy().clone();
            if after != self.strategy {
                let before = std::mem::replace(&mut self.strategy, after.clone());
                self.undo.record(label, before, after, None, now);
            }
            self.pending = Pending::default();
        }
    }

    /// The project with every edit so far recorded by `author`: the one
    /// place where edits enter the history. A refused edit leaves the
    /// project (and its history) as it was.
    pub(super) fn recorded(&mut self, author: &Author) -> crate::Result<&mut Project> {
        match &mut self.project {
            Some(p) => {
                if self.pending.whole {
                    p.apply(self.strategy.clone(), author)?;
                } else if !self.pending.parts.is_empty() {
                    let parts: Vec<Part> = self.pending.parts.iter().cloned().collect();
                    p.apply_parts(&self.strategy, &parts, author)?;
                }
            }
            None => self.project = Some(Project::create(self.strategy.clone(), author)?),
        }
        self.pending = Pending::default();
        self.project
            .as_mut()
            .ok_or_else(|| SessionError::NoDocument.into())
    }

    /// Saves to `path` (atomically, keeping a `.bak`) and makes that its file.
    /// What another program saved to the file since it was read is merged
    /// in first: it becomes the strategy shown, as one undoable step named
    /// `label`, and is returned.
    pub fn save_to(
        &mut self,
        path: &Path,
        author: &Author,
        label: &str,
        now: i64,
    ) -> crate::Result<SaveReport> {
        let project = self.recorded(author)?;
        let report = project.save(path)?;
        if !report.incoming.is_empty() {
            self.adopt_project(label, now);
        }
        self.path = Some(path.to_path_buf());
        self.undo.mark_saved();
        Ok(report)
    }

    /// Merges the copy at `path` in (one undoable step named `label`). The
    /// document must be a project, so the two share a history.
    pub fn merge_copy(
        &mut self,
        path: &Path,
        author: &Author,
        label: &str,
        now: i64,
    ) -> crate::Result<MergeOutcome> {
        if self.project.is_none() {
            return Err(SessionError::MergeNeedsProject.into());
        }
        let mine = self.path.as_deref().map(file_name).unwrap_or_default();
        let theirs = file_name(path);
        let copy = Project::open(path)?;
        let project = self.recorded(author)?;
        let (merged, report) =
            crate::merge::merge_all(&[(mine.as_str(), &*project), (theirs.as_str(), &copy)])?;
        *project = merged;
        self.adopt_project(label, now);
        Ok(MergeOutcome {
            incoming: [mine, theirs].into_iter().zip(report.incoming).collect(),
        })
    }

    /// Merges in what another program saved to this document's project
    /// file since it was read or saved here, without saving: unsaved edits
    /// are recorded first and stay unsaved; what came in is one undoable
    /// step named `label`. `None` when the file is as last read or saved.
    pub fn merge_disk(
        &mut self,
        author: &Author,
        label: &str,
        now: i64,
    ) -> crate::Result<Option<Vec<HistoryEntry>>> {
        let Some(path) = self.path.clone().filter(|p| open::is_project(p)) else {
            return Ok(None);
        };
        match &self.project {
            Some(p) if p.changed_on_disk(&path)? => {}
            _ => return Ok(None),
        }
        let clean = !self.undo.state().dirty;
        let project = self.recorded(author)?;
        let Some(incoming) = project.merge_changes_on_disk(&path)? else {
            return Ok(None);
        };
        self.adopt_project(label, now);
        // Nothing was unsaved and the file holds what is shown: still saved.
        if clean && Project::open(&path).is_ok_and(|p| *p.strategy() == self.strategy) {
            self.undo.mark_saved();
        }
        Ok(Some(incoming))
    }

    /// The conflict copies sync clients left beside the project file that
    /// share its history.
    pub fn conflict_copies(&self) -> Vec<ConflictCopy> {
        match (&self.project, self.path.as_deref()) {
            (Some(project), Some(path)) if open::is_project(path) => copies::find(path, project),
            _ => vec![],
        }
    }

    /// Merges the copies at `paths` in, as one undoable step named `label`.
    pub fn merge_copies(
        &mut self,
        paths: &[PathBuf],
        author: &Author,
        label: &str,
        now: i64,
    ) -> crate::Result<MergeOutcome> {
        if self.project.is_none() {
            return Err(SessionError::MergeNeedsProject.into());
        }
        let mine = self.path.as_deref().map(file_name).unwrap_or_default();
        let opened = paths
            .iter()
            .map(|p| Ok((file_name(p), Project::open(p)?)))
            .collect::<crate::Result<Vec<_>>>()?;
        let project = self.recorded(author)?;
        let mut all = vec![(mine.as_str(), &*project)];
        all.extend(opened.iter().map(|(n, p)| (n.as_str(), p)));
        let (merged, report) = crate::merge::merge_all(&all)?;
        *project = merged;
        self.adopt_project(label, now);
        let names = std::iter::once(mine).chain(opened.into_iter().map(|(n, _)| n));
        Ok(MergeOutcome {
            incoming: names.zip(report.incoming).collect(),
        })
    }

    /// Takes value `value` of conflict `conflict` (one undoable step).
    pub fn resolve(
        &mut self,
        conflict: &str,
        value: &str,
        author: &Author,
        label: &str,
        now: i64,
    ) -> crate::Result<()> {
        if self.project.is_none() {
            return Err(SessionError::MergeNeedsProject.into());
        }
        let project = self.recorded(author)?;
        project.resolve(conflict, value, author)?;
        self.adopt_project(label, now);
        Ok(())
    }

    /// The conflicts still open.
    pub fn conflicts(&self) -> &[Conflict] {
        self.project.as_ref().map(|p| p.conflicts()).unwrap_or(&[])
    }

    /// The history of edits as recorded in the project, oldest first.
    pub fn history(&self) -> crate::Result<Vec<HistoryEntry>> {
        match &self.project {
            Some(p) => Ok(p.history()?),
            None => Ok(vec![]),
        }
    }

    /// The follow-up rounds recorded in the project, as they went out.
    pub fn rounds(&self) -> crate::Result<Vec<Round>> {
        match &self.project {
            Some(p) => Ok(p.rounds()?),
            None => Ok(vec![]),
        }
    }

    /// Records `round`, which went out from this document, and saves the
    /// project file (edits not yet saved with it: the workbooks were
    /// written from them). The document must have a project file, where
    /// the round is kept.
    pub fn record_round(
        &mut self,
        round: Round,
        author: &Author,
        label: &str,
        now: i64,
    ) -> crate::Result<SaveReport> {
        let Some(path) = self
            .path
            .clone()
            .filter(|p| self.project.is_some() && open::is_project(p))
        else {
            return Err(SessionError::RoundNeedsProject.into());
        };
        let project = self.recorded(author)?;
        let note = EditNote {
            op: NoteOp::Added,
            entity: "round".into(),
            id: round.id.to_string(),
            name: round.name.clone(),
            fields: vec![],
        };
        let mut rounds = project.rounds()?;
        rounds.push(round);
        project.record_rounds(None, &rounds, vec![note], author, ChangeKind::Edit)?;
        self.save_to(&path, author, label, now)
    }

    /// Takes `answers` in, received on `received`: each answer that changes
    /// something is one undoable step named `label` (by its owner in the
    /// history). The document must be a project, where the round is kept.
    pub fn take_answers(
        &mut self,
        answers: &[Answer],
        received: NaiveDate,
        author: &Author,
        label: &str,
        now: i64,
    ) -> crate::Result<TakeReport> {
        if self.project.is_none() {
            return Err(SessionError::RoundNeedsProject.into());
        }
        let mut all = TakeReport::default();
        for answer in answers {
            let project = self.recorded(author)?;
            let report = crate::round::take_in(project, std::slice::from_ref(answer), received)?;
            self.adopt_project(label, now);
            all.taken.extend(report.taken);
            all.conflicts.extend(report.conflicts);
            all.problems.extend(report.problems);
        }
        Ok(all)
    }

    /// The path of the project file, when the document has one.
    fn project_file(&self) -> Option<PathBuf> {
        self.path
            .clone()
            .filter(|p| self.project.is_some() && open::is_project(p))
    }

    /// A copy of the project with every edit so far recorded, to sync with
    /// a server while the document goes on being edited; the document must
    /// have a project file.
    pub fn copy_to_sync(&mut self, author: &Author) -> crate::Result<Project> {
        if self.project_file().is_none() {
            return Err(SessionError::SyncNeedsProject.into());
        }
        Ok(self.recorded(author)?.clone())
    }

    /// Takes a copy back from a sync (see [`Document::copy_to_sync`]): what
    /// came from the server is merged in as one undoable step named `label`
    /// (edits made meanwhile stay), the copy's sync settings are kept, and
    /// the project file is saved unless it already held everything. Returns
    /// what came in.
    pub fn take_synced(
        &mut self,
        synced: &Project,
        author: &Author,
        label: &str,
        now: i64,
    ) -> crate::Result<Vec<HistoryEntry>> {
        let Some(path) = self.project_file() else {
            return Err(SessionError::SyncNeedsProject.into());
        };
        let dirty = self.undo.state().dirty;
        let project = self.recorded(author)?;
        let incoming = project.merge_copy(synced)?;
        let settings = project.sync_settings() != synced.sync_settings();
        if settings {
            project.set_sync_settings(synced.sync_settings().clone());
        }
        self.adopt_project(label, now);
        // Saved when the file would otherwise hold less than the server.
        if dirty || settings || !incoming.is_empty() {
            self.save_to(&path, author, label, now)?;
        }
        Ok(incoming)
    }

    /// Where the project is shared, if it is: the server and the document id.
    pub fn shared_at(&self) -> Option<(String, String)> {
        let s = self.project.as_ref()?.sync_settings();
        Some((s.sync_server.clone()?, s.sync_document.clone()?))
    }

    /// The council snapshots recorded in the project, oldest first.
    pub fn snapshots(&self) -> crate::Result<Vec<CouncilSnapshot>> {
        match &self.project {
            Some(p) => Ok(p.snapshots()?),
            None => Ok(vec![]),
        }
    }

    /// Records a council snapshot of the strategy as it stands (unsaved
    /// edits recorded first), with the handouts made for it, and saves the
    /// project file, where it is kept.
    pub fn record_snapshot(
        &mut self,
        meeting: &str,
        date: crate::model::PlanDate,
        handouts: &[String],
        author: &Author,
        label: &str,
        now: i64,
    ) -> crate::Result<CouncilSnapshot> {
        let Some(path) = self.project_file() else {
            return Err(SessionError::SnapshotNeedsProject.into());
        };
        let snap = self
            .recorded(author)?
            .record_snapshot(meeting, date, handouts, author)?;
        self.save_to(&path, author, label, now)?;
        Ok(snap)
    }

    /// The ghost bars of the council snapshot `id` on the strategy as it
    /// stands (unsaved edits included): the dates the actions that moved
    /// since had then. Kept until the strategy changes; the snapshot's own
    /// strategy is read from the history once.
    pub fn ghosts(&mut self, id: &str) -> crate::Result<crate::layout::Ghosts> {
        if let Some(k) = &self.ghosts
            && k.asked == id
            && k.now == self.strategy
        {
            return Ok(k.ghosts.clone());
        }
        let (then, snapshot) = match self.ghosts.take() {
            Some(k) if k.asked == id => (k.then, k.ghosts.snapshot),
            _ => {
                let Some(project) = &self.project else {
                    return Err(SessionError::SnapshotNeedsProject.into());
                };
                let found = project.find_snapshot(id)?;
                (project.strategy_at(&found.heads)?, found.id.0)
            }
        };
        let ghosts = crate::layout::Ghosts {
            snapshot,
            moved: crate::changes::between(&then, &self.strategy).rescheduled,
        };
        self.ghosts = Some(KeptGhosts {
            asked: id.to_owned(),
            then,
            now: self.strategy.clone(),
            ghosts: ghosts.clone(),
        });
        Ok(ghosts)
    }

    /// What changed since the snapshot `since` until now (edits not yet
    /// saved included).
    pub fn changes_since(
        &mut self,
        since: &str,
        author: &Author,
    ) -> crate::Result<crate::changes::Changes> {
        if self.project.is_none() {
            return Err(SessionError::SnapshotNeedsProject.into());
        }
        let project = self.recorded(author)?;
        Ok(crate::changes::since(project, since, None)?)
    }
}
