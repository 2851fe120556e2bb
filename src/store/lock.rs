//! Saves of one file, one at a time: an exclusive lock on the file itself.
//!
//! Two programs on one machine that save the same file at once (two
//! windows, two `tiekartta update`s) take turns: each holds an exclusive
//! lock on the file while it checks what is on disk, merges it in and
//! writes. The lock is on the file being replaced, so whoever waited for it
//! finds, once it has it, that the name now belongs to a newer file, and
//! locks that one instead. Across machines (a shared drive, OneDrive) no
//! lock is trusted: the merge of what is on disk before every write is the
//! guarantee, and the lock only closes the window between the check and the
//! rename on one machine.

use std::fs::File;
use std::path::Path;

use super::error::{Result, StoreError};

/// A held lock; released when dropped.
#[derive(Debug)]
pub struct SaveLock {
    _file: Option<File>,
}

/// How often a lock is tried again after the file was replaced while
/// waiting for it.
const TRIES: usize = 20;

/// Locks `path` for a save, waiting for another save of it to finish. A
/// file that does not exist needs no lock. Where the platform or the file
/// system has no locks (some network shares), the save goes on unlocked.
pub fn lock(path: &Path) -> Result<SaveLock> {
    for _ in 0..TRIES {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(SaveLock { _file: None });
            }
            Err(e) => {
                return Err(StoreError::Io {
                    path: path.display().to_string(),
                    detail: e.to_string(),
                });
            }
        };
        if file.lock().is_err() {
            return Ok(SaveLock { _file: None });
        }
        if still_named(&file, path) {
            return Ok(SaveLock { _file: Some(file) });
        }
    }
    Err(StoreError::Io {
        path: path.display().to_string(),
        detail: "the file kept being replaced by other saves".into(),
    })
}

/// Whether `path` still names the open `file` (not a newer file renamed
/// over it while the lock was awaited).
#[cfg(unix)]
fn still_named(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn still_named(_file: &File, path: &Path) -> bool {
    path.exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_waits_until_the_first_is_released() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.tiekartta");
        std::fs::write(&path, b"x").unwrap();
        let first = lock(&path).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let p = path.clone();
        let t = std::thread::spawn(move || {
            let _second = lock(&p).unwrap();
            tx.send(()).unwrap();
        });
        assert!(
            rx.recv_timeout(std::time::Duration::from_millis(200))
                .is_err()
        );
        drop(first);
        rx.recv_timeout(std::time::Duration::from_secs(10)).unwrap();
        t.join().unwrap();
    }

    #[test]
    fn a_lock_awaited_on_a_replaced_file_moves_to_the_new_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.tiekartta");
        std::fs::write(&path, b"old").unwrap();
        let first = lock(&path).unwrap();
        let p = path.clone();
        let t = std::thread::spawn(move || {
            let l = lock(&p).unwrap();
            let named = l._file.as_ref().map(|f| still_named(f, &p));
            (named, std::fs::read(&p).unwrap())
        });
        std::thread::sleep(std::time::Duration::from_millis(50));
        let tmp = dir.path().join("new");
        std::fs::write(&tmp, b"new").unwrap();
        std::fs::rename(&tmp, &path).unwrap();
        drop(first);
        let (named, bytes) = t.join().unwrap();
        assert_eq!(named, Some(true));
        assert_eq!(bytes, b"new");
    }
}
