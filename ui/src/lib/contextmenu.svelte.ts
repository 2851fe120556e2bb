// The app's own context menu on the roadmap (the web view's menu is never
// shown): on an action's bar Muokkaa, Merkitse valmiiksi, Poista, Kopioi; on a lane
// Uusi toimenpide tähän. Opened by a right click or, for the selected bar,
// by Shift+F10 or the ContextMenu key.

/** What the menu was opened on. */
export type MenuTarget =
  | { kind: "action"; id: string; name: string }
  | { kind: "lane"; theme: string; name: string; x: number };

/** An item of the menu: what it does and the message id of its label. */
export type MenuEntry = { id: "edit" | "done" | "delete" | "copy" | "new-action"; label: string };

/** The items of the menu for `target`. */
export function entriesFor(target: MenuTarget): MenuEntry[] {
  if (target.kind === "lane") return [{ id: "new-action", label: "ctx-new-action" }];
  return [
    { id: "edit", label: "ctx-edit" },
    { id: "done", label: "ctx-done" },
    { id: "delete", label: "ctx-delete" },
    { id: "copy", label: "ctx-copy" },
  ];
}

/** The open menu: where (in the window) and on what. */
export class ContextMenuState {
  open = $state.raw<{ x: number; y: number; target: MenuTarget } | null>(null);
  /** Bumped by Shift+F10: the roadmap opens the menu on the selected bar. */
  keyRequest = $state(0);

  show(x: number, y: number, target: MenuTarget): void {
    this.open = { x, y, target };
  }

  close(): void {
    this.open = null;
  }
}
