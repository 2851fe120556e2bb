// Edits as intents: each function names what the person did as a `Change`
// for the core, which applies it with its rules (what a removal leaves
// behind, how a status follows its history, one actual per date, how one
// end of a period stands for both) and answers with the strategy. Nothing
// here computes a new strategy.
import type { Action, Measurement, Status, Strategy } from "./generated/model";
import type { Change, End, ListKey, Step } from "./generated/commands";

/** A fresh id with a readable prefix, as the core makes them. */
export function freshId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
}

/** One step of a path: the item `id` of the list `list`. */
export function at(list: ListKey, id: string): Step {
  return { list, id };
}

/** Sets the strategy's own fields (vision, slogan, valuesLabel…). */
export function setStrategy(fields: Record<string, unknown>): Change {
  return { op: "strategy", fields };
}

/** Sets fields of the item at `path`; a `null` clears one. */
export function setFields(path: Step[], fields: Record<string, unknown>): Change {
  return { op: "item", path, fields };
}

/** Adds an item to `list` (inside the item at `parent`, or at the top); it comes last. */
export function addItem(list: ListKey, item: Record<string, unknown>, parent: Step[] = []): Change {
  return { op: "add", parent, list, item };
}

/** Removes the item at `path`, and every reference to it. */
export function removeItem(path: Step[]): Change {
  return { op: "remove", path };
}

/** Moves the item at `path` one place up (-1) or down (+1). */
export function moveItem(path: Step[], by: -1 | 1): Change {
  return { op: "move", path, by };
}

/** Several changes as one step. */
export function all(...changes: Change[]): Change {
  return { op: "all", changes };
}

export function updateAction(id: string, patch: Record<string, unknown>): Change {
  return setFields([at("actions", id)], patch);
}

/** A new action like `a`, named `name`, under a fresh id: its plan (theme, goal, owners, dates, phases), not its follow-up (status and history). */
export function copyAction(a: Action, name: string, id = freshId("action")): Change {
  const { theme, goal, description, owners, start, due, phases } = a;
  return addItem("actions", { id, name, theme, goal: goal ?? null, description: description ?? "", owners: owners ?? [], start: start ?? null, due: due ?? null, phases: phases ?? [], status: "notStarted" });
}

export function deleteAction(id: string): Change {
  return removeItem([at("actions", id)]);
}

/** Sets an action's status and records the change with its date (under the id given, else a fresh one). */
export function setStatus(action: string, status: Status, date: string, note = "", id: string | null = null): Change {
  return { op: "status", action, status, date, note, id };
}

/** The path of one recorded status change. */
export function statusChange(action: string, change: string): Step[] {
  return [at("actions", action), at("statusHistory", change)];
}

/** Enters an actual (one per date: the core replaces that date's). */
export function setActual(indicator: string, actual: Measurement): Change {
  return { op: "actual", indicator, actual };
}

export function removeActual(indicator: string, date: string): Change {
  return { op: "removeActual", indicator, date };
}

/** Sets or clears one end of a document's period (or the strategy's, without an id). */
export function setPeriodEnd(document: string | null, end: End, date: string | null): Change {
  return { op: "periodEnd", path: document ? [at("documents", document)] : null, end, date };
}

/**
 * What the screen shows until the core answers: the fields typed, set on a
 * copy of the item at the change's path. No rule is applied here (the
 * core's answer, shown once nothing more is queued, has them); only a field
 * set shows at once, so that what was typed is what the screen holds.
 */
export function echo(s: Strategy, c: Change): Strategy {
  if (c.op === "strategy") return withFields(s, c.fields) as Strategy;
  if (c.op !== "item") return s;
  const into = (obj: Record<string, unknown>, path: Step[]): Record<string, unknown> => {
    if (!path.length) return withFields(obj, c.fields);
    const [step, ...rest] = path;
    const list = obj[step.list];
    if (!Array.isArray(list)) return obj;
    return { ...obj, [step.list]: list.map((x: { id?: string }) => (x.id === step.id ? into(x as Record<string, unknown>, rest) : x)) };
  };
  return into(s as unknown as Record<string, unknown>, c.path) as unknown as Strategy;
}

function withFields<T extends object>(obj: T, fields: Record<string, unknown>): T {
  const out = { ...obj } as Record<string, unknown>;
  for (const [k, v] of Object.entries(fields)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out as T;
}

/** The heading of the values: what this town calls them, else `fallback` ("Arvot"). */
export function valuesTitle(s: Strategy, fallback: string): string {
  return s.valuesLabel?.trim() || fallback;
}
