//! A conflict's choice: the chosen value written once more as a new edit
//! (not yet committed), which supersedes every concurrent value: a text
//! replaced and its edit register marked, an entity kept or deleted, a
//! field or an entity written whole.

use automerge::transaction::Transactable;
use automerge::{ObjType, Prop, ReadDoc, Value as AmValue};
use serde_json::Value as Json;

use super::error::{MergeError, Result};
use super::{Conflict, ConflictKind};
use crate::store::doc;

/// The path of props a conflict id names, found in the document.
fn props_of(doc: &impl ReadDoc, id: &str) -> Option<Vec<Prop>> {
    let mut obj = automerge::ROOT;
    let mut out = Vec::new();
    let parts: Vec<&str> = id.split('/').collect();
    for (i, part) in parts.iter().enumerate() {
        let ty = doc.object_type(&obj).ok()?;
        let is_coll = ty == ObjType::Map && doc.get(&obj, doc::COLL).ok().flatten().is_some();
        let prop = match ty {
            ObjType::List | ObjType::Text => Prop::Seq(part.parse().ok()?),
            _ if is_coll => Prop::Map(doc::entity_key(part)),
            _ => Prop::Map((*part).to_owned()),
        };
        out.push(prop.clone());
        if i + 1 < parts.len() {
            match doc.get(&obj, prop).ok().flatten() {
                Some((AmValue::Object(_), next)) => obj = next,
                _ => return None,
            }
        }
    }
    Some(out)
}

/// Writes the chosen value `take` of a conflict (not yet committed).
pub(super) fn write_choice(
    doc: &mut impl Transactable,
    conflict: &Conflict,
    take: &str,
) -> Result<()> {
    let value = conflict
        .values
        .iter()
        .find(|v| v.id == take)
        .ok_or_else(|| MergeError::UnknownValue {
            conflict: conflict.id.clone(),
            value: take.to_owned(),
        })?;
    let unknown = || MergeError::UnknownConflict {
        id: conflict.id.clone(),
    };
    let path = props_of(doc, &conflict.id).ok_or_else(unknown)?;
    let w = |e: automerge::AutomergeError| MergeError::Write {
        detail: e.to_string(),
    };
    match conflict.kind {
        ConflictKind::Text => {
            let (last, parent_path) = path.split_last().ok_or_else(unknown)?;
            let parent = doc::resolve(doc, parent_path).ok_or_else(unknown)?;
            let Prop::Map(key) = last else {
                return Err(unknown());
            };
            let text = match doc.get(&parent, key.as_str()).ok().flatten() {
                Some((AmValue::Object(ObjType::Text), id)) => id,
                _ => return Err(unknown()),
            };
            doc.update_text(&text, value.value.as_str().unwrap_or_default())
                .map_err(w)?;
            // One value in the register again: the edits are reconciled.
            doc::mark_edit(doc, &parent, &doc::text_edit_key(key)).map_err(|e| {
                MergeError::Write {
                    detail: e.to_string(),
                }
            })?;
        }
        ConflictKind::EditDelete => {
            let entity = doc::resolve(doc, &path).ok_or_else(unknown)?;
            if take == "delete" {
                doc.put(&entity, doc::DELETED, true).map_err(w)?;
                doc.put(&entity, doc::TOUCH, doc::TOUCH_DELETE).map_err(w)?;
            } else {
                doc.put(&entity, doc::DELETED, false).map_err(w)?;
                doc::mark_edit(doc, &entity, doc::TOUCH).map_err(|e| MergeError::Write {
                    detail: e.to_string(),
                })?;
            }
        }
        _ => {
            let (last, parent_path) = path.split_last().ok_or_else(unknown)?;
            let parent = doc::resolve(doc, parent_path).ok_or_else(unknown)?;
            let key = match last {
                Prop::Map(k) => k.clone(),
                Prop::Seq(_) => String::new(),
            };
            // The position of an entity added twice stays the winner's.
            let pos = match (&conflict.kind, doc::resolve(doc, &path)) {
                (ConflictKind::BothAdded, Some(obj)) => doc
                    .get(&obj, doc::POS)
                    .ok()
                    .flatten()
                    .and_then(|(v, _)| v.as_str().map(str::to_owned)),
                _ => None,
            };
            let fresh = |doc: &mut _| -> Result<()> {
                let mut v = value.value.clone();
                if let (Some(p), Json::Object(m)) = (&pos, &mut v) {
                    m.insert(doc::POS.to_owned(), Json::String(p.clone()));
                }
                doc::write_value(doc, &parent, last.clone(), &key, None, &v).map_err(|e| {
                    MergeError::Write {
                        detail: e.to_string(),
                    }
                })
            };
            fresh(doc)?;
        }
    }
    Ok(())
}
