//! Edits as differences: [`apply`] writes only what differs between the
//! strategy the document shows and an edited one (an edit of one action
//! touches one action, not the whole document), moves entities with as few
//! position changes as it can, and says what changed as notes for the
//! history.

use std::collections::{HashMap, HashSet};

use automerge::transaction::Transactable;
use automerge::{ObjType, Prop, ROOT, ScalarValue, Value as AmValue};
use serde_json::Value as Json;

use super::super::error::{Result, StoreError};
use super::super::history::{EditNote, NoteOp};
use super::super::{position, shape};
use super::ObjId;
use super::keys::{
    COLL, DELETED, POS, TOUCH, TOUCH_DELETE, entity_key, entity_kind, id_of, is_entity_array,
    name_of, text_edit_key,
};
use super::write::{check_unique, entity_hydrate, scalar, to_hydrate, write_value};
use super::{am_err, mark_edit};

type JsonMap = serde_json::Map<String, Json>;

/// Writes the differences between `old` (what the document shows now) and
/// `new` into the document, and says what changed.
pub fn apply<T: Transactable>(doc: &mut T, old: &Json, new: &Json) -> Result<Vec<EditNote>> {
    let mut d = Differ {
        doc,
        notes: Vec::new(),
        parents: Vec::new(),
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

/// One part of an edit as JSON, for [`apply_parts`].
#[derive(Debug, Clone, PartialEq)]
pub enum PartDiff {
    /// The strategy's own fields before and after (its lists left out).
    Head {
        /// Before.
        old: Json,
        /// After.
        new: Json,
    },
    /// A window of the top-level list `key`: the entities an edit touched
    /// and, where it added, removed or moved some, their neighbours, before
    /// and after, each in its list's order.
    List {
        /// The list's key.
        key: &'static str,
        /// The window before.
        old: Vec<Json>,
        /// The window after.
        new: Vec<Json>,
    },
}

/// Writes the parts an edit touched into the document, and says what
/// changed: the same writes and notes as [`apply`] makes for the whole
/// strategy, at the cost of the parts.
pub fn apply_parts<T: Transactable>(doc: &mut T, parts: &[PartDiff]) -> Result<Vec<EditNote>> {
    let mut d = Differ {
        doc,
        notes: Vec::new(),
        parents: Vec::new(),
    };
    for part in parts {
        match part {
            PartDiff::Head { old, new } => {
                let (Json::Object(o), Json::Object(n)) = (old, new) else {
                    return Err(StoreError::Content {
                        detail: "the strategy is not an object".into(),
                    });
                };
                let mut fields = Vec::new();
                d.map(&ROOT, o, n, Some(shape::ROOT), &mut fields)?;
                if !fields.is_empty() {
                    d.notes.insert(
                        0,
                        EditNote {
                            op: NoteOp::Changed,
                            entity: "strategy".into(),
                            id: id_of(new).to_owned(),
                            name: name_of(new),
                            fields,
                        },
                    );
                }
            }
            PartDiff::List { key, old, new } => {
                let def = shape::item_def(Some(shape::ROOT), key);
                match d.child(&ROOT, key) {
                    Some((ObjType::Map, c)) if d.is_coll(&c) => {
                        d.coll(&c, key, old, new, def)?;
                    }
                    _ => {
                        d.create(&ROOT, key, &Json::Array(new.clone()), def)?;
                        for n in new {
                            d.note(NoteOp::Added, entity_kind(key), n, vec![]);
                        }
                    }
                }
            }
        }
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
    /// The names of the entities the diff is inside, outermost first.
    parents: Vec<String>,
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
                self.parents.push(name_of(n));
                let r = self.map(&item, o, nm, def, &mut fields);
                self.parents.pop();
                r?;
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
        let mut name = name_of(v);
        // A status change is named by its action and its date as Finns
        // write it ("Palveluverkon katselmus, 2.3.2026"), not by the ISO date.
        if kind == "status-change" {
            let date = crate::model::PlanDate::parse(&name)
                .map(|d| d.to_finnish())
                .unwrap_or(name);
            name = match self.parents.last() {
                Some(action) => format!("{action}, {date}"),
                None => date,
            };
        }
        self.notes.push(EditNote {
            op,
            entity: kind.to_owned(),
            id: id_of(v).to_owned(),
            name,
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

    #[test]
    fn a_longest_increasing_run_is_found() {
        assert_eq!(longest_increasing(&[3, 0, 1, 4, 2]), vec![1, 2, 4]);
        assert!(longest_increasing(&[]).is_empty());
    }
}
