//! The native menu bar (Tiedosto, Muokkaa, Näytä, Ohje) in the user's
//! language, rebuilt when the language or the recent files change. A menu
//! item only tells the UI which command was chosen (the `menu` event); the
//! UI runs it by the same code path as its toolbar and keyboard, so the
//! unsaved-changes prompt and every rule apply alike.

use tauri::menu::{Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tiekartta::i18n::Lang;
use tiekartta::session::{RecentFile, Session};

/// The prefix of a recent file's item id; the rest is its place in the list.
const RECENT: &str = "recent:";

fn item<R: Runtime>(
    app: &AppHandle<R>,
    lang: Lang,
    id: &str,
    text: &'static str,
    accelerator: Option<&str>,
) -> tauri::Result<MenuItem<R>> {
    MenuItem::with_id(app, id, lang.text(text), true, accelerator)
}

/// The menu bar in `lang`, with `recent` under Viimeisimmät.
pub fn build<R: Runtime>(
    app: &AppHandle<R>,
    lang: Lang,
    recent: &[RecentFile],
) -> tauri::Result<Menu<R>> {
    let sep = || PredefinedMenuItem::separator(app);
    let recent_items = recent
        .iter()
        .enumerate()
        .map(|(i, r)| {
            MenuItem::with_id(
                app,
                format!("{RECENT}{i}"),
                &r.file_name,
                true,
                None::<&str>,
            )
        })
        .collect::<tauri::Result<Vec<_>>>()?;
    let none = MenuItem::with_id(
        app,
        "recent-none",
        lang.text("menu-recent-none"),
        false,
        None::<&str>,
    )?;
    let recent_refs: Vec<&dyn tauri::menu::IsMenuItem<R>> = if recent_items.is_empty() {
        vec![&none]
    } else {
        recent_items
            .iter()
            .map(|i| i as &dyn tauri::menu::IsMenuItem<R>)
            .collect()
    };
    let recent_menu = Submenu::with_items(app, lang.text("menu-recent"), true, &recent_refs)?;
    let file = Submenu::with_items(
        app,
        lang.text("menu-file"),
        true,
        &[
            &item(app, lang, "new", "menu-new", Some("CmdOrCtrl+N"))?,
            &item(app, lang, "open", "menu-open", Some("CmdOrCtrl+O"))?,
            &recent_menu,
            &sep()?,
            &item(app, lang, "save", "menu-save", Some("CmdOrCtrl+S"))?,
            &item(
                app,
                lang,
                "save-as",
                "menu-save-as",
                Some("CmdOrCtrl+Shift+S"),
            )?,
            &item(app, lang, "print", "app-print", Some("CmdOrCtrl+P"))?,
            &item(app, lang, "export-pdf", "menu-export-pdf", None)?,
            &item(app, lang, "import-list", "menu-import-list", None)?,
            &sep()?,
            &item(app, lang, "close", "menu-close", Some("CmdOrCtrl+W"))?,
            &item(app, lang, "quit", "menu-quit", Some("CmdOrCtrl+Q"))?,
        ],
    )?;
    // Delete has no accelerator: it would take the key from text fields.
    let edit = Submenu::with_items(
        app,
        lang.text("menu-edit"),
        true,
        &[
            &item(app, lang, "undo", "menu-undo", Some("CmdOrCtrl+Z"))?,
            &item(app, lang, "redo", "menu-redo", Some("CmdOrCtrl+Shift+Z"))?,
            &sep()?,
            &item(app, lang, "delete", "menu-delete", None)?,
        ],
    )?;
    let view = Submenu::with_items(
        app,
        lang.text("menu-view"),
        true,
        &[
            &item(app, lang, "zoom-year", "app-zoom-year", None)?,
            &item(app, lang, "zoom-quarter", "app-zoom-quarter", None)?,
            &item(app, lang, "zoom-month", "app-zoom-month", None)?,
            &item(app, lang, "zoom-week", "app-zoom-week", None)?,
            &sep()?,
            &item(
                app,
                lang,
                "text-bigger",
                "menu-text-bigger",
                Some("CmdOrCtrl+="),
            )?,
            &item(
                app,
                lang,
                "text-smaller",
                "menu-text-smaller",
                Some("CmdOrCtrl+-"),
            )?,
            &item(
                app,
                lang,
                "text-plain",
                "menu-text-plain",
                Some("CmdOrCtrl+0"),
            )?,
        ],
    )?;
    let help = Submenu::with_items(
        app,
        lang.text("menu-help"),
        true,
        &[
            &item(app, lang, "shortcuts", "menu-shortcuts", Some("F1"))?,
            &item(app, lang, "about", "menu-about", None)?,
        ],
    )?;
    Menu::with_items(app, &[&file, &edit, &view, &help])
}

/// Builds the menu bar again in the session's language and recent files.
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    let session = app.state::<Session>();
    let built = build(app, session.lang(), &session.recent());
    if let Err(e) = built.and_then(|m| app.set_menu(m)) {
        eprintln!("tiekartta: the menu bar stays as it was: {e}");
    }
}

/// A menu item chosen: tells the UI the command (an item's id of `build`:
/// `new`, `save-as`, `zoom-week`, `quit`, …; a recent file as `recent:` and
/// its path, which the session opens only if it is in the recent list).
pub fn chosen<R: Runtime>(app: &AppHandle<R>, id: &str) {
    let command = match id.strip_prefix(RECENT) {
        Some(i) => {
            let recent = app.state::<Session>().recent();
            match i.parse::<usize>().ok().and_then(|i| recent.get(i)) {
                Some(r) => format!("{RECENT}{}", r.path),
                None => return,
            }
        }
        None => id.to_owned(),
    };
    let _ = app.emit("menu", command);
}
