#!/usr/bin/env bash
# npm start: every set-up step on a fresh machine, then Parley on PORT: the API, the relay and the
# projector, each a process of its own under scripts/start-processes.cjs (one log; Ctrl-C drains all).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

bash scripts/ensure-dependencies.sh
bash scripts/ensure-postgres.sh
bash scripts/kafka.sh start
mkdir -p var
bash scripts/build-apps.sh api projector
bash scripts/build-dashboard.sh

# A local key for writes, made once and kept in var/ (git-ignored); API_KEYS overrides it.
if [ -z "${API_KEYS:-}" ]; then
  [ -s var/local-api-key ] || node -e "process.stdout.write(require('crypto').randomBytes(24).toString('base64url'))" > var/local-api-key
  API_KEYS="$(cat var/local-api-key)"
  export API_KEYS
  echo "Local API key (also in var/local-api-key): ${API_KEYS}"
  echo "  export PARLEY_API_KEY=\$(cat var/local-api-key)"
fi
echo "Parley on http://127.0.0.1:${PORT:-3000}: the dashboard at /, Swagger UI at /docs, metrics at /metrics"
echo "  the projector's metrics on port ${METRICS_PORT:-9464}, the relay's on the port above it"
exec node scripts/start-processes.cjs
