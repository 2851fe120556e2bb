//! Reading the strategy out of the document: the live JSON (entities in
//! position order, deleted ones left out unless edited in another copy),
//! with every site where copies disagree; and the incremental read after
//! the history moved on, which reads again only what the changes touched.

use std::collections::{HashMap, HashSet};

use automerge::hydrate;
use automerge::{Automerge, ObjType, Prop, ROOT, ReadDoc, ScalarValue, Value as AmValue};
use serde_json::Value as Json;

use super::super::error::{Result, StoreError};
use super::ObjId;
use super::keys::{COLL, DELETED, POS, TEXT_EDIT, TOUCH, entity_key, id_of, is_edit_mark};
use super::write::empty_coll;
use super::{resolve, touches};

type JsonMap = serde_json::Map<String, Json>;

fn scalar_json(s: &ScalarValue) -> Json {
    match s {
        ScalarValue::Str(s) => Json::String(s.to_string()),
        ScalarValue::Int(i) => Json::from(*i),
        ScalarValue::Uint(u) => Json::from(*u),
        ScalarValue::F64(f) => serde_json::Number::from_f64(*f).map_or(Json::Null, Json::Number),
        ScalarValue::Boolean(b) => Json::Bool(*b),
        _ => Json::Null,
    }
}

/// A place in the document where concurrent values were found.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    /// The props from the root to the value.
    pub path: Vec<Prop>,
}

/// Reads the live strategy JSON out of the document, with every place where
/// copies disagree.
pub fn read(doc: &Automerge) -> Result<(Json, Vec<Site>)> {
    let root = doc.hydrate(None);
    let mut sites = Vec::new();
    let mut path = Vec::new();
    let json = to_json(doc, &root, &mut path, &mut sites);
    Ok((json, sites))
}

/// The parts of the strategy that the changes between two states of the
/// document touched (found from Automerge's patches between them).
#[derive(Debug, Default)]
pub struct Touched {
    /// The root keys that hold lists of entities.
    colls: HashSet<String>,
    /// Some field of the strategy itself (not a list of entities) changed.
    root: bool,
    /// Lists of entities read again whole (an entity added, deleted or moved).
    lists: HashSet<String>,
    /// Entities read again one by one, by list.
    entities: HashMap<String, HashSet<String>>,
}

impl Touched {
    fn note(&mut self, props: &[Prop]) {
        let Some(Prop::Map(list)) = props.first() else {
            self.root = true;
            return;
        };
        if !self.colls.contains(list) {
            self.root = true;
            return;
        }
        match props.get(1..) {
            Some([Prop::Map(key), Prop::Map(field), ..])
                if key.starts_with('@') && field != POS && field != DELETED =>
            {
                self.entities
                    .entry(list.clone())
                    .or_default()
                    .insert(key[1..].to_owned());
            }
            // An entity added or deleted, moved, or the list itself replaced.
            _ => {
                self.lists.insert(list.clone());
            }
        }
    }

    /// Whether the conflict with this id (a path such as `actions/a12/due`)
    /// lies in a part that was read again.
    pub fn covers(&self, conflict_id: &str) -> bool {
        let mut parts = conflict_id.splitn(3, '/');
        let first = parts.next().unwrap_or_default();
        if !self.colls.contains(first) {
            return self.root;
        }
        match parts.next() {
            Some(id) => {
                self.lists.contains(first)
                    || self.entities.get(first).is_some_and(|ids| ids.contains(id))
            }
            None => self.lists.contains(first) || self.root,
        }
    }
}

/// A key of an object with its value hydrated, as [`Automerge::hydrate`]
/// would give it.
fn hydrate_at(doc: &Automerge, obj: &ObjId, key: &str) -> Option<hydrate::MapValue> {
    let count = doc.get_all(obj, key).ok()?.len();
    let value = match doc.get(obj, key).ok()?? {
        (AmValue::Scalar(s), _) => hydrate::Value::Scalar(s.into_owned()),
        (AmValue::Object(_), id) => ReadDoc::hydrate(doc, &id, None).ok()?,
    };
    Some(hydrate::MapValue {
        value,
        conflict: count > 1,
    })
}

fn root_colls(doc: &Automerge) -> HashSet<String> {
    doc.keys(ROOT)
        .filter(|k| {
            matches!(doc.get(ROOT, k.as_str()), Ok(Some((AmValue::Object(ObjType::Map), id)))
                if doc.get(&id, COLL).ok().flatten().is_some())
        })
        .collect()
}

/// Reads the strategy JSON again after the document moved on from the heads
/// `before`, at which it read as `old`: only the fields and entities that
/// the changes since touched are read, the rest is kept. Gives the new JSON,
/// the places where copies disagree inside what was read, and what was read.
pub fn read_since(
    doc: &Automerge,
    before: &[automerge::ChangeHash],
    old: Json,
) -> Result<(Json, Vec<Site>, Touched)> {
    let mut touched = Touched {
        colls: root_colls(doc),
        ..Touched::default()
    };
    let mut sites = Vec::new();
    let Json::Object(mut out) = old else {
        return Err(StoreError::Content {
            detail: "the strategy is not an object".into(),
        });
    };
    // Every object an operation of the new changes wrote to (whether its
    // value shows or not: a value that loses to a concurrent one still
    // changes the conflict there).
    let mut objs: HashMap<String, HashSet<String>> = HashMap::new();
    for change in doc.get_changes(before) {
        for op in change.decode().operations {
            let keys = objs.entry(op.obj.to_string()).or_default();
            if let automerge::legacy::Key::Map(k) = op.key {
                keys.insert(k.to_string());
            }
        }
    }
    for (obj, keys) in objs {
        let mut props: Vec<Prop> = if obj == "_root" {
            Vec::new()
        } else {
            let path = doc
                .import_obj(&obj)
                .ok()
                .and_then(|id| doc.parents(id).ok())
                .map(|p| p.path());
            match path {
                Some(path) => path.into_iter().map(|(_, p)| p).collect(),
                // Not found: read everything again.
                None => {
                    touched.root = true;
                    touched.lists.extend(touched.colls.iter().cloned());
                    continue;
                }
            }
        };
        if keys.is_empty() {
            touched.note(&props);
        }
        for k in keys {
            props.push(Prop::Map(k));
            touched.note(&props);
            props.pop();
        }
    }

    // Entities read one by one, replaced where they were; a list whose
    // entity is no longer shown (or was not before) is read whole.
    let mut lists: Vec<String> = touched.entities.keys().cloned().collect();
    lists.sort();
    for list in lists {
        if touched.lists.contains(&list) {
            continue;
        }
        let coll = match doc.get(ROOT, list.as_str()).ok().flatten() {
            Some((AmValue::Object(ObjType::Map), id)) => id,
            _ => {
                touched.lists.insert(list);
                continue;
            }
        };
        let Some(Json::Array(items)) = out.get_mut(&list) else {
            touched.lists.insert(list);
            continue;
        };
        let index: HashMap<String, usize> = items
            .iter()
            .enumerate()
            .map(|(i, v)| (id_of(v).to_owned(), i))
            .collect();
        let mut found = Vec::new();
        let mut whole = false;
        let ids = touched.entities.get(&list).cloned().unwrap_or_default();
        for id in &ids {
            let key = entity_key(id);
            let mut m = empty_coll();
            if let Some(v) = hydrate_at(doc, &coll, &key) {
                m.insert(key, v);
            }
            let mut path = vec![Prop::Map(list.clone())];
            let mut read = to_json(doc, &hydrate::Value::Map(m), &mut path, &mut found);
            match (
                read.as_array_mut().and_then(Vec::pop),
                index.get(id.as_str()),
            ) {
                (Some(v), Some(&i)) => items[i] = v,
                _ => {
                    whole = true;
                    break;
                }
            }
        }
        if whole {
            touched.lists.insert(list);
        } else {
            sites.extend(found);
        }
    }

    let mut lists: Vec<String> = touched.lists.iter().cloned().collect();
    lists.sort();
    for list in lists {
        let mut m = hydrate::Map::default();
        if let Some(v) = hydrate_at(doc, &ROOT, &list) {
            m.insert(list.clone(), v);
        }
        let read = to_json(doc, &hydrate::Value::Map(m), &mut Vec::new(), &mut sites);
        match read.get(&list) {
            Some(v) => out.insert(list, v.clone()),
            None => out.remove(&list),
        };
    }

    if touched.root {
        let colls = &touched.colls;
        out.retain(|k, _| colls.contains(k));
        let mut m = hydrate::Map::default();
        for k in doc.keys(ROOT) {
            if colls.contains(&k) {
                continue;
            }
            if let Some(v) = hydrate_at(doc, &ROOT, &k) {
                m.insert(k, v);
            }
        }
        if let Json::Object(fresh) =
            to_json(doc, &hydrate::Value::Map(m), &mut Vec::new(), &mut sites)
        {
            out.extend(fresh);
        }
    }
    Ok((Json::Object(out), sites, touched))
}

fn to_json(
    doc: &Automerge,
    v: &hydrate::Value,
    path: &mut Vec<Prop>,
    sites: &mut Vec<Site>,
) -> Json {
    match v {
        hydrate::Value::Scalar(s) => scalar_json(s),
        hydrate::Value::Text(t) => Json::String(t.to_string()),
        hydrate::Value::List(l) => {
            let mut out = Vec::with_capacity(l.len());
            for (i, item) in l.iter().enumerate() {
                path.push(Prop::Seq(i));
                if item.conflict {
                    sites.push(Site { path: path.clone() });
                }
                out.push(to_json(doc, &item.value, path, sites));
                path.pop();
            }
            Json::Array(out)
        }
        hydrate::Value::Map(m) if m.contains_key(COLL) => {
            let mut items: Vec<(&str, &str, &String, &hydrate::MapValue)> =
                Vec::with_capacity(m.len());
            for (k, item) in m.iter() {
                let Some(id) = k.strip_prefix('@') else {
                    continue;
                };
                let hydrate::Value::Map(e) = &item.value else {
                    continue;
                };
                if !is_live(doc, e, path, k) {
                    continue;
                }
                let pos = match e.get(POS) {
                    Some(hydrate::Value::Scalar(ScalarValue::Str(p))) => p.as_str(),
                    _ => "",
                };
                items.push((pos, id, k, item));
            }
            items.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
            let mut out = Vec::with_capacity(items.len());
            for (_, _, k, item) in items {
                path.push(Prop::Map(k.clone()));
                if item.conflict {
                    sites.push(Site { path: path.clone() });
                }
                out.push(to_json(doc, &item.value, path, sites));
                path.pop();
            }
            Json::Array(out)
        }
        hydrate::Value::Map(m) => {
            let mut out = JsonMap::new();
            for (k, item) in m.iter() {
                path.push(Prop::Map(k.clone()));
                if item.conflict && (k == TOUCH || k.starts_with(TEXT_EDIT) || !k.starts_with('~'))
                {
                    sites.push(Site { path: path.clone() });
                }
                // Null is a field left out (see `Differ::map`).
                let null = matches!(item.value, hydrate::Value::Scalar(ScalarValue::Null));
                if !k.starts_with('~') && !null {
                    out.insert(k.clone(), to_json(doc, &item.value, path, sites));
                }
                path.pop();
            }
            Json::Object(out)
        }
    }
}

/// Whether an entity is shown: not deleted, or deleted in one copy while
/// edited in another (kept until the person chooses).
fn is_live(doc: &impl ReadDoc, e: &hydrate::Map, path: &[Prop], key: &str) -> bool {
    let deleted = matches!(
        e.get(DELETED),
        Some(hydrate::Value::Scalar(ScalarValue::Boolean(true)))
    );
    if !deleted {
        return true;
    }
    let touch_conflict = e.iter().any(|(k, v)| k == TOUCH && v.conflict);
    if !touch_conflict {
        return false;
    }
    let mut full = path.to_vec();
    full.push(Prop::Map(key.to_owned()));
    resolve(doc, &full).is_some_and(|obj| touches(doc, &obj).iter().any(|t| is_edit_mark(t)))
}
