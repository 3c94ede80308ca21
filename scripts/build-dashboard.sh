#!/usr/bin/env bash
# Builds the dashboard into dist/dashboard (served by the API at /) when a source is newer than the
# last build; a build takes a few seconds.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

built=dist/dashboard/index.html
if [ -f "$built" ] && [ -z "$(find apps/dashboard libs/client/src package-lock.json -newer "$built" -print -quit)" ]; then
  exit 0
fi
npx vite build --config apps/dashboard/vite.config.mts
