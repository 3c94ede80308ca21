#!/usr/bin/env bash
# npm test: types, layering rules, then every test (unit, integration, end-to-end, the dashboard in
# headless Chromium) against the real PostgreSQL and Kafka, which it starts when they are not running
# (and leaves running). It builds the dashboard when its sources changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[ -x node_modules/.bin/jest ] || npm ci --no-audit --no-fund
bash scripts/ensure-postgres.sh >/dev/null
bash scripts/kafka.sh start >/dev/null
bash scripts/ensure-chromium.sh
bash scripts/build-dashboard.sh

npx tsc -p tsconfig.json --noEmit
npx tsc -p apps/dashboard/tsconfig.json
npx depcruise apps libs --config .dependency-cruiser.cjs --output-type err
npx jest --maxWorkers=2 "$@"
