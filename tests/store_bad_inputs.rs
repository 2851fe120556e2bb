//! Bad project files, one row each: every one gives its own clear message in
//! Finnish, Swedish and English, and none takes the program down.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

use std::path::Path;

mod support;

use rusqlite::Connection;
use tiekartta::Error;
use tiekartta::i18n::Lang;
use tiekartta::store::{Project, StoreError};

fn real_project(path: &Path) {
    support::create_file(path, support::small(), "Testi");
}

fn edit_sql(path: &Path, sql: &str) {
    let c = Connection::open(path).unwrap();
    c.execute_batch(sql).unwrap();
}

fn pseudo_random(n: usize, mut seed: u64) -> Vec<u8> {
    (0..n)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect()
}

type Make = fn(&Path);
type Expect = fn(&StoreError) -> bool;

const CASES: &[(&str, Make, Expect, &str)] = &[
    (
        "empty file",
        |p| std::fs::write(p, b"").unwrap(),
        |e| matches!(e, StoreError::Empty { .. }),
        "store-empty",
    ),
    (
        "random bytes",
        |p| std::fs::write(p, pseudo_random(4096, 7)).unwrap(),
        |e| {
            matches!(
                e,
                StoreError::NotAProject {
                    looks_like: "other",
                    ..
                }
            )
        },
        "store-not-a-project",
    ),
    (
        "a PNG renamed",
        |p| {
            let mut png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
            png.extend(pseudo_random(200, 3));
            std::fs::write(p, png).unwrap()
        },
        |e| {
            matches!(
                e,
                StoreError::NotAProject {
                    looks_like: "image",
                    ..
                }
            )
        },
        "store-looks-like-image",
    ),
    (
        "interchange JSON renamed",
        |p| std::fs::write(p, "{\"format\": \"tiekartta\"}").unwrap(),
        |e| {
            matches!(
                e,
                StoreError::NotAProject {
                    looks_like: "json",
                    ..
                }
            )
        },
        "store-looks-like-json",
    ),
    (
        "a truncated file",
        |p| {
            real_project(p);
            let bytes = std::fs::read(p).unwrap();
            std::fs::write(p, &bytes[..bytes.len() / 2]).unwrap()
        },
        |e| matches!(e, StoreError::Truncated { .. }),
        "store-truncated",
    ),
    (
        "a file cut inside its header",
        |p| {
            real_project(p);
            let bytes = std::fs::read(p).unwrap();
            std::fs::write(p, &bytes[..60]).unwrap()
        },
        |e| matches!(e, StoreError::Truncated { .. }),
        "store-truncated",
    ),
    (
        "a SQLite database of another application",
        |p| {
            edit_sql(
                p,
                "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('x');",
            )
        },
        |e| matches!(e, StoreError::OtherDatabase { .. }),
        "store-other-database",
    ),
    (
        "a file with a trigger",
        |p| {
            real_project(p);
            edit_sql(
                p,
                "CREATE TABLE log (x TEXT); CREATE TRIGGER t AFTER INSERT ON meta BEGIN INSERT INTO log VALUES ('pwned'); END;",
            )
        },
        |e| matches!(e, StoreError::UnexpectedPart { what, .. } if what.contains("trigger")),
        "store-unexpected-part",
    ),
    (
        "a file with a view",
        |p| {
            real_project(p);
            edit_sql(p, "CREATE VIEW v AS SELECT * FROM meta;")
        },
        |e| matches!(e, StoreError::UnexpectedPart { what, .. } if what.contains("view")),
        "store-unexpected-part",
    ),
    (
        "a file with an extra table",
        |p| {
            real_project(p);
            edit_sql(p, "CREATE TABLE extra (x);")
        },
        |e| matches!(e, StoreError::UnexpectedPart { what, .. } if what.contains("extra")),
        "store-unexpected-part",
    ),
    (
        "a newer format version",
        |p| {
            real_project(p);
            edit_sql(
                p,
                "UPDATE meta SET value = '3' WHERE key = 'format_version';",
            )
        },
        |e| {
            matches!(
                e,
                StoreError::NewerFormat {
                    found: 3,
                    supported: 2,
                    ..
                }
            )
        },
        "store-newer-format",
    ),
    (
        "an unknown older format version",
        |p| {
            real_project(p);
            edit_sql(
                p,
                "UPDATE meta SET value = '0' WHERE key = 'format_version';",
            )
        },
        |e| matches!(e, StoreError::UnknownFormat { found: 0, .. }),
        "store-unknown-format",
    ),
    (
        "another format tag",
        |p| {
            real_project(p);
            edit_sql(
                p,
                "UPDATE meta SET value = 'something-else' WHERE key = 'format';",
            )
        },
        |e| matches!(e, StoreError::OtherDatabase { .. }),
        "store-other-database",
    ),
    (
        "history bytes that are not Automerge",
        |p| {
            real_project(p);
            edit_sql(p, "UPDATE history SET bytes = x'00112233445566778899';")
        },
        |e| matches!(e, StoreError::History { .. }),
        "store-history",
    ),
    (
        "no history at all",
        |p| {
            real_project(p);
            edit_sql(p, "DELETE FROM history;")
        },
        |e| matches!(e, StoreError::History { .. }),
        "store-history",
    ),
    (
        "a damaged page",
        |p| {
            real_project(p);
            let mut bytes = std::fs::read(p).unwrap();
            let n = bytes.len();
            for b in &mut bytes[4096..n.min(4096 + 300)] {
                *b = 0xA5;
            }
            std::fs::write(p, bytes).unwrap()
        },
        |e| matches!(e, StoreError::Corrupt { .. } | StoreError::History { .. }),
        "",
    ),
];

#[test]
fn every_bad_file_gives_its_own_clear_message_in_every_language() {
    for (name, make, expect, message_id) in CASES {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.tiekartta");
        make(&path);
        let err = match Project::open(&path) {
            Ok(_) => panic!("{name}: opened"),
            Err(e) => e,
        };
        assert!(expect(&err), "{name}: got {err:?}");
        let msg = err.message();
        if !message_id.is_empty() {
            assert_eq!(msg.id, *message_id, "{name}");
        }
        let as_core = Error::from(err.clone());
        assert_eq!(as_core.code(), msg.id);
        let texts: Vec<String> = Lang::ALL.iter().map(|l| l.tr(&msg)).collect();
        for t in &texts {
            assert!(
                !t.is_empty() && t != msg.id && !t.contains("{ $"),
                "{name}: untranslated {t:?}"
            );
            assert!(
                t.contains("bad.tiekartta") || msg.id == "store-content",
                "{name}: names no file: {t}"
            );
        }
        assert_ne!(
            texts[0], texts[2],
            "{name}: Finnish and English are the same"
        );
    }
}

#[test]
fn a_trigger_in_a_file_is_never_run() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.tiekartta");
    real_project(&path);
    edit_sql(
        &path,
        "CREATE TABLE log (x TEXT); CREATE TRIGGER t AFTER INSERT ON history BEGIN INSERT INTO log VALUES ('ran'); END;",
    );
    assert!(Project::open(&path).is_err());
    let c = Connection::open(&path).unwrap();
    let n: i64 = c
        .query_row("SELECT count(*) FROM log", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 0);
}

#[test]
fn a_missing_file_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let err = Project::open(&dir.path().join("nope.tiekartta")).unwrap_err();
    assert!(matches!(err, StoreError::Io { .. }), "{err:?}");
}

#[test]
fn opening_a_file_does_not_change_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.tiekartta");
    real_project(&path);
    let before = std::fs::read(&path).unwrap();
    Project::open(&path).unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
}
