#!/usr/bin/env bash
# Makes sure the machine's PostgreSQL cluster answers on 127.0.0.1:5432,
# starting the Debian cluster "main" if needed (waits up to 60 s).
set -euo pipefail

ready() { pg_isready -q -h 127.0.0.1 -p 5432; }

if ready; then
  echo "[ensure-postgres] PostgreSQL is ready on 127.0.0.1:5432"
  exit 0
fi

# shellcheck disable=SC2012
version="$(ls /etc/postgresql | sort -V | tail -n 1)"
echo "[ensure-postgres] starting PostgreSQL $version cluster main"
pg_ctlcluster --skip-systemctl-redirect "$version" main start || true

for _ in $(seq 1 120); do
  if ready; then
    echo "[ensure-postgres] PostgreSQL is ready on 127.0.0.1:5432"
    exit 0
  fi
  sleep 0.5
done
echo "[ensure-postgres] PostgreSQL did not become ready within 60s" >&2
pg_lsclusters >&2 || true
exit 1
