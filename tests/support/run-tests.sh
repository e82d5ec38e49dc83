#!/usr/bin/env bash
# `npm test`: Jest needs only the server's JavaScript (dist/, which the CLI suites run), so it
# starts as soon as that is built; the checks that need nothing built (lint, the format check
# (Prettier), the dependency check of the layers, the one type-check of server, tests and tab)
# run beside it, on the core that Jest leaves idle while it waits on Chromium and child
# processes. Their results are printed after Jest's, and any failure fails the run. The server
# build keeps its own check: its rootDir rule (no import from src/ into tests/) is one the
# type-check does not see. The tab is not built here: the browser suites build it on demand
# (tests/browser/tab-build.ts). Arguments go to Jest.
set -uo pipefail
cd "$(dirname "$0")/../.."

logs=$(mktemp -d)
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$logs"' EXIT
checks=(lint format:check depcheck typecheck)

# A check runs at a lower priority than Jest, so that it takes the idle core, not Jest's.
check() { nice -n 10 npm run --silent "$1" >"$logs/$1" 2>&1; }

# Lint is the longest: it starts at once, beside the server build; the others once Jest has started.
check lint & pids+=($!)
npm run --silent build:server >"$logs/build:server" 2>&1
built=$?

report() {
  local failed=0 i status
  for i in "${!checks[@]}"; do
    if [ -z "${pids[$i]:-}" ]; then continue; fi
    if wait "${pids[$i]}"; then status=ok; else status=FAILED; failed=1; fi
    echo "${checks[$i]}: $status"
    cat "$logs/${checks[$i]}"
  done
  pids=()
  return "$failed"
}

if [ "$built" -ne 0 ]; then
  echo "build:server: FAILED"
  cat "$logs/build:server"
  report
  exit 1
fi
cat "$logs/build:server"

for step in format:check depcheck typecheck; do
  check "$step" & pids+=($!)
done

jest=0
bash tests/support/ensure-chromium.sh && node tests/support/run-jest.js "$@" || jest=$?

report
checked=$?
[ "$jest" -eq 0 ] && [ "$checked" -eq 0 ]
