// The follow-up round view's state: the rounds of the open project as the
// core reports them, the form of a new round, and what the last send or
// take-in brought. Every rule (who is asked, dates, what an answer changes)
// is the core's; this only holds what the view shows and sends intents.
import type { AnswersTaken, Merged, RoundRequest, RoundSent, Rounds } from "./generated/commands";
import type { Lang } from "./generated/model";

export type RoundsBackend = {
  rounds: () => Promise<Rounds>;
  sendRound: (request: RoundRequest) => Promise<RoundSent | null>;
  takeAnswersDialog: () => Promise<AnswersTaken | null>;
  takeDroppedAnswer: () => Promise<AnswersTaken | null>;
};

/** What the app lends the view: its error handling and how it shows a merged strategy. */
export type RoundsHost = {
  run: <T>(f: () => Promise<T>) => Promise<T | undefined>;
  merged: (m: Merged) => void;
};

export class RoundsState {
  #backend: RoundsBackend;
  #host: RoundsHost;
  /** The rounds as the core last reported them (null before the first load). */
  data = $state<Rounds | null>(null);
  /** The new round's form. */
  name = $state("");
  deadline = $state("");
  replyTo = $state("");
  periods = $state("");
  lang = $state<Lang>("fi");
  /** Owners left out of the new round (everyone askable is asked unless unticked). */
  #skipped = $state<Record<string, true>>({});
  /** The last send. */
  sent = $state<RoundSent | null>(null);
  /** The last answers taken in. */
  taken = $state<AnswersTaken | null>(null);
  /** The owner whose reminder is shown, as `round/owner`. */
  reminding = $state<string | null>(null);

  constructor(backend: RoundsBackend, host: RoundsHost) {
    this.#backend = backend;
    this.#host = host;
  }

  async load(): Promise<void> {
    const data = await this.#host.run(() => this.#backend.rounds());
    if (data) this.data = data;
  }

  asks(owner: string): boolean {
    return !this.#skipped[owner];
  }

  setAsks(owner: string, on: boolean): void {
    const rest = { ...this.#skipped };
    if (on) delete rest[owner];
    else rest[owner] = true;
    this.#skipped = rest;
  }

  /** The round as filled in; the owners ticked (all of them: empty, so the core asks everyone). */
  request(): RoundRequest {
    const askable = this.data?.askable ?? [];
    const owners = askable.filter((o) => this.asks(o.id)).map((o) => o.id);
    return {
      name: this.name,
      owners: owners.length === askable.length ? [] : owners,
      periods: this.periods.split(",").map((p) => p.trim()).filter((p) => p),
      deadline: this.deadline.trim() || null,
      replyTo: this.replyTo,
      lang: this.lang,
    };
  }

  canSend(): boolean {
    return !!this.data?.canSend && this.name.trim() !== "" && (this.data.askable ?? []).some((o) => this.asks(o.id));
  }

  async send(): Promise<void> {
    const sent = await this.#host.run(() => this.#backend.sendRound(this.request()));
    if (!sent) return;
    this.sent = sent;
    this.data = sent.rounds;
    this.#host.merged(sent.saved);
    this.name = "";
  }

  #took(taken: AnswersTaken | null | undefined): void {
    if (!taken) return;
    this.taken = taken;
    this.data = taken.rounds;
    this.#host.merged(taken.merged);
  }

  async takeDialog(): Promise<void> {
    this.#took(await this.#host.run(() => this.#backend.takeAnswersDialog()));
  }

  async takeDropped(): Promise<void> {
    this.#took(await this.#host.run(() => this.#backend.takeDroppedAnswer()));
  }

  remind(key: string | null): void {
    this.reminding = this.reminding === key ? null : key;
  }

  /** Forgets what belonged to the document that was open. */
  reset(): void {
    this.data = null;
    this.sent = null;
    this.taken = null;
    this.reminding = null;
    this.#skipped = {};
  }
}
