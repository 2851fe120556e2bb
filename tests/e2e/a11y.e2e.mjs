// End-to-end tests of accessibility (issue 15, item 5): axe-core run inside
// the real app's web view on every view, and a walk through the app with
// the keyboard only. Run from app.e2e.mjs with its helpers.
//
// axe is injected through WebDriver's script execution: the page's CSP
// (script-src 'self') does not apply to scripts WebKitWebDriver runs, which
// the first test checks by seeing `axe` defined afterwards while the page
// itself still refuses an inline script.
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Key, sleep } from "./webdriver.mjs";

const ROOT = resolve(import.meta.dirname, "../..");
const AXE = readFileSync(join(ROOT, "ui/node_modules/axe-core/axe.min.js"), "utf8");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** The WCAG 2.1 A/AA violations axe finds in the page now, one line each. */
export async function violations(s) {
  if (!(await s.exec("return typeof window.axe === 'object';"))) {
    await s.exec(`${AXE}\n;return true;`);
  }
  const found = await s.execAsync(`const done = arguments[arguments.length - 1];
    window.axe.run(document, { runOnly: { type: "tag", values: arguments[0] }, resultTypes: ["violations"] })
      .then((r) => done(r.violations.map((v) => v.id + " (" + v.impact + "): " + v.help + " — "
        + v.nodes.slice(0, 4).map((n) => n.target.join(" ") + " [" + (n.failureSummary || "").replace(/\\s+/g, " ").slice(0, 160) + "]").join("; "))))
      .catch((e) => done(["axe failed: " + e]));`, TAGS);
  return found;
}

const KEY = { Tab: "\uE004", ArrowRight: "\uE014", ArrowDown: "\uE015", ArrowUp: "\uE013", Space: "\uE00D", Home: "\uE011" };

export async function a11yTests({ test, withApp, assert, ROADMAP_ACTION, PAIMIO, answer, WORK }) {
  const clean = async (s, view) => {
    // Whatever an earlier test left behind is not this view's doing.
    if (await s.exec("return !!document.querySelector('[data-testid=discard-recovery]');")) await s.clickCss("[data-testid=discard-recovery]");
    await sleep(400);
    const v = await violations(s);
    return v.map((line) => `${view}: ${line}`);
  };

  await test("axe-core finds no WCAG 2.1 A/AA violation on the start, roadmap, strategy, follow-up, print and merge views", async () => {
    const all = [];
    await withApp([], async (s) => {
      await s.waitFor("[data-testid=start]", 20000);
      all.push(...(await clean(s, "start")));
      const inline = await s.exec(`const el = document.createElement("script"); el.textContent = "window.__inlineRan = true"; document.head.append(el); return window.__inlineRan === true;`);
      assert(!inline, "the page's CSP still refuses inline scripts (axe came in through WebDriver only)");
      assert(await s.exec("return typeof window.axe === 'object';"), "axe was injected through WebDriver's script execution");
    });
    await withApp([PAIMIO], async (s) => {
      await s.waitFor(ROADMAP_ACTION, 20000);
      all.push(...(await clean(s, "roadmap")));
      await s.exec(`document.querySelector(arguments[0]).dispatchEvent(new PointerEvent("pointerdown", { bubbles: true, button: 0 }));
        document.querySelector(arguments[0]).dispatchEvent(new PointerEvent("pointerup", { bubbles: true, button: 0 }));`, ROADMAP_ACTION);
      await s.waitFor("[data-testid=action-name]");
      all.push(...(await clean(s, "roadmap with the side panel")));
      for (const view of ["strategy", "followup", "print", "merge"]) {
        await s.clickCss(`[data-testid=tab-${view}]`);
        await sleep(1200);
        all.push(...(await clean(s, view)));
      }
      await s.clickCss("[data-testid=menu-help]");
      await s.waitFor("[data-testid=shortcuts]");
      all.push(...(await clean(s, "shortcuts dialog")));
      await s.keys(Key.Escape);
      await s.clickCss("[data-testid=menu-settings]");
      await sleep(500);
      all.push(...(await clean(s, "settings dialog")));
    });
    for (const line of all) console.log(`     ${line}`);
    assert(all.length === 0, `no violations (${all.length} found, listed above)`);
  });

  await test("keyboard only: open a sample, edit an action, change its status, print and save, with no mouse event", async () => {
    const file = join(WORK, "nappaimisto.tiekartta");
    await withApp([], async (s) => {
      await s.waitFor("[data-testid=start]", 20000);
      await s.exec(`window.__mouse = 0; for (const t of ["mousedown", "mouseup", "click", "pointerdown", "pointermove"]) window.addEventListener(t, (e) => { if (e.isTrusted && (e.detail > 0 || e.pointerType === "mouse")) window.__mouse++; }, true);`);
      const focused = () => s.exec(`const e = document.activeElement; return e ? (e.getAttribute("data-testid") || e.tagName) : null;`);
      /** Tabs until the focused element's data-testid starts with `prefix`. */
      const tabTo = async (prefix, max = 60) => {
        for (let i = 0; i < max; i++) {
          const f = await focused();
          if (f && f.startsWith(prefix)) return f;
          await s.keys(KEY.Tab);
        }
        throw new Error(`Tab never reached ${prefix} (at ${await focused()})`);
      };
      await tabTo("sample-paimio");
      await s.keys(Key.Enter);
      await s.waitFor(ROADMAP_ACTION, 20000);
      // The roadmap takes the focus with Tab; the arrows select a bar, which is announced.
      await tabTo("roadmap");
      await s.keys(KEY.ArrowRight);
      await s.waitUntil(`return !!document.querySelector("[data-testid=roadmap-announce]")?.textContent.trim();`, "the selected bar is announced");
      const said = await s.exec(`return document.querySelector("[data-testid=roadmap-announce]").textContent;`);
      const name = await s.exec(`const a = document.querySelector('[data-testid=roadmap] svg rect[data-kind="action"].selected'); return a && a.getAttribute("aria-label");`);
      assert(name && said.includes(name.split(",")[0]), `the announcement names the bar: ${said}`);
      // Enter edits the selected action in the side panel.
      await s.keys(Key.Enter);
      await s.waitUntil(`return document.activeElement?.getAttribute("data-testid") === "action-name";`, "Enter puts the focus in the action's name");
      await s.keys(Key.Control, "a");
      for (const ch of "Näppäimin nimetty") await s.keys(ch);
      await s.keys(KEY.Tab);
      await s.waitUntil(`return [...document.querySelectorAll('[data-testid=roadmap] svg text')].some((t) => t.textContent.includes("Näppäimin"));`, "the new name is on the roadmap");
      // The status: a select changed with the arrow keys.
      await tabTo("action-status");
      const before = await s.exec(`return document.querySelector("[data-testid=action-status]").value;`);
      await s.keys(before === "done" ? KEY.ArrowUp : KEY.ArrowDown);
      await s.waitUntil(`return document.querySelector("[data-testid=action-status]").value !== arguments[0];`, "the status changed", 10000, before);
      await s.keys(KEY.Tab);
      // Print: Ctrl+P reaches the print path.
      await s.keys(Key.Control, "p");
      await s.waitUntil(`return window.__tiekarttaPrinted >= 1 || !!document.querySelector("[data-testid=error]");`, "Ctrl+P printed", 20000);
      assert(!(await s.exec("return !!document.querySelector('[data-testid=error]');")), "printing gave no error");
      // Save as, by the keyboard.
      answer(file);
      await s.keys(Key.Control, Key.Shift, "s");
      await s.waitUntil(`return document.querySelector("[data-testid=file-name]").textContent === "nappaimisto.tiekartta";`, "saved");
      assert((await s.exec("return window.__mouse;")) === 0, "no mouse event reached the page");
    });
  });
}
