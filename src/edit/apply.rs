//! Applying a [`Change`] to the strategy in place. Before a part is first
//! changed its image is kept, so a refused edit is rolled back and undo
//! knows exactly what to put back. Only the touched entity is turned into
//! JSON (to set fields by their JSON names), never the strategy.

use serde_json::Value as Json;

use super::path::{self, find_mut, list_mut, not_found};
use super::rules;
use super::{Change, EditError, End, Fields, ItemPath, Step};
use crate::model::part::{self, Entity, Image, List, ListKey, Part};
use crate::model::{Id, Period, PlanDate, Status, StatusChange, Strategy};

/// What an edit did.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    /// Every part it touched, with what the part held before, in the order
    /// first touched.
    pub before: Vec<(Part, Image)>,
    /// The item it made, if it made one.
    pub created: Option<Id>,
}

/// Applies `change` to `s`. When it cannot be made, `s` is left as it was.
pub fn apply(s: &mut Strategy, change: &Change) -> Result<Applied, EditError> {
    let mut ed = Editor {
        s,
        before: Vec::new(),
        created: None,
    };
    match ed.change(change) {
        Ok(()) => Ok(Applied {
            before: ed.before,
            created: ed.created,
        }),
        Err(e) => {
            part::restore(ed.s, &ed.before);
            Err(e)
        }
    }
}

/// The strategy being edited, and the images of what the edit touched.
pub(super) struct Editor<'a> {
    pub(super) s: &'a mut Strategy,
    before: Vec<(Part, Image)>,
    created: Option<Id>,
}

fn top(step: &Step) -> Result<List, EditError> {
    step.list
        .top()
        .ok_or(EditError::NoSuchList { list: step.list })
}

fn invalid(list: Option<ListKey>, name: &str, detail: impl ToString) -> EditError {
    EditError::Invalid {
        list,
        name: name.chars().take(80).collect(),
        detail: detail.to_string(),
    }
}

/// Sets `fields` on the JSON object `target` (a `null` clears one).
fn set_fields(target: &mut Json, fields: &Fields, list: Option<ListKey>) -> Result<(), EditError> {
    let name = name_of(target);
    let Some(map) = target.as_object_mut() else {
        return Err(invalid(list, &name, "not an object"));
    };
    for (k, v) in fields {
        if k == "id" {
            return Err(invalid(list, &name, "an id is never changed"));
        }
        if v.is_null() {
            map.remove(k);
        } else {
            map.insert(k.clone(), v.clone());
        }
    }
    Ok(())
}

fn name_of(v: &Json) -> String {
    ["name", "text", "date", "id"]
        .iter()
        .find_map(|k| v.get(*k).and_then(Json::as_str))
        .unwrap_or_default()
        .to_owned()
}

impl Editor<'_> {
    /// Keeps the image of `part` the first time the edit touches it.
    pub(super) fn touch(&mut self, part: Part) {
        if !self.before.iter().any(|(p, _)| *p == part) {
            let img = part::image(self.s, &part);
            self.before.push((part, img));
        }
    }

    /// Touches the entity `id` of `list` and says where it is.
    pub(super) fn touch_entity(&mut self, list: List, id: &Id) -> Option<usize> {
        let i = list.index(self.s, id)?;
        self.touch(Part::Entity(list, id.clone()));
        Some(i)
    }

    fn change(&mut self, change: &Change) -> Result<(), EditError> {
        match change {
            Change::Strategy { fields } => self.strategy_fields(fields),
            Change::Item { path, fields } => {
                self.in_entity(path, |target, list| set_fields(target, fields, Some(list)))
            }
            Change::Add { parent, list, item } => self.add(parent, *list, item),
            Change::Remove { path } => self.remove(path),
            Change::Move { path, by } => self.move_by(path, *by),
            Change::Status {
                action,
                status,
                date,
                note,
                id,
            } => {
                let i = self.action(action)?;
                let a = &mut self.s.actions[i];
                let id = id.clone().unwrap_or_else(|| Id::fresh("status"));
                if a.status_history.iter().any(|c| c.id == id) {
                    return Err(EditError::Duplicate {
                        list: ListKey::StatusHistory,
                        id: id.0,
                    });
                }
                self.created = Some(id.clone());
                a.status = *status;
                a.status_history.push(StatusChange {
                    id,
                    date: *date,
                    status: *status,
                    note: note.clone(),
                    occurrence: None,
                });
                Ok(())
            }
            Change::Occurrence {
                item,
                occurrence,
                status,
                date,
                note,
                id,
            } => self.occurrence(item, *occurrence, *status, *date, note, id.as_ref()),
            Change::Actual { indicator, actual } => {
                let i = self.indicator(indicator)?;
                rules::enter_actual(&mut self.s.indicators[i], actual.clone());
                Ok(())
            }
            Change::RemoveActual { indicator, date } => {
                let i = self.indicator(indicator)?;
                self.s.indicators[i].actuals.retain(|m| m.date != *date);
                Ok(())
            }
            Change::PeriodEnd { path, end, date } => self.period_end(path.as_deref(), *end, *date),
            Change::All { changes } => changes.iter().try_for_each(|c| self.change(c)),
        }
    }

    fn action(&mut self, id: &Id) -> Result<usize, EditError> {
        self.touch_entity(List::Actions, id).ok_or_else(|| {
            not_found(&Step {
                list: ListKey::Actions,
                id: id.clone(),
            })
        })
    }

    /// Records an occurrence's status in its action's, document's or
    /// milestone's history; a one-off document or milestone takes it as its
    /// own status too.
    fn occurrence(
        &mut self,
        item: &Id,
        occurrence: PlanDate,
        status: Status,
        date: PlanDate,
        note: &str,
        id: Option<&Id>,
    ) -> Result<(), EditError> {
        let id = id.cloned().unwrap_or_else(|| Id::fresh("status"));
        let change = StatusChange {
            id: id.clone(),
            date,
            status,
            note: note.to_owned(),
            occurrence: Some(occurrence),
        };
        let history = if let Some(i) = self.touch_entity(List::Actions, item) {
            &mut self.s.actions[i].status_history
        } else if let Some(i) = self.touch_entity(List::Documents, item) {
            let d = &mut self.s.documents[i];
            if !crate::schedule::recurs(d.cadence) {
                d.status = Some(status);
            }
            &mut d.status_history
        } else if let Some(i) = self.touch_entity(List::Milestones, item) {
            let m = &mut self.s.milestones[i];
            if !crate::schedule::recurs(m.cadence) {
                m.status = Some(status);
            }
            &mut m.status_history
        } else {
            return Err(not_found(&Step {
                list: ListKey::Actions,
                id: item.clone(),
            }));
        };
        if history.iter().any(|c| c.id == id) {
            return Err(EditError::Duplicate {
                list: ListKey::StatusHistory,
                id: id.0,
            });
        }
        history.push(change);
        history.sort_by_key(|c| c.date.first_day());
        self.created = Some(id);
        Ok(())
    }

    fn indicator(&mut self, id: &Id) -> Result<usize, EditError> {
        self.touch_entity(List::Indicators, id).ok_or_else(|| {
            not_found(&Step {
                list: ListKey::Indicators,
                id: id.clone(),
            })
        })
    }

    fn strategy_fields(&mut self, fields: &Fields) -> Result<(), EditError> {
        if let Some(k) = fields.keys().find(|k| ListKey::from_key(k).is_some()) {
            return Err(invalid(
                None,
                &self.s.name,
                format!("{k} is a list: add or remove its items"),
            ));
        }
        self.touch(Part::Head);
        let mut j = serde_json::to_value(part::head(self.s)).map_err(|e| invalid(None, "", e))?;
        set_fields(&mut j, fields, None)?;
        let h: Strategy = serde_json::from_value(j).map_err(|e| invalid(None, &self.s.name, e))?;
        part::set_head(self.s, &h);
        Ok(())
    }

    /// Runs `f` on the JSON of the item at `path` (inside its top-level
    /// entity), then reads the entity back, keeping its rules.
    fn in_entity(
        &mut self,
        path: &[Step],
        f: impl FnOnce(&mut Json, ListKey) -> Result<(), EditError>,
    ) -> Result<(), EditError> {
        let (first, rest) = path.split_first().ok_or(EditError::NoSuchList {
            list: ListKey::Actions,
        })?;
        let list = top(first)?;
        let i = self
            .touch_entity(list, &first.id)
            .ok_or_else(|| not_found(first))?;
        let mut j = list.json(self.s, i).unwrap_or_default();
        let target = find_mut(&mut j, rest)?;
        let kind = path.last().map_or(first.list, |s| s.list);
        f(target, kind)?;
        self.put_json(list, i, j)
    }

    /// Reads the entity at `i` of `list` back from `j`, with the rules of
    /// its kind.
    fn put_json(&mut self, list: List, i: usize, j: Json) -> Result<(), EditError> {
        let name = name_of(&j);
        let key = ListKey::from_key(list.key()).unwrap_or(ListKey::Actions);
        let mut e = Entity::from_json(list, j).map_err(|e| invalid(Some(key), &name, e))?;
        if let (Entity::Actions(after), Some(Entity::Actions(before))) =
            (&mut e, list.get(self.s, i))
        {
            rules::follow_history(&before, after);
        }
        e.put(self.s, i, true);
        Ok(())
    }

    fn add(&mut self, parent: &ItemPath, list: ListKey, item: &Fields) -> Result<(), EditError> {
        // What is not given takes its default: a new item has what its kind needs.
        let given = item;
        let mut item = list.blank();
        if let Some(map) = item.as_object_mut() {
            for (k, v) in given {
                if v.is_null() {
                    map.remove(k);
                } else {
                    map.insert(k.clone(), v.clone());
                }
            }
        }
        let id = match item.get("id").and_then(Json::as_str) {
            Some(id) if !id.is_empty() => Id(id.to_owned()),
            _ => Id::fresh(list.kind()),
        };
        item["id"] = Json::String(id.0.clone());
        let duplicate = || EditError::Duplicate {
            list,
            id: id.0.chars().take(64).collect(),
        };
        if parent.is_empty() {
            let top = list.top().ok_or(EditError::NoSuchList { list })?;
            if top.index(self.s, &id).is_some() {
                return Err(duplicate());
            }
            let e = Entity::from_json(top, item.clone())
                .map_err(|e| invalid(Some(list), &name_of(&item), e))?;
            self.touch(Part::Order(top));
            self.touch(Part::Entity(top, id.clone()));
            let end = top.len(self.s);
            e.put(self.s, end, false);
        } else {
            if list.top().is_some() {
                return Err(EditError::NoSuchList { list });
            }
            self.in_entity(parent, |target, _| {
                let items = list_mut(target, list.key()).ok_or(EditError::NoSuchList { list })?;
                let step = Step {
                    list,
                    id: id.clone(),
                };
                if items.iter().any(|v| path::id_is(v, &step)) {
                    return Err(duplicate());
                }
                items.push(item);
                Ok(())
            })?;
        }
        self.created = Some(id);
        Ok(())
    }

    fn remove(&mut self, path: &[Step]) -> Result<(), EditError> {
        match path {
            [] => Ok(()),
            [only] => {
                let list = top(only)?;
                if list == List::Themes {
                    let count = self.s.actions.iter().filter(|a| a.theme == only.id).count();
                    if count > 0 {
                        let name = self.s.themes.iter().find(|t| t.id == only.id);
                        return Err(EditError::StillHasActions {
                            name: name.map(|t| t.name.clone()).unwrap_or_default(),
                            count,
                        });
                    }
                }
                let i = self
                    .touch_entity(list, &only.id)
                    .ok_or_else(|| not_found(only))?;
                self.touch(Part::Order(list));
                list.remove(self.s, i);
                rules::forget(self, list, &only.id);
                Ok(())
            }
            [parent @ .., last] => {
                self.in_entity(parent, |target, _| {
                    let items = target
                        .get_mut(last.list.key())
                        .and_then(Json::as_array_mut)
                        .ok_or_else(|| not_found(last))?;
                    let n = items.len();
                    items.retain(|v| !path::id_is(v, last));
                    if items.len() == n {
                        return Err(not_found(last));
                    }
                    Ok(())
                })?;
                if last.list.key() == "goals" {
                    rules::forget_goal(self, &last.id);
                }
                Ok(())
            }
        }
    }

    fn move_by(&mut self, path: &[Step], by: i32) -> Result<(), EditError> {
        let to = |i: usize, n: usize| {
            let j = i as i64 + i64::from(by.signum());
            (by != 0 && j >= 0 && (j as usize) < n).then_some(j as usize)
        };
        match path {
            [] => Ok(()),
            [only] => {
                let list = top(only)?;
                let i = list
                    .index(self.s, &only.id)
                    .ok_or_else(|| not_found(only))?;
                let Some(j) = to(i, list.len(self.s)) else {
                    return Ok(()); // at the end already: no edit
                };
                let other = list.ids(self.s)[j].clone();
                self.touch(Part::Order(list));
                self.touch(Part::Entity(list, only.id.clone()));
                self.touch(Part::Entity(list, other));
                list.swap(self.s, i, j);
                Ok(())
            }
            [parent @ .., last] => {
                // Touch only when there is somewhere to move to.
                let (first, rest) = (&parent[0], &parent[1..]);
                let list = top(first)?;
                let i = list
                    .index(self.s, &first.id)
                    .ok_or_else(|| not_found(first))?;
                let mut j = list.json(self.s, i).unwrap_or_default();
                let target = find_mut(&mut j, rest)?;
                let items = target
                    .get_mut(last.list.key())
                    .and_then(Json::as_array_mut)
                    .ok_or_else(|| not_found(last))?;
                let k = items
                    .iter()
                    .position(|v| path::id_is(v, last))
                    .ok_or_else(|| not_found(last))?;
                let Some(l) = to(k, items.len()) else {
                    return Ok(());
                };
                items.swap(k, l);
                self.touch(Part::Entity(list, first.id.clone()));
                self.put_json(list, i, j)
            }
        }
    }

    fn period_end(
        &mut self,
        path: Option<&[Step]>,
        end: End,
        date: Option<PlanDate>,
    ) -> Result<(), EditError> {
        match path {
            None | Some([]) => {
                self.touch(Part::Head);
                self.s.period = rules::with_period_end(self.s.period, end, date);
                Ok(())
            }
            Some(path) => self.in_entity(path, |target, list| {
                let period: Option<Period> = match target.get("period") {
                    Some(v) => {
                        serde_json::from_value(v.clone()).map_err(|e| invalid(Some(list), "", e))?
                    }
                    None => None,
                };
                let fields = Fields::from_iter([(
                    "period".to_owned(),
                    serde_json::to_value(rules::with_period_end(period, end, date))
                        .unwrap_or_default(),
                )]);
                set_fields(target, &fields, Some(list))
            }),
        }
    }
}
