// The one door to the Rust shell: the only file that imports @tauri-apps/api.
// Everything else calls these functions, so stores and logic are testable
// without Tauri.
import type { UserError } from "./generated/model";
import type { ListInto, ListingPreview } from "./generated/commands";
import type { AfterMerge, AnswersTaken, Boot, ChangesOut, DraftPreview, SnapshotLine, SnapshotRecorded, Change, Changed, ConflictOut, CopiesMerged, CopyOut, Drag, Drawn, Dropped, ExportFormat, Fragment, HistoryLine, Merged, Opened, PaperSize, Picture, PrintRequest, ProblemLine, RoadmapRequest, RoundRequest, RoundSent, Rounds, Saved, Schedule, SettingsPatch, SharedAt, Synced, TextZoom } from "./generated/commands";
import { invoke } from "@tauri-apps/api/core";
import { getCurrentWindow } from "@tauri-apps/api/window";
import { listen } from "@tauri-apps/api/event";

/** Whether a thrown value is a `{code, message}` error from the shell. */
export function isUserError(e: unknown): e is UserError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

export const backend = {
  boot: () => invoke<Boot>("boot"),
  setSettings: (patch: SettingsPatch) => invoke<void>("set_settings", { patch }),
  openDialog: () => invoke<Opened | null>("open_dialog"),
  openRecent: (path: string) => invoke<Opened>("open_recent", { path }),
  importDialog: () => invoke<Opened | null>("import_dialog"),
  newFromSample: (key: string) => invoke<Opened>("new_from_sample", { key }),
  newBlank: (town: string, years: string, themeWord: string | null) => invoke<Opened>("new_blank", { town, years, themeWord }),
  change: (change: Change, label: string, key: string | null) => invoke<Changed>("change", { change, label, key }),
  undo: () => invoke<Changed>("undo"),
  redo: () => invoke<Changed>("redo"),
  save: () => invoke<Saved | null>("save"),
  saveAs: () => invoke<Saved | null>("save_as"),
  closeDocument: () => invoke<void>("close_document"),
  recover: () => invoke<Opened>("recover"),
  discardRecovery: () => invoke<void>("discard_recovery"),
  problems: () => invoke<ProblemLine[]>("problems"),
  /** What falls due and what is late on `today`, by the core's one rule (null with no strategy open). */
  schedule: (today: string) => invoke<Schedule | null>("schedule", { today }),
  readDate: (text: string) => invoke<string | null>("parse_date", { text }),
  roadmap: (request: RoadmapRequest) => invoke<Picture>("roadmap", { request }),
  roadmapDrag: (request: RoadmapRequest, drag: Drag) => invoke<Fragment>("roadmap_drag", { request, drag }),
  dropDrag: (drag: Drag) => invoke<Changed>("drop_drag", { drag }),
  drawAction: (request: RoadmapRequest, drawn: Drawn) => invoke<Changed>("draw_action", { request, drawn }),
  handout: (request: PrintRequest) => invoke<Picture>("handout", { request }),
  /** Asks where (starting in the file's folder) and writes the handout as PDF, PowerPoint or PNG. */
  exportHandout: (request: PrintRequest, format: ExportFormat) => invoke<Saved | null>("export_handout", { request, format }),
  /** Prints the page's print-only part through the system's dialog (the shell on Linux, else the web view's `window.print()`). */
  print: async (paper: PaperSize, landscape: boolean) => {
    if (!(await invoke<boolean>("print_handout", { paper, landscape }))) window.print();
  },
  mergeDialog: () => invoke<Merged | null>("merge_dialog"),
  resolve: (conflict: string, value: string) => invoke<Merged>("resolve", { conflict, value }),
  conflicts: () => invoke<ConflictOut[]>("conflicts"),
  history: () => invoke<HistoryLine[]>("history"),
  /** Watches the open file's folder; returns the conflict copies already there. */
  followFolder: () => invoke<CopyOut[]>("follow_folder"),
  mergeConflictCopies: (paths: string[], after: AfterMerge) =>
    invoke<CopiesMerged>("merge_conflict_copies", { paths, after }),
  /** What the folder watcher brings: another save merged in, the conflict copies now, a failure. */
  onFolder: async (on: { cameIn: (m: Merged) => void; copies: (c: CopyOut[]) => void; error: (e: UserError) => void }) => {
    const stops = await Promise.all([
      listen<Merged>("disk-changed", (e) => on.cameIn(e.payload)),
      listen<CopyOut[]>("conflict-copies", (e) => on.copies(e.payload)),
      listen<UserError>("folder-error", (e) => on.error(e.payload)),
    ]);
    return () => stops.forEach((stop) => stop());
  },
  /** One step of the roadmap's text zoom; resolves with the new scale. */
  zoomText: (step: TextZoom) => invoke<number>("zoom_text", { step }),
  /** Quits the app (ask about unsaved work first). */
  quit: () => invoke<void>("quit"),
  /** Opens the file dropped last on the window. */
  openDropped: () => invoke<Opened | null>("open_dropped"),
  /** Merges the file dropped last on the window (a copy of the open strategy) in. */
  mergeDropped: () => invoke<Merged | null>("merge_dropped"),
  /** The follow-up rounds of the open project. */
  rounds: () => invoke<Rounds>("rounds"),
  /** Asks for a folder and sends the round's workbooks into it. */
  sendRound: (request: RoundRequest) => invoke<RoundSent | null>("send_round", { request }),
  /** Asks for returned workbooks and takes them in. */
  takeAnswersDialog: () => invoke<AnswersTaken | null>("take_answers_dialog"),
  /** Takes the workbook dropped last on the window in. */
  takeDroppedAnswer: () => invoke<AnswersTaken | null>("take_dropped_answer"),
  /** The core's draft of a strategy's text, line by line. */
  draft: (text: string) => invoke<DraftPreview>("draft", { text }),
  /** Asks for a .txt, .md or .docx and gives its text. */
  draftSourceDialog: () => invoke<string | null>("draft_source_dialog"),
  /** Makes the draft of `text` the open, unsaved strategy. */
  acceptDraft: (text: string) => invoke<Opened>("accept_draft", { text }),
  /** Asks for an action list (.xlsx, .csv) and previews it for the open strategy or a new one. */
  previewListDialog: (into: ListInto) => invoke<ListingPreview | null>("preview_list_dialog", { into }),
  /** Previews the file dropped last on the window (an action list) for the open strategy or a new one. */
  previewDroppedList: (into: ListInto) => invoke<ListingPreview | null>("preview_dropped_list", { into }),
  /** Adds the previewed action list to the open strategy as one undoable edit. */
  acceptList: () => invoke<Changed>("accept_list"),
  /** Makes the previewed action list a new, unsaved strategy. */
  acceptListNew: () => invoke<Opened>("accept_list_new"),
  /** Forgets the previewed action list. */
  dropList: () => invoke<void>("drop_list"),
  /** The council snapshots of the open project, newest first. */
  snapshots: () => invoke<SnapshotLine[]>("snapshots"),
  /** Records a snapshot for a meeting and saves the file. */
  recordSnapshot: (meeting: string, date: string, handouts: string[]) => invoke<SnapshotRecorded>("record_snapshot", { meeting, date, handouts }),
  /** What changed since a snapshot. */
  changesSince: (since: string) => invoke<ChangesOut>("changes_since", { since }),
  /** Where the open strategy is shared, if it is. */
  sharedAt: () => invoke<SharedAt | null>("shared_at"),
  /** Shares the open project file to a sync server. */
  share: (server: string) => invoke<Synced>("share", { server }),
  /** Syncs the open strategy with its server now. */
  syncNow: () => invoke<Synced | null>("sync_now"),
  /** Asks where to keep a strategy of a sync server, and opens it. */
  openSharedDialog: (server: string, id: string) => invoke<Opened | null>("open_shared_dialog", { server, id }),
  /** What the background sync of a shared strategy brings: edits, a failure, the connection back. */
  onSync: async (on: { synced: (s: Synced) => void; error: (e: UserError) => void; ok: () => void }) => {
    const stops = await Promise.all([
      listen<Synced>("synced", (e) => on.synced(e.payload)),
      listen<UserError>("sync-error", (e) => on.error(e.payload)),
      listen<null>("sync-ok", () => on.ok()),
    ]);
    return () => stops.forEach((stop) => stop());
  },
  /** A menu item of the menu bar chosen (its id), or a file dropped on the window. */
  onShell: async (on: { menu: (id: string) => void; dropped: (d: Dropped) => void }) => {
    const stops = await Promise.all([
      listen<string>("menu", (e) => on.menu(e.payload)),
      listen<Dropped>("file-dropped", (e) => on.dropped(e.payload)),
    ]);
    return () => stops.forEach((stop) => stop());
  },
  setTitle: (title: string) => getCurrentWindow().setTitle(title),
  /** Calls `ask` when the window is about to close; closing goes on only if it resolves true. */
  onCloseRequested: (ask: () => Promise<boolean>) =>
    getCurrentWindow().onCloseRequested(async (event) => {
      if (!(await ask())) event.preventDefault();
    }),
};

export type Backend = typeof backend;
