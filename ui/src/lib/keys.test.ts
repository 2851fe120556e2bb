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

describe("desktop keys", () => {
  it("never reload the page and zoom the roadmap's text with Ctrl", () => {
    expect(commandFor({ key: "F5" }, true)).toBe("reload");
    expect(commandFor({ key: "r", ctrlKey: true }, true)).toBe("reload");
    expect(commandFor({ key: "R", ctrlKey: true, shiftKey: true }, false)).toBe("reload");
    expect(commandFor({ key: "+", ctrlKey: true }, false)).toBe("textBigger");
    expect(commandFor({ key: "-", ctrlKey: true }, false)).toBe("textSmaller");
    expect(commandFor({ key: "0", ctrlKey: true }, false)).toBe("textPlain");
    expect(commandFor({ key: "q", ctrlKey: true }, true)).toBe("quit");
    expect(commandFor({ key: "F10", shiftKey: true }, false)).toBe("contextMenu");
    expect(commandFor({ key: "ContextMenu" }, false)).toBe("contextMenu");
  });
});
