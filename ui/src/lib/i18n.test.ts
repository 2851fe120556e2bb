import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { I18n, heading, makeBundle, say } from "./i18n.svelte";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === "generated" ? [] : sources(p);
    return /\.(svelte|ts)$/.test(f) && !f.endsWith(".test.ts") ? [readFileSync(p, "utf8")] : [];
  });
}

describe("the UI's messages", () => {
  it("every message the UI names exists in Finnish, Swedish and English", () => {
    const ids = new Set<string>();
    for (const src of sources(join(import.meta.dirname, ".."))) {
      for (const m of src.matchAll(/\bt\("([a-z0-9-]*[a-z0-9])"/g)) ids.add(m[1]);
      for (const m of src.matchAll(/"((?:app|key)-[a-z0-9-]+[a-z0-9])"/g)) ids.add(m[1]);
    }
    // Ids the UI composes from a prefix and a model value.
    for (const l of ["fi", "sv", "en"]) ids.add(`app-lang-${l}`);
    for (const z of ["year", "quarter", "month", "week"]) ids.add(`app-zoom-${z}`);
    for (const d of ["plan", "report", "programme"]) ids.add(`app-doc-${d}`);
    for (const st of ["not-started", "on-track", "at-risk", "late", "done"]) ids.add(`status-${st}`);
    expect(ids.size).toBeGreaterThan(50);
    for (const lang of ["fi", "sv", "en"] as const) {
      const b = makeBundle(lang);
      const missing = [...ids].filter((id) => !b.hasMessage(id));
      expect(missing, lang).toEqual([]);
    }
  });

  it("switching the language changes the words, with arguments filled in", () => {
    const i = new I18n();
    expect(i.t("app-view-roadmap")).toBe("Tiekartta");
    i.lang = "sv";
    expect(i.t("app-view-roadmap")).toBe("Färdplan");
    expect(i.t("app-saved", { name: "x.tiekartta" })).toBe("Sparat: x.tiekartta");
  });

  it("a message missing in a language falls back to Finnish, then to its id", () => {
    const sv = makeBundle("sv", "only-sv = bara\n");
    const fi = makeBundle("fi", "only-fi = vain\n");
    expect(say(sv, "only-fi", undefined, fi)).toBe("vain");
    expect(say(sv, "nowhere", undefined, fi)).toBe("nowhere");
  });
});

describe("numbers", () => {
  it("are written with a decimal comma in Finnish and Swedish", async () => {
    const { formatNumber } = await import("./i18n.svelte");
    expect(formatNumber(42.5, "fi")).toBe("42,5");
    expect(formatNumber(42.5, "sv")).toBe("42,5");
    expect(formatNumber(42.5, "en")).toBe("42.5");
  });
});

describe("field names in undo labels", () => {
  it("come from the catalogue in the current language", () => {
    const i = new I18n();
    expect(i.field("vision")).toBe("Visio");
    expect(i.field("phase")).toBe("Vaihe");
    i.lang = "en";
    expect(i.field("due")).toBe("Due");
    expect(i.field("no-such-field")).toBe("no-such-field");
  });

  it("fall back to the core's field names, so every field of a conflict is named in words", () => {
    const i = new I18n();
    for (const lang of ["fi", "sv", "en"] as const) {
      i.lang = lang;
      for (const f of ["slogan", "due", "successFactors", "valuesLabel", "changeBy", "statusHistory", "surfaced"]) {
        expect(i.field(f)).not.toBe(f);
      }
    }
    i.lang = "sv";
    expect(i.field("statusHistory")).toBe("statushistorik");
  });

  it("say what a round asks an owner, reports only when there are some", () => {
    const i = new I18n();
    expect(i.t("app-round-owner-asks", { actions: 2, indicators: 1, reports: 0 })).toBe("2 toimenpidettä, 1 mittari");
    expect(i.t("app-round-owner-asks", { actions: 0, indicators: 0, reports: 1 })).toBe("0 toimenpidettä, 0 mittaria · 1 raportti");
  });

  it("name the date of a round's value as Finns write it", () => {
    const i = new I18n();
    expect(i.field("actuals/2026")).toBe("toteumat 2026");
    expect(i.field("occurrences/2026-12")).toBe("määräajan tila 12/2026");
    i.lang = "sv";
    expect(i.field("occurrences/2026-12")).toBe("tidsfristens status 12/2026");
  });
});

describe("words", () => {
  it("a heading from the data starts with a capital, an empty one stays empty", () => {
    expect(heading("aallot", "fi")).toBe("Aallot");
    expect(heading("ärenden", "sv")).toBe("Ärenden");
    expect(heading("", "en")).toBe("");
  });

  it("a count picks its plural form in each language", () => {
    expect(say(makeBundle("fi"), "app-pages", { count: 1 })).toBe("1 sivu");
    expect(say(makeBundle("fi"), "app-pages", { count: 2 })).toBe("2 sivua");
    expect(say(makeBundle("sv"), "app-pages", { count: 1 })).toBe("1 sida");
    expect(say(makeBundle("en"), "app-pages", { count: 2 })).toBe("2 pages");
  });
});
