// Follow-up: which actions' rows are open (their dated status history shown
// for correcting) and the status change being made while the user is in one
// action's row. Picks made one after another in one visit of a row (arrow
// keys on the status control step through every status) are one change: the
// first pick records it with today's date, later picks amend it while it has
// no note yet, and a pick back to the status the visit started from takes it
// away again. Leaving the row ends the visit. Which actions are late, and
// when each falls due next, is the core's verdict (`schedule` in the shell,
// the one rule of late in src/schedule/): nothing here judges a date.
import type { Action, Status, Strategy } from "./generated/model";
import type { Change, Due, Schedule, Verdict } from "./generated/commands";
import { all, freshId, removeItem, setFields, setStatus, statusChange, updateAction } from "./edit";

type Visit = { action: string; from: Status; change: string | null; n: number };

export class FollowUpState {
  #open = $state<Record<string, true>>({});
  /** The change the last pick recorded (its note is offered first); null when none. */
  fresh = $state<string | null>(null);
  #visit: Visit | null = null;
  #visits = 0;
  /** The core's verdicts on the strategy as last loaded; null before the first. */
  schedule = $state.raw<Schedule | null>(null);
  #asked = 0;

  /**
   * Asks the core what is late on `today` (after every change of the
   * strategy); an answer overtaken by a later question is dropped.
   */
  async load(ask: (today: string) => Promise<Schedule | null>, today: string): Promise<void> {
    const n = ++this.#asked;
    const answer = await ask(today);
    if (n === this.#asked) this.schedule = answer;
  }

  /** The core's verdict on action `id` as a whole ("open" until it has answered). */
  verdict(id: string): Verdict {
    return this.schedule?.actions.find((v) => v.id === id)?.verdict ?? "open";
  }

  /** The occurrences of `id` the follow-up asks a status for (the core's `followed`), earliest first. */
  occurrences(id: string): Due[] {
    return this.schedule?.dues.filter((d) => d.id === id && d.followed) ?? [];
  }

  /** Whether the row of action `id` shows its history. */
  isOpen(id: string): boolean {
    return !!this.#open[id];
  }

  open(id: string): void {
    if (!this.#open[id]) this.#open = { ...this.#open, [id]: true };
  }

  close(id: string): void {
    if (!this.#open[id]) return;
    const rest = { ...this.#open };
    delete rest[id];
    this.#open = rest;
  }

  toggle(id: string): void {
    if (this.isOpen(id)) this.close(id);
    else this.open(id);
  }

  /** Focus came into the row of `action`, whose status is `status`. */
  enter(action: string, status: Status): void {
    if (this.#visit?.action === action) return;
    this.#visit = { action, from: status, change: null, n: ++this.#visits };
  }

  /** Focus left the row of `action`: the next pick there is a new change. */
  leave(action: string): void {
    if (this.#visit?.action === action) this.#visit = null;
  }

  /** The undo key of picks in the current visit of `action` (they join one step). */
  stepKey(action: string): string {
    return `status.${action}.${this.#visit?.action === action ? this.#visit.n : 0}`;
  }

  /**
   * The edit of picking `status` for `action` on `date`, made from the
   * strategy as the core holds it (see the module comment); null when the
   * pick changes nothing.
   */
  pick(s: Strategy, action: string, status: Status, date: string): Change | null {
    const a = s.actions?.find((x) => x.id === action);
    if (!a) return null;
    if (this.#visit?.action !== action) this.enter(action, a.status);
    const visit = this.#visit as Visit;
    const open = openChange(a, visit.change);
    if (open) {
      if (status !== visit.from) return setFields(statusChange(action, open), { status });
      visit.change = null;
      this.fresh = null;
      return all(removeItem(statusChange(action, open)), updateAction(action, { status: visit.from }));
    }
    if (status === a.status) return null;
    const id = freshId("status");
    visit.change = id;
    this.fresh = id;
    return setStatus(action, status, date, "", id);
  }
}

/** The edit recording the status of one occurrence of an action, document or milestone (the core keys it by the occurrence's date; a one-off document or milestone takes it as its own). */
export function occurrenceStatus(item: string, occurrence: string, status: Status, date: string): Change {
  return { op: "occurrence", item, occurrence, status, date, note: "", id: null };
}

/** `change` when it is still the action's latest change and has no note (so a pick may amend it). */
function openChange(a: Action, change: string | null): string | null {
  const last = a.statusHistory?.at(-1);
  return change && last?.id === change && !last.note?.trim() ? change : null;
}

/** The message id of a status's name: "onTrack" → "status-on-track". */
export function statusMessage(status: Status): string {
  return "status-" + status.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());
}
