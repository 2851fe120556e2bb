// Bringing in a strategy from text: the text as typed or opened, and the
// core's draft of it, asked again a moment after each keystroke. Every
// rule of reading the text is the core's (`session::drafting`).
import type { DraftPreview, Opened } from "./generated/commands";

export type DraftBackend = {
  draft: (text: string) => Promise<DraftPreview>;
  draftSourceDialog: () => Promise<string | null>;
  acceptDraft: (text: string) => Promise<Opened>;
};

export type DraftHost = {
  run: <T>(f: () => Promise<T>) => Promise<T | undefined>;
  opened: (o: Opened) => void;
  guard: () => Promise<boolean>;
};

/** How long typing pauses before the text is drafted again. */
export const DRAFT_PAUSE_MS = 250;

export class DraftState {
  #backend: DraftBackend;
  #host: DraftHost;
  /** Whether the draft view is shown. */
  open = $state(false);
  text = $state("");
  preview = $state.raw<DraftPreview | null>(null);
  #timer: ReturnType<typeof setTimeout> | null = null;
  #asked = 0;

  constructor(backend: DraftBackend, host: DraftHost) {
    this.#backend = backend;
    this.#host = host;
  }

  show(): void {
    this.open = true;
  }

  close(): void {
    this.open = false;
  }

  /** The text changed: drafted again once typing pauses. */
  edit(text: string): void {
    this.text = text;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.refresh(), DRAFT_PAUSE_MS);
  }

  async refresh(): Promise<void> {
    const n = ++this.#asked;
    const text = this.text;
    if (!text.trim()) {
      this.preview = null;
      return;
    }
    const p = await this.#host.run(() => this.#backend.draft(text));
    // An answer to an older text is dropped.
    if (p && n === this.#asked) this.preview = p;
  }

  async openFile(): Promise<void> {
    const text = await this.#host.run(() => this.#backend.draftSourceDialog());
    if (text == null) return;
    this.text = text;
    await this.refresh();
  }

  async accept(): Promise<void> {
    if (!this.text.trim() || !(await this.#host.guard())) return;
    const o = await this.#host.run(() => this.#backend.acceptDraft(this.text));
    if (!o) return;
    this.open = false;
    this.text = "";
    this.preview = null;
    this.#host.opened(o);
  }
}
