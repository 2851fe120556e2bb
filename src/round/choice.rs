//! Choosing a round's value: the project's (`1`, the choice left as the
//! project has it) or the owner's (`2`, the owner's status, report status
//! or actual entered as the answer would have entered it); either way the value stops
//! waiting. One edit by the person who chose, recorded as a choice.

use super::apply::{actual_change, change_id, occurrence_change_id};
use crate::edit::{self, Change};
use crate::merge::MergeError;
use crate::model::part::Part;
use crate::store::{Author, ChangeKind, EditNote, NoteOp, Project};

/// The prefix of a round conflict's id (`rounds/ROUND/CHOICE`).
const PREFIX: &str = "rounds/";

/// Whether a conflict id names a round's value waiting for a choice.
pub fn is_round_conflict(id: &str) -> bool {
    id.starts_with(PREFIX)
}

/// Takes value `take` (`1` the project's, `2` the owner's) of the round
/// conflict `id`, as one edit by `author`.
pub fn choose(project: &mut Project, id: &str, take: &str, author: &Author) -> crate::Result<()> {
    let unknown = || MergeError::UnknownConflict { id: id.to_owned() };
    let (round_id, choice_id) = id
        .strip_prefix(PREFIX)
        .and_then(|r| r.split_once('/'))
        .ok_or_else(unknown)?;
    let conflict = project
        .conflicts()
        .iter()
        .find(|c| c.id == id)
        .cloned()
        .ok_or_else(unknown)?;
    let mut rounds = project.rounds()?;
    let round = rounds
        .iter_mut()
        .find(|r| r.id.as_str() == round_id)
        .ok_or_else(unknown)?;
    let at = round
        .choices
        .iter()
        .position(|c| c.id.as_str() == choice_id)
        .ok_or_else(unknown)?;
    let choice = round.choices.remove(at);
    let change = match take {
        "1" => None,
        "2" => {
            let s = project.strategy();
            match (&choice.action, choice.status, &choice.indicator) {
                (None, Some(status), None) => {
                    let (doc, occurrence) = choice
                        .document
                        .as_ref()
                        .zip(choice.occurrence)
                        .ok_or_else(unknown)?;
                    Some(Change::Occurrence {
                        item: doc.clone(),
                        occurrence,
                        status,
                        date: choice.received,
                        note: choice.note.clone(),
                        id: Some(occurrence_change_id(
                            round_id,
                            &choice.owner,
                            doc,
                            &occurrence,
                        )),
                    })
                }
                (Some(action), Some(status), _) => Some(Change::Status {
                    action: action.clone(),
                    status,
                    date: choice.received,
                    note: choice.note.clone(),
                    id: Some(change_id(round_id, &choice.owner, action)),
                }),
                (_, _, Some(i)) => {
                    let ind = s
                        .indicators
                        .iter()
                        .find(|x| x.id == *i)
                        .ok_or_else(unknown)?;
                    let (period, value) = choice.period.zip(choice.value).ok_or_else(unknown)?;
                    Some(actual_change(ind, period, value))
                }
                _ => return Err(unknown().into()),
            }
        }
        other => {
            return Err(MergeError::UnknownValue {
                conflict: id.to_owned(),
                value: other.to_owned(),
            }
            .into());
        }
    };
    let edited = match change {
        Some(c) => {
            let mut s = project.strategy().clone();
            let applied = edit::apply(&mut s, &c)?;
            let parts: Vec<Part> = applied.before.into_iter().map(|(p, _)| p).collect();
            Some((s, parts))
        }
        None => None,
    };
    let note = EditNote {
        op: NoteOp::Resolved,
        entity: conflict.entity.clone(),
        id: conflict.entity_id.clone(),
        name: conflict.name.clone(),
        fields: vec![conflict.field.clone()],
    };
    let edit = edited.as_ref().map(|(s, p)| (s, p.as_slice()));
    project.record_rounds(edit, &rounds, vec![note], author, ChangeKind::Resolve)?;
    Ok(())
}
