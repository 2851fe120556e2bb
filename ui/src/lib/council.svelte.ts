// The council's meetings as the app shows them: the snapshots recorded in
// the project, the form of a new one, and what changed since one. The Merge
// view's council panel and the print view share it; every rule (the id,
// where in the history, what counts as a change and its words) is the core's.
import type { ChangesOut, SnapshotLine, SnapshotRecorded, UndoState } from "./generated/commands";

export type CouncilBackend = {
  snapshots: () => Promise<SnapshotLine[]>;
  recordSnapshot: (meeting: string, date: string, handouts: string[]) => Promise<SnapshotRecorded>;
  changesSince: (since: string) => Promise<ChangesOut>;
};

/** What the app lends: its error handling and its undo stacks (recording saves the file). */
export type CouncilHost = {
  run: <T>(f: () => Promise<T>) => Promise<T | undefined>;
  saved: (undo: UndoState) => void;
};

export class CouncilState {
  #backend: CouncilBackend;
  #host: CouncilHost;
  /** The snapshots, newest first (the first is the core's `latest`). */
  list = $state<SnapshotLine[]>([]);
  /** The new snapshot's meeting and date. */
  meeting = $state("");
  date = $state("");
  /** The changes shown, since one snapshot. */
  shown = $state<ChangesOut | null>(null);

  constructor(backend: CouncilBackend, host: CouncilHost) {
    this.#backend = backend;
    this.#host = host;
  }

  /** The snapshots of the open project (none without a project file). */
  async load(): Promise<void> {
    try { this.list = await this.#backend.snapshots(); } catch { this.list = []; }
  }

  canRecord(): boolean {
    return this.meeting.trim() !== "";
  }

  /** Records the strategy as it stands for the meeting (the file is saved); resolves with the new id. */
  async record(handouts: string[] = []): Promise<string | null> {
    const r = await this.#host.run(() => this.#backend.recordSnapshot(this.meeting, this.date, handouts));
    if (!r) return null;
    this.list = r.snapshots;
    this.meeting = "";
    this.#host.saved(r.undo);
    return r.id;
  }

  /** Shows what changed since `id`, or hides it when it is shown. */
  async show(id: string): Promise<void> {
    if (this.shown?.since === id) { this.shown = null; return; }
    const c = await this.#host.run(() => this.#backend.changesSince(id));
    if (c) this.shown = c;
  }
}
