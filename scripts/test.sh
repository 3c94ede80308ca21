#!/usr/bin/env bash
# npm test: types, layering rules, then every test (unit, integration, end-to-end, the dashboard in
# headless Chromium) against the real PostgreSQL and Kafka, which it starts when they are not running
# (and leaves running). It builds the dashboard when its sources changed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/ensure-dependencies.sh
bash scripts/ensure-postgres.sh >/dev/null
# The jars even when a broker already runs: the fault tests start brokers of their own.
bash scripts/kafka.sh fetch
bash scripts/kafka.sh start >/dev/null
bash scripts/ensure-chromium.sh
bash scripts/build-dashboard.sh

npx tsc -p tsconfig.json --noEmit
npx tsc -p apps/dashboard/tsconfig.json
npx depcruise apps libs --config .dependency-cruiser.cjs --output-type err
# The services as npm start and the Docker image build them: a build that breaks fails here, not there.
bash scripts/build-apps.sh api projector replay
npx jest --maxWorkers=2 "$@"
