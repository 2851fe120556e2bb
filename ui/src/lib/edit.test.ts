import { describe, expect, it } from "vitest";
import type { Strategy } from "./generated/model";
import { addItem, all, at, deleteAction, echo, freshId, moveItem, removeItem, setFields, setPeriodEnd, setStatus, statusChange, valuesTitle } from "./edit";

// The rules of each edit live in the core (src/edit/, tested in
// tests/session_changes.rs); these check that each intent names what the
// person did, in the shape the core reads.
describe("edits as intents", () => {
  it("name the item by its path from the strategy down", () => {
    expect(setFields(statusChange("a1", "c2"), { note: "Budjetti" })).toEqual({
      op: "item",
      path: [{ list: "actions", id: "a1" }, { list: "statusHistory", id: "c2" }],
      fields: { note: "Budjetti" },
    });
    expect(deleteAction("a1")).toEqual({ op: "remove", path: [{ list: "actions", id: "a1" }] });
  });

  it("an added item says where it goes; a move one place up or down", () => {
    expect(addItem("successFactors", { name: "Uusi" }, [at("themes", "t1")])).toEqual({
      op: "add", parent: [{ list: "themes", id: "t1" }], list: "successFactors", item: { name: "Uusi" },
    });
    expect(moveItem([at("themes", "t1"), at("goals", "g1")], -1)).toMatchObject({ op: "move", by: -1 });
  });

  it("a status is set with its date, under an id the visit can follow", () => {
    const id = freshId("status");
    expect(id).toMatch(/^status-[0-9a-f]{12}$/);
    expect(setStatus("a1", "atRisk", "2026-11-22", "budjetti", id)).toEqual({
      op: "status", action: "a1", status: "atRisk", date: "2026-11-22", note: "budjetti", id,
    });
  });

  it("one end of a document's period, or the strategy's; several edits as one", () => {
    expect(setPeriodEnd("d1", "end", null)).toEqual({ op: "periodEnd", path: [{ list: "documents", id: "d1" }], end: "end", date: null });
    expect(setPeriodEnd(null, "start", "2027")).toMatchObject({ path: null });
    expect(all(removeItem([at("owners", "o1")]))).toEqual({ op: "all", changes: [{ op: "remove", path: [{ list: "owners", id: "o1" }] }] });
  });
});

describe("what the screen shows until the core answers", () => {
  const s = {
    id: "s", town: "T", name: "N", slogan: "Vanha",
    actions: [
      { id: "a1", theme: "t", name: "A", status: "late", statusHistory: [{ id: "c1", date: "2026", status: "late", note: "" }] },
      { id: "a2", theme: "t", name: "B", status: "done" },
    ],
  } as unknown as Strategy;

  it("is the field typed, on that item only; nothing else is worked out here", () => {
    const after = echo(s, setFields(statusChange("a1", "c1"), { note: "Budjetti" }));
    expect(after.actions?.[0].statusHistory?.[0].note).toBe("Budjetti");
    expect(after.actions?.[1]).toBe(s.actions?.[1]);
    expect(echo(s, { op: "strategy", fields: { slogan: null } }).slogan).toBeUndefined();
    expect(echo(s, removeItem([at("actions", "a1")]))).toBe(s);
  });
});

describe("values", () => {
  const base = { id: "s", town: "T", name: "N" } as Strategy;
  it("the values' heading is what the town calls them, else the default", () => {
    expect(valuesTitle(base, "Arvot")).toBe("Arvot");
    expect(valuesTitle({ ...base, valuesLabel: "  " }, "Arvot")).toBe("Arvot");
    expect(valuesTitle({ ...base, valuesLabel: "Ohjaavat periaatteet" }, "Arvot")).toBe("Ohjaavat periaatteet");
  });
});
