//! The follow-up round's commands: where the rounds stand, a round sent into
//! a folder the user picks, returned workbooks taken in (picked, or the one
//! dropped on the window). The rules are the core's (`tiekartta::session::rounds`).

use std::path::Path;

use tauri::{AppHandle, State};
use tiekartta::session::{AnswersTaken, RoundRequest, RoundSent, Rounds, Session};

use crate::commands::{Res, pick, user};
use crate::dropped::DroppedFile;
use crate::picker::{self, Purpose};

/// Every round of the open project and who can be asked.
#[tauri::command]
pub async fn rounds(session: State<'_, Session>) -> Res<Rounds> {
    session.rounds().map_err(user(&session))
}

/// Asks for a folder and sends the round's workbooks into it.
#[tauri::command]
pub async fn send_round(
    app: AppHandle,
    session: State<'_, Session>,
    request: RoundRequest,
) -> Res<Option<RoundSent>> {
    let folder = pick(
        &app,
        &session,
        Purpose::RoundFolder,
        "app-round-folder-title",
        "",
    );
    folder
        .map(|f| session.send_round(&request, &f))
        .transpose()
        .map_err(user(&session))
}

/// Asks for returned workbooks and takes them in.
#[tauri::command]
pub async fn take_answers_dialog(
    app: AppHandle,
    session: State<'_, Session>,
) -> Res<Option<AnswersTaken>> {
    let folder = session
        .project_path()
        .and_then(|p| p.parent().map(Path::to_path_buf))
        .filter(|d| d.is_dir());
    let title = session.lang().text("app-round-answers-title");
    picker::pick_many(&app, &title, folder.as_deref())
        .map(|paths| session.take_answers(&paths))
        .transpose()
        .map_err(user(&session))
}

/// Takes the workbook dropped last on the window in.
#[tauri::command]
pub async fn take_dropped_answer(
    session: State<'_, Session>,
    dropped: State<'_, DroppedFile>,
) -> Res<Option<AnswersTaken>> {
    dropped
        .take()
        .map(|p| session.take_answers(&[p]))
        .transpose()
        .map_err(user(&session))
}
