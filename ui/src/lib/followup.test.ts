import { describe, expect, it } from "vitest";
import { FollowUpState, isLate, statusMessage } from "./followup.svelte";
import { setStatusNote } from "./edit";
import type { Strategy } from "./generated/model";

const base = {
  id: "s", town: "Paimio", name: "Strategia",
  themes: [{ id: "t1", name: "Aalto 1" }],
  actions: [
    { id: "a1", theme: "t1", name: "Katselmus", status: "notStarted", statusHistory: [] },
    { id: "a2", theme: "t1", name: "Vuosi", status: "onTrack", statusHistory: [{ id: "c0", date: "2026-01", status: "onTrack", note: "" }] },
  ],
} as unknown as Strategy;

const action = (s: Strategy, id = "a1") => s.actions!.find((a) => a.id === id)!;
const changes = (s: Strategy, id = "a1") => action(s, id).statusHistory!.map((c) => [c.date, c.status, c.note]);

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
  it("the first pick records a dated change and offers its note", () => {
    const f = new FollowUpState();
    f.enter("a1", "notStarted");
    const s = f.pick(base, "a1", "onTrack", "2026-11-22");
    expect(changes(s)).toEqual([["2026-11-22", "onTrack", ""]]);
    expect(action(s).status).toBe("onTrack");
    expect(f.fresh).toBe(action(s).statusHistory![0].id);
  });

  it("stepping on through the statuses amends that one change, in one undo step", () => {
    const f = new FollowUpState();
    f.enter("a1", "notStarted");
    const key = f.stepKey("a1");
    let s = f.pick(base, "a1", "onTrack", "2026-11-22");
    s = f.pick(s, "a1", "atRisk", "2026-11-22");
    expect(changes(s)).toEqual([["2026-11-22", "atRisk", ""]]);
    expect(action(s).status).toBe("atRisk");
    expect(f.stepKey("a1")).toBe(key);
  });

  it("stepping back to where the visit started takes the change away again", () => {
    const f = new FollowUpState();
    f.enter("a2", "onTrack");
    let s = f.pick(base, "a2", "atRisk", "2026-11-22");
    s = f.pick(s, "a2", "onTrack", "2026-11-22");
    expect(changes(s, "a2")).toEqual([["2026-01", "onTrack", ""]]);
    expect(action(s, "a2").status).toBe("onTrack");
    expect(f.fresh).toBeNull();
    const first = f.pick(base, "a1", "late", "2026-11-22");
    expect(f.pick(first, "a1", "notStarted", "2026-11-22").actions![0]).toEqual(base.actions![0]);
  });

  it("a change with a note is kept: the next pick is a change of its own", () => {
    const f = new FollowUpState();
    f.enter("a1", "notStarted");
    let s = f.pick(base, "a1", "atRisk", "2026-11-22");
    s = setStatusNote(s, "a1", f.fresh!, "Budjetti ylittyy");
    s = f.pick(s, "a1", "late", "2026-11-23");
    expect(changes(s)).toEqual([["2026-11-22", "atRisk", "Budjetti ylittyy"], ["2026-11-23", "late", ""]]);
  });

  it("after leaving the row, or when the change was undone, a pick is a new change", () => {
    const f = new FollowUpState();
    f.enter("a1", "notStarted");
    const key = f.stepKey("a1");
    let s = f.pick(base, "a1", "onTrack", "2026-11-22");
    f.leave("a1");
    f.enter("a1", "onTrack");
    expect(f.stepKey("a1")).not.toBe(key);
    s = f.pick(s, "a1", "done", "2026-11-22");
    expect(changes(s)).toEqual([["2026-11-22", "onTrack", ""], ["2026-11-22", "done", ""]]);
    const undone = f.pick(base, "a1", "atRisk", "2026-11-22");
    expect(changes(undone)).toEqual([["2026-11-22", "atRisk", ""]]);
  });

  it("leaving another row does not end this visit", () => {
    const f = new FollowUpState();
    f.enter("a1", "notStarted");
    let s = f.pick(base, "a1", "onTrack", "2026-11-22");
    f.leave("a2");
    s = f.pick(s, "a1", "done", "2026-11-22");
    expect(changes(s)).toEqual([["2026-11-22", "done", ""]]);
  });
});

describe("status names", () => {
  it("are the catalogue's status messages", () => {
    expect(statusMessage("notStarted")).toBe("status-not-started");
    expect(statusMessage("done")).toBe("status-done");
  });
});

describe("late actions", () => {
  const a = { id: "a", theme: "t", name: "x", due: "2026-10", status: "onTrack" } as const;
  it("are those marked late and those not done by their due date", () => {
    expect(isLate({ ...a }, "2026-10-31")).toBe(false);
    expect(isLate({ ...a }, "2026-11-01")).toBe(true);
    expect(isLate({ ...a, status: "done" }, "2027-01-01")).toBe(false);
    expect(isLate({ ...a, due: null, status: "late" }, "2026-01-01")).toBe(true);
    expect(isLate({ ...a, due: null }, "2030-01-01")).toBe(false);
  });
});
