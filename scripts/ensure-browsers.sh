#!/usr/bin/env bash
# Makes sure the browsers the tests run in are present: Debian's chromium, firefox-esr, and
# webkit2gtk-driver (WebKit, driven over WebDriver) with xvfb for its virtual display.
# As root with apt-get, it installs what is missing (like `playwright install --with-deps`);
# otherwise it stops with one line naming the packages to install.
set -euo pipefail

declare -A paths=(
  [chromium]="${CHROMIUM_PATH:-/usr/bin/chromium}"
  [firefox-esr]="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
  [webkit2gtk-driver]="${WEBKIT_DRIVER_PATH:-/usr/bin/WebKitWebDriver}"
  [xvfb]=/usr/bin/Xvfb
)
missing=()
for pkg in chromium firefox-esr webkit2gtk-driver xvfb; do
  # A machine with an X display of its own does not need Xvfb.
  [ "$pkg" = xvfb ] && [ -n "${DISPLAY:-}" ] && continue
  [ -x "${paths[$pkg]}" ] || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing test browsers from Debian: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  exit 0
fi

echo "Tests need browsers that are missing: install the Debian package(s) ${missing[*]} (sudo apt-get install ${missing[*]})." >&2
exit 1
