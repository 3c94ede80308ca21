#!/usr/bin/env bash
# npm run bench [-- --quick]: the benchmark (bench/README.md), against the real PostgreSQL and Kafka,
# which it starts when they are not running (and leaves running).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/ensure-dependencies.sh
bash scripts/ensure-postgres.sh >/dev/null
bash scripts/kafka.sh start >/dev/null

# The service and the replay command run compiled, as npm start, npm run replay and the Docker image run
# them; built again when a source is newer.
bash scripts/build-apps.sh api projector replay

# The relay's, the projector's and the rebuild's figures are measured in this process: it gets the heap
# floor and young generation the relay and the projector run with (heapFlags), not their cap, as it also
# holds what it seeds.
heap=$(node -p "require('./scripts/heap-flags.cjs').heapFlags('projector').filter((f) => !f.startsWith('--max-old-space-size')).join(' ')")
# shellcheck disable=SC2086 # the flags are words
exec node $heap -r @swc-node/register bench/run.ts "$@"
