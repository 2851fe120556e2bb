import { describe, expect, it } from "vitest";
import { PrintState, defaultPaper, yearOf } from "./print.svelte";

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
