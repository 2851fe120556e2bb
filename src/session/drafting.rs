//! Bringing in the strategy a town already has, in the app: text pasted
//! from Word, PowerPoint or a PDF (or the text of a `.txt`, `.md` or
//! `.docx`) drafted as the user types, every source line shown beside what
//! it became or marked as not understood, and the draft taken as a new
//! strategy once the user has corrected the text. The rules are
//! `crate::draft`'s.

use std::path::Path;

use serde::Serialize;
use ts_rs::TS;

use super::{Opened, ProblemLine, Session, problems};
use crate::draft::{self, Became, DraftError, MAX_INPUT_BYTES};
use crate::i18n::Lang;
use crate::model::Strategy;

/// A source line and what it became.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftLine {
    /// The line's number in the text, from 1.
    pub number: u32,
    /// The line as written.
    pub text: String,
    /// What it became ("Arvo", "Toimenpide", "Visio"), or `None` when it
    /// was not understood.
    pub became: Option<String>,
}

/// The draft of a text, as the app shows it beside the text.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftPreview {
    /// The strategy drafted.
    pub strategy: Strategy,
    /// Every non-empty source line, in order.
    pub lines: Vec<DraftLine>,
    /// How many lines were understood.
    pub placed: u32,
    /// How many were not.
    pub missed: u32,
    /// The draft's validation problems.
    pub problems: Vec<ProblemLine>,
    /// What the draft holds, counted.
    pub counts: DraftCounts,
}

/// What a draft holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DraftCounts {
    /// Themes (by the town's own word).
    pub themes: u32,
    /// Goals of every theme.
    pub goals: u32,
    /// Values.
    pub values: u32,
    /// Actions.
    pub actions: u32,
    /// Owners.
    pub owners: u32,
}

fn counts(s: &Strategy) -> DraftCounts {
    DraftCounts {
        themes: s.themes.len() as u32,
        goals: s.themes.iter().map(|t| t.goals.len() as u32).sum(),
        values: s.values.len() as u32,
        actions: s.actions.len() as u32,
        owners: s.owners.len() as u32,
    }
}

fn became(b: &Became, lang: Lang) -> String {
    match b {
        Became::Heading => lang.text("app-draft-heading"),
        Became::Entity { entity, .. } => lang.text(entity.message_id()),
        Became::Field { entity, field, .. } => {
            format!("{}: {}", lang.text(entity.message_id()), lang.field(field))
        }
    }
}

fn checked(text: &str) -> crate::Result<()> {
    if text.len() as u64 > MAX_INPUT_BYTES {
        return Err(DraftError::TooLarge {
            file: String::new(),
            max: MAX_INPUT_BYTES,
        }
        .into());
    }
    Ok(())
}

impl Session {
    /// The draft of `text`, line by line.
    pub fn draft(&self, text: &str) -> crate::Result<DraftPreview> {
        checked(text)?;
        let lang = self.lang();
        let d = draft::draft(text);
        let mut lines: Vec<DraftLine> = d
            .placed
            .iter()
            .map(|p| (&p.line, Some(became(&p.became, lang))))
            .chain(d.not_understood.iter().map(|l| (l, None)))
            .map(|(l, b)| DraftLine {
                number: l.number as u32,
                text: l.text.clone(),
                became: b,
            })
            .collect();
        lines.sort_by_key(|l| l.number);
        Ok(DraftPreview {
            problems: problems(&d.strategy, lang),
            counts: counts(&d.strategy),
            placed: d.placed.len() as u32,
            missed: d.not_understood.len() as u32,
            strategy: d.strategy,
            lines,
        })
    }

    /// The text of the document at `path` (`.txt`, `.md`, `.docx`), to draft from.
    pub fn draft_source(&self, path: &Path) -> crate::Result<String> {
        draft::source_text(path)
    }

    /// Makes the draft of `text` the current, unsaved document.
    pub fn accept_draft(&self, text: &str) -> crate::Result<Opened> {
        checked(text)?;
        Ok(self.adopt(draft::draft(text).strategy))
    }
}
