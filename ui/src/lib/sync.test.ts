import { describe, expect, it } from "vitest";
import { SyncState, type SyncBackend } from "./sync.svelte";
import type { Merged, Synced } from "./generated/commands";

const shared = { server: "ws://127.0.0.1:3030/", document: "CHU3Kn7" };
const synced = (summary: string[]): Synced => ({
  shared,
  incoming: summary.length ? [{ name: "ws://127.0.0.1:3030/", changes: [], summary }] : [],
  merged: {} as Merged,
});

function state() {
  const merged: Merged[] = [];
  const calls: string[] = [];
  const backend: SyncBackend = {
    sharedAt: () => Promise.resolve(shared),
    share: (server) => { calls.push(server); return Promise.resolve(synced([])); },
    syncNow: () => Promise.resolve(synced(["Pekka muutti yhden kohdan"])),
    openSharedDialog: () => Promise.resolve(null),
  };
  const s = new SyncState(backend, { run: (f) => f(), merged: (m) => merged.push(m), opened: () => {}, guard: () => Promise.resolve(true) });
  return { s, merged, calls };
}

describe("sharing through a sync server", () => {
  it("shares to the address typed, without the spaces around it", async () => {
    const { s, calls, merged } = state();
    s.server = "  ws://127.0.0.1:3030  ";
    await s.share();
    expect(calls).toEqual(["ws://127.0.0.1:3030"]);
    expect(s.shared).toEqual(shared);
    expect(merged).toHaveLength(1);
  });

  it("says who changed what when a sync brings edits, and that the connection is back after a failure", async () => {
    const { s } = state();
    await s.syncNow();
    expect(s.said).toContain("Pekka muutti yhden kohdan");
    s.failed({ code: "sync-unreachable", message: "Palvelinta ei tavoiteta." });
    expect(s.failing).toBe(true);
    expect(s.said).toContain("Palvelinta ei tavoiteta.");
    s.back();
    expect(s.failing).toBe(false);
  });
});
