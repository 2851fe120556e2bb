import { describe, expect, it } from "vitest";
import { CouncilState, type CouncilBackend } from "./council.svelte";
import type { SnapshotLine, UndoState } from "./generated/commands";

const line = (id: string): SnapshotLine => ({ id, meeting: "Kaupunginvaltuusto 14.12.2026, § 87", date: "14.12.2026", author: "Strategiajohtaja" });

describe("the council's meetings", () => {
  it("records a meeting with the handouts made, takes the core's list and hands the undo stacks on", async () => {
    const calls: unknown[][] = [];
    const undo = { dirty: false } as unknown as UndoState;
    const backend: CouncilBackend = {
      snapshots: async () => [],
      recordSnapshot: async (...args) => { calls.push(args); return { id: "abc1234", snapshots: [line("abc1234")], undo }; },
      changesSince: async (since) => ({ since, empty: false, lines: ["Lisätyt toimenpiteet", "• Kirjasto"] }),
    };
    const saved: UndoState[] = [];
    const c = new CouncilState(backend, { run: (f) => f(), saved: (u) => saved.push(u) });
    expect(c.canRecord()).toBe(false);
    c.meeting = "Kaupunginvaltuusto 14.12.2026, § 87";
    c.date = "14.12.2026";
    expect(await c.record(["roadmap"])).toBe("abc1234");
    expect(calls).toEqual([["Kaupunginvaltuusto 14.12.2026, § 87", "14.12.2026", ["roadmap"]]]);
    expect(c.list.map((s) => s.id)).toEqual(["abc1234"]);
    expect(c.meeting).toBe("");
    expect(saved).toEqual([undo]);
    await c.show("abc1234");
    expect(c.shown?.lines).toContain("• Kirjasto");
    await c.show("abc1234");
    expect(c.shown).toBeNull();
  });

  it("a refused recording keeps the form and the list", async () => {
    const backend: CouncilBackend = {
      snapshots: async () => { throw new Error("no project"); },
      recordSnapshot: async () => { throw new Error("no project"); },
      changesSince: async () => { throw new Error("no project"); },
    };
    const c = new CouncilState(backend, { run: async (f) => { try { return await f(); } catch { return undefined; } }, saved: () => {} });
    await c.load();
    expect(c.list).toEqual([]);
    c.meeting = "Kaupunginhallitus";
    expect(await c.record()).toBeNull();
    expect(c.meeting).toBe("Kaupunginhallitus");
  });
});
