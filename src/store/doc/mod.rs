//! The strategy inside an Automerge document, and edits as differences.
//!
//! The document mirrors the strategy's interchange JSON, generically:
//! - a JSON object is a map; a number, a boolean or a short string is a
//!   scalar; the long texts (vision, mission, descriptions, a value's meaning,
//!   governance, how the change shows) are Automerge text, so that two people
//!   editing different parts of one text both keep their edits;
//! - a list of entities (objects with an `id`) is a map marked `~coll`, each
//!   entity under the key `@id` with a position key `~pos` (see
//!   [`super::position`]); the list is the live entities sorted by
//!   (position, id). Deleting an entity leaves it in place marked
//!   `~deleted`, and every edit of an entity (or of anything inside it) and
//!   every deletion writes its `~touch` register (`e` for an edit, `d` for a
//!   deletion): an edit and a deletion made in two copies are then two
//!   concurrent values of one register, which is how an edit-versus-delete
//!   conflict is found after a merge;
//! - any other list (owner references, measured actuals) is an Automerge list.
//!
//! [`apply`] writes only the differences between the current strategy and an
//! edited one, so an edit of one action touches one action, not the whole
//! document.
//!
//! It is made in the stages it runs in, one file each: [`keys`] (the marks
//! of the schema), [`write`] (a whole strategy, or one value), [`read`]
//! (the live JSON and the places copies disagree, whole or incrementally)
//! and [`diff`] (an edit as the differences it writes).

mod diff;
mod keys;
mod read;
mod write;

use automerge::transaction::Transactable;
use automerge::{Prop, ROOT, ReadDoc, Value as AmValue};

pub use automerge::ObjId;
pub use diff::{PartDiff, apply, apply_parts};
pub use keys::{
    COLL, DELETED, POS, TEXT_EDIT, TOUCH, TOUCH_DELETE, TOUCH_EDIT, TOUCH_EDIT_AGAIN, entity_key,
    entity_kind, is_edit_mark, name_of, text_edit_key,
};
pub use read::{Site, read, read_since};
pub use write::{write_new, write_value};

use super::error::{Result, StoreError};

fn am_err(e: impl std::fmt::Display) -> StoreError {
    StoreError::History {
        path: String::new(),
        detail: e.to_string(),
    }
}

/// Marks an edit in the register `key` of `obj` (`~touch`, `~text:…`): a
/// value other than the one shown, so that the write is recorded and is
/// concurrent with any write in another copy.
pub fn mark_edit(doc: &mut impl Transactable, obj: &ObjId, key: &str) -> Result<()> {
    let shown = match doc.get(obj, key).ok().flatten() {
        Some((AmValue::Scalar(v), _)) => v.as_str().map(str::to_owned),
        _ => None,
    };
    let mark = if shown.as_deref() == Some(TOUCH_EDIT) {
        TOUCH_EDIT_AGAIN
    } else {
        TOUCH_EDIT
    };
    doc.put(obj, key, mark).map_err(am_err)?;
    Ok(())
}

/// The values of an entity's `~touch` register.
pub fn touches(doc: &impl ReadDoc, entity: &ObjId) -> Vec<String> {
    doc.get_all(entity, TOUCH)
        .map(|all| {
            all.into_iter()
                .filter_map(|(v, _)| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// The object at `path`, if it is one.
pub fn resolve(doc: &impl ReadDoc, path: &[Prop]) -> Option<ObjId> {
    let mut obj = ROOT;
    for p in path {
        match doc.get(&obj, p.clone()).ok().flatten() {
            Some((AmValue::Object(_), id)) => obj = id,
            _ => return None,
        }
    }
    Some(obj)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::history::{EditNote, NoteOp};
    use automerge::{Automerge, ObjType};
    use serde_json::{Value as Json, json};

    fn doc_of(v: &Json) -> Automerge {
        let mut doc = Automerge::new();
        let mut tx = doc.transaction();
        write_new(&mut tx, v).unwrap();
        tx.commit();
        doc
    }

    /// The JSON as the model writes it: empty lists left out.
    fn without_empty_lists(v: Json) -> Json {
        match v {
            Json::Object(m) => Json::Object(
                m.into_iter()
                    .filter(|(_, x)| x.as_array().is_none_or(|a| !a.is_empty()))
                    .map(|(k, x)| (k, without_empty_lists(x)))
                    .collect(),
            ),
            Json::Array(a) => Json::Array(a.into_iter().map(without_empty_lists).collect()),
            other => other,
        }
    }

    fn edit(doc: &mut Automerge, old: &Json, new: &Json) -> Vec<EditNote> {
        let mut tx = doc.transaction();
        let notes = apply(&mut tx, old, new).unwrap();
        tx.commit();
        notes
    }

    #[test]
    fn a_written_strategy_reads_back_the_same() {
        let v = json!({"id": "s", "vision": "Hyvä", "actions": [{"id": "b", "name": "B"}, {"id": "a", "name": "A", "owners": ["x", "y"]}],
            "indicators": [{"id": "i", "actuals": [{"date": "2020", "value": 1.5}]}]});
        let doc = doc_of(&v);
        let (back, sites) = read(&doc).unwrap();
        assert_eq!(without_empty_lists(back), v);
        assert!(sites.is_empty());
    }

    #[test]
    fn reordering_inserting_and_deleting_entities_reads_back_in_the_new_order() {
        let old = json!({"actions": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}]});
        let new =
            json!({"actions": [{"id": "d"}, {"id": "x"}, {"id": "a"}, {"id": "c"}, {"id": "y"}]});
        let mut doc = doc_of(&old);
        let notes = edit(&mut doc, &old, &new);
        assert_eq!(without_empty_lists(read(&doc).unwrap().0), new);
        assert!(notes.iter().any(|n| n.op == NoteOp::Deleted && n.id == "b"));
        assert!(notes.iter().any(|n| n.op == NoteOp::Added && n.id == "x"));
    }

    #[test]
    fn a_list_emptied_and_filled_again_keeps_working() {
        let a = json!({"actions": [{"id": "a"}]});
        let b = json!({});
        let c = json!({"actions": [{"id": "a", "name": "again"}]});
        let mut doc = doc_of(&a);
        edit(&mut doc, &a, &b);
        assert_eq!(without_empty_lists(read(&doc).unwrap().0), json!({}));
        edit(&mut doc, &json!({}), &c);
        assert_eq!(without_empty_lists(read(&doc).unwrap().0), c);
    }

    #[test]
    fn duplicate_ids_in_one_list_are_refused() {
        let v = json!({"actions": [{"id": "a"}, {"id": "a"}]});
        let mut doc = Automerge::new();
        let mut tx = doc.transaction();
        assert!(matches!(
            write_new(&mut tx, &v),
            Err(StoreError::DuplicateId { .. })
        ));
    }

    #[test]
    fn long_texts_are_automerge_text() {
        let doc = doc_of(&json!({"vision": "abc", "name": "n"}));
        assert!(matches!(
            doc.get(ROOT, "vision").unwrap(),
            Some((AmValue::Object(ObjType::Text), _))
        ));
        assert!(matches!(
            doc.get(ROOT, "name").unwrap(),
            Some((AmValue::Scalar(_), _))
        ));
    }
}
