// Excel in: an action list the user picks, previewed (which column became
// what, the actions it adds, the rows not understood) before it becomes one
// undoable edit of the open strategy or a new, unsaved one. Every rule of
// reading the list is the core's (`session::listing`).
import type { Changed, ListInto, ListingPreview, Opened } from "./generated/commands";

export type ListingBackend = {
  previewListDialog: (into: ListInto) => Promise<ListingPreview | null>;
  previewDroppedList: (into: ListInto) => Promise<ListingPreview | null>;
  acceptList: () => Promise<Changed>;
  acceptListNew: () => Promise<Opened>;
  dropList: () => Promise<void>;
};

export type ListingHost = {
  run: <T>(f: () => Promise<T>) => Promise<T | undefined>;
  /** Sends a call that answers with an edit through the app's queue of edits. */
  apply: (send: () => Promise<Changed>) => Promise<Changed | undefined>;
  opened: (o: Opened) => void;
  guard: () => Promise<boolean>;
  notice: (text: string) => void;
};

export class ListingState {
  #backend: ListingBackend;
  #host: ListingHost;
  /** The list previewed, shown until it is accepted or cancelled. */
  preview = $state.raw<ListingPreview | null>(null);

  constructor(backend: ListingBackend, host: ListingHost) {
    this.#backend = backend;
    this.#host = host;
  }

  /** Whether the list adds and changes nothing (accepting would change nothing). */
  get nothingNew(): boolean {
    const n = this.preview?.preview.new;
    const updated = this.preview?.updates.length ?? 0;
    return !n || (n.themes + n.goals + n.actions + n.owners === 0 && updated === 0);
  }

  /** Asks for a list and previews it for the open strategy or a new one. */
  async pick(into: ListInto): Promise<void> {
    const p = await this.#host.run(() => this.#backend.previewListDialog(into));
    if (p) this.preview = p;
  }

  /** Previews the list dropped on the window. */
  async pickDropped(into: ListInto): Promise<void> {
    const p = await this.#host.run(() => this.#backend.previewDroppedList(into));
    if (p) this.preview = p;
  }

  /** Takes the previewed list: one undoable edit, or a new strategy. */
  async accept(done: (file: string) => string): Promise<void> {
    const p = this.preview;
    if (!p) return;
    if (p.into === "open") {
      const changed = await this.#host.apply(() => this.#backend.acceptList());
      if (!changed) return;
      this.#host.notice(done(p.preview.file));
    } else {
      if (!(await this.#host.guard())) return;
      const opened = await this.#host.run(() => this.#backend.acceptListNew());
      if (!opened) return;
      this.#host.opened(opened);
    }
    this.preview = null;
  }

  async cancel(): Promise<void> {
    this.preview = null;
    await this.#host.run(() => this.#backend.dropList());
  }
}
