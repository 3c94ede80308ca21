#!/usr/bin/env bash
# Installs the locked dependencies, and applies patches/ to them, when node_modules is missing or older
# than the lockfile or a patch: a checkout updated by git pull gets what its new lockfile and patches say.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

installed=node_modules/.package-lock.json
stale=false
if [ ! -f "$installed" ]; then stale=true; fi
for wanted in package-lock.json patches/*.patch; do
  if [ -e "$wanted" ] && [ "$wanted" -nt "$installed" ]; then stale=true; fi
done
if [ "$stale" = true ]; then npm ci --no-audit --no-fund; fi
