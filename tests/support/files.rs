//! Project files in one call: made from a strategy, edited by a named
//! author, copied as if e-mailed to several people; and the samples' paths.

use std::path::{Path, PathBuf};

use tiekartta::model::Strategy;
use tiekartta::store::{Author, Project};

/// The path of the sample `seeds/NAME.json`.
pub fn seed_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("seeds")
        .join(format!("{name}.json"))
}

/// A new project of `s`, made by `who` and saved at `path`.
pub fn create_file(path: &Path, s: Strategy, who: &str) -> Project {
    let mut p = Project::create(s, &Author::new(who)).unwrap();
    p.save(path).unwrap();
    p
}

/// Records what `f` changes in the strategy of `p` as one edit by `who`
/// (not saved).
pub fn edit_project(p: &mut Project, who: &str, f: impl FnOnce(&mut Strategy)) {
    let mut s = p.strategy().clone();
    f(&mut s);
    p.apply(s, &Author::new(who)).unwrap();
}

/// Opens the project file at `path`, records what `f` changes in its
/// strategy as one edit by `who`, and saves it.
pub fn edit(path: &Path, who: &str, f: impl FnOnce(&mut Strategy)) {
    let mut p = Project::open(path).unwrap();
    edit_project(&mut p, who, f);
    p.save(path).unwrap();
}

/// `n` copies (`dir/copy0.tiekartta`…) of one project file of `s` made by
/// the strategy lead, as if e-mailed to `n` people.
pub fn copies(dir: &Path, s: &Strategy, n: usize) -> Vec<PathBuf> {
    let first = dir.join("copy0.tiekartta");
    create_file(&first, s.clone(), "Strategiajohtaja");
    let mut paths = vec![first.clone()];
    for i in 1..n {
        let p = dir.join(format!("copy{i}.tiekartta"));
        std::fs::copy(&first, &p).unwrap();
        paths.push(p);
    }
    paths
}
