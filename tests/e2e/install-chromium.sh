#!/usr/bin/env bash
# Installs Debian's chromium for the HTML report test (tests/e2e/
# test_html_report.py) if it is not there yet. Idempotent; needs root and
# the Debian package mirror. No browser is downloaded from anywhere else.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq chromium
/usr/bin/chromium --version
