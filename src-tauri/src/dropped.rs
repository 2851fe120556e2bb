//! A file dropped on the window: the shell keeps its path and tells the UI
//! its name and whether it is a copy of the open strategy; the UI then asks
//! (unsaved changes; open or merge) and calls `open_dropped` or
//! `merge_dropped`, which take the kept path, so the web view never names one.
//!
//! For end-to-end tests, where WebDriver cannot drop a file, `test_event`
//! (only when `TIEKARTTA_TEST_ANSWERS` is set, like the dialogs' answers)
//! runs the same handler as a real drop, or a menu item as if chosen.

use std::path::PathBuf;
use std::sync::Mutex;

use tauri::{AppHandle, Emitter, Manager, Runtime};
use tiekartta::session::{Session, open};

/// The file dropped last, until the UI opens or merges it.
#[derive(Default)]
pub struct DroppedFile(Mutex<Option<PathBuf>>);

impl DroppedFile {
    /// Takes the path (the second call gets `None`).
    pub fn take(&self) -> Option<PathBuf> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}

/// Files dropped on the window: the first strategy file among them (else
/// the first file) is kept and offered to the UI.
pub fn dropped<R: Runtime>(app: &AppHandle<R>, paths: &[PathBuf]) {
    let strategy_file = paths
        .iter()
        .find(|p| open::is_project(p) || open::is_json(p));
    let Some(path) = strategy_file.or(paths.first()) else {
        return;
    };
    let info = app.state::<Session>().dropped(path);
    *app.state::<DroppedFile>()
        .0
        .lock()
        .unwrap_or_else(|e| e.into_inner()) = Some(path.clone());
    let _ = app.emit("file-dropped", info);
}

/// Whether the test hooks are on.
pub fn testing() -> bool {
    std::env::var_os("TIEKARTTA_TEST_ANSWERS").is_some()
}
