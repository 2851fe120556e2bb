// A small W3C WebDriver client over HTTP (node's fetch), enough to drive the
// app through tauri-driver and WebKitWebDriver. No dependencies.

const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class Session {
  constructor(base, id) {
    this.base = base;
    this.id = id;
  }

  static async start(base, application, args = []) {
    const res = await call(base, "POST", "/session", {
      capabilities: { alwaysMatch: { "tauri:options": { application, args } } },
    });
    return new Session(base, res.sessionId);
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  async quit() {
    try { await this.cmd("DELETE", ""); } catch { /* the app may be gone already */ }
  }

  /** Runs `script` (a function body) in the page; returns its value. */
  exec(script, ...args) {
    return this.cmd("POST", "/execute/sync", { script, args });
  }

  /** Runs async `script`; the last argument is the callback. */
  execAsync(script, ...args) {
    return this.cmd("POST", "/execute/async", { script, args });
  }

  async find(css) {
    const el = await this.cmd("POST", "/element", { using: "css selector", value: css });
    return el[ELEMENT];
  }

  async findAll(css) {
    const els = await this.cmd("POST", "/elements", { using: "css selector", value: css });
    return els.map((e) => e[ELEMENT]);
  }

  /** Waits until `css` matches, up to `ms`. */
  async waitFor(css, ms = 10000) {
    const until = Date.now() + ms;
    for (;;) {
      const els = await this.findAll(css).catch(() => []);
      if (els.length) return els[0];
      if (Date.now() > until) throw new Error(`timed out waiting for ${css}`);
      await sleep(100);
    }
  }

  /** Waits until `predicate` (a script returning a boolean) holds. */
  async waitUntil(script, what, ms = 10000, ...args) {
    const until = Date.now() + ms;
    for (;;) {
      if (await this.exec(script, ...args).catch(() => false)) return;
      if (Date.now() > until) throw new Error(`timed out waiting until ${what}`);
      await sleep(100);
    }
  }

  click(el) {
    return this.cmd("POST", `/element/${el}/click`, {});
  }

  async clickCss(css) {
    return this.click(await this.waitFor(css));
  }

  text(el) {
    return this.cmd("GET", `/element/${el}/text`);
  }

  clear(el) {
    return this.cmd("POST", `/element/${el}/clear`, {});
  }

  type(el, text) {
    return this.cmd("POST", `/element/${el}/value`, { text });
  }

  prop(el, name) {
    return this.cmd("GET", `/element/${el}/property/${name}`);
  }

  rect(el) {
    return this.cmd("GET", `/element/${el}/rect`);
  }

  /** Presses keys (W3C key values such as "\uE009" for Control). */
  async keys(...sequence) {
    const actions = [];
    for (const k of sequence) actions.push({ type: "keyDown", value: k });
    for (const k of [...sequence].reverse()) actions.push({ type: "keyUp", value: k });
    await this.cmd("POST", "/actions", { actions: [{ type: "key", id: "kb", actions }] });
    await this.cmd("DELETE", "/actions");
  }

  /** Drags with the mouse from (x1, y1) to (x2, y2) in viewport pixels, in `steps` moves. */
  async drag(x1, y1, x2, y2, steps = 8) {
    const actions = [{ type: "pointerMove", duration: 0, x: Math.round(x1), y: Math.round(y1) }, { type: "pointerDown", button: 0 }];
    for (let i = 1; i <= steps; i++) {
      actions.push({ type: "pointerMove", duration: 20, x: Math.round(x1 + ((x2 - x1) * i) / steps), y: Math.round(y1 + ((y2 - y1) * i) / steps) });
    }
    actions.push({ type: "pointerUp", button: 0 });
    await this.cmd("POST", "/actions", { actions: [{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions }] });
    await this.cmd("DELETE", "/actions");
  }

  /** A PNG screenshot of the window, as a Buffer. */
  async screenshot() {
    return Buffer.from(await this.cmd("GET", "/screenshot"), "base64");
  }
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await res.json().catch(() => ({}));
  if (!res.ok || (json.value && json.value.error)) {
    throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json.value ?? json).slice(0, 400)}`);
  }
  return json.value;
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

export const Key = { Control: "\uE009", Shift: "\uE008", Enter: "\uE007", Delete: "\uE017", Escape: "\uE00C" };
