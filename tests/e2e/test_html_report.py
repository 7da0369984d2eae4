"""`copydesk check --format html` rendered in real headless Chromium.

The report for two flagged fixtures, a figures fixture and a seed is written
to target/e2e-artifacts/html-report.html, opened in Debian's chromium
(tests/e2e/install-debian.sh) driven over the DevTools protocol
(websocket-client, pinned in run.sh), and checked as a reader sees it:
entities coloured by kind, every finding shown with its rule code and
message beside its line, nothing fetched from the network. A full-page
screenshot goes to target/e2e-artifacts/html-report.png.

Without /usr/bin/chromium the tests are skipped, unless CI is set: then they
fail.
"""

import base64
import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

import pytest
import websocket

ROOT = Path(__file__).resolve().parents[2]
BIN = os.environ.get("COPYDESK_BIN", str(ROOT / "target" / "release" / "copydesk"))
ARTIFACTS = ROOT / "target" / "e2e-artifacts"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
]
WIDTH = 1280
ARTICLES = [
    "tests/fixtures/checks/entity__office-term__flagged.txt",
    "tests/fixtures/checks/date__weekday-mismatch__flagged.txt",
    "tests/fixtures/checks/figure__sum-mismatch__flagged.txt",
    "seeds/000_e857ee8c00498cd5.txt",
]
TRANSPARENT = "rgba(0, 0, 0, 0)"


def chromium_or_skip() -> str:
    if os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail(f"{CHROMIUM} is missing and CI is set: run tests/e2e/install-debian.sh first", pytrace=False)
    pytest.skip(f"{CHROMIUM} is missing: run tests/e2e/install-debian.sh (with CI set this is a failure)")


class DevTools:
    """A minimal DevTools protocol client over one browser websocket, with
    flattened sessions for page targets."""

    def __init__(self, url: str):
        self.ws = websocket.create_connection(url, timeout=60, suppress_origin=True)
        self.last_id = 0
        self.events: list[dict] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self.last_id += 1
        msg = {"id": self.last_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        while True:
            reply = json.loads(self.ws.recv())
            if reply.get("id") == self.last_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]
            self.events.append(reply)

    def wait_for(self, event: str, session: str, timeout: float = 60) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            for e in self.events:
                if e.get("method") == event and e.get("sessionId") == session:
                    self.events.remove(e)
                    return e
            if time.monotonic() > deadline:
                raise TimeoutError(event)
            self.events.append(json.loads(self.ws.recv()))

    def evaluate(self, expression: str, session: str):
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)
        if "exceptionDetails" in result:
            raise RuntimeError(result["exceptionDetails"])
        return result["result"]["value"]

    def close(self):
        self.ws.close()


# What the page shows, read after layout: the legend's colours, and for each
# article (an h2 with the path, then div.article of .line/.notes pairs) its
# lines, findings and marks with their computed styles and positions.
READ_PAGE = r"""
(() => {
  const css = el => getComputedStyle(el);
  const box = el => { const r = el.getBoundingClientRect();
    return {x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height}; };
  const visible = el => { const s = css(el), r = el.getBoundingClientRect();
    return s.display !== 'none' && s.visibility === 'visible' && parseFloat(s.opacity) > 0
      && r.width > 0 && r.height > 0; };
  const legend = {};
  for (const m of document.querySelectorAll('.legend mark'))
    legend[m.textContent] = {bg: css(m).backgroundColor, color: css(m).color};
  const articles = [];
  for (const h2 of document.querySelectorAll('h2')) {
    const art = h2.nextElementSibling;
    if (!art || !art.classList.contains('article')) { articles.push({path: h2.textContent, missing: true}); continue; }
    const lines = [...art.querySelectorAll(':scope > .line')].map(l => ({text: l.innerText, box: box(l)}));
    const findings = [];
    [...art.querySelectorAll(':scope > .notes')].forEach((notes, i) => {
      for (const f of notes.querySelectorAll('.finding')) {
        const code = f.querySelector('.code');
        findings.push({line: i + 1, code: code ? code.innerText : null, text: f.innerText,
          classes: [...f.classList], visible: visible(f) && (!code || visible(code)), box: box(f),
          border: css(f).borderLeftColor});
      }
    });
    const marks = [...art.querySelectorAll('mark')].map(m => ({text: m.innerText, classes: [...m.classList],
      title: m.title, bg: css(m).backgroundColor, color: css(m).color, visible: visible(m),
      decoration: css(m).textDecorationLine, decorationStyle: css(m).textDecorationStyle,
      line: [...art.querySelectorAll(':scope > .line')].indexOf(m.closest('.line')) + 1}));
    articles.push({path: h2.textContent, lines, findings, marks});
  }
  return {title: document.title, text: document.body.innerText, legend, articles,
          height: Math.ceil(document.documentElement.scrollHeight)};
})()
"""


def stop_process_group(proc: subprocess.Popen) -> None:
    """Stops the Chromium this module started (its own session and process
    group: the browser, its zygotes and renderers) and waits until all of
    it has exited."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if proc.poll() is None:
                time.sleep(0.05)
                continue
            try:
                os.killpg(proc.pid, 0)
            except ProcessLookupError:
                return
            time.sleep(0.05)


@pytest.fixture(scope="module")
def page():
    chromium = chromium_or_skip()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    html_path = ARTIFACTS / "html-report.html"
    png_path = ARTIFACTS / "html-report.png"
    for stale in (html_path, png_path):
        stale.unlink(missing_ok=True)

    proc = subprocess.run(
        [BIN, "check", "--format", "html", *ARTICLES], cwd=ROOT, capture_output=True, timeout=120
    )
    assert proc.returncode == 1, proc.stderr.decode()  # the flagged fixtures have warnings
    html_path.write_bytes(proc.stdout)
    expected = json.loads(
        subprocess.run(
            [BIN, "check", "--format", "json", *ARTICLES], cwd=ROOT, capture_output=True, timeout=120
        ).stdout
    )

    profile = Path(tempfile.mkdtemp(prefix="copydesk-chromium-"))
    log = open(profile / "chromium.log", "wb")
    browser = subprocess.Popen(
        [chromium, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    cdp = None
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not (port_file.exists() and len(port_file.read_text().splitlines()) >= 2):
            if browser.poll() is not None or time.monotonic() > deadline:
                log.flush()
                pytest.fail("Chromium did not start:\n" + (profile / "chromium.log").read_text(errors="replace")[-3000:])
            time.sleep(0.1)
        port, path = port_file.read_text().splitlines()[:2]
        cdp = DevTools(f"ws://127.0.0.1:{port}{path}")

        target = cdp.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = cdp.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        cdp.send("Page.enable", session=session)
        cdp.send("Network.enable", session=session)
        cdp.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": 900, "deviceScaleFactor": 1, "mobile": False},
            session,
        )
        url = html_path.resolve().as_uri()
        nav = cdp.send("Page.navigate", {"url": url}, session)
        assert "errorText" not in nav, nav
        cdp.wait_for("Page.loadEventFired", session)
        cdp.evaluate("document.fonts.ready.then(() => true)", session)
        seen = cdp.evaluate(READ_PAGE, session)

        cdp.send(
            "Emulation.setDeviceMetricsOverride",
            {"width": WIDTH, "height": seen["height"], "deviceScaleFactor": 1, "mobile": False},
            session,
        )
        shot = cdp.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session)
        png_path.write_bytes(base64.b64decode(shot["data"]))

        requests = [
            e["params"]["request"]["url"]
            for e in cdp.events
            if e.get("method") == "Network.requestWillBeSent" and e.get("sessionId") == session
        ]
        yield {"seen": seen, "expected": expected, "requests": requests, "url": url, "png": png_path}
    finally:
        if cdp:
            cdp.close()
        stop_process_group(browser)
        log.close()
        shutil.rmtree(profile, ignore_errors=True)


def article(page, path: str) -> dict:
    found = [a for a in page["seen"]["articles"] if a["path"] == path]
    assert len(found) == 1, f"{path}: {len(found)} headings in the report"
    assert not found[0].get("missing"), f"{path} has no article body"
    return found[0]


def test_every_article_is_in_the_report(page):
    assert page["seen"]["title"] == "copydesk report"
    assert [a["path"] for a in page["seen"]["articles"]] == ARTICLES
    for a in page["seen"]["articles"]:
        assert a["lines"], a["path"]
    # The summary line counts what `--format json` counts.
    warnings = sum(
        d["severity"] == "warning" for f in page["expected"]["files"] for d in f["diagnostics"]
    )
    assert f"{len(ARTICLES)} files: 0 errors, {warnings} warnings" in page["seen"]["text"]


def test_entities_are_coloured_by_kind(page):
    by_kind: dict[str, set[str]] = {}
    for a in page["seen"]["articles"]:
        for m in a["marks"]:
            assert m["visible"], m
            by_kind.setdefault(m["classes"][0], set()).add(m["bg"])
    # Each kind has one colour wherever it appears, and a visible one.
    for kind, colours in by_kind.items():
        assert len(colours) == 1, f"{kind} marks in several colours: {colours}"
        assert colours != {TRANSPARENT}, f"{kind} marks have no background"
    colour = {kind: next(iter(c)) for kind, c in by_kind.items()}
    named = ["person", "date", "country", "place", "organization"]
    for kind in named + ["money"]:
        assert kind in colour, f"no {kind} mark in the rendered articles: {sorted(colour)}"
    assert colour["person"] != colour["date"]
    distinct = {colour[k] for k in named + ["money"]}
    assert len(distinct) == len(named) + 1, {k: colour[k] for k in named + ["money"]}
    # The legend shows the colours the articles use.
    legend = page["seen"]["legend"]
    for kind, c in colour.items():
        assert legend[kind]["bg"] == c, (kind, legend[kind], c)
    # Hover names what was recognised.
    office = article(page, "tests/fixtures/checks/entity__office-term__flagged.txt")
    person = next(m for m in office["marks"] if m["text"] == "Elmar Mammadyarov")
    assert person["classes"][0] == "person" and person["title"] == "person: Elmar Mammadyarov"
    weekday = article(page, "tests/fixtures/checks/date__weekday-mismatch__flagged.txt")
    date = next(m for m in weekday["marks"] if m["text"] == "Monday, 16 June 2024")
    assert date["classes"][0] == "date" and date["title"] == "date: 2024-06-16"


def test_every_finding_is_shown_beside_its_line(page):
    text = page["seen"]["text"]
    for f in page["expected"]["files"]:
        a = article(page, f["path"])
        assert len(a["findings"]) == len(f["diagnostics"]), (f["path"], a["findings"], f["diagnostics"])
        for d in f["diagnostics"]:
            shown = [
                x for x in a["findings"]
                if x["line"] == d["line"] and x["code"] == d["code"] and d["message"] in x["text"]
            ]
            assert shown, f"{f['path']}:{d['line']}: {d['code']} {d['message']!r} is not shown"
            x = shown[0]
            assert x["visible"], x
            assert d["severity"] in x["classes"], x
            assert x["border"] != TRANSPARENT
            assert f"{d['code']} {d['message']}" in text, f"{d['code']} {d['message']!r} not visible on the page"
            # In the margin: right of the article's text column, in its line's row.
            line = a["lines"][d["line"] - 1]["box"]
            assert x["box"]["x"] >= line["x"] + line["w"], (x["box"], line)
            assert line["y"] - 1 <= x["box"]["y"] and x["box"]["y"] + x["box"]["h"] <= line["y"] + line["h"] + 1, (
                x["box"], line)


def test_flagged_entities_are_underlined(page):
    weekday = article(page, "tests/fixtures/checks/date__weekday-mismatch__flagged.txt")
    flagged = [m for m in weekday["marks"] if "flagged" in m["classes"]]
    assert sorted(m["line"] for m in flagged) == [3, 4, 5], flagged
    office = article(page, "tests/fixtures/checks/entity__office-term__flagged.txt")
    flagged += [m for m in office["marks"] if "flagged" in m["classes"]]
    assert "Elmar Mammadyarov" in [m["text"] for m in flagged]
    for m in flagged:
        assert "underline" in m["decoration"] and m["decorationStyle"] == "wavy", m
    seed = article(page, "seeds/000_e857ee8c00498cd5.txt")
    assert not seed["findings"] and not [m for m in seed["marks"] if "flagged" in m["classes"]]


def test_the_page_is_self_contained(page):
    others = [u for u in page["requests"] if u != page["url"]]
    assert not others, f"the report loads other resources: {others}"


def test_a_screenshot_is_kept(page):
    png = page["png"].read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    assert width == WIDTH and height >= 900, (width, height)
    assert len(png) > 20_000
