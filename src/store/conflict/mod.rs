//! Conflicts: where merged copies changed the same thing differently.
//!
//! After a merge the history holds every copy's value of a field that two
//! copies set differently; Automerge shows one of them (a deterministic
//! choice by operation id) and keeps the others. This module finds those
//! places and names them:
//! - a **field** set to different values (the id is its path, such as
//!   `actions/a12/due`; each value has an id `1`, `2`… in a fixed order);
//! - an action **moved** to different themes (its `theme` field);
//! - an entity **edited in one copy and deleted in another** (values `keep`
//!   and `delete`; it stays shown until the person chooses);
//! - an entity **added in two copies with the same id** and different content;
//! - a long **text** edited in two copies at overlapping places (edits at
//!   different places merge character by character; see [`super::text`]):
//!   each copy whose edits overlap another's offers a value, its own edits
//!   where they overlap and every copy's edits elsewhere (so that choosing
//!   never drops an edit that overlapped nothing); the default is shown
//!   until someone chooses.
//!
//! Detection belongs to reading the document: the store finds a project's
//! conflicts whenever it reads the strategy, and shows each text conflict's
//! default. A choice (`Project::resolve`, in the merge module) writes the
//! chosen value once more as a new edit, which supersedes all the
//! concurrent ones: it is in the history, can be merged and undone like any
//! edit.

mod text;

use std::collections::{HashMap, HashSet};

use automerge::{Automerge, ChangeHash, ObjType, Prop, ReadDoc, Value as AmValue};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;

use super::doc::{self, ObjId, Site};
use super::history::ChangeRecord;

/// What kind of conflict.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum ConflictKind {
    /// One field set to different values.
    Field,
    /// An action moved to different themes.
    Moved,
    /// Edited in one copy, deleted in another.
    EditDelete,
    /// Added in two copies with the same id and different content.
    BothAdded,
    /// A long text edited in two copies at overlapping places (the same
    /// words rewritten, or a passage deleted in one and edited in the other).
    Text,
}

/// One of the values in a conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictValue {
    /// What to pass to `resolve --take`: `1`, `2`…, or `keep` / `delete`.
    pub id: String,
    /// The value (JSON); for `delete`, null.
    #[ts(type = "unknown")]
    pub value: Json,
    /// Who set it.
    pub authors: Vec<String>,
    /// The copies it was set in (short actor ids).
    pub copies: Vec<String>,
    /// When, in seconds since 1970 (the latest of its edits).
    pub time: i64,
}

/// A conflict kept in the merged file until someone chooses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Conflict {
    /// Stable id: the path of the conflicting value, such as `actions/a12/due`.
    pub id: String,
    /// What kind of conflict.
    pub kind: ConflictKind,
    /// The kind of the entity it is on (`action`, `theme`, `strategy`…).
    pub entity: String,
    /// The entity's id.
    pub entity_id: String,
    /// The entity's name.
    pub name: String,
    /// The field, as a path inside the entity (`due`, `period/start`); empty
    /// for the entity itself.
    pub field: String,
    /// Every value, in a fixed order.
    pub values: Vec<ConflictValue>,
    /// The value shown until someone chooses.
    pub default: String,
}

/// Where on the path the innermost entity is.
struct Place {
    entity: String,
    entity_id: String,
    entity_path: Vec<Prop>,
    field: Vec<Prop>,
}

impl Place {
    /// The entity's id: from the path, else the `id` of its live value.
    fn id_in(&self, live: &Json) -> String {
        if self.entity_id.is_empty() {
            live.get("id")
                .and_then(Json::as_str)
                .unwrap_or_default()
                .to_owned()
        } else {
            self.entity_id.clone()
        }
    }
}

fn place_of(path: &[Prop]) -> Place {
    let mut at = 0;
    let mut kind = "strategy".to_owned();
    let mut id = String::new();
    for (i, p) in path.iter().enumerate() {
        if let Prop::Map(k) = p
            && let Some(e) = k.strip_prefix('@')
            && i > 0
            && let Prop::Map(list) = &path[i - 1]
        {
            kind = doc::entity_kind(list).to_owned();
            id = e.to_owned();
            at = i + 1;
        }
    }
    Place {
        entity: kind,
        entity_id: id,
        entity_path: path[..at].to_vec(),
        field: path[at..].to_vec(),
    }
}

fn path_text(path: &[Prop]) -> String {
    path.iter()
        .map(|p| match p {
            Prop::Map(k) => k.strip_prefix('@').unwrap_or(k).to_owned(),
            Prop::Seq(i) => i.to_string(),
        })
        .collect::<Vec<_>>()
        .join("/")
}

struct Who {
    author: String,
    copy: String,
    time: i64,
}

fn who(doc: &Automerge, op: &ObjId) -> Who {
    let hash = doc.hash_for_opid(op);
    let meta = hash.and_then(|h| doc.get_change_meta_by_hash(&h));
    match meta {
        Some(m) => Who {
            author: ChangeRecord::from_message(m.message.as_deref()).author,
            copy: m.actor.to_hex_string().chars().take(8).collect(),
            time: m.timestamp,
        },
        None => Who {
            author: String::new(),
            copy: String::new(),
            time: 0,
        },
    }
}

/// The JSON of a value in the document (objects hydrated, `~` keys dropped).
fn value_json(doc: &Automerge, v: &AmValue<'_>, id: &ObjId) -> Json {
    match v {
        AmValue::Scalar(s) => {
            let one = automerge::hydrate::Value::Scalar(s.clone().into_owned());
            plain(&one)
        }
        AmValue::Object(_) => ReadDoc::hydrate(doc, id, None)
            .map(|h| plain(&h))
            .unwrap_or(Json::Null),
    }
}

/// A hydrated value as plain JSON (entities of lists in position order).
pub(crate) fn plain(h: &automerge::hydrate::Value) -> Json {
    use automerge::hydrate::Value as H;
    match h {
        H::Scalar(automerge::ScalarValue::Str(s)) => Json::String(s.to_string()),
        H::Scalar(automerge::ScalarValue::Int(i)) => Json::from(*i),
        H::Scalar(automerge::ScalarValue::Uint(u)) => Json::from(*u),
        H::Scalar(automerge::ScalarValue::F64(f)) => {
            serde_json::Number::from_f64(*f).map_or(Json::Null, Json::Number)
        }
        H::Scalar(automerge::ScalarValue::Boolean(b)) => Json::Bool(*b),
        H::Scalar(_) => Json::Null,
        H::Text(t) => Json::String(t.to_string()),
        H::List(l) => Json::Array(l.iter().map(|x| plain(&x.value)).collect()),
        H::Map(m) if m.contains_key(doc::COLL) => {
            let mut items: Vec<(String, &String, Json)> = m
                .iter()
                .filter(|(k, _)| k.starts_with('@'))
                .filter_map(|(k, v)| match &v.value {
                    H::Map(e)
                        if !matches!(
                            e.get(doc::DELETED),
                            Some(H::Scalar(automerge::ScalarValue::Boolean(true)))
                        ) =>
                    {
                        let pos = match e.get(doc::POS) {
                            Some(H::Scalar(automerge::ScalarValue::Str(p))) => p.to_string(),
                            _ => String::new(),
                        };
                        Some((pos, k, plain(&v.value)))
                    }
                    _ => None,
                })
                .collect();
            items.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
            Json::Array(items.into_iter().map(|x| x.2).collect())
        }
        H::Map(m) => Json::Object(
            m.iter()
                .filter(|(k, v)| {
                    !k.starts_with('~')
                        && !matches!(v.value, H::Scalar(automerge::ScalarValue::Null))
                })
                .map(|(k, v)| (k.clone(), plain(&v.value)))
                .collect(),
        ),
    }
}

/// Who wrote the value shown at `path`: the author, the copy, the time.
pub(crate) fn written_by(doc: &Automerge, path: &[Prop]) -> Option<(String, String, i64)> {
    let (last, parent) = path.split_last()?;
    let obj = doc::resolve(doc, parent)?;
    let (_, op) = doc.get(&obj, last.clone()).ok()??;
    let w = who(doc, &op);
    Some((w.author, w.copy, w.time))
}

/// Finds the conflicts at the sites the reader reported.
pub fn detect(doc: &Automerge, sites: &[Site], live: &Json) -> Vec<Conflict> {
    let mut out: Vec<Conflict> = Vec::new();
    let mut graph: Option<Ancestry> = None;
    for site in sites {
        let Some((last, parent_path)) = site.path.split_last() else {
            continue;
        };
        let Some(parent) = doc::resolve(doc, parent_path) else {
            continue;
        };
        let all: Vec<(Json, ObjId)> = match doc.get_all(&parent, last.clone()) {
            Ok(all) => all
                .iter()
                .map(|(v, id)| (value_json(doc, v, id), id.clone()))
                .collect(),
            Err(_) => continue,
        };
        let winner = doc
            .get(&parent, last.clone())
            .ok()
            .flatten()
            .map(|(_, id)| id);
        let text_key = match &site.path.last() {
            Some(Prop::Map(k)) => k.strip_prefix(doc::TEXT_EDIT),
            _ => None,
        };
        if let Some(key) = text_key {
            let graph = graph.get_or_insert_with(|| Ancestry::of(doc));
            let mut path = parent_path.to_vec();
            path.push(Prop::Map(key.to_owned()));
            if let Some(c) = text_conflict(doc, graph, &path, &all, winner.as_ref(), live) {
                out.push(c);
            }
            continue;
        }
        if let Some(c) = conflict_at(doc, &site.path, all, winner, live) {
            out.push(c);
        }
    }
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out.dedup_by(|a, b| a.id == b.id);
    out
}

fn conflict_at(
    doc: &Automerge,
    path: &[Prop],
    all: Vec<(Json, ObjId)>,
    winner: Option<ObjId>,
    live: &Json,
) -> Option<Conflict> {
    let is_touch = matches!(path.last(), Some(Prop::Map(k)) if k == doc::TOUCH);
    let place = place_of(if is_touch {
        &path[..path.len() - 1]
    } else {
        path
    });
    // The strategy itself is `live` (no need to read the whole document).
    let entity_json = if place.entity_path.is_empty() {
        None
    } else {
        doc::resolve(doc, &place.entity_path)
            .and_then(|obj| ReadDoc::hydrate(doc, &obj, None).ok())
            .map(|h| plain(&h))
    };
    let name = entity_json
        .as_ref()
        .map(doc::name_of)
        .unwrap_or_else(|| doc::name_of(live));
    let entity_id = place.id_in(live);

    if is_touch {
        let mut keep: Vec<Who> = vec![];
        let mut delete: Vec<Who> = vec![];
        for (v, op) in &all {
            match v.as_str() {
                Some(t) if doc::is_edit_mark(t) => keep.push(who(doc, op)),
                Some(doc::TOUCH_DELETE) => delete.push(who(doc, op)),
                _ => {}
            }
        }
        if keep.is_empty() || delete.is_empty() {
            return None;
        }
        let value = |id: &str, value: Json, ws: Vec<Who>| ConflictValue {
            id: id.to_owned(),
            value,
            authors: dedup(ws.iter().map(|w| w.author.clone())),
            copies: dedup(ws.iter().map(|w| w.copy.clone())),
            time: ws.iter().map(|w| w.time).max().unwrap_or(0),
        };
        return Some(Conflict {
            id: path_text(&path[..path.len() - 1]),
            kind: ConflictKind::EditDelete,
            entity: place.entity,
            entity_id,
            name,
            field: String::new(),
            values: vec![
                value("keep", entity_json.unwrap_or(Json::Null), keep),
                value("delete", Json::Null, delete),
            ],
            default: "keep".into(),
        });
    }

    let first = all.first()?.0.clone();
    if all.iter().all(|(v, _)| *v == first) {
        return None;
    }
    let is_entity = place.field.is_empty();
    let kind = if is_entity {
        ConflictKind::BothAdded
    } else if place.entity == "action"
        && matches!(place.field.as_slice(), [Prop::Map(k)] if k == "theme")
    {
        ConflictKind::Moved
    } else {
        ConflictKind::Field
    };
    let mut values = Vec::with_capacity(all.len());
    let mut default = String::new();
    for (i, (v, op)) in all.iter().enumerate() {
        let w = who(doc, op);
        let id = (i + 1).to_string();
        if winner.as_ref() == Some(op) {
            default = id.clone();
        }
        values.push(ConflictValue {
            id,
            value: v.clone(),
            authors: vec![w.author],
            copies: vec![w.copy],
            time: w.time,
        });
    }
    Some(Conflict {
        id: path_text(path),
        kind,
        entity: place.entity,
        entity_id,
        name,
        field: path_text(&place.field),
        values,
        default,
    })
}

/// The history as a graph of changes, to find where two copies parted.
struct Ancestry {
    deps: HashMap<ChangeHash, Vec<ChangeHash>>,
}

impl Ancestry {
    fn of(doc: &Automerge) -> Self {
        Ancestry {
            deps: doc
                .get_changes_meta(&[])
                .into_iter()
                .map(|m| (m.hash, m.deps))
                .collect(),
        }
    }

    /// `h` and every change it depends on, directly or not.
    fn ancestors(&self, h: ChangeHash) -> HashSet<ChangeHash> {
        let mut seen = HashSet::new();
        let mut stack = vec![h];
        while let Some(c) = stack.pop() {
            if seen.insert(c) {
                stack.extend(self.deps.get(&c).into_iter().flatten().copied());
            }
        }
        seen
    }

    /// The heads of a set of changes closed under dependencies.
    fn heads_of(&self, set: &HashSet<ChangeHash>) -> Vec<ChangeHash> {
        let covered: HashSet<ChangeHash> = set
            .iter()
            .flat_map(|c| self.deps.get(c).into_iter().flatten().copied())
            .collect();
        let mut heads: Vec<ChangeHash> = set.difference(&covered).copied().collect();
        heads.sort();
        heads
    }
}

/// One copy's last edit of a long text: its change, the change's ancestry,
/// its edit register op and the text it left.
struct TextSide<'a> {
    ancestors: HashSet<ChangeHash>,
    op: &'a ObjId,
    text: String,
}

/// A text conflict at `path` (the text field), found from the concurrent
/// values of its edit register (`all`): each value's change is one copy's
/// last edit of the text; each two copies' texts are compared with the text
/// they started from. Each copy whose edits overlap another's offers a
/// value: every copy's edits merged ([`combined`]), its own where edits
/// overlap, so that no value drops an edit that overlapped nothing.
fn text_conflict(
    doc: &Automerge,
    graph: &Ancestry,
    path: &[Prop],
    all: &[(Json, ObjId)],
    winner: Option<&ObjId>,
    live: &Json,
) -> Option<Conflict> {
    let (last, parent_path) = path.split_last()?;
    let parent = doc::resolve(doc, parent_path)?;
    let text = match doc.get(&parent, last.clone()).ok()?? {
        (AmValue::Object(ObjType::Text), id) => id,
        _ => return None,
    };
    // In the register's order (by operation id): the same in every copy.
    let sides: Vec<TextSide<'_>> = all
        .iter()
        .filter_map(|(_, op)| {
            let h = doc.hash_for_opid(op)?;
            let text = doc.text_at(&text, &[h]).ok()?;
            Some(TextSide {
                ancestors: graph.ancestors(h),
                op,
                text,
            })
        })
        .collect();
    let base_of = |x: &HashSet<ChangeHash>, y: &HashSet<ChangeHash>| {
        let common: HashSet<ChangeHash> = x.intersection(y).copied().collect();
        doc.text_at(&text, &graph.heads_of(&common))
            .unwrap_or_default()
    };
    let mut clashing = vec![false; sides.len()];
    for (i, a) in sides.iter().enumerate() {
        for (j, b) in sides.iter().enumerate().skip(i + 1) {
            if a.text != b.text
                && text::overlap(&base_of(&a.ancestors, &b.ancestors), &a.text, &b.text)
            {
                clashing[i] = true;
                clashing[j] = true;
            }
        }
    }
    let last_clashing = clashing.iter().rposition(|c| *c)?;
    // The text each side is merged into the ones before it from.
    let mut bases = Vec::with_capacity(sides.len());
    let mut seen: HashSet<ChangeHash> = HashSet::new();
    for side in &sides {
        bases.push(base_of(&seen, &side.ancestors));
        seen.extend(side.ancestors.iter().copied());
    }
    let shown = sides
        .iter()
        .position(|s| Some(s.op) == winner)
        .filter(|w| clashing[*w])
        .unwrap_or(last_clashing);
    let mut values: Vec<ConflictValue> = Vec::new();
    let mut default = String::new();
    for (i, side) in sides.iter().enumerate().filter(|(i, _)| clashing[*i]) {
        let value = Json::String(combined(&sides, &bases, i));
        let w = who(doc, side.op);
        let at = match values.iter().position(|v| v.value == value) {
            Some(at) => {
                let v = &mut values[at];
                v.authors = dedup(v.authors.drain(..).chain([w.author]));
                v.copies = dedup(v.copies.drain(..).chain([w.copy]));
                v.time = v.time.max(w.time);
                at
            }
            None => {
                values.push(ConflictValue {
                    id: (values.len() + 1).to_string(),
                    value,
                    authors: vec![w.author],
                    copies: vec![w.copy],
                    time: w.time,
                });
                values.len() - 1
            }
        };
        if i == shown {
            default = values[at].id.clone();
        }
    }
    let place = place_of(path);
    let name = if place.entity_path.is_empty() {
        doc::name_of(live)
    } else {
        doc::resolve(doc, &place.entity_path)
            .and_then(|obj| ReadDoc::hydrate(doc, &obj, None).ok())
            .map(|h| doc::name_of(&plain(&h)))
            .unwrap_or_default()
    };
    Some(Conflict {
        id: path_text(path),
        kind: ConflictKind::Text,
        entity_id: place.id_in(live),
        entity: place.entity,
        name,
        field: path_text(&place.field),
        values,
        default,
    })
}

/// Every side's edits merged, one after another in the register's order,
/// each against the text it shares with the ones before it (`bases`);
/// where edits overlap, side `keep`'s are kept, else the later side's.
fn combined(sides: &[TextSide<'_>], bases: &[String], keep: usize) -> String {
    let Some(first) = sides.first() else {
        return String::new();
    };
    let mut acc = first.text.clone();
    for (j, (side, base)) in sides.iter().zip(bases).enumerate().skip(1) {
        acc = text::merge(base, &acc, &side.text, keep < j);
    }
    acc
}

/// The strategy JSON with the default value of every text conflict shown
/// (Automerge's own merge of the text would interleave both copies' edits).
pub fn show_defaults(mut json: Json, conflicts: &[Conflict]) -> Json {
    for c in conflicts.iter().filter(|c| c.kind == ConflictKind::Text) {
        let Some(v) = c.values.iter().find(|v| v.id == c.default) else {
            continue;
        };
        if let Some(slot) = json_at(&mut json, &c.id) {
            *slot = v.value.clone();
        }
    }
    json
}

/// The place in the strategy JSON a conflict id names (entities in lists
/// by their id); the last key is added to its object when missing.
fn json_at<'a>(json: &'a mut Json, id: &str) -> Option<&'a mut Json> {
    let parts: Vec<&str> = id.split('/').collect();
    let (last, within) = parts.split_last()?;
    let mut cur = json;
    for part in within {
        cur = match cur {
            Json::Object(m) => m.get_mut(*part)?,
            Json::Array(a) => {
                let at = a
                    .iter()
                    .position(|x| x.get("id").and_then(Json::as_str) == Some(*part))
                    .or_else(|| part.parse().ok())?;
                a.get_mut(at)?
            }
            _ => return None,
        };
    }
    match cur {
        Json::Object(m) => Some(m.entry((*last).to_owned()).or_insert(Json::Null)),
        _ => None,
    }
}

fn dedup(it: impl Iterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = it.collect();
    v.sort();
    v.dedup();
    v
}
