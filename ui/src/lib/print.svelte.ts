// The print view's choices: which handout, paper, range and language; the
// strategy as it stood at a council snapshot, a snapshot's ghost bars, the
// changes handout's snapshots; how PowerPoint and PNG are written.
import { HANDOUT_KINDS, type ExportFormat, type HandoutKind, type PaperSize, type PrintRequest } from "./generated/commands";
import type { Lang } from "./generated/model";

export const HANDOUTS = HANDOUT_KINDS;
/** The handouts a snapshot's ghost bars are drawn on (the deck has the roadmap). */
export const GHOSTED: readonly HandoutKind[] = ["roadmap", "deck"];
/** The resolutions offered for PNG. */
export const DPIS = [96, 150, 300] as const;

/** The usual paper and orientation of each handout. */
export function defaultPaper(kind: HandoutKind): { paper: PaperSize; landscape: boolean } {
  switch (kind) {
    case "roadmap": return { paper: "a3", landscape: true };
    case "onePage": case "deck": return { paper: "a4", landscape: true };
    default: return { paper: "a4", landscape: false };
  }
}

/** The name a council snapshot lists a handout under (as the CLI names them). */
export function handoutName(kind: HandoutKind): string {
  return kind === "onePage" ? "onepage" : kind;
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
  /** As it stood at this snapshot ("" now). */
  snapshot = $state("");
  /** Ghost bars of this snapshot's dates ("" none). */
  ghost = $state("");
  /** The changes handout: since this snapshot ("" the latest), until this one ("" now). */
  since = $state("");
  until = $state("");
  /** PowerPoint slides 4:3 (else 16:9). */
  standard = $state(false);
  /** PNG resolution. */
  dpi = $state<number>(150);

  request = $derived<PrintRequest>({
    kind: this.kind,
    paper: this.paper,
    landscape: this.landscape,
    from: yearOf(this.from),
    to: yearOf(this.to),
    lang: this.lang,
    snapshot: this.kind !== "changes" && this.snapshot ? this.snapshot : null,
    ghost: GHOSTED.includes(this.kind) && this.ghost ? this.ghost : null,
    since: this.kind === "changes" && this.since ? this.since : null,
    until: this.kind === "changes" && this.until ? this.until : null,
  });

  choose(kind: HandoutKind): void {
    this.kind = kind;
    const d = defaultPaper(kind);
    this.paper = d.paper;
    this.landscape = d.landscape;
  }

  /** How to write a format the view offers. */
  format(format: ExportFormat["format"]): ExportFormat {
    switch (format) {
      case "pptx": return { format, standard: this.standard };
      case "png": return { format, dpi: this.dpi };
      default: return { format: "pdf" };
    }
  }

  /** Forgets the snapshots chosen that the open project does not hold (another file opened). */
  keepOnly(ids: string[]): void {
    const known = new Set(ids);
    for (const k of ["snapshot", "ghost", "since", "until"] as const) {
      if (this[k] && !known.has(this[k])) this[k] = "";
    }
  }
}
