#!/usr/bin/env bash
# The whole test suite: types, unit and integration tests, then the browser tests against a fresh build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-chromium.sh
npx tsc --noEmit -p tsconfig.json
npx vitest run
npx vite build --logLevel warn
npx playwright test
