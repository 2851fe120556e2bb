import { describe, expect, it } from "vitest";
import { App } from "./app.svelte";
import type { Backend } from "./backend";
import type { AfterMerge, Boot, CopiesMerged, CopyOut, Merged, Opened } from "./generated/commands";
import type { Strategy } from "./generated/model";

const strategy = { id: "s", town: "T", name: "N", themeLabel: { singular: "a", plural: "b" } } as Strategy;
const undo = { canUndo: true, canRedo: false, undoLabel: "", redoLabel: "", dirty: false };
const opened: Opened = { path: "/j/Strategia.tiekartta", fileName: "Strategia.tiekartta", strategy, problems: [], phaseDates: [], undo };
const boot: Boot = { lang: "fi", author: "", recent: [], samples: [], recovery: null, startup: opened, startupError: null, reloaded: null, textScale: 1, version: "0.1.0" };
const copy = (name: string): CopyOut => ({ path: `/j/${name}`, fileName: name });
const merged = (slogan: string, summary: string[]): Merged => ({
  strategy: { ...strategy, slogan } as Strategy, problems: [], incoming: [{ name: "x", changes: [], summary }], conflicts: [], undo, phaseDates: [],
});

/** An app whose folder watcher is driven by the test. */
async function watched(copies: CopyOut[], onMerge: (paths: string[], after: AfterMerge) => CopiesMerged) {
  let folder: { cameIn: (m: Merged) => void; copies: (c: CopyOut[]) => void } | undefined;
  const backend = {
    boot: () => Promise.resolve(boot),
    conflicts: () => Promise.resolve([]),
    history: () => Promise.resolve([]),
    followFolder: () => Promise.resolve(copies),
    onFolder: (on: typeof folder) => { folder = on; return Promise.resolve(() => {}); },
    mergeConflictCopies: (paths: string[], after: AfterMerge) => Promise.resolve(onMerge(paths, after)),
  } as unknown as Backend;
  const app = new App(backend);
  await app.start();
  await new Promise((r) => setTimeout(r, 0));
  return { app, folder: folder! };
}

describe("conflict copies beside the open file", () => {
  it("are offered when the file opens, merged as chosen, and the banner goes", async () => {
    const asked: [string[], AfterMerge][] = [];
    const { app } = await watched([copy("Strategia-LAPTOP-7.tiekartta"), copy("Strategia (conflicted copy).tiekartta")], (paths, after) => {
      asked.push([paths, after]);
      return { merged: merged("Molemmat", ["Sivistysjohtaja muutti 3 toimenpidettä"]), saved: { path: opened.path!, fileName: opened.fileName, undo, cameIn: null }, setAside: [], notSetAside: [] };
    });
    expect(app.copies.map((c) => c.fileName)).toEqual(["Strategia-LAPTOP-7.tiekartta", "Strategia (conflicted copy).tiekartta"]);
    app.copiesAfter = "trash";
    await app.mergeConflictCopies();
    expect(asked).toEqual([[["/j/Strategia-LAPTOP-7.tiekartta", "/j/Strategia (conflicted copy).tiekartta"], "trash"]]);
    expect(app.strategy?.slogan).toBe("Molemmat");
    expect(app.copies).toEqual([]);
    expect(app.notice).toContain("Sivistysjohtaja muutti 3 toimenpidettä");
  });

  it("once dismissed are not offered again, but a new one is", async () => {
    const { app, folder } = await watched([copy("Strategia-LAPTOP-7.tiekartta")], () => { throw new Error("no merge"); });
    app.dismissCopies();
    folder.copies([copy("Strategia-LAPTOP-7.tiekartta")]);
    expect(app.copies).toEqual([]);
    folder.copies([copy("Strategia-LAPTOP-7.tiekartta"), copy("Strategia-KONE-2.tiekartta")]);
    expect(app.copies.map((c) => c.fileName)).toEqual(["Strategia-KONE-2.tiekartta"]);
  });

  it("another laptop's save is shown with who changed what", async () => {
    const { app, folder } = await watched([], () => { throw new Error("no merge"); });
    folder.cameIn(merged("Uusi", ["Sivistysjohtaja muutti 3 toimenpidettä"]));
    expect(app.strategy?.slogan).toBe("Uusi");
    expect(app.notice).toContain("Strategia.tiekartta");
    expect(app.notice).toContain("Sivistysjohtaja muutti 3 toimenpidettä");
  });
});
