//! The commands the UI invokes: each unpacks the state, calls the core's
//! session (`tiekartta::session`) and maps errors to `{code, message}` in the
//! user's language. Dialogs stay here; nothing else does.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, State};
use tiekartta::edit::Change;
use tiekartta::error::UserError;
use tiekartta::session::{
    AfterMerge, Boot, Changed, ConflictOut, CopiesMerged, CopyOut, Drag, Drawn, ExportFormat,
    Fragment, HistoryLine, Merged, Opened, Picture, PrintRequest, ProblemLine, RoadmapRequest,
    Saved, Session, SettingsPatch, TextZoom,
};

use crate::dropped::{self, DroppedFile};
use crate::picker::{self, Purpose};
use crate::{StartupFile, menu, samples};

pub(crate) type Res<T> = Result<T, UserError>;

/// The core's error in the user's language.
pub(crate) fn user(session: &Session) -> impl Fn(tiekartta::Error) -> UserError {
    let lang = session.lang();
    move |e| e.to_user(lang)
}

/// A native dialog's title in the user's language; it starts in the open
/// file's folder, else in the last opened file's.
pub(crate) fn pick(
    app: &AppHandle,
    session: &Session,
    purpose: Purpose,
    title: &'static str,
    name: &str,
) -> Option<PathBuf> {
    let file = session
        .project_path()
        .or_else(|| session.recent().first().map(|r| PathBuf::from(&r.path)));
    let folder = file
        .as_deref()
        .and_then(Path::parent)
        .filter(|d| d.is_dir());
    picker::pick(app, purpose, &session.lang().text(title), name, folder)
}

/// An opened file changes the recent list the menu bar shows.
fn opened(app: &AppHandle, result: Res<Option<Opened>>) -> Res<Option<Opened>> {
    if matches!(result, Ok(Some(_))) {
        menu::refresh(app);
    }
    result
}

/// Settings, recent files, samples, recovery and the command-line file.
#[tauri::command]
pub async fn boot(session: State<'_, Session>, startup: State<'_, StartupFile>) -> Res<Boot> {
    let settings = session.settings();
    let text_scale = settings.text_scale();
    let recovery = session.recovery();
    // A page loaded again (a reload) finds the document still open here.
    let reloaded = session.current().is_some();
    // The command-line file is opened once; a recovery offer is shown beside it.
    let opened = startup
        .take()
        .filter(|_| !reloaded)
        .map(|path| session.open(&path).map_err(user(&session)));
    Ok(Boot {
        lang: settings.lang,
        author: settings.author,
        recent: session.recent(),
        samples: samples::list(),
        recovery,
        startup: opened.clone().and_then(Result::ok),
        startup_error: opened.and_then(Result::err),
        reloaded: session.current(),
        text_scale,
        version: env!("CARGO_PKG_VERSION").to_owned(),
    })
}

/// Changes the language or the author name.
#[tauri::command]
pub async fn set_settings(
    app: AppHandle,
    session: State<'_, Session>,
    patch: SettingsPatch,
) -> Res<()> {
    session.update_settings(patch);
    // The menu bar speaks the language chosen.
    menu::refresh(&app);
    Ok(())
}

/// One step of the roadmap's text zoom; returns the new scale.
#[tauri::command]
pub async fn zoom_text(session: State<'_, Session>, step: TextZoom) -> Res<f32> {
    Ok(session.zoom_text(step))
}

/// Quits the app (the UI has asked about unsaved work first).
#[tauri::command]
pub async fn quit(app: AppHandle) -> Res<()> {
    app.exit(0);
    Ok(())
}

/// Opens the file dropped on the window.
#[tauri::command]
pub async fn open_dropped(
    app: AppHandle,
    session: State<'_, Session>,
    dropped: State<'_, DroppedFile>,
) -> Res<Option<Opened>> {
    let result = dropped
        .take()
        .map(|p| session.open(&p))
        .transpose()
        .map_err(user(&session));
    opened(&app, result)
}

/// Merges the file dropped on the window (a copy of the open strategy) in.
#[tauri::command]
pub async fn merge_dropped(
    session: State<'_, Session>,
    dropped: State<'_, DroppedFile>,
) -> Res<Option<Merged>> {
    dropped
        .take()
        .map(|p| session.merge_copy(&p))
        .transpose()
        .map_err(user(&session))
}

/// End-to-end tests only (`TIEKARTTA_TEST_ANSWERS` set): runs the shell's
/// own handler of a file dropped on the window (`kind` "drop", `value` the
/// path) or of a menu item chosen (`kind` "menu", `value` its id).
#[tauri::command]
pub async fn test_event(app: AppHandle, kind: String, value: String) -> Res<()> {
    if !dropped::testing() {
        return Ok(());
    }
    match kind.as_str() {
        "drop" => dropped::dropped(&app, &[PathBuf::from(value)]),
        _ => menu::chosen(&app, &value),
    }
    Ok(())
}

/// Prints the handout the UI has put in its print-only part, through the
/// system's print dialog on `paper`; `false` where the UI calls
/// `window.print()` itself (see `print.rs`).
#[tauri::command]
pub async fn print_handout(
    window: tauri::WebviewWindow,
    session: State<'_, Session>,
    paper: tiekartta::layout::Paper,
    landscape: bool,
) -> Res<bool> {
    crate::print::print(&window, paper, landscape).map_err(|e| UserError {
        code: "app-print-failed".into(),
        message: session
            .lang()
            .tr(&tiekartta::i18n::Message::new("app-print-failed").arg("reason", e)),
    })
}

/// Shows the open dialog and opens the picked file.
#[tauri::command]
pub async fn open_dialog(app: AppHandle, session: State<'_, Session>) -> Res<Option<Opened>> {
    let path = pick(&app, &session, Purpose::OpenProject, "app-open-title", "");
    let result = path
        .map(|p| session.open(&p))
        .transpose()
        .map_err(user(&session));
    opened(&app, result)
}

/// Opens a file from the recent list.
#[tauri::command]
pub async fn open_recent(app: AppHandle, session: State<'_, Session>, path: String) -> Res<Opened> {
    let result = session
        .open_recent(&PathBuf::from(path))
        .map_err(user(&session));
    menu::refresh(&app);
    result
}

/// Shows the import dialog and reads the picked interchange JSON as a new strategy.
#[tauri::command]
pub async fn import_dialog(app: AppHandle, session: State<'_, Session>) -> Res<Option<Opened>> {
    let path = pick(&app, &session, Purpose::ImportJson, "app-import-title", "");
    path.map(|p| session.import(&p))
        .transpose()
        .map_err(user(&session))
}

/// Starts a new strategy from a bundled sample.
#[tauri::command]
pub async fn new_from_sample(session: State<'_, Session>, key: String) -> Res<Opened> {
    let strategy = samples::load(&key).map_err(user(&session))?;
    Ok(session.adopt(strategy))
}

/// Makes one edit the person made, as one undoable step.
#[tauri::command]
pub async fn change(
    session: State<'_, Session>,
    change: Change,
    label: String,
    key: Option<String>,
) -> Res<Changed> {
    session
        .change(&change, &label, key.as_deref())
        .map_err(user(&session))
}

/// Starts a new, blank strategy for a council term.
#[tauri::command]
pub async fn new_blank(
    session: State<'_, Session>,
    town: String,
    years: String,
    theme_word: Option<String>,
) -> Res<Opened> {
    session
        .new_blank(&town, &years, theme_word.as_deref())
        .map_err(user(&session))
}

/// Takes back the last step.
#[tauri::command]
pub async fn undo(session: State<'_, Session>) -> Res<Changed> {
    session.undo().map_err(user(&session))
}

/// Does the last undone step again.
#[tauri::command]
pub async fn redo(session: State<'_, Session>) -> Res<Changed> {
    session.redo().map_err(user(&session))
}

/// Saves to the current project file, or asks for one.
#[tauri::command]
pub async fn save(app: AppHandle, session: State<'_, Session>) -> Res<Option<Saved>> {
    match session.project_path() {
        Some(path) => session.save_to(&path).map(Some).map_err(user(&session)),
        None => save_as(app, session).await,
    }
}

/// Asks for a file and saves there.
#[tauri::command]
pub async fn save_as(app: AppHandle, session: State<'_, Session>) -> Res<Option<Saved>> {
    let name = session.suggested_name("tiekartta");
    let path = pick(
        &app,
        &session,
        Purpose::SaveProject,
        "app-save-title",
        &name,
    );
    let saved = path
        .map(|p| session.save_to(&p))
        .transpose()
        .map_err(user(&session));
    menu::refresh(&app);
    saved
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
    session.recover().map_err(user(&session))
}

/// Throws the recovery file away.
#[tauri::command]
pub async fn discard_recovery(session: State<'_, Session>) -> Res<()> {
    session.discard_recovery();
    Ok(())
}

/// Validation problems of the current strategy, in the current language.
#[tauri::command]
pub async fn problems(session: State<'_, Session>) -> Res<Vec<ProblemLine>> {
    Ok(session.problems())
}

/// `text` read as a date (ISO at its precision), or none.
#[tauri::command]
pub async fn parse_date(text: String) -> Res<Option<String>> {
    Ok(tiekartta::session::parse_date(&text))
}

/// The roadmap of the current strategy.
#[tauri::command]
pub async fn roadmap(session: State<'_, Session>, request: RoadmapRequest) -> Res<Picture> {
    session.roadmap(&request).map_err(user(&session))
}

/// The dragged item as the drop will leave it.
#[tauri::command]
pub async fn roadmap_drag(
    session: State<'_, Session>,
    request: RoadmapRequest,
    drag: Drag,
) -> Res<Fragment> {
    session
        .drag_preview(&request, &drag)
        .map_err(user(&session))
}

/// The dragged item dropped: one undoable step.
#[tauri::command]
pub async fn drop_drag(session: State<'_, Session>, drag: Drag) -> Res<Changed> {
    session.drop_drag(&drag).map_err(user(&session))
}

/// A new action drawn on a lane.
#[tauri::command]
pub async fn draw_action(
    session: State<'_, Session>,
    request: RoadmapRequest,
    drawn: Drawn,
) -> Res<Changed> {
    session
        .draw_action(&request, &drawn)
        .map_err(user(&session))
}

/// A handout's pages for the print preview.
#[tauri::command]
pub async fn handout(session: State<'_, Session>, request: PrintRequest) -> Res<Picture> {
    session.handout(&request).map_err(user(&session))
}

/// Asks where to save the handout (PDF, PowerPoint or PNG), starting in
/// the file's folder, and writes it there.
#[tauri::command]
pub async fn export_handout(
    app: AppHandle,
    session: State<'_, Session>,
    request: PrintRequest,
    format: ExportFormat,
) -> Res<Option<Saved>> {
    let (purpose, title) = match format {
        ExportFormat::Pdf => (Purpose::SavePdf, "app-pdf-title"),
        ExportFormat::Pptx { .. } => (Purpose::SavePptx, "app-pptx-title"),
        ExportFormat::Png { .. } => (Purpose::SavePng, "app-png-title"),
    };
    let name = session.suggested_name(format.extension());
    let Some(path) = pick(&app, &session, purpose, title, &name) else {
        return Ok(None);
    };
    let file_name = session
        .export_handout(&request, format, &path)
        .map_err(user(&session))?;
    let undo = session.undo_state();
    Ok(Some(Saved {
        path: path.display().to_string(),
        file_name,
        undo,
        came_in: None,
    }))
}

/// Asks for a copy of the project and merges it in.
#[tauri::command]
pub async fn merge_dialog(app: AppHandle, session: State<'_, Session>) -> Res<Option<Merged>> {
    let path = pick(&app, &session, Purpose::OpenCopy, "app-merge-title", "");
    path.map(|p| session.merge_copy(&p))
        .transpose()
        .map_err(user(&session))
}

/// Chooses one value of a conflict.
#[tauri::command]
pub async fn resolve(session: State<'_, Session>, conflict: String, value: String) -> Res<Merged> {
    session.resolve(&conflict, &value).map_err(user(&session))
}

/// The open conflicts.
#[tauri::command]
pub async fn conflicts(session: State<'_, Session>) -> Res<Vec<ConflictOut>> {
    Ok(session.conflicts())
}

/// Who changed what, when; newest first.
#[tauri::command]
pub async fn history(session: State<'_, Session>) -> Res<Vec<HistoryLine>> {
    session.history().map_err(user(&session))
}

/// Watches the folder of the open project file (stops when none is open)
/// and returns the conflict copies already beside it. The UI calls it
/// whenever the open file changes (open, save as, close).
#[tauri::command]
pub async fn follow_folder(app: AppHandle, session: State<'_, Session>) -> Res<Vec<CopyOut>> {
    crate::watch::follow(&app);
    Ok(session.conflict_copies())
}

/// Merges the offered conflict copies at `paths` in, saves, then sets them
/// aside as `after` says.
#[tauri::command]
pub async fn merge_conflict_copies(
    session: State<'_, Session>,
    paths: Vec<String>,
    after: AfterMerge,
) -> Res<CopiesMerged> {
    let paths: Vec<PathBuf> = paths.into_iter().map(PathBuf::from).collect();
    session
        .merge_conflict_copies(&paths, after)
        .map_err(user(&session))
}
