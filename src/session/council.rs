//! The council's meetings in the app: the snapshots recorded in the project
//! ("Kaupunginvaltuusto 14.12.2026, § 87"), a new one recorded for the
//! strategy as it stands, and "Muutokset edellisen käsittelyn jälkeen" —
//! what changed since one of them, in the user's language. The rules are
//! `crate::changes`' and the store's.

use serde::Serialize;
use ts_rs::TS;

use super::{Session, now_ms};
use crate::model::PlanDate;
use crate::store::Author;

/// A council snapshot as the app lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SnapshotLine {
    /// Its short id, the one a handout's footer carries.
    pub id: String,
    /// The meeting it was recorded for.
    pub meeting: String,
    /// The meeting's date, as Finns write it.
    pub date: String,
    /// Who recorded it.
    pub author: String,
}

/// A snapshot recorded: the snapshots now, and the undo stacks (the file was saved).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SnapshotRecorded {
    /// The short id of the snapshot recorded.
    pub id: String,
    /// The snapshots, newest first.
    pub snapshots: Vec<SnapshotLine>,
    /// The undo stacks, no longer dirty.
    pub undo: super::undo::UndoState,
}

/// What changed since a snapshot, as the app shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChangesOut {
    /// The snapshot compared with.
    pub since: String,
    /// Nothing changed since.
    pub empty: bool,
    /// The report, a line each, in the user's language (headings first in their section).
    pub lines: Vec<String>,
}

impl Session {
    /// The council snapshots of the open project, newest first.
    pub fn snapshots(&self) -> crate::Result<Vec<SnapshotLine>> {
        self.with_doc(|doc, _| {
            let mut out: Vec<SnapshotLine> = doc
                .snapshots()?
                .into_iter()
                .map(|s| SnapshotLine {
                    id: s.id.to_string(),
                    meeting: s.meeting,
                    date: s.date.to_finnish(),
                    author: s.author,
                })
                .collect();
            out.reverse();
            Ok(out)
        })
    }

    /// Records a snapshot for `meeting` on `date` (any form a date is
    /// written; today when empty), naming the handouts made for it
    /// ([`super::handout::handout_name`]), and saves the project file.
    pub fn record_snapshot(
        &self,
        meeting: &str,
        date: &str,
        handouts: &[String],
    ) -> crate::Result<SnapshotRecorded> {
        let date = match date.trim() {
            "" => PlanDate::Day(super::today()),
            d => PlanDate::parse(d)?,
        };
        let meeting = meeting.trim().to_owned();
        if meeting.is_empty() {
            return Err(super::SessionError::NoMeeting.into());
        }
        let snap = self.with_doc(|doc, s| {
            let author = Author::new(s.author.clone());
            let label = s.lang.text("app-edit-came-in");
            doc.record_snapshot(&meeting, date, handouts, &author, &label, now_ms())
        })?;
        self.autosave.clear();
        Ok(SnapshotRecorded {
            id: snap.id.0,
            snapshots: self.snapshots()?,
            undo: self.undo_state(),
        })
    }

    /// What changed since the snapshot `since` until now.
    pub fn changes_since(&self, since: &str) -> crate::Result<ChangesOut> {
        let lang = self.lang();
        self.with_doc(|doc, s| {
            let c = doc.changes_since(since, &Author::new(s.author.clone()))?;
            Ok(ChangesOut {
                since: since.to_owned(),
                empty: c.is_empty(),
                lines: crate::changes::text(&c, lang)
                    .lines()
                    .map(str::to_owned)
                    .collect(),
            })
        })
    }
}
