//! Tests of the SQLite container: round trips, backups, stopped saves,
//! temporary names, URI paths and the settings kept in `meta`.

use super::*;

fn contents(tag: u8) -> Contents {
    Contents {
        chunks: vec![Chunk {
            kind: ChunkKind::Doc,
            bytes: vec![tag; 10],
        }],
        snapshot: Some(Snapshot {
            heads: "h".into(),
            strategy: format!("{tag}"),
            conflicts: "[]".into(),
        }),
        settings: Settings::default(),
    }
}

#[test]
fn a_written_file_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.tiekartta");
    write(&path, &contents(1)).unwrap();
    assert_eq!(read(&path).unwrap(), contents(1));
}

#[test]
fn a_save_keeps_the_previous_file_as_bak() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.tiekartta");
    write(&path, &contents(1)).unwrap();
    write(&path, &contents(2)).unwrap();
    assert_eq!(read(&path).unwrap(), contents(2));
    assert_eq!(read(&backup_path(&path)).unwrap(), contents(1));
}

#[test]
fn a_save_stopped_at_any_step_leaves_the_old_or_the_new_file() {
    for stop in [Step::Written, Step::Synced, Step::BackedUp, Step::Renamed] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.tiekartta");
        write(&path, &contents(1)).unwrap();
        let r = write_with(&path, &contents(2), &mut |s| {
            if s == stop {
                Err(std::io::Error::other("crash"))
            } else {
                Ok(())
            }
        });
        assert!(r.is_err());
        let now = read(&path).unwrap();
        let expected = if stop == Step::Renamed {
            contents(2)
        } else {
            contents(1)
        };
        assert_eq!(now, expected, "stopped after {stop:?}");
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "temporary file left after {stop:?}");
    }
}

#[test]
fn only_the_exact_temporary_names_of_the_file_count_as_its_temporary_files() {
    let name = "a b.tiekartta";
    assert!(is_temp_of(".a b.tiekartta.123-456789.tmp", name));
    for other in [
        "a b.tiekartta.123-456789.tmp",
        ".a b.tiekartta.123-456789.tmp.keep",
        ".a b.tiekartta.123-.tmp",
        ".a b.tiekartta.x1-2.tmp",
        ".a b.tiekartta.123456789.tmp",
        ".a b.tiekartta.bak.1-2.tmp",
        ".c.tiekartta.1-2.tmp",
        ".a b.tiekartta.tmp",
    ] {
        assert!(!is_temp_of(other, name), "{other}");
    }
}

#[test]
fn the_sync_settings_are_kept_in_meta_and_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("a.tiekartta");
    let mut c = contents(4);
    c.settings = Settings {
        sync_server: Some("wss://sync.example.fi/".into()),
        sync_document: Some("2j6sZ3rP6ks9iJ3vX3XcwxNMEyVQ".into()),
    };
    write(&path, &c).unwrap();
    assert_eq!(read(&path).unwrap(), c);
    let conn = Connection::open(&path).unwrap();
    let server: String = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'sync_server'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(server, "wss://sync.example.fi/");
}

#[test]
fn paths_with_uri_characters_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("strategia ?#%&ä.tiekartta");
    write(&path, &contents(3)).unwrap();
    assert_eq!(read(&path).unwrap(), contents(3));
}
