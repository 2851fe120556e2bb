// Follow-up: the note a user writes for an action's next status change. It
// is a draft until the status changes; then it goes into the dated history.

export class StatusNotes {
  #drafts = $state<Record<string, string>>({});

  /** The draft note for action `id`. */
  get(id: string): string {
    return this.#drafts[id] ?? "";
  }

  set(id: string, text: string): void {
    this.#drafts = { ...this.#drafts, [id]: text };
  }

  /** The note for the status change of action `id`, trimmed; the draft is cleared. */
  take(id: string): string {
    const note = (this.#drafts[id] ?? "").trim();
    const rest = { ...this.#drafts };
    delete rest[id];
    this.#drafts = rest;
    return note;
  }
}
