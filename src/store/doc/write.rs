//! Writing a strategy into the document: a whole one into an empty
//! document (an import), or one value replacing what is at a place (used by
//! the diff and by a conflict's choice). Lists of entities become `~coll`
//! maps with positions; long texts become Automerge text.

use std::collections::HashSet;

use automerge::hydrate;
use automerge::transaction::Transactable;
use automerge::{Prop, ScalarValue};
use serde_json::Value as Json;

use super::super::error::{Result, StoreError};
use super::super::{position, shape};
use super::ObjId;
use super::am_err;
use super::keys::{COLL, POS, TEXT_KEYS, entity_key, id_of, is_entity_array};

pub(super) fn scalar(v: &Json) -> ScalarValue {
    match v {
        Json::Null => ScalarValue::Null,
        Json::Bool(b) => ScalarValue::Boolean(*b),
        Json::Number(n) => {
            if n.is_f64() {
                ScalarValue::F64(n.as_f64().unwrap_or_default())
            } else if let Some(i) = n.as_i64() {
                ScalarValue::Int(i)
            } else {
                ScalarValue::Uint(n.as_u64().unwrap_or_default())
            }
        }
        Json::String(s) => ScalarValue::Str(s.as_str().into()),
        // Objects and arrays are never scalars; callers check first.
        Json::Array(_) | Json::Object(_) => ScalarValue::Null,
    }
}

pub(super) fn check_unique(list: &str, a: &[Json]) -> Result<()> {
    let mut seen = HashSet::with_capacity(a.len());
    for v in a {
        if !seen.insert(id_of(v)) {
            return Err(StoreError::DuplicateId {
                list: list.to_owned(),
                id: id_of(v).to_owned(),
            });
        }
    }
    Ok(())
}

/// The document form of a JSON value found under the field `key`; `def`
/// is the schema definition of the value itself (of its items, for a list),
/// so that an object gets all its lists created with it.
pub(super) fn to_hydrate(
    v: &Json,
    key: &str,
    def: Option<&str>,
    enc: automerge::TextEncoding,
) -> Result<hydrate::Value> {
    Ok(match v {
        Json::String(s) if TEXT_KEYS.contains(&key) => hydrate::Value::text(enc, s),
        Json::Array(a) if is_entity_array(a) => {
            check_unique(key, a)?;
            let keys = position::spread("", None, a.len());
            let mut m = empty_coll();
            for (item, pos) in a.iter().zip(keys) {
                m.insert(
                    entity_key(id_of(item)),
                    mv(entity_hydrate(item, &pos, def, enc)?),
                );
            }
            hydrate::Value::Map(m)
        }
        Json::Array(a) => {
            let items = a
                .iter()
                .map(|x| to_hydrate(x, "", def, enc))
                .collect::<Result<Vec<_>>>()?;
            hydrate::Value::List(items.into())
        }
        Json::Object(o) => {
            let mut m = hydrate::Map::default();
            for (k, x) in o {
                m.insert(
                    k.clone(),
                    mv(to_hydrate(x, k, shape::item_def(def, k), enc)?),
                );
            }
            for c in def.map(shape::containers).unwrap_or_default() {
                if !m.contains_key(&c.key) {
                    let empty = if c.entity {
                        hydrate::Value::Map(empty_coll())
                    } else {
                        hydrate::Value::list()
                    };
                    m.insert(c.key.clone(), mv(empty));
                }
            }
            hydrate::Value::Map(m)
        }
        other => hydrate::Value::Scalar(scalar(other)),
    })
}

pub(super) fn empty_coll() -> hydrate::Map {
    let mut m = hydrate::Map::default();
    m.insert(COLL.to_owned(), mv(hydrate::Value::scalar(true)));
    m
}

pub(super) fn entity_hydrate(
    item: &Json,
    pos: &str,
    def: Option<&str>,
    enc: automerge::TextEncoding,
) -> Result<hydrate::Value> {
    let mut h = to_hydrate(item, "", def, enc)?;
    if let hydrate::Value::Map(m) = &mut h {
        m.insert(POS.to_owned(), mv(hydrate::Value::scalar(pos)));
    }
    Ok(h)
}

fn mv(value: hydrate::Value) -> hydrate::MapValue {
    hydrate::MapValue {
        value,
        conflict: false,
    }
}

/// Writes a whole strategy (as JSON) into an empty document.
pub fn write_new(doc: &mut impl Transactable, strategy: &Json) -> Result<()> {
    let enc = doc.text_encoding();
    match to_hydrate(strategy, "", Some(shape::ROOT), enc)? {
        hydrate::Value::Map(m) => doc.init_root_from_hydrate(&m).map_err(am_err),
        _ => Err(StoreError::Content {
            detail: "the strategy is not an object".into(),
        }),
    }
}

/// Writes a JSON value at `prop` of `obj` (found under the field `key`; `def`
/// as for the value itself), replacing what is there.
pub fn write_value(
    doc: &mut impl Transactable,
    obj: &ObjId,
    prop: Prop,
    key: &str,
    def: Option<&str>,
    v: &Json,
) -> Result<()> {
    if v.is_object() || v.is_array() || (v.is_string() && TEXT_KEYS.contains(&key)) {
        let h = to_hydrate(v, key, def, doc.text_encoding())?;
        doc.batch_create_object(obj, prop, &h, false)
            .map_err(am_err)?;
    } else {
        doc.put(obj, prop, scalar(v)).map_err(am_err)?;
    }
    Ok(())
}
