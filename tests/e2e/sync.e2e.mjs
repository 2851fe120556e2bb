// End-to-end test of sharing through the real sync server in the app (issue
// 11, item 3): the automerge-repo server of sync-server/ started on
// loopback, the open project shared to it from the Merge view, the CLI as
// the second machine (open-shared, an edit, sync), the app's background
// sync bringing that edit in, and the app's own edit reaching the CLI's copy
// with Synkronoi nyt. Run from app.e2e.mjs with its helpers.
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createServer } from "node:net";
import { Key, sleep } from "./webdriver.mjs";

const freePort = () => new Promise((ok) => {
  const srv = createServer();
  srv.listen(0, "127.0.0.1", () => { const { port } = srv.address(); srv.close(() => ok(port)); });
});

/** Starts the sync server on loopback; resolves with its address and a stop function. */
async function startServer(ROOT) {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), "tiekartta-sync-"));
  const child = spawn("node", ["server.mjs", "--host", "127.0.0.1", "--port", String(port), "--dir", dir], {
    cwd: resolve(ROOT, "sync-server"), stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((ok, fail) => {
    const timer = setTimeout(() => fail(new Error("the sync server did not start within 20 s")), 20000);
    child.stdout.on("data", (d) => { if (String(d).includes("listening")) { clearTimeout(timer); ok(); } });
    child.on("exit", (code) => fail(new Error(`the sync server stopped: ${code}`)));
  });
  return { url: `ws://127.0.0.1:${port}`, stop: () => child.kill() };
}

export async function syncTests({ test, withApp, shot, answer, assert, textOf, valueOf, typeInto, ROADMAP_ACTION, WORK, ROOT }) {
  const CLI = process.env.TIEKARTTA_CLI ?? resolve(ROOT, "target/debug/tiekartta");
  const cli = (...args) => execFileSync(CLI, args, { env: { ...process.env, TIEKARTTA_LANG: "fi" }, encoding: "utf8" });
  const fixture = resolve(ROOT, "tests/fixtures/kierroskaupunki.json");

  await test("a strategy shared to the sync server from the app gets another machine's edit by itself, and its own edit reaches that machine", async () => {
    const server = await startServer(ROOT);
    try {
      const file = join(WORK, "jaettu.tiekartta");
      const other = join(WORK, "toinen-kone.tiekartta");
      await withApp([fixture], async (s) => {
        await s.waitFor(ROADMAP_ACTION, 20000);
        if (await s.exec("return !!document.querySelector('[data-testid=discard-recovery]');")) await s.clickCss("[data-testid=discard-recovery]");
        answer(file);
        await s.keys(Key.Control, Key.Shift, "s");
        await s.waitUntil(`return document.querySelector("[data-testid=file-name]").textContent.startsWith("jaettu.tiekartta");`, "saved as a project file");

        await s.clickCss("[data-testid=tab-merge]");
        await typeInto(s, "[data-testid=sync-server]", server.url);
        await s.clickCss("[data-testid=sync-share]");
        await s.waitFor("[data-testid=sync-shared]", 30000).catch(async (e) => {
          throw new Error(`${e.message}; error shown: ${await textOf(s, "[data-testid=error]")}; share button disabled: ${await s.exec("return document.querySelector('[data-testid=sync-share]')?.disabled;")}`);
        });
        const id = await valueOf(s, "[data-testid=sync-document]");
        assert(id && id.length > 10, `a document id is shown: ${id}`);

        // The second machine: opens it from the server, edits, syncs.
        cli("open-shared", server.url, id, "-o", other);
        const json = join(WORK, "toinen-kone.json");
        cli("export", other, "-o", json);
        const doc = JSON.parse(readFileSync(json, "utf8"));
        doc.strategy.vision = "Toisen koneen visio";
        writeFileSync(json, JSON.stringify(doc));
        cli("update", other, "--from", json, "--author", "Pekka");
        cli("sync", other);

        // The app's background sync brings it, said and shown.
        await s.waitUntil(`const e = document.querySelector("[data-testid=sync-said]"); return !!e && e.textContent.includes("Pekka");`, "the other machine's edit is said", 20000);
        await shot(s, "sync-came-in");
        await s.clickCss("[data-testid=tab-strategy]");
        await s.waitUntil(`return document.querySelector("[data-testid=vision]")?.value === "Toisen koneen visio";`, "and shown", 10000);

        // The app's own edit goes to the server, and the other machine gets it.
        await typeInto(s, "[data-testid=slogan]", "Sovelluksen iskulause");
        await s.clickCss("[data-testid=tab-merge]");
        await s.clickCss("[data-testid=sync-now]");
        await s.waitUntil(`return !document.querySelector("[data-testid=file-name]").textContent.includes("•");`, "synced and saved", 20000);
        // The last keystrokes may reach the core after that sync: the background sync takes them.
        let theirs = null;
        for (let i = 0; i < 20; i++) {
          cli("sync", other);
          theirs = JSON.parse(cli("export", other, "-o", "-"));
          if (theirs.strategy.slogan === "Sovelluksen iskulause") break;
          await sleep(500);
        }
        assert(theirs.strategy.slogan === "Sovelluksen iskulause", `the app's edit reached the other machine: ${theirs.strategy.slogan}`);
        assert(theirs.strategy.vision === "Toisen koneen visio", "and its own edit is kept");
      });
    } finally {
      server.stop();
    }
  });
}
