//! The one rule for opening a file, shared by the app and the CLI: a name
//! ending in `.json` is interchange JSON (at most
//! [`MAX_JSON_BYTES`](crate::interchange::MAX_JSON_BYTES), UTF-8), anything
//! else a project file, which the store opens defensively.

use std::path::Path;

use crate::interchange::{self, InterchangeError};
use crate::model::Strategy;
use crate::store::Project;

/// A strategy as read from a file.
#[derive(Debug)]
pub struct Loaded {
    /// The strategy.
    pub strategy: Strategy,
    /// Its project with history; none for interchange JSON.
    pub project: Option<Project>,
}

/// Whether `path` names interchange JSON (by extension, any case).
pub fn is_json(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// Whether `path` names a project file (by extension, any case).
pub fn is_project(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("tiekartta"))
}

/// Reads a text file no larger than interchange JSON may be, as UTF-8.
pub fn read_text(path: &Path) -> crate::Result<String> {
    let meta = std::fs::metadata(path).map_err(|e| crate::Error::io(path, e))?;
    if meta.len() > interchange::MAX_JSON_BYTES {
        return Err(InterchangeError::TooLarge {
            size: meta.len(),
            max: interchange::MAX_JSON_BYTES,
        }
        .into());
    }
    let bytes = std::fs::read(path).map_err(|e| crate::Error::io(path, e))?;
    String::from_utf8(bytes).map_err(|_| {
        InterchangeError::NotJson {
            line: 1,
            column: 1,
            detail: "not UTF-8 text".into(),
        }
        .into()
    })
}

/// Reads interchange JSON or a project file, by the rule above.
pub fn load(path: &Path) -> crate::Result<Loaded> {
    if is_json(path) {
        return Ok(Loaded {
            strategy: interchange::from_json(&read_text(path)?)?,
            project: None,
        });
    }
    let project = Project::open(path)?;
    Ok(Loaded {
        strategy: project.strategy().clone(),
        project: Some(project),
    })
}

/// Writes a file atomically: a temporary file beside it, then a rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> crate::Result<()> {
    use std::io::Write;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(|e| crate::Error::io(path, e))
}
