import { describe, expect, it } from "vitest";
import { ListingState, type ListingBackend } from "./listing.svelte";
import type { Changed, ListInto, ListingPreview, Opened } from "./generated/commands";

const counts = (actions: number) => ({ themes: 0, goals: 0, actions, owners: 0 });
const preview = (into: ListInto, actions = 2): ListingPreview => ({
  into,
  preview: { file: "Åtgärdsplan.xlsx", sheet: "Åtgärdsplan", headerRow: 3, columns: [], rows: actions, new: counts(actions), existing: counts(0), updated: [], notUnderstood: [] },
  actions: [],
  updates: [],
  problems: [],
});

function state(p: ListingPreview | null, guard = true) {
  const calls: string[] = [];
  const notices: string[] = [];
  const backend: ListingBackend = {
    previewListDialog: (into) => { calls.push(`preview ${into}`); return Promise.resolve(p); },
    previewDroppedList: (into) => { calls.push(`dropped ${into}`); return Promise.resolve(p); },
    acceptList: () => { calls.push("accept"); return Promise.resolve({} as Changed); },
    acceptListNew: () => { calls.push("accept new"); return Promise.resolve({} as Opened); },
    dropList: () => { calls.push("drop"); return Promise.resolve(); },
  };
  const s = new ListingState(backend, {
    run: (f) => f(),
    apply: (send) => { calls.push("queued"); return send(); },
    opened: () => calls.push("opened"),
    guard: () => { calls.push("guard"); return Promise.resolve(guard); },
    notice: (t) => notices.push(t),
  });
  return { s, calls, notices };
}

describe("an action list brought in", () => {
  it("into the open strategy goes through the queue of edits and says so", async () => {
    const { s, calls, notices } = state(preview("open"));
    await s.pick("open");
    expect(s.preview?.into).toBe("open");
    await s.accept((file) => `tuotu ${file}`);
    expect(calls).toEqual(["preview open", "queued", "accept"]);
    expect(notices).toEqual(["tuotu Åtgärdsplan.xlsx"]);
    expect(s.preview).toBeNull();
  });

  it("as a new strategy asks about unsaved work first, and stays when the user cancels", async () => {
    const { s, calls } = state(preview("new"), false);
    await s.pick("new");
    await s.accept(() => "");
    expect(calls).toEqual(["preview new", "guard"]);
    expect(s.preview).not.toBeNull();
  });

  it("shows nothing when the dialog is cancelled, and a cancelled preview is dropped in the core", async () => {
    const none = state(null);
    await none.s.pick("new");
    expect(none.s.preview).toBeNull();
    const { s, calls } = state(preview("open"));
    await s.pick("open");
    await s.cancel();
    expect(s.preview).toBeNull();
    expect(calls).toEqual(["preview open", "drop"]);
  });

  it("offers nothing to accept when the list adds nothing", async () => {
    const { s } = state(preview("open", 0));
    await s.pick("open");
    expect(s.nothingNew).toBe(true);
  });

  it("offers the list when it adds nothing but changes an action already there", async () => {
    const { s } = state({ ...preview("open", 0), updates: ["Rivi 6: ”Läsfrämjande”: määräaika 2027 » 6/2028"] });
    await s.pick("open");
    expect(s.nothingNew).toBe(false);
  });
});
