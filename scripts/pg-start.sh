#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 for the test suite on 127.0.0.1 (a free port, data in a
# temporary folder) and prints its URL on stdout; progress goes to stderr. Idempotent: when
# the server of a previous run is still up, prints its URL again.
#   url=$(bash scripts/pg-start.sh) && export MOTCUA_TEST_PG_URL=$url
# Stop it with scripts/pg-stop.sh. As root, the server runs as the `postgres` user
# (initdb refuses root); otherwise as the current user.
#
# The test server runs with durability off (fsync, synchronous_commit, full_page_writes) for
# speed. `--durable` starts a second, separate server (state in .tmp/pg-durable) configured as a
# city runs PostgreSQL: every durability setting at its default (on). `npm run bench` measures
# on that one; stop it with `scripts/pg-stop.sh --durable`.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [ "${1:-}" = "--durable" ]; then
  STATE_DIR=${MOTCUA_PG_DURABLE_STATE_DIR:-.tmp/pg-durable}
  KIND="PostgreSQL đo hiệu năng (ghi bền)"
  # As a city runs it: the defaults, written out so that nobody wonders.
  SETTINGS="-c fsync=on -c synchronous_commit=on -c full_page_writes=on"
else
  STATE_DIR=${MOTCUA_PG_STATE_DIR:-.tmp/pg}
  KIND="PostgreSQL thử nghiệm"
  # A throwaway server: durability off for speed.
  SETTINGS="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
fi
STATE_FILE="$STATE_DIR/state"

log() { echo "$@" >&2; }
as_server_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ ! -x "$PG_BIN/initdb" ]; then
  log "Không tìm thấy PostgreSQL 15 ($PG_BIN/initdb). Hãy chạy: bash scripts/setup.sh --test"
  exit 1
fi

if [ -f "$STATE_FILE" ]; then
  # shellcheck disable=SC1090
  . "$STATE_FILE"
  if as_server_user "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" status >/dev/null 2>&1; then
    log "» $KIND đang chạy ở cổng $PG_PORT."
    echo "$PG_URL"
    exit 0
  fi
  rm -rf "$PGDATA_DIR" "$PG_RUN_DIR"
  rm -f "$STATE_FILE"
fi

PGDATA_DIR=$(mktemp -d /tmp/motcua-pg-data.XXXXXX)
PG_RUN_DIR=$(mktemp -d /tmp/motcua-pg-run.XXXXXX)
if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PGDATA_DIR" "$PG_RUN_DIR"; fi
PG_PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"

log "» Khởi tạo $KIND ($PGDATA_DIR, cổng $PG_PORT)…"
as_server_user "$PG_BIN/initdb" -D "$PGDATA_DIR" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_RUN_DIR/initdb.log" 2>&1 || {
  cat "$PG_RUN_DIR/initdb.log" >&2
  exit 1
}
# Enough connections for parallel test files.
as_server_user "$PG_BIN/pg_ctl" -D "$PGDATA_DIR" -l "$PG_RUN_DIR/postgres.log" -w -t 30 \
  -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_RUN_DIR -c max_connections=300 $SETTINGS" \
  start >/dev/null || {
  cat "$PG_RUN_DIR/postgres.log" >&2
  exit 1
}

mkdir -p "$STATE_DIR"
cat >"$STATE_FILE" <<STATE
PGDATA_DIR='$PGDATA_DIR'
PG_RUN_DIR='$PG_RUN_DIR'
PG_PORT='$PG_PORT'
PG_URL='$PG_URL'
STATE
log "» $KIND sẵn sàng: $PG_URL"
echo "$PG_URL"
