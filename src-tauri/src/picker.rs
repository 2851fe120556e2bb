//! Native file dialogs, opened from Rust so the web view never names a path:
//! the only files the app touches are the ones the user picked (or gave on
//! the command line, or opened before from the recent list).
//!
//! For end-to-end tests, where a native dialog cannot be clicked, the
//! environment variable `TIEKARTTA_TEST_ANSWERS` names a directory: a dialog
//! then takes its answer from the file `answer` in it (one path, consumed) or
//! is cancelled when there is none. Everything after the answer runs the same
//! code as a real pick.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

/// What a dialog is for: its filter and title.
#[derive(Debug, Clone, Copy)]
pub enum Purpose {
    /// Open a project file (or interchange JSON).
    OpenProject,
    /// Import interchange JSON.
    ImportJson,
    /// Save a project file.
    SaveProject,
    /// Save a PDF handout.
    SavePdf,
    /// Save a handout as PowerPoint.
    SavePptx,
    /// Save a handout as PNG pictures.
    SavePng,
    /// Open a copy to merge.
    OpenCopy,
    /// The folder a follow-up round's workbooks go into.
    RoundFolder,
    /// A strategy document to draft from.
    DraftSource,
    /// An action list to bring in (Excel in).
    ActionList,
}

fn test_answer() -> Option<Option<PathBuf>> {
    let dir = PathBuf::from(std::env::var_os("TIEKARTTA_TEST_ANSWERS")?);
    let file = dir.join("answer");
    let answer = std::fs::read_to_string(&file)
        .ok()
        .map(|s| PathBuf::from(s.trim()));
    let _ = std::fs::remove_file(&file);
    Some(answer)
}

/// Asks the user for a path, starting in `folder`; `None` when they cancel.
pub fn pick<R: Runtime>(
    app: &AppHandle<R>,
    purpose: Purpose,
    title: &str,
    suggested: &str,
    folder: Option<&Path>,
) -> Option<PathBuf> {
    if let Some(answer) = test_answer() {
        return answer;
    }
    let mut dialog = app.dialog().file().set_title(title);
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    let picked = match purpose {
        Purpose::OpenProject | Purpose::OpenCopy => dialog
            .add_filter("Tiekartta", &["tiekartta", "json"])
            .blocking_pick_file(),
        Purpose::ImportJson => dialog.add_filter("JSON", &["json"]).blocking_pick_file(),
        Purpose::SaveProject => dialog
            .add_filter("Tiekartta", &["tiekartta"])
            .set_file_name(suggested)
            .blocking_save_file(),
        Purpose::SavePdf => dialog
            .add_filter("PDF", &["pdf"])
            .set_file_name(suggested)
            .blocking_save_file(),
        Purpose::SavePptx => dialog
            .add_filter("PowerPoint", &["pptx"])
            .set_file_name(suggested)
            .blocking_save_file(),
        Purpose::SavePng => dialog
            .add_filter("PNG", &["png"])
            .set_file_name(suggested)
            .blocking_save_file(),
        Purpose::RoundFolder => dialog.blocking_pick_folder(),
        Purpose::DraftSource => dialog
            .add_filter("Teksti, Word", &["txt", "md", "docx"])
            .blocking_pick_file(),
        Purpose::ActionList => dialog
            .add_filter("Excel, CSV", &["xlsx", "xlsm", "csv"])
            .blocking_pick_file(),
    };
    picked.and_then(|p| p.into_path().ok())
}

fn pick_answers<R: Runtime>(
    dialog: tauri_plugin_dialog::FileDialogBuilder<R>,
) -> Option<Vec<PathBuf>> {
    let picked = dialog
        .add_filter("Excel", &["xlsx", "xlsm"])
        .blocking_pick_files()?;
    Some(
        picked
            .into_iter()
            .filter_map(|p| p.into_path().ok())
            .collect(),
    )
}

/// Asks the user for several files (returned workbooks), starting in
/// `folder`; `None` when they cancel. A test answer holds one path a line.
pub fn pick_many<R: Runtime>(
    app: &AppHandle<R>,
    title: &str,
    folder: Option<&Path>,
) -> Option<Vec<PathBuf>> {
    if let Some(answer) = test_answer() {
        let text = answer?.display().to_string();
        return Some(text.lines().map(|l| PathBuf::from(l.trim())).collect());
    }
    let mut dialog = app.dialog().file().set_title(title);
    if let Some(folder) = folder {
        dialog = dialog.set_directory(folder);
    }
    pick_answers(dialog)
}
