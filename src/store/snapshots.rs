//! Council snapshots in the history: each one under its own root key of the
//! document, `~snapshot:ID`, holding the snapshot as JSON text. A key of its
//! own per snapshot (not one shared list) means two copies that each record
//! a snapshot never write the same key, so a merge keeps both; the
//! strategy's reader passes over `~` keys, so the strategy and its
//! interchange JSON stay as they were. The strategy as it stood at a
//! snapshot is read by forking the history at the snapshot's heads
//! ([`Project::strategy_at`]).

use automerge::transaction::{CommitOptions, Transactable};
use automerge::{ChangeHash, ROOT, ReadDoc, ScalarValue, Value as AmValue};
use sha2::{Digest, Sha256};

use super::history::{ChangeKind, ChangeRecord, EditNote, NoteOp};
use super::load::read_doc;
use super::{Author, Project, Result, StoreError, content_err, heads_text, now};
use crate::model::{CouncilSnapshot, Id, PlanDate, Strategy};

/// The prefix of a snapshot's root key.
const PREFIX: &str = "~snapshot:";

/// The short id of a snapshot of `heads` for `meeting`: 7 hex digits of
/// SHA-256 of both.
pub fn short_id(heads: &str, meeting: &str) -> String {
    let mut h = Sha256::new();
    h.update(heads.as_bytes());
    h.update([0u8]);
    h.update(meeting.as_bytes());
    h.finalize()
        .iter()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect::<String>()
        .chars()
        .take(7)
        .collect()
}

/// The snapshots the document holds, oldest first (by the meeting's date,
/// then when recorded, then id); one that cannot be read is left out.
pub(crate) fn read(doc: &impl ReadDoc) -> Vec<CouncilSnapshot> {
    let mut out: Vec<CouncilSnapshot> = doc
        .keys(ROOT)
        .filter(|k| k.starts_with(PREFIX))
        .filter_map(|k| match doc.get(ROOT, k.as_str()).ok().flatten() {
            Some((AmValue::Scalar(s), _)) => match s.as_ref() {
                ScalarValue::Str(t) => serde_json::from_str(t).ok(),
                _ => None,
            },
            _ => None,
        })
        .collect();
    out.sort_by(|a, b| {
        (a.date.first_day(), a.recorded, &a.id).cmp(&(b.date.first_day(), b.recorded, &b.id))
    });
    out
}

/// Heads as the document knows them, from their hex text.
fn parse_heads(heads: &[String]) -> Result<Vec<ChangeHash>> {
    heads
        .iter()
        .map(|h| {
            h.parse::<ChangeHash>()
                .map_err(|_| StoreError::SnapshotHeads { id: h.clone() })
        })
        .collect()
}

impl Project {
    /// The council snapshots recorded in the project, oldest first.
    pub fn snapshots(&self) -> Result<Vec<CouncilSnapshot>> {
        Ok(read(self.doc()?))
    }

    /// The snapshot whose id is or starts with `id`; `latest` (or an empty
    /// id) is the newest one.
    pub fn find_snapshot(&self, id: &str) -> Result<CouncilSnapshot> {
        let all = self.snapshots()?;
        let id = id.trim();
        if id.is_empty() || id.eq_ignore_ascii_case("latest") {
            return all.last().cloned().ok_or(StoreError::NoSnapshots);
        }
        let lower = id.to_ascii_lowercase();
        let found: Vec<_> = all.iter().filter(|s| s.id.0.starts_with(&lower)).collect();
        match found.as_slice() {
            [one] => Ok((*one).clone()),
            [] => Err(StoreError::SnapshotUnknown { id: id.to_owned() }),
            _ => Err(StoreError::SnapshotAmbiguous { id: id.to_owned() }),
        }
    }

    /// Records, as one edit by `author`, a snapshot of the project as it
    /// stands now for `meeting` on `date`, with the handouts made for it.
    /// Recording the same meeting at the same point twice keeps one.
    pub fn record_snapshot(
        &mut self,
        meeting: &str,
        date: PlanDate,
        handouts: &[String],
        author: &Author,
    ) -> Result<CouncilSnapshot> {
        let doc = self.doc_mut()?;
        let heads = doc.get_heads();
        let text = heads_text(&heads);
        let snap = CouncilSnapshot {
            id: Id(short_id(&text, meeting)),
            meeting: meeting.to_owned(),
            date,
            handouts: handouts.to_vec(),
            heads: heads.iter().map(|h| h.to_string()).collect(),
            author: author.name.clone(),
            recorded: chrono::Utc::now().timestamp_millis(),
        };
        let key = format!("{PREFIX}{}", snap.id);
        if doc.get(ROOT, key.as_str()).ok().flatten().is_some() {
            return read(&*doc)
                .into_iter()
                .find(|s| s.id == snap.id)
                .ok_or_else(|| content_err("an unreadable snapshot"));
        }
        let json = serde_json::to_string(&snap).map_err(content_err)?;
        let mut tx = doc.transaction();
        if let Err(e) = tx.put(ROOT, key.as_str(), json) {
            drop(tx);
            return Err(content_err(e));
        }
        let note = EditNote {
            op: NoteOp::Added,
            entity: "snapshot".into(),
            id: snap.id.0.clone(),
            name: snap.meeting.chars().take(80).collect(),
            fields: vec![],
        };
        let record = ChangeRecord::new(&author.name, ChangeKind::Edit, vec![note]);
        tx.commit_with(
            CommitOptions::default()
                .with_message(record.to_message())
                .with_time(now()),
        );
        Ok(snap)
    }

    /// The strategy as it stood at `heads` (hex, as a snapshot keeps them):
    /// the history forked there and read as opening a file reads it.
    pub fn strategy_at(&self, heads: &[String]) -> Result<Strategy> {
        let heads = parse_heads(heads)?;
        let doc = self.doc()?;
        if heads_text(&heads) == heads_text(&doc.get_heads()) {
            return Ok(self.strategy.clone());
        }
        let past = doc
            .fork_at(&heads)
            .map_err(|e| StoreError::SnapshotHeads { id: e.to_string() })?;
        Ok(read_doc(&past)?.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_id_is_seven_hex_digits_and_depends_on_the_meeting() {
        let a = short_id("abc", "Kaupunginvaltuusto 14.12.2026, § 87");
        let b = short_id("abc", "Kaupunginhallitus 1.12.2026, § 3");
        assert_eq!(a.len(), 7);
        assert!(a.chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(a, b);
    }
}
