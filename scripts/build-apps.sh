#!/usr/bin/env bash
# bash scripts/build-apps.sh APP...: builds each app (api, projector, replay) whose sources changed since
# its last build, in parallel, quietly; prints the compiler output of a build that fails.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

built() { [ -f "dist/apps/$1/main.js" ] && [ -z "$(find "apps/$1" libs package-lock.json -newer "dist/apps/$1/main.js" -print -quit)" ]; }
mkdir -p var
pids=()
for app in "$@"; do
  built "$app" || { npx nest build "$app" > "var/build-$app.log" 2>&1 & pids+=($!); }
done
for pid in "${pids[@]}"; do wait "$pid" || { cat var/build-*.log; exit 1; }; done
