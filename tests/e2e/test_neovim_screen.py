"""Neovim as a user sees it: interactive, in a terminal (tmux), with the
copydesk plugin, a seed open and the cursor on "Qatar". After the server
has answered, the test presses K (Neovim's hover key), reads the screen
back with its colours (`tmux capture-pane -e`) and checks what a reporter
would see: countries drawn in another colour than the prose, the planted
weekday error shown beside its line, the country card in the hover window.
The screen is turned into HTML and photographed by headless Chromium:
target/e2e-artifacts/neovim-hover.png (the README's screenshot).

Needs tmux and chromium from Debian (tests/e2e/install-debian.sh); without
them the test is skipped, unless CI is set: then it fails.
"""

import html
import os
import re
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVER = os.environ.get("COPYDESK_BIN", str(ROOT / "target" / "release" / "copydesk"))
ARTIFACTS = ROOT / "target" / "e2e-artifacts"
CHROMIUM = "/usr/bin/chromium"
COLS, ROWS = 110, 34
PLANTED = "The delegation returned on Monday, 16 June 2024."
SGR = re.compile(r"\x1b\[([0-9;]*)m")


def tool_or_skip(path: str | None, name: str) -> str:
    if path and os.access(path, os.X_OK):
        return path
    message = f"{name} is missing: run tests/e2e/install-debian.sh"
    if os.environ.get("CI"):
        pytest.fail(message + " (CI is set)", pytrace=False)
    pytest.skip(message)


class Cell:
    __slots__ = ("char", "fg", "bg", "ul", "bold", "italic", "underline", "reverse")

    def __init__(self, char: str, style: dict):
        self.char = char
        for key in Cell.__slots__[1:]:
            setattr(self, key, style.get(key))


def parse_screen(ansi: str) -> list[list[Cell]]:
    """The cells of `tmux capture-pane -e` output: each character with the
    colours and attributes the escape sequences before it set."""
    screen, style = [], {}
    for line in ansi.split("\n"):
        row, at = [], 0
        for m in SGR.finditer(line + "\x1b[m"):
            row.extend(Cell(c, style) for c in line[at : m.start()])
            at = m.end()
            style = apply_sgr(style, m.group(1))
        screen.append(row)
    return screen


COLOUR_KEYS = {38: "fg", 48: "bg", 58: "ul"}
FLAGS = {1: "bold", 3: "italic", 4: "underline", 7: "reverse"}


def apply_sgr(style: dict, params: str) -> dict:
    """The style after one SGR sequence: reset, the four attributes Neovim
    uses, and 24-bit or 256-colour foreground, background and underline
    colour (58, which Neovim sends for a diagnostic's underline)."""
    style = dict(style)
    codes = [int(p) if p else 0 for p in params.split(";")]
    i = 0
    while i < len(codes):
        code = codes[i]
        if code == 0:
            style = {}
        elif code in COLOUR_KEYS and codes[i + 1 : i + 2] == [2] and i + 4 < len(codes):
            style[COLOUR_KEYS[code]] = "#%02x%02x%02x" % tuple(codes[i + 2 : i + 5])
            i += 4
        elif code in COLOUR_KEYS and codes[i + 1 : i + 2] == [5] and i + 2 < len(codes):
            style[COLOUR_KEYS[code]] = f"var(--c{codes[i + 2]})"
            i += 2
        elif code in (39, 49, 59):
            style.pop({39: "fg", 49: "bg", 59: "ul"}[code], None)
        elif code in FLAGS:
            style[FLAGS[code]] = True
        elif code in (22, 23, 24, 27):
            style.pop(FLAGS[1 if code == 22 else code - 20], None)
        i += 1
    return style


def to_html(screen: list[list[Cell]], default_fg: str, default_bg: str) -> str:
    rows = []
    for row in screen:
        out, run, key = [], [], None
        for cell in row + [None]:
            k = None if cell is None else (cell.fg, cell.bg, cell.ul, cell.bold, cell.italic, cell.underline, cell.reverse)
            if run and (cell is None or k != key):
                fg, bg, ul, bold, italic, underline, reverse = key
                fg, bg = fg or default_fg, bg or default_bg
                if reverse:
                    fg, bg = bg, fg
                css = f"color:{fg};background:{bg}"
                css += ";font-weight:bold" * bool(bold) + ";font-style:italic" * bool(italic)
                css += f";text-decoration:underline {ul or fg}" * bool(underline)
                out.append(f'<span style="{css}">{html.escape("".join(run))}</span>')
                run = []
            if cell is not None:
                key = k
                run.append(cell.char)
        rows.append("".join(out))
    return (
        "<!DOCTYPE html><meta charset='utf-8'><title>copydesk in Neovim</title>"
        f"<body style='margin:0;background:{default_bg}'>"
        "<style>span{display:inline-block;height:1.25em;vertical-align:top}</style>"
        f"<pre style='margin:0;padding:8px;font:15px/1.25 monospace;color:{default_fg}'>"
        + "\n".join(rows)
        + "</pre>"
    )


def text_of(row: list[Cell]) -> str:
    return "".join(c.char for c in row)


def fg_at(screen: list[list[Cell]], word: str, after: int = 0) -> tuple[str | None, int]:
    """The foreground of the first screen cell of `word` on a row at or
    below `after`, and that row."""
    for r, row in enumerate(screen[after:], after):
        col = text_of(row).find(word)
        if col >= 0:
            return row[col].fg, r
    raise AssertionError(f"{word!r} is not on the screen:\n" + "\n".join(text_of(r) for r in screen))


@pytest.fixture(scope="module")
def screen():
    tmux = tool_or_skip(shutil.which("tmux"), "tmux")
    chromium = tool_or_skip(CHROMIUM, "chromium")
    nvim = tool_or_skip(shutil.which("nvim"), "nvim")
    seed = (ROOT / "seeds" / "000_e857ee8c00498cd5.txt").read_text(encoding="utf-8")
    # The planted error above the first paragraph, so that it is on the
    # first screen and the hover window below "Qatar" leaves it visible.
    parts = seed.split("\n\n", 2)
    text = "\n\n".join(parts[:2] + [PLANTED, parts[2]])
    with tempfile.TemporaryDirectory() as tmp:
        article, ready = Path(tmp) / "article.txt", Path(tmp) / "ready"
        article.write_text(text, encoding="utf-8")
        session = f"copydesk-{os.getpid()}"
        env = {
            "COPYDESK_ROOT": str(ROOT),
            "COPYDESK_BIN": SERVER,
            "COPYDESK_READY": str(ready),
            "TERM": "tmux-256color",
        }
        command = ["env"] + [f"{k}={v}" for k, v in env.items()]
        command += [nvim, "--clean", "-u", str(ROOT / "tests/e2e/nvim/screen.lua"), article.name]
        socket = ["-L", session, "-f", "/dev/null"]
        subprocess.run([tmux, *socket, "new-session", "-d", "-s", session, "-c", tmp, "-x", str(COLS), "-y", str(ROWS), *command], check=True)
        try:
            deadline = time.monotonic() + 20
            while not ready.exists():
                assert time.monotonic() < deadline, "the server neither coloured Qatar nor published diagnostics in 20 s"
                time.sleep(0.05)
            subprocess.run([tmux, *socket, "send-keys", "-t", session, "K"], check=True)
            ansi, deadline = "", time.monotonic() + 10
            while "Capital" not in ansi and time.monotonic() < deadline:
                time.sleep(0.1)
                ansi = subprocess.run(
                    [tmux, *socket, "capture-pane", "-t", session, "-p", "-e"], check=True, capture_output=True, text=True
                ).stdout
        finally:
            subprocess.run([tmux, *socket, "kill-server"], check=False)
    cells = parse_screen(ansi)
    prose_fg, _ = fg_at(cells, "have discussed")
    page = to_html(cells, prose_fg or "#bcbcbc", "#1c1c1c")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / "neovim-hover.html").write_text(page, encoding="utf-8")
    shot = ARTIFACTS / "neovim-hover.png"
    shot.unlink(missing_ok=True)
    subprocess.run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
         "--window-size=1000,656", f"--screenshot={shot}", (ARTIFACTS / "neovim-hover.html").as_uri()],
        check=True, capture_output=True, timeout=60,
    )
    return cells, shot


def test_countries_are_drawn_in_their_own_colour(screen):
    cells, _ = screen
    prose, row = fg_at(cells, "have discussed")
    country, country_row = fg_at(cells, "Azerbaijan", row)
    assert country_row == row, "Azerbaijan opens the line that says 'have discussed'"
    assert country is not None and country != prose, (country, prose)


def test_the_planted_weekday_error_is_shown_beside_its_line(screen):
    cells, _ = screen
    text = "\n".join(text_of(r) for r in cells)
    assert PLANTED in text
    assert "16 June 2024 was a Sunday, not a Monday" in text, text


def test_k_opens_the_country_card(screen):
    cells, _ = screen
    text = "\n".join(text_of(r) for r in cells)
    assert "Qatar" in text and "Capital: Doha" in text and "ISO 3166: QA / QAT" in text, text


def test_the_screen_is_photographed(screen):
    _, shot = screen
    assert shot.exists() and shot.stat().st_size > 20_000, "Chromium wrote no screenshot of the Neovim screen"


def test_the_wrong_date_is_coloured_and_underlined(screen):
    cells, _ = screen
    prose, row = fg_at(cells, "The delegation")
    col = text_of(cells[row]).find("Monday")
    date = cells[row][col]
    assert date.fg != prose and date.underline, (date.fg, date.underline)
