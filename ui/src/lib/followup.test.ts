import { describe, expect, it } from "vitest";
import { FollowUpState, occurrenceStatus, statusMessage } from "./followup.svelte";
import { all, removeItem, setFields, statusChange, updateAction } from "./edit";
import type { Strategy } from "./generated/model";
import type { Schedule } from "./generated/commands";

const base = {
  id: "s", town: "Paimio", name: "Strategia",
  themes: [{ id: "t1", name: "Aalto 1" }],
  actions: [
    { id: "a1", theme: "t1", name: "Katselmus", status: "notStarted", statusHistory: [] },
    { id: "a2", theme: "t1", name: "Vuosi", status: "onTrack", statusHistory: [{ id: "c0", date: "2026-01", status: "onTrack", note: "" }] },
  ],
} as unknown as Strategy;


describe("the follow-up rows", () => {
  it("open and close one by one", () => {
    const f = new FollowUpState();
    f.toggle("a1");
    f.open("a2");
    expect([f.isOpen("a1"), f.isOpen("a2")]).toEqual([true, true]);
    f.toggle("a1");
    f.close("a2");
    expect([f.isOpen("a1"), f.isOpen("a2")]).toEqual([false, false]);
  });
});

describe("picking statuses in one visit of a row", () => {
  // What each pick makes the core do is tested there (tests/session_changes.rs);
  // here, which edit each pick of a visit is. `then` is the strategy as the
  // core answers after the pick.
  const withChange = (s: Strategy, action: string, id: string, status: string, note = "") => ({
    ...s,
    actions: s.actions!.map((a) => (a.id === action
      ? { ...a, status, statusHistory: [...(a.statusHistory ?? []), { id, date: "2026-11-22", status, note }] }
      : a)),
  }) as Strategy;

  it("the first pick records a dated change under a fresh id and offers its note", () => {
    const f = new FollowUpState();
    f.enter("a1", "notStarted");
    const c = f.pick(base, "a1", "onTrack", "2026-11-22");
    expect(c).toMatchObject({ op: "status", action: "a1", status: "onTrack", date: "2026-11-22", note: "" });
    expect(f.fresh).toBe(c && c.op === "status" ? c.id : "none");
  });

  it("stepping on through the statuses amends that one change, in one undo step", () => {
    const f = new FollowUpState();
    f.enter("a1", "notStarted");
    const key = f.stepKey("a1");
    f.pick(base, "a1", "onTrack", "2026-11-22");
    const then = withChange(base, "a1", f.fresh!, "onTrack");
    expect(f.pick(then, "a1", "atRisk", "2026-11-22")).toEqual(setFields(statusChange("a1", f.fresh!), { status: "atRisk" }));
    expect(f.stepKey("a1")).toBe(key);
  });

  it("stepping back to where the visit started takes the change away again", () => {
    const f = new FollowUpState();
    f.enter("a2", "onTrack");
    f.pick(base, "a2", "atRisk", "2026-11-22");
    const id = f.fresh!;
    const then = withChange(base, "a2", id, "atRisk");
    expect(f.pick(then, "a2", "onTrack", "2026-11-22")).toEqual(
      all(removeItem(statusChange("a2", id)), updateAction("a2", { status: "onTrack" })),
    );
    expect(f.fresh).toBeNull();
    expect(f.pick(base, "a1", "notStarted", "2026-11-22")).toBeNull();
  });

  it("a change with a note is kept: the next pick is a change of its own", () => {
    const f = new FollowUpState();
    f.enter("a1", "notStarted");
    f.pick(base, "a1", "atRisk", "2026-11-22");
    const then = withChange(base, "a1", f.fresh!, "atRisk", "Budjetti ylittyy");
    expect(f.pick(then, "a1", "late", "2026-11-23")).toMatchObject({ op: "status", status: "late", date: "2026-11-23" });
  });

  it("after leaving the row, or when the change was undone, a pick is a new change", () => {
    const f = new FollowUpState();
    f.enter("a1", "notStarted");
    const key = f.stepKey("a1");
    f.pick(base, "a1", "onTrack", "2026-11-22");
    const then = withChange(base, "a1", f.fresh!, "onTrack");
    f.leave("a1");
    f.enter("a1", "onTrack");
    expect(f.stepKey("a1")).not.toBe(key);
    expect(f.pick(then, "a1", "done", "2026-11-22")).toMatchObject({ op: "status", status: "done" });
    // Undone: the change is no longer the latest, so the next pick records anew.
    expect(f.pick(base, "a1", "atRisk", "2026-11-22")).toMatchObject({ op: "status", status: "atRisk" });
  });

  it("leaving another row does not end this visit", () => {
    const f = new FollowUpState();
    f.enter("a1", "notStarted");
    f.pick(base, "a1", "onTrack", "2026-11-22");
    const then = withChange(base, "a1", f.fresh!, "onTrack");
    f.leave("a2");
    expect(f.pick(then, "a1", "done", "2026-11-22")).toMatchObject({ op: "item", fields: { status: "done" } });
  });
});

describe("status names", () => {
  it("are the catalogue's status messages", () => {
    expect(statusMessage("notStarted")).toBe("status-not-started");
    expect(statusMessage("done")).toBe("status-done");
  });
});

describe("late actions", () => {
  // The rule itself is the core's (src/schedule/, its tests); here, that the
  // view shows the core's latest answer and drops one overtaken by another.
  const answer = (late: string[]): Schedule => ({
    today: "2026-12-01",
    dues: [],
    actions: ["a1", "a2"].map((id) => ({ id, verdict: late.includes(id) ? "late" : "open" })),
  });

  it("are those the core says are late, as it last answered", async () => {
    const f = new FollowUpState();
    expect(f.verdict("a1")).toBe("open");
    let release: (s: Schedule) => void = () => {};
    const slow = f.load(() => new Promise((r) => (release = r)), "2026-12-01");
    await f.load(async () => answer(["a2"]), "2026-12-01");
    release(answer(["a1"]));
    await slow;
    expect([f.verdict("a1"), f.verdict("a2")]).toEqual(["open", "late"]);
  });

  it("lists the occurrences the core says are followed, with their own status", async () => {
    const f = new FollowUpState();
    await f.load(async () => ({
      ...answer([]),
      dues: [
        { kind: "document", id: "hr", date: "2026-05", recurring: true, status: "done", verdict: "done", followed: true, recorded: true },
        { kind: "document", id: "hr", date: "2027-05", recurring: true, status: "notStarted", verdict: "open", followed: true, recorded: true },
        { kind: "action", id: "a1", date: "2026-06", recurring: false, status: "onTrack", verdict: "late", followed: false, recorded: true },
        { kind: "milestone", id: "kv", date: "2026-06-14", recurring: false, status: "notStarted", verdict: "done", followed: false, recorded: false },
        { kind: "milestone", id: "ev", date: "2026-06", recurring: false, status: "onTrack", verdict: "late", followed: true, recorded: true },
      ],
    }), "2026-12-01");
    expect(f.occurrences("hr").map((d) => d.verdict)).toEqual(["done", "open"]);
    expect(f.occurrences("a1")).toEqual([]);
    expect(f.occurrences("kv")).toEqual([]);
    expect(f.occurrences("ev").map((d) => d.verdict)).toEqual(["late"]);
  });
});

describe("an occurrence's status", () => {
  it("is recorded as a change keyed by the occurrence's due date", () => {
    expect(occurrenceStatus("hr", "2027-05", "done", "2027-05-20")).toEqual({
      op: "occurrence", item: "hr", occurrence: "2027-05", status: "done", date: "2027-05-20", note: "", id: null,
    });
  });
});
