//! Live on a shared folder, in the session: another laptop's save of the
//! open file merged in without a reload (unsaved edits kept, one undoable
//! step, said in words), and the conflict copies sync clients leave beside
//! it offered, merged, saved and only then set aside. Two sessions on one
//! temporary folder play the two laptops.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;

use std::path::{Path, PathBuf};

use tiekartta::i18n::Lang;
use tiekartta::session::{AfterMerge, Session, SettingsPatch};

fn session(dir: &Path, name: &str, who: &str) -> Session {
    let s = Session::load(dir.join(name));
    s.update_settings(SettingsPatch {
        lang: Some(Lang::Fi),
        author: Some(who.into()),
    });
    s
}

/// The strategy lead's file, saved once, open in her session.
fn shared_file(dir: &Path) -> (Session, PathBuf) {
    let file = dir.join("Strategia.tiekartta");
    let lead = session(dir, "lead", "Strategiajohtaja");
    lead.adopt(support::seed("paimio"));
    lead.save_to(&file).unwrap();
    (lead, file)
}

/// Another laptop opens `path`, renames the first `n` actions with `tag`
/// and saves to `to`.
fn edit_elsewhere(dir: &Path, path: &Path, to: &Path, who: &str, n: usize, tag: &str) {
    let laptop = session(dir, who, who);
    let mut s = laptop.open(path).unwrap().strategy;
    for a in s.actions.iter_mut().take(n) {
        a.name = format!("{} ({tag})", a.name);
    }
    laptop.edit(s, "nimet", None).unwrap();
    laptop.save_to(to).unwrap();
}

#[test]
fn another_laptops_save_is_merged_in_without_a_reload_and_said_in_words() {
    let dir = tempfile::tempdir().unwrap();
    let (lead, file) = shared_file(dir.path());
    assert!(
        lead.disk_changed().unwrap().is_none(),
        "our own save brings nothing"
    );

    edit_elsewhere(dir.path(), &file, &file, "Sivistysjohtaja", 3, "sivistys");
    let news = lead.folder_changed(std::slice::from_ref(&file)).unwrap();
    let merged = news.came_in.expect("the save came in");
    assert!(news.copies.is_none(), "no copy changed");
    let renamed = merged
        .strategy
        .actions
        .iter()
        .filter(|a| a.name.ends_with("(sivistys)"))
        .count();
    assert_eq!(renamed, 3);
    assert_eq!(
        merged.incoming[0].summary,
        vec!["Sivistysjohtaja muutti 3 toimenpidettä".to_string()]
    );
    assert_eq!(merged.undo.undo_label, Lang::Fi.text("app-edit-came-in"));
    assert!(
        !merged.undo.dirty,
        "nothing unsaved: the file holds what is shown"
    );
    assert!(
        lead.disk_changed().unwrap().is_none(),
        "merged once, not again"
    );
}

#[test]
fn unsaved_edits_stay_when_a_save_comes_in_and_undo_takes_back_only_what_came() {
    let dir = tempfile::tempdir().unwrap();
    let (lead, file) = shared_file(dir.path());
    let mut ours = lead.strategy().unwrap();
    ours.slogan = "Oma iskulause".into();
    lead.edit(ours, "iskulause", None).unwrap();

    edit_elsewhere(dir.path(), &file, &file, "Sivistysjohtaja", 1, "sivistys");
    let merged = lead.disk_changed().unwrap().expect("the save came in");
    assert_eq!(merged.strategy.slogan, "Oma iskulause", "our edit stays");
    assert!(merged.strategy.actions[0].name.ends_with("(sivistys)"));
    assert!(merged.undo.dirty, "our edit is still unsaved");
    assert_eq!(
        merged.incoming[0].summary,
        vec!["Sivistysjohtaja muutti yhden toimenpiteen".to_string()]
    );

    let undone = lead.undo().unwrap();
    assert_eq!(undone.strategy.slogan, "Oma iskulause");
    assert!(!undone.strategy.actions[0].name.ends_with("(sivistys)"));
    let redone = lead.redo().unwrap();
    assert!(redone.strategy.actions[0].name.ends_with("(sivistys)"));

    // Saving writes both, and brings nothing in twice.
    let saved = lead.save_to(&file).unwrap();
    assert!(saved.came_in.is_none());
    let reopened = session(dir.path(), "check", "x")
        .open(&file)
        .unwrap()
        .strategy;
    assert_eq!(reopened.slogan, "Oma iskulause");
    assert!(reopened.actions[0].name.ends_with("(sivistys)"));
}

#[test]
fn a_onedrive_and_a_dropbox_conflict_copy_are_offered_merged_and_set_aside_after_the_save() {
    let dir = tempfile::tempdir().unwrap();
    let (lead, file) = shared_file(dir.path());
    let onedrive = dir.path().join("Strategia-LAPTOP-7.tiekartta");
    let dropbox = dir
        .path()
        .join("Strategia (Maijan conflicted copy 2026-12-01).tiekartta");
    // A file that only looks like a copy, of another strategy.
    let other = dir.path().join("Strategia-KONE.tiekartta");
    let stranger = session(dir.path(), "stranger", "x");
    stranger.adopt(support::seed("paimio"));
    stranger.save_to(&other).unwrap();
    edit_elsewhere(dir.path(), &file, &onedrive, "Talousjohtaja", 1, "onedrive");
    let laptop = session(dir.path(), "maija", "Maija");
    let mut s = laptop.open(&file).unwrap().strategy;
    s.slogan = "Maijan iskulause".into();
    laptop.edit(s, "iskulause", None).unwrap();
    laptop.save_to(&dropbox).unwrap();

    let news = lead
        .folder_changed(&[onedrive.clone(), dropbox.clone(), other.clone()])
        .unwrap();
    assert!(news.came_in.is_none(), "the file itself did not change");
    let offered = news.copies.expect("copies changed");
    let names: Vec<&str> = offered.iter().map(|c| c.file_name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Strategia (Maijan conflicted copy 2026-12-01).tiekartta",
            "Strategia-LAPTOP-7.tiekartta"
        ]
    );

    // Only offered copies may be named.
    assert!(
        lead.merge_conflict_copies(std::slice::from_ref(&other), AfterMerge::Rename)
            .is_err()
    );
    assert!(other.exists());

    let done = lead
        .merge_conflict_copies(&[onedrive.clone(), dropbox.clone()], AfterMerge::Rename)
        .unwrap();
    let strategy = &done.merged.strategy;
    assert_eq!(
        strategy.slogan, "Maijan iskulause",
        "the Dropbox copy's edit"
    );
    assert!(
        strategy.actions[0].name.ends_with("(onedrive)"),
        "the OneDrive copy's edit"
    );
    assert_eq!(
        done.merged.undo.undo_label,
        Lang::Fi.text("app-edit-merge-copies")
    );
    assert!(!done.saved.expect("saved").undo.dirty);
    assert_eq!(done.set_aside.len(), 2);
    assert!(!onedrive.exists() && !dropbox.exists());
    assert!(
        dir.path()
            .join("Strategia-LAPTOP-7.tiekartta.merged")
            .exists()
    );
    // The file on disk holds both sides before the copies went.
    let reopened = session(dir.path(), "check", "x")
        .open(&file)
        .unwrap()
        .strategy;
    assert_eq!(reopened.slogan, "Maijan iskulause");
    assert!(reopened.actions[0].name.ends_with("(onedrive)"));
    assert!(lead.conflict_copies().is_empty(), "nothing left to offer");
}

#[test]
fn copies_whose_save_fails_are_kept_where_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let (lead, file) = shared_file(dir.path());
    let copy = dir.path().join("Strategia-LAPTOP-7.tiekartta");
    edit_elsewhere(dir.path(), &file, &copy, "Talousjohtaja", 1, "onedrive");
    // The file became read-only: the merge happens, the save cannot.
    let mut perms = std::fs::metadata(&file).unwrap().permissions();
    perms.set_readonly(true);
    std::fs::set_permissions(&file, perms).unwrap();

    let done = lead
        .merge_conflict_copies(std::slice::from_ref(&copy), AfterMerge::Trash)
        .unwrap();
    assert!(done.merged.strategy.actions[0].name.ends_with("(onedrive)"));
    assert!(done.saved.is_none());
    assert!(done.set_aside.is_empty() && done.not_set_aside.len() == 1);
    assert!(
        copy.exists(),
        "the copy is the only home of its edits on disk"
    );
    assert!(lead.undo_state().dirty);
}
