//! The follow-up rounds beside the strategy, in the same history: under the
//! document's root key `~rounds` (a list of entities, as the strategy's own
//! lists are), which the strategy's reader passes over, so the strategy and
//! its interchange JSON stay as they were while copies of a project merge
//! their rounds like everything else. A round's value waiting for a choice
//! ([`RoundChoice`]) is shown among the project's conflicts (id
//! `rounds/ROUND/CHOICE`, the project's value `1` shown, the owner's `2`),
//! so that `conflicts`, `resolve` and the app's merge view offer it as any
//! other; the round module writes the choice.

use automerge::transaction::CommitOptions;
use automerge::{Automerge, ChangeHash, Prop, ROOT, ReadDoc, Value as AmValue};
use serde_json::Value as Json;

use super::conflict::{self, Conflict, ConflictKind, ConflictValue};
use super::doc;
use super::history::{ChangeKind, ChangeRecord, EditNote, EditSummary};
use super::{Author, Project, Result, StoreError, content_err, now};
use crate::model::part::{self, Image, Part};
use crate::model::{PlanDate, Round, RoundChoice, Strategy};

/// The document's key of the rounds.
const KEY: &str = "~rounds";
/// The prefix of a round conflict's id.
pub(crate) const CONFLICT_PREFIX: &str = "rounds/";

/// The rounds as the document holds them (one that cannot be read is left out).
pub(crate) fn read(doc: &Automerge) -> Vec<Round> {
    let Some((AmValue::Object(_), obj)) = doc.get(ROOT, KEY).ok().flatten() else {
        return vec![];
    };
    let Ok(h) = ReadDoc::hydrate(doc, &obj, None) else {
        return vec![];
    };
    match conflict::plain(&h) {
        Json::Array(items) => items
            .into_iter()
            .filter_map(|v| serde_json::from_value(v).ok())
            .collect(),
        _ => vec![],
    }
}

/// A round as the document keeps it: its lists always there, so that two
/// copies adding the first answer both keep theirs.
fn round_json(r: &Round) -> Result<Json> {
    let mut v = serde_json::to_value(r).map_err(content_err)?;
    if let Json::Object(m) = &mut v {
        for k in ["asked", "answers", "choices", "periods"] {
            m.entry(k).or_insert(Json::Array(vec![]));
        }
    }
    Ok(v)
}

/// The rounds' JSON as the document shows it, to diff against.
fn shown_json(doc: &Automerge) -> Option<Json> {
    let (AmValue::Object(_), obj) = doc.get(ROOT, KEY).ok().flatten()? else {
        return None;
    };
    ReadDoc::hydrate(doc, &obj, None)
        .ok()
        .map(|h| conflict::plain(&h))
}

/// The rounds as this project last recorded them (as the document shows
/// them, and read), with the heads they are true at: the next answer of a
/// round takes them from here instead of reading every round (a 5 000-action
/// round's lists) from the history again. Passed over once the history has
/// other heads (a merge, an edit of the strategy alone).
#[derive(Debug, Clone, Default)]
pub(crate) struct Seen(Option<Box<Kept>>);

/// The rounds kept: true at `heads`, shown as `json`.
#[derive(Debug, Clone)]
struct Kept {
    heads: Vec<ChangeHash>,
    json: Json,
    rounds: Vec<Round>,
}

impl Seen {
    /// The rounds' JSON and the rounds, when true at `heads`.
    fn at(&self, heads: &[ChangeHash]) -> Option<(&Json, &[Round])> {
        self.0
            .as_deref()
            .filter(|k| k.heads == heads)
            .map(|k| (&k.json, k.rounds.as_slice()))
    }
}

impl Project {
    /// The follow-up rounds recorded in the project, as they went out.
    pub fn rounds(&self) -> Result<Vec<Round>> {
        let doc = self.doc()?;
        match self.rounds_seen.at(&doc.get_heads()) {
            Some((_, rounds)) => Ok(rounds.to_vec()),
            None => Ok(read(doc)),
        }
    }

    /// Records, as one edit by `author`, the strategy `edited` (which
    /// touched only `parts`; none for no change) and the rounds as they are
    /// to be; `notes` say what happened to the rounds. Nothing is recorded
    /// when neither changed.
    pub fn record_rounds(
        &mut self,
        edited: Option<(&Strategy, &[Part])>,
        rounds: &[Round],
        notes: Vec<EditNote>,
        author: &Author,
        kind: ChangeKind,
    ) -> Result<EditSummary> {
        self.doc_mut()?;
        let diffs = match edited {
            Some((s, parts)) => super::parts::diffs(&self.strategy, s, parts)?,
            None => vec![],
        };
        let Some((before, all)) = self.commit_edit(&diffs, Some(rounds), notes, author, kind)?
        else {
            return Ok(EditSummary::default());
        };
        if let Some((s, parts)) = edited {
            part::restore(&mut self.strategy, &part::images(s, parts));
            self.json = None;
        }
        self.settle(&before, Some(rounds))?;
        Ok(EditSummary::from_notes(all))
    }

    /// Edits the strategy in place with `edit`, which returns the parts it
    /// touched as they were before, and records that with the rounds as
    /// they are to be (`None` leaves them as they are) as one edit by
    /// `author`; `notes` say what happened to the rounds. The strategy is
    /// never cloned: an answer of a round in a 5 000-action strategy costs
    /// what it touched. When the edit or its recording fails, the strategy
    /// is as it was.
    pub(crate) fn record_edit<E: From<StoreError>>(
        &mut self,
        edit: impl FnOnce(&mut Strategy) -> std::result::Result<Vec<(Part, Image)>, E>,
        rounds: Option<&[Round]>,
        notes: Vec<EditNote>,
        author: &Author,
        kind: ChangeKind,
    ) -> std::result::Result<EditSummary, E> {
        // The history first: checking it may read the strategy again.
        self.doc_mut()?;
        let touched = edit(&mut self.strategy)?;
        if !touched.is_empty() {
            self.json = None;
        }
        let diffs = match super::parts::diffs_in_place(&self.strategy, &touched) {
            Ok(Some(d)) => Ok(d),
            Ok(None) => {
                let mut old = self.strategy.clone();
                part::restore(&mut old, &touched);
                let parts: Vec<Part> = touched.iter().map(|(p, _)| p.clone()).collect();
                super::parts::diffs(&old, &self.strategy, &parts)
            }
            Err(e) => Err(e),
        };
        let committed = diffs.and_then(|d| self.commit_edit(&d, rounds, notes, author, kind));
        match committed {
            Err(e) => {
                part::restore(&mut self.strategy, &touched);
                Err(e.into())
            }
            Ok(None) => Ok(EditSummary::default()),
            Ok(Some((before, all))) => {
                self.settle(&before, rounds)?;
                Ok(EditSummary::from_notes(all))
            }
        }
    }

    /// Writes the strategy's `diffs` and the rounds as they are to be
    /// (`None` leaves them) as one change by `author`; the heads before it
    /// and its notes, or `None` when nothing changed.
    fn commit_edit(
        &mut self,
        diffs: &[doc::PartDiff],
        rounds: Option<&[Round]>,
        notes: Vec<EditNote>,
        author: &Author,
        kind: ChangeKind,
    ) -> Result<Option<(Vec<ChangeHash>, Vec<EditNote>)>> {
        let (old, mut new, rounds_changed) = match rounds {
            Some(rounds) => {
                let doc = self.doc()?;
                let old = match self.rounds_seen.at(&doc.get_heads()) {
                    Some((json, _)) => Some(json.clone()),
                    None => shown_json(doc),
                };
                let new = Json::Array(rounds.iter().map(round_json).collect::<Result<_>>()?);
                let changed = old.as_ref() != Some(&new) && !(old.is_none() && rounds.is_empty());
                (old, Some(new), changed)
            }
            None => (None, None, false),
        };
        if diffs.is_empty() && !rounds_changed {
            return Ok(None);
        }
        let doc = self.doc_mut()?;
        let before = doc.get_heads();
        let mut tx = doc.transaction();
        let mut all = match doc::apply_parts(&mut tx, diffs) {
            Ok(n) => n,
            Err(e) => {
                drop(tx);
                return Err(e);
            }
        };
        if rounds_changed {
            let wrap = |v: Option<Json>| {
                let mut m = serde_json::Map::new();
                if let Some(v) = v {
                    m.insert(KEY.to_owned(), v);
                }
                Json::Object(m)
            };
            // The rounds' own notes say what happened, not the diff's.
            let mut written = wrap(new);
            if let Err(e) = doc::apply(&mut tx, &wrap(old), &written) {
                drop(tx);
                return Err(e);
            }
            all.extend(notes);
            new = written.get_mut(KEY).map(Json::take);
        }
        let record = ChangeRecord::new(&author.name, kind, all.clone());
        tx.commit_with(
            CommitOptions::default()
                .with_message(record.to_message())
                .with_time(now()),
        );
        if let (Some(rounds), Some(new)) = (rounds, new) {
            let doc = self.doc.get()?;
            // Every test run checks the rounds kept against the history's.
            debug_assert_eq!(
                shown_json(doc).as_ref(),
                Some(&new),
                "the rounds kept differ from the history's"
            );
            self.rounds_seen = Seen(Some(Box::new(Kept {
                heads: doc.get_heads(),
                json: new,
                rounds: rounds.to_vec(),
            })));
        }
        Ok(Some((before, all)))
    }

    /// The conflicts after an edit made at `before`, which recorded
    /// `rounds` (none: the rounds were left as they were).
    fn settle(&mut self, before: &[ChangeHash], rounds: Option<&[Round]>) -> Result<()> {
        match rounds {
            Some(rounds) if !self.conflicts.iter().any(|c| !is_round(c)) => {
                let doc = self.doc.get()?;
                let kept = std::mem::take(&mut self.conflicts);
                self.conflicts = settled_with(doc, &self.strategy, kept, rounds);
                Ok(())
            }
            Some(_) => self.refresh_since(before),
            None if !self.conflicts.is_empty() => self.refresh_since(before),
            None => Ok(()),
        }
    }
}

fn is_round(c: &Conflict) -> bool {
    c.id.starts_with(CONFLICT_PREFIX)
}

/// `conflicts` with the rounds' ones made again from the document and the
/// strategy, ordered by id.
pub(crate) fn settled(doc: &Automerge, s: &Strategy, conflicts: Vec<Conflict>) -> Vec<Conflict> {
    let rounds = read(doc);
    settled_with(doc, s, conflicts, &rounds)
}

/// [`settled`] when the document's rounds are known to be `rounds`.
fn settled_with(
    doc: &Automerge,
    s: &Strategy,
    mut conflicts: Vec<Conflict>,
    rounds: &[Round],
) -> Vec<Conflict> {
    conflicts.retain(|c| !is_round(c));
    if rounds.iter().any(|r| !r.choices.is_empty()) {
        for r in rounds {
            for c in &r.choices {
                conflicts.extend(choice_conflict(doc, s, r, c));
            }
        }
        conflicts.sort_by(|a, b| a.id.cmp(&b.id));
        conflicts.dedup_by(|a, b| a.id == b.id);
    }
    conflicts
}

/// Seconds since 1970 at the start of a day.
fn day_time(d: &PlanDate) -> i64 {
    d.first_day()
        .and_hms_opt(0, 0, 0)
        .map_or(0, |t| t.and_utc().timestamp())
}

/// A round's choice as a conflict: the project's value (`1`, shown) beside
/// the owner's (`2`).
fn choice_conflict(doc: &Automerge, s: &Strategy, r: &Round, c: &RoundChoice) -> Option<Conflict> {
    let owner = s
        .owner(&c.owner)
        .map_or_else(|| c.owner.to_string(), |o| o.name.clone());
    let (entity, entity_id, name, field, project, answer, path) =
        if let (Some(d), Some(occurrence), Some(status)) = (&c.document, c.occurrence, c.status) {
            let document = s.documents.iter().find(|x| x.id == *d)?;
            let now = crate::round::occurrence_status(s, d, &occurrence)?;
            let path = vec![
                Prop::Map("documents".into()),
                Prop::Map(doc::entity_key(d.as_str())),
                Prop::Map("statusHistory".into()),
            ];
            (
                "document",
                d.clone(),
                document.name.clone(),
                format!("occurrences/{}", occurrence.to_iso()),
                serde_json::to_value(now).ok()?,
                serde_json::to_value(status).ok()?,
                path,
            )
        } else if let (Some(a), Some(status)) = (&c.action, c.status) {
            let action = s.actions.iter().find(|x| x.id == *a)?;
            let path = vec![
                Prop::Map("actions".into()),
                Prop::Map(doc::entity_key(a.as_str())),
                Prop::Map("status".into()),
            ];
            (
                "action",
                a.clone(),
                action.name.clone(),
                "status".to_owned(),
                serde_json::to_value(action.status).ok()?,
                serde_json::to_value(status).ok()?,
                path,
            )
        } else {
            let (i, period, value) = (c.indicator.as_ref()?, c.period?, c.value?);
            let ind = s.indicators.iter().find(|x| x.id == *i)?;
            let at = ind.actuals.iter().position(|m| m.date == period);
            let mut path = vec![
                Prop::Map("indicators".into()),
                Prop::Map(doc::entity_key(i.as_str())),
                Prop::Map("actuals".into()),
            ];
            path.extend(at.map(Prop::Seq));
            path.push(Prop::Map("value".into()));
            (
                "indicator",
                i.clone(),
                ind.name.clone(),
                format!("actuals/{}", period.to_iso()),
                at.map_or(Json::Null, |k| Json::from(ind.actuals[k].value)),
                Json::from(value),
                path,
            )
        };
    let w = conflict::written_by(doc, &path);
    Some(Conflict {
        id: format!("{CONFLICT_PREFIX}{}/{}", r.id, c.id),
        kind: ConflictKind::Field,
        entity: entity.to_owned(),
        entity_id: entity_id.0,
        name,
        field,
        values: vec![
            ConflictValue {
                id: "1".into(),
                value: project,
                authors: w.iter().map(|w| w.0.clone()).collect(),
                copies: w.iter().map(|w| w.1.clone()).collect(),
                time: w.map_or(0, |w| w.2),
            },
            ConflictValue {
                id: "2".into(),
                value: answer,
                authors: vec![owner],
                copies: vec![],
                time: day_time(&c.received),
            },
        ],
        default: "1".into(),
    })
}

#[cfg(test)]
#[path = "rounds_tests.rs"]
mod tests;
