import { describe, expect, it } from "vitest";
import { PrintState, defaultPaper, handoutName, yearOf } from "./print.svelte";

describe("print choices", () => {
  it("each handout starts on its usual paper", () => {
    expect(defaultPaper("roadmap")).toEqual({ paper: "a3", landscape: true });
    expect(defaultPaper("actions")).toEqual({ paper: "a4", landscape: false });
    const p = new PrintState();
    p.choose("progress");
    expect(p.request).toMatchObject({ kind: "progress", paper: "a4", landscape: false });
  });

  it("a range is whole years or nothing", () => {
    expect(yearOf("2028")).toBe(2028);
    expect(yearOf(" ")).toBeNull();
    expect(yearOf("20.5")).toBeNull();
    expect(yearOf("3000")).toBeNull();
  });
});

import { sheetSize } from "./print.svelte";

describe("a printed sheet", () => {
  it("is the paper's ISO size in its orientation", () => {
    expect(sheetSize("a3", true)).toEqual({ w: 420, h: 296.5 });
    expect(sheetSize("a4", false)).toEqual({ w: 210, h: 296.5 });
  });
});

describe("a handout under a council snapshot", () => {
  it("sends the snapshot, ghost and changes range only where the handout uses them", () => {
    const p = new PrintState();
    p.snapshot = "abc1234";
    p.ghost = "abc1234";
    p.since = "def5678";
    expect(p.request).toMatchObject({ kind: "roadmap", snapshot: "abc1234", ghost: "abc1234", since: null, until: null });
    p.choose("actions");
    expect(p.request).toMatchObject({ snapshot: "abc1234", ghost: null });
    p.choose("changes");
    expect(p.request).toMatchObject({ snapshot: null, ghost: null, since: "def5678", until: null });
    p.choose("deck");
    expect(p.request).toMatchObject({ kind: "deck", paper: "a4", landscape: true, ghost: "abc1234" });
  });

  it("forgets snapshots another file does not hold and writes the chosen formats", () => {
    const p = new PrintState();
    p.snapshot = "abc1234";
    p.since = "def5678";
    p.keepOnly(["def5678"]);
    expect([p.snapshot, p.since]).toEqual(["", "def5678"]);
    p.standard = true;
    p.dpi = 300;
    expect(p.format("pptx")).toEqual({ format: "pptx", standard: true });
    expect(p.format("png")).toEqual({ format: "png", dpi: 300 });
    expect(p.format("pdf")).toEqual({ format: "pdf" });
    expect(handoutName("onePage")).toBe("onepage");
  });
});
