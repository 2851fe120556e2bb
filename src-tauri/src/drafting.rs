//! Bringing in the strategy a town already has: the draft of a text, the
//! text of a document the user picks, and the draft taken as a new
//! strategy. The rules are the core's (`tiekartta::session::drafting`).

use tauri::{AppHandle, State};
use tiekartta::session::{DraftPreview, Opened, Session};

use crate::commands::{Res, pick, user};
use crate::picker::Purpose;

/// The draft of `text`, line by line.
#[tauri::command]
pub async fn draft(session: State<'_, Session>, text: String) -> Res<DraftPreview> {
    session.draft(&text).map_err(user(&session))
}

/// Asks for a `.txt`, `.md` or `.docx` and returns its text.
#[tauri::command]
pub async fn draft_source_dialog(
    app: AppHandle,
    session: State<'_, Session>,
) -> Res<Option<String>> {
    let path = pick(
        &app,
        &session,
        Purpose::DraftSource,
        "app-draft-open-title",
        "",
    );
    path.map(|p| session.draft_source(&p))
        .transpose()
        .map_err(user(&session))
}

/// Makes the draft of `text` the open, unsaved strategy.
#[tauri::command]
pub async fn accept_draft(session: State<'_, Session>, text: String) -> Res<Opened> {
    session.accept_draft(&text).map_err(user(&session))
}
