//! The Tiekartta desktop shell: a Tauri 2 window around the Svelte UI, with
//! thin commands that call the core. No shell plugin and no file-system
//! plugin: files are read and written in Rust, and only the ones the user
//! picked in a native dialog, gave on the command line or opened before.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod commands;
mod council;
mod drafting;
mod dropped;
mod listing;
mod menu;
mod picker;
mod print;
mod rounds;
mod samples;
mod schedule;
mod syncing;
mod watch;

use std::path::PathBuf;
use std::sync::Mutex;

use tauri::{DragDropEvent, Manager, WindowEvent};

/// The file named on the command line, handed to the UI once.
#[derive(Default)]
pub struct StartupFile(Mutex<Option<PathBuf>>);

impl StartupFile {
    /// Takes the path (the second call gets `None`).
    pub fn take(&self) -> Option<PathBuf> {
        self.0.lock().unwrap_or_else(|e| e.into_inner()).take()
    }
}

/// The first argument that is not an option, as an absolute path.
fn startup_path() -> Option<PathBuf> {
    let arg = std::env::args_os()
        .skip(1)
        .find(|a| !a.to_string_lossy().starts_with('-'))?;
    let path = PathBuf::from(arg);
    Some(std::path::absolute(&path).unwrap_or(path))
}

/// The settings folder of versions before 0.2, named after the old bundle
/// identifier (`fi.tiekartta.app`, which macOS would take for an app bundle).
const OLD_IDENTIFIER: &str = "fi.tiekartta.app";

/// Moves the settings, recent files and recovery file from the old folder to
/// `dir` once, when `dir` does not exist yet; leaves both alone otherwise.
fn move_old_settings(dir: &std::path::Path) {
    let Some(old) = dir.parent().map(|p| p.join(OLD_IDENTIFIER)) else {
        return;
    };
    if old.is_dir()
        && !dir.exists()
        && let Err(e) = std::fs::rename(&old, dir)
    {
        eprintln!("tiekartta: settings stay in {}: {e}", old.display());
    }
}

fn main() {
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(StartupFile(Mutex::new(startup_path())))
        .manage(watch::Watch::default())
        .manage(dropped::DroppedFile::default())
        .setup(|app| {
            let dir = app
                .path()
                .app_config_dir()
                .unwrap_or_else(|_| std::env::temp_dir().join("tiekartta"));
            move_old_settings(&dir);
            app.manage(tiekartta::session::Session::load(dir));
            // Edits typed in quick succession reach the recovery file on
            // this timer (the session decides what is due).
            let handle = app.handle().clone();
            std::thread::spawn(move || {
                loop {
                    std::thread::sleep(tiekartta::session::recovery::EVERY);
                    handle
                        .state::<tiekartta::session::Session>()
                        .flush_recovery();
                }
            });
            syncing::start(app.handle());
            menu::refresh(app.handle());
            Ok(())
        })
        .on_menu_event(|app, event| menu::chosen(app, event.id().as_ref()))
        .on_window_event(|window, event| {
            if let WindowEvent::DragDrop(DragDropEvent::Drop { paths, .. }) = event {
                dropped::dropped(window.app_handle(), paths);
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::boot,
            commands::set_settings,
            commands::zoom_text,
            commands::quit,
            commands::open_dropped,
            commands::merge_dropped,
            commands::test_event,
            commands::open_dialog,
            commands::open_recent,
            commands::import_dialog,
            commands::new_from_sample,
            commands::new_blank,
            commands::change,
            commands::undo,
            commands::redo,
            commands::save,
            commands::save_as,
            commands::close_document,
            commands::recover,
            commands::discard_recovery,
            commands::problems,
            schedule::schedule,
            commands::parse_date,
            commands::roadmap,
            commands::roadmap_drag,
            commands::drop_drag,
            commands::draw_action,
            commands::handout,
            commands::export_handout,
            commands::print_handout,
            commands::merge_dialog,
            commands::resolve,
            commands::conflicts,
            commands::history,
            commands::follow_folder,
            commands::merge_conflict_copies,
            rounds::rounds,
            rounds::send_round,
            rounds::take_answers_dialog,
            rounds::take_dropped_answer,
            syncing::shared_at,
            syncing::share,
            syncing::sync_now,
            syncing::open_shared_dialog,
            drafting::draft,
            drafting::draft_source_dialog,
            drafting::accept_draft,
            listing::preview_list_dialog,
            listing::preview_dropped_list,
            listing::accept_list,
            listing::accept_list_new,
            listing::drop_list,
            council::snapshots,
            council::record_snapshot,
            council::changes_since,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("tiekartta: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_in_the_old_folder_move_once_to_the_new_one() {
        let root = tempfile::tempdir().unwrap();
        let old = root.path().join(OLD_IDENTIFIER);
        let new = root.path().join("fi.tiekartta.desktop");
        std::fs::create_dir_all(&old).unwrap();
        std::fs::write(old.join("settings.json"), r#"{"author":"Anna"}"#).unwrap();
        move_old_settings(&new);
        assert_eq!(
            std::fs::read_to_string(new.join("settings.json")).unwrap(),
            r#"{"author":"Anna"}"#
        );
        assert!(!old.exists());
        // A new folder already in use is never overwritten.
        std::fs::create_dir_all(&old).unwrap();
        std::fs::write(old.join("settings.json"), "{}").unwrap();
        move_old_settings(&new);
        assert_eq!(
            std::fs::read_to_string(new.join("settings.json")).unwrap(),
            r#"{"author":"Anna"}"#
        );
        assert!(old.join("settings.json").exists());
    }
}
