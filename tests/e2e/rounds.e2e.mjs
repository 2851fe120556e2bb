// End-to-end test of the follow-up round in the app (issue 12, item 3): a
// round sent from the Seurantakierros view into a folder, one owner's
// workbook filled by openpyxl as an owner would (tests/round/fill.py), the
// answer dropped on the window and taken in: the change on the roadmap, the
// wrong cell named, the owner's name in the history. Run from app.e2e.mjs
// with its helpers; the drop goes through the shell's `test_event` hook as
// in desktop.e2e.mjs.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { Key, sleep } from "./webdriver.mjs";

const shellEvent = (s, kind, value) =>
  s.exec(`return window.__TAURI_INTERNALS__.invoke("test_event", { kind: arguments[0], value: arguments[1] });`, kind, value);

/** The fill colour of action `id`'s bar on the roadmap. */
const barFill = (s, id) => s.exec(`const e = document.querySelector('[data-testid=roadmap] svg rect[data-kind="action"][data-id="' + arguments[0] + '"]');
  return e ? (e.getAttribute("fill") || getComputedStyle(e).fill) : null;`, id);

export async function roundTests({ test, withApp, shot, answer, assert, textOf, ROADMAP_ACTION, WORK, ROOT }) {
  const fixture = resolve(ROOT, "tests/fixtures/kierroskaupunki.json");
  const fill = resolve(ROOT, "tests/round/fill.py");

  await test("a round sent from the app comes back by a workbook dropped on the window: the change on the roadmap, the wrong cell named, the owner in the history", async () => {
    const file = join(WORK, "kierroskaupunki.tiekartta");
    const folder = join(WORK, "kierros-syksy");
    const filled = join(WORK, "Sivistysjohtaja-vastaus.xlsx");
    await withApp([fixture], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      if (await s.exec("return !!document.querySelector('[data-testid=discard-recovery]');")) await s.clickCss("[data-testid=discard-recovery]");
      const before = await barFill(s, "a3");
      assert(before, "the bar of a3 is drawn");

      // The round is kept in the project file: save as one first.
      await s.clickCss("[data-testid=tab-rounds]");
      await s.waitFor("[data-testid=round-needs-project]");
      answer(file);
      await s.keys(Key.Control, Key.Shift, "s");
      await s.waitUntil(`return document.querySelector("[data-testid=file-name]").textContent.startsWith("kierroskaupunki.tiekartta");`, "saved as a project file");
      await s.waitUntil(`return !document.querySelector("[data-testid=round-needs-project]");`, "the round can be sent");

      const name = await s.waitFor("[data-testid=round-name]");
      await s.type(name, "Syksyn 2026 seuranta");
      await s.type(await s.waitFor("[data-testid=round-deadline]"), "16.10.2026");
      answer(folder);
      await s.clickCss("[data-testid=round-send]");
      await s.waitFor("[data-testid=round-sent]");
      const sentText = await textOf(s, "[data-testid=round-sent]");
      assert(sentText.includes("2 työkirjaa"), `two workbooks written: ${sentText}`);
      assert(existsSync(join(folder, "Sivistysjohtaja.xlsx")), "the owner's workbook is in the folder");
      await s.waitFor("[data-testid=round-owner]");
      const unanswered = await textOf(s, "[data-testid=round-owner-answered]");
      assert(unanswered.includes("ei vielä"), `not answered yet: ${unanswered}`);
      await s.clickCss("[data-testid=round-remind]");
      const reminder = await s.exec(`return document.querySelector("[data-testid=round-reminder]").value;`);
      assert(reminder.includes("Syksyn 2026 seuranta") && reminder.includes("16.10.2026"), `a reminder to paste: ${reminder}`);
      await shot(s, "round-sent");

      // The owner fills the workbook in "Excel" and sends it back.
      execFileSync("python3", [fill, join(folder, "Sivistysjohtaja.xlsx"), filled]);
      await shellEvent(s, "drop", filled);
      await s.waitFor("[data-testid=ask]");
      assert((await textOf(s, "[data-testid=ask]")).includes("Sivistysjohtaja-vastaus.xlsx"), "the prompt names the dropped workbook");
      await s.clickCss("[data-testid=ask-take]");
      await s.waitFor("[data-testid=round-answer]");
      const taken = await textOf(s, "[data-testid=round-answer]");
      assert(taken.includes("Sivistysjohtaja"), `the answer by its owner: ${taken}`);
      const problems = await textOf(s, "[data-testid=round-problems]");
      assert(problems && problems.includes("Mittarit, rivi 3, sarake G"), `the wrong cell named: ${problems}`);
      await shot(s, "round-answered");

      await s.clickCss("[data-testid=tab-roadmap]");
      await s.waitFor(ROADMAP_ACTION, 20000);
      await s.waitUntil(`const e = document.querySelector('[data-testid=roadmap] svg rect[data-kind="action"][data-id="a3"]'); return !!e && (e.getAttribute("fill") || getComputedStyle(e).fill) !== arguments[0];`, "a3's bar shows its new status", 10000, before);

      await s.keys(Key.Control, "s");
      await s.waitUntil(`return !document.querySelector("[data-testid=file-name]").textContent.includes("•");`, "saved");
      await s.clickCss("[data-testid=tab-merge]");
      await s.waitUntil(`return [...document.querySelectorAll("[data-testid=history-line]")].some((l) => l.textContent.includes("Sivistysjohtaja"));`, "the owner's name in the history", 10000);
      await sleep(200);
    });
  });
}
