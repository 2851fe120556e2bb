//! The follow-up's verdicts: what falls due and what is late on a day, by
//! the core's one rule (`tiekartta::schedule`), forwarded as it is.

use tauri::State;
use tiekartta::error::UserError;
use tiekartta::schedule::Schedule;
use tiekartta::session::Session;

/// What falls due in the open strategy and what is late on `today`; none
/// with no strategy open or when `today` is not a date.
#[tauri::command]
pub async fn schedule(
    session: State<'_, Session>,
    today: String,
) -> Result<Option<Schedule>, UserError> {
    Ok(session.schedule(&today))
}
