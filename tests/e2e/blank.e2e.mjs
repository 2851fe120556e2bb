// End-to-end tests of a new town's own strategy (issue 13): started from
// nothing in the real app, every part typed in by hand, saved, closed and
// found again. Run from app.e2e.mjs with its helpers.
import { existsSync } from "node:fs";
import { join } from "node:path";

export async function blankTests({ test, withApp, shot, answer, assert, textOf, valueOf, typeInto, WORK }) {
  /** Types into a field and leaves it, as a person does (the date fields read the text on "change"). */
  const typeAndLeave = async (s, css, text) => {
    await typeInto(s, css, text);
    await s.exec(`document.querySelector(arguments[0]).dispatchEvent(new Event("change", { bubbles: true }));`, css);
  };
  const checkedOwners = (s) => s.exec(`return [...document.querySelectorAll("[data-testid=action-owner]")].filter((c) => c.checked).map((c) => c.parentElement.textContent.trim());`);
  const selectedText = (s, css) => s.exec(`const e = document.querySelector(arguments[0]); return e ? e.options[e.selectedIndex].textContent : null;`, css);

  await test("a blank strategy is filled in by hand from no file (vision, value with a sub-bullet, theme, goal, success factor, action with an owner and a month), saved, closed, reopened and all found", async () => {
    const file = join(WORK, "lumijarvi.tiekartta");
    const typed = {
      vision: "Lumijärvi on elävä kylien kunta, jossa on hyvä asua ja yrittää.",
      value: "Avoimuus",
      bullet: "Kerromme päätöksistä ajoissa",
      sub: "Esityslistat verkossa viikkoa ennen kokousta",
      theme: "Elinvoimainen Lumijärvi",
      goal: "Yritysten määrä kasvaa",
      factor: "Toimiva yhteistyö yrittäjien kanssa",
      action: "Yrittäjien aamukahvit",
      owner: "Elinvoimajohtaja",
    };
    await withApp([], async (s) => {
      await s.waitFor("[data-testid=blank-town]", 20000);
      if (await s.exec("return !!document.querySelector('[data-testid=discard-recovery]');")) await s.clickCss("[data-testid=discard-recovery]");
      await typeInto(s, "[data-testid=blank-town]", "Lumijärven kunta");
      await typeInto(s, "[data-testid=blank-years]", "2025–2029");
      await s.clickCss("[data-testid=blank-create]");
      await s.waitUntil(`return !document.querySelector("[data-testid=start]");`, "the blank strategy opens");
      await s.waitFor("[data-testid=strategy-view]");
      await typeInto(s, "[data-testid=vision]", typed.vision);
      // A value, a point of its meaning and a sub-point under it.
      await s.clickCss("[data-testid=add-value]");
      await s.waitUntil(`return document.activeElement === document.querySelector("[data-testid=value-name]");`, "the new value's name takes the cursor");
      await typeInto(s, "[data-testid=value-name]", typed.value);
      await s.clickCss("[data-testid=add-bullet]");
      await s.waitFor("[data-testid=bullet]");
      // The focus moves once the new field is drawn: wait for it, as for the value's name.
      await s.waitUntil(`return document.activeElement === document.querySelector("[data-testid=bullet]");`, "the new point takes the cursor");
      await typeInto(s, "[data-testid=bullet]", typed.bullet);
      await s.clickCss("[data-testid=add-sub-bullet]");
      await s.waitFor("[data-testid=sub-bullet]");
      // The focus moves once the new field is drawn: wait for it, as for the value's name.
      await s.waitUntil(`return document.activeElement === document.querySelector("[data-testid=sub-bullet]");`, "the new sub-point takes the cursor");
      await typeInto(s, "[data-testid=sub-bullet]", typed.sub);
      // A theme with a goal and a success factor.
      await s.clickCss("[data-testid=add-theme]");
      await s.waitFor("[data-testid=theme-name]");
      await typeInto(s, "[data-testid=theme-name]", typed.theme);
      await s.clickCss("[data-testid=goal-add]");
      await s.waitFor("[data-testid=goal-name]");
      await typeInto(s, "[data-testid=goal-name]", typed.goal);
      await s.clickCss("[data-testid=success-factor-add]");
      await s.waitFor("[data-testid=success-factor-name]");
      await typeInto(s, "[data-testid=success-factor-name]", typed.factor);
      // An action from the theme's list: it opens beside the roadmap, to be named, tied to the goal, given a new owner and dated by month.
      await s.clickCss("[data-testid=add-action]");
      await s.waitFor("[data-testid=side-panel] [data-testid=action-name]");
      await typeInto(s, "[data-testid=action-name]", typed.action);
      const goalId = await s.exec(`return [...document.querySelectorAll("[data-testid=action-goal] option")].find((o) => o.textContent === arguments[0])?.value ?? null;`, typed.goal);
      assert(goalId, "the theme's goal is offered for the action");
      await s.exec(`const e = document.querySelector("[data-testid=action-goal]"); e.value = arguments[0]; e.dispatchEvent(new Event("change", { bubbles: true }));`, goalId);
      await typeInto(s, "[data-testid=action-new-owner]", typed.owner);
      await s.clickCss("[data-testid=action-new-owner-add]");
      await s.waitUntil(`return [...document.querySelectorAll("[data-testid=action-owner]")].some((c) => c.checked && c.parentElement.textContent.includes(arguments[0]));`, "the new owner is made and ticked", 10000, typed.owner);
      await typeAndLeave(s, "[data-testid=action-start]", "1/2026");
      await typeAndLeave(s, "[data-testid=action-due]", "9/2027");
      await s.waitUntil(`return document.querySelector('[data-testid=roadmap] svg [data-kind="action"]') !== null;`, "the dated action is drawn on the roadmap", 15000);
      assert(!(await s.exec(`return !!document.querySelector(".bad");`)), "both month dates are accepted");
      await shot(s, "blank-filled");

      answer(file);
      await s.clickCss("[data-testid=menu-save]");
      await s.waitFor("[data-testid=notice]");
      assert(existsSync(file), "the file was written");
      await s.clickCss("[data-testid=menu-close]");
      await s.waitFor("[data-testid=start]");
      await s.clickCss("[data-testid=recent]");
      await s.waitUntil(`return !document.querySelector("[data-testid=start]");`, "the saved strategy opens again");

      await s.clickCss("[data-testid=tab-strategy]");
      await s.waitFor("[data-testid=vision]");
      assert((await valueOf(s, "[data-testid=town]")) === "Lumijärven kunta", "the town");
      assert((await valueOf(s, "[data-testid=vision]")) === typed.vision, "the vision");
      assert((await valueOf(s, "[data-testid=value-name]")) === typed.value, "the value");
      assert((await valueOf(s, "[data-testid=bullet]")) === typed.bullet, "the value's point");
      assert((await valueOf(s, "[data-testid=sub-bullet]")) === typed.sub, "the point's sub-point");
      assert((await valueOf(s, "[data-testid=theme-name]")) === typed.theme, "the theme");
      assert((await valueOf(s, "[data-testid=goal-name]")) === typed.goal, "the goal");
      assert((await valueOf(s, "[data-testid=success-factor-name]")) === typed.factor, "the success factor");
      assert((await textOf(s, "[data-testid=theme-action]"))?.includes(typed.action), "the action under its theme");
      assert((await textOf(s, "[data-testid=theme-action-summary]")) === `1/2026–9/2027 · ${typed.owner}`, `its months and owner beside it (${await textOf(s, "[data-testid=theme-action-summary]")})`);
      assert((await valueOf(s, "[data-testid=owner-name]")) === typed.owner, "the owner in the list of owners");
      await s.clickCss("[data-testid=theme-action] button");
      await s.waitFor("[data-testid=side-panel] [data-testid=action-name]");
      assert((await valueOf(s, "[data-testid=action-name]")) === typed.action, "the action's name");
      assert((await valueOf(s, "[data-testid=action-start]")) === "1/2026", `the start month (${await valueOf(s, "[data-testid=action-start]")})`);
      assert((await valueOf(s, "[data-testid=action-due]")) === "9/2027", `the due month (${await valueOf(s, "[data-testid=action-due]")})`);
      assert((await selectedText(s, "[data-testid=action-goal]")) === typed.goal, "the action's goal");
      assert(JSON.stringify(await checkedOwners(s)) === JSON.stringify([typed.owner]), `the action's owner (${await checkedOwners(s)})`);
    });
  });
}
