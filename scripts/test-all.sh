#!/usr/bin/env bash
# Every test, on a fresh machine: installs Debian's Chromium if missing, then types, lint, format, unit tests, build, browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d node_modules ]; then PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci; fi
if ! command -v /usr/bin/chromium >/dev/null 2>&1; then
  echo "Installing Debian chromium for the browser tests..."
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-liberation >/dev/null
fi
log=$(mktemp -d)
# types, lint and format side by side (each is mostly one core); each one's output is shown, and any failure stops here
npx tsc --noEmit -p tsconfig.json > "$log/types.txt" 2>&1 & types=$!
npx eslint . --max-warnings 0 > "$log/lint.txt" 2>&1 & lint=$!
npm run -s format:check > "$log/format.txt" 2>&1 & format=$!
trap 'kill $types $lint $format 2>/dev/null' INT TERM
static=0
for check in types:$types lint:$lint format:$format; do
  if wait "${check#*:}"; then echo "${check%%:*}: ok"; else static=1; echo "${check%%:*}: failed"; fi
  cat "$log/${check%%:*}.txt"
done
trap - INT TERM
[ "$static" = 0 ]
npx vitest run 2>&1 | tee "$log/unit.txt"
npx vite build
npx playwright test 2>&1 | tee "$log/browser.txt"
# One plain closing line over both runners (they stop this script first if anything failed).
strip() { sed -e 's/\x1b\[[0-9;]*m//g' "$1"; }
unit=$(strip "$log/unit.txt" | sed -n 's/^ *Tests *\([0-9][0-9]*\) passed.*/\1/p' | tail -1)
browser=$(strip "$log/browser.txt" | sed -n 's/^ *\([0-9][0-9]*\) passed.*/\1/p' | tail -1)
echo "${unit:-0} unit and ${browser:-0} browser tests"
echo "$(( ${unit:-0} + ${browser:-0} )) passed, 0 failed"
