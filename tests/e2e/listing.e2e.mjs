// End-to-end tests of Excel in (issue 12, item 5): an action list written
// by Python's openpyxl as a town keeps it (Swedish headers in a shuffled
// order, a title row, a merged theme cell, one date left wrong;
// tests/round/list.py), picked from the start view as a new strategy and
// from the Tiedosto menu into the open one, previewed, accepted, undone;
// then edited (tests/round/list_edit.py) and dropped again, updating the
// action it changed.
// Run from app.e2e.mjs with its helpers.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { violations } from "./a11y.e2e.mjs";

/** Runs the shell's handler of a chosen menu item (see desktop.e2e.mjs). */
const menuItem = (s, id) =>
  s.exec(`return window.__TAURI_INTERNALS__.invoke("test_event", { kind: "menu", value: arguments[0] });`, id);
/** Runs the shell's handler of a file dropped on the window (see desktop.e2e.mjs). */
const drop = (s, path) =>
  s.exec(`return window.__TAURI_INTERNALS__.invoke("test_event", { kind: "drop", value: arguments[0] });`, path);

export async function listingTests({ test, withApp, shot, answer, assert, textOf, ROADMAP_ACTION, PAIMIO, WORK, ROOT }) {
  const list = join(WORK, "Åtgärdsplan.xlsx");
  const written = () => execFileSync("python3", [join(ROOT, "tests/round/list.py"), "sv", list]);
  const rows = (s) => s.exec(`return [...document.querySelectorAll("[data-testid=listing-action]")].map((r) => [...r.children].map((c) => c.textContent.trim()));`);
  const columns = (s) => s.exec(`return [...document.querySelectorAll("[data-testid=listing-column]")].map((r) => [...r.children].map((c) => c.textContent.trim()).join(" | "));`);
  const actionCount = (s) => s.exec(`return document.querySelectorAll("[data-testid=theme-action]").length;`);
  const toStrategy = (s) => s.exec(`document.querySelector("[data-testid=tab-strategy]").click(); return true;`);

  await test("an action list with Swedish headers in a shuffled order is picked on the start view, previewed column by column and row by row, and becomes a new unsaved strategy", async () => {
    written();
    await withApp([], async (s) => {
      await s.waitFor("[data-testid=start-list]", 20000);
      await s.exec("document.querySelector('[data-testid=discard-recovery]')?.click();");
      answer(list);
      await s.clickCss("[data-testid=start-list]");
      await s.waitFor("[data-testid=listing-view]");
      const cols = await columns(s);
      for (const c of ["A | Ansvarig | vastuutaho", "B | Status | tila", "C | Åtgärd | toimenpide", "D | Klar senast | valmistuu", "E | Mål | tavoite", "F | Start | alkaa", "G | Tema | teema", "H | Kommentar | (ei käytetty)"]) {
        assert(cols.includes(c), `column ${c} in ${JSON.stringify(cols)}`);
      }
      const r = await rows(s);
      assert(r.length === 5, `five actions to add: ${JSON.stringify(r)}`);
      assert(JSON.stringify(r[1]) === JSON.stringify(["Bildning uusi", "Språket lever uusi", "Språkbad B", "Bildningsdirektör, Rektor", "2026", "31.5.2028", "Ei aloitettu"]), `a row in full: ${JSON.stringify(r[1])}`);
      assert(r[2][0].startsWith("Bildning") && r[2][1].startsWith("Språket lever"), "the merged theme cell carries down");
      const problems = await s.exec(`return [...document.querySelectorAll("[data-testid=listing-problem]")].map((p) => p.textContent);`);
      assert(problems.length === 1 && problems[0].startsWith("rivi 8, sarake F:") && problems[0].includes("nästa år"), `the wrong cell by row and column: ${problems}`);
      assert((await textOf(s, "[data-testid=listing-counts]")).includes("toimenpiteitä 5"), "the counts");
      await shot(s, "listing-new");
      const axe = await violations(s);
      assert(axe.length === 0, `axe finds no WCAG 2.1 A/AA violation in the preview: ${axe.join(" | ")}`);
      await s.clickCss("[data-testid=listing-accept]");
      await s.waitFor(ROADMAP_ACTION, 20000);
      assert((await s.cmd("GET", "/title")).startsWith("• "), `a new unsaved strategy (${await s.cmd("GET", "/title")})`);
      await toStrategy(s);
      await s.waitFor("[data-testid=theme-action]");
      assert((await s.exec(`return document.querySelector("[data-testid=strategy-name]").value;`)) === "Åtgärdsplan", "named after the file");
      assert((await s.exec(`return document.querySelector("[data-testid=strategy-period-start]").value;`)) === "2026", "its years those of its actions");
      assert((await actionCount(s)) === 5, "the five actions are in it");
    });
  });

  await test("an action list is brought into the open strategy from the Tiedosto menu: previewed, accepted as one edit, undone in one step", async () => {
    written();
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      await s.exec("document.querySelector('[data-testid=discard-recovery]')?.click();");
      await toStrategy(s);
      await s.waitFor("[data-testid=theme-action]");
      const before = await actionCount(s);
      answer(list);
      await menuItem(s, "import-list");
      await s.waitFor("[data-testid=listing-view]");
      assert((await textOf(s, "[data-testid=listing-into]")).includes("Paimio"), "it says the list goes into the open strategy");
      assert((await rows(s)).length === 5, "five actions to add");
      // Cancelled first: nothing changes.
      await s.clickCss("[data-testid=listing-cancel]");
      await s.waitUntil(`return !document.querySelector("[data-testid=listing-view]");`, "the preview closes");
      assert((await actionCount(s)) === before, "a cancelled list adds nothing");
      assert(!(await s.exec(`return document.querySelector("[data-testid=file-name]").textContent.includes("•");`)), "and leaves nothing unsaved");
      answer(list);
      await menuItem(s, "import-list");
      await s.waitFor("[data-testid=listing-accept]");
      await s.clickCss("[data-testid=listing-accept]");
      await s.waitUntil(`return document.querySelectorAll("[data-testid=theme-action]").length === arguments[0];`, "the five actions come in", 10000, before + 5);
      const undo = await s.exec(`return document.querySelector("[data-testid=menu-undo]").getAttribute("title");`);
      assert(undo.includes("Åtgärdsplan.xlsx"), `one step, named after the list: ${undo}`);
      await s.clickCss("[data-testid=menu-undo]");
      await s.waitUntil(`return document.querySelectorAll("[data-testid=theme-action]").length === arguments[0];`, "one undo takes all of it back", 10000, before);
      assert(await s.exec(`return document.querySelector("[data-testid=menu-undo]").disabled;`), "nothing else to undo");
    });
  });

  await test("an action list dropped on the window with a strategy open is previewed into it and comes in as one edit", async () => {
    written();
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      await s.exec("document.querySelector('[data-testid=discard-recovery]')?.click();");
      await toStrategy(s);
      await s.waitFor("[data-testid=theme-action]");
      const before = await actionCount(s);
      await drop(s, list);
      await s.waitFor("[data-testid=listing-view]");
      assert((await textOf(s, "[data-testid=listing-into]")).includes("Paimio"), "into the open strategy");
      await s.clickCss("[data-testid=listing-accept]");
      await s.waitUntil(`return document.querySelectorAll("[data-testid=theme-action]").length === arguments[0];`, "the five actions come in", 10000, before + 5);

      // Edited in Excel (openpyxl) and dropped again: only what changed comes
      // in, each value old » new in the preview first.
      execFileSync("python3", [join(ROOT, "tests/round/list_edit.py"), list, list, "Läsfrämjande", "Klar senast=6/2028", "Status=Pågår"]);
      await drop(s, list);
      await s.waitFor("[data-testid=listing-update]", 10000);
      const updates = await s.exec(`return [...document.querySelectorAll("[data-testid=listing-update]")].map((u) => u.textContent.trim());`);
      assert(updates.length === 1 && updates[0] === "Rivi 6: ”Läsfrämjande”: määräaika 2027 » 6/2028, tila Valmis » Etenee", `the one change, old » new: ${JSON.stringify(updates)}`);
      assert((await rows(s)).length === 0, "nothing to add");
      await shot(s, "listing-update");
      const axe = await violations(s);
      assert(axe.length === 0, `axe finds no WCAG 2.1 A/AA violation with updates shown: ${axe.join(" | ")}`);
      await s.clickCss("[data-testid=listing-accept]");
      await s.waitUntil(`return !document.querySelector("[data-testid=listing-view]");`, "the preview closes", 10000);
      assert((await actionCount(s)) === before + 5, "no action added by the update");
      // Once in, the same list has nothing new or changed.
      await drop(s, list);
      await s.waitFor("[data-testid=listing-nothing]", 10000);
    });
  });
}
