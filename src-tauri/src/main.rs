//! The Tiekartta desktop shell: a Tauri 2 window around the Svelte UI, with
//! thin commands that call the core. No shell plugin and no file-system
//! plugin: files are read and written in Rust, and only the ones the user
//! picked in a native dialog, gave on the command line or opened before.

#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod boundary;
mod commands;
mod document;
mod picker;
mod picture;
mod samples;
mod session;

use std::path::PathBuf;
use std::sync::Mutex;

use tauri::Manager;

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

fn main() {
    let result = tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .manage(StartupFile(Mutex::new(startup_path())))
        .manage(picture::LayoutCache::default())
        .setup(|app| {
            let dir = app
                .path()
                .app_config_dir()
                .unwrap_or_else(|_| std::env::temp_dir().join("tiekartta"));
            app.manage(session::Session::load(dir));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::boot,
            commands::set_settings,
            commands::open_dialog,
            commands::open_recent,
            commands::import_dialog,
            commands::new_from_sample,
            commands::update,
            commands::save,
            commands::save_as,
            commands::close_document,
            commands::recover,
            commands::discard_recovery,
            commands::problems,
            commands::roadmap,
            commands::roadmap_drag,
            commands::handout,
            commands::export_pdf,
            commands::merge_dialog,
            commands::resolve,
            commands::conflicts,
            commands::history,
        ])
        .run(tauri::generate_context!());
    if let Err(e) = result {
        eprintln!("tiekartta: {e}");
        std::process::exit(1);
    }
}
