//! The history of edits: who changed what, when, in which copy.
//!
//! Every edit is one Automerge change. Its message is a small JSON record
//! ([`ChangeRecord`]): the author's name, what kind of edit it was (import,
//! update, a conflict resolved) and notes on what was edited, each naming
//! the entity. The change's actor id names the copy it was made in (every
//! opened copy gets a fresh one) and its timestamp says when.

use serde::{Deserialize, Serialize};

use crate::i18n::{Lang, Message};

/// At most this many notes are kept in one change's message.
pub const MAX_NOTES: usize = 40;

/// What happened to one entity.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum NoteOp {
    /// It was added.
    Added,
    /// Some of its fields changed.
    Changed,
    /// It was deleted.
    Deleted,
    /// A conflict on it was resolved.
    Resolved,
}

/// One edited entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EditNote {
    /// What happened.
    pub op: NoteOp,
    /// The entity kind: `action`, `theme`, `strategy`… (catalogue `entity-…`).
    pub entity: String,
    /// The entity's id.
    pub id: String,
    /// Its name when edited.
    pub name: String,
    /// The fields that changed (JSON field names), for `changed`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
}

/// What kind of edit a change was.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub enum ChangeKind {
    /// The strategy was created (imported).
    Create,
    /// The strategy was edited.
    Edit,
    /// A merge conflict was resolved.
    Resolve,
}

/// The message of one change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangeRecord {
    /// Always 1: the record's own version.
    pub tk: u32,
    /// Who made it.
    pub author: String,
    /// What kind of edit.
    pub kind: ChangeKind,
    /// The edited entities (at most [`MAX_NOTES`]).
    #[serde(default)]
    pub notes: Vec<EditNote>,
    /// How many more entities were edited than `notes` lists.
    #[serde(default)]
    pub more: usize,
}

impl ChangeRecord {
    /// A record of `notes` by `author`, keeping at most [`MAX_NOTES`].
    pub fn new(author: &str, kind: ChangeKind, mut notes: Vec<EditNote>) -> Self {
        let more = notes.len().saturating_sub(MAX_NOTES);
        notes.truncate(MAX_NOTES);
        ChangeRecord {
            tk: 1,
            author: author.to_owned(),
            kind,
            notes,
            more,
        }
    }

    /// The change message.
    pub fn to_message(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a change message; a message not written by Tiekartta is kept as
    /// an edit by an unknown author with the text as its only note.
    pub fn from_message(message: Option<&str>) -> Self {
        let text = message.unwrap_or_default();
        serde_json::from_str(text).unwrap_or_else(|_| ChangeRecord {
            tk: 1,
            author: String::new(),
            kind: ChangeKind::Edit,
            notes: vec![],
            more: 0,
        })
    }
}

/// What an edit changed.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS,
)]
#[serde(rename_all = "camelCase")]
pub struct EditSummary {
    /// Entities added.
    pub added: usize,
    /// Entities changed.
    pub changed: usize,
    /// Entities deleted.
    pub deleted: usize,
    /// Each edited entity.
    pub notes: Vec<EditNote>,
}

impl EditSummary {
    /// Counts the notes.
    pub fn from_notes(notes: Vec<EditNote>) -> Self {
        let count = |op| notes.iter().filter(|n| n.op == op).count();
        EditSummary {
            added: count(NoteOp::Added),
            changed: count(NoteOp::Changed),
            deleted: count(NoteOp::Deleted),
            notes,
        }
    }

    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.notes.is_empty()
    }
}

/// One entry of the history: one change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryEntry {
    /// The change's hash (hex).
    pub hash: String,
    /// Who made it (empty when not recorded).
    pub author: String,
    /// When, in seconds since 1970 (UTC); 0 when not recorded.
    pub time: i64,
    /// The copy it was made in: the first 8 hex digits of its actor id.
    pub copy: String,
    /// What kind of edit.
    pub kind: ChangeKind,
    /// The edited entities.
    pub notes: Vec<EditNote>,
    /// How many more entities were edited.
    pub more: usize,
}

impl HistoryEntry {
    /// The time as local date and time: `2025-03-14 09:30`.
    pub fn local_time(&self) -> String {
        chrono::DateTime::from_timestamp(self.time, 0)
            .map(|t| {
                // As Finns write it: 25.11.2026 14.05.
                t.with_timezone(&chrono::Local)
                    .format("%-d.%-m.%Y %-H.%M")
                    .to_string()
            })
            .unwrap_or_default()
    }

    /// The entry as lines in `lang`: a heading, then one line per note.
    pub fn lines(&self, lang: Lang) -> Vec<String> {
        let author = if self.author.is_empty() {
            lang.text("store-unknown-author")
        } else {
            self.author.clone()
        };
        let kind = match self.kind {
            ChangeKind::Create => "history-create",
            ChangeKind::Edit => "history-edit",
            ChangeKind::Resolve => "history-resolve",
        };
        let mut out = vec![
            lang.tr(&Message::new(kind)
                .arg("time", self.local_time())
                .arg("author", author)
                .arg("copy", &self.copy)),
        ];
        for n in &self.notes {
            out.push(format!("  {}", note_text(n, lang)));
        }
        if self.more > 0 {
            out.push(format!(
                "  {}",
                lang.tr(&Message::new("history-more").num("count", self.more as f64))
            ));
        }
        out
    }
}

/// One note as a sentence in `lang`.
pub fn note_text(n: &EditNote, lang: Lang) -> String {
    let entity = lang.tr(&Message::new(entity_message(&n.entity)));
    let id = match n.op {
        NoteOp::Added => "history-added",
        NoteOp::Changed => "history-changed",
        NoteOp::Deleted => "history-deleted",
        NoteOp::Resolved => "history-resolved",
    };
    lang.tr(&Message::new(id)
        .arg("entity", entity)
        .arg("name", if n.name.is_empty() { &n.id } else { &n.name })
        .arg(
            "fields",
            n.fields
                .iter()
                .map(|f| lang.field(f))
                .collect::<Vec<_>>()
                .join(", "),
        ))
}

/// The catalogue id naming an entity kind.
pub fn entity_message(kind: &str) -> &'static str {
    match kind {
        "theme" => "entity-theme",
        "action" => "entity-action",
        "goal" => "entity-goal",
        "success-factor" => "entity-success-factor",
        "value" => "entity-value",
        "bullet" => "entity-bullet",
        "starting-point" => "entity-starting-point",
        "foundation" => "entity-foundation",
        "owner" => "entity-owner",
        "document" => "entity-document",
        "phase" => "entity-phase",
        "milestone" => "entity-milestone",
        "indicator" => "entity-indicator",
        "event" => "entity-event",
        "topic" => "entity-topic",
        "status-change" => "entity-status-change",
        "round" => "entity-round",
        "snapshot" => "entity-snapshot",
        _ => "entity-strategy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_survives_its_message() {
        let n = EditNote {
            op: NoteOp::Changed,
            entity: "action".into(),
            id: "a".into(),
            name: "A".into(),
            fields: vec!["due".into()],
        };
        let r = ChangeRecord::new("Maija", ChangeKind::Edit, vec![n]);
        assert_eq!(ChangeRecord::from_message(Some(&r.to_message())), r);
    }

    #[test]
    fn a_foreign_message_is_an_edit_by_nobody() {
        let r = ChangeRecord::from_message(Some("hello"));
        assert_eq!(r.author, "");
        assert_eq!(r.kind, ChangeKind::Edit);
    }

    #[test]
    fn long_edits_keep_a_bounded_number_of_notes() {
        let n = EditNote {
            op: NoteOp::Added,
            entity: "action".into(),
            id: "a".into(),
            name: "A".into(),
            fields: vec![],
        };
        let r = ChangeRecord::new("M", ChangeKind::Edit, vec![n; 100]);
        assert_eq!((r.notes.len(), r.more), (MAX_NOTES, 60));
    }
}
