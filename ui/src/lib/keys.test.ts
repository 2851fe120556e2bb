import { describe, expect, it } from "vitest";
import { commandFor } from "./keys";

describe("keyboard shortcuts", () => {
  it("undo and both redo chords", () => {
    expect(commandFor({ key: "z", ctrlKey: true }, false)).toBe("undo");
    expect(commandFor({ key: "Z", ctrlKey: true, shiftKey: true }, false)).toBe("redo");
    expect(commandFor({ key: "y", ctrlKey: true }, true)).toBe("redo");
  });

  it("plain keys act on the roadmap but not while typing", () => {
    expect(commandFor({ key: "+" }, false)).toBe("zoomIn");
    expect(commandFor({ key: "-" }, false)).toBe("zoomOut");
    expect(commandFor({ key: "Delete" }, false)).toBe("delete");
    expect(commandFor({ key: "Delete" }, true)).toBeNull();
    expect(commandFor({ key: "ArrowLeft" }, true)).toBeNull();
    expect(commandFor({ key: "Escape" }, true)).toBe("escape");
  });
});
