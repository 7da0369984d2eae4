// The copydesk VS Code extension inside real VS Code: code-server (from the
// npm registry, pinned in package.json) serves the workbench on localhost,
// Debian's Chromium shows it headless, Playwright drives it.
//
// What it checks, as a user would see it in seed 000:
//   - the extension installs from target/copydesk.vsix and its server starts
//     (status bar item "copydesk" with a check mark);
//   - entities are coloured: in "Azerbaijan and Qatar have discussed ...",
//     the spans of "Azerbaijan" and "Qatar" and of the person "Ayya Lmahamad"
//     are rendered in another colour than the plain words around them, and
//     the editor's own token inspector names the semantic token type
//     "country" at "Qatar" (plaintext has no grammar, so colour can only come
//     from the server's semantic tokens);
//   - hovering "Qatar" shows the server's card with "Capital: Doha";
//   - a wrong weekday planted at the end is flagged, and the rule code in
//     its hover links to the rule's documentation, which opens in an editor
//     (the extension's `copydesk-rule:` pages, from `copydesk explain`);
//   - its quick fix (Ctrl+.) offers "Replace with "Sunday"" and applying it
//     rewrites the line;
//   - a screenshot is kept in target/e2e-artifacts/.
//
// Environment: COPYDESK_BIN (default target/release/copydesk), COPYDESK_VSIX
// (default target/copydesk.vsix), CHROMIUM (default /usr/bin/chromium),
// E2E_ARTIFACTS (default target/e2e-artifacts).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");
const bin = path.resolve(process.env.COPYDESK_BIN ?? path.join(root, "target/release/copydesk"));
const vsix = path.resolve(process.env.COPYDESK_VSIX ?? path.join(root, "target/copydesk.vsix"));
const browserPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
const artifacts = path.resolve(process.env.E2E_ARTIFACTS ?? path.join(root, "target/e2e-artifacts"));
const codeServer = path.join(here, "node_modules/.bin/code-server");
const seed = path.join(root, "seeds/000_e857ee8c00498cd5.txt");
const PLANTED = "The delegation returned on Monday, 16 June 2024.";

// Chromium on a closed network: nothing in the background, nothing fetched.
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// User settings: the server binary, and everything that would reach out to
// the network switched off.
const SETTINGS = {
  "copydesk.server.path": bin,
  "workbench.colorTheme": "Default Dark Modern",
  "editor.semanticHighlighting.enabled": true,
  "editor.minimap.enabled": false,
  "editor.hover.delay": 150,
  "editor.wordWrap": "off",
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "workbench.enableExperiments": false,
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "security.workspace.trust.enabled": false,
  "npm.fetchOnlinePackageInfo": false,
  "json.schemaDownload.enable": false,
  "typescript.disableAutomaticTypeAcquisition": true,
  "git.enabled": false,
  "chat.commandCenter.enabled": false,
  "files.autoSave": "off",
};

const STEP = 60_000;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-vscode-e2e-"));
const dirs = {
  userData: path.join(tmp, "user-data"),
  extensions: path.join(tmp, "extensions"),
  workspace: path.join(tmp, "workspace"),
  xdg: path.join(tmp, "xdg"),
};
const env = {
  ...process.env,
  XDG_CONFIG_HOME: path.join(dirs.xdg, "config"),
  XDG_DATA_HOME: path.join(dirs.xdg, "data"),
  XDG_CACHE_HOME: path.join(dirs.xdg, "cache"),
  // An empty gallery: no marketplace, so nothing to query or update.
  EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: "" }),
};
fs.mkdirSync(artifacts, { recursive: true });
const log = fs.createWriteStream(path.join(artifacts, "vscode-code-server.log"));

let server; // code-server process
let browser;
let page;
const outside = []; // requests the page tried to send off this machine

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url, ms) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`code-server exited with ${server.exitCode}; see ${log.path}`);
    }
    try {
      const r = await fetch(url);
      if (r.ok) {
        return;
      }
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = String(e);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer in ${ms} ms: ${last}`);
}

async function shot(name) {
  const file = path.join(artifacts, name);
  await page.screenshot({ path: file });
  return file;
}

/** The rendered line of the editor whose text starts with `prefix`. */
function viewLine(prefix) {
  return page.locator(".editor-instance .view-lines .view-line").filter({ hasText: prefix }).first();
}

/** Text (no-break spaces as spaces), class and computed colour of every span of a rendered line. */
async function spans(line) {
  return line.locator("span > span").evaluateAll((els) =>
    els.map((e) => ({ text: e.textContent.replace(/\u00a0/g, " "), cls: e.className, color: getComputedStyle(e).color })),
  );
}

/**
 * Does `act`, then waits up to 5 s for `shown`; again and again until it
 * shows or a minute has passed (then fails with `what`). Hovers and menus
 * come only once the server has answered for the word under the mouse.
 */
async function until(act, shown, what, undo = async () => {}) {
  const deadline = Date.now() + STEP;
  for (;;) {
    await act();
    try {
      await shown.first().waitFor({ timeout: 5000 });
      return;
    } catch (e) {
      assert.ok(Date.now() < deadline, `${what}: ${e}`);
      await undo();
    }
  }
}

function spanOf(list, text) {
  const s = list.find((x) => x.text.trim() === text);
  assert.ok(s, `no span of its own for ${JSON.stringify(text)} in ${JSON.stringify(list)}`);
  return s;
}

describe("copydesk in VS Code (code-server)", { timeout: 10 * 60_000 }, () => {
  before(async () => {
    for (const [what, p] of [["server binary", bin], ["vsix", vsix], ["chromium", browserPath], ["code-server", codeServer]]) {
      assert.ok(fs.existsSync(p), `${what} missing: ${p}`);
    }
    fs.mkdirSync(path.join(dirs.userData, "User"), { recursive: true });
    fs.mkdirSync(dirs.workspace, { recursive: true });
    fs.writeFileSync(path.join(dirs.userData, "User", "settings.json"), JSON.stringify(SETTINGS, null, 2));
    fs.writeFileSync(path.join(dirs.workspace, "article.txt"), `${fs.readFileSync(seed, "utf8").trimEnd()}\n\n${PLANTED}\n`);

    // Install the packaged extension, as a user would.
    const dirArgs = ["--user-data-dir", dirs.userData, "--extensions-dir", dirs.extensions];
    const install = spawnSync(codeServer, [...dirArgs, "--install-extension", vsix, "--force"], {
      env,
      encoding: "utf8",
      timeout: STEP,
    });
    log.write(`$ code-server --install-extension ${vsix}\n${install.stdout}${install.stderr}\n`);
    assert.equal(install.status, 0, `install failed: ${install.stdout}${install.stderr}`);
    const list = spawnSync(codeServer, [...dirArgs, "--list-extensions", "--show-versions"], { env, encoding: "utf8", timeout: STEP });
    const { publisher, name, version } = JSON.parse(fs.readFileSync(path.join(root, "editors/vscode/package.json"), "utf8"));
    assert.ok(
      list.stdout.split("\n").includes(`${publisher}.${name}@${version}`),
      `installed extensions: ${list.stdout}${list.stderr}`,
    );

    const port = await freePort();
    const config = path.join(tmp, "config.yaml");
    fs.writeFileSync(config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    server = spawn(
      codeServer,
      [
        "--config", config,
        ...dirArgs,
        "--disable-telemetry",
        "--disable-update-check",
        "--disable-workspace-trust",
        "--disable-getting-started-override",
        "--disable-proxy",
        "--ignore-last-opened",
        dirs.workspace,
      ],
      { env, stdio: ["ignore", "pipe", "pipe"], detached: true },
    );
    server.stdout.pipe(log, { end: false });
    server.stderr.pipe(log, { end: false });
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/healthz`, STEP);

    browser = await chromium.launch({ executablePath: browserPath, headless: true, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // Only this machine: anything else is recorded and refused.
    await context.route("**/*", (route) => {
      const u = new URL(route.request().url());
      if (["127.0.0.1", "localhost", "[::1]"].includes(u.hostname) || !u.protocol.startsWith("http")) {
        return route.continue();
      }
      outside.push(route.request().url());
      return route.abort();
    });
    page = await context.newPage();
    page.setDefaultTimeout(STEP);
    page.on("console", (m) => log.write(`[browser ${m.type()}] ${m.text()}\n`));
    page.on("response", (r) => r.status() >= 400 && log.write(`[browser] HTTP ${r.status()} ${r.url()}\n`));
    await page.goto(`${base}/?folder=${encodeURIComponent(dirs.workspace)}`);
    await page.locator(".monaco-workbench").waitFor();
    // The explorer shows the folder: the workbench is up.
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "article.txt" }).waitFor();

    // Open the article from the explorer.
    await page.locator(".explorer-folders-view .monaco-list-row", { hasText: "article.txt" }).click();
    await page.locator(".tabs-container .tab", { hasText: "article.txt" }).waitFor();
    await viewLine("Azerbaijan and Qatar").waitFor();
  });

  after(async () => {
    if (page) {
      await shot("vscode-last.png").catch(() => {});
    }
    await browser?.close().catch(() => {});
    if (server && server.exitCode === null) {
      try {
        process.kill(-server.pid, "SIGTERM"); // code-server and its children only
      } catch {}
      await new Promise((r) => setTimeout(r, 1000));
      try {
        process.kill(-server.pid, "SIGKILL");
      } catch {}
    }
    // Keep the workbench's server-side logs (extension host, remote agent).
    const logs = path.join(artifacts, "vscode-logs");
    fs.rmSync(logs, { recursive: true, force: true });
    if (fs.existsSync(path.join(dirs.userData, "logs"))) {
      fs.cpSync(path.join(dirs.userData, "logs"), logs, { recursive: true });
    }
    log.end(`\nrequests refused (not this machine): ${JSON.stringify(outside)}\n`);
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  it("starts the language server (status bar shows copydesk running)", async () => {
    const item = page.locator(".statusbar-item", { hasText: "copydesk" });
    await item.waitFor();
    await item.locator(".codicon-check").waitFor();
  });

  it("colours countries and people through semantic tokens", async () => {
    // Semantic tokens arrive after the document opens: wait until "Qatar"
    // has its own span, in another colour than " and ".
    const line = viewLine("Azerbaijan and Qatar");
    let list;
    const deadline = Date.now() + STEP;
    for (;;) {
      list = await spans(line);
      const q = list.find((x) => x.text.trim() === "Qatar");
      const a = list.find((x) => x.text.trim() === "and");
      if (q && a && q.color !== a.color) {
        break;
      }
      assert.ok(Date.now() < deadline, `"Qatar" never coloured: ${JSON.stringify(list)}`);
      await page.waitForTimeout(250);
    }
    const plain = spanOf(list, "and");
    const qatar = spanOf(list, "Qatar");
    const azerbaijan = spanOf(list, "Azerbaijan");
    assert.notEqual(qatar.cls, plain.cls);
    assert.notEqual(qatar.color, plain.color);
    assert.equal(azerbaijan.cls, qatar.cls, "two countries, one colour");
    // The rest of the line is plain text (Monaco may cut it into several spans).
    for (const s of list.filter((x) => !["Azerbaijan", "Qatar"].includes(x.text.trim()))) {
      assert.equal(s.cls, plain.cls, `plain text coloured: ${JSON.stringify(s)}`);
    }

    const byline = await spans(viewLine("By Ayya Lmahamad"));
    const person = spanOf(byline, "Ayya Lmahamad");
    const by = spanOf(byline, "By");
    assert.notEqual(person.color, by.color);
    assert.notEqual(person.color, qatar.color, "a person is not coloured as a country");

    // The editor's own inspector, at "Qatar": the semantic token type.
    await line.locator("span > span", { hasText: /^Qatar$/ }).click();
    await page.keyboard.press("F1");
    await page.keyboard.type("Developer: Inspect Editor Tokens and Scopes");
    await page.locator(".quick-input-list .monaco-list-row", { hasText: "Inspect Editor Tokens and Scopes" }).first().waitFor();
    await page.keyboard.press("Enter");
    const inspect = page.locator(".token-inspect-widget");
    await inspect.waitFor();
    await assert.doesNotReject(
      inspect.locator("td", { hasText: /^country$/ }).first().waitFor(),
      "token inspector does not name the semantic token type country",
    );
    const text = await inspect.innerText();
    await shot("vscode-token-inspector.png");
    assert.match(text, /semantic token type\s+country/, text);
    assert.match(text, /entity\.name\.namespace/, text);
    await page.keyboard.press("Escape");
    await inspect.waitFor({ state: "hidden" });
  });

  it("shows the hover card for a country", async () => {
    const qatar = viewLine("Azerbaijan and Qatar").locator("span > span", { hasText: /^Qatar$/ });
    const hover = page.locator(".monaco-hover:not(.hidden) .monaco-hover-content").filter({ hasText: "Capital" });
    // Move away, then onto the word, until the card shows.
    await until(
      async () => {
        await page.mouse.move(5, 5);
        await qatar.hover();
      },
      hover,
      'no hover card over "Qatar"',
    );
    // Let the card finish fading in before anyone takes its picture.
    await page.waitForFunction(
      () => [...document.querySelectorAll(".monaco-hover:not(.hidden)")].some((e) => getComputedStyle(e).opacity === "1"),
      null,
      { timeout: 5000 },
    );
    const card = await hover.first().innerText();
    assert.match(card, /Qatar/, card);
    assert.match(card, /Capital: Doha/, card);
  });

  it("keeps a screenshot of the coloured article with its hover card", async () => {
    const file = await shot("vscode-hover.png");
    const png = fs.readFileSync(file);
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "not a PNG");
    assert.ok(png.length > 20_000, `screenshot too small: ${png.length} bytes`);
    console.log(`screenshot: ${path.relative(root, file)}`);
  });

  it("links a warning's rule code to the rule's documentation", async () => {
    const monday = viewLine(PLANTED).locator("span > span", { hasText: /Monday/ }).first();
    const link = page.locator(".monaco-hover:not(.hidden) a", { hasText: "date/weekday-mismatch" });
    await until(
      async () => {
        await page.mouse.move(5, 5);
        await monday.hover();
      },
      link,
      "no rule link in the hover over the wrong weekday",
    );
    const hover = await page.locator(".monaco-hover:not(.hidden)").first().innerText();
    assert.match(hover, /16 June 2024 was a Sunday, not a Monday/, hover);
    await link.first().click();
    await page.locator(".tabs-container .tab", { hasText: "weekday-mismatch.md" }).waitFor();
    await viewLine("# date/weekday-mismatch").waitFor();
    await shot("vscode-rule-docs.png");
  });

  it("fixes the wrong weekday from the quick fix menu", async () => {
    await page.locator(".tabs-container .tab", { hasText: "article.txt" }).click();
    const monday = viewLine(PLANTED).locator("span > span", { hasText: /Monday/ }).first();
    const fix = page.locator(".action-widget .monaco-list-row", { hasText: 'Replace with "Sunday"' });
    // The cursor on the weekday, as a user puts it, then Ctrl+.; the
    // editor may ask before it has the document's latest diagnostics, so
    // ask again until the menu offers the fix.
    await until(
      async () => {
        await monday.click({ position: { x: 4, y: 4 } });
        await page.keyboard.press("Control+Period");
      },
      fix,
      "no quick fix on the wrong weekday",
      () => page.keyboard.press("Escape"),
    );
    await shot("vscode-quick-fix.png");
    // The menu takes the keyboard: walk to the fix, then apply it.
    for (let i = 0; i < 5 && !(await fix.first().getAttribute("class")).includes("focused"); i++) {
      await page.keyboard.press("ArrowDown");
    }
    await page.keyboard.press("Enter");
    await viewLine("The delegation returned on Sunday, 16 June 2024.").waitFor();
  });
});
