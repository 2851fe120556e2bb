// The one door to the Rust shell: the only file that imports @tauri-apps/api.
// Everything else calls these functions, so stores and logic are testable
// without Tauri.
import type { Strategy, UserError } from "./generated/model";
import type { Boot, Changed, ConflictOut, Drag, Drawn, Fragment, HistoryLine, Merged, Opened, Picture, PrintRequest, ProblemLine, RoadmapRequest, Saved, SettingsPatch } from "./generated/commands";
import { invoke } from "@tauri-apps/api/core";
import { getCurrentWindow } from "@tauri-apps/api/window";

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
  edit: (strategy: Strategy, label: string, key: string | null) => invoke<Changed>("edit", { strategy, label, key }),
  undo: () => invoke<Changed>("undo"),
  redo: () => invoke<Changed>("redo"),
  save: () => invoke<Saved | null>("save"),
  saveAs: () => invoke<Saved | null>("save_as"),
  closeDocument: () => invoke<void>("close_document"),
  recover: () => invoke<Opened>("recover"),
  discardRecovery: () => invoke<void>("discard_recovery"),
  problems: () => invoke<ProblemLine[]>("problems"),
  readDate: (text: string) => invoke<string | null>("parse_date", { text }),
  roadmap: (request: RoadmapRequest) => invoke<Picture>("roadmap", { request }),
  roadmapDrag: (request: RoadmapRequest, drag: Drag) => invoke<Fragment>("roadmap_drag", { request, drag }),
  dropDrag: (drag: Drag) => invoke<Changed>("drop_drag", { drag }),
  drawAction: (request: RoadmapRequest, drawn: Drawn) => invoke<Changed>("draw_action", { request, drawn }),
  handout: (request: PrintRequest) => invoke<Picture>("handout", { request }),
  exportPdf: (request: PrintRequest) => invoke<Saved | null>("export_pdf", { request }),
  mergeDialog: () => invoke<Merged | null>("merge_dialog"),
  resolve: (conflict: string, value: string) => invoke<Merged>("resolve", { conflict, value }),
  conflicts: () => invoke<ConflictOut[]>("conflicts"),
  history: () => invoke<HistoryLine[]>("history"),
  setTitle: (title: string) => getCurrentWindow().setTitle(title),
  /** Calls `ask` when the window is about to close; closing goes on only if it resolves true. */
  onCloseRequested: (ask: () => Promise<boolean>) =>
    getCurrentWindow().onCloseRequested(async (event) => {
      if (!(await ask())) event.preventDefault();
    }),
};

export type Backend = typeof backend;
