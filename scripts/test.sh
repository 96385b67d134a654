#!/usr/bin/env bash
# The one test command (README, CI): installs what the tests need, checks types and
# lint, runs every test tier, and ends with a line CI can read: "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --test || exit 1

mkdir -p test-results
status=0
echo "» Kiểm tra kiểu (tsc)…"
npx tsc --noEmit -p tsconfig.json || status=1
echo "» Kiểm tra lint (eslint)…"
npx eslint . || status=1

echo "» Chạy kiểm thử (vitest)…"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
vitest_status=$?
[ $vitest_status -ne 0 ] && status=1

node scripts/test-summary.mjs test-results/vitest.json $status
exit $status
