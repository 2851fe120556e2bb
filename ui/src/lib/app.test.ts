import { describe, expect, it } from "vitest";
import { App } from "./app.svelte";
import type { Backend } from "./backend";
import type { Boot, Opened } from "./generated/commands";
import type { Strategy } from "./generated/model";

const strategy = { id: "s", town: "T", name: "N", themeLabel: { singular: "a", plural: "b" } } as Strategy;
const opened: Opened = { path: "/tmp/a.json", fileName: "a.json", strategy, problems: [], phaseDates: [], undo: { canUndo: false, canRedo: false, undoLabel: "", redoLabel: "", dirty: false } };
const boot = (recent: string[], startup: Opened | null = null): Boot => ({
  lang: "fi", author: "", recent: recent.map((p) => ({ path: p, fileName: p.split("/").pop() ?? p })),
  samples: [], recovery: null, startup, startupError: null,
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
