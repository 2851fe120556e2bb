//! The contract with the app's UI: what the session's operations return,
//! declared once here, and the TypeScript the UI imports
//! (`ui/src/lib/generated/commands.ts`), generated from these types and from
//! the core's own types that cross the boundary (`layout::Zoom`,
//! `layout::Kind`, `layout::Paper`, `merge::ConflictKind`), with the lists
//! of their values the UI offers.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::i18n::Lang;
use crate::layout::{Kind, Paper, Zoom};
use crate::merge::ConflictKind;
use crate::model::{Status, Strategy};

use super::drag::{Drag, DragEdge, Drawn};
use super::picture::{
    Area, BarBox, Fragment, LaneBox, Picture, PrintRequest, RoadmapRequest, Scale,
};
use super::undo::UndoState;

/// Everything the UI needs when it starts.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Boot {
    /// The language chosen in the settings.
    pub lang: Lang,
    /// The author name recorded in history.
    pub author: String,
    /// Recently opened files, newest first.
    pub recent: Vec<RecentFile>,
    /// The samples a new strategy can start from.
    pub samples: Vec<Sample>,
    /// Unsaved work left by a crash, if any.
    pub recovery: Option<Recovery>,
    /// The file given on the command line, opened.
    pub startup: Option<Opened>,
    /// Why the file given on the command line could not be opened.
    pub startup_error: Option<crate::error::UserError>,
    /// The document the session still holds when the page was loaded again
    /// (a reload): shown again at once, unsaved work and undo included.
    pub reloaded: Option<Opened>,
    /// The roadmap's text zoom (1 the plain size).
    pub text_scale: f32,
    /// The app's version.
    pub version: String,
}

/// A file dropped on the window, before it is opened or merged.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Dropped {
    /// File name only.
    pub file_name: String,
    /// Another copy of the open strategy: offer to merge it in.
    pub copy_of_open: bool,
    /// A returned workbook of a follow-up round: offer to take it in.
    pub answer: bool,
    /// An action list (a spreadsheet that is no round's answer): offer to
    /// bring it in ([`super::listing`]).
    pub list: bool,
}

/// A file in the recent list.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RecentFile {
    /// Full path.
    pub path: String,
    /// File name only.
    pub file_name: String,
}

/// A bundled sample strategy.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Sample {
    /// Key to ask for it by.
    pub key: String,
    /// The town.
    pub town: String,
    /// The strategy's name.
    pub name: String,
}

/// Work found in the recovery file.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Recovery {
    /// The strategy's name.
    pub name: String,
    /// The file it belonged to, if it had been saved.
    pub path: Option<String>,
    /// When it was written (RFC 3339).
    pub saved_at: String,
}

/// A strategy now open in the app.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Opened {
    /// Where it is saved; none for a new or imported strategy.
    pub path: Option<String>,
    /// The name shown in the title bar.
    pub file_name: String,
    /// The strategy.
    pub strategy: Strategy,
    /// What is wrong with it.
    pub problems: Vec<ProblemLine>,
    /// The undo stacks (empty; dirty for new, imported or recovered work).
    pub undo: UndoState,
    /// The dates actions take from their phases.
    pub phase_dates: Vec<PhaseDates>,
}

/// The document after an edit, an undo, a redo or a drag.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Changed {
    /// The strategy now.
    pub strategy: Strategy,
    /// What is wrong with it.
    pub problems: Vec<ProblemLine>,
    /// The undo stacks.
    pub undo: UndoState,
    /// The dates actions take from their phases.
    pub phase_dates: Vec<PhaseDates>,
    /// The item the change made (a drawn action), if any.
    pub created: Option<String>,
}

/// The dates an action without dates of its own takes from its phases
/// (`Strategy::phase_dates`), for the lists that show them.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PhaseDates {
    /// The action's id.
    pub id: String,
    /// The earliest start (ISO, at its precision).
    pub start: String,
    /// The latest end.
    pub due: String,
}

/// A validation problem as the forms show it.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ProblemLine {
    /// `true` for an error, `false` for a warning.
    pub error: bool,
    /// The id of the entity it is about.
    pub id: String,
    /// The readable sentence in the user's language.
    pub text: String,
}

/// Where a file was saved.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Saved {
    /// Full path.
    pub path: String,
    /// File name only.
    pub file_name: String,
    /// The undo stacks (no longer dirty).
    pub undo: UndoState,
    /// What another program had saved to the file since it was read, merged
    /// in before writing (the strategy shown changed with it).
    pub came_in: Option<Merged>,
}

/// Settings the user can change.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct SettingsPatch {
    /// The language of the UI and of messages.
    pub lang: Option<Lang>,
    /// The author name recorded in history.
    pub author: Option<String>,
}

/// One change in the history, as lines to show.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryLine {
    /// The heading: when, who, in which copy.
    pub heading: String,
    /// What was edited, one line per entity.
    pub details: Vec<String>,
}

/// What one copy brought into a merge.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Incoming {
    /// The copy's file name.
    pub name: String,
    /// Its edits the other copy did not have.
    pub changes: Vec<HistoryLine>,
    /// Who changed how much, one line per author ("Sivistysjohtaja muutti
    /// 3 toimenpidettä").
    pub summary: Vec<String>,
}

/// A conflict copy a sync client left beside the open file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CopyOut {
    /// Full path (what to pass back to merge it).
    pub path: String,
    /// File name only.
    pub file_name: String,
}

/// What becomes of conflict copies once merged and saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum AfterMerge {
    /// Renamed to `NAME.merged` beside the file.
    Rename,
    /// Moved to the system's trash.
    Trash,
    /// Left where they are.
    Keep,
}

/// The result of merging conflict copies in (then saving).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CopiesMerged {
    /// The merge, as for a copy picked in a dialog.
    pub merged: Merged,
    /// The save that followed (none when it failed: then no copy was set
    /// aside, and `not_set_aside` says why).
    pub saved: Option<Saved>,
    /// The copies set aside (file names).
    pub set_aside: Vec<String>,
    /// The copies that could not be set aside, with why.
    pub not_set_aside: Vec<String>,
}

/// What a change in the open file's folder brought.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct FolderNews {
    /// What another program saved to the open file, now merged in.
    pub came_in: Option<Merged>,
    /// The conflict copies beside the file now, when one of them came,
    /// changed or went.
    pub copies: Option<Vec<CopyOut>>,
}

/// One value of a conflict, to choose from.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ChoiceOut {
    /// What to pass to `resolve`.
    pub id: String,
    /// The value as text (a deleted entity: empty).
    pub text: String,
    /// Who set it.
    pub authors: Vec<String>,
    /// When (local time).
    pub time: String,
}

/// A conflict left by a merge, with its values as text to read.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictOut {
    /// Stable id.
    pub id: String,
    /// What kind of conflict (the core's own kind).
    pub kind: ConflictKind,
    /// The kind of entity (`action`, `value`…).
    pub entity: String,
    /// The entity's id.
    pub entity_id: String,
    /// The entity's name.
    pub name: String,
    /// The field, or empty for the entity itself.
    pub field: String,
    /// The values side by side.
    pub values: Vec<ChoiceOut>,
    /// The value shown until someone chooses.
    pub default: String,
}

/// The result of merging a copy in, or of resolving a conflict.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Merged {
    /// The strategy after the merge.
    pub strategy: Strategy,
    /// Its validation problems.
    pub problems: Vec<ProblemLine>,
    /// What each copy brought (empty after a resolve).
    pub incoming: Vec<Incoming>,
    /// The conflicts still open.
    pub conflicts: Vec<ConflictOut>,
    /// The undo stacks (the merge or the choice is one step).
    pub undo: UndoState,
    /// The dates actions take from their phases.
    pub phase_dates: Vec<PhaseDates>,
}

/// Every zoom, coarsest first.
pub const ZOOMS: [Zoom; 4] = [Zoom::Year, Zoom::Quarter, Zoom::Month, Zoom::Week];
/// Every handout.
pub const HANDOUT_KINDS: [Kind; 6] = [
    Kind::Roadmap,
    Kind::OnePage,
    Kind::Actions,
    Kind::Progress,
    Kind::Changes,
    Kind::Deck,
];
/// Every paper size.
pub const PAPERS: [Paper; 2] = [Paper::A4, Paper::A3];

/// A TypeScript constant listing `values` as the type `ty`.
fn constant<T: Serialize>(name: &str, ty: &str, values: &[T]) -> String {
    let json = serde_json::to_string(values).unwrap_or_default();
    format!("export const {name}: readonly {ty}[] = {json};\n\n")
}

/// Every variant of the enum `T` as its JSON name, read from its JSON
/// Schema: a variant added in Rust is in the UI's list without more ado.
fn variants<T: schemars::JsonSchema>() -> Vec<String> {
    let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap_or_default();
    let one = |v: &serde_json::Value| -> Vec<String> {
        let mut out: Vec<String> = v
            .get("enum")
            .and_then(|e| e.as_array())
            .map(|e| {
                e.iter()
                    .filter_map(|x| x.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        out.extend(v.get("const").and_then(|c| c.as_str()).map(str::to_owned));
        out
    };
    let mut out = one(&schema);
    for branch in ["oneOf", "anyOf"] {
        for v in schema
            .get(branch)
            .and_then(|b| b.as_array())
            .into_iter()
            .flatten()
        {
            out.extend(one(v));
        }
    }
    out
}

/// The TypeScript declarations of the contract
/// (`ui/src/lib/generated/commands.ts`); the model types come from the
/// core's `model.ts` next to it.
pub fn typescript() -> String {
    let cfg = ts_rs::Config::new();
    let mut out = String::from(
        "// Generated from src/session/ by `UPDATE_GENERATED=1 cargo test --test generated`.\n\
         // Do not edit: change the Rust types instead.\n\n\
         import type { Cadence, DocumentKind, Id, Lang, MilestoneKind, Measurement, OwnerKind, PlanDate, Status, Strategy, UserError } from \"./model\";\n\n",
    );
    let decls = [
        Boot::decl(&cfg),
        RecentFile::decl(&cfg),
        Dropped::decl(&cfg),
        Sample::decl(&cfg),
        Recovery::decl(&cfg),
        Opened::decl(&cfg),
        Changed::decl(&cfg),
        crate::edit::Change::decl(&cfg),
        crate::edit::Step::decl(&cfg),
        crate::edit::End::decl(&cfg),
        crate::model::part::ListKey::decl(&cfg),
        UndoState::decl(&cfg),
        PhaseDates::decl(&cfg),
        ProblemLine::decl(&cfg),
        Saved::decl(&cfg),
        SettingsPatch::decl(&cfg),
        super::TextZoom::decl(&cfg),
        Zoom::decl(&cfg),
        RoadmapRequest::decl(&cfg),
        Area::decl(&cfg),
        DragEdge::decl(&cfg),
        Drag::decl(&cfg),
        Drawn::decl(&cfg),
        Kind::decl(&cfg),
        Paper::decl(&cfg),
        PrintRequest::decl(&cfg),
        super::handout::ExportFormat::decl(&cfg),
        LaneBox::decl(&cfg),
        Scale::decl(&cfg),
        BarBox::decl(&cfg),
        Picture::decl(&cfg),
        Fragment::decl(&cfg),
        HistoryLine::decl(&cfg),
        Incoming::decl(&cfg),
        ChoiceOut::decl(&cfg),
        ConflictKind::decl(&cfg),
        ConflictOut::decl(&cfg),
        Merged::decl(&cfg),
        CopyOut::decl(&cfg),
        AfterMerge::decl(&cfg),
        CopiesMerged::decl(&cfg),
        FolderNews::decl(&cfg),
        super::rounds::RoundRequest::decl(&cfg),
        super::rounds::Askable::decl(&cfg),
        super::rounds::RoundOwner::decl(&cfg),
        super::rounds::RoundLine::decl(&cfg),
        super::rounds::Rounds::decl(&cfg),
        super::rounds::RoundSent::decl(&cfg),
        super::rounds::TakenAnswer::decl(&cfg),
        super::rounds::AnswersTaken::decl(&cfg),
        super::syncing::SharedAt::decl(&cfg),
        super::syncing::Synced::decl(&cfg),
        super::drafting::DraftLine::decl(&cfg),
        super::drafting::DraftCounts::decl(&cfg),
        super::drafting::DraftPreview::decl(&cfg),
        crate::round::ListField::decl(&cfg),
        crate::round::ListColumn::decl(&cfg),
        crate::round::ListCounts::decl(&cfg),
        crate::round::ListRowProblem::decl(&cfg),
        crate::round::ListUpdate::decl(&cfg),
        crate::round::ListValueChange::decl(&cfg),
        crate::round::ListPreview::decl(&cfg),
        super::listing::ListInto::decl(&cfg),
        super::listing::ListedAction::decl(&cfg),
        super::listing::ListProblemLine::decl(&cfg),
        super::listing::ListingPreview::decl(&cfg),
        super::council::SnapshotLine::decl(&cfg),
        super::council::SnapshotRecorded::decl(&cfg),
        super::council::ChangesOut::decl(&cfg),
        crate::schedule::DueKind::decl(&cfg),
        crate::schedule::Verdict::decl(&cfg),
        crate::schedule::Due::decl(&cfg),
        crate::schedule::ItemVerdict::decl(&cfg),
        crate::schedule::Schedule::decl(&cfg),
    ];
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.push_str(&constant("STATUSES", "Status", &Status::ALL));
    out.push_str(&constant("ZOOMS", "Zoom", &ZOOMS));
    out.push_str(&constant("HANDOUT_KINDS", "HandoutKind", &HANDOUT_KINDS));
    out.push_str(&constant("PAPERS", "PaperSize", &PAPERS));
    use crate::model::{Cadence, DocumentKind, MilestoneKind, OwnerKind};
    out.push_str(&constant(
        "DOCUMENT_KINDS",
        "DocumentKind",
        &variants::<DocumentKind>(),
    ));
    out.push_str(&constant(
        "OWNER_KINDS",
        "OwnerKind",
        &variants::<OwnerKind>(),
    ));
    out.push_str(&constant(
        "MILESTONE_KINDS",
        "MilestoneKind",
        &variants::<MilestoneKind>(),
    ));
    out.push_str(&constant("CADENCES", "Cadence", &variants::<Cadence>()));
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_the_ui_offers_come_from_the_rust_enums() {
        let ts = typescript();
        assert!(ts.contains(
            r#"export const ZOOMS: readonly Zoom[] = ["year","quarter","month","week"];"#
        ));
        assert!(ts.contains(r#"export const STATUSES: readonly Status[] = ["notStarted","onTrack","atRisk","late","done"];"#));
    }
}
