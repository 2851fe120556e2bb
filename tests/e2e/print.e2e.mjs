// The print view in front of the council (issue 14): a meeting recorded
// from the print view, the handout then printed under its id, the changes
// handout since it after an edit, ghost bars on the printed roadmap and on
// the roadmap view under a bar dragged since, and
// the council deck saved as PowerPoint through the save dialog.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Key, sleep } from "./webdriver.mjs";
import { violations } from "./a11y.e2e.mjs";

/** Whether the print preview's pages hold a text, white space aside (a long line may be wrapped into several). */
const previewHas = `return (document.querySelector("[data-testid=print-preview]")?.textContent ?? "").replace(/\\s+/g, "").includes(arguments[0]);`;
const squeeze = (t) => t.replace(/\s+/g, "");

/** Clicks an element of the print view's choices, scrolled into view first (the panel scrolls). */
async function clickIn(s, css) {
  await s.waitFor(css);
  await s.exec(`document.querySelector(arguments[0]).scrollIntoView({ block: "center" });`, css);
  await sleep(150);
  await s.clickCss(css);
}

export async function printTests({ test, withApp, shot, answer, assert, textOf, typeInto, chooseOption, dragBar, ROADMAP_ACTION, PAIMIO, WORK }) {
  await test("the print view records a meeting, prints under it, lists the changes since after an edit and saves the council deck as PowerPoint", async () => {
    const file = join(WORK, "valtuusto-tulosteet.tiekartta");
    const deck = join(WORK, "valtuustoesitys.pptx");
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      if (await s.exec("return !!document.querySelector('[data-testid=discard-recovery]');")) await s.clickCss("[data-testid=discard-recovery]");
      answer(file);
      await s.keys(Key.Control, Key.Shift, "s");
      await s.waitUntil(`return document.querySelector("[data-testid=file-name]").textContent.startsWith("valtuusto-tulosteet.tiekartta");`, "saved as a project file");
      await s.clickCss("[data-testid=tab-print]");
      await s.waitFor("[data-testid=print-preview] svg", 20000);

      // For a meeting: recorded from the print view, the roadmap then printed under its id.
      await typeInto(s, "[data-testid=print-meeting-name]", "Kaupunginvaltuusto 14.12.2026, § 87");
      await typeInto(s, "[data-testid=print-meeting-date]", "14.12.2026");
      await clickIn(s, "[data-testid=print-record]");
      await s.waitUntil(`return !!document.querySelector("[data-testid=print-snapshot]")?.value;`, "the handout is printed under the new snapshot", 10000);
      const id = await s.exec(`return document.querySelector("[data-testid=print-snapshot]").value;`);
      assert(/^[0-9a-f]{7}$/.test(id), `a short id (${id})`);
      await s.waitUntil(previewHas, "the footer carries the id", 20000, squeeze(`Tilanne ${id}`));
      // Ghost bars are offered on the roadmap.
      assert(await s.exec(`return !!document.querySelector("[data-testid=print-ghost]");`), "the ghost option is shown on the roadmap");
      await chooseOption(s, "[data-testid=print-ghost]", id);
      await shot(s, "print-council");
      const axe = await violations(s);
      assert(axe.length === 0, `no WCAG 2.1 A/AA violation with a meeting's choices shown: ${axe.join(" | ")}`);

      // On the roadmap itself: the meeting's schedule as a ghost bar under a
      // bar dragged since, and none when no meeting is chosen.
      await s.clickCss("[data-testid=tab-roadmap]");
      await s.waitFor(ROADMAP_ACTION, 20000);
      await s.waitFor("[data-testid=roadmap-ghost]", 10000);
      await chooseOption(s, "[data-testid=roadmap-ghost]", id);
      const bar = await s.exec(`return document.querySelector(arguments[0]).getAttribute("data-id");`, ROADMAP_ACTION);
      const rects = `return document.querySelectorAll("[data-testid=roadmap] svg rect").length;`;
      await sleep(800);
      const unmoved = await s.exec(rects);
      await dragBar(s, bar, 150);
      await s.waitFor("[data-testid=side-panel]");
      await s.waitUntil(`return document.querySelectorAll("[data-testid=roadmap] svg rect").length === arguments[0] + 1;`, "a ghost bar under the dragged bar", 10000, unmoved);
      await shot(s, "roadmap-ghost");
      await chooseOption(s, "[data-testid=roadmap-ghost]", "");
      await s.waitUntil(`return document.querySelectorAll("[data-testid=roadmap] svg rect").length === arguments[0];`, "no ghost bar without a meeting chosen", 10000, unmoved);
      await s.clickCss("[data-testid=tab-print]");
      await s.waitFor("[data-testid=print-preview] svg", 20000);

      // An edit, then the changes handout since the meeting shows it.
      await s.clickCss("[data-testid=tab-strategy]");
      await typeInto(s, "[data-testid=vision]", "Valtuuston jälkeen muotoiltu visio");
      await sleep(600);
      await s.clickCss("[data-testid=tab-print]");
      await clickIn(s, "[data-testid=handout-changes]");
      await s.waitFor("[data-testid=print-since]", 10000);
      await chooseOption(s, "[data-testid=print-since]", id);
      await s.waitUntil(previewHas, "the preview lists the reworded vision", 20000, squeeze("Valtuuston jälkeen muotoiltu visio"));
      await shot(s, "print-changes");
      const axeChanges = await violations(s);
      assert(axeChanges.length === 0, `no WCAG 2.1 A/AA violation on the changes handout's choices: ${axeChanges.join(" | ")}`);

      // The council deck as PowerPoint, through the save dialog.
      await clickIn(s, "[data-testid=handout-deck]");
      await s.waitFor("[data-testid=print-preview] svg", 20000);
      answer(deck);
      await clickIn(s, "[data-testid=save-pptx]");
      await s.waitUntil(`return (document.querySelector("[data-testid=notice]")?.textContent ?? "").includes("valtuustoesitys.pptx");`, "the deck is saved", 30000);
    });
    assert(existsSync(deck), "the .pptx is written");
    const listing = execFileSync("unzip", ["-l", deck], { encoding: "utf8" });
    const slides = listing.split("\n").filter((l) => /ppt\/slides\/slide\d+\.xml$/.test(l.trim())).length;
    assert(slides >= 4, `a zip with the deck's slides (${slides})`);
  });
}
