#!/usr/bin/env bash
# npm run bench [-- --quick]: the benchmark (bench/README.md), against the real PostgreSQL and Kafka,
# which it starts when they are not running (and leaves running).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[ -x node_modules/.bin/jest ] || npm ci --no-audit --no-fund
bash scripts/ensure-postgres.sh >/dev/null
bash scripts/kafka.sh start >/dev/null

# The service runs compiled, as npm start and the Docker image run it; built again when a source is newer.
built() { [ -f "dist/apps/$1/main.js" ] && [ -z "$(find "apps/$1" libs package-lock.json -newer "dist/apps/$1/main.js" -print -quit)" ]; }
mkdir -p var
pids=()
for app in api projector; do
  built "$app" || { npx nest build "$app" > "var/build-$app.log" 2>&1 & pids+=($!); }
done
for pid in "${pids[@]}"; do wait "$pid" || { cat var/build-*.log; exit 1; }; done

exec node -r @swc-node/register bench/run.ts "$@"
