import { describe, expect, it } from "vitest";
import type { Strategy } from "./generated/model";
import { addBullet, addThemeItem, deleteAction, moveThemeItem, removeBullet, removeThemeItem, setActual, setBulletText, setDocumentPeriod, setStatus, setStrategyField, updateThemeItem, updateValue, valuesTitle, withPeriodEnd } from "./edit";
import { addListItem, amendStatus, removeListItem, removeStatusChange, setStatusDate, setStatusNote } from "./edit";

const base: Strategy = {
  id: "s", town: "Paimion kaupunki", name: "Strategia",
  themeLabel: { singular: "aalto", plural: "aallot" },
  themes: [{ id: "t1", name: "Aalto 1" }],
  actions: [
    { id: "a1", theme: "t1", name: "Katselmus", start: "2027-03", due: "2027-09", status: "notStarted" },
    { id: "a2", theme: "t1", name: "Vuosi", start: "2028", due: "2029", status: "onTrack" },
  ],
  indicators: [{ id: "i1", name: "Vuosikate", direction: "increase", actuals: [{ date: "2027", value: 1, note: "" }] }],
} as Strategy;

describe("edits", () => {
  it("deleting removes exactly that action", () => {
    expect(deleteAction(base, "a1").actions?.map((a) => a.id)).toEqual(["a2"]);
  });

  it("a status change is kept in the dated history", () => {
    const s = setStatus(base, "a1", "atRisk", "2026-11-22", "budjetti");
    expect(s.actions?.[0].status).toBe("atRisk");
    expect(s.actions?.[0].statusHistory).toEqual([expect.objectContaining({ date: "2026-11-22", status: "atRisk", note: "budjetti" })]);
  });

  it("one actual per date, oldest first", () => {
    let s = setActual(base, "i1", { date: "2029", value: 3, note: "" });
    s = setActual(s, "i1", { date: "2028", value: 2, note: "" });
    s = setActual(s, "i1", { date: "2028", value: 5, note: "" });
    expect(s.indicators?.[0].actuals?.map((m) => [m.date, m.value])).toEqual([["2027", 1], ["2028", 5], ["2029", 3]]);
  });

  it("bullets nest one level and are edited and removed at any depth", () => {
    let p = addBullet([]);
    p = addBullet(p, p[0].id);
    const child = p[0].children![0].id;
    p = setBulletText(p, child, "alakohta");
    expect(p[0].children![0].text).toBe("alakohta");
    expect(removeBullet(p, child)[0].children).toEqual([]);
  });
});

describe("goals and success factors of a theme", () => {
  const s = {
    ...base,
    themes: [
      { id: "t1", name: "Aalto 1", successFactors: [{ id: "f1", name: "Osaava henkilöstö" }, { id: "f2", name: "Vakaa talous" }] },
      { id: "t2", name: "Aalto 2", successFactors: [{ id: "f3", name: "Muu" }] },
    ],
  } as Strategy;
  const names = (x: Strategy, theme = 0) => x.themes?.[theme].successFactors?.map((f) => f.name);

  it("an added factor comes last with a fresh id, in that theme only", () => {
    const { strategy, id } = addThemeItem(s, "t1", "successFactors", "Uusi");
    expect(names(strategy)).toEqual(["Osaava henkilöstö", "Vakaa talous", "Uusi"]);
    expect(strategy.themes?.[0].successFactors?.[2].id).toBe(id);
    expect(id).not.toBe("f1");
    expect(strategy.themes?.[1]).toBe(s.themes?.[1]);
    expect(names(s)).toHaveLength(2);
  });

  it("a factor is renamed and removed by its id", () => {
    expect(names(updateThemeItem(s, "t1", "successFactors", "f2", { name: "Kestävä talous" }))).toEqual(["Osaava henkilöstö", "Kestävä talous"]);
    expect(names(removeThemeItem(s, "t1", "successFactors", "f1"))).toEqual(["Vakaa talous"]);
  });

  it("moving swaps neighbours and at either end changes nothing (no undo step)", () => {
    expect(names(moveThemeItem(s, "t1", "successFactors", "f2", -1))).toEqual(["Vakaa talous", "Osaava henkilöstö"]);
    expect(names(moveThemeItem(s, "t1", "successFactors", "f1", 1))).toEqual(["Vakaa talous", "Osaava henkilöstö"]);
    expect(moveThemeItem(s, "t1", "successFactors", "f1", -1)).toBe(s);
    expect(moveThemeItem(s, "t1", "successFactors", "f2", 1)).toBe(s);
  });

  it("goals are edited the same way", () => {
    const { strategy } = addThemeItem(s, "t2", "goals", "Tavoite");
    expect(strategy.themes?.[1].goals?.map((g) => g.name)).toEqual(["Tavoite"]);
    expect(strategy.themes?.[1].successFactors).toEqual(s.themes?.[1].successFactors);
  });
});

describe("a document's period", () => {
  it("the first end typed stands for both and the other end then extends it", () => {
    expect(withPeriodEnd(null, "start", "2027")).toEqual({ start: "2027", end: "2027" });
    expect(withPeriodEnd({ start: "2027", end: "2027" }, "end", "2030-06")).toEqual({ start: "2027", end: "2030-06" });
  });

  it("clearing one end keeps the other (retyping an end loses nothing); clearing the last clears the period", () => {
    expect(withPeriodEnd({ start: "2027", end: "2030" }, "end", null)).toEqual({ start: "2027", end: "2027" });
    expect(withPeriodEnd({ start: "2027", end: "2030" }, "start", null)).toEqual({ start: "2030", end: "2030" });
    expect(withPeriodEnd({ start: "2027", end: "2027" }, "start", null)).toBeNull();
    expect(withPeriodEnd(null, "end", null)).toBeNull();
  });

  it("is set on that document only", () => {
    const s = { ...base, documents: [{ id: "d1", kind: "plan", name: "A" }, { id: "d2", kind: "report", name: "B", cadence: "yearly" }] } as Strategy;
    const after = setDocumentPeriod(s, "d2", "end", "2030");
    expect(after.documents?.[1]).toEqual({ id: "d2", kind: "report", name: "B", cadence: "yearly", period: { start: "2030", end: "2030" } });
    expect(after.documents?.[0]).toBe(s.documents?.[0]);
  });
});

describe("values", () => {
  it("the values' heading is what the town calls them, else the default", () => {
    expect(valuesTitle(base, "Arvot")).toBe("Arvot");
    expect(valuesTitle(setStrategyField(base, "valuesLabel", "  "), "Arvot")).toBe("Arvot");
    expect(valuesTitle(setStrategyField(base, "valuesLabel", "Ohjaavat periaatteet"), "Arvot")).toBe("Ohjaavat periaatteet");
  });

  it("a tagline is set on that value only", () => {
    const s = { ...base, values: [{ id: "v1", name: "Yhdessä" }, { id: "v2", name: "Avoimesti" }] } as Strategy;
    const after = updateValue(s, "v1", { tagline: "Yhdessä Kaarinassa" });
    expect(after.values?.[0]).toEqual({ id: "v1", name: "Yhdessä", tagline: "Yhdessä Kaarinassa" });
    expect(after.values?.[1]).toBe(s.values?.[1]);
  });
});

describe("an action's status history", () => {
  const s = {
    ...base,
    actions: [
      { ...base.actions![0], status: "late", statusHistory: [
        { id: "c1", date: "2026-03", status: "onTrack", note: "" },
        { id: "c2", date: "2026-09-01", status: "atRisk", note: "Budjetti ylittyy" },
        { id: "c3", date: "2026-11-22", status: "late", note: "" },
      ] },
      base.actions![1],
    ],
  } as Strategy;
  const history = (x: Strategy) => x.actions?.[0].statusHistory?.map((c) => [c.id, c.date, c.status, c.note]);

  it("a note is rewritten on that change only; the status and the old strategy stay", () => {
    const after = setStatusNote(s, "a1", "c2", "Budjetti ylittyy 10 %");
    expect(history(after)?.[1]).toEqual(["c2", "2026-09-01", "atRisk", "Budjetti ylittyy 10 %"]);
    expect(after.actions?.[0].status).toBe("late");
    expect(after.actions?.[0].statusHistory?.[0]).toBe(s.actions?.[0].statusHistory?.[0]);
    expect(after.actions?.[1]).toBe(s.actions?.[1]);
    expect(s.actions?.[0].statusHistory?.[1].note).toBe("Budjetti ylittyy");
  });

  it("the same note again, or an unknown change, is no edit (no undo step)", () => {
    expect(setStatusNote(s, "a1", "c2", "Budjetti ylittyy")).toBe(s);
    expect(setStatusNote(s, "a1", "nope", "x")).toBe(s);
    expect(setStatusNote(s, "a2", "c2", "x")).toBe(s);
    expect(removeStatusChange(s, "a1", "nope")).toBe(s);
    expect(setStatusDate(s, "a1", "c1", "2026-03")).toBe(s);
  });

  it("a redated change keeps its precision and the history stays oldest first", () => {
    const after = setStatusDate(s, "a1", "c1", "2026-10");
    expect(history(after)?.map((c) => c[0])).toEqual(["c2", "c1", "c3"]);
    expect(after.actions?.[0].statusHistory?.[1].date).toBe("2026-10");
    expect(after.actions?.[0].status).toBe("late");
  });

  it("a change redated past the latest becomes the latest and the status follows it", () => {
    const after = setStatusDate(s, "a1", "c2", "2027");
    expect(history(after)?.map((c) => c[0])).toEqual(["c1", "c3", "c2"]);
    expect(after.actions?.[0].status).toBe("atRisk");
    const back = setStatusDate(s, "a1", "c3", "2026-01-15");
    expect(back.actions?.[0].status).toBe("atRisk");
  });

  it("removing the latest change returns the action to the status before it", () => {
    const after = removeStatusChange(s, "a1", "c3");
    expect(history(after)?.map((c) => c[0])).toEqual(["c1", "c2"]);
    expect(after.actions?.[0].status).toBe("atRisk");
  });

  it("removing an earlier change leaves the status; removing the only one leaves it too", () => {
    expect(removeStatusChange(s, "a1", "c1").actions?.[0].status).toBe("late");
    let x = removeStatusChange(s, "a1", "c3");
    x = removeStatusChange(x, "a1", "c2");
    x = removeStatusChange(x, "a1", "c1");
    expect(x.actions?.[0].statusHistory).toEqual([]);
    expect(x.actions?.[0].status).toBe("onTrack");
  });

  it("amending the latest change's status moves the action's status with it, an earlier one's does not", () => {
    expect(amendStatus(s, "a1", "c3", "done").actions?.[0].status).toBe("done");
    const earlier = amendStatus(s, "a1", "c1", "notStarted");
    expect(earlier.actions?.[0].status).toBe("late");
    expect(history(earlier)?.[0][2]).toBe("notStarted");
    expect(amendStatus(s, "a1", "c3", "late")).toBe(s);
  });
});

describe("adding and removing phases, milestones, owners and plans", () => {
  const s = {
    id: "s", town: "T", name: "N", themeLabel: { singular: "a", plural: "b" },
    owners: [{ id: "o1", name: "Hallitus", kind: "board" }, { id: "o2", name: "Tiimi", kind: "group", organisation: "o1" }],
    phases: [{ id: "p1", name: "Aalto 1" }],
    milestones: [{ id: "m1", name: "Kick-off", kind: "kickOff", phase: "p1", owners: ["o1"] }],
    documents: [{ id: "d1", name: "Ohjelma", kind: "programme", owners: ["o1"] }, { id: "d2", name: "Osa", kind: "plan", parent: "d1" }],
    actions: [{ id: "a1", theme: "t", name: "A", status: "notStarted", owners: ["o1", "o2"], phases: ["p1"] }],
    indicators: [{ id: "i1", name: "I", direction: "increase", owners: ["o1"] }],
    events: [{ id: "e1", name: "Työpaja", kind: "workshop", participants: ["o1"] }],
  } as unknown as Strategy;

  it("a new item has a fresh id, the name given and what its kind needs", () => {
    const { strategy, id } = addListItem(s, "owners", "Sivistyslautakunta");
    expect(strategy.owners?.at(-1)).toEqual({ id, name: "Sivistyslautakunta", kind: "unit" });
    expect(addListItem(s, "milestones", "Arviointi").strategy.milestones?.at(-1)?.kind).toBe("other");
    expect(addListItem(s, "documents", "Suunnitelma").strategy.documents?.at(-1)?.kind).toBe("plan");
    expect(addListItem(s, "phases", "Aalto 2").strategy.phases?.map((p) => p.name)).toEqual(["Aalto 1", "Aalto 2"]);
  });

  it("removing an owner leaves nothing pointing at it", () => {
    const out = removeListItem(s, "owners", "o1");
    expect(out.owners?.map((o) => o.id)).toEqual(["o2"]);
    expect(out.owners?.[0].organisation).toBeNull();
    expect(out.actions?.[0].owners).toEqual(["o2"]);
    expect(out.documents?.[0].owners).toEqual([]);
    expect(out.milestones?.[0].owners).toEqual([]);
    expect(out.indicators?.[0].owners).toEqual([]);
    expect(out.events?.[0].participants).toEqual([]);
  });

  it("removing a phase or a plan leaves nothing pointing at it", () => {
    const noPhase = removeListItem(s, "phases", "p1");
    expect(noPhase.phases).toEqual([]);
    expect(noPhase.actions?.[0].phases).toEqual([]);
    expect(noPhase.milestones?.[0].phase).toBeNull();
    const noPlan = removeListItem(s, "documents", "d1");
    expect(noPlan.documents).toEqual([{ id: "d2", name: "Osa", kind: "plan", parent: null }]);
    expect(removeListItem(s, "milestones", "m1").milestones).toEqual([]);
  });
});
