//! A shared strategy syncs by itself: every few seconds while the open
//! strategy is shared, the session syncs it with its server
//! (`Session::sync_now`, which holds every rule) and what came in is sent to
//! the UI as `synced` (a `Synced`); a failure is sent once as `sync-error`
//! (a `UserError`) until a sync works again, then `sync-ok`. The commands
//! share, sync now and open from a server.

use std::path::PathBuf;
use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager, State};
use tiekartta::error::UserError;
use tiekartta::session::{Opened, Session, SharedAt, Synced};

use crate::commands::{Res, pick};
use crate::picker::Purpose;

/// How often a shared strategy syncs (`TIEKARTTA_SYNC_SECONDS` sets it, for tests).
fn interval() -> Duration {
    std::env::var("TIEKARTTA_SYNC_SECONDS")
        .ok()
        .and_then(|s| s.parse::<f64>().ok())
        .filter(|s| *s > 0.0)
        .map_or(Duration::from_secs(10), Duration::from_secs_f64)
}

/// Starts syncing in the background for as long as the app runs.
pub fn start(app: &AppHandle) {
    let app = app.clone();
    std::thread::spawn(move || {
        let mut failing = false;
        loop {
            std::thread::sleep(interval());
            let session = app.state::<Session>();
            if session.shared_at().is_none() {
                continue;
            }
            let sent = match session.sync_now() {
                Ok(Some(synced)) => {
                    let was_failing = std::mem::take(&mut failing);
                    let ok = if was_failing {
                        app.emit("sync-ok", ())
                    } else {
                        Ok(())
                    };
                    if synced.incoming.is_empty() {
                        ok
                    } else {
                        app.emit("synced", synced)
                    }
                }
                Ok(None) => Ok(()),
                Err(e) if !failing => {
                    failing = true;
                    app.emit("sync-error", e.to_user(session.lang()))
                }
                Err(_) => Ok(()),
            };
            if let Err(e) = sent {
                eprintln!("tiekartta: {e}");
            }
        }
    });
}

/// Where the open strategy is shared, if it is.
#[tauri::command]
pub async fn shared_at(session: State<'_, Session>) -> Res<Option<SharedAt>> {
    Ok(session.shared_at())
}

/// Runs `f` on the session on a blocking thread: the sync library runs its
/// own runtime, which cannot start inside the command's.
async fn blocking<T: Send + 'static>(
    app: &AppHandle,
    f: impl FnOnce(&Session) -> tiekartta::Result<T> + Send + 'static,
) -> Res<T> {
    let handle = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let session = handle.state::<Session>();
        f(&session).map_err(|e| e.to_user(session.lang()))
    })
    .await
    .unwrap_or_else(|e| {
        Err(UserError {
            code: "app-internal".into(),
            message: e.to_string(),
        })
    })
}

/// Shares the open project file to the sync server at `server`.
#[tauri::command]
pub async fn share(app: AppHandle, server: String) -> Res<Synced> {
    blocking(&app, move |s| s.share(&server)).await
}

/// Syncs the open strategy with its server now.
#[tauri::command]
pub async fn sync_now(app: AppHandle) -> Res<Option<Synced>> {
    blocking(&app, |s| s.sync_now()).await
}

/// Asks where to keep the strategy `id` of the server at `server`, and opens it.
#[tauri::command]
pub async fn open_shared_dialog(
    app: AppHandle,
    session: State<'_, Session>,
    server: String,
    id: String,
) -> Res<Option<Opened>> {
    let path: Option<PathBuf> = pick(
        &app,
        &session,
        Purpose::SaveProject,
        "app-sync-open-title",
        "strategia.tiekartta",
    );
    let Some(path) = path else {
        return Ok(None);
    };
    let opened = blocking(&app, move |s| s.open_shared(&server, &id, &path)).await?;
    crate::menu::refresh(&app);
    Ok(Some(opened))
}
