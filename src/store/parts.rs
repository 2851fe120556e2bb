//! Recording an edit that knows what it touched: only the named parts of
//! the strategy are turned into JSON and written to the history, and the
//! project's strategy is patched in place. An edit of one action in a
//! 50 000-action strategy costs one action; adding, removing or moving one
//! compares the list's ids once and writes the entity and its neighbours.

use std::collections::{BTreeMap, HashSet};

use automerge::transaction::CommitOptions;
use serde_json::Value as Json;

use super::doc::{self, PartDiff};
use super::history::{ChangeKind, ChangeRecord, EditSummary};
use super::{Author, Project, Result, content_err, now};
use crate::model::part::{self, Image, List, Part};
use crate::model::{Id, Strategy};

impl Project {
    /// Records the edits that made `edited` from the current strategy,
    /// which touched only `parts`, as one edit by `author`. Nothing is
    /// recorded when the parts did not change. What is not named is taken
    /// to be as it was: use [`Project::apply`] when that is not known.
    pub fn apply_parts(
        &mut self,
        edited: &Strategy,
        parts: &[Part],
        author: &Author,
    ) -> Result<EditSummary> {
        // The history first: checking it may read the strategy again, and
        // then more than the parts differ.
        let repaired = self.repair.is_some();
        self.doc_mut()?;
        if !repaired && self.repair.is_some() {
            return self.apply(edited.clone(), author);
        }
        let diffs = diffs(&self.strategy, edited, parts)?;
        if diffs.is_empty() {
            return Ok(EditSummary::default());
        }
        let doc = self.doc_mut()?;
        let before = doc.get_heads();
        let mut tx = doc.transaction();
        let notes = match doc::apply_parts(&mut tx, &diffs) {
            Ok(n) => n,
            Err(e) => {
                drop(tx); // rolls the partial edit back
                return Err(e);
            }
        };
        let record = ChangeRecord::new(&author.name, ChangeKind::Edit, notes.clone());
        tx.commit_with(
            CommitOptions::default()
                .with_message(record.to_message())
                .with_time(now()),
        );
        part::restore(&mut self.strategy, &part::images(edited, parts));
        self.json = None;
        if !self.conflicts.is_empty() {
            self.refresh_since(&before)?;
        }
        Ok(EditSummary::from_notes(notes))
    }
}

fn json(s: &Strategy, list: List, i: usize) -> Result<Json> {
    list.json(s, i)
        .ok_or_else(|| content_err(format!("no entity {i} in {}", list.key())))
}

/// The parts as JSON, before (`old`) and after (`new`); unchanged ones left out.
pub(super) fn diffs(old: &Strategy, new: &Strategy, parts: &[Part]) -> Result<Vec<PartDiff>> {
    let mut out = Vec::new();
    let mut lists: BTreeMap<List, Vec<&Id>> = BTreeMap::new();
    for p in parts {
        match p {
            Part::Head => {
                let o = serde_json::to_value(part::head(old)).map_err(content_err)?;
                let n = serde_json::to_value(part::head(new)).map_err(content_err)?;
                if o != n {
                    out.push(PartDiff::Head { old: o, new: n });
                }
            }
            Part::Entity(list, id) => lists.entry(*list).or_default().push(id),
            // The order is seen by comparing the list's ids.
            Part::Order(_) => {}
        }
    }
    for (list, touched) in lists {
        let (old_ids, new_ids) = (list.ids(old), list.ids(new));
        let (mut ow, mut nw) = (Vec::new(), Vec::new());
        if old_ids == new_ids {
            // Edited where they stand: each entity on its own.
            for id in touched {
                let Some(i) = list.index(new, id) else {
                    continue;
                };
                let (o, n) = (json(old, list, i)?, json(new, list, i)?);
                if o != n {
                    ow.push(o);
                    nw.push(n);
                }
            }
        } else {
            // Added, removed or moved: the touched entities and their
            // neighbours in the new order, so each lands between the same
            // entities as in the edited list.
            let touched: HashSet<&Id> = touched.into_iter().collect();
            let mut window: HashSet<&Id> = touched.clone();
            for (i, id) in new_ids.iter().enumerate() {
                if touched.contains(id) {
                    window.extend(i.checked_sub(1).map(|j| new_ids[j]));
                    window.extend(new_ids.get(i + 1).copied());
                }
            }
            for (i, id) in old_ids.iter().enumerate() {
                if window.contains(id) {
                    ow.push(json(old, list, i)?);
                }
            }
            for (i, id) in new_ids.iter().enumerate() {
                if window.contains(id) {
                    nw.push(json(new, list, i)?);
                }
            }
        }
        if ow != nw {
            out.push(PartDiff::List {
                key: list.key(),
                old: ow,
                new: nw,
            });
        }
    }
    Ok(out)
}

/// The diffs of an edit made in place on `new`, from the images of the parts
/// it touched as they were before (`before`): the same as [`diffs`] against
/// the strategy before, without that strategy. `None` when the edit added,
/// removed or moved an entity, which [`diffs`] must see in the list's order.
pub(super) fn diffs_in_place(
    new: &Strategy,
    before: &[(Part, Image)],
) -> Result<Option<Vec<PartDiff>>> {
    let mut out = Vec::new();
    let mut lists: BTreeMap<List, Vec<(usize, Json)>> = BTreeMap::new();
    for (p, img) in before {
        match (p, img) {
            (Part::Head, Image::Head(old)) => {
                let o = serde_json::to_value(&**old).map_err(content_err)?;
                let n = serde_json::to_value(part::head(new)).map_err(content_err)?;
                if o != n {
                    out.push(PartDiff::Head { old: o, new: n });
                }
            }
            (Part::Entity(list, id), Image::Entity(Some((i, e)))) => {
                if list.ids_at(new, *i) != Some(id) {
                    return Ok(None); // moved or removed
                }
                lists.entry(*list).or_default().push((*i, e.to_json()));
            }
            _ => return Ok(None),
        }
    }
    for (list, touched) in lists {
        let (mut ow, mut nw) = (Vec::new(), Vec::new());
        for (i, o) in touched {
            let n = json(new, list, i)?;
            if o != n {
                ow.push(o);
                nw.push(n);
            }
        }
        if ow != nw {
            out.push(PartDiff::List {
                key: list.key(),
                old: ow,
                new: nw,
            });
        }
    }
    Ok(Some(out))
}
