#!/usr/bin/env bash
# Installs Debian's Chromium headless shell for the browser tests when it is missing. The tests
# drive it with playwright-core at /usr/bin/chromium-headless-shell; no test tool ever downloads a browser of its own
# (that fails on this network, and an unpinned download is not what we want to test against).
set -euo pipefail

CHROMIUM=/usr/bin/chromium-headless-shell
if [ -x "$CHROMIUM" ]; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $CHROMIUM is missing and apt-get is not available; install Debian's chromium-headless-shell by hand." >&2
  exit 1
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-chromium: run as root (or with sudo) to install Debian's chromium-headless-shell package." >&2
    exit 1
  fi
fi

echo "ensure-chromium: installing Debian's chromium-headless-shell package…" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Fonts with Latin accents so that the French screenshots and layout measurements are real.
$SUDO apt-get install -y -qq --no-install-recommends chromium-headless-shell fonts-liberation >/dev/null
"$CHROMIUM" --version >&2
