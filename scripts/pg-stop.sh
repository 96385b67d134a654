#!/usr/bin/env bash
# Stops the throwaway PostgreSQL started by scripts/pg-start.sh and deletes its data.
# `--durable`: the bench's server of `scripts/pg-start.sh --durable` instead.
# Idempotent: does nothing when no server was started.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [ "${1:-}" = "--durable" ]; then
  STATE_DIR=${MOTCUA_PG_DURABLE_STATE_DIR:-.tmp/pg-durable}
else
  STATE_DIR=${MOTCUA_PG_STATE_DIR:-.tmp/pg}
fi
STATE_FILE="$STATE_DIR/state"
[ -f "$STATE_FILE" ] || exit 0

# shellcheck disable=SC1090
. "$STATE_FILE"
if [ "$(id -u)" = 0 ]; then
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w stop >/dev/null 2>&1 || true
else
  "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w stop >/dev/null 2>&1 || true
fi
rm -rf "$PGDATA_DIR" "$PG_RUN_DIR"
rm -f "$STATE_FILE"
echo "» Đã dừng PostgreSQL (cổng $PG_PORT, $STATE_DIR)." >&2
