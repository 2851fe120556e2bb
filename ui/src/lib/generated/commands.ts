// Generated from src/session/ by `UPDATE_GENERATED=1 cargo test --test generated`.
// Do not edit: change the Rust types instead.

import type { Cadence, DocumentKind, Id, Lang, MilestoneKind, Measurement, OwnerKind, PlanDate, Status, Strategy, UserError } from "./model";

export type Boot = { 
/**
 * The language chosen in the settings.
 */
lang: Lang, 
/**
 * The author name recorded in history.
 */
author: string, 
/**
 * Recently opened files, newest first.
 */
recent: Array<RecentFile>, 
/**
 * The samples a new strategy can start from.
 */
samples: Array<Sample>, 
/**
 * Unsaved work left by a crash, if any.
 */
recovery: Recovery | null, 
/**
 * The file given on the command line, opened.
 */
startup: Opened | null, 
/**
 * Why the file given on the command line could not be opened.
 */
startupError: UserError | null, 
/**
 * The document the session still holds when the page was loaded again
 * (a reload): shown again at once, unsaved work and undo included.
 */
reloaded: Opened | null, 
/**
 * The roadmap's text zoom (1 the plain size).
 */
textScale: number, 
/**
 * The app's version.
 */
version: string, };

export type RecentFile = { 
/**
 * Full path.
 */
path: string, 
/**
 * File name only.
 */
fileName: string, };

export type Dropped = { 
/**
 * File name only.
 */
fileName: string, 
/**
 * Another copy of the open strategy: offer to merge it in.
 */
copyOfOpen: boolean, 
/**
 * A returned workbook of a follow-up round: offer to take it in.
 */
answer: boolean, 
/**
 * An action list (a spreadsheet that is no round's answer): offer to
 * bring it in ([`super::listing`]).
 */
list: boolean, };

export type Sample = { 
/**
 * Key to ask for it by.
 */
key: string, 
/**
 * The town.
 */
town: string, 
/**
 * The strategy's name.
 */
name: string, };

export type Recovery = { 
/**
 * The strategy's name.
 */
name: string, 
/**
 * The file it belonged to, if it had been saved.
 */
path: string | null, 
/**
 * When it was written (RFC 3339).
 */
savedAt: string, };

export type Opened = { 
/**
 * Where it is saved; none for a new or imported strategy.
 */
path: string | null, 
/**
 * The name shown in the title bar.
 */
fileName: string, 
/**
 * The strategy.
 */
strategy: Strategy, 
/**
 * What is wrong with it.
 */
problems: Array<ProblemLine>, 
/**
 * The undo stacks (empty; dirty for new, imported or recovered work).
 */
undo: UndoState, 
/**
 * The dates actions take from their phases.
 */
phaseDates: Array<PhaseDates>, };

export type Changed = { 
/**
 * The strategy now.
 */
strategy: Strategy, 
/**
 * What is wrong with it.
 */
problems: Array<ProblemLine>, 
/**
 * The undo stacks.
 */
undo: UndoState, 
/**
 * The dates actions take from their phases.
 */
phaseDates: Array<PhaseDates>, 
/**
 * The item the change made (a drawn action), if any.
 */
created: string | null, };

export type Change = { "op": "strategy", 
/**
 * The fields and their new values.
 */
fields: Record<string, unknown>, } | { "op": "item", 
/**
 * The item.
 */
path: Array<Step>, 
/**
 * The fields and their new values.
 */
fields: Record<string, unknown>, } | { "op": "add", 
/**
 * The item the list belongs to; empty for a top-level list.
 */
parent: Array<Step>, 
/**
 * The list.
 */
list: ListKey, 
/**
 * The new item's fields.
 */
item: Record<string, unknown>, } | { "op": "remove", 
/**
 * The item.
 */
path: Array<Step>, } | { "op": "move", 
/**
 * The item.
 */
path: Array<Step>, 
/**
 * Up (-1) or down (+1).
 */
by: number, } | { "op": "status", 
/**
 * The action.
 */
action: Id, 
/**
 * The new status.
 */
status: Status, 
/**
 * When it changed.
 */
date: PlanDate, 
/**
 * Why, in a few words.
 */
note: string, 
/**
 * The recorded change's id; a fresh one when none is given.
 */
id: Id | null, } | { "op": "occurrence", 
/**
 * The action, document or milestone.
 */
item: Id, 
/**
 * The occurrence: its due date.
 */
occurrence: PlanDate, 
/**
 * Its status.
 */
status: Status, 
/**
 * When it changed.
 */
date: PlanDate, 
/**
 * Why, in a few words.
 */
note: string, 
/**
 * The recorded change's id; a fresh one when none is given.
 */
id: Id | null, } | { "op": "actual", 
/**
 * The indicator.
 */
indicator: Id, 
/**
 * The measurement.
 */
actual: Measurement, } | { "op": "removeActual", 
/**
 * The indicator.
 */
indicator: Id, 
/**
 * The actual's date.
 */
date: PlanDate, } | { "op": "periodEnd", 
/**
 * The document, or none for the strategy.
 */
path: Array<Step> | null, 
/**
 * Which end.
 */
end: End, 
/**
 * The date, or none to clear it.
 */
date: PlanDate | null, } | { "op": "all", 
/**
 * The edits, in order.
 */
changes: Array<Change>, };

export type Step = { 
/**
 * The list.
 */
list: ListKey, 
/**
 * The entity's id.
 */
id: Id, };

export type End = "start" | "end";

export type ListKey = "startingPoints" | "values" | "themes" | "foundation" | "actions" | "owners" | "documents" | "phases" | "milestones" | "indicators" | "events" | "goals" | "successFactors" | "points" | "children" | "statusHistory" | "topics";

export type UndoState = { 
/**
 * Whether there is a step to undo.
 */
canUndo: boolean, 
/**
 * Whether there is a step to redo.
 */
canRedo: boolean, 
/**
 * What undo would take back.
 */
undoLabel: string, 
/**
 * What redo would do again.
 */
redoLabel: string, 
/**
 * Whether the document differs from its file.
 */
dirty: boolean, };

export type PhaseDates = { 
/**
 * The action's id.
 */
id: string, 
/**
 * The earliest start (ISO, at its precision).
 */
start: string, 
/**
 * The latest end.
 */
due: string, };

export type ProblemLine = { 
/**
 * `true` for an error, `false` for a warning.
 */
error: boolean, 
/**
 * The id of the entity it is about.
 */
id: string, 
/**
 * The readable sentence in the user's language.
 */
text: string, };

export type Saved = { 
/**
 * Full path.
 */
path: string, 
/**
 * File name only.
 */
fileName: string, 
/**
 * The undo stacks (no longer dirty).
 */
undo: UndoState, 
/**
 * What another program had saved to the file since it was read, merged
 * in before writing (the strategy shown changed with it).
 */
cameIn: Merged | null, };

export type SettingsPatch = { 
/**
 * The language of the UI and of messages.
 */
lang: Lang | null, 
/**
 * The author name recorded in history.
 */
author: string | null, };

export type TextZoom = "bigger" | "smaller" | "plain";

export type Zoom = "year" | "quarter" | "month" | "week";

export type RoadmapRequest = { 
/**
 * The width available, in CSS pixels.
 */
width: number, 
/**
 * The height available, in CSS pixels: the lanes grow to fill it.
 * Absent: as tall as the rows need.
 */
height: number | null, 
/**
 * The time unit.
 */
zoom: Zoom, 
/**
 * Only these themes (empty: all).
 */
themes: Array<string>, 
/**
 * Only actions of these owners (empty: all).
 */
owners: Array<string>, 
/**
 * Only actions with these statuses (empty: all).
 */
statuses: Array<Status>, 
/**
 * The first year shown.
 */
from: number | null, 
/**
 * The last year shown.
 */
to: number | null, 
/**
 * Only the items reaching into this part of the picture are drawn (a
 * large roadmap is drawn a part at a time); all of them when absent.
 */
area: Area | null, 
/**
 * The dates the actions had at this council snapshot, drawn as ghost
 * bars under those that moved since; none when absent.
 */
ghost: string | null, };

export type Area = { 
/**
 * Left.
 */
x: number, 
/**
 * Top.
 */
y: number, 
/**
 * Width.
 */
w: number, 
/**
 * Height.
 */
h: number, };

export type DragEdge = "move" | "start" | "due";

export type Drag = { 
/**
 * The dragged item's id.
 */
id: string, 
/**
 * How many days the pointer has moved.
 */
days: number, 
/**
 * What moves.
 */
edge: DragEdge, };

export type Drawn = { 
/**
 * The theme of the lane.
 */
theme: string, 
/**
 * Where the pointer was pressed, in the picture's points.
 */
x1: number, 
/**
 * Where it was released.
 */
x2: number, };

export type HandoutKind = "roadmap" | "onePage" | "actions" | "progress" | "changes" | "deck";

export type PaperSize = "a4" | "a3";

export type PrintRequest = { 
/**
 * Which handout.
 */
kind: HandoutKind, 
/**
 * The paper.
 */
paper: PaperSize, 
/**
 * Landscape (else portrait).
 */
landscape: boolean, 
/**
 * The first year shown.
 */
from: number | null, 
/**
 * The last year shown.
 */
to: number | null, 
/**
 * The language of the handout.
 */
lang: Lang, 
/**
 * The strategy as it stood at this council snapshot (its id then in
 * the footer); now when absent.
 */
snapshot: string | null, 
/**
 * On the roadmap, this snapshot's dates of the actions that moved
 * since, as ghost bars.
 */
ghost: string | null, 
/**
 * For the changes handout: since this snapshot (the latest when absent).
 */
since: string | null, 
/**
 * For the changes handout: until this snapshot (now when absent).
 */
until: string | null, };

export type ExportFormat = { "format": "pdf" } | { "format": "pptx", 
/**
 * 4:3 slides.
 */
standard: boolean, } | { "format": "png", 
/**
 * Dots per inch.
 */
dpi: number, };

export type LaneBox = { 
/**
 * The theme's id.
 */
theme: string, 
/**
 * Left.
 */
x: number, 
/**
 * Top.
 */
y: number, 
/**
 * Width.
 */
w: number, 
/**
 * Height.
 */
h: number, };

export type Scale = { 
/**
 * The day at `x0` (ISO).
 */
origin: string, 
/**
 * The x of the start of `origin`.
 */
x0: number, 
/**
 * Points (CSS pixels on screen) per day.
 */
pointsPerDay: number, 
/**
 * The swimlanes.
 */
lanes: Array<LaneBox>, 
/**
 * Where each action's bar is, drawn or not: the screen scrolls to a
 * selected action before its part of the picture is drawn.
 */
bars: Array<BarBox>, };

export type BarBox = { 
/**
 * The action's id.
 */
id: string, 
/**
 * Left.
 */
x: number, 
/**
 * Top.
 */
y: number, 
/**
 * Width.
 */
w: number, 
/**
 * Height.
 */
h: number, 
/**
 * The bar in words: name, owners, dates, status, late (its tooltip,
 * and what the keyboard's selection announces).
 */
label: string, };

export type Picture = { 
/**
 * Every page as SVG.
 */
pages: Array<string>, 
/**
 * Width of the first page, points.
 */
width: number, 
/**
 * Height of the first page, points.
 */
height: number, 
/**
 * The roadmap's time scale.
 */
scale: Scale | null, 
/**
 * How many texts were shortened to fit.
 */
truncated: number, 
/**
 * Layout and SVG time, microseconds.
 */
micros: number, };

export type Fragment = { 
/**
 * The items whose elements these are.
 */
ids: Array<string>, 
/**
 * The elements, without the `<svg>` wrapper.
 */
svg: string, 
/**
 * Layout and SVG time, microseconds.
 */
micros: number, };

export type HistoryLine = { 
/**
 * The heading: when, who, in which copy.
 */
heading: string, 
/**
 * What was edited, one line per entity.
 */
details: Array<string>, };

export type Incoming = { 
/**
 * The copy's file name.
 */
name: string, 
/**
 * Its edits the other copy did not have.
 */
changes: Array<HistoryLine>, 
/**
 * Who changed how much, one line per author ("Sivistysjohtaja muutti
 * 3 toimenpidettä").
 */
summary: Array<string>, };

export type ChoiceOut = { 
/**
 * What to pass to `resolve`.
 */
id: string, 
/**
 * The value as text (a deleted entity: empty).
 */
text: string, 
/**
 * Who set it.
 */
authors: Array<string>, 
/**
 * When (local time).
 */
time: string, };

export type ConflictKind = "field" | "moved" | "editDelete" | "bothAdded" | "text";

export type ConflictOut = { 
/**
 * Stable id.
 */
id: string, 
/**
 * What kind of conflict (the core's own kind).
 */
kind: ConflictKind, 
/**
 * The kind of entity (`action`, `value`…).
 */
entity: string, 
/**
 * The entity's id.
 */
entityId: string, 
/**
 * The entity's name.
 */
name: string, 
/**
 * The field, or empty for the entity itself.
 */
field: string, 
/**
 * The values side by side.
 */
values: Array<ChoiceOut>, 
/**
 * The value shown until someone chooses.
 */
default: string, };

export type Merged = { 
/**
 * The strategy after the merge.
 */
strategy: Strategy, 
/**
 * Its validation problems.
 */
problems: Array<ProblemLine>, 
/**
 * What each copy brought (empty after a resolve).
 */
incoming: Array<Incoming>, 
/**
 * The conflicts still open.
 */
conflicts: Array<ConflictOut>, 
/**
 * The undo stacks (the merge or the choice is one step).
 */
undo: UndoState, 
/**
 * The dates actions take from their phases.
 */
phaseDates: Array<PhaseDates>, };

export type CopyOut = { 
/**
 * Full path (what to pass back to merge it).
 */
path: string, 
/**
 * File name only.
 */
fileName: string, };

export type AfterMerge = "rename" | "trash" | "keep";

export type CopiesMerged = { 
/**
 * The merge, as for a copy picked in a dialog.
 */
merged: Merged, 
/**
 * The save that followed (none when it failed: then no copy was set
 * aside, and `not_set_aside` says why).
 */
saved: Saved | null, 
/**
 * The copies set aside (file names).
 */
setAside: Array<string>, 
/**
 * The copies that could not be set aside, with why.
 */
notSetAside: Array<string>, };

export type FolderNews = { 
/**
 * What another program saved to the open file, now merged in.
 */
cameIn: Merged | null, 
/**
 * The conflict copies beside the file now, when one of them came,
 * changed or went.
 */
copies: Array<CopyOut> | null, };

export type RoundRequest = { 
/**
 * The round's name: "Syksyn 2026 seuranta".
 */
name: string, 
/**
 * The owners asked (ids); empty asks everyone who owns an action, an
 * indicator or a recurring report.
 */
owners: Array<string>, 
/**
 * The periods whose actuals are asked ("2026"); empty asks this year.
 */
periods: Array<string>, 
/**
 * When the answers are due, as typed (16.10.2026, 10/2026), if said.
 */
deadline: string | null, 
/**
 * Whom the answers go back to; empty is the author in the settings.
 */
replyTo: string, 
/**
 * The workbooks' language.
 */
lang: Lang, };

export type Askable = { 
/**
 * The owner's id.
 */
id: string, 
/**
 * The owner's name.
 */
name: string, 
/**
 * How many actions they own.
 */
actions: number, 
/**
 * How many indicators they own.
 */
indicators: number, 
/**
 * How many recurring plans, reports and programmes they own.
 */
reports: number, };

export type RoundOwner = { 
/**
 * The owner's id.
 */
id: string, 
/**
 * The owner's name.
 */
name: string, 
/**
 * The workbook sent.
 */
file: string, 
/**
 * How many actions and indicators it asked about.
 */
actions: number, 
/**
 * How many indicators it asked about.
 */
indicators: number, 
/**
 * How many recurring reports' next occurrences it asked about.
 */
reports: number, 
/**
 * When the latest answer came in (22.11.2026), if one has.
 */
answered: string | null, 
/**
 * How many values the owner's answers changed.
 */
changed: number, 
/**
 * How many of the owner's values wait for a choice (in the merge view).
 */
waiting: number, 
/**
 * For an owner who has not answered: a reminder to paste in an e-mail.
 */
reminder: string, };

export type RoundLine = { 
/**
 * The round's id.
 */
id: string, 
/**
 * The round's name.
 */
name: string, 
/**
 * When it went out, as Finns write dates.
 */
sent: string, 
/**
 * When the answers are due, if said.
 */
deadline: string | null, 
/**
 * Whom the answers go back to.
 */
replyTo: string, 
/**
 * The periods asked, as written.
 */
periods: Array<string>, 
/**
 * Every owner it went to, in the order it went.
 */
owners: Array<RoundOwner>, 
/**
 * How many of them have answered.
 */
answered: number, };

export type Rounds = { 
/**
 * The rounds, newest first.
 */
rounds: Array<RoundLine>, 
/**
 * The owners who own an action or an indicator.
 */
askable: Array<Askable>, 
/**
 * Whether the document is a saved project file, where rounds are kept.
 */
canSend: boolean, };

export type RoundSent = { 
/**
 * The folder the workbooks went into.
 */
folder: string, 
/**
 * The workbooks written, by file name.
 */
files: Array<string>, 
/**
 * The rounds now.
 */
rounds: Rounds, 
/**
 * The saved project (the round is recorded in it); what another
 * program had saved to it came in first.
 */
saved: Merged, };

export type TakenAnswer = { 
/**
 * The file it came in.
 */
file: string, 
/**
 * The owner who answered.
 */
owner: string, 
/**
 * What it changed, a line each.
 */
lines: Array<string>, };

export type AnswersTaken = { 
/**
 * The answers that changed something.
 */
taken: Array<TakenAnswer>, 
/**
 * Files, sheets, rows and cells that could not be taken, a line each
 * naming the place ("Sivistysjohtaja.xlsx, Mittarit, rivi 3, sarake G: …").
 */
problems: Array<string>, 
/**
 * How many values both the owner and the project changed: chosen in the merge view.
 */
waiting: number, 
/**
 * The strategy after the answers (each one undoable step).
 */
merged: Merged, 
/**
 * The rounds now.
 */
rounds: Rounds, };

export type SharedAt = { 
/**
 * The server's address (`wss://…`).
 */
server: string, 
/**
 * The document's id on the server (unguessable: whoever has it can open the strategy).
 */
document: string, };

export type Synced = { 
/**
 * Where the strategy is shared.
 */
shared: SharedAt, 
/**
 * What came from the server (empty when nothing did).
 */
incoming: Array<Incoming>, 
/**
 * The strategy after the sync (what came in is one undoable step), saved.
 */
merged: Merged, };

export type DraftLine = { 
/**
 * The line's number in the text, from 1.
 */
number: number, 
/**
 * The line as written.
 */
text: string, 
/**
 * What it became ("Arvo", "Toimenpide", "Visio"), or `None` when it
 * was not understood.
 */
became: string | null, };

export type DraftCounts = { 
/**
 * Themes (by the town's own word).
 */
themes: number, 
/**
 * Goals of every theme.
 */
goals: number, 
/**
 * Values.
 */
values: number, 
/**
 * Actions.
 */
actions: number, 
/**
 * Owners.
 */
owners: number, };

export type DraftPreview = { 
/**
 * The strategy drafted.
 */
strategy: Strategy, 
/**
 * Every non-empty source line, in order.
 */
lines: Array<DraftLine>, 
/**
 * How many lines were understood.
 */
placed: number, 
/**
 * How many were not.
 */
missed: number, 
/**
 * The draft's validation problems.
 */
problems: Array<ProblemLine>, 
/**
 * What the draft holds, counted.
 */
counts: DraftCounts, };

export type ListField = "theme" | "goal" | "action" | "owner" | "start" | "due" | "status" | "path";

export type ListColumn = { 
/**
 * The column's letters: `C`.
 */
column: string, 
/**
 * Its header as written.
 */
header: string, 
/**
 * What it was read as; none when it is not used.
 */
field: ListField | null, };

export type ListCounts = { 
/**
 * Themes.
 */
themes: number, 
/**
 * Goals.
 */
goals: number, 
/**
 * Actions.
 */
actions: number, 
/**
 * Owners.
 */
owners: number, };

export type ListRowProblem = { 
/**
 * The row as the spreadsheet shows it (1 = first).
 */
row: number, 
/**
 * The column's letters, if the problem is in one cell.
 */
column: string | null, 
/**
 * What is wrong: the message's catalogue id.
 */
code: string, };

export type ListUpdate = { 
/**
 * The row as the spreadsheet shows it (1 = first).
 */
row: number, 
/**
 * The action's name.
 */
action: string, 
/**
 * Each value that changes.
 */
changes: Array<ListValueChange>, };

export type ListValueChange = { 
/**
 * The field (its JSON name): `start`, `due`, `owners` or `status`.
 */
field: string, 
/**
 * The value before as shown ("1/2026", owners' names), a status by
 * its catalogue id; empty when there was none.
 */
old: string, 
/**
 * The value after, as `old`.
 */
new: string, };

export type ListPreview = { 
/**
 * The file, as given.
 */
file: string, 
/**
 * The sheet the list was found on.
 */
sheet: string, 
/**
 * The header row as the spreadsheet shows it (1 = first).
 */
headerRow: number, 
/**
 * Every headed column, with what it became.
 */
columns: Array<ListColumn>, 
/**
 * The rows read below the header (empty rows not counted).
 */
rows: number, 
/**
 * What the list adds.
 */
new: ListCounts, 
/**
 * What the list names that the strategy has already.
 */
existing: ListCounts, 
/**
 * The existing actions whose start, due, owners or status the list
 * changes, each value old » new.
 */
updated: Array<ListUpdate>, 
/**
 * Rows and cells not understood; the rest is taken.
 */
notUnderstood: Array<ListRowProblem>, };

export type ListInto = "open" | "new";

export type ListedAction = { 
/**
 * The theme it goes under.
 */
theme: string, 
/**
 * Whether the theme is made by the list.
 */
newTheme: boolean, 
/**
 * Its goal, if the list names one.
 */
goal: string | null, 
/**
 * Whether the goal is made by the list.
 */
newGoal: boolean, 
/**
 * The action's name.
 */
name: string, 
/**
 * Its owners' names.
 */
owners: Array<string>, 
/**
 * When it starts, at the precision written.
 */
start: PlanDate | null, 
/**
 * When it is due.
 */
due: PlanDate | null, 
/**
 * Its status.
 */
status: Status, };

export type ListProblemLine = { 
/**
 * The row as the spreadsheet shows it (1 = first), if the problem has one.
 */
row: number | null, 
/**
 * The column's letters, if the problem is in one cell.
 */
column: string | null, 
/**
 * What is wrong, in the user's language.
 */
text: string, };

export type ListingPreview = { 
/**
 * Where it goes when accepted.
 */
into: ListInto, 
/**
 * The mapping found: columns, counts, rows not understood.
 */
preview: ListPreview, 
/**
 * The actions the list adds, in its order.
 */
actions: Array<ListedAction>, 
/**
 * The existing actions it changes, a line each in words, old » new.
 */
updates: Array<string>, 
/**
 * The problems by row and column, in words.
 */
problems: Array<ListProblemLine>, };

export type SnapshotLine = { 
/**
 * Its short id, the one a handout's footer carries.
 */
id: string, 
/**
 * The meeting it was recorded for.
 */
meeting: string, 
/**
 * The meeting's date, as Finns write it.
 */
date: string, 
/**
 * Who recorded it.
 */
author: string, };

export type SnapshotRecorded = { 
/**
 * The short id of the snapshot recorded.
 */
id: string, 
/**
 * The snapshots, newest first.
 */
snapshots: Array<SnapshotLine>, 
/**
 * The undo stacks, no longer dirty.
 */
undo: UndoState, };

export type ChangesOut = { 
/**
 * The snapshot compared with.
 */
since: string, 
/**
 * Nothing changed since.
 */
empty: boolean, 
/**
 * The report, a line each, in the user's language (headings first in their section).
 */
lines: Array<string>, };

export type DueKind = "action" | "document" | "milestone";

export type Verdict = "open" | "atRisk" | "late" | "done";

export type Due = { 
/**
 * Action, document or milestone.
 */
kind: DueKind, 
/**
 * The item's id.
 */
id: Id, 
/**
 * When this occurrence falls due, at the item's precision.
 */
date: PlanDate, 
/**
 * Whether the item recurs (so the date names the occurrence).
 */
recurring: boolean, 
/**
 * The status recorded for this occurrence (milestones: not started).
 */
status: Status, 
/**
 * What the rule says of it today.
 */
verdict: Verdict, 
/**
 * Whether the follow-up asks for this occurrence's own status: each
 * occurrence of a recurring action, every document's, and a
 * milestone's that is something to deliver (an evaluation, or one with
 * a status recorded). A one-off action is followed as a whole.
 */
followed: boolean, 
/**
 * Whether a status is recorded for it: false only for a milestone
 * followed up (an evaluation) before anyone has recorded one, which
 * then passes on its date as an event does.
 */
recorded: boolean, };

export type ItemVerdict = { 
/**
 * The item's id.
 */
id: Id, 
/**
 * Late when any occurrence is late; at risk, done or open as recorded.
 */
verdict: Verdict, };

export type Schedule = { 
/**
 * The day judged on.
 */
today: PlanDate, 
/**
 * Every occurrence, earliest first.
 */
dues: Array<Due>, 
/**
 * The verdict on each action as a whole, in the strategy's order.
 */
actions: Array<ItemVerdict>, };

export const STATUSES: readonly Status[] = ["notStarted","onTrack","atRisk","late","done"];

export const ZOOMS: readonly Zoom[] = ["year","quarter","month","week"];

export const HANDOUT_KINDS: readonly HandoutKind[] = ["roadmap","onePage","actions","progress","changes","deck"];

export const PAPERS: readonly PaperSize[] = ["a4","a3"];

export const DOCUMENT_KINDS: readonly DocumentKind[] = ["plan","report","programme"];

export const OWNER_KINDS: readonly OwnerKind[] = ["person","unit","board","organisation","group","role"];

export const MILESTONE_KINDS: readonly MilestoneKind[] = ["kickOff","council","board","evaluation","other"];

export const CADENCES: readonly Cadence[] = ["once","yearly","councilTerm","quarterly","monthly"];
