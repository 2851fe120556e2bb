// Undo and redo of every edit: snapshots of the (immutable) strategy. Edits
// that continue the same change (typing in one field) join one step.

export type Step<T> = { label: string; before: T; after: T; key?: string; at: number };

export class History<T> {
  #undo = $state<Step<T>[]>([]);
  #redo = $state<Step<T>[]>([]);
  /** Steps since the last save (negative after undoing past it); null when unreachable. */
  #sinceSave = $state<number | null>(0);
  /** How long typing in one field keeps joining one step, in ms. */
  joinWindow = 1500;
  /** Set after save, undo or redo: the next edit starts a new step. */
  #sealed = false;

  canUndo = $derived(this.#undo.length > 0);
  canRedo = $derived(this.#redo.length > 0);
  dirty = $derived(this.#sinceSave !== 0);
  undoLabel = $derived(this.#undo.at(-1)?.label ?? "");
  redoLabel = $derived(this.#redo.at(-1)?.label ?? "");

  /** Records an edit from `before` to `after`. */
  record(label: string, before: T, after: T, key?: string, now = Date.now()): void {
    const last = this.#undo.at(-1);
    if (key && last && !this.#sealed && last.key === key && now - last.at < this.joinWindow) {
      this.#undo[this.#undo.length - 1] = { ...last, after, at: now };
      return;
    }
    this.#sealed = false;
    this.#undo.push({ label, before, after, key, at: now });
    this.#redo = [];
    this.#sinceSave = this.#sinceSave === null || this.#sinceSave < 0 ? null : this.#sinceSave + 1;
  }

  /** The state to go back to, or undefined when there is nothing to undo. */
  undo(): T | undefined {
    const step = this.#undo.pop();
    if (!step) return undefined;
    this.#redo.push(step);
    this.#sealed = true;
    if (this.#sinceSave !== null) this.#sinceSave -= 1;
    return step.before;
  }

  /** The state to go forward to, or undefined when there is nothing to redo. */
  redo(): T | undefined {
    const step = this.#redo.pop();
    if (!step) return undefined;
    this.#undo.push(step);
    this.#sealed = true;
    if (this.#sinceSave !== null) this.#sinceSave += 1;
    return step.after;
  }

  /** The current state is now saved. */
  markSaved(): void {
    this.#sinceSave = 0;
    this.#sealed = true;
  }

  /** Forgets everything (a new document). */
  reset(): void {
    this.#undo = [];
    this.#redo = [];
    this.#sinceSave = 0;
  }

  /** Marks the document as changed without a step (recovered work). */
  markUnsaved(): void {
    this.#sinceSave = null;
  }
}
