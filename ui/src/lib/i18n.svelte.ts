// The UI's messages, from the same Fluent catalogue as the core and the CLI
// (i18n/{fi,sv,en}.ftl at the repository root).
import type { Lang } from "./generated/model";
import { finnish } from "./dates";
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import fiSource from "../../../i18n/fi.ftl?raw";
import svSource from "../../../i18n/sv.ftl?raw";
import enSource from "../../../i18n/en.ftl?raw";

export const LANGS: Lang[] = ["fi", "sv", "en"];

const SOURCES: Record<Lang, string> = { fi: fiSource, sv: svSource, en: enSource };

/** A bundle for one language; no isolation marks (they would show as junk). */
export function makeBundle(lang: Lang, source = SOURCES[lang]): FluentBundle {
  const bundle = new FluentBundle(lang, { useIsolating: false });
  bundle.addResource(new FluentResource(source));
  return bundle;
}

/** Says message `id` with `args` in `bundle`, falling back to `fallback`, then to the id. */
export function say(
  bundle: FluentBundle,
  id: string,
  args?: Record<string, FluentVariable>,
  fallback?: FluentBundle,
): string {
  const message = bundle.getMessage(id);
  if (message?.value) return bundle.formatPattern(message.value, args);
  if (fallback && fallback !== bundle) return say(fallback, id, args);
  return id;
}

/** The current language and its messages. */
export class I18n {
  lang = $state<Lang>("fi");
  #bundles: Record<Lang, FluentBundle> = { fi: makeBundle("fi"), sv: makeBundle("sv"), en: makeBundle("en") };

  /** The message `id` in the current language. */
  t = (id: string, args?: Record<string, FluentVariable>): string =>
    say(this.#bundles[this.lang], id, args, this.#bundles.fi);

  /** The name of a field or entity kind as the forms label it (`app-…`, else `entity-…`, else the core's `field-…`), else as is; a field of one date (`actuals/2026`, `occurrences/2026-12`) names the date as Finns write it. */
  field = (name: string): string => {
    const dated = /^([a-zA-Z]+)\/(\d{4}(?:-\d{2}){0,2})$/.exec(name);
    if (dated) return `${this.field(dated[1])} ${finnish(dated[2])}`;
    const b = this.#bundles[this.lang];
    for (const id of [`app-${name}`, `entity-${name}`, `field-${name}`]) if (b.hasMessage(id)) return this.t(id);
    return name;
  };
}

/** A number as people write it in `lang`: 42,5 in Finnish and Swedish. */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "en" ? "en-GB" : lang === "sv" ? "sv-FI" : "fi-FI", { maximumFractionDigits: 3 }).format(n);
}

/** A text from the data shown as a heading: its first letter capitalised ("aallot" → "Aallot"). */
export function heading(text: string, lang: Lang): string {
  const [first = "", ...rest] = [...text];
  return first.toLocaleUpperCase(lang) + rest.join("");
}

export const i18n = new I18n();
export const t = i18n.t;
