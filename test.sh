#!/usr/bin/env bash
# Runs the whole test suite on SQLite and, when HUB_TEST_POSTGRES holds a PostgreSQL connection
# string without a database name (e.g. "Host=127.0.0.1;Port=5432;Username=hub;Password=hub"), on
# PostgreSQL as well; HUB_TEST_POSTGRES_REPLICA may name a hot standby of that server (its port and
# credentials), for the read replica's test (.ci/run starts one). Installs what the tests need
# first (tools, npm packages, Chromium). Ends with "N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")"
# A snapshot that is missing fails the test here too, as in CI, instead of being written silently.
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 SNAPSHOOTER_STRICT_MODE=true

# The browser tests drive Debian's Chromium; install it when missing and allowed to.
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
fi

dotnet tool restore >/dev/null
npm ci --prefix tests/node --no-audit --no-fund --loglevel=error >/dev/null
dotnet build Hub.sln -c Release --nologo -v quiet

results=artifacts/test-results
rm -rf "$results"
passed=0 failed=0 status=0

run() { # name, extra environment
  local name=$1; shift
  echo "== tests on $name"
  env "$@" dotnet test Hub.sln -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" || status=1
  local trx
  trx=$(find "$results" -name "$name.trx" | head -n 1)
  if [ -n "$trx" ]; then
    local counters
    counters=$(grep -o '<Counters [^>]*>' "$trx")
    passed=$((passed + $(sed -E 's/.* passed="([0-9]+)".*/\1/' <<<"$counters")))
    failed=$((failed + $(sed -E 's/.* failed="([0-9]+)".*/\1/' <<<"$counters")))
  else
    failed=$((failed + 1))
  fi
}

run sqlite HUB_TEST_POSTGRES=
if [ -n "${HUB_TEST_POSTGRES:-}" ]; then
  run postgresql HUB_TEST_POSTGRES="$HUB_TEST_POSTGRES"
fi

[ "$failed" -eq 0 ] || status=1
echo "$passed passed, $failed failed"
exit $status
