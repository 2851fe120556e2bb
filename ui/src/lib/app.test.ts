import { describe, expect, it } from "vitest";
import { App } from "./app.svelte";
import type { Backend } from "./backend";
import type { Boot, Opened } from "./generated/commands";
import type { Strategy } from "./generated/model";

const strategy = { id: "s", town: "T", name: "N", themeLabel: { singular: "a", plural: "b" } } as Strategy;
const opened: Opened = { path: "/tmp/a.json", fileName: "a.json", strategy, problems: [], phaseDates: [], undo: { canUndo: false, canRedo: false, undoLabel: "", redoLabel: "", dirty: false } };
const boot = (recent: string[], startup: Opened | null = null): Boot => ({
  lang: "fi", author: "", recent: recent.map((p) => ({ path: p, fileName: p.split("/").pop() ?? p })),
  samples: [], recovery: null, startup, startupError: null, reloaded: null, textScale: 1, version: "0.1.0",
});

describe("closing a strategy", () => {
  it("shows the start view only once the recent list is fresh", async () => {
    let answerBoot: (b: Boot) => void = () => {};
    let boots = 0;
    const backend = {
      boot: () => (boots++ === 0 ? Promise.resolve(boot(["/tmp/a.json"], opened)) : new Promise<Boot>((r) => (answerBoot = r))),
      conflicts: () => Promise.resolve([]),
      closeDocument: () => Promise.resolve(),
    } as unknown as Backend;
    const app = new App(backend);
    await app.start();
    expect(app.view).toBe("roadmap");
    expect(app.roadmap.keepDay?.onlyInside).toBe(true);

    const closing = app.close();
    await new Promise((r) => setTimeout(r, 0));
    // The backend has not yet said which files are recent: the old list is not shown.
    expect(app.view).toBe("roadmap");
    answerBoot(boot(["/tmp/saved.tiekartta", "/tmp/a.json"]));
    await closing;
    expect(app.view).toBe("start");
    expect(app.boot?.recent[0].path).toBe("/tmp/saved.tiekartta");
    expect(app.strategy).toBeNull();
  });
});

describe("the roadmap picture", () => {
  it("is the answer to the latest request, however the answers arrive", async () => {
    const answers: ((p: unknown) => void)[] = [];
    const backend = {
      boot: () => Promise.resolve(boot([], opened)),
      conflicts: () => Promise.resolve([]),
      roadmap: () => new Promise((r) => answers.push(r)),
    } as unknown as Backend;
    const app = new App(backend);
    await app.start();
    const picture = (w: number) => ({ pages: [], width: w, height: 1, scale: null, truncated: 0, micros: 0 });
    const first = app.loadRoadmap();
    app.roadmap.zoom = "week";
    const second = app.loadRoadmap();
    await new Promise((r) => setTimeout(r, 0));
    answers[1](picture(2));
    await second;
    answers[0](picture(1));
    await first;
    expect(app.roadmap.picture?.width).toBe(2);
    expect(app.roadmap.shown?.zoom).toBe("week");
  });
});

describe("the desktop shell's paths", () => {
  const dirty = { ...opened, undo: { ...opened.undo, canUndo: true, undoLabel: "x", dirty: true } };

  it("a reload shows the document the shell still holds, unsaved work included", async () => {
    const backend = {
      boot: () => Promise.resolve({ ...boot([], null), reloaded: dirty }),
      conflicts: () => Promise.resolve([]),
    } as unknown as Backend;
    const app = new App(backend);
    await app.start();
    expect(app.view).toBe("roadmap");
    expect(app.history.dirty).toBe(true);
  });

  it("a dropped file with unsaved work asks first and opens only after Discard", async () => {
    let opens = 0;
    const backend = {
      boot: () => Promise.resolve({ ...boot([], null), reloaded: dirty }),
      conflicts: () => Promise.resolve([]),
      openDropped: () => { opens++; return Promise.resolve(opened); },
    } as unknown as Backend;
    const app = new App(backend);
    await app.start();
    const cancelled = app.dropped({ fileName: "b.json", copyOfOpen: false, answer: false, list: false });
    await new Promise((r) => setTimeout(r, 0));
    expect(app.ask?.choices.map((c) => c.id)).toEqual(["save", "discard", "cancel"]);
    app.ask?.resolve("cancel");
    await cancelled;
    expect(opens).toBe(0);
    const discarded = app.dropped({ fileName: "b.json", copyOfOpen: false, answer: false, list: false });
    await new Promise((r) => setTimeout(r, 0));
    app.ask?.resolve("discard");
    await discarded;
    expect(opens).toBe(1);
  });

  it("the menu's Lopeta asks about unsaved work and quits only when it may", async () => {
    let quits = 0;
    const backend = {
      boot: () => Promise.resolve({ ...boot([], null), reloaded: dirty }),
      conflicts: () => Promise.resolve([]),
      closeDocument: () => Promise.resolve(),
      quit: () => { quits++; return Promise.resolve(); },
    } as unknown as Backend;
    const app = new App(backend);
    await app.start();
    app.menu("quit");
    await new Promise((r) => setTimeout(r, 0));
    expect(app.ask).not.toBeNull();
    app.ask?.resolve("cancel");
    await new Promise((r) => setTimeout(r, 0));
    expect(quits).toBe(0);
    app.menu("quit");
    await new Promise((r) => setTimeout(r, 0));
    app.ask?.resolve("discard");
    await new Promise((r) => setTimeout(r, 10));
    expect(quits).toBe(1);
  });
});
