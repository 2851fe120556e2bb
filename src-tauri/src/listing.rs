//! Excel in: an action list the user picks, previewed, then added to the
//! open strategy as one undoable edit or made a new, unsaved strategy; a
//! list dropped on the window comes the same way. The
//! rules are the core's (`tiekartta::session::listing`).

use tauri::{AppHandle, State};
use tiekartta::session::{Changed, ListInto, ListingPreview, Opened, Session};

use crate::commands::{Res, pick, user};
use crate::dropped::DroppedFile;
use crate::picker::Purpose;

/// Asks for an `.xlsx` or `.csv` action list and previews it for `into`.
#[tauri::command]
pub async fn preview_list_dialog(
    app: AppHandle,
    session: State<'_, Session>,
    into: ListInto,
) -> Res<Option<ListingPreview>> {
    let path = pick(
        &app,
        &session,
        Purpose::ActionList,
        "app-list-open-title",
        "",
    );
    path.map(|p| session.preview_list(&p, into))
        .transpose()
        .map_err(user(&session))
}

/// Previews the file dropped last on the window (an action list) for `into`.
#[tauri::command]
pub async fn preview_dropped_list(
    session: State<'_, Session>,
    dropped: State<'_, DroppedFile>,
    into: ListInto,
) -> Res<Option<ListingPreview>> {
    dropped
        .take()
        .map(|p| session.preview_list(&p, into))
        .transpose()
        .map_err(user(&session))
}

/// Adds the previewed list to the open strategy as one undoable step.
#[tauri::command]
pub async fn accept_list(session: State<'_, Session>) -> Res<Changed> {
    session.accept_list().map_err(user(&session))
}

/// Makes the previewed list a new, unsaved strategy.
#[tauri::command]
pub async fn accept_list_new(session: State<'_, Session>) -> Res<Opened> {
    session.accept_list_new().map_err(user(&session))
}

/// Forgets the previewed list.
#[tauri::command]
pub async fn drop_list(session: State<'_, Session>) -> Res<()> {
    session.drop_list();
    Ok(())
}
