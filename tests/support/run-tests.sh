#!/usr/bin/env bash
# `npm test`: the five steps that need nothing built run side by side (lint, the format check
# (Prettier), the dependency check of the layers, the one type-check of server, tests and tab, and the server's
# JavaScript for the CLI suites), then
# Jest. The server's JavaScript is emitted without a second type-check of the same sources
# (--noCheck): the type-check step checks them, and the dependency check refuses an import from
# src/ into tests/ or bench/, which the build's rootDir rule used to catch. `npm run build`
# still checks. Build mode (-b) emits only when a source is newer than dist/ (1 s instead of 9 s
# of CPU when nothing changed); lint, the format check and the dependency check keep caches in
# .cache/ too. The tab is not built here: the browser suites build it on demand
# (tests/browser/tab-build.ts). Arguments go to Jest.
set -uo pipefail
cd "$(dirname "$0")/../.."

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
steps=(lint format:check depcheck typecheck build:server)
pids=()
npm run --silent lint >"$logs/lint" 2>&1 & pids+=($!)
npm run --silent format:check >"$logs/format:check" 2>&1 & pids+=($!)
npm run --silent depcheck >"$logs/depcheck" 2>&1 & pids+=($!)
npm run --silent typecheck >"$logs/typecheck" 2>&1 & pids+=($!)
npx tsc -b tsconfig.build.json --noCheck >"$logs/build:server" 2>&1 & pids+=($!)

failed=0
for i in "${!steps[@]}"; do
  if wait "${pids[$i]}"; then status=ok; else status=FAILED; failed=1; fi
  echo "${steps[$i]}: $status"
  cat "$logs/${steps[$i]}"
done
[ "$failed" -eq 0 ] || exit 1

bash tests/support/ensure-chromium.sh || exit 1
node tests/support/run-jest.js "$@"
