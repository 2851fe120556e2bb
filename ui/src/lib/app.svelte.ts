// The app's state: the open strategy, its file, undo history, validation
// problems, the current view and selection, dialogs. Components read it and
// call its methods; it talks to the shell only through `backend`.
import type { Lang, Strategy, UserError } from "./generated/model";
import type { Boot, Change, Changed, Dropped, Opened, PhaseDates, ProblemLine, TextZoom, Zoom } from "./generated/commands";
import type { Backend } from "./backend";
import { CLEAN, History } from "./history.svelte";
import { i18n, t } from "./i18n.svelte";
import type { Command } from "./keys";
import { copyAction, deleteAction, echo, freshId, setStatus } from "./edit";
import { ContextMenuState, type MenuEntry, type MenuTarget } from "./contextmenu.svelte";
import { RoundsState } from "./rounds.svelte";
import { CouncilState } from "./council.svelte";
import { SyncState } from "./sync.svelte";
import { DraftState } from "./draft.svelte";
import { ListingState } from "./listing.svelte";
import { PrintState, handoutName } from "./print.svelte";
import { firstDay, today } from "./dates";
import type { AfterMerge, ConflictOut, CopyOut, ExportFormat, HistoryLine, Incoming, Merged, PaperSize, Picture } from "./generated/commands";
import { tick } from "svelte";
import { RoadmapState, daysFor, type Gesture } from "./roadmap.svelte";

export type View = "start" | "roadmap" | "strategy" | "followup" | "rounds" | "print" | "merge";

export type Choice = { id: string; label: string; primary?: boolean };
type Ask = { message: string; choices: Choice[]; resolve: (id: string) => void };

function toUserError(e: unknown): UserError {
  if (typeof e === "object" && e !== null && "code" in e && "message" in e) return e as UserError;
  return { code: "app-internal", message: String(e) };
}

export class App {
  boot = $state.raw<Boot | null>(null);
  strategy = $state.raw<Strategy | null>(null);
  path = $state<string | null>(null);
  fileName = $state("");
  problems = $state.raw<ProblemLine[]>([]);
  /** The dates actions without their own take from their phases (the core's rule). */
  phaseDates = $state.raw<PhaseDates[]>([]);
  view = $state<View>("start");
  selected = $state<string | null>(null);
  error = $state<UserError | null>(null);
  notice = $state("");
  ask = $state<Ask | null>(null);
  shortcutsOpen = $state(false);
  settingsOpen = $state(false);
  /** Bumped whenever the shell holds a new strategy (the roadmap redraws). */
  revision = $state(0);
  history = new History();
  roadmap = new RoadmapState();
  print = new PrintState();
  contextMenu = new ContextMenuState();
  /** The roadmap's text zoom (1 the plain size), kept in the settings. */
  textScale = $state(1);
  preview = $state.raw<Picture | null>(null);
  /** The handout being printed: its pages, shown only on paper (`@media print`). */
  printSheet = $state.raw<{ pages: string[]; paper: PaperSize; landscape: boolean } | null>(null);
  /** What the last merge brought in, per copy. */
  incoming = $state.raw<Incoming[]>([]);
  /** Conflicts still open (marked on the roadmap until resolved). */
  conflicts = $state.raw<ConflictOut[]>([]);
  historyLines = $state.raw<HistoryLine[]>([]);
  /** Conflict copies beside the open file, offered for merging (not the dismissed ones). */
  copies = $state.raw<CopyOut[]>([]);
  /** What becomes of the copies after the merge. */
  copiesAfter = $state<AfterMerge>("rename");
  #dismissed = new Set<string>();

  title = $derived(
    this.strategy ? `${this.history.dirty ? "• " : ""}${this.fileName} — Tiekartta` : "Tiekartta",
  );

  #backend: Backend;
  #syncing: Promise<void> = Promise.resolve();
  /** The strategy as the core last answered (shown once nothing more is queued). */
  #core: Strategy | null = null;
  #pending = 0;

  #roadmapSeq = 0;

  /** The follow-up round view. */
  rounds: RoundsState;
  /** The council's meetings: the Merge view's panel and the print view. */
  council: CouncilState;
  /** Sharing through a sync server. */
  sync: SyncState;
  /** Bringing in a strategy from text. */
  drafting: DraftState;
  /** Bringing in an action list (Excel in). */
  listing: ListingState;

  constructor(backend: Backend) {
    this.#backend = backend;
    this.rounds = new RoundsState(backend, { run: (f) => this.#run(f), merged: (m) => this.#merged(m) });
    this.council = new CouncilState(backend, { run: (f) => this.#run(f), saved: (undo) => this.history.set(undo) });
    this.listing = new ListingState(backend, {
      run: (f) => this.#run(f), apply: (send) => this.#queue(send), opened: (o) => this.#show(o), guard: () => this.guard(), notice: (text) => (this.notice = text),
    });
    this.drafting = new DraftState(backend, { run: (f) => this.#run(f), opened: (o) => this.#show(o), guard: () => this.guard() });
    this.sync = new SyncState(backend, {
      run: (f) => this.#run(f), merged: (m) => this.#merged(m), opened: (o) => this.#show(o), guard: () => this.guard(),
    });
  }

  /** Loads settings, recent files, recovery and the command-line file. */
  async start(): Promise<void> {
    const boot = await this.#backend.boot();
    this.boot = boot;
    i18n.lang = boot.lang;
    this.print.lang = boot.lang;
    this.textScale = boot.textScale;
    // A reload finds the document still open in the shell: shown as it was.
    if (boot.reloaded) this.#show(boot.reloaded);
    else if (boot.startup) this.#show(boot.startup);
    if (boot.startupError) this.error = boot.startupError;
    await this.#backend.onShell?.({
      menu: (id) => this.menu(id),
      dropped: (d) => void this.dropped(d),
    });
    await this.#backend.onFolder?.({
      cameIn: (m) => this.#cameIn(m),
      copies: (c) => this.#offer(c),
      error: (e) => (this.error = e),
    });
    await this.#backend.onSync?.({
      synced: (m) => this.sync.cameIn(m),
      error: (e) => this.sync.failed(e),
      ok: () => this.sync.back(),
    });
  }

  /** Follows the open file's folder (called whenever the open file changes). */
  async #follow(): Promise<void> {
    void this.sync.refresh();
    try {
      this.#offer(await this.#backend.followFolder());
    } catch {
      // Watching is a help, not a need: the file still opens and saves.
    }
  }

  #offer(copies: CopyOut[]): void {
    this.copies = copies.filter((c) => !this.#dismissed.has(c.path));
  }

  /** Another laptop's save of the open file came in: merged, shown, said. */
  #cameIn(m: Merged): void {
    this.#merged(m);
    const lines = m.incoming.flatMap((i) => i.summary);
    this.notice = [t("app-came-in-notice", { name: this.fileName }), ...lines].join(" ");
  }

  /** "Yhdistä": merges the offered copies, saves, sets them aside as chosen. */
  async mergeConflictCopies(): Promise<void> {
    await this.#syncing;
    const paths = this.copies.map((c) => c.path);
    if (!paths.length) return;
    const done = await this.#run(() => this.#backend.mergeConflictCopies(paths, this.copiesAfter));
    if (!done) return;
    this.#merged(done.merged);
    if (done.saved) this.history.set(done.saved.undo);
    this.copies = [];
    this.notice = done.saved
      ? [t("app-copies-merged"), ...done.merged.incoming.flatMap((i) => i.summary), ...done.notSetAside].join(" ")
      : [t("app-copies-not-saved"), ...done.notSetAside].join(" ");
  }

  /** "Ohita": the copies stay and are not offered again in this session. */
  dismissCopies(): void {
    for (const c of this.copies) this.#dismissed.add(c.path);
    this.copies = [];
  }

  #show(opened: Opened): void {
    this.strategy = opened.strategy;
    this.#core = opened.strategy;
    this.path = opened.path;
    this.fileName = opened.fileName;
    this.problems = opened.problems;
    this.phaseDates = opened.phaseDates;
    this.selected = null;
    this.history.set(opened.undo);
    this.view = "roadmap";
    this.error = null;
    this.incoming = [];
    this.conflicts = [];
    this.rounds.reset();
    this.revision++;
    // The roadmap opens at today when today is on it.
    this.roadmap.keepDay = { day: firstDay(today()), zoom: this.roadmap.zoom, onlyInside: true };
    void this.#run(() => this.#backend.conflicts()).then((c) => { if (c) this.conflicts = c; });
    void this.#follow();
  }

  /** Runs a shell call; a failure becomes the error banner. */
  async #run<T>(f: () => Promise<T>): Promise<T | undefined> {
    try {
      return await f();
    } catch (e) {
      this.error = toUserError(e);
      return undefined;
    }
  }

  /** Asks the user to choose; resolves with the chosen id. */
  choose(message: string, choices: Choice[]): Promise<string> {
    return new Promise((resolve) => {
      this.ask = { message, choices, resolve: (id) => { this.ask = null; resolve(id); } };
    });
  }

  /** When there are unsaved changes: save, discard or cancel. True when it is fine to go on. */
  async guard(): Promise<boolean> {
    if (!this.strategy || !this.history.dirty) return true;
    const answer = await this.choose(t("app-unsaved-question", { name: this.fileName }), [
      { id: "save", label: t("app-save"), primary: true },
      { id: "discard", label: t("app-discard") },
      { id: "cancel", label: t("app-cancel") },
    ]);
    if (answer === "save") return (await this.save()) === true;
    return answer === "discard";
  }

  async open(): Promise<void> {
    if (!(await this.guard())) return;
    const opened = await this.#run(() => this.#backend.openDialog());
    if (opened) this.#show(opened);
  }

  async openRecent(path: string): Promise<void> {
    if (!(await this.guard())) return;
    const opened = await this.#run(() => this.#backend.openRecent(path));
    if (opened) this.#show(opened);
  }

  async importJson(): Promise<void> {
    if (!(await this.guard())) return;
    const opened = await this.#run(() => this.#backend.importDialog());
    if (opened) this.#show(opened);
  }

  /** A new, blank strategy for a council term (the core checks the years). */
  async newBlank(town: string, years: string, themeWord: string): Promise<void> {
    if (!(await this.guard())) return;
    const opened = await this.#run(() => this.#backend.newBlank(town, years, themeWord.trim() || null));
    if (!opened) return;
    this.#show(opened);
    // Nothing to draw yet: the strategy view is where a blank one is filled in.
    this.view = "strategy";
  }

  async newFromSample(key: string): Promise<void> {
    if (!(await this.guard())) return;
    const opened = await this.#run(() => this.#backend.newFromSample(key));
    if (opened) this.#show(opened);
  }

  async recover(): Promise<void> {
    if (!(await this.guard())) return;
    const opened = await this.#run(() => this.#backend.recover());
    if (opened) {
      this.#show(opened);
      this.boot = this.boot && { ...this.boot, recovery: null };
    }
  }

  async discardRecovery(): Promise<void> {
    await this.#run(() => this.#backend.discardRecovery());
    this.boot = this.boot && { ...this.boot, recovery: null };
  }

  /** Saves; true when saved. */
  async save(as = false): Promise<boolean> {
    if (!this.strategy) return false;
    await this.#syncing;
    const saved = await this.#run(() => (as ? this.#backend.saveAs() : this.#backend.save()));
    if (!saved) return false;
    this.path = saved.path;
    this.fileName = saved.fileName;
    this.history.set(saved.undo);
    if (saved.cameIn) {
      // Another program saved the file meanwhile: its edits were merged in.
      this.#merged(saved.cameIn);
      this.history.set(saved.undo);
      const count = saved.cameIn.incoming.reduce((n, i) => n + i.changes.length, 0);
      this.notice = t("app-saved-merged", { name: saved.fileName, count });
    } else {
      this.notice = t("app-saved", { name: saved.fileName });
    }
    void this.#follow();
    return true;
  }

  async close(): Promise<void> {
    if (!(await this.guard())) return;
    await this.#run(() => this.#backend.closeDocument());
    if (this.listing.preview?.into === "open") await this.listing.cancel();
    // The recent list first: the start view must never offer a stale one.
    this.boot = (await this.#run(() => this.#backend.boot())) ?? this.boot;
    this.strategy = null;
    this.#core = null;
    this.path = null;
    this.history.set(CLEAN);
    this.view = "start";
    this.copies = [];
    void this.#follow();
  }

  /**
   * Makes an edit: `make` is the change (or makes it from the strategy as
   * the core last answered, after every edit queued before it); the core
   * applies it with its rules and records one undoable step (typing in one
   * field, the same `key`, joins one step). Resolves with what it made.
   */
  edit(label: string, make: Change | ((s: Strategy) => Change | null) | null, key?: string): Promise<Changed | undefined> {
    if (!this.strategy || !make) return Promise.resolve(undefined);
    // A field typed shows at once; the core's answer follows.
    if (typeof make !== "function") this.strategy = echo(this.strategy, make);
    return this.#queue(async () => {
      const s = this.#core ?? this.strategy;
      const change = typeof make === "function" ? (s ? make(s) : null) : make;
      return change ? this.#backend.change(change, label, key ?? null) : undefined;
    });
  }

  undo(): void {
    void this.#queue(() => this.#backend.undo());
  }

  redo(): void {
    void this.#queue(() => this.#backend.redo());
  }

  /**
   * Sends a call to the core after the ones before it. The strategy it
   * answers with is shown once nothing more is queued: while the person
   * types on, the field keeps what they typed rather than an older answer.
   */
  #queue(send: () => Promise<Changed | undefined>): Promise<Changed | undefined> {
    this.#pending++;
    const done = this.#syncing.then(async () => {
      try {
        const changed = await this.#run(send);
        if (!changed) return undefined;
        this.#core = changed.strategy;
        this.problems = changed.problems;
        this.phaseDates = changed.phaseDates;
        this.history.set(changed.undo);
        return changed;
      } finally {
        this.#pending--;
        if (this.#pending === 0 && this.#core && this.#core !== this.strategy) {
          this.strategy = this.#core;
          this.revision++;
        }
      }
    });
    this.#syncing = done.then(() => undefined);
    return done;
  }

  /** Waits until the shell holds the current strategy. */
  synced(): Promise<void> {
    return this.#syncing;
  }

  async setLang(lang: Lang): Promise<void> {
    i18n.lang = lang;
    this.print.lang = lang;
    await this.#run(() => this.#backend.setSettings({ lang, author: null }));
    const problems = await this.#run(() => this.#backend.problems());
    if (problems) this.problems = problems;
    this.revision++;
  }

  async setAuthor(author: string): Promise<void> {
    await this.#run(() => this.#backend.setSettings({ lang: null, author }));
    this.boot = this.boot && { ...this.boot, author };
  }

  /** Quits, after asking about unsaved work. */
  async quit(): Promise<void> {
    if (!(await this.guard())) return;
    await this.#run(() => this.#backend.closeDocument());
    await this.#run(() => this.#backend.quit());
  }

  /** One step of the roadmap's text zoom (the core lays the picture out at it). */
  async zoomText(step: TextZoom): Promise<void> {
    const scale = await this.#run(() => this.#backend.zoomText(step));
    if (scale === undefined) return;
    this.textScale = scale;
    this.revision++;
  }

  /**
   * A file dropped on the window: a copy of the open strategy may be merged
   * in instead; opening it asks about unsaved work first.
   */
  async dropped(d: Dropped): Promise<void> {
    if (d.list) { await this.listing.pickDropped(this.strategy ? "open" : "new"); return; }
    if (d.answer) {
      const answer = await this.choose(t("app-drop-answer-question", { name: d.fileName }), [
        { id: "take", label: t("app-drop-take-answer"), primary: true },
        { id: "cancel", label: t("app-cancel") },
      ]);
      if (answer !== "take") return;
      await this.#syncing;
      this.view = "rounds";
      await this.rounds.takeDropped();
      return;
    }
    if (d.copyOfOpen) {
      const answer = await this.choose(t("app-drop-copy-question", { name: d.fileName }), [
        { id: "merge", label: t("app-drop-merge"), primary: true },
        { id: "open", label: t("app-drop-open") },
        { id: "cancel", label: t("app-cancel") },
      ]);
      if (answer === "merge") {
        await this.#syncing;
        const merged = await this.#run(() => this.#backend.mergeDropped());
        if (merged) this.#merged(merged);
        return;
      }
      if (answer !== "open") return;
    }
    if (!(await this.guard())) return;
    const opened = await this.#run(() => this.#backend.openDropped());
    if (opened) this.#show(opened);
  }

  /** A menu bar item chosen (its id in the shell's menu): the same paths as the toolbar and keys. */
  menu(id: string): void {
    if (this.ask) return;
    if (id.startsWith("recent:")) { void this.openRecent(id.slice("recent:".length)); return; }
    if (id.startsWith("zoom-")) {
      if (!this.strategy) return;
      this.view = "roadmap";
      this.roadmap.zoomTo(id.slice("zoom-".length) as Zoom);
      return;
    }
    if (id === "import-list") { void this.listing.pick(this.strategy ? "open" : "new"); return; }
    if (id === "export-pdf") { if (this.strategy) void this.exportPdf(); return; }
    if (id === "print") { void this.printHandout(); return; }
    if (id === "about") {
      void this.choose(t("app-about-text", { version: this.boot?.version ?? "" }), [{ id: "ok", label: t("app-dismiss"), primary: true }]);
      return;
    }
    const commands: Record<string, Command> = {
      new: "new", open: "open", save: "save", "save-as": "saveAs", close: "close", quit: "quit",
      undo: "undo", redo: "redo", delete: "delete", shortcuts: "help",
      "text-bigger": "textBigger", "text-smaller": "textSmaller", "text-plain": "textPlain",
    };
    const cmd = commands[id];
    if (cmd === "delete") { this.deleteSelected(); return; }
    if (cmd) this.command(cmd);
  }

  /** Runs an item of the roadmap's context menu on what it was opened on. */
  async runContext(entry: MenuEntry["id"], target: MenuTarget): Promise<void> {
    this.contextMenu.close();
    if (target.kind === "lane") {
      const scale = this.roadmap.picture?.scale;
      if (entry !== "new-action" || !scale) return;
      // A quarter's length from where the menu was opened, as if drawn there.
      const request = this.roadmap.request;
      const drawn = { theme: target.theme, x1: target.x, x2: target.x + scale.pointsPerDay * 91 };
      const changed = await this.#queue(() => this.#backend.drawAction(request, drawn));
      if (changed?.created) {
        this.selected = changed.created;
        this.roadmap.focusEditor();
      }
      return;
    }
    this.selected = target.id;
    if (entry === "edit") this.roadmap.focusEditor();
    else if (entry === "done") void this.edit(t("app-edit-done", { name: target.name }), setStatus(target.id, "done", today()));
    else if (entry === "delete") this.deleteSelected();
    else if (entry === "copy") {
      const action = this.strategy?.actions?.find((a) => a.id === target.id);
      if (!action) return;
      const id = freshId("action");
      await this.edit(t("app-edit-copy", { name: action.name }), copyAction(action, t("app-copy-name", { name: action.name }), id));
      if (this.strategy?.actions?.some((a) => a.id === id)) this.selected = id;
    }
  }

  goStart(): void {
    this.view = "start";
  }

  /** Deletes the selected action (undoable). */
  deleteSelected(): void {
    const id = this.selected;
    const action = this.strategy?.actions?.find((a) => a.id === id);
    if (!id || !action) return;
    void this.edit(t("app-edit-delete", { name: action.name }), deleteAction(id));
    this.selected = null;
  }

  /** Runs a keyboard command; true when it was handled. */
  command(cmd: Command): boolean {
    if (this.ask) {
      if (cmd === "escape") this.ask.resolve("cancel");
      return cmd === "escape";
    }
    switch (cmd) {
      case "undo": this.undo(); return true;
      case "redo": this.redo(); return true;
      case "save": void this.save(); return true;
      case "saveAs": void this.save(true); return true;
      case "open": void this.open(); return true;
      case "new": this.goStart(); return true;
      case "help": this.shortcutsOpen = true; return true;
      case "close": void this.close(); return true;
      case "quit": void this.quit(); return true;
      // The page is never reloaded: a reload would only show it again.
      case "reload": return true;
      case "textBigger": void this.zoomText("bigger"); return true;
      case "textSmaller": void this.zoomText("smaller"); return true;
      case "textPlain": void this.zoomText("plain"); return true;
      case "print": void this.printHandout(); return true;
      case "escape":
        if (this.shortcutsOpen || this.settingsOpen) { this.shortcutsOpen = this.settingsOpen = false; return true; }
        this.selected = null;
        return true;
    }
    if (this.view !== "roadmap" || !this.strategy) return false;
    switch (cmd) {
      case "zoomIn": this.roadmap.zoomBy(1); return true;
      case "zoomOut": this.roadmap.zoomBy(-1); return true;
      case "delete": this.deleteSelected(); return true;
      case "edit": this.roadmap.focusEditor(); return true;
      case "contextMenu": this.contextMenu.keyRequest++; return true;
      case "left": case "right": case "up": case "down":
        this.selected = this.roadmap.neighbour(this.strategy, this.selected, cmd);
        this.roadmap.revealRequest++;
        return true;
    }
    return false;
  }

  /** Fetches the roadmap picture for the current strategy and view. */
  async loadRoadmap(): Promise<void> {
    if (!this.strategy) return;
    await this.#syncing;
    const request = this.roadmap.request;
    const seq = ++this.#roadmapSeq;
    const picture = await this.#run(() => this.#backend.roadmap(request));
    // An answer to an older request (a part scrolled past, a zoom left) is dropped.
    if (!picture || seq !== this.#roadmapSeq) return;
    this.roadmap.fragment = null;
    this.roadmap.shown = request;
    this.roadmap.picture = picture;
    const w = (typeof window === "undefined" ? null : window) as Record<string, unknown> | null;
    if (w && w.__tiekarttaFirstRoadmapMs === undefined) {
      requestAnimationFrame(() => { w.__tiekarttaFirstRoadmapMs = performance.now(); });
    }
  }

  /** Lays out the chosen handout for the preview (the changes handout once a meeting is recorded). */
  async loadPreview(): Promise<void> {
    if (!this.strategy) return;
    if (this.print.kind === "changes" && this.council.list.length === 0) { this.preview = null; return; }
    await this.#syncing;
    const picture = await this.#run(() => this.#backend.handout(this.print.request));
    if (picture) this.preview = picture;
  }

  /**
   * The print view's "for a meeting": records the strategy as it stands for
   * the meeting, naming the chosen handout, and prints under it (its id in
   * the footer). The changes handout keeps comparing with the meeting before.
   */
  async recordForHandout(): Promise<void> {
    await this.#syncing;
    const p = this.print;
    if (p.kind === "changes" && !p.since && this.council.list[0]) p.since = this.council.list[0].id;
    const id = await this.council.record([handoutName(p.kind)]);
    if (!id) return;
    if (p.kind !== "changes") p.snapshot = id;
    this.notice = t("app-print-recorded", { id });
  }

  /** Tiedosto › Tulosta (Ctrl+P): the print view's handout, its own pages, through the system's print dialog. */
  async printHandout(): Promise<void> {
    if (!this.strategy) return;
    if (this.print.kind === "changes" && this.council.list.length === 0) { this.notice = t("app-print-no-meetings"); return; }
    await this.#syncing;
    const request = this.print.request;
    const picture = await this.#run(() => this.#backend.handout(request));
    if (!picture) return;
    this.printSheet = { pages: picture.pages, paper: request.paper, landscape: request.landscape };
    // The sheet is in the page before the print operation reads it.
    await tick();
    await new Promise((r) => requestAnimationFrame(r));
    const done = await this.#run(() => this.#backend.print(request.paper, request.landscape).then(() => true));
    const w = (typeof window === "undefined" ? null : window) as Record<string, unknown> | null;
    if (done && w) w.__tiekarttaPrinted = Number(w.__tiekarttaPrinted ?? 0) + 1;
  }

  /** Asks where to save the handout and writes the PDF. */
  async exportPdf(): Promise<void> {
    await this.exportHandout("pdf");
  }

  /** Asks where to save the handout (starting in the file's folder) and writes it as PDF, PowerPoint or PNG. */
  async exportHandout(format: ExportFormat["format"]): Promise<void> {
    await this.#syncing;
    const saved = await this.#run(() => this.#backend.exportHandout(this.print.request, this.print.format(format)));
    if (saved) this.notice = format === "pdf" ? t("app-pdf-saved", { name: saved.fileName }) : t("app-handout-saved", { name: saved.fileName });
  }

  /** "Yhdistä kopio…": asks for a copy and merges it in (one undoable step). */
  async mergeCopy(): Promise<void> {
    await this.#syncing;
    const merged = await this.#run(() => this.#backend.mergeDialog());
    if (merged) this.#merged(merged);
  }

  /** Chooses one value of a conflict (one undoable step). */
  async resolve(conflict: string, value: string): Promise<void> {
    await this.#syncing;
    const merged = await this.#run(() => this.#backend.resolve(conflict, value));
    if (merged) this.#merged(merged);
  }

  #merged(m: Merged): void {
    this.strategy = m.strategy;
    this.#core = m.strategy;
    this.history.set(m.undo);
    this.problems = m.problems;
    this.phaseDates = m.phaseDates;
    this.conflicts = m.conflicts;
    if (m.incoming.length) this.incoming = m.incoming;
    this.revision++;
    void this.loadHistory();
  }

  async loadHistory(): Promise<void> {
    const lines = await this.#run(() => this.#backend.history());
    if (lines) this.historyLines = lines;
  }

  /** A press on the roadmap starts a gesture: move, resize or draw. */
  beginGesture(g: Gesture): void {
    this.roadmap.gesture = g;
    if (g.mode !== "create") this.selected = g.id;
  }

  #dragBusy = false;

  /** The pointer moved `dx` pixels since the press. */
  async moveGesture(dx: number): Promise<void> {
    const g = this.roadmap.gesture;
    const scale = this.roadmap.picture?.scale;
    if (!g || !scale) return;
    g.dx = dx;
    if (g.mode === "create") return;
    const drag = g;
    drag.days = daysFor(dx, scale.pointsPerDay);
    if (this.#dragBusy) return;
    this.#dragBusy = true;
    try {
      // Lay out again until the picture shows the latest snapped position.
      let shown: number | null = null;
      while (this.roadmap.gesture === drag && shown !== drag.days) {
        const days: number = drag.days;
        const t0 = performance.now();
        const fragment = await this.#run(() =>
          // The picture dragged on, not the next one: a side panel opening on the press narrows the view.
          this.#backend.roadmapDrag(this.roadmap.shown ?? this.roadmap.request, { id: drag.id, days, edge: drag.mode }),
        );
        if (!fragment) break;
        const current = this.roadmap.gesture === drag;
        if (current) {
          this.roadmap.fragment = { id: drag.id, ids: fragment.ids, svg: fragment.svg };
          await new Promise((r) => requestAnimationFrame(r));
        }
        this.roadmap.frames.push({ total: performance.now() - t0, core: fragment.micros / 1000 });
        (window as unknown as Record<string, unknown>).__tiekarttaDragFrames = this.roadmap.frameSummary();
        if (!current) break;
        shown = days;
      }
    } finally {
      this.#dragBusy = false;
    }
  }

  /** The pointer was released: the core turns the gesture into one undoable edit, by the rule the preview used. */
  async endGesture(): Promise<void> {
    const g = this.roadmap.gesture;
    const scale = this.roadmap.picture?.scale;
    this.roadmap.gesture = null;
    if (!g || !scale || !this.strategy) return;
    if (g.mode === "create") {
      if (Math.abs(g.dx) < 4) { this.selected = null; return; }
      const request = this.roadmap.shown ?? this.roadmap.request;
      const changed = await this.#queue(() => this.#backend.drawAction(request, { theme: g.theme, x1: g.x0, x2: g.x0 + g.dx }));
      if (changed?.created) {
        this.selected = changed.created;
        this.roadmap.focusEditor();
      }
      return;
    }
    const days = daysFor(g.dx, scale.pointsPerDay);
    if (days === 0) { void this.loadRoadmap(); return; }
    await this.#queue(() => this.#backend.dropDrag({ id: g.id, days, edge: g.mode }));
  }

  /** The end action `id` takes from its phases, if it has no dates of its own. */
  phaseDue(id: string): string | null {
    return this.phaseDates.find((d) => d.id === id)?.due ?? null;
  }

  /** `text` read as a date by the core (ISO at its precision), or null. */
  async readDate(text: string): Promise<string | null> {
    return (await this.#run(() => this.#backend.readDate(text))) ?? null;
  }

  /** Problems about the entity `id`. */
  problemsOf(id: string): ProblemLine[] {
    return this.problems.filter((p) => p.id === id);
  }
}
