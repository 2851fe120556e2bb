//! Live on a shared folder: what the session does when the open file's
//! folder changes. Another laptop's save that the sync client brought is
//! merged in without a reload, as one undoable step, and said ("Sivistys-
//! johtaja muutti 3 toimenpidettä"); unsaved edits stay. Conflict copies
//! that sync clients leave beside the file are offered, merged in, the file
//! saved, and only then set aside (renamed, trashed or kept), as the user
//! chose. The app's shell watches the folder and forwards the changed paths
//! to [`Session::folder_changed`]; the rules are all here.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::i18n::{Lang, Message};
use crate::store::copies::{self, SetAside};
use crate::store::{Author, HistoryEntry};

use super::error::SessionError;
use super::{
    AfterMerge, CopiesMerged, CopyOut, FolderNews, Incoming, Merged, Session, file_name,
    history_line, now_ms,
};

/// What one copy brought, as the UI shows it: every change, and who changed
/// how much.
pub(super) fn incoming(name: String, entries: &[HistoryEntry], lang: Lang) -> Incoming {
    Incoming {
        name,
        changes: entries.iter().map(|e| history_line(e, lang)).collect(),
        summary: summary(entries, lang),
    }
}

/// One line per author, in the order they first appear: how many items
/// they edited ("Sivistysjohtaja muutti 3 toimenpidettä").
pub fn summary(entries: &[HistoryEntry], lang: Lang) -> Vec<String> {
    let mut authors: Vec<&str> = vec![];
    for e in entries {
        if !authors.contains(&e.author.as_str()) {
            authors.push(&e.author);
        }
    }
    authors
        .into_iter()
        .filter_map(|author| {
            let theirs = entries.iter().filter(|e| e.author == author);
            let mut items = BTreeSet::new();
            let mut more = 0;
            for e in theirs {
                items.extend(e.notes.iter().map(|n| (n.entity.as_str(), n.id.as_str())));
                more += e.more;
            }
            let count = items.len() + more;
            if count == 0 {
                return None;
            }
            let what = if more == 0 && items.iter().all(|(entity, _)| *entity == "action") {
                "action"
            } else {
                "other"
            };
            let who = if author.is_empty() {
                lang.text("app-merge-unknown-author")
            } else {
                author.to_owned()
            };
            let message = Message::new("app-came-in-summary")
                .arg("author", who)
                .arg("what", what)
                .num("count", count as f64);
            Some(lang.tr(&message))
        })
        .collect()
}

fn copy_out(path: &Path) -> CopyOut {
    CopyOut {
        path: path.display().to_string(),
        file_name: file_name(path),
    }
}

/// Whether `changed` names the file at `file` or one of its conflict copies.
fn touches(file: &Path, changed: &Path) -> (bool, bool) {
    let same_dir = |p: &Path| {
        let key = |d: &Path| std::fs::canonicalize(d).unwrap_or_else(|_| d.to_path_buf());
        p.parent().map(key) == file.parent().map(key)
    };
    let (Some(name), Some(stem), Some(ext)) = (
        changed.file_name().and_then(|n| n.to_str()),
        file.file_stem().and_then(|s| s.to_str()),
        file.extension().and_then(|s| s.to_str()),
    ) else {
        return (false, false);
    };
    if !same_dir(changed) {
        return (false, false);
    }
    let is_file = Some(std::ffi::OsStr::new(name)) == file.file_name();
    // A copy renamed to `NAME.merged` is a copy that went.
    let copy_name = name.strip_suffix(".merged").unwrap_or(name);
    let is_copy = copies::copy_kind(copy_name, stem, ext).is_some();
    (is_file, is_copy)
}

impl Session {
    /// The project file the session follows on disk (the folder to watch
    /// is its parent).
    pub fn watched_file(&self) -> Option<PathBuf> {
        self.project_path()
    }

    /// What the change of the files at `changed` (in the open file's folder)
    /// brought: another program's save of the open file, merged in; the
    /// conflict copies beside it, when one came, changed or went. The app's
    /// own saves bring nothing (the file is as last saved).
    pub fn folder_changed(&self, changed: &[PathBuf]) -> crate::Result<FolderNews> {
        let Some(file) = self.watched_file() else {
            return Ok(FolderNews {
                came_in: None,
                copies: None,
            });
        };
        let (mut file_changed, mut copy_changed) = (false, false);
        for path in changed {
            let (f, c) = touches(&file, path);
            file_changed |= f;
            copy_changed |= c;
        }
        let came_in = if file_changed {
            self.disk_changed()?
        } else {
            None
        };
        Ok(FolderNews {
            came_in,
            copies: copy_changed.then(|| self.conflict_copies()),
        })
    }

    /// When another program saved the open project file since it was read
    /// or saved here: merges that in (unsaved edits stay, the document stays
    /// modified), as one undoable step, and says what came in. `None` when
    /// the file is as last read or saved.
    pub fn disk_changed(&self) -> crate::Result<Option<Merged>> {
        self.with_doc(|doc, s| {
            let (lang, author) = (s.lang, Author::new(s.author.clone()));
            let label = lang.text("app-edit-came-in");
            let Some(entries) = doc.merge_disk(&author, &label, now_ms())? else {
                return Ok(None);
            };
            let name = doc.path().map(file_name).unwrap_or_default();
            let came_in = vec![incoming(name, &entries, lang)];
            Ok(Some(self.merged(doc, lang, came_in)))
        })
        .or_else(|e| match e {
            crate::Error::Session(SessionError::NoDocument) => Ok(None),
            e => Err(e),
        })
    }

    /// The conflict copies beside the open project file that share its
    /// history (none when no project file is open).
    pub fn conflict_copies(&self) -> Vec<CopyOut> {
        let inner = self.lock();
        let Some(doc) = inner.doc.as_ref() else {
            return vec![];
        };
        doc.conflict_copies()
            .iter()
            .map(|c| copy_out(&c.path))
            .collect()
    }

    /// Merges the conflict copies at `paths` (only copies
    /// [`Session::conflict_copies`] offers) into the open document as one
    /// undoable step, saves the file, and only when that save succeeded
    /// sets the copies aside as `after` says. Saving first is what keeps
    /// a copy's edits safe: until the file on disk holds them, the copy is
    /// their only home outside this process.
    pub fn merge_conflict_copies(
        &self,
        paths: &[PathBuf],
        after: AfterMerge,
    ) -> crate::Result<CopiesMerged> {
        let offered: Vec<String> = self.conflict_copies().into_iter().map(|c| c.path).collect();
        if paths.is_empty()
            || paths
                .iter()
                .any(|p| !offered.contains(&p.display().to_string()))
        {
            return Err(SessionError::NotACopy.into());
        }
        let file = self.project_path().ok_or(SessionError::MergeNeedsProject)?;
        let merged = self.with_doc(|doc, s| {
            let (lang, author) = (s.lang, Author::new(s.author.clone()));
            let label = lang.text("app-edit-merge-copies");
            let outcome = doc.merge_copies(paths, &author, &label, now_ms())?;
            let came_in = outcome
                .incoming
                .into_iter()
                .map(|(name, entries)| incoming(name, &entries, lang))
                .collect();
            Ok(self.merged(doc, lang, came_in))
        })?;
        let mut out = CopiesMerged {
            merged,
            saved: None,
            set_aside: vec![],
            not_set_aside: vec![],
        };
        match self.save_to(&file) {
            Ok(saved) => out.saved = Some(saved),
            Err(e) => {
                let why = e.to_user(self.lang()).message;
                out.not_set_aside = paths
                    .iter()
                    .map(|p| format!("{}: {why}", file_name(p)))
                    .collect();
                return Ok(out);
            }
        }
        let how = match after {
            AfterMerge::Rename => SetAside::Rename,
            AfterMerge::Trash => SetAside::Trash,
            AfterMerge::Keep => return Ok(out),
        };
        for path in paths {
            match copies::set_aside(path, how) {
                Ok(_) => out.set_aside.push(file_name(path)),
                Err(e) => {
                    let why = crate::Error::from(e).to_user(self.lang()).message;
                    out.not_set_aside
                        .push(format!("{}: {why}", file_name(path)));
                }
            }
        }
        Ok(out)
    }
}
