#!/usr/bin/env bash
# npm test: types, layering rules, then every test (unit, integration, end-to-end) against the real
# PostgreSQL and Kafka. Start them first with `bash scripts/ensure-postgres.sh && npm run kafka:start`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

npx tsc -p tsconfig.json --noEmit
npx depcruise apps libs --config .dependency-cruiser.cjs --output-type err
npx jest --maxWorkers=2 "$@"
