//! Loading a project file whose history bytes are arbitrary or damaged
//! gives a clear error, never a panic (proptest with many cases; the cases
//! of `PROPTEST_CASES`, default 1 000 per property).

#![allow(clippy::unwrap_used, clippy::expect_used)] // a panic in a test is a failing test

mod support;

use proptest::prelude::*;
use tiekartta::store::container::{self, Chunk, ChunkKind, Contents};
use tiekartta::store::{Author, Project, StoreError};

fn valid_contents() -> Contents {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.tiekartta");
    support::create_file(&path, support::small(), "A");
    support::edit(&path, "B", |s| s.actions[0].name = "Toinen".into());
    container::read(&path).unwrap()
}

/// Writes `chunks` (with the valid snapshot, or none) and uses the file
/// every way the app does; every outcome must be a value, not a panic.
fn exercise(chunks: Vec<Chunk>, with_snapshot: bool) -> Result<(), StoreError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("f.tiekartta");
    let mut c = valid_contents_cached().clone();
    c.chunks = chunks;
    if !with_snapshot {
        c.snapshot = None;
    }
    container::write(&path, &c).unwrap();
    let mut p = Project::open(&path)?;
    p.history()?;
    let mut s = p.strategy().clone();
    s.slogan = "uusi".into();
    p.apply(s, &Author::new("C"))?;
    p.save(&dir.path().join("g.tiekartta"))?;
    Ok(())
}

fn valid_contents_cached() -> &'static Contents {
    static C: std::sync::OnceLock<Contents> = std::sync::OnceLock::new();
    C.get_or_init(valid_contents)
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_history_bytes_give_an_error_not_a_panic(bytes in proptest::collection::vec(any::<u8>(), 0..600), magic in any::<bool>(), snap in any::<bool>()) {
        let mut b = if magic { vec![0x85, 0x6f, 0x4a, 0x83] } else { vec![] };
        b.extend(bytes);
        let r = exercise(vec![Chunk { kind: ChunkKind::Doc, bytes: b }], snap);
        prop_assert!(matches!(r, Err(StoreError::History { .. })), "{r:?}");
    }

    #[test]
    fn damaged_history_bytes_give_an_error_or_a_whole_strategy(
        flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..6),
        cut in proptest::option::of(any::<usize>()),
        which in any::<usize>(),
        snap in any::<bool>(),
    ) {
        let mut chunks = valid_contents_cached().chunks.clone();
        let k = which % chunks.len();
        let bytes = &mut chunks[k].bytes;
        for (at, v) in flips {
            let n = bytes.len();
            bytes[at % n] ^= v | 1;
        }
        if let Some(c) = cut {
            let n = bytes.len();
            bytes.truncate(c % n);
        }
        // Either it still reads (a flip Automerge does not need) or it is
        // refused with a message; both are fine, a panic is not.
        if let Err(e) = exercise(chunks, snap) {
            prop_assert!(!tiekartta::i18n::Lang::Fi.tr(&e.message()).is_empty());
        }
    }
}
