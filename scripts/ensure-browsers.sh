#!/usr/bin/env bash
# Makes sure the browsers the tests run in are present: Debian's chromium and firefox-esr.
# As root with apt-get, it installs what is missing (like `playwright install --with-deps`);
# otherwise it stops with one line naming the package to install.
set -euo pipefail

declare -A packages=([chromium]=/usr/bin/chromium [firefox-esr]=/usr/bin/firefox-esr)
missing=()
for pkg in chromium firefox-esr; do
  [ -x "${CHROMIUM_PATH:-}" ] && [ "$pkg" = chromium ] && continue
  [ -x "${FIREFOX_PATH:-}" ] && [ "$pkg" = firefox-esr ] && continue
  [ -x "${packages[$pkg]}" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test browsers from Debian: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "Tests need a browser that is missing: install the Debian package(s) ${missing[*]} (sudo apt-get install ${missing[*]})." >&2
exit 1
