import { describe, expect, it } from "vitest";
import type { Strategy } from "./generated/model";
import { RoadmapState } from "./roadmap.svelte";

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
