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

use std::collections::{HashMap, HashSet};

use automerge::hydrate;
use automerge::transaction::Transactable;
use automerge::{Automerge, ObjType, Prop, ROOT, ReadDoc, ScalarValue, Value as AmValue};
use serde_json::Value as Json;

type JsonMap = serde_json::Map<String, Json>;

pub use automerge::ObjId;

use super::error::{Result, StoreError};
use super::history::{EditNote, NoteOp};
use super::{position, shape};

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
    match list_key {
        "themes" => "theme",
        "actions" => "action",
        "goals" => "goal",
        "successFactors" => "success-factor",
        "values" => "value",
        "points" | "children" => "bullet",
        "startingPoints" => "starting-point",
        "foundation" => "foundation",
        "owners" => "owner",
        "documents" => "document",
        "phases" => "phase",
        "milestones" => "milestone",
        "indicators" => "indicator",
        "events" => "event",
        "topics" => "topic",
        "statusHistory" => "status-change",
        _ => "strategy",
    }
}

fn is_entity_array(a: &[Json]) -> bool {
    !a.is_empty() && a.iter().all(|v| v.get("id").is_some_and(Json::is_string))
}

fn id_of(v: &Json) -> &str {
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

fn am_err(e: impl std::fmt::Display) -> StoreError {
    StoreError::History {
        path: String::new(),
        detail: e.to_string(),
    }
}

fn scalar(v: &Json) -> ScalarValue {
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

fn check_unique(list: &str, a: &[Json]) -> Result<()> {
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
fn to_hydrate(
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

fn empty_coll() -> hydrate::Map {
    let mut m = hydrate::Map::default();
    m.insert(COLL.to_owned(), mv(hydrate::Value::scalar(true)));
    m
}

fn entity_hydrate(
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

/// Whether a touch (or text edit register) value marks an edit.
pub fn is_edit_mark(v: &str) -> bool {
    v == TOUCH_EDIT || v == TOUCH_EDIT_AGAIN
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

/// Writes the differences between `old` (what the document shows now) and
/// `new` into the document, and says what changed.
pub fn apply<T: Transactable>(doc: &mut T, old: &Json, new: &Json) -> Result<Vec<EditNote>> {
    let mut d = Differ {
        doc,
        notes: Vec::new(),
    };
    let (Json::Object(o), Json::Object(n)) = (old, new) else {
        return Err(StoreError::Content {
            detail: "the strategy is not an object".into(),
        });
    };
    let mut fields = Vec::new();
    d.map(&ROOT, o, n, Some(shape::ROOT), &mut fields)?;
    let own: Vec<String> = fields
        .into_iter()
        .filter(|f| !is_list_field(old, new, f))
        .collect();
    if !own.is_empty() {
        d.notes.insert(
            0,
            EditNote {
                op: NoteOp::Changed,
                entity: "strategy".into(),
                id: id_of(new).to_owned(),
                name: name_of(new),
                fields: own,
            },
        );
    }
    Ok(d.notes)
}

fn is_list_field(old: &Json, new: &Json, key: &str) -> bool {
    let ent = |v: &Json| {
        v.get(key)
            .and_then(Json::as_array)
            .is_some_and(|a| is_entity_array(a))
    };
    ent(old) || ent(new)
}

struct Differ<'a, T: Transactable> {
    doc: &'a mut T,
    notes: Vec<EditNote>,
}

impl<T: Transactable> Differ<'_, T> {
    /// Diffs two objects of schema definition `def` at `obj`; pushes the
    /// keys that differ.
    fn map(
        &mut self,
        obj: &ObjId,
        old: &JsonMap,
        new: &JsonMap,
        def: Option<&str>,
        fields: &mut Vec<String>,
    ) -> Result<bool> {
        for (k, nv) in new {
            let child_def = shape::item_def(def, k);
            match old.get(k) {
                Some(ov) if ov == nv => continue,
                Some(ov) => self.update(obj, k, ov, nv, child_def)?,
                None => self.create(obj, k, nv, child_def)?,
            }
            fields.push(k.clone());
        }
        for (k, ov) in old {
            if new.contains_key(k) {
                continue;
            }
            // A field left out is never deleted: a deletion would silently
            // lose to a concurrent edit, while two values of one field are a
            // conflict to show. A long text is emptied character by
            // character; anything else becomes null, read back as left out.
            match (ov, self.child(obj, k)) {
                (Json::Array(_), _) => self.update(
                    obj,
                    k,
                    ov,
                    &Json::Array(Vec::new()),
                    shape::item_def(def, k),
                )?,
                (_, Some((ObjType::Text, t))) => {
                    self.doc.update_text(&t, "").map_err(am_err)?;
                    mark_edit(self.doc, obj, &text_edit_key(k))?;
                }
                _ => self
                    .doc
                    .put(obj, k.as_str(), ScalarValue::Null)
                    .map_err(am_err)?,
            }
            fields.push(k.clone());
        }
        Ok(!fields.is_empty())
    }

    fn child(&self, obj: &ObjId, key: &str) -> Option<(ObjType, ObjId)> {
        match self.doc.get(obj, key).ok().flatten() {
            Some((AmValue::Object(t), id)) => Some((t, id)),
            _ => None,
        }
    }

    fn is_coll(&self, obj: &ObjId) -> bool {
        self.doc.get(obj, COLL).ok().flatten().is_some()
    }

    /// A value where the current view has none.
    fn create(&mut self, obj: &ObjId, key: &str, nv: &Json, def: Option<&str>) -> Result<()> {
        if let Json::Array(a) = nv {
            // An existing (empty, or emptied) list is written into.
            match self.child(obj, key) {
                Some((ObjType::Map, c)) if self.is_coll(&c) => {
                    return self.coll(&c, key, &[], a, def).map(|_| ());
                }
                Some((ObjType::List, c)) => return self.list(&c, &[], a, def).map(|_| ()),
                _ => {}
            }
        }
        write_value(self.doc, obj, Prop::Map(key.to_owned()), key, def, nv)
    }

    fn update(
        &mut self,
        obj: &ObjId,
        key: &str,
        ov: &Json,
        nv: &Json,
        def: Option<&str>,
    ) -> Result<()> {
        match (self.child(obj, key), ov, nv) {
            (Some((ObjType::Text, t)), _, Json::String(s)) => {
                self.doc.update_text(&t, s).map_err(am_err)?;
                mark_edit(self.doc, obj, &text_edit_key(key))?;
            }
            (Some((ObjType::Map, c)), Json::Object(o), Json::Object(n)) => {
                self.map(&c, o, n, def, &mut Vec::new())?;
            }
            (Some((ObjType::Map, c)), Json::Array(o), Json::Array(n)) if self.is_coll(&c) => {
                self.coll(&c, key, o, n, def)?;
            }
            (Some((ObjType::List, c)), Json::Array(o), Json::Array(n)) => {
                self.list(&c, o, n, def)?;
            }
            _ => write_value(self.doc, obj, Prop::Map(key.to_owned()), key, def, nv)?,
        }
        Ok(())
    }

    /// A positional list: common head and tail kept, the middle rewritten
    /// (element by element when the length is unchanged).
    fn list(
        &mut self,
        list: &ObjId,
        old: &[Json],
        new: &[Json],
        def: Option<&str>,
    ) -> Result<bool> {
        let head = old.iter().zip(new).take_while(|(a, b)| a == b).count();
        let tail = old[head..]
            .iter()
            .rev()
            .zip(new[head..].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        let (om, nm) = (&old[head..old.len() - tail], &new[head..new.len() - tail]);
        if om.is_empty() && nm.is_empty() {
            return Ok(false);
        }
        let enc = self.doc.text_encoding();
        if om.len() == nm.len() {
            for (i, (o, n)) in om.iter().zip(nm).enumerate() {
                let at = head + i;
                match (self.doc.get(list, at).ok().flatten(), o, n) {
                    (
                        Some((AmValue::Object(ObjType::Map), c)),
                        Json::Object(o),
                        Json::Object(n),
                    ) => {
                        self.map(&c, o, n, def, &mut Vec::new())?;
                    }
                    _ if o == n => {}
                    _ if n.is_object() || n.is_array() => {
                        let h = to_hydrate(n, "", def, enc)?;
                        self.doc
                            .batch_create_object(list, at, &h, false)
                            .map_err(am_err)?;
                    }
                    _ => self.doc.put(list, at, scalar(n)).map_err(am_err)?,
                }
            }
            return Ok(true);
        }
        for _ in 0..om.len() {
            self.doc.delete(list, head).map_err(am_err)?;
        }
        for (i, n) in nm.iter().enumerate() {
            if n.is_object() || n.is_array() {
                let h = to_hydrate(n, "", def, enc)?;
                self.doc
                    .batch_create_object(list, head + i, &h, true)
                    .map_err(am_err)?;
            } else {
                self.doc.insert(list, head + i, scalar(n)).map_err(am_err)?;
            }
        }
        Ok(true)
    }

    fn item(&self, coll: &ObjId, id: &str) -> Option<ObjId> {
        self.child(coll, &entity_key(id)).map(|c| c.1)
    }

    /// A list of entities (of definition `def`): matched by id; deleted ones
    /// marked, new ones added at their place, moved ones given a new
    /// position, changed ones diffed. Only entities that changed, and the
    /// neighbours of new or moved ones, are looked up in the document.
    fn coll(
        &mut self,
        coll: &ObjId,
        key: &str,
        old: &[Json],
        new: &[Json],
        def: Option<&str>,
    ) -> Result<bool> {
        check_unique(key, new)?;
        let kind = entity_kind(key);
        let enc = self.doc.text_encoding();
        let old_index: HashMap<&str, usize> =
            old.iter().enumerate().map(|(i, v)| (id_of(v), i)).collect();
        let new_ids: HashSet<&str> = new.iter().map(id_of).collect();
        let mut changed = false;

        for o in old.iter().filter(|o| !new_ids.contains(id_of(o))) {
            if let Some(item) = self.item(coll, id_of(o)) {
                self.doc.put(&item, DELETED, true).map_err(am_err)?;
                self.doc.put(&item, TOUCH, TOUCH_DELETE).map_err(am_err)?;
            }
            self.note(NoteOp::Deleted, kind, o, vec![]);
            changed = true;
        }

        // Kept entities whose order did not change stay where they are.
        let kept: Vec<(usize, usize)> = new
            .iter()
            .enumerate()
            .filter_map(|(j, n)| old_index.get(id_of(n)).map(|&i| (j, i)))
            .collect();
        let stable: HashSet<usize> =
            longest_increasing(&kept.iter().map(|k| k.1).collect::<Vec<_>>())
                .into_iter()
                .map(|x| kept[x].0)
                .collect();

        // New positions for every run of unplaced entities, between their
        // neighbours; widened while the neighbours leave no room.
        let mut pos: Vec<Option<String>> = vec![None; new.len()];
        let mut placed = vec![false; new.len()];
        let mut j = 0;
        while j < new.len() {
            if stable.contains(&j) {
                j += 1;
                continue;
            }
            let start = j;
            let lo = if start == 0 {
                String::new()
            } else {
                self.pos_at(coll, new, &mut pos, start - 1)
            };
            let mut end = j;
            while end < new.len() && !stable.contains(&end) {
                end += 1;
            }
            loop {
                if end >= new.len() {
                    break;
                }
                let hi = self.pos_at(coll, new, &mut pos, end);
                if hi.as_str() > lo.as_str() {
                    break;
                }
                end += 1;
                while end < new.len() && !stable.contains(&end) {
                    end += 1;
                }
            }
            let hi = if end < new.len() {
                Some(self.pos_at(coll, new, &mut pos, end))
            } else {
                None
            };
            for (k, p) in position::spread(&lo, hi.as_deref(), end - start)
                .into_iter()
                .enumerate()
            {
                pos[start + k] = Some(p);
                placed[start + k] = true;
            }
            j = end;
        }

        for (j, n) in new.iter().enumerate() {
            let Some(&i) = old_index.get(id_of(n)) else {
                let p = pos[j].clone().unwrap_or_default();
                let h = entity_hydrate(n, &p, def, enc)?;
                self.doc
                    .batch_create_object(coll, entity_key(id_of(n)), &h, false)
                    .map_err(am_err)?;
                self.note(NoteOp::Added, kind, n, vec![]);
                changed = true;
                continue;
            };
            if !placed[j] && old[i] == *n {
                continue;
            }
            let Some(item) = self.item(coll, id_of(n)) else {
                continue;
            };
            let mut fields = Vec::new();
            if let (Json::Object(o), Json::Object(nm)) = (&old[i], n) {
                self.map(&item, o, nm, def, &mut fields)?;
            }
            if placed[j] {
                let p = pos[j].clone().unwrap_or_default();
                self.doc.put(&item, POS, p.as_str()).map_err(am_err)?;
                fields.push("order".into());
            }
            if !fields.is_empty() {
                mark_edit(self.doc, &item, TOUCH)?;
                // An entity kept in an edit-versus-delete conflict is live again.
                if self.doc.get(&item, DELETED).ok().flatten().is_some() {
                    self.doc.put(&item, DELETED, false).map_err(am_err)?;
                }
                self.note(NoteOp::Changed, kind, n, fields);
                changed = true;
            }
        }
        Ok(changed)
    }

    /// The position of the `j`-th new entity: the one given in this edit, or
    /// its current one in the document.
    fn pos_at(&self, coll: &ObjId, new: &[Json], pos: &mut [Option<String>], j: usize) -> String {
        if let Some(p) = &pos[j] {
            return p.clone();
        }
        let p = self
            .item(coll, id_of(&new[j]))
            .map(|it| self.pos_of(&it))
            .unwrap_or_default();
        pos[j] = Some(p.clone());
        p
    }

    fn pos_of(&self, item: &ObjId) -> String {
        match self.doc.get(item, POS).ok().flatten() {
            Some((AmValue::Scalar(s), _)) => s.as_str().unwrap_or_default().to_owned(),
            _ => String::new(),
        }
    }

    fn note(&mut self, op: NoteOp, kind: &str, v: &Json, fields: Vec<String>) {
        self.notes.push(EditNote {
            op,
            entity: kind.to_owned(),
            id: id_of(v).to_owned(),
            name: name_of(v),
            fields,
        });
    }
}

/// Indexes (into `xs`) of one longest strictly increasing subsequence.
fn longest_increasing(xs: &[usize]) -> Vec<usize> {
    let mut tails: Vec<usize> = Vec::new(); // index into xs of the smallest tail of each length
    let mut prev: Vec<Option<usize>> = vec![None; xs.len()];
    for (i, &x) in xs.iter().enumerate() {
        let k = tails.partition_point(|&t| xs[t] < x);
        prev[i] = if k > 0 { Some(tails[k - 1]) } else { None };
        if k == tails.len() {
            tails.push(i);
        } else {
            tails[k] = i;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut cur = tails.last().copied();
    while let Some(i) = cur {
        out.push(i);
        cur = prev[i];
    }
    out.reverse();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

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
    fn a_longest_increasing_run_is_found() {
        assert_eq!(longest_increasing(&[3, 0, 1, 4, 2]), vec![1, 2, 4]);
        assert!(longest_increasing(&[]).is_empty());
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
