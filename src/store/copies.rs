//! Conflict copies that sync clients leave beside a file.
//!
//! When two laptops save one file on a synced folder before the sync client
//! has brought the other's save, OneDrive, Dropbox, Nextcloud, Syncthing and
//! Google Drive keep both: the file, and a copy named after the machine or
//! the clash ("Strategia-LAPTOP-7.tiekartta", "Strategia (Maija's conflicted
//! copy 2026-10-14).tiekartta", "Strategia.sync-conflict-20261014-101500-
//! ABC1234.tiekartta", "Strategia (1).tiekartta"). Every such copy holds the
//! history it was saved with, so it merges into the file like any copy.
//! [`find`] names the copies beside a file that share its history; merging
//! one in ([`Project::merge_copy`]) and setting it aside ([`set_aside`]) are
//! separate steps, so that a copy is moved away only after a merge that
//! succeeded and with the user's consent.

use std::path::{Path, PathBuf};

use automerge::ChangeHash;

use super::{HistoryEntry, Project, Result, StoreError};

impl Project {
    /// Merges in the file at `path`, which another program saved since this
    /// project read it; returns the edits that came in.
    pub(super) fn merge_from_disk(&mut self, path: &Path) -> Result<Vec<HistoryEntry>> {
        let shown = path.display().to_string();
        let unreadable = |e: StoreError| StoreError::ReplacedUnreadable {
            path: shown.clone(),
            detail: e.to_string(),
        };
        let mut theirs = Project::open(path).map_err(unreadable)?;
        theirs.verify().map_err(unreadable)?;
        if !self.shares_history(&theirs) {
            return Err(StoreError::ReplacedByOther { path: shown });
        }
        // A file shared to a sync server by the other save keeps its link.
        if self.settings == super::container::Settings::default() {
            self.settings = theirs.settings.clone();
        }
        self.merge_copy(&theirs).map_err(unreadable)
    }

    /// Whether `path`, the file this project was read from or last saved
    /// to, has since been changed by another program (its SHA-256 differs).
    pub fn changed_on_disk(&self, path: &Path) -> Result<bool> {
        let key = super::file_key(path);
        match self.disk.as_ref().filter(|d| d.path == key) {
            Some(known) if path.exists() => Ok(super::container::digest(path)? != known.digest),
            _ => Ok(false),
        }
    }

    /// Merges in what another program saved to `path` (the file this
    /// project was read from or last saved to) since then, without saving;
    /// `None` when the file is as this project last read or wrote it.
    pub fn merge_changes_on_disk(&mut self, path: &Path) -> Result<Option<Vec<HistoryEntry>>> {
        if !self.changed_on_disk(path)? {
            return Ok(None);
        }
        // Taken before reading: a save in between is seen next time.
        let digest = super::container::digest(path)?;
        let incoming = self.merge_from_disk(path)?;
        self.disk = Some(super::OnDisk {
            path: super::file_key(path),
            digest,
        });
        Ok(Some(incoming))
    }

    /// Whether `other` is a copy of this project (their histories share
    /// their start). Waits for both histories.
    pub fn shares_history(&self, other: &Project) -> bool {
        let roots = |p: &Project| -> Vec<ChangeHash> {
            p.doc()
                .map(|d| {
                    d.get_changes_meta(&[])
                        .into_iter()
                        .filter(|m| m.deps.is_empty())
                        .map(|m| m.hash)
                        .collect()
                })
                .unwrap_or_default()
        };
        let theirs = roots(other);
        roots(self).iter().any(|r| theirs.contains(r))
    }

    /// Merges a copy of this project in (a conflict copy a sync client left,
    /// another program's save); returns the edits it brought, oldest first.
    /// Conflicts are kept in the project, as a merge keeps them.
    pub fn merge_copy(&mut self, copy: &Project) -> Result<Vec<HistoryEntry>> {
        self.merge_doc(copy.doc()?)
    }
}

/// Which sync client's naming a copy's name follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyKind {
    /// `NAME-MACHINE.ext` (OneDrive).
    OneDrive,
    /// `NAME (… conflicted copy …).ext` (Dropbox, Nextcloud, ownCloud).
    ConflictedCopy,
    /// `NAME.sync-conflict-DATE-TIME-DEVICE.ext` (Syncthing).
    Syncthing,
    /// `NAME (1).ext` (Google Drive, Windows, browsers).
    Numbered,
}

/// A conflict copy beside a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictCopy {
    /// Where it is.
    pub path: PathBuf,
    /// Whose naming it follows.
    pub kind: CopyKind,
}

/// Whether `name` is the name of a conflict copy of a file whose name is
/// `stem` + `.` + `ext`, and whose.
pub fn copy_kind(name: &str, stem: &str, ext: &str) -> Option<CopyKind> {
    let suffix = format!(".{ext}");
    let rest = name.strip_suffix(&suffix)?.strip_prefix(stem)?;
    if rest.is_empty() {
        return None;
    }
    if let Some(tag) = rest.strip_prefix(".sync-conflict-") {
        return (!tag.is_empty()).then_some(CopyKind::Syncthing);
    }
    if let Some(inner) = rest.strip_prefix(" (").and_then(|r| r.strip_suffix(')')) {
        if !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_digit()) {
            return Some(CopyKind::Numbered);
        }
        let lower = inner.to_lowercase();
        let clash = ["conflict", "ristiriita", "konflikt"];
        return clash
            .iter()
            .any(|w| lower.contains(w))
            .then_some(CopyKind::ConflictedCopy);
    }
    if let Some(machine) = rest.strip_prefix('-') {
        let ok = !machine.is_empty()
            && machine
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            && machine.chars().any(|c| c.is_ascii_alphabetic());
        return ok.then_some(CopyKind::OneDrive);
    }
    None
}

/// The conflict copies beside `path` that are copies of the same strategy
/// (they share its history); files that only look like copies, or cannot
/// be read, are left out.
pub fn find(path: &Path, project: &Project) -> Vec<ConflictCopy> {
    let (Some(dir), Some(stem), Some(ext)) = (
        path.parent().map(|d| {
            if d.as_os_str().is_empty() {
                Path::new(".")
            } else {
                d
            }
        }),
        path.file_stem().and_then(|s| s.to_str()),
        path.extension().and_then(|s| s.to_str()),
    ) else {
        return vec![];
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return vec![];
    };
    let mut found: Vec<ConflictCopy> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_str()?.to_owned();
            let kind = copy_kind(&name, stem, ext)?;
            let copy = Project::open(&e.path()).ok()?;
            project.shares_history(&copy).then(|| ConflictCopy {
                path: e.path(),
                kind,
            })
        })
        .collect();
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

/// How a merged copy is set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetAside {
    /// Renamed to `NAME.merged` beside where it was (reversible, and seen
    /// by everyone on the shared folder).
    Rename,
    /// Moved to the system's trash.
    Trash,
}

/// Sets a merged copy aside; returns where it went (none for the trash).
pub fn set_aside(copy: &Path, how: SetAside) -> Result<Option<PathBuf>> {
    let io = |e: &dyn std::fmt::Display| StoreError::Io {
        path: copy.display().to_string(),
        detail: e.to_string(),
    };
    match how {
        SetAside::Rename => {
            let mut name = copy
                .file_name()
                .map(|n| n.to_os_string())
                .unwrap_or_default();
            name.push(".merged");
            let to = copy.with_file_name(name);
            std::fs::rename(copy, &to).map_err(|e| io(&e))?;
            Ok(Some(to))
        }
        SetAside::Trash => {
            trash::delete(copy).map_err(|e| io(&e))?;
            Ok(None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_names_sync_clients_give_conflict_copies_are_recognised() {
        let k = |n| copy_kind(n, "Strategia", "tiekartta");
        assert_eq!(k("Strategia-LAPTOP-7.tiekartta"), Some(CopyKind::OneDrive));
        assert_eq!(
            k("Strategia-DESKTOP-4F2K9Q1.tiekartta"),
            Some(CopyKind::OneDrive)
        );
        assert_eq!(
            k("Strategia (conflicted copy 2026-10-14).tiekartta"),
            Some(CopyKind::ConflictedCopy)
        );
        assert_eq!(
            k("Strategia (Maija's conflicted copy 2026-10-14).tiekartta"),
            Some(CopyKind::ConflictedCopy)
        );
        assert_eq!(
            k("Strategia (conflicted copy 2026-10-14 101500).tiekartta"),
            Some(CopyKind::ConflictedCopy)
        );
        assert_eq!(
            k("Strategia (Maijan ristiriitainen kopio 2026-10-14).tiekartta"),
            Some(CopyKind::ConflictedCopy)
        );
        assert_eq!(
            k("Strategia.sync-conflict-20261014-101500-ABC1234.tiekartta"),
            Some(CopyKind::Syncthing)
        );
        assert_eq!(k("Strategia (1).tiekartta"), Some(CopyKind::Numbered));
    }

    #[test]
    fn other_names_are_not_taken_for_conflict_copies() {
        let k = |n| copy_kind(n, "Strategia", "tiekartta");
        for other in [
            "Strategia.tiekartta",
            "Strategia.tiekartta.bak",
            "Strategia-2027.tiekartta",
            "Strategia (luonnos).tiekartta",
            "Strategia-LAPTOP-7.json",
            "Toinen-LAPTOP-7.tiekartta",
            ".Strategia.tiekartta.123-456.tmp",
            "Strategia ().tiekartta",
        ] {
            assert_eq!(k(other), None, "{other}");
        }
    }
}
