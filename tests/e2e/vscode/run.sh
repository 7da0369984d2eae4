#!/usr/bin/env bash
# End-to-end test of the VS Code extension inside real VS Code: code-server
# and playwright-core from the npm registry (pinned in package.json and
# package-lock.json), Debian's Chromium, headless. See test.mjs for what it
# asserts; screenshots and logs go to target/e2e-artifacts/.
#
# Needs Node 20 (code-server 4.100.x is the last line built for it; later
# ones want Node 22 or 24), root for apt-get, and the npm registry and
# Debian's packages at install time only. The test itself runs in a network
# namespace with nothing but loopback (unshare -n), so neither code-server,
# the extension nor Chromium can reach anything else.
#
# Builds the release binary and target/copydesk.vsix if they are missing.
set -euo pipefail
cd "$(dirname "$0")/../../.."
root=$PWD
here=tests/e2e/vscode
started=$(date +%s)

[ -x target/release/copydesk ] || cargo build --release --locked

# Debian packages: the browser; what code-server's native modules build
# with (kerberos needs gssapi headers); ripgrep, see below; iproute2 for the
# loopback-only namespace.
need=()
for pkg in chromium libkrb5-dev pkg-config g++ make python3 ripgrep iproute2; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || need+=("$pkg")
done
if [ ${#need[@]} -gt 0 ]; then
  echo "== apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
/usr/bin/chromium --version 2>/dev/null || true
node --version

[ -f target/copydesk.vsix ] || bash editors/vscode/scripts/ci.sh

# npm ci, skipped when node_modules was made from this very lock file.
stamp=$here/node_modules/.copydesk-lock-sha256
want=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ] || [ ! -x "$here/node_modules/.bin/code-server" ]; then
  echo "== npm ci (code-server builds its native modules: a few minutes)"
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # code-server's postinstall runs `npm install` in lib/vscode, where
  # @vscode/ripgrep 1.15.11 (pinned by code-server 4.100.3's shrinkwrap)
  # would download its rg from GitHub. It takes a tarball from its cache in
  # $TMPDIR instead, so the cache is laid there with Debian's rg 13.0.0.
  # Bumping code-server may change both names below.
  mkdir -p "$work/vscode-ripgrep-cache-1.15.11" "$work/rg"
  cp "$(command -v rg)" "$work/rg/rg"
  tar -czf "$work/vscode-ripgrep-cache-1.15.11/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C "$work/rg" rg
  # - npm_config_unsafe_perm: code-server's postinstall refuses to run as
  #   root without it;
  # - npm_config_yes: node-pty's postinstall runs `npx node-gyp`;
  # - npm_config_nodedir: node-gyp builds against the installed Node
  #   headers instead of downloading them.
  nodedir=()
  [ -f /usr/include/node/common.gypi ] && nodedir=(npm_config_nodedir=/usr)
  if ! (cd "$here" && env TMPDIR="$work" npm_config_unsafe_perm=true npm_config_yes=true "${nodedir[@]}" \
      npm ci --no-audit --no-fund --loglevel=error); then
    echo "npm ci failed: see above (native module build? ripgrep cache name after a code-server bump?)" >&2
    exit 1
  fi
  echo "$want" > "$stamp"
fi
echo "== installed in $(( $(date +%s) - started )) s"

mkdir -p target/e2e-artifacts
cd "$here"
cmd=(node --test --test-reporter=spec test.mjs)
if unshare -n true 2>/dev/null; then
  echo "== test (loopback-only network namespace)"
  unshare -n sh -c 'ip link set lo up && exec "$@"' sh "${cmd[@]}"
else
  echo "== test (unshare -n is not permitted here: running on the host network)"
  "${cmd[@]}"
fi
echo "== vscode e2e done in $(( $(date +%s) - started )) s; artifacts in $root/target/e2e-artifacts/"
