//! Finding an item inside a top-level entity's JSON by the steps of its
//! path: `themes/t1 › goals/g2` is the goal `g2` in the `goals` of the
//! theme `t1`. Only the one entity is turned into JSON, never the strategy.

use serde_json::Value as Json;

use super::{EditError, Step};

/// The object at the end of `steps`, starting inside `entity`.
pub(super) fn find_mut<'a>(
    entity: &'a mut Json,
    steps: &[Step],
) -> Result<&'a mut Json, EditError> {
    let mut at = entity;
    for step in steps {
        let list = at
            .get_mut(step.list.key())
            .and_then(Json::as_array_mut)
            .ok_or_else(|| not_found(step))?;
        at = list
            .iter_mut()
            .find(|v| id_is(v, step))
            .ok_or_else(|| not_found(step))?;
    }
    Ok(at)
}

/// The list `key` of `object`, made empty when it has none yet.
pub(super) fn list_mut<'a>(object: &'a mut Json, key: &str) -> Option<&'a mut Vec<Json>> {
    let map = object.as_object_mut()?;
    map.entry(key)
        .or_insert_with(|| Json::Array(Vec::new()))
        .as_array_mut()
}

/// Whether the JSON item has the step's id.
pub(super) fn id_is(v: &Json, step: &Step) -> bool {
    v.get("id").and_then(Json::as_str) == Some(step.id.as_str())
}

pub(super) fn not_found(step: &Step) -> EditError {
    EditError::NotFound {
        list: step.list,
        id: step.id.0.chars().take(64).collect(),
    }
}
