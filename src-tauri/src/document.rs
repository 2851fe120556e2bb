//! Reading and writing the files the app opens, through the core: project
//! files (`.tiekartta`, the strategy with its history) and interchange JSON.

use std::path::Path;

use tiekartta::model::Strategy;
use tiekartta::store::{Author, Project};

/// A document as read from a file.
pub struct Loaded {
    /// The strategy.
    pub strategy: Strategy,
    /// Its project with history (none for interchange JSON).
    pub project: Option<Project>,
}

fn is_project(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "tiekartta")
}

/// Reads a project file or interchange JSON.
pub fn load(path: &Path) -> tiekartta::Result<Loaded> {
    if is_project(path) {
        let project = Project::open(path)?;
        return Ok(Loaded {
            strategy: project.strategy().clone(),
            project: Some(project),
        });
    }
    let text = std::fs::read_to_string(path).map_err(|e| tiekartta::Error::io(path, e))?;
    Ok(Loaded {
        strategy: tiekartta::interchange::from_json(&text)?,
        project: None,
    })
}

/// Records `strategy` in `project` (made now if there is none) as an edit by
/// `author`, and saves it to `path` (atomically, keeping a `.bak`).
pub fn save(
    path: &Path,
    project: &mut Option<Project>,
    strategy: &Strategy,
    author: &str,
) -> tiekartta::Result<()> {
    let author = Author::new(author);
    let p = match project {
        Some(p) => {
            p.apply(strategy.clone(), &author)?;
            p
        }
        None => project.insert(Project::create(strategy.clone(), &author)?),
    };
    p.save(path)?;
    Ok(())
}
