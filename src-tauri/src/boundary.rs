//! The command contract between the shell and the UI: the arguments and
//! results of every command, declared once here. Their TypeScript twins in
//! `ui/src/lib/generated/` are generated from these types (see the test at the
//! end); the model types themselves come from the core.

use serde::{Deserialize, Serialize};
use tiekartta::i18n::Lang;
use tiekartta::model::{Status, Strategy};
use ts_rs::TS;

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
    pub startup_error: Option<tiekartta::error::UserError>,
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

/// The unit of the roadmap's time axis.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum ZoomUnit {
    /// Years.
    Year,
    /// Quarters.
    Quarter,
    /// Months.
    Month,
    /// ISO weeks.
    Week,
}

/// The roadmap as the screen asks for it.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct RoadmapRequest {
    /// The width available, in CSS pixels.
    pub width: f32,
    /// The time unit.
    pub zoom: ZoomUnit,
    /// Only these themes (empty: all).
    pub themes: Vec<String>,
    /// Only actions of these owners (empty: all).
    pub owners: Vec<String>,
    /// Only actions with these statuses (empty: all).
    pub statuses: Vec<Status>,
    /// The first year shown.
    pub from: Option<i32>,
    /// The last year shown.
    pub to: Option<i32>,
    /// Only the items reaching into this part of the picture are drawn (a
    /// large roadmap is drawn a part at a time); all of them when absent.
    pub area: Option<Area>,
}

/// A part of a picture, in its points (CSS pixels on screen).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Area {
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

/// Which part of a bar (an action's, a phase's) a drag moves.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum DragEdge {
    /// The whole bar.
    Move,
    /// Its start.
    Start,
    /// Its end.
    Due,
}

/// An action, a phase or a milestone being dragged, not yet dropped.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DragPreview {
    /// The dragged item's id.
    pub id: String,
    /// How many days the pointer has moved.
    pub days: i32,
    /// What moves.
    pub edge: DragEdge,
}

/// Which handout to print.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum HandoutKind {
    /// The roadmap.
    Roadmap,
    /// The strategy on a page.
    OnePage,
    /// The action plan by theme.
    Actions,
    /// The progress report.
    Progress,
}

/// A paper size.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub enum PaperSize {
    /// A4.
    A4,
    /// A3.
    A3,
}

/// A handout to preview or print.
#[derive(Debug, Clone, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct PrintRequest {
    /// Which handout.
    pub kind: HandoutKind,
    /// The paper.
    pub paper: PaperSize,
    /// Landscape (else portrait).
    pub landscape: bool,
    /// The first year shown.
    pub from: Option<i32>,
    /// The last year shown.
    pub to: Option<i32>,
    /// The language of the handout.
    pub lang: Lang,
}

/// A swimlane's box on the roadmap.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct LaneBox {
    /// The theme's id.
    pub theme: String,
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

/// How the roadmap's x axis maps to days: `x = x0 + days × pointsPerDay`.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Scale {
    /// The day at `x0` (ISO).
    pub origin: String,
    /// The x of the start of `origin`.
    pub x0: f32,
    /// Points (CSS pixels on screen) per day.
    pub points_per_day: f32,
    /// The swimlanes.
    pub lanes: Vec<LaneBox>,
    /// Where each action's bar is, drawn or not: the screen scrolls to a
    /// selected action before its part of the picture is drawn.
    pub bars: Vec<BarBox>,
}

/// An action's bar on the roadmap.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct BarBox {
    /// The action's id.
    pub id: String,
    /// Left.
    pub x: f32,
    /// Top.
    pub y: f32,
    /// Width.
    pub w: f32,
    /// Height.
    pub h: f32,
}

/// The core's picture: SVG pages and, for the roadmap, its time scale.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Picture {
    /// Every page as SVG.
    pub pages: Vec<String>,
    /// Width of the first page, points.
    pub width: f32,
    /// Height of the first page, points.
    pub height: f32,
    /// The roadmap's time scale.
    pub scale: Option<Scale>,
    /// How many texts were shortened to fit.
    pub truncated: u32,
    /// Layout and SVG time, microseconds.
    pub micros: u32,
}

/// SVG elements of a dragged item (and of the actions dated by a dragged
/// phase), to replace the old elements of `ids`.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct Fragment {
    /// The items whose elements these are.
    pub ids: Vec<String>,
    /// The elements, without the `<svg>` wrapper.
    pub svg: String,
    /// Layout and SVG time, microseconds.
    pub micros: u32,
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

/// A conflict left by a merge.
#[derive(Debug, Clone, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct ConflictOut {
    /// Stable id.
    pub id: String,
    /// `field`, `text`, `moved`, `editDelete` or `bothAdded`.
    pub kind: String,
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
}

/// The TypeScript declarations of the command contract
/// (`ui/src/lib/generated/commands.ts`); the model types come from the core's
/// `model.ts` next to it.
#[cfg(test)]
pub fn typescript() -> String {
    let cfg = ts_rs::Config::new();
    let mut out = String::from(
        "// Generated from src-tauri/src/boundary.rs by `UPDATE_GENERATED=1 cargo test -p tiekartta-app`.\n\
         // Do not edit: change the Rust types instead.\n\n\
         import type { Lang, Status, Strategy, UserError } from \"./model\";\n\n",
    );
    let decls = [
        Boot::decl(&cfg),
        RecentFile::decl(&cfg),
        Sample::decl(&cfg),
        Recovery::decl(&cfg),
        Opened::decl(&cfg),
        ProblemLine::decl(&cfg),
        Saved::decl(&cfg),
        SettingsPatch::decl(&cfg),
        ZoomUnit::decl(&cfg),
        RoadmapRequest::decl(&cfg),
        Area::decl(&cfg),
        DragEdge::decl(&cfg),
        DragPreview::decl(&cfg),
        HandoutKind::decl(&cfg),
        PaperSize::decl(&cfg),
        PrintRequest::decl(&cfg),
        LaneBox::decl(&cfg),
        Scale::decl(&cfg),
        BarBox::decl(&cfg),
        Picture::decl(&cfg),
        Fragment::decl(&cfg),
        HistoryLine::decl(&cfg),
        Incoming::decl(&cfg),
        ChoiceOut::decl(&cfg),
        ConflictOut::decl(&cfg),
        Merged::decl(&cfg),
    ];
    for d in decls {
        out.push_str("export ");
        out.push_str(&d);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    /// Set `UPDATE_GENERATED=1` to rewrite the file instead of checking it.
    #[test]
    fn generated_typescript_of_the_commands_is_current() {
        let path =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/generated/commands.ts");
        let ts = super::typescript();
        if std::env::var_os("UPDATE_GENERATED").is_some() {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, &ts).unwrap();
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == ts,
            "{} is stale: run UPDATE_GENERATED=1 cargo test -p tiekartta-app",
            path.display()
        );
    }
}
