#!/usr/bin/env bash
# The one test command (README, CI): installs what the tests need, checks types and
# lint, runs every test tier, and ends with a line CI can read: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test || exit 1

mkdir -p test-results
status=0

# Database tests run on PGlite and on a throwaway PostgreSQL 15 (test/support/db.ts).
# A server that was already running (started by hand) is left running.
pg_was_running=0
[ -f .tmp/pg/state ] && pg_was_running=1
if MOTCUA_TEST_PG_URL=$(bash scripts/pg-start.sh); then
  export MOTCUA_TEST_PG_URL
  [ $pg_was_running -eq 0 ] && trap 'bash scripts/pg-stop.sh' EXIT
else
  echo "Không khởi động được PostgreSQL thử nghiệm: các kiểm thử cơ sở dữ liệu trên PostgreSQL sẽ báo lỗi." >&2
  unset MOTCUA_TEST_PG_URL
  status=1
fi

echo "» Kiểm tra kiểu (tsc)…"
npx tsc --noEmit -p tsconfig.json || status=1
npx tsc --noEmit -p web/tsconfig.json || status=1
echo "» Kiểm tra lint (eslint)…"
npx eslint . || status=1

echo "» Chạy kiểm thử (vitest)…"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
vitest_status=$?
[ $vitest_status -ne 0 ] && status=1

node scripts/test-summary.mjs test-results/vitest.json $status
exit $status
