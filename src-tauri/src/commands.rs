//! The commands the UI invokes: each unpacks the state, calls the session or
//! the core, and maps errors to `{code, message}` in the user's language.

use std::path::PathBuf;

use tauri::{AppHandle, State};
use tiekartta::error::UserError;
use tiekartta::i18n::Message;
use tiekartta::model::Strategy;

use crate::boundary::{
    Boot, ConflictOut, DragPreview, Fragment, HistoryLine, Merged, Opened, Picture, PrintRequest,
    ProblemLine, RoadmapRequest, Saved, SettingsPatch,
};
use crate::picker::{self, Purpose};
use crate::session::{Session, user_error};
use crate::{StartupFile, picture, samples};

type Res<T> = Result<T, UserError>;

/// Settings, recent files, samples, recovery and the command-line file.
#[tauri::command]
pub async fn boot(session: State<'_, Session>, startup: State<'_, StartupFile>) -> Res<Boot> {
    let settings = session.settings();
    let recovery = session.recovery();
    let (mut opened, mut startup_error) = (None, None);
    // The command-line file is opened once; a recovery offer is shown beside it.
    if let Some(path) = startup.take() {
        match session.open(&path) {
            Ok(o) => opened = Some(o),
            Err(e) => startup_error = Some(e),
        }
    }
    Ok(Boot {
        lang: settings.lang,
        author: settings.author,
        recent: session.recent(),
        samples: samples::list(),
        recovery,
        startup: opened,
        startup_error,
    })
}

/// Changes the language or the author name.
#[tauri::command]
pub async fn set_settings(session: State<'_, Session>, patch: SettingsPatch) -> Res<()> {
    session.update_settings(patch.lang, patch.author);
    Ok(())
}

/// Shows the open dialog and opens the picked file.
#[tauri::command]
pub async fn open_dialog(app: AppHandle, session: State<'_, Session>) -> Res<Option<Opened>> {
    let title = session.lang().text("app-open-title");
    match picker::pick(&app, Purpose::OpenProject, &title, "") {
        Some(path) => session.open(&path).map(Some),
        None => Ok(None),
    }
}

/// Opens a file from the recent list.
#[tauri::command]
pub async fn open_recent(session: State<'_, Session>, path: String) -> Res<Opened> {
    let path = PathBuf::from(path);
    if !session.is_recent(&path) {
        return Err(user_error(session.lang(), Message::new("app-not-recent")));
    }
    session.open(&path)
}

/// Shows the import dialog and reads the picked interchange JSON as a new strategy.
#[tauri::command]
pub async fn import_dialog(app: AppHandle, session: State<'_, Session>) -> Res<Option<Opened>> {
    let lang = session.lang();
    let Some(path) = picker::pick(
        &app,
        Purpose::ImportJson,
        &lang.text("app-import-title"),
        "",
    ) else {
        return Ok(None);
    };
    let text =
        std::fs::read_to_string(&path).map_err(|e| tiekartta::Error::io(&path, e).to_user(lang))?;
    let strategy = tiekartta::interchange::from_json(&text)
        .map_err(|e| tiekartta::Error::from(e).to_user(lang))?;
    Ok(Some(session.adopt(strategy, lang.text("app-untitled"))))
}

/// Starts a new strategy from a bundled sample.
#[tauri::command]
pub async fn new_from_sample(session: State<'_, Session>, key: String) -> Res<Opened> {
    let lang = session.lang();
    let strategy = samples::load(&key).map_err(|e| e.to_user(lang))?;
    Ok(session.adopt(strategy, lang.text("app-untitled")))
}

/// Takes the edited strategy; returns its validation problems.
#[tauri::command]
pub async fn update(session: State<'_, Session>, strategy: Strategy) -> Res<Vec<ProblemLine>> {
    Ok(session.update(strategy))
}

/// Saves to the current file, or asks for one.
#[tauri::command]
pub async fn save(app: AppHandle, session: State<'_, Session>) -> Res<Option<Saved>> {
    match session.path() {
        Some(path) if path.extension().is_some_and(|e| e == "tiekartta") => {
            session.save_to(&path).map(Some)
        }
        _ => save_as(app, session).await,
    }
}

/// Asks for a file and saves there.
#[tauri::command]
pub async fn save_as(app: AppHandle, session: State<'_, Session>) -> Res<Option<Saved>> {
    let lang = session.lang();
    let suggested = session
        .strategy()
        .map(|s| format!("{}.tiekartta", s.name))
        .unwrap_or_default();
    match picker::pick(
        &app,
        Purpose::SaveProject,
        &lang.text("app-save-title"),
        &suggested,
    ) {
        Some(mut path) => {
            if path.extension().is_none_or(|e| e != "tiekartta") {
                path.set_extension("tiekartta");
            }
            session.save_to(&path).map(Some)
        }
        None => Ok(None),
    }
}

/// Closes the current document.
#[tauri::command]
pub async fn close_document(session: State<'_, Session>) -> Res<()> {
    session.close();
    Ok(())
}

/// Opens the work found in the recovery file.
#[tauri::command]
pub async fn recover(session: State<'_, Session>) -> Res<Opened> {
    session.recover()
}

/// Throws the recovery file away.
#[tauri::command]
pub async fn discard_recovery(session: State<'_, Session>) -> Res<()> {
    session.discard_offered();
    Ok(())
}

/// Validation problems of the current strategy, in the current language.
#[tauri::command]
pub async fn problems(session: State<'_, Session>) -> Res<Vec<ProblemLine>> {
    Ok(session
        .strategy()
        .map(|s| crate::session::problems(&s, session.lang()))
        .unwrap_or_default())
}

/// The roadmap of the current strategy, from the core's layout.
#[tauri::command]
pub async fn roadmap(
    session: State<'_, Session>,
    cache: State<'_, picture::LayoutCache>,
    request: RoadmapRequest,
) -> Res<Picture> {
    let lang = session.lang();
    let strategy = session
        .strategy()
        .ok_or_else(|| user_error(lang, Message::new("app-no-document")))?;
    picture::roadmap(&cache, strategy, &request, lang).map_err(|e| e.to_user(lang))
}

/// The roadmap laid out again with an action dragged but not yet dropped.
#[tauri::command]
pub async fn roadmap_drag(
    session: State<'_, Session>,
    request: RoadmapRequest,
    drag: DragPreview,
) -> Res<Fragment> {
    let lang = session.lang();
    let strategy = session
        .strategy()
        .ok_or_else(|| user_error(lang, Message::new("app-no-document")))?;
    picture::drag_fragment(&strategy, &picture::screen_view(&request, lang), &drag)
        .map_err(|e| e.to_user(lang))
}

/// A handout's pages for the print preview.
#[tauri::command]
pub async fn handout(session: State<'_, Session>, request: PrintRequest) -> Res<Picture> {
    let lang = session.lang();
    let strategy = session
        .strategy()
        .ok_or_else(|| user_error(lang, Message::new("app-no-document")))?;
    picture::picture(&strategy, &picture::print_view(&request)).map_err(|e| e.to_user(lang))
}

/// Asks where to save the handout's PDF and writes it there.
#[tauri::command]
pub async fn export_pdf(
    app: AppHandle,
    session: State<'_, Session>,
    request: PrintRequest,
) -> Res<Option<Saved>> {
    let lang = session.lang();
    let strategy = session
        .strategy()
        .ok_or_else(|| user_error(lang, Message::new("app-no-document")))?;
    let bytes = picture::pdf(&strategy, &request, &session.settings().author)
        .map_err(|e| e.to_user(lang))?;
    let suggested = format!("{}.pdf", strategy.name);
    let Some(mut path) = picker::pick(
        &app,
        Purpose::SavePdf,
        &lang.text("app-pdf-title"),
        &suggested,
    ) else {
        return Ok(None);
    };
    if path.extension().is_none_or(|e| e != "pdf") {
        path.set_extension("pdf");
    }
    std::fs::write(&path, bytes).map_err(|e| tiekartta::Error::io(&path, e).to_user(lang))?;
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(Some(Saved {
        path: path.display().to_string(),
        file_name,
    }))
}

/// Asks for a copy of the project and merges it in.
#[tauri::command]
pub async fn merge_dialog(app: AppHandle, session: State<'_, Session>) -> Res<Option<Merged>> {
    let title = session.lang().text("app-merge-title");
    match picker::pick(&app, Purpose::OpenCopy, &title, "") {
        Some(path) => session.merge_copy(&path).map(Some),
        None => Ok(None),
    }
}

/// Chooses one value of a conflict.
#[tauri::command]
pub async fn resolve(session: State<'_, Session>, conflict: String, value: String) -> Res<Merged> {
    session.resolve(&conflict, &value)
}

/// The open conflicts.
#[tauri::command]
pub async fn conflicts(session: State<'_, Session>) -> Res<Vec<ConflictOut>> {
    Ok(session.conflicts())
}

/// Who changed what, when; newest first.
#[tauri::command]
pub async fn history(session: State<'_, Session>) -> Res<Vec<HistoryLine>> {
    session.history()
}
