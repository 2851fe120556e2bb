//! The schema keys of the document: the marks it adds to the strategy's
//! JSON (`~coll`, `~pos`, `~deleted`, the `~touch` and `~text:` registers),
//! which fields are long texts, and how entities are keyed, named and
//! kinded. Every other stage, and conflict detection, reads the document
//! through these.

use serde_json::Value as Json;

/// Marks a map that holds a list of entities.
pub const COLL: &str = "~coll";
/// An entity's position key.
pub const POS: &str = "~pos";
/// Set on a deleted entity.
pub const DELETED: &str = "~deleted";
/// Written on every edit (`e`) and deletion (`d`) of an entity.
pub const TOUCH: &str = "~touch";
/// Touch value of an edit (edits alternate it with [`TOUCH_EDIT_AGAIN`]).
pub const TOUCH_EDIT: &str = "e";
/// Touch value of an edit where the register already holds `e`: Automerge
/// records nothing when a key is set to the value it already has, so an
/// edit must write a different value to leave its mark.
pub const TOUCH_EDIT_AGAIN: &str = "E";
/// Touch value of a deletion.
pub const TOUCH_DELETE: &str = "d";

/// Written (`e`) beside a long text `KEY`, under `~text:KEY`, on every edit
/// of the text: two copies that both edited it leave two concurrent values,
/// which is how their edits are found and compared after a merge.
pub const TEXT_EDIT: &str = "~text:";

/// The key of the edit register of the long text `key`.
pub fn text_edit_key(key: &str) -> String {
    format!("{TEXT_EDIT}{key}")
}

/// The fields held as Automerge text (merged character by character).
pub const TEXT_KEYS: &[&str] = &[
    "vision",
    "mission",
    "description",
    "meaning",
    "governance",
    "changeShows",
];

/// The key of an entity in its list's map.
pub fn entity_key(id: &str) -> String {
    format!("@{id}")
}

/// The entity kind (a catalogue suffix: `entity-…`) of a list's items.
pub fn entity_kind(list_key: &str) -> &'static str {
    crate::model::part::ListKey::from_key(list_key).map_or("strategy", |l| l.kind())
}

pub(super) fn is_entity_array(a: &[Json]) -> bool {
    !a.is_empty() && a.iter().all(|v| v.get("id").is_some_and(Json::is_string))
}

pub(super) fn id_of(v: &Json) -> &str {
    v.get("id").and_then(Json::as_str).unwrap_or_default()
}

/// A readable name of an entity for notes and conflicts.
pub fn name_of(v: &Json) -> String {
    ["name", "text", "date"]
        .iter()
        .find_map(|k| v.get(*k).and_then(Json::as_str))
        .unwrap_or_default()
        .chars()
        .take(80)
        .collect()
}

/// Whether a touch (or text edit register) value marks an edit.
pub fn is_edit_mark(v: &str) -> bool {
    v == TOUCH_EDIT || v == TOUCH_EDIT_AGAIN
}
