// End-to-end tests of the app as a desktop app (issue 15, items 1, 2, 6): no
// web view menu and no reload, the app's own context menu, the menu bar's
// commands, a dropped file, the roadmap's text zoom, and screenshots at the
// small and large window sizes. Run from app.e2e.mjs with its helpers.
//
// WebDriver cannot drop a file on the window nor open a native menu: the
// shell's `test_event` hook (only with TIEKARTTA_TEST_ANSWERS set) runs the
// shell's own handler of a drop or of a chosen menu item, so everything
// from the shell's handler on is the real path. Not covered: GTK delivering
// the drop to the handler, and the menu bar's accelerators as GTK sees them
// (WebDriver's keys reach the page, which runs the same commands).
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Key, sleep } from "./webdriver.mjs";

/** Runs the shell's handler of a dropped file or a chosen menu item (see above). */
const shellEvent = (s, kind, value) =>
  s.exec(`return window.__TAURI_INTERNALS__.invoke("test_event", { kind: arguments[0], value: arguments[1] });`, kind, value);

/** The font sizes of the bars' labels on the roadmap (the core's SVG). */
const labelSizes = (s) => s.exec(`
  const sizes = new Set();
  for (const t of document.querySelectorAll('[data-testid=roadmap] svg text')) {
    const size = parseFloat(t.getAttribute("font-size") || getComputedStyle(t).fontSize);
    if (size) sizes.add(Math.round(size * 100) / 100);
  }
  return [...sizes].sort((a, b) => a - b);`);

/** Resizes the window (no window manager: the window is the screen's top left). */
async function resize(s, width, height) {
  await s.cmd("POST", "/window/rect", { x: 0, y: 0, width, height });
  await s.waitUntil(`return window.innerWidth === arguments[0];`, `the window ${width} px wide`, 10000, width);
  await sleep(800);
}

export async function desktopTests({ test, withApp, shot, answer, assert, textOf, valueOf, typeInto, alive, appPid, ROADMAP_ACTION, PAIMIO, WORK }) {
  const unsavedEdit = async (s, text) => {
    await s.clickCss("[data-testid=tab-strategy]");
    await typeInto(s, "[data-testid=slogan]", text);
    await s.waitUntil(`return document.querySelector("[data-testid=file-name]").textContent.includes("•");`, "the edit is unsaved");
  };

  await test("right-click shows the app's menu and not the web view's, on a bar and on a lane, and the menu's Poista works", async () => {
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      // An earlier test's recovery offer would move the picture while the menu is open.
      if (await s.exec("return !!document.querySelector('[data-testid=discard-recovery]');")) await s.clickCss("[data-testid=discard-recovery]");
      await sleep(300);
      await s.exec(`window.__menuPrevented = []; window.addEventListener("contextmenu", (e) => window.__menuPrevented.push(e.defaultPrevented));`);
      const id = await s.exec(`return document.querySelector(arguments[0]).getAttribute("data-id");`, ROADMAP_ACTION);
      const r = await s.exec(`const b = document.querySelector('[data-testid=roadmap] svg rect[data-kind="action"][data-id="' + arguments[0] + '"]').getBoundingClientRect(); return { x: b.x + Math.min(20, b.width / 2), y: b.y + b.height / 2 };`, id);
      const rightClick = (x, y) => s.cmd("POST", "/actions", { actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [
        { type: "pointerMove", duration: 0, x: Math.round(x), y: Math.round(y) }, { type: "pointerDown", button: 2 }, { type: "pointerUp", button: 2 }] }] });
      await rightClick(r.x, r.y);
      await s.waitFor("[data-testid=context-menu]");
      const items = await s.exec(`return [...document.querySelectorAll("[data-testid=context-menu] [role=menuitem]")].map((b) => b.textContent);`);
      assert(JSON.stringify(items) === JSON.stringify(["Muokkaa", "Merkitse valmiiksi", "Poista", "Kopioi"]), `the bar's menu in Finnish: ${items}`);
      assert((await s.exec("return window.__menuPrevented;")).every((p) => p === true), "the web view's own menu was prevented");
      await s.waitUntil(`return document.activeElement?.getAttribute("role") === "menuitem";`, "the menu takes the keyboard focus");
      await shot(s, "context-menu");
      await s.clickCss("[data-testid=ctx-delete]");
      await s.waitUntil(`return !document.querySelector('[data-testid=roadmap] svg rect[data-kind="action"][data-id="' + arguments[0] + '"]');`, "Poista removed the bar", 10000, id);
      await s.keys(Key.Control, "z");
      await s.waitFor(`[data-testid=roadmap] svg rect[data-kind="action"][data-id="${id}"]`, 10000);
      // Kopioi: a new action like it, named as a copy, selected.
      const name = await s.exec(`return document.querySelector('[data-testid=roadmap] svg rect[data-kind="action"][data-id="' + arguments[0] + '"]').getAttribute("aria-label").split(" · ")[0];`, id);
      const again = await s.exec(`const b = document.querySelector('[data-testid=roadmap] svg rect[data-kind="action"][data-id="' + arguments[0] + '"]').getBoundingClientRect(); return { x: b.x + Math.min(20, b.width / 2), y: b.y + b.height / 2 };`, id);
      await rightClick(again.x, again.y);
      await s.clickCss("[data-testid=ctx-copy]");
      await s.waitUntil(`return [...document.querySelectorAll('[data-testid=roadmap] svg rect[data-kind="action"]')].some((r) => (r.getAttribute("aria-label") || "").startsWith(arguments[0] + " (kopio) · "));`, "Kopioi made a copy", 10000, name);
      await s.keys(Key.Control, "z");
      await s.waitUntil(`return ![...document.querySelectorAll('[data-testid=roadmap] svg rect[data-kind="action"]')].some((r) => (r.getAttribute("aria-label") || "").startsWith(arguments[0] + " (kopio)"));`, "and undo takes the copy away", 10000, name);
      // A lane's empty stretch: Uusi toimenpide tähän.
      // An empty stretch of a lane: a point whose topmost element is the lane's own.
      const lane = await s.exec(`for (const l of document.querySelectorAll('[data-testid=roadmap] svg rect[data-kind="theme"]')) {
          const b = l.getBoundingClientRect();
          for (let x = b.right - 10; x > b.left + b.width / 2; x -= 15) for (const y of [b.bottom - 3, b.top + 3]) {
            const hit = document.elementFromPoint(x, y)?.closest("[data-kind]");
            if (hit && hit.getAttribute("data-kind") === "theme" && x < window.innerWidth - 300) return { x, y };
          }
        }
        return null;`);
      assert(lane, "an empty stretch of a lane in view");
      await rightClick(lane.x, lane.y);
      await s.waitFor("[data-testid=context-menu]");
      const laneItems = await s.exec(`return [...document.querySelectorAll("[data-testid=context-menu] [role=menuitem]")].map((b) => b.textContent);`);
      assert(JSON.stringify(laneItems) === JSON.stringify(["Uusi toimenpide tähän"]), `the lane's menu: ${laneItems}`);
      const before = await s.exec(`return document.querySelectorAll('[data-testid=roadmap] svg rect[data-kind="action"]').length;`);
      await s.clickCss("[data-testid=ctx-new-action]");
      await s.waitUntil(`return document.querySelectorAll('[data-testid=roadmap] svg rect[data-kind="action"]').length === arguments[0] + 1;`, "a new action on the lane", 10000, before);
      await s.waitUntil(`return document.activeElement?.getAttribute("data-testid") === "action-name";`, "its name is ready to type");
      // Shift+F10 opens the selected bar's menu from the keyboard.
      await s.exec("document.activeElement && document.activeElement.blur();");
      await s.keys(Key.Shift, "\uE03A");
      await s.waitFor("[data-testid=context-menu]");
      await s.keys(Key.Escape);
      await s.waitUntil(`return !document.querySelector("[data-testid=context-menu]");`, "Escape closes the menu");
    });
  });

  await test("Ctrl+R and F5 do not reload: the strategy and an unsaved edit stay; a reload anyway shows the work again at once", async () => {
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      await unsavedEdit(s, "Ei katoa uudelleenlatauksessa");
      await s.exec("window.__notReloaded = true; document.activeElement && document.activeElement.blur();");
      await s.keys(Key.Control, "r");
      await s.keys("\uE035"); // F5
      await s.keys(Key.Control, Key.Shift, "r");
      await sleep(1500);
      assert(await s.exec("return window.__notReloaded === true;"), "the page was not reloaded");
      assert((await valueOf(s, "[data-testid=slogan]")) === "Ei katoa uudelleenlatauksessa", "the edit stays");
      // Whatever reloads the page anyway finds the work in the shell's session.
      await s.exec("location.reload();");
      await s.waitFor("[data-testid=tab-strategy]", 20000);
      assert(!(await s.exec("return window.__notReloaded === true;")), "this time the page was loaded again");
      await s.clickCss("[data-testid=tab-strategy]");
      assert((await valueOf(s, "[data-testid=slogan]")) === "Ei katoa uudelleenlatauksessa", "the unsaved edit is shown again at once");
      assert((await textOf(s, "[data-testid=file-name]")).includes("•"), "still marked unsaved");
      await s.keys(Key.Control, "z");
      await s.waitUntil(`return document.querySelector("[data-testid=slogan]").value !== "Ei katoa uudelleenlatauksessa";`, "and its undo still works");
    });
  });

  await test("a file dropped on the window opens after the unsaved-changes prompt; a copy of the open strategy is offered for merging", async () => {
    const mine = join(WORK, "pudotettu.tiekartta");
    const copy = join(WORK, "pudotettu-kopio.tiekartta");
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      answer(mine);
      await s.keys(Key.Control, Key.Shift, "s");
      await s.waitUntil(`return document.querySelector("[data-testid=file-name]").textContent.startsWith("pudotettu.tiekartta");`, "saved as pudotettu.tiekartta");
      copyFileSync(mine, copy);
      await shellEvent(s, "drop", copy);
      await s.waitFor("[data-testid=ask]");
      assert((await textOf(s, "[data-testid=ask]")).includes("pudotettu-kopio.tiekartta"), "the prompt names the dropped copy");
      await s.clickCss("[data-testid=ask-merge]");
      await s.waitUntil(`return !document.querySelector("[data-testid=ask]");`, "merged");
      assert(!(await s.exec("return !!document.querySelector('[data-testid=error]');")), "no error from the merge");
      // A file that is not a copy: opened, after asking about the unsaved edit.
      await unsavedEdit(s, "Tallentamaton ennen pudotusta");
      await shellEvent(s, "drop", PAIMIO);
      await s.waitFor("[data-testid=ask-discard]");
      await s.clickCss("[data-testid=ask-cancel]");
      await sleep(500);
      assert((await valueOf(s, "[data-testid=slogan]")) === "Tallentamaton ennen pudotusta", "Cancel keeps the work");
      await shellEvent(s, "drop", PAIMIO);
      await s.waitFor("[data-testid=ask-discard]");
      await s.clickCss("[data-testid=ask-discard]");
      await s.waitUntil(`return document.querySelector("[data-testid=file-name]")?.textContent === "paimio.json";`, "the dropped file is open");
    });
  });

  await test("Ctrl+plus enlarges the roadmap's text (laid out by the core), Ctrl+minus shrinks it and Ctrl+0 gives the default size", async () => {
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      await s.exec("document.activeElement && document.activeElement.blur();");
      const plain = await labelSizes(s);
      assert(plain.includes(7.5), `bar labels at 7.5 px first: ${plain}`);
      await s.keys(Key.Control, "+");
      await s.waitUntil(`return !!document.querySelector("[data-testid=text-scale]");`, "the text size is shown");
      await s.waitUntil(`return [...document.querySelectorAll('[data-testid=roadmap] svg text')].some((t) => Math.abs(parseFloat(t.getAttribute("font-size")) - 8.625) < 0.01);`, "labels at 115 %", 10000);
      await shellEvent(s, "menu", "text-bigger");
      await s.waitUntil(`return [...document.querySelectorAll('[data-testid=roadmap] svg text')].some((t) => Math.abs(parseFloat(t.getAttribute("font-size")) - 9.75) < 0.01);`, "the menu's Suurenna tekstiä: labels at 130 %", 10000);
      await shot(s, "roadmap-text-130");
      await s.keys(Key.Control, "-");
      await s.waitUntil(`return [...document.querySelectorAll('[data-testid=roadmap] svg text')].some((t) => Math.abs(parseFloat(t.getAttribute("font-size")) - 8.625) < 0.01);`, "Ctrl+minus: back to 115 %", 10000);
      await s.keys(Key.Control, "0");
      await s.waitUntil(`return !document.querySelector("[data-testid=text-scale]");`, "Ctrl+0: the default size");
      const back = await labelSizes(s);
      assert(back.includes(7.5) && !back.includes(8.63), `labels at 7.5 px again: ${back}`);
    });
  });

  await test("the menu's Lopeta (Ctrl+Q) with unsaved work asks first: Cancel keeps the app, Discard quits", async () => {
    let pid = 0;
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      pid = appPid();
      await unsavedEdit(s, "Kysytään ennen lopetusta");
      await shellEvent(s, "menu", "quit");
      await s.waitFor("[data-testid=ask]");
      assert((await textOf(s, "[data-testid=ask]")).includes("paimio.json"), "the prompt names the file");
      await s.clickCss("[data-testid=ask-cancel]");
      await sleep(800);
      assert(alive(pid), "Cancel keeps the app running");
      assert((await valueOf(s, "[data-testid=slogan]")) === "Kysytään ennen lopetusta", "and the work");
      await s.keys(Key.Control, "q");
      await s.waitFor("[data-testid=ask]");
      await s.clickCss("[data-testid=ask-discard]").catch(() => {});
      const t0 = Date.now();
      while (alive(pid) && Date.now() - t0 < 15000) await sleep(200);
      assert(!alive(pid), "Discard quits the app");
    });
  });

  /** Moves the pointer to (x, y) in the window, buttons up. */
  const hover = (s, x, y) => s.cmd("POST", "/actions", { actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [{ type: "pointerMove", duration: 0, x: Math.round(x), y: Math.round(y) }] }] });
  /** An action's bar in the window: its box and its words. */
  const barOf = (s, id) => s.exec(`const e = document.querySelector('[data-testid=roadmap] svg rect[data-kind="action"][data-id="' + arguments[0] + '"]');
    if (!e) return null; const r = e.getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height, label: e.getAttribute("aria-label") };`, id);

  await test("a hovered bar's tooltip names the action with its owner, dates and status, not the strategy's title", async () => {
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      if (await s.exec("return !!document.querySelector('[data-testid=discard-recovery]');")) await s.clickCss("[data-testid=discard-recovery]");
      await sleep(500);
      const id = await s.exec(`return document.querySelector('[data-testid=roadmap] svg rect[data-kind="action"][aria-label]').getAttribute("data-id");`);
      const bar = await barOf(s, id);
      await hover(s, bar.x + Math.min(15, bar.w / 2), bar.y + bar.h / 2);
      await s.waitFor("[data-testid=bar-tooltip]");
      const tip = await textOf(s, "[data-testid=bar-tooltip]");
      const title = await s.exec(`return document.querySelector("[data-testid=roadmap] svg").getAttribute("aria-label");`);
      assert(tip === bar.label, `the tooltip is the bar's own words: ${tip}`);
      assert(tip.split(" · ").length === 4 && /\d{4}/.test(tip), `name · owners · dates · status: ${tip}`);
      assert(!tip.includes(title), "not the strategy's title");
      assert(!(await s.exec(`return !!document.querySelector("[data-testid=roadmap] svg > title");`)), "no SVG title the web view would show over every bar");
      await hover(s, 5, 5);
      await s.waitUntil(`return !document.querySelector("[data-testid=bar-tooltip]");`, "the tooltip goes with the pointer");
    });
  });

  await test("a dragged bar keeps its row while dragged and after the drop, on the picture's own scale", async () => {
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      if (await s.exec("return !!document.querySelector('[data-testid=discard-recovery]');")) await s.clickCss("[data-testid=discard-recovery]");
      await sleep(500);
      const id = await s.exec(`const bars = [...document.querySelectorAll('[data-testid=roadmap] svg rect[data-kind="action"]')].filter((r) => r.getBoundingClientRect().width > 60 && r.getBoundingClientRect().right < window.innerWidth - 420);
        return bars[Math.floor(bars.length / 2)].getAttribute("data-id");`);
      const before = await barOf(s, id);
      const x = before.x + Math.min(20, before.w / 2);
      const y = before.y + before.h / 2;
      const moves = [1, 2, 3, 4, 5, 6].map((i) => ({ type: "pointerMove", duration: 30, x: Math.round(x + 8 * i), y: Math.round(y) }));
      await s.cmd("POST", "/actions", { actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [
        { type: "pointerMove", duration: 0, x: Math.round(x), y: Math.round(y) }, { type: "pointerDown", button: 0 }, ...moves] }] });
      await sleep(600);
      const during = await barOf(s, id);
      await s.cmd("POST", "/actions", { actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [{ type: "pointerUp", button: 0 }] }] });
      await s.cmd("DELETE", "/actions");
      await s.waitUntil(`return document.querySelector("[data-testid=file-name]").textContent.includes("•");`, "the drop is an edit");
      await sleep(800);
      const after = await barOf(s, id);
      assert(during && during.x > before.x + 20, `the bar moved while dragged (${before.x} → ${during?.x})`);
      assert(Math.abs(during.y - before.y) < 1, `while dragged it keeps its row (y ${before.y} → ${during.y})`);
      // After the drop the layout packs the rows again, in the strategy's order (src/layout/roadmap/plan.rs): the bar stays.
      // (The drop selects the bar and opens the side panel: the picture is narrower, so x is not compared.)
      assert(after && after.label !== before.label, `the drop gave the bar new dates (${before.label} → ${after?.label})`);
      assert(Math.abs(after.y - before.y) < 1, `after the drop it keeps its row (y ${before.y} → ${after.y})`);
    });
  });

  await test("the roadmap uses the window's height at 1024×700 and 1920×1080, laid out again when the window is resized", async () => {
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      const fill = `const sc = document.querySelector("[data-testid=roadmap]").parentElement;
        const svg = document.querySelector("[data-testid=roadmap] svg");
        return svg ? { picture: svg.getBoundingClientRect().height, area: sc.clientHeight, scrolls: sc.scrollHeight > sc.clientHeight } : null;`;
      for (const [w, h] of [[1920, 1080], [1024, 700], [1920, 1080]]) {
        await resize(s, w, h);
        await s.waitUntil(`const f = (() => { ${fill} })(); return !!f && f.picture >= 0.9 * f.area && !f.scrolls;`, `the picture fills the roadmap's height at ${w}×${h}`, 10000);
        const f = await s.exec(fill);
        console.log(`     ${w}×${h}: the picture is ${Math.round((100 * f.picture) / f.area)} % of the roadmap area's height (${Math.round(f.picture)} of ${f.area} px)`);
      }
      await resize(s, 1280, 800);
    });
  });

  await test("at month zoom a bar whose start is scrolled off keeps its name in view at the left edge", async () => {
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      await s.clickCss("[data-testid=zoom-month]");
      await sleep(1500);
      // Scroll so that a long bar begins left of the view.
      const target = await s.exec(`const sc = document.querySelector("[data-testid=roadmap]").parentElement;
        const x0 = document.querySelector('[data-testid=roadmap] svg g[data-sticky="left"] rect').getAttribute("width") * 1;
        const svgLeft = document.querySelector("[data-testid=roadmap] svg").getBoundingClientRect().left;
        const bars = [...document.querySelectorAll('[data-testid=roadmap] svg rect[data-kind="action"]')].map((r) => ({ id: r.getAttribute("data-id"), b: r.getBoundingClientRect() }))
          .filter((r) => r.b.width > 300).sort((a, b) => b.b.width - a.b.width);
        if (!bars.length) return null;
        const left = bars[0].b.left - svgLeft + sc.scrollLeft;
        sc.scrollLeft = left - x0 + 120;
        return { id: bars[0].id };`);
      assert(target, "a long bar at month zoom");
      await s.waitUntil(`return [...document.querySelectorAll("[data-testid=stuck-name]")].some((n) => n.getAttribute("data-id") === arguments[0]);`, "its name is kept in view", 10000, target.id);
      const name = await s.exec(`return [...document.querySelectorAll("[data-testid=stuck-name]")].find((n) => n.getAttribute("data-id") === arguments[0]).textContent;`, target.id);
      const label = await s.exec(`return document.querySelector('[data-testid=roadmap] svg rect[data-kind="action"][data-id="' + arguments[0] + '"]')?.getAttribute("aria-label") ?? "";`, target.id);
      assert(name && label.startsWith(name + " · "), `the kept name is the action's: ${name}`);
      await shot(s, "roadmap-month-sticky-name");
    });
  });

  await test("Tiedosto › Tulosta (Ctrl+P) prints the handout's own pages through WebKit's print operation", async () => {
    const dir = process.env.TIEKARTTA_TEST_ANSWERS;
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      await s.clickCss("[data-testid=tab-print]");
      await s.clickCss("[data-testid=handout-onePage]");
      await s.waitUntil(`return document.querySelectorAll("[data-testid=print-preview] svg").length > 0;`, "the preview");
      const pages = await s.exec(`return document.querySelectorAll("[data-testid=print-preview] svg").length;`);
      await shellEvent(s, "menu", "print");
      const t0 = Date.now();
      while (!existsSync(join(dir, "printed.done")) && !existsSync(join(dir, "printed.failed")) && Date.now() - t0 < 30000) await sleep(200);
      assert(!existsSync(join(dir, "printed.failed")), `the print job did not fail: ${existsSync(join(dir, "printed.failed")) ? readFileSync(join(dir, "printed.failed"), "utf8") : ""}`);
      assert(existsSync(join(dir, "printed.done")), "WebKit finished the print job");
      const info = execFileSync("pdfinfo", [join(dir, "printed.pdf")], { encoding: "utf8" });
      const printedPages = Number(/Pages:\s+(\d+)/.exec(info)[1]);
      assert(printedPages === pages, `as many sheets as the handout has pages (${printedPages} vs ${pages})`);
      assert(/Page size:\s+84[12](\.\d+)? x 59[45]/.test(info), `A4 landscape sheets: ${/Page size:.*/.exec(info)}`);
      const text = execFileSync("pdftotext", [join(dir, "printed.pdf"), "-"], { encoding: "utf8" });
      assert(text.includes("Paimio"), "the handout's text is printed");
      assert(!text.includes("Asetukset") && !text.includes("Tallenna PDF"), "and nothing of the app around it");
    });
  });

  /** What is cut off in the view now: controls past the window's edge, fields narrower than their text, panels scrolled sideways. */
  const clipped = (s) => s.exec(`
    const out = [];
    // The window's right edge in the same units as the controls' boxes (a page zoom changes them alike).
    const W = document.querySelector(".shell").getBoundingClientRect().right;
    const name = (e) => e.getAttribute("data-testid") || e.getAttribute("aria-label") || e.id || e.tagName + "." + e.className;
    for (const e of document.querySelectorAll(".menubar button, .menubar select, .toolbar button, .toolbar select")) {
      const r = e.getBoundingClientRect();
      if (r.width && r.right > W + 0.5) out.push("off the window: " + name(e));
    }
    for (const p of document.querySelectorAll("aside.panel, .choices")) {
      if (p.scrollWidth > p.clientWidth + 1) out.push("scrolls sideways: " + name(p));
      const box = p.getBoundingClientRect();
      for (const f of p.querySelectorAll("input:not([type=checkbox]):not([type=radio]), select, textarea")) {
        const r = f.getBoundingClientRect();
        if (r.width && (r.right > box.right + 0.5 || r.left < box.left - 0.5)) out.push("cut off: " + name(f));
      }
    }
    // The view itself never scrolls sideways (a wide roadmap scrolls in its own scroller): named by what sticks out.
    const main = document.querySelector("main");
    if (main && main.scrollWidth > main.clientWidth + 1) {
      const edge = main.getBoundingClientRect().right;
      const out_ = [...main.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > edge + 1 && ![...e.children].some((c) => c.getBoundingClientRect().right > edge + 1));
      out.push("scrolls sideways: main (" + out_.slice(0, 3).map(name).join(", ") + ")");
    }
    for (const f of document.querySelectorAll("[data-testid=owner-name], [data-testid=owner-role], [data-testid=action-name]")) {
      if (f.value && f.scrollWidth > f.clientWidth + 1) out.push("text cut: " + name(f) + " " + f.value);
    }
    return out;`);
  /** Opens a view by its tab (a script's click: WebDriver's own misses under a page zoom). */
  const tab = (s, view) => s.exec(`document.querySelector("[data-testid=tab-" + arguments[0] + "]").click(); return true;`, view);
  /** The page at `zoom` (2 = 200 % text and everything else, as the web view's zoom does). */
  const pageZoom = (s, zoom) => s.exec(`document.documentElement.style.zoom = arguments[0]; return true;`, String(zoom));

  await test("the layout holds from 1024×700 to 2560×1440 and at 200 % text: nothing off the window, no field cut off, notices go by themselves", async () => {
    const found = [];
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      await s.exec("document.querySelector('[data-testid=discard-recovery]')?.click();");
      // 2560×1440 does not fit this 1920×1080 display: the same CSS pixels at 75 %.
      for (const [w, h, zoom, tag] of [[1024, 700, 1, "1024x700"], [1920, 1080, 0.75, "2560x1440"], [1920, 1080, 2, "1920x1080-text200"], [1280, 800, 2, "1280x800-text200"]]) {
        await resize(s, w, h);
        await pageZoom(s, zoom);
        for (const lang of ["fi", "sv"]) {
          await s.exec(`const e = document.querySelector("[data-testid=lang]"); e.value = arguments[0]; e.dispatchEvent(new Event("change", { bubbles: true }));`, lang);
          await tab(s, "roadmap");
          await s.waitFor(ROADMAP_ACTION, 20000);
          // A selected action: the side panel with its date fields.
          await s.exec(`document.querySelector(arguments[0]).dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, button: 0 }));
            document.querySelector(arguments[0]).dispatchEvent(new PointerEvent("pointerup", { bubbles: true, button: 0 }));`, ROADMAP_ACTION);
          await s.waitFor("[data-testid=action-name]");
          await sleep(600);
          found.push(...(await clipped(s)).map((c) => `${tag} ${lang} roadmap: ${c}`));
          if (lang === "fi" && zoom !== 0.75) await shot(s, `layout-roadmap-${tag}`, w, h);
          for (const view of ["strategy", "followup", "print"]) {
            await tab(s, view);
            await sleep(700);
            found.push(...(await clipped(s)).map((c) => `${tag} ${lang} ${view}: ${c}`));
            if (lang === "fi" && zoom === 2) await shot(s, `layout-${view}-${tag}`, w, h);
          }
        }
      }
      await pageZoom(s, 1);
      await s.exec(`const e = document.querySelector("[data-testid=lang]"); e.value = "fi"; e.dispatchEvent(new Event("change", { bubbles: true }));`);
      await resize(s, 1280, 800);
      // A notice (here: saved) goes by itself; the page under it does not move.
      answer(join(WORK, "ilmoitus.tiekartta"));
      await tab(s, "strategy");
      const top = await s.exec(`return document.querySelector("main").getBoundingClientRect().top;`);
      await s.keys(Key.Control, Key.Shift, "s");
      await s.waitFor("[data-testid=notice]", 10000);
      const under = await s.exec(`return document.querySelector("main").getBoundingClientRect().top;`);
      assert(Math.abs(under - top) < 0.5, `the notice does not push the page down (${top} → ${under})`);
      await s.waitUntil(`return !document.querySelector("[data-testid=notice]");`, "the notice goes by itself", 25000);
    });
    for (const f of found) console.log(`     ${f}`);
    assert(found.length === 0, `nothing cut off (${found.length}, listed above)`);
  });

  await test("screenshots at 1024×700 and 1920×1080 in Finnish and Swedish", async () => {
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      for (const [w, h] of [[1024, 700], [1920, 1080]]) {
        await resize(s, w, h);
        for (const lang of ["fi", "sv"]) {
          await s.exec(`const e = document.querySelector("[data-testid=lang]"); e.value = arguments[0]; e.dispatchEvent(new Event("change", { bubbles: true }));`, lang);
          await s.clickCss("[data-testid=tab-roadmap]");
          await s.waitFor(ROADMAP_ACTION, 20000);
          await shot(s, `roadmap-${w}x${h}-${lang}`, w, h);
          await s.clickCss("[data-testid=tab-strategy]");
          await shot(s, `strategy-${w}x${h}-${lang}`, w, h);
        }
      }
      await s.exec(`const e = document.querySelector("[data-testid=lang]"); e.value = "fi"; e.dispatchEvent(new Event("change", { bubbles: true }));`);
      await resize(s, 1280, 800);
    });
  });
}
