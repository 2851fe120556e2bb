import { describe, expect, it } from "vitest";
import { nextInCycle } from "./focus";

describe("a modal dialog's Tab order", () => {
  it("goes round inside the dialog, forwards and backwards", () => {
    const items = ["a", "b", "c"];
    expect(nextInCycle(items, "c", false)).toBe("a");
    expect(nextInCycle(items, "a", true)).toBe("c");
    expect(nextInCycle(items, "a", false)).toBe("b");
  });

  it("starts at the first (or, backwards, the last) control when the focus is outside", () => {
    expect(nextInCycle(["a", "b"], "x", false)).toBe("a");
    expect(nextInCycle(["a", "b"], null, true)).toBe("b");
    expect(nextInCycle([], "a", false)).toBe(null);
  });
});
