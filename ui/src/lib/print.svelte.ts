// The print view's choices: which handout, paper, range and language.
import { HANDOUT_KINDS, type HandoutKind, type PaperSize, type PrintRequest } from "./generated/commands";
import type { Lang } from "./generated/model";

export const HANDOUTS = HANDOUT_KINDS;

/** The usual paper and orientation of each handout. */
export function defaultPaper(kind: HandoutKind): { paper: PaperSize; landscape: boolean } {
  switch (kind) {
    case "roadmap": return { paper: "a3", landscape: true };
    case "onePage": return { paper: "a4", landscape: true };
    default: return { paper: "a4", landscape: false };
  }
}

/** A printed sheet's width and height in millimetres (ISO sizes), a hair short so no blank sheet follows. */
export function sheetSize(paper: PaperSize, landscape: boolean): { w: number; h: number } {
  const [short, long] = paper === "a3" ? [297, 420] : [210, 297];
  return landscape ? { w: long, h: short - 0.5 } : { w: short, h: long - 0.5 };
}

/** A year typed in a field, or null. */
export function yearOf(text: string): number | null {
  const n = Number(text.trim());
  return text.trim() && Number.isInteger(n) && n >= 1900 && n <= 2200 ? n : null;
}

export class PrintState {
  kind = $state<HandoutKind>("roadmap");
  paper = $state<PaperSize>("a3");
  landscape = $state(true);
  from = $state("");
  to = $state("");
  lang = $state<Lang>("fi");

  request = $derived<PrintRequest>({
    kind: this.kind,
    paper: this.paper,
    landscape: this.landscape,
    from: yearOf(this.from),
    to: yearOf(this.to),
    lang: this.lang,
  });

  choose(kind: HandoutKind): void {
    this.kind = kind;
    const d = defaultPaper(kind);
    this.paper = d.paper;
    this.landscape = d.landscape;
  }
}
