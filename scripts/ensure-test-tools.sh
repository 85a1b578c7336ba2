#!/usr/bin/env bash
# What the browser tests need from the system: Debian's Chromium (Playwright cannot download its own browsers here),
# and LibreOffice Impress with poppler-utils (the PowerPoint deck is converted to PDF and rendered to check it).
# Installed when we can (root with apt-get), otherwise says how.
set -euo pipefail
chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
missing=()
[ -x "$chromium" ] || missing+=(chromium fonts-liberation fonts-dejavu-core)
command -v soffice > /dev/null || missing+=(libreoffice-impress fonts-liberation)
command -v pdftoppm > /dev/null || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get > /dev/null; then
  echo "Installing Debian's ${missing[*]} for the browser tests (a few minutes the first time)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
  exit 0
fi
cat >&2 << MSG
The browser tests need: ${missing[*]}.
Install them with:   sudo apt-get update && sudo apt-get install -y --no-install-recommends ${missing[*]}
or point CHROMIUM_PATH at another Chromium or Chrome binary.
MSG
exit 1
