#!/usr/bin/env bash
# Every test, on a fresh machine: installs Debian's Chromium if missing, then types, unit tests, build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci; fi
if ! command -v /usr/bin/chromium >/dev/null 2>&1; then
  echo "Installing Debian chromium for the browser tests..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null
fi
npx tsc --noEmit -p tsconfig.json
npx vitest run
npx vite build
npx playwright test
