// The roadmap view's own state: zoom, filters and keyboard navigation among
// the actions. The picture itself comes from the core's layout.
import type { Action, Status, Strategy } from "./generated/model";
import { firstDay } from "./dates";

export type Zoom = "year" | "quarter" | "month" | "week";
export const ZOOMS: Zoom[] = ["year", "quarter", "month", "week"];

export class RoadmapState {
  zoom = $state<Zoom>("quarter");
  /** Themes shown; empty means all. */
  themes = $state<string[]>([]);
  owner = $state<string>("");
  status = $state<Status | "">("");
  /** Set when the side panel should take the focus. */
  editRequest = $state(0);

  zoomBy(step: number): void {
    const i = ZOOMS.indexOf(this.zoom) + step;
    this.zoom = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, i))];
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
}
