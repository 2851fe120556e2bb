import { describe, expect, it } from "vitest";
import { RoundsState, type RoundsBackend } from "./rounds.svelte";
import type { Merged, RoundRequest, Rounds } from "./generated/commands";

const rounds: Rounds = {
  rounds: [],
  askable: [
    { id: "o1", name: "Sivistysjohtaja", actions: 3, indicators: 1, reports: 1 },
    { id: "o2", name: "Tekninen johtaja", actions: 2, indicators: 0, reports: 0 },
  ],
  canSend: true,
};

function state(sent: RoundRequest[] = []) {
  const merged: Merged[] = [];
  const backend: RoundsBackend = {
    rounds: () => Promise.resolve(rounds),
    sendRound: (request) => {
      sent.push(request);
      return Promise.resolve({ folder: "/tmp/k", files: ["a.xlsx"], rounds, saved: {} as Merged });
    },
    takeAnswersDialog: () => Promise.resolve(null),
    takeDroppedAnswer: () => Promise.resolve(null),
  };
  const s = new RoundsState(backend, { run: (f) => f(), merged: (m) => merged.push(m) });
  return { s, merged };
}

describe("a new follow-up round", () => {
  it("asks every owner when all are ticked, so owners added later are asked too", async () => {
    const { s } = state();
    await s.load();
    s.name = "Syksyn 2026 seuranta";
    s.periods = "2025, 2026,";
    expect(s.request()).toMatchObject({ name: "Syksyn 2026 seuranta", owners: [], periods: ["2025", "2026"], deadline: null });
  });

  it("names the owners still ticked when one is left out", async () => {
    const { s } = state();
    await s.load();
    s.setAsks("o2", false);
    expect(s.request().owners).toEqual(["o1"]);
    s.setAsks("o2", true);
    expect(s.request().owners).toEqual([]);
  });

  it("cannot be sent without a name or with nobody asked", async () => {
    const { s } = state();
    await s.load();
    expect(s.canSend()).toBe(false);
    s.name = "Kevät";
    expect(s.canSend()).toBe(true);
    s.setAsks("o1", false);
    s.setAsks("o2", false);
    expect(s.canSend()).toBe(false);
  });

  it("shows the saved project once sent and clears the name for the next round", async () => {
    const sent: RoundRequest[] = [];
    const { s, merged } = state(sent);
    await s.load();
    s.name = "Kevät";
    await s.send();
    expect(sent).toHaveLength(1);
    expect(merged).toHaveLength(1);
    expect(s.sent?.files).toEqual(["a.xlsx"]);
    expect(s.name).toBe("");
  });
});
