//! Follows the open file's folder with `notify`: each burst of changes
//! (debounced) goes to the session (`Session::folder_changed`), which holds
//! every rule; what it brings is sent to the UI as events
//! (`disk-changed` with a `Merged`, `conflict-copies` with the copies,
//! `folder-error` with a `UserError`). The app's own saves bring nothing:
//! the file is then as the session last wrote it.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};
use tauri::{AppHandle, Emitter, Manager};
use tiekartta::session::Session;

/// How long a burst of changes (a save: temporary file, rename, backup) is
/// gathered before the session looks.
const SETTLE: Duration = Duration::from_millis(400);

/// The folder watched and its watcher; dropped to stop watching.
#[derive(Default)]
pub struct Watch(Mutex<Option<(PathBuf, Debouncer<RecommendedWatcher>)>>);

/// Watches the folder of the session's open project file (nothing when
/// none is open); call after every command that opens, saves as or closes.
pub fn follow(app: &AppHandle) {
    let session = app.state::<Session>();
    let dir = session
        .watched_file()
        .and_then(|f| f.parent().map(Path::to_path_buf));
    let watch = app.state::<Watch>();
    let mut current = watch.0.lock().unwrap_or_else(|e| e.into_inner());
    if current.as_ref().map(|(d, _)| d) == dir.as_ref() {
        return;
    }
    *current = None;
    let Some(dir) = dir else {
        return;
    };
    let handle = app.clone();
    let debouncer = new_debouncer(SETTLE, move |events: DebounceEventResult| {
        let Ok(events) = events else {
            return;
        };
        let paths: Vec<PathBuf> = events.into_iter().map(|e| e.path).collect();
        tell(&handle, &paths);
    });
    match debouncer {
        Ok(mut d) => match d.watcher().watch(&dir, RecursiveMode::NonRecursive) {
            Ok(()) => *current = Some((dir, d)),
            Err(e) => eprintln!("tiekartta: not watching {}: {e}", dir.display()),
        },
        Err(e) => eprintln!("tiekartta: no file watcher: {e}"),
    }
}

/// Hands the changed paths to the session and its news to the UI.
fn tell(app: &AppHandle, paths: &[PathBuf]) {
    let session = app.state::<Session>();
    let sent = match session.folder_changed(paths) {
        Ok(news) => {
            let merged = news.came_in.map(|m| app.emit("disk-changed", m));
            let copies = news.copies.map(|c| app.emit("conflict-copies", c));
            merged.into_iter().chain(copies).collect()
        }
        Err(e) => app.emit("folder-error", e.to_user(session.lang())),
    };
    if let Err(e) = sent {
        eprintln!("tiekartta: {e}");
    }
}
