//! Reading a project file's history: the chunks checked to start like
//! Automerge data, loaded without letting bad bytes take the program down,
//! and the strategy with its conflicts read out of the loaded document
//! (each text conflict's default shown).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use automerge::Automerge;
use serde::Deserialize;
use serde_json::Value as Json;

use super::conflict::{self, Conflict};
use super::container::{Chunk, ChunkKind};
use super::error::{Result, StoreError};
use super::{content_err, doc};
use crate::model::Strategy;

/// Checks that every history chunk at least starts like Automerge data, so
/// that a file whose history was replaced is refused when opened.
pub(super) fn check_history_chunks(path: &Path, chunks: &[Chunk]) -> Result<()> {
    const MAGIC: [u8; 4] = [0x85, 0x6f, 0x4a, 0x83];
    let bad = |detail: &str| StoreError::History {
        path: path.display().to_string(),
        detail: detail.to_owned(),
    };
    match chunks.first() {
        Some(c) if c.kind == ChunkKind::Doc => {}
        _ => return Err(bad("no history")),
    }
    if chunks.iter().any(|c| !c.bytes.starts_with(&MAGIC)) {
        return Err(bad("not Automerge data"));
    }
    Ok(())
}

/// The strategy, its conflicts and its JSON, read from the history.
pub(super) fn read_doc(doc: &Automerge) -> Result<(Strategy, Vec<Conflict>, Json)> {
    let (json, sites) = doc::read(doc)?;
    let conflicts = if sites.is_empty() {
        vec![]
    } else {
        conflict::detect(doc, &sites, &json)
    };
    let mut json = conflict::show_defaults(json, &conflicts);
    // A document written by an older build reads in today's shape.
    crate::interchange::migrate(&mut json);
    let strategy = Strategy::deserialize(&json).map_err(content_err)?;
    let conflicts = super::rounds::settled(doc, &strategy, conflicts);
    Ok((strategy, conflicts, json))
}

/// Loads the history chunks; bytes from the file never take the program
/// down (a panic inside Automerge is caught and reported as damage).
pub(super) fn load_history(path: &Path, chunks: &[Chunk]) -> Result<Automerge> {
    let bad = |detail: String| StoreError::History {
        path: path.display().to_string(),
        detail,
    };
    let first = match chunks.first() {
        Some(c) if c.kind == ChunkKind::Doc => c,
        _ => return Err(bad("no history".into())),
    };
    let loaded = catch_unwind(AssertUnwindSafe(
        || -> std::result::Result<Automerge, String> {
            let mut doc = Automerge::load(&first.bytes).map_err(|e| e.to_string())?;
            for c in &chunks[1..] {
                doc.load_incremental(&c.bytes).map_err(|e| e.to_string())?;
            }
            if !automerge::ReadDoc::get_missing_deps(&doc, &[]).is_empty() {
                return Err("changes are missing".into());
            }
            Ok(doc)
        },
    ));
    match loaded {
        Ok(Ok(doc)) => Ok(doc),
        Ok(Err(e)) => Err(bad(e)),
        Err(_) => Err(bad("the history could not be decoded".into())),
    }
}
