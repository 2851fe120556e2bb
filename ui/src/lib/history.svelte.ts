// What the UI shows of the undo stacks. Undo and redo live in the core's
// session (src/session/undo.rs); this mirrors the state it last reported.
import type { UndoState } from "./generated/commands";

export const CLEAN: UndoState = { canUndo: false, canRedo: false, undoLabel: "", redoLabel: "", dirty: false };

export class History {
  state = $state.raw<UndoState>(CLEAN);

  canUndo = $derived(this.state.canUndo);
  canRedo = $derived(this.state.canRedo);
  dirty = $derived(this.state.dirty);
  undoLabel = $derived(this.state.undoLabel);
  redoLabel = $derived(this.state.redoLabel);

  /** Takes the state the core reported. */
  set(state: UndoState): void {
    this.state = state;
  }
}
