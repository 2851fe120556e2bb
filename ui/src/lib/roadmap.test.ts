import { describe, expect, it, vi } from "vitest";
import type { Strategy } from "./generated/model";
import { RESIZE_MS, RoadmapState, areaAround, centerDay, covers, fillHeight, onPicture, scrollFor, scrollLeftFor } from "./roadmap.svelte";

const s = {
  id: "s", town: "T", name: "N", themeLabel: { singular: "a", plural: "b" },
  themes: [{ id: "t1", name: "1" }, { id: "t2", name: "2" }],
  actions: [
    { id: "b", theme: "t1", name: "b", start: "2028", status: "notStarted" },
    { id: "a", theme: "t1", name: "a", start: "2027-05", status: "done" },
    { id: "c", theme: "t2", name: "c", start: "2027", status: "notStarted", owners: ["o1"] },
  ],
} as Strategy;

describe("roadmap navigation and filters", () => {
  it("arrows move along a lane in time order and between lanes", () => {
    const r = new RoadmapState();
    expect(r.neighbour(s, null, "right")).toBe("a");
    expect(r.neighbour(s, "a", "right")).toBe("b");
    expect(r.neighbour(s, "b", "right")).toBe("b");
    expect(r.neighbour(s, "b", "down")).toBe("c");
    expect(r.neighbour(s, "c", "up")).toBe("a");
  });

  it("filters hide actions from navigation", () => {
    const r = new RoadmapState();
    r.status = "notStarted";
    expect(r.lanes(s).map((l) => l.map((a) => a.id))).toEqual([["b"], ["c"]]);
    r.status = "";
    r.owner = "o1";
    expect(r.lanes(s).map((l) => l.map((a) => a.id))).toEqual([["c"]]);
  });

  it("zoom steps stop at year and week", () => {
    const r = new RoadmapState();
    r.zoomBy(-5);
    expect(r.zoom).toBe("year");
    r.zoomBy(5);
    expect(r.zoom).toBe("week");
  });
});

import { daysFor, edgeAt, laneAt } from "./roadmap.svelte";
import type { Scale } from "./generated/commands";

describe("turning a drag into dates with the layout's time scale", () => {
  const scale: Scale = { origin: "2027-01-01", x0: 100, pointsPerDay: 2, lanes: [{ theme: "t1", x: 100, y: 50, w: 2920, h: 80 }], bars: [] };

  it("pixels become whole days", () => {
    expect(daysFor(61, 2)).toBe(31);
    expect(daysFor(-3, 2)).toBe(-2);
    expect(daysFor(10, 0)).toBe(0);
  });

  it("the ends of a bar resize it, the middle moves it, a thin bar only moves", () => {
    expect(edgeAt(102, 100, 200)).toBe("start");
    expect(edgeAt(197, 100, 200)).toBe("due");
    expect(edgeAt(150, 100, 200)).toBe("move");
    expect(edgeAt(101, 100, 110)).toBe("move");
  });

  it("a stretch drawn on a lane is on that lane (its dates come from the core: src/session/drag.rs)", () => {
    expect(laneAt(scale, 300, 60)).toBe("t1");
    expect(laneAt(scale, 300, 10)).toBeNull();
  });
});

describe("a large roadmap is drawn a part at a time", () => {
  const view = { x: 0, y: 2000, w: 1000, h: 700 };

  it("draws one view more on every side of the part in view, never above the top", () => {
    expect(areaAround(view)).toEqual({ x: 0, y: 1300, w: 3000, h: 2100 });
  });

  it("asks for another part only when scrolling leaves the drawn one", () => {
    const r = new RoadmapState();
    r.area = areaAround(view);
    const drawn = r.area;
    r.see({ ...view, y: 2600 });
    expect(r.area).toEqual(drawn);
    r.see({ ...view, y: 2800 });
    expect(r.area).toEqual(areaAround({ ...view, y: 2800 }));
    expect(covers(r.area, { ...view, y: 2800 })).toBe(true);
    expect(r.request.area).toEqual(r.area);
  });

  it("scrolls to a selected bar out of view and leaves one in view alone", () => {
    expect(scrollFor({ id: "a", x: 100, y: 2100, w: 80, h: 14, label: "" }, view)).toBeNull();
    expect(scrollFor({ id: "a", x: 100, y: 9000, w: 80, h: 14, label: "" }, view)).toEqual({ left: 0, top: 9000 - 350 });
    expect(scrollFor({ id: "a", x: 1500, y: 2100, w: 80, h: 14, label: "" }, view)).toEqual({ left: 1476, top: 2000 });
  });
});

describe("zooming keeps the day in the middle of the view", () => {
  const quarters = { origin: "2027-01-01", x0: 150, pointsPerDay: 0.5, lanes: [], bars: [] };
  const weeks = { origin: "2026-12-28", x0: 150, pointsPerDay: 2.2, lanes: [], bars: [] };

  it("finds the middle day and scrolls the new scale to put it in the middle again", () => {
    const view = { x: 300, y: 0, w: 800, h: 600 };
    const day = centerDay(quarters, view);
    expect(new Date(day).toISOString().slice(0, 10)).toBe("2030-01-05");
    const left = scrollLeftFor(weeks, day, view.w);
    expect(Math.abs(centerDay(weeks, { ...view, x: left }) - day)).toBeLessThanOrEqual(86400000);
    expect(scrollLeftFor(weeks, Date.UTC(2026, 0, 1), view.w)).toBe(0);
  });

  it("remembers the middle day for the zoom asked for, and nothing when the zoom is the same", () => {
    const r = new RoadmapState();
    r.picture = { pages: [], width: 1000, height: 500, scale: quarters, truncated: 0, micros: 0 };
    r.see({ x: 300, y: 0, w: 800, h: 600 });
    r.zoomTo("quarter");
    expect(r.keepDay).toBeNull();
    r.zoomBy(1);
    expect(r.zoom).toBe("month");
    expect(r.keepDay?.zoom).toBe("month");
    expect(new Date(r.keepDay?.day ?? 0).toISOString().slice(0, 10)).toBe("2030-01-05");
  });
});

describe("opening at today", () => {
  it("knows whether a day is on the picture", () => {
    const scale = { origin: "2027-01-01", x0: 150, pointsPerDay: 0.5, lanes: [], bars: [] };
    // 2 000 points of chart: 4 000 days from 1.1.2027.
    expect(onPicture(scale, 2150, Date.UTC(2026, 10, 25))).toBe(false);
    expect(onPicture(scale, 2150, Date.UTC(2027, 0, 1))).toBe(true);
    expect(onPicture(scale, 2150, Date.UTC(2037, 0, 1))).toBe(true);
    expect(onPicture(scale, 2150, Date.UTC(2038, 0, 1))).toBe(false);
  });
});

import { stuckNames } from "./roadmap.svelte";

describe("a bar whose start is scrolled off keeps its name in view", () => {
  const bar = (id: string, x: number, w: number, y = 40) => ({ id, x, y, w, h: 16, label: "" });
  const scale: Scale = { origin: "2026-01-01", x0: 120, pointsPerDay: 2, lanes: [], bars: [bar("a", 150, 400), bar("b", 600, 100), bar("c", 130, 200), bar("d", 50, 300, 900)] };
  const names: Record<string, string> = { a: "Kirjasto", b: "Uimahalli", c: "Lyhyt", d: "Alhaalla" };

  it("names the bars that begin left of the view and reach well into it, at the left edge in their rows", () => {
    const stuck = stuckNames(scale, { x: 200, y: 0, w: 800, h: 500 }, (id) => names[id]);
    expect(stuck.map((n) => n.id)).toEqual(["a"]);
    expect(stuck[0]).toMatchObject({ name: "Kirjasto", x: 322, y: 40, h: 16, w: 550 - 320 - 4 });
  });

  it("names none while every bar's start is in view", () => {
    expect(stuckNames(scale, { x: 0, y: 0, w: 800, h: 500 }, (id) => names[id])).toEqual([]);
  });
});

describe("the picture's size follows the drawing area", () => {
  it("asks the core to fill the area's height, a little less so rounding adds no scrollbar", () => {
    const r = new RoadmapState();
    expect(r.request.height).toBeNull();
    r.resize(1400, 820.6);
    expect(r.request).toMatchObject({ width: 1400, height: 818 });
    expect(fillHeight(0)).toBeNull();
  });

  it("takes the first size at once and a resize once it holds, laying out once", () => {
    vi.useFakeTimers();
    try {
      const r = new RoadmapState();
      r.resize(1000, 600);
      expect(r.request.height).toBe(598);
      for (const h of [620, 700, 900]) {
        r.resize(1900, h);
        vi.advanceTimersByTime(RESIZE_MS / 3);
      }
      expect(r.request).toMatchObject({ width: 1000, height: 598 });
      vi.advanceTimersByTime(RESIZE_MS);
      expect(r.request).toMatchObject({ width: 1900, height: 898 });
    } finally {
      vi.useRealTimers();
    }
  });
});
