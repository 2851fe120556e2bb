import { describe, expect, it } from "vitest";
import { StatusNotes } from "./followup.svelte";

describe("status notes", () => {
  it("a note is kept per action until its status changes, then taken trimmed and cleared", () => {
    const notes = new StatusNotes();
    notes.set("a1", "  budjetti ylittyy ");
    notes.set("a2", "toinen");
    expect(notes.get("a1")).toBe("  budjetti ylittyy ");
    expect(notes.take("a1")).toBe("budjetti ylittyy");
    expect(notes.get("a1")).toBe("");
    expect(notes.take("a1")).toBe("");
    expect(notes.get("a2")).toBe("toinen");
  });
});
