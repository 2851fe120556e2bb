//! The recovery file: after every edit the strategy is written (atomically)
//! to `recovery.json` in the app's folder, so a crash loses nothing. Only
//! when writing it takes long (over [`CHEAP`], a strategy of tens of
//! thousands of actions) is it written at most every [`EVERY`] while the
//! person types on: the edit that comes sooner marks it due, and the app's
//! shell flushes what is due on a timer ([`super::Session::flush_recovery`]),
//! so a keystroke does not write 20 MB and a crash loses at most that much
//! typing of such a strategy. At the
//! next start it is moved aside to `recovery-offered.json` once, offered to
//! the user, and opened or thrown away; this session's own autosave never
//! overwrites work that waits for an answer.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Once};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::model::Strategy;

/// What the recovery file holds.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
struct RecoveryFile {
    path: Option<PathBuf>,
    saved_at: String,
    json: String,
}

/// Work a crash left, as read back.
#[derive(Debug, Clone)]
pub struct Recovered {
    /// The file it belonged to, if it had been saved.
    pub path: Option<PathBuf>,
    /// When it was written (RFC 3339).
    pub saved_at: String,
    /// The strategy.
    pub strategy: Strategy,
}

/// The recovery files in one folder.
#[derive(Debug)]
pub struct Autosave {
    dir: PathBuf,
    set_aside: Once,
    /// When the recovery file was last written, and how long it took.
    last: Mutex<Option<(Instant, Duration)>>,
    /// How long a write may take and still be made after every edit.
    cheap: Mutex<Duration>,
    /// Whether an edit since then is not in it yet.
    due: AtomicBool,
}

/// How often edits write the recovery file at most, when writing it is slow.
pub const EVERY: Duration = Duration::from_secs(2);

/// A write that takes less is made after every edit.
pub const CHEAP: Duration = Duration::from_millis(20);

impl Autosave {
    /// The recovery files in `dir`.
    pub fn new(dir: PathBuf) -> Autosave {
        Autosave {
            dir,
            set_aside: Once::new(),
            last: Mutex::new(None),
            cheap: Mutex::new(CHEAP),
            due: AtomicBool::new(false),
        }
    }

    fn current(&self) -> PathBuf {
        self.dir.join("recovery.json")
    }

    fn offered(&self) -> PathBuf {
        self.dir.join("recovery-offered.json")
    }

    /// Writes `strategy` (of the file at `path`) as this session's autosave.
    /// A failure is silent: autosave must never stop an edit.
    pub fn write(&self, path: Option<&Path>, strategy: &Strategy) {
        let started = Instant::now();
        self.due.store(false, Ordering::SeqCst);
        self.write_now(path, strategy);
        if let Ok(mut last) = self.last.lock() {
            *last = Some((started, started.elapsed()));
        }
    }

    fn write_now(&self, path: Option<&Path>, strategy: &Strategy) {
        let file = RecoveryFile {
            path: path.map(Path::to_path_buf),
            saved_at: chrono::Local::now().to_rfc3339(),
            json: crate::interchange::to_json(strategy),
        };
        if std::fs::create_dir_all(&self.dir).is_ok()
            && let Ok(text) = serde_json::to_string(&file)
        {
            let tmp = self.dir.join("recovery.json.tmp");
            if std::fs::write(&tmp, text).is_ok() {
                let _ = std::fs::rename(&tmp, self.current());
            }
        }
    }

    /// The work a crash left (the last session's autosave is moved aside
    /// the first time this is asked).
    pub fn offer(&self) -> Option<Recovered> {
        self.set_aside.call_once(|| {
            if self.current().exists() && !self.offered().exists() {
                let _ = std::fs::rename(self.current(), self.offered());
            }
        });
        let text = std::fs::read_to_string(self.offered()).ok()?;
        let file: RecoveryFile = serde_json::from_str(&text).ok()?;
        let strategy = crate::interchange::from_json(&file.json).ok()?;
        Some(Recovered {
            path: file.path,
            saved_at: file.saved_at,
            strategy,
        })
    }

    /// An edit was made: written now, unless the last write was slow (over
    /// the cheap limit) and less than [`EVERY`] ago; then marked due.
    pub fn note(&self, path: Option<&Path>, strategy: &Strategy) {
        let cheap = self.cheap.lock().map_or(CHEAP, |c| *c);
        let recent = self
            .last
            .lock()
            .ok()
            .and_then(|l| *l)
            .is_some_and(|(t, took)| took >= cheap && t.elapsed() < EVERY);
        if recent {
            self.due.store(true, Ordering::SeqCst);
        } else {
            self.write(path, strategy);
        }
    }

    /// Sets how long a write may take and still be made after every edit.
    pub fn set_cheap(&self, cheap: Duration) {
        if let Ok(mut c) = self.cheap.lock() {
            *c = cheap;
        }
    }

    /// Whether an edit is not in the recovery file yet.
    pub fn is_due(&self) -> bool {
        self.due.load(Ordering::SeqCst)
    }

    /// Forgets this session's autosave (saved or closed).
    pub fn clear(&self) {
        self.due.store(false, Ordering::SeqCst);
        let _ = std::fs::remove_file(self.current());
    }

    /// Forgets the work offered (recovered or thrown away).
    pub fn discard_offered(&self) {
        let _ = std::fs::remove_file(self.offered());
    }
}
