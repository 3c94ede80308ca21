#!/usr/bin/env bash
# npm start: every set-up step on a fresh machine, then Parley (API, relay and projector) on PORT.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[ -x node_modules/.bin/nest ] || npm ci --no-audit --no-fund
bash scripts/ensure-postgres.sh
bash scripts/kafka.sh start
mkdir -p var
bash scripts/build-apps.sh api
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
exec node dist/apps/api/main.js
