"""Neovim's own LSP client against the real server, headless."""

import json
import os
import subprocess
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SERVER = os.environ.get("COPYDESK_BIN", str(ROOT / "target" / "release" / "copydesk"))


def run_nvim(text: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "article.txt"
        article.write_text(text, encoding="utf-8")
        out = Path(tmp) / "out.json"
        subprocess.run(
            ["nvim", "--headless", "--clean", "-l", str(ROOT / "tests/e2e/nvim/check.lua"), str(ROOT), SERVER, str(article), str(out)],
            check=True,
            timeout=60,
            capture_output=True,
        )
        return json.loads(out.read_text(encoding="utf-8"))


def test_a_planted_weekday_error_is_diagnosed_and_fixed_and_countries_are_coloured():
    seed = (ROOT / "seeds" / "000_e857ee8c00498cd5.txt").read_text(encoding="utf-8")
    text = seed + "\nThe delegation returned on Monday, 16 June 2024.\n"
    result = run_nvim(text)
    assert result.get("error") is None, result
    assert result["attached"], result
    codes = [d["code"] for d in result["diagnostics"]]
    assert "date/weekday-mismatch" in codes, result["diagnostics"]
    weekday = next(d for d in result["diagnostics"] if d["code"] == "date/weekday-mismatch")
    assert weekday["message"] == "16 June 2024 was a Sunday, not a Monday"
    assert weekday["severity"] == 2  # vim.diagnostic.severity.WARN
    assert result["fix_title"] == 'Replace with "Sunday"', result
    assert result["fixed_line"] == "The delegation returned on Sunday, 16 June 2024.", result
    assert "country" in result["tokens"], result
    assert "Qatar" in (result.get("hover") or ""), result


def test_a_correct_seed_has_no_warnings():
    seed = (ROOT / "seeds" / "004_675cf598d3944afe.txt").read_text(encoding="utf-8")
    result = run_nvim(seed.replace("Belarus", "Qatar", 1))
    assert result["attached"], result
    assert all(d["severity"] > 2 for d in result["diagnostics"]), result["diagnostics"]
