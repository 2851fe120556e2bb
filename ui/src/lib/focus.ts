// Modal dialogs keep the keyboard inside them (WCAG 2.1: focus order, no
// keyboard trap outside the dialog) and give the focus back to where it
// was when they close.

const FOCUSABLE = 'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The elements of `root` that Tab reaches, in order. */
export function focusables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
}

/** Where Tab (or Shift+Tab) from `current` goes among `items`: round the dialog. */
export function nextInCycle<T>(items: T[], current: T | null, back: boolean): T | null {
  if (!items.length) return null;
  const i = current === null ? -1 : items.indexOf(current);
  if (i < 0) return back ? items[items.length - 1] : items[0];
  return items[(i + (back ? -1 : 1) + items.length) % items.length];
}

/**
 * A Svelte action for a modal dialog: the focus moves into it (its primary
 * button, else its first control), Tab and Shift+Tab go round inside it,
 * and when it closes the focus returns to what had it before.
 */
export function modal(node: HTMLElement): { destroy: () => void } {
  const before = document.activeElement as HTMLElement | null;
  const first = node.querySelector<HTMLElement>("button.primary") ?? focusables(node)[0];
  queueMicrotask(() => (first ?? node).focus());
  function onkeydown(e: KeyboardEvent) {
    if (e.key !== "Tab") return;
    e.preventDefault();
    nextInCycle(focusables(node), document.activeElement as HTMLElement | null, e.shiftKey)?.focus();
  }
  node.addEventListener("keydown", onkeydown);
  return {
    destroy() {
      node.removeEventListener("keydown", onkeydown);
      if (before && document.contains(before)) before.focus();
    },
  };
}
