// Sharing through a sync server, in the UI: where the open strategy is
// shared, the address typed to share it, and what the last sync said. The
// shell syncs a shared strategy by itself every few seconds and tells us
// (`synced`, `sync-error`, `sync-ok`); every rule is the core's.
import type { Merged, Opened, SharedAt, Synced } from "./generated/commands";
import type { UserError } from "./generated/model";
import { t } from "./i18n.svelte";

export type SyncBackend = {
  sharedAt: () => Promise<SharedAt | null>;
  share: (server: string) => Promise<Synced>;
  syncNow: () => Promise<Synced | null>;
  openSharedDialog: (server: string, id: string) => Promise<Opened | null>;
};

export type SyncHost = {
  run: <T>(f: () => Promise<T>) => Promise<T | undefined>;
  merged: (m: Merged) => void;
  opened: (o: Opened) => void;
  guard: () => Promise<boolean>;
};

export class SyncState {
  #backend: SyncBackend;
  #host: SyncHost;
  /** Where the open strategy is shared; null when it is not. */
  shared = $state<SharedAt | null>(null);
  /** The server address typed (to share, or to open from). */
  server = $state("");
  /** The document id typed (to open from a server). */
  document = $state("");
  /** What the last sync said, a sentence. */
  said = $state("");
  /** Whether syncing fails now (the edits wait in the file). */
  failing = $state(false);

  constructor(backend: SyncBackend, host: SyncHost) {
    this.#backend = backend;
    this.#host = host;
  }

  /** Asks again where the open strategy is shared (after open, save as, close). */
  async refresh(): Promise<void> {
    try {
      this.shared = await this.#backend.sharedAt();
    } catch {
      this.shared = null;
    }
    if (this.shared) this.server = this.shared.server;
  }

  #took(s: Synced): void {
    this.shared = s.shared;
    this.failing = false;
    this.#host.merged(s.merged);
    this.said = s.incoming.length
      ? t("app-sync-came", { summary: s.incoming.flatMap((i) => i.summary).join(", ") })
      : t("app-sync-done");
  }

  async share(): Promise<void> {
    const s = await this.#host.run(() => this.#backend.share(this.server.trim()));
    if (s) this.#took(s);
  }

  async syncNow(): Promise<void> {
    const s = await this.#host.run(() => this.#backend.syncNow());
    if (s) this.#took(s);
  }

  async openShared(): Promise<void> {
    if (!(await this.#host.guard())) return;
    const o = await this.#host.run(() => this.#backend.openSharedDialog(this.server.trim(), this.document.trim()));
    if (o) this.#host.opened(o);
  }

  /** The shell's background sync brought edits. */
  cameIn(s: Synced): void {
    this.#took(s);
  }

  /** The shell's background sync failed (said once until it works again). */
  failed(e: UserError): void {
    this.failing = true;
    this.said = t("app-sync-failing", { message: e.message });
  }

  back(): void {
    this.failing = false;
    this.said = t("app-sync-back");
  }
}
