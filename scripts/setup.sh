#!/usr/bin/env bash
# Installs what Một Cửa needs on a fresh Debian machine, idempotently.
#   scripts/setup.sh            npm packages only
#   scripts/setup.sh --test     also the system packages the test suite uses
set -euo pipefail
cd "$(dirname "$0")/.."

need_npm_install() {
  [ ! -d node_modules ] && return 0
  [ package-lock.json -nt node_modules/.package-lock.json ] && return 0
  return 1
}
if need_npm_install; then
  echo "» Cài đặt gói npm…"
  npm ci --no-audit --no-fund --loglevel=error
fi

# The staff web application (web/ → web/dist, served at `/`): built when missing or older
# than its sources, so that `npm start` and `npm test` on a fresh clone serve it.
need_web_build() {
  [ -f web/dist/index.html ] || return 0
  [ -n "$(find web/src web/index.html web/vite.config.ts web/precompress.ts -newer web/dist/index.html -print -quit)" ] && return 0
  return 1
}
if need_web_build; then
  echo "» Xây dựng giao diện web…"
  npx vite build --config web/vite.config.ts --logLevel error
fi

if [ "${1:-}" = "--test" ]; then
  missing=()
  [ -x /usr/lib/postgresql/15/bin/initdb ] || missing+=(postgresql-15)
  # Web pages are tested in Debian's Chromium (never a downloaded browser).
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  # Official forms: DOCX → PDF with LibreOffice, text read back with pdftotext;
  # Liberation fonts stand in for Times New Roman with the same metrics.
  command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  [ -d /usr/share/fonts/truetype/liberation2 ] || missing+=(fonts-liberation fonts-liberation2)
  # test/api/durable-commit.test.ts traces the server's system calls.
  command -v strace >/dev/null || missing+=(strace)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" != 0 ]; then
      echo "Thiếu gói hệ thống: ${missing[*]}. Hãy chạy với quyền root hoặc cài bằng apt-get." >&2
      exit 1
    fi
    echo "» Cài đặt gói hệ thống: ${missing[*]}…"
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi
