//! Faults during a save, each with the message a person sees: a full disk,
//! a folder that cannot be written, a backup that is itself damaged, a file
//! deleted or replaced underneath. Never a torn file, never a lost edit,
//! always a readable message.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;
use support::seed_path;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tiekartta::i18n::Lang;
use tiekartta::store::{Author, Project, StoreError, container};

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_tiekartta")
}

/// Paimio as a project file, and an edited JSON of it for `update`.
fn setup(dir: &Path) -> (PathBuf, PathBuf) {
    let path = dir.join("p.tiekartta");
    let o = Command::new(bin())
        .args(["import", s(&seed_path("paimio")), "-o", s(&path)])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    let mut j: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(seed_path("paimio")).unwrap()).unwrap();
    j["strategy"]["slogan"] = "Uusi iskulause".into();
    let json = dir.join("e.json");
    std::fs::write(&json, j.to_string()).unwrap();
    (path, json)
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

/// A full disk, as a file-size limit: every write past it fails the way a
/// full disk does (the signal that would kill the process is ignored, as a
/// desktop session ignores it, so the write itself reports the error).
#[cfg(unix)]
#[test]
fn a_full_disk_during_a_save_leaves_the_file_as_it_was_with_a_clear_message() {
    let dir = tempfile::tempdir().unwrap();
    let (path, json) = setup(dir.path());
    let before = std::fs::read(&path).unwrap();
    let limit_blocks = before.len() / 512 / 2; // half the file fits
    for (lang, word) in [
        ("fi", "epäonnistui"),
        ("sv", "misslyckades"),
        ("en", "failed"),
    ] {
        let o = Command::new("sh")
            .arg("-c")
            .arg(format!(
                "trap '' XFSZ; ulimit -f {limit_blocks}; exec \"$0\" \"$@\""
            ))
            .arg(bin())
            .args(["update", s(&path), "--from", s(&json), "--lang", lang])
            .output()
            .unwrap();
        assert_eq!(o.status.code(), Some(1), "{lang}: {}", text(&o));
        assert!(text(&o).contains(word), "{lang}: {}", text(&o));
        assert!(
            text(&o).contains("p.tiekartta"),
            "names the file: {}",
            text(&o)
        );
        assert!(!text(&o).contains("panicked"), "{}", text(&o));
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "the file is untouched"
        );
        assert!(
            leftovers(dir.path()).is_empty(),
            "{:?}",
            leftovers(dir.path())
        );
    }
    // With room again, the same update goes through.
    let o = Command::new(bin())
        .args(["update", s(&path), "--from", s(&json)])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
}

/// A folder nobody may write to (checked only where permissions bind: the
/// superuser writes anywhere).
#[cfg(unix)]
#[test]
fn a_folder_that_cannot_be_written_refuses_the_save_and_keeps_the_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (path, json) = setup(dir.path());
    let probe = dir.path().join("probe");
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let binding = std::fs::write(&probe, b"x").is_err();
    let before = std::fs::read(&path).unwrap();
    let o = Command::new(bin())
        .args(["update", s(&path), "--from", s(&json), "--lang", "en"])
        .output()
        .unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    if !binding {
        eprintln!("skipped: running as a user whom folder permissions do not bind");
        return;
    }
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
    assert!(text(&o).contains("Handling the file"), "{}", text(&o));
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_damaged_backup_does_not_stop_a_save_and_is_replaced_by_a_sound_one() {
    let dir = tempfile::tempdir().unwrap();
    let (path, json) = setup(dir.path());
    let bak = container::backup_path(&path);
    std::fs::write(&bak, b"garbage where the backup was").unwrap();
    let o = Command::new(bin())
        .args(["update", s(&path), "--from", s(&json)])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", text(&o));
    // The backup is the file as it was before this save, and it opens.
    let mut b = Project::open(&bak).unwrap();
    assert_eq!(b.verify().unwrap(), None);
    assert_ne!(b.strategy().slogan, "Uusi iskulause");
    let mut p = Project::open(&path).unwrap();
    p.verify().unwrap();
    assert_eq!(p.strategy().slogan, "Uusi iskulause");
}

#[test]
fn a_damaged_file_says_where_the_backup_is() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = setup(dir.path());
    let len = std::fs::metadata(&path).unwrap().len();
    let f = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
    f.set_len(len / 3).unwrap();
    let e = Project::open(&path).unwrap_err();
    assert!(matches!(e, StoreError::Truncated { .. }), "{e:?}");
    for lang in Lang::ALL {
        let m = lang.tr(&e.message());
        assert!(m.contains(".bak"), "{lang:?}: {m}");
    }
}

/// An edit on screen survives a save that failed: the project still holds
/// it, and the next save writes it.
#[cfg(unix)]
#[test]
fn an_edit_survives_a_failed_save_and_the_next_save_writes_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = setup(dir.path());
    let mut p = Project::open(&path).unwrap();
    let mut st = p.strategy().clone();
    st.slogan = "Ruudulla".into();
    p.apply(st, &Author::new("M")).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
    let e = p.save(&path).unwrap_err();
    assert!(matches!(e, StoreError::ReadOnly { .. }), "{e:?}");
    assert!(p.is_modified());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    p.save(&path).unwrap();
    let mut q = Project::open(&path).unwrap();
    q.verify().unwrap();
    assert_eq!(q.strategy().slogan, "Ruudulla");
}
