// Edits of a strategy as pure functions: each returns a new strategy and
// leaves the old one untouched, so undo keeps cheap snapshots.
import type { Action, Bullet, Indicator, Item, Measurement, Period, Status, StatusChange, Strategy, Theme, Value } from "./generated/model";
import { firstDay } from "./dates";

/** A fresh id with a readable prefix, as the core makes them. */
export function freshId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
}

type WithId = { id: string };

/** `list` with the item of `id` replaced by `f(item)`. */
export function updateIn<T extends WithId>(list: T[], id: string, f: (item: T) => T): T[] {
  return list.map((item) => (item.id === id ? f(item) : item));
}

export function setStrategyField<K extends keyof Strategy>(s: Strategy, key: K, value: Strategy[K]): Strategy {
  return { ...s, [key]: value };
}

export function updateAction(s: Strategy, id: string, patch: Partial<Action>): Strategy {
  return { ...s, actions: updateIn(s.actions ?? [], id, (a) => ({ ...a, ...patch })) };
}

export function addAction(s: Strategy, action: Omit<Action, "id">): { strategy: Strategy; id: string } {
  const id = freshId("action");
  return { strategy: { ...s, actions: [...(s.actions ?? []), { ...action, id }] }, id };
}

export function deleteAction(s: Strategy, id: string): Strategy {
  return { ...s, actions: (s.actions ?? []).filter((a) => a.id !== id) };
}

/** Sets an action's status and records the change with its date. */
export function setStatus(s: Strategy, id: string, status: Status, date: string, note = ""): Strategy {
  return { ...s, actions: updateIn(s.actions ?? [], id, (a) => ({
    ...a,
    status,
    statusHistory: [...(a.statusHistory ?? []), { id: freshId("status"), date, status, note }],
  })) };
}

/**
 * An action with its status history replaced: when the last change is
 * another one than before (or says another status), the action's status
 * follows it. A history emptied leaves the status as it is, since nothing
 * tells what it was before the first recorded change.
 */
function withStatusHistory(a: Action, history: StatusChange[]): Action {
  const before = a.statusHistory?.at(-1);
  const last = history.at(-1);
  const moved = !!last && (last.id !== before?.id || last.status !== before?.status);
  return { ...a, status: moved && last ? last.status : a.status, statusHistory: history };
}

/** Changes one recorded status change of an action through `f`; an unknown action or change is no edit. */
function updateStatusChange(s: Strategy, actionId: string, changeId: string, f: (history: StatusChange[]) => StatusChange[]): Strategy {
  const action = s.actions?.find((a) => a.id === actionId);
  if (!action?.statusHistory?.some((c) => c.id === changeId)) return s;
  return updateAction(s, actionId, withStatusHistory(action, f(action.statusHistory)));
}

/** Rewrites the note of one recorded status change (as typed; the same note again is no edit). */
export function setStatusNote(s: Strategy, actionId: string, changeId: string, note: string): Strategy {
  const change = s.actions?.find((a) => a.id === actionId)?.statusHistory?.find((c) => c.id === changeId);
  if (!change || (change.note ?? "") === note) return s;
  return updateStatusChange(s, actionId, changeId, (h) => updateIn(h, changeId, (c) => ({ ...c, note })));
}

/**
 * Redates one recorded status change. The history stays oldest first (changes
 * on the same first day keep their order), so a change dated past the latest
 * one becomes the latest and the action's status follows it.
 */
export function setStatusDate(s: Strategy, actionId: string, changeId: string, date: string): Strategy {
  const change = s.actions?.find((a) => a.id === actionId)?.statusHistory?.find((c) => c.id === changeId);
  if (!change || change.date === date) return s;
  return updateStatusChange(s, actionId, changeId, (h) =>
    updateIn(h, changeId, (c) => ({ ...c, date })).map((c, i) => ({ c, i }))
      .sort((x, y) => firstDay(x.c.date) - firstDay(y.c.date) || x.i - y.i)
      .map(({ c }) => c));
}

/** Corrects the status a change recorded; for the latest change the action's status follows. */
export function amendStatus(s: Strategy, actionId: string, changeId: string, status: Status): Strategy {
  const change = s.actions?.find((a) => a.id === actionId)?.statusHistory?.find((c) => c.id === changeId);
  if (!change || change.status === status) return s;
  return updateStatusChange(s, actionId, changeId, (h) => updateIn(h, changeId, (c) => ({ ...c, status })));
}

/**
 * Removes one recorded status change. Removing the latest one returns the
 * action to the status of the change before it; removing the only one
 * leaves the status as it is (see `withStatusHistory`).
 */
export function removeStatusChange(s: Strategy, actionId: string, changeId: string): Strategy {
  return updateStatusChange(s, actionId, changeId, (h) => h.filter((c) => c.id !== changeId));
}

export function updateValue(s: Strategy, id: string, patch: Partial<Value>): Strategy {
  return { ...s, values: updateIn(s.values ?? [], id, (v) => ({ ...v, ...patch })) };
}

export function addValue(s: Strategy, name: string): Strategy {
  return { ...s, values: [...(s.values ?? []), { id: freshId("value"), name, meaning: "", points: [] }] };
}

/** Replaces the text of bullet `id` at any depth. */
export function setBulletText(points: Bullet[], id: string, text: string): Bullet[] {
  return points.map((b) =>
    b.id === id ? { ...b, text } : { ...b, children: setBulletText(b.children ?? [], id, text) },
  );
}

/** Adds a bullet at the top level, or under `parent` (one level only). */
export function addBullet(points: Bullet[], parent?: string): Bullet[] {
  const fresh: Bullet = { id: freshId("bullet"), text: "", children: [] };
  if (!parent) return [...points, fresh];
  return points.map((b) => (b.id === parent ? { ...b, children: [...(b.children ?? []), fresh] } : b));
}

export function removeBullet(points: Bullet[], id: string): Bullet[] {
  return points.filter((b) => b.id !== id).map((b) => ({ ...b, children: removeBullet(b.children ?? [], id) }));
}

export function updateTheme(s: Strategy, id: string, patch: Partial<Theme>): Strategy {
  return { ...s, themes: updateIn(s.themes ?? [], id, (t) => ({ ...t, ...patch })) };
}

export function updateIndicator(s: Strategy, id: string, patch: Partial<Indicator>): Strategy {
  return { ...s, indicators: updateIn(s.indicators ?? [], id, (i) => ({ ...i, ...patch })) };
}

/** Enters an actual; one per date (a second entry for a date replaces the first), oldest first. */
export function setActual(s: Strategy, id: string, actual: Measurement): Strategy {
  return updateIndicatorWith(s, id, (i) => {
    const rest = (i.actuals ?? []).filter((m) => m.date !== actual.date);
    const actuals = [...rest, actual].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    return { ...i, actuals };
  });
}

export function removeActual(s: Strategy, id: string, date: string): Strategy {
  return updateIndicatorWith(s, id, (i) => ({ ...i, actuals: (i.actuals ?? []).filter((m) => m.date !== date) }));
}

function updateIndicatorWith(s: Strategy, id: string, f: (i: Indicator) => Indicator): Strategy {
  return { ...s, indicators: updateIn(s.indicators ?? [], id, f) };
}

export function addIndicator(s: Strategy, name: string, theme?: string): { strategy: Strategy; id: string } {
  const id = freshId("indicator");
  const ind: Indicator = { id, name, theme: theme ?? null, unit: "", direction: "increase", actuals: [] };
  return { strategy: { ...s, indicators: [...(s.indicators ?? []), ind] }, id };
}

/** The strategy's lists of named items edited alike. */
export type ListKey = "phases" | "milestones" | "owners" | "documents";
type ItemOf<K extends ListKey> = NonNullable<Strategy[K]>[number];

/** Changes fields of one phase, milestone, owner or document. */
export function updateListItem<K extends ListKey>(s: Strategy, key: K, id: string, patch: Partial<ItemOf<K>>): Strategy {
  const list = (s[key] ?? []) as ItemOf<K>[];
  return { ...s, [key]: list.map((x) => (x.id === id ? { ...x, ...patch } : x)) };
}

/** A new item of one of the lists, named `name`, with what else it must have. */
function newListItem<K extends ListKey>(key: K, id: string, name: string): ItemOf<K> {
  switch (key) {
    case "owners": return { id, name, kind: "unit" } as ItemOf<K>;
    case "documents": return { id, name, kind: "plan" } as ItemOf<K>;
    case "milestones": return { id, name, kind: "other" } as ItemOf<K>;
    default: return { id, name } as ItemOf<K>;
  }
}

/** Adds a phase, milestone, owner or document named `name` at the end of its list. */
export function addListItem<K extends ListKey>(s: Strategy, key: K, name: string): { strategy: Strategy; id: string } {
  const prefix = { phases: "phase", milestones: "milestone", owners: "owner", documents: "document" }[key];
  const id = freshId(prefix);
  const list = (s[key] ?? []) as ItemOf<K>[];
  return { strategy: { ...s, [key]: [...list, newListItem(key, id, name)] }, id };
}

/**
 * Removes a phase, milestone, owner or document, and every reference to it,
 * so that nothing is left pointing at what is gone: an owner leaves the
 * actions, plans, milestones, indicators and events it was named in; a
 * phase leaves its actions and milestones; a plan stops being a parent.
 */
export function removeListItem(s: Strategy, key: ListKey, id: string): Strategy {
  const without = (ids: string[] | undefined) => (ids?.includes(id) ? ids.filter((x) => x !== id) : ids);
  const out: Strategy = { ...s, [key]: ((s[key] ?? []) as { id: string }[]).filter((x) => x.id !== id) };
  if (key === "owners") {
    out.owners = out.owners?.map((o) => (o.organisation === id ? { ...o, organisation: null } : o));
    out.actions = s.actions?.map((a) => ({ ...a, owners: without(a.owners) }));
    out.documents = s.documents?.map((d) => ({ ...d, owners: without(d.owners) }));
    out.milestones = s.milestones?.map((m) => ({ ...m, owners: without(m.owners) }));
    out.indicators = s.indicators?.map((i) => ({ ...i, owners: without(i.owners) }));
    out.events = s.events?.map((e) => ({ ...e, participants: without(e.participants) }));
  }
  if (key === "phases") {
    out.actions = s.actions?.map((a) => ({ ...a, phases: without(a.phases) }));
    out.milestones = s.milestones?.map((m) => (m.phase === id ? { ...m, phase: null } : m));
  }
  if (key === "documents") {
    out.documents = out.documents?.map((d) => (d.parent === id ? { ...d, parent: null } : d));
  }
  return out;
}

/** The lists of named items a theme holds: its goals and its success factors. */
export type ThemeList = "goals" | "successFactors";

function themeList(s: Strategy, theme: string, list: ThemeList): Item[] {
  return (s.themes?.find((t) => t.id === theme)?.[list] ?? []) as Item[];
}

/** Adds an item (goal or success factor) at the end of a theme's list. */
export function addThemeItem(s: Strategy, theme: string, list: ThemeList, name: string): { strategy: Strategy; id: string } {
  const id = freshId(list === "goals" ? "goal" : "factor");
  return { strategy: updateTheme(s, theme, { [list]: [...themeList(s, theme, list), { id, name }] }), id };
}

/** Changes fields of one goal or success factor of a theme. */
export function updateThemeItem(s: Strategy, theme: string, list: ThemeList, id: string, patch: { name?: string; description?: string }): Strategy {
  return updateTheme(s, theme, { [list]: updateIn(themeList(s, theme, list), id, (x) => ({ ...x, ...patch })) });
}

export function removeThemeItem(s: Strategy, theme: string, list: ThemeList, id: string): Strategy {
  return updateTheme(s, theme, { [list]: themeList(s, theme, list).filter((x) => x.id !== id) });
}

/** Moves an item one place up (-1) or down (+1); at either end the strategy is returned as is (no edit). */
export function moveThemeItem(s: Strategy, theme: string, list: ThemeList, id: string, by: -1 | 1): Strategy {
  const items = themeList(s, theme, list);
  const i = items.findIndex((x) => x.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= items.length) return s;
  const moved = [...items];
  [moved[i], moved[j]] = [moved[j], moved[i]];
  return updateTheme(s, theme, { [list]: moved });
}

/**
 * A period with one end set to `date`, or cleared (null). A period needs both
 * ends: the one end given stands for both until the other is typed, clearing
 * one end leaves the other standing for both, and clearing that clears it.
 */
export function withPeriodEnd(period: Period | null | undefined, end: "start" | "end", date: string | null): Period | null {
  if (!period) return date ? { start: date, end: date } : null;
  if (date) return { ...period, [end]: date };
  const other = end === "start" ? period.end : period.start;
  return period.start === period.end ? null : { start: other, end: other };
}

/** Sets or clears one end of a document's period (see `withPeriodEnd`). */
export function setDocumentPeriod(s: Strategy, id: string, end: "start" | "end", date: string | null): Strategy {
  return { ...s, documents: updateIn(s.documents ?? [], id, (d) => ({ ...d, period: withPeriodEnd(d.period, end, date) })) };
}

/** The heading of the values: what this town calls them, else `fallback` ("Arvot"). */
export function valuesTitle(s: Strategy, fallback: string): string {
  return s.valuesLabel?.trim() || fallback;
}
