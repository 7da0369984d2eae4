#!/usr/bin/env bash
# Installs what the browser and terminal tests need from Debian's packages,
# if it is not there yet: chromium (the HTML report, the VS Code and
# Neovim screenshots) and tmux (Neovim run interactively, its screen read
# back). Idempotent; needs root and the Debian package mirror. No browser
# is downloaded from anywhere else.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v tmux >/dev/null || missing+=(tmux)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}"
/usr/bin/chromium --version
tmux -V
