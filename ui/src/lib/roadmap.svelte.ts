// The roadmap view's own state: zoom, filters, keyboard navigation, and the
// drag gestures. The picture itself is the core's layout as SVG; a drag is
// turned into days with the layout's time scale and snapped by the dates'
// own precision.
import type { Action, Status, Strategy } from "./generated/model";
import { ZOOMS, type Area, type BarBox, type DragEdge, type Picture, type RoadmapRequest, type Scale, type Zoom } from "./generated/commands";
import { DAY, firstDay, roundHalfAway } from "./dates";

export { ZOOMS };
export type { Zoom };


/** How long the drawing area's size must hold before the picture is laid out again for it, ms. */
export const RESIZE_MS = 150;

/** The height to ask the core to fill: the drawing area's, less a little so rounding never adds a scrollbar. */
export function fillHeight(clientHeight: number): number | null {
  return clientHeight > 0 ? Math.max(0, Math.floor(clientHeight) - 2) : null;
}

/** How close to a bar's end (px) a drag resizes instead of moving. */
export const EDGE_PX = 6;

/** The number of whole days a drag of `dx` pixels means. */
export function daysFor(dx: number, pointsPerDay: number): number {
  return pointsPerDay > 0 ? roundHalfAway(dx / pointsPerDay) : 0;
}

/** What a press at `x` on a bar from `left` to `right` drags. */
export function edgeAt(x: number, left: number, right: number): DragEdge {
  if (right - left < 3 * EDGE_PX) return "move";
  if (x - left <= EDGE_PX) return "start";
  if (right - x <= EDGE_PX) return "due";
  return "move";
}

/** The theme whose lane holds `y`. */
export function laneAt(scale: Scale, x: number, y: number): string | null {
  const lane = scale.lanes.find((l) => y >= l.y && y < l.y + l.h && x >= l.x && x < l.x + l.w);
  return lane ? lane.theme : null;
}

/**
 * The part of the picture to draw around the part in view: one view's width
 * and height more on every side, so scrolling draws again only now and then.
 */
export function areaAround(visible: Area): Area {
  return {
    x: Math.max(0, visible.x - visible.w),
    y: Math.max(0, visible.y - visible.h),
    w: 3 * visible.w,
    h: 3 * visible.h,
  };
}

/** Whether the drawn `area` holds all of `visible`. */
export function covers(area: Area | null, visible: Area): boolean {
  if (!area) return true;
  return (
    visible.x >= area.x &&
    visible.y >= area.y &&
    visible.x + visible.w <= area.x + area.w &&
    visible.y + visible.h <= area.y + area.h
  );
}

/** Where to scroll so that `bar` is in view; null when it already is. */
export function scrollFor(bar: BarBox, visible: Area, margin = 24): { left: number; top: number } | null {
  const inside =
    bar.x + Math.min(bar.w, visible.w / 2) <= visible.x + visible.w &&
    bar.x >= visible.x &&
    bar.y >= visible.y &&
    bar.y + bar.h <= visible.y + visible.h;
  if (inside) return null;
  const left = bar.x < visible.x || bar.x > visible.x + visible.w - margin ? Math.max(0, bar.x - margin) : visible.x;
  const top =
    bar.y < visible.y || bar.y + bar.h > visible.y + visible.h
      ? Math.max(0, bar.y - visible.h / 2)
      : visible.y;
  return { left, top };
}

/** The day (ms) at the middle of the part in view. */
export function centerDay(scale: Scale, visible: Area): number {
  return firstDay(scale.origin) + Math.floor((visible.x + visible.w / 2 - scale.x0) / scale.pointsPerDay) * DAY;
}

/** Whether `day` (ms) is on a picture `width` wide drawn at `scale`. */
export function onPicture(scale: Scale, width: number, day: number): boolean {
  const from = firstDay(scale.origin);
  return day >= from && day < from + ((width - scale.x0) / scale.pointsPerDay) * DAY;
}

/** The scroll position that puts `day` (ms) in the middle of a view `w` wide. */
export function scrollLeftFor(scale: Scale, day: number, w: number): number {
  const x = scale.x0 + ((day - firstDay(scale.origin)) / DAY) * scale.pointsPerDay;
  return Math.max(0, x - w / 2);
}

export type Gesture =
  | { mode: DragEdge; id: string; x0: number; dx: number; days: number }
  | { mode: "create"; theme: string; x0: number; y0: number; dx: number };

export class RoadmapState {
  zoom = $state<Zoom>("quarter");
  /** Themes shown; empty means all. */
  themes = $state<string[]>([]);
  owner = $state<string>("");
  status = $state<Status | "">("");
  /** A council snapshot whose dates the core draws as ghost bars under the actions moved since ("": none). */
  ghost = $state("");
  /** Width of the drawing area, px. */
  width = $state(1000);
  /** Height of the drawing area, px (0: not measured yet); the core grows the lanes to fill it. */
  height = $state(0);
  #resizing: ReturnType<typeof setTimeout> | null = null;
  /** Set when the side panel should take the focus. */
  editRequest = $state(0);
  /** Set when the selected action should be scrolled into view (keyboard moves). */
  revealRequest = $state(0);
  picture = $state.raw<Picture | null>(null);
  gesture = $state<Gesture | null>(null);
  /** The dragged item re-laid out (with what a phase takes along), put in place of their old elements. */
  fragment = $state.raw<{ id: string; ids: string[]; svg: string } | null>(null);
  /** The part of the picture drawn: a large roadmap is drawn a part at a time. */
  area = $state<Area | null>(
    typeof window === "undefined" ? null : areaAround({ x: 0, y: 0, w: window.innerWidth, h: window.innerHeight }),
  );
  /** Round trips of re-layouts during drags, ms, and the core's share. */
  frames: { total: number; core: number }[] = [];

  request = $derived<RoadmapRequest>({
    width: Math.max(400, Math.floor(this.width)),
    height: fillHeight(this.height),
    zoom: this.zoom,
    themes: this.themes,
    owners: this.owner ? [this.owner] : [],
    statuses: this.status ? [this.status] : [],
    from: null,
    to: null,
    area: this.area,
    ghost: this.ghost || null,
  });

  /**
   * The drawing area's size: the first one at once, later ones once they
   * hold for `wait` ms, so a window being resized is laid out again when it
   * stops rather than at every step.
   */
  resize(width: number, height: number, wait = RESIZE_MS): void {
    if (this.#resizing) clearTimeout(this.#resizing);
    this.#resizing = null;
    const apply = () => {
      this.#resizing = null;
      this.width = width;
      this.height = height;
    };
    if (this.height === 0 || wait <= 0) apply();
    else if (width !== this.width || height !== this.height) this.#resizing = setTimeout(apply, wait);
  }

  /** Tells the state which part of the picture is in view; asks for another part to be drawn when it is not. */
  see(visible: Area): void {
    this.visible = visible;
    if (!covers(this.area, visible)) this.area = areaAround(visible);
  }

  /** The box of action `id`'s bar, drawn or not. */
  bar(id: string): BarBox | null {
    return this.picture?.scale?.bars.find((b) => b.id === id) ?? null;
  }

  /** The part of the picture in view, as last seen (not reactive: it changes with every scroll). */
  visible: Area | null = null;
  /** The day (ms) to put in the middle of the view when the picture at `zoom` comes. */
  keepDay = $state<{ day: number; zoom: Zoom; onlyInside?: boolean } | null>(null);
  /** The request the picture shown answers. */
  shown = $state.raw<RoadmapRequest | null>(null);

  /** Zooms to `zoom`, keeping the day in the middle of the view in the middle. */
  zoomTo(zoom: Zoom): void {
    if (zoom === this.zoom) return;
    const scale = this.picture?.scale;
    if (scale && this.visible) this.keepDay = { day: centerDay(scale, this.visible), zoom };
    this.zoom = zoom;
  }

  zoomBy(step: number): void {
    const i = ZOOMS.indexOf(this.zoom) + step;
    this.zoomTo(ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, i))]);
  }

  focusEditor(): void {
    this.editRequest++;
  }

  /** Whether the filters let `action` through. */
  shows(action: Action): boolean {
    if (this.themes.length && !this.themes.includes(action.theme)) return false;
    if (this.owner && !(action.owners ?? []).includes(this.owner)) return false;
    if (this.status && action.status !== this.status) return false;
    return true;
  }

  /** The visible actions per theme lane, each lane in time order. */
  lanes(s: Strategy): Action[][] {
    const themes = (s.themes ?? []).filter((t) => !this.themes.length || this.themes.includes(t.id));
    const key = (a: Action) => (a.start ? firstDay(a.start) : a.due ? firstDay(a.due) : Infinity);
    return themes
      .map((t) => (s.actions ?? []).filter((a) => a.theme === t.id && this.shows(a)).sort((a, b) => key(a) - key(b)))
      .filter((lane) => lane.length > 0);
  }

  /** The action the arrow key moves the selection to. */
  neighbour(s: Strategy, current: string | null, dir: "left" | "right" | "up" | "down"): string | null {
    const lanes = this.lanes(s);
    if (!lanes.length) return null;
    let li = lanes.findIndex((l) => l.some((a) => a.id === current));
    if (li < 0) return lanes[0][0].id;
    let ai = lanes[li].findIndex((a) => a.id === current);
    if (dir === "left") ai = Math.max(0, ai - 1);
    if (dir === "right") ai = Math.min(lanes[li].length - 1, ai + 1);
    if (dir === "up" || dir === "down") {
      li = Math.max(0, Math.min(lanes.length - 1, li + (dir === "up" ? -1 : 1)));
      ai = Math.min(ai, lanes[li].length - 1);
    }
    return lanes[li][ai].id;
  }

  /** A summary of the drag frames so far, for the figures. */
  frameSummary(): string | null {
    if (!this.frames.length) return null;
    const sorted = (k: "total" | "core") => this.frames.map((f) => f[k]).sort((a, b) => a - b);
    const med = (xs: number[]) => xs[Math.floor(xs.length / 2)];
    const t = sorted("total");
    const c = sorted("core");
    return `${t.length} re-layouts, median ${med(t).toFixed(1)} ms, max ${t[t.length - 1].toFixed(1)} ms round trip (core layout+SVG median ${med(c).toFixed(1)} ms)`;
  }
}

/** A bar's name kept in view at the left edge while its start is scrolled off. */
export type StuckName = { id: string; name: string; x: number; y: number; w: number; h: number };

/**
 * The names to keep in view for the bars that begin left of the part in
 * view (`view.x` is the sideways scroll; the lane names cover `scale.x0`
 * points at the left) and still reach well into it, in the bars' rows.
 */
export function stuckNames(scale: Scale, view: Area, nameOf: (id: string) => string, room = 40): StuckName[] {
  const left = view.x + scale.x0;
  return scale.bars
    .filter((b) => b.x < left && b.x + b.w > left + room)
    .filter((b) => view.h <= 0 || (b.y + b.h > view.y && b.y < view.y + view.h))
    .map((b) => ({ id: b.id, name: nameOf(b.id), x: left + 2, y: b.y, w: b.x + b.w - left - 4, h: b.h }))
    .filter((n) => n.name);
}
