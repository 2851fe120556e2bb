import { describe, expect, it } from "vitest";
import { History } from "./history.svelte";

describe("undo history", () => {
  it("undo and redo walk back and forth through the edits", () => {
    const h = new History<string>();
    h.record("a", "0", "1");
    h.record("b", "1", "2");
    expect(h.undo()).toBe("1");
    expect(h.undo()).toBe("0");
    expect(h.undo()).toBeUndefined();
    expect(h.redo()).toBe("1");
    expect(h.redo()).toBe("2");
    expect(h.redo()).toBeUndefined();
  });

  it("a new edit after undo drops the redo steps", () => {
    const h = new History<string>();
    h.record("a", "0", "1");
    h.undo();
    h.record("c", "0", "3");
    expect(h.canRedo).toBe(false);
    expect(h.undo()).toBe("0");
  });

  it("typing in one field joins one step, another field starts a new one", () => {
    const h = new History<string>();
    h.record("t", "", "a", "vision", 1000);
    h.record("t", "a", "ab", "vision", 1200);
    h.record("t", "ab", "abc", "mission", 1300);
    expect(h.undo()).toBe("ab");
    expect(h.undo()).toBe("");
  });

  it("typing after a pause starts a new step", () => {
    const h = new History<string>();
    h.record("t", "", "a", "vision", 1000);
    h.record("t", "a", "ab", "vision", 5000);
    expect(h.undo()).toBe("a");
  });

  it("knows whether the document differs from the saved one", () => {
    const h = new History<string>();
    expect(h.dirty).toBe(false);
    h.record("a", "0", "1");
    expect(h.dirty).toBe(true);
    h.markSaved();
    expect(h.dirty).toBe(false);
    h.undo();
    expect(h.dirty).toBe(true);
    h.redo();
    expect(h.dirty).toBe(false);
  });

  it("typing on right after saving does not join the saved step", () => {
    const h = new History<string>();
    h.record("t", "", "a", "vision", 1000);
    h.markSaved();
    h.record("t", "a", "ab", "vision", 1100);
    expect(h.dirty).toBe(true);
    expect(h.undo()).toBe("a");
    expect(h.dirty).toBe(false);
  });

  it("after undoing past the save and editing, the saved state is unreachable", () => {
    const h = new History<string>();
    h.record("a", "0", "1");
    h.markSaved();
    h.undo();
    h.record("b", "0", "2");
    h.undo();
    expect(h.dirty).toBe(true);
  });
});
