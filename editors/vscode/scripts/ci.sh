#!/usr/bin/env bash
# Builds and packages the VS Code extension, and fails if its rule settings
# have drifted from the server's registry. Needs Node 20 and the release
# binary.
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
node scripts/gen-settings.mjs --check ../../target/release/copydesk
npx tsc -p . --noEmit
npm run compile
npx vsce package --no-dependencies --allow-missing-repository -o ../../target/copydesk.vsix
ls -l ../../target/copydesk.vsix
