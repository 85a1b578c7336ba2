#!/usr/bin/env bash
# Browser tests use Debian's Chromium (Playwright cannot download its own browsers here). Install it when we can
# (root with apt-get), otherwise say how.
set -euo pipefail
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
[ -x "$chromium" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium not found at $chromium: installing Debian's chromium (about a minute)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium fonts-liberation fonts-dejavu-core >/dev/null
  exit 0
fi
cat >&2 <<MSG
Browser tests need Chromium at $chromium, and it is missing.
Install it with:   sudo apt-get update && sudo apt-get install -y chromium fonts-liberation fonts-dejavu-core
or point CHROMIUM_PATH at another Chromium or Chrome binary.
MSG
exit 1
