// Keyboard shortcuts: which command a key press means. The help dialog lists
// the same table.

export type Command =
  | "undo" | "redo" | "save" | "saveAs" | "open" | "new" | "help"
  | "zoomIn" | "zoomOut" | "delete" | "edit" | "left" | "right" | "up" | "down" | "escape"
  | "textBigger" | "textSmaller" | "textPlain" | "close" | "quit" | "contextMenu" | "print"
  /** F5, Ctrl+R: the page is never reloaded (the key is swallowed). */
  | "reload";

export type KeyPress = { key: string; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean };

/** The shortcuts as the help dialog shows them: keys and the message id of what they do. */
export const SHORTCUTS: { keys: string; what: string }[] = [
  { keys: "Ctrl+Z", what: "key-undo" },
  { keys: "Ctrl+Shift+Z, Ctrl+Y", what: "key-redo" },
  { keys: "Ctrl+S", what: "key-save" },
  { keys: "Ctrl+Shift+S", what: "key-save-as" },
  { keys: "Ctrl+O", what: "key-open" },
  { keys: "Ctrl+P", what: "key-print" },
  { keys: "Ctrl+N", what: "key-new" },
  { keys: "+ / −", what: "key-zoom" },
  { keys: "Ctrl++ / Ctrl+− / Ctrl+0", what: "key-text" },
  { keys: "Shift+F10", what: "key-menu" },
  { keys: "Ctrl+Q", what: "key-quit" },
  { keys: "← → ↑ ↓", what: "key-select" },
  { keys: "Enter", what: "key-edit" },
  { keys: "Delete", what: "key-delete" },
  { keys: "F1, ?", what: "key-help" },
  { keys: "Esc", what: "key-escape" },
];

/**
 * The command a key press means; `inField` is true while typing in a text
 * field, where only the Ctrl shortcuts apply.
 */
export function commandFor(e: KeyPress, inField: boolean): Command | null {
  const ctrl = !!(e.ctrlKey || e.metaKey);
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (ctrl) {
    if (key === "z") return e.shiftKey ? "redo" : "undo";
    if (key === "y") return "redo";
    if (key === "s") return e.shiftKey ? "saveAs" : "save";
    if (key === "o") return "open";
    if (key === "p") return "print";
    if (key === "n") return "new";
    if (key === "w") return "close";
    if (key === "q") return "quit";
    if (key === "r") return "reload";
    if (key === "+" || key === "=") return "textBigger";
    if (key === "-") return "textSmaller";
    if (key === "0") return "textPlain";
    return null;
  }
  if (key === "Escape") return "escape";
  if (key === "F1") return "help";
  if (key === "F5") return "reload";
  if (key === "ContextMenu" || (key === "F10" && e.shiftKey)) return "contextMenu";
  if (inField) return null;
  switch (key) {
    case "+": case "=": return "zoomIn";
    case "-": return "zoomOut";
    case "Delete": return "delete";
    case "Enter": return "edit";
    case "ArrowLeft": return "left";
    case "ArrowRight": return "right";
    case "ArrowUp": return "up";
    case "ArrowDown": return "down";
    case "?": return "help";
    default: return null;
  }
}
