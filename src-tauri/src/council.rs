//! The council's meetings: the snapshots recorded, a new one, and what
//! changed since one. The rules are the core's (`tiekartta::session::council`).

use tauri::State;
use tiekartta::session::{ChangesOut, Session, SnapshotLine, SnapshotRecorded};

use crate::commands::{Res, user};

/// The council snapshots of the open project, newest first.
#[tauri::command]
pub async fn snapshots(session: State<'_, Session>) -> Res<Vec<SnapshotLine>> {
    session.snapshots().map_err(user(&session))
}

/// Records a snapshot for a meeting, with the handouts made for it, and saves the file.
#[tauri::command]
pub async fn record_snapshot(
    session: State<'_, Session>,
    meeting: String,
    date: String,
    handouts: Option<Vec<String>>,
) -> Res<SnapshotRecorded> {
    session
        .record_snapshot(&meeting, &date, &handouts.unwrap_or_default())
        .map_err(user(&session))
}

/// What changed since the snapshot `since`.
#[tauri::command]
pub async fn changes_since(session: State<'_, Session>, since: String) -> Res<ChangesOut> {
    session.changes_since(&since).map_err(user(&session))
}
