#!/usr/bin/env bash
# Builds the Hub as the container image does (publish.sh) and runs the output as the image runs it,
# against PostgreSQL: Production settings, a user that owns none of its files, a data folder it
# cannot write, the migrations applied by the `migrate` command first. Checks that it starts, is
# live and ready, refuses a call without a token, serves no development endpoint, writes nothing to
# its data folder and stops cleanly on SIGTERM.
#   infra/docker/check-published.sh "Host=...;Port=...;Username=...;Password=...;Database=EMPTY_DATABASE"
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 CONNECTION_STRING_OF_AN_EMPTY_POSTGRESQL_DATABASE" >&2; exit 2; }
cd "$(dirname "$0")/../.."
work=$(mktemp -d /tmp/hub-published.XXXXXX)
server=
trap '[ -z "$server" ] || kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
fail() { echo "published Hub: $*" >&2; [ ! -f "$work/server.log" ] || tail -n 40 "$work/server.log" >&2; exit 1; }

# From the repository's files alone, as the image's build sees them: nothing built here is reused,
# and nothing here is touched.
mkdir "$work/source"
git ls-files -z | tar --null -T - -cf - | tar -xf - -C "$work/source"
"$work/source/infra/docker/publish.sh" "$work/app" >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; fail "publish failed"; }

# The files belong to whoever published them; the Hub runs as another user (nobody, when this runs
# as root), for whom they and the data folder are read-only. The data folder the settings name does
# not exist, and could not be made.
chmod 755 "$work"
mkdir -m 555 "$work/readonly"
as_hub=()
[ "$(id -u)" != 0 ] || as_hub=(setpriv --reuid=nobody --regid=nogroup --clear-groups env HOME=/nonexistent)
export ASPNETCORE_ENVIRONMENT=Production DOTNET_NOLOGO=1 \
  Database__Provider=PostgreSql Database__ConnectionString="$1" Hub__DataFolder="$work/readonly/data" \
  AzureAd__ClientId=00000000-0000-4000-8000-000000000001
# As in the image, the application's folder is the working directory, where it finds its appsettings.json.
cd "$work/app"
hub=(dotnet Hub.Api.dll)
url=http://127.0.0.1:$((20000 + $$ % 20000))

"${as_hub[@]}" "${hub[@]}" migrate >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log" >&2; fail "migrate failed"; }
"${as_hub[@]}" "${hub[@]}" --urls "$url" >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 60); do
  "${as_hub[@]}" "${hub[@]}" probe "$url/health/live" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || fail "it stopped while starting"
  sleep 1
done
"${as_hub[@]}" "${hub[@]}" probe "$url/health/live" || fail "not live"
"${as_hub[@]}" "${hub[@]}" probe "$url/health/ready" || fail "not ready (database, migrations)"
if "${as_hub[@]}" "${hub[@]}" probe "http://127.0.0.1:1/health/live" 2>/dev/null; then fail "probe answered 0 where nothing listens"; fi

status=$(curl -s -o "$work/anonymous.json" -w '%{http_code}' -H 'content-type: application/json' \
  -d '{"query":"{ cases(purpose: ASSISTANCE, first: 1) { nodes { id } } }"}' "$url/graphql")
[ "$status" = 401 ] && grep -q '"AUTHENTICATION_REQUIRED"' "$work/anonymous.json" || fail "a call without a token answered $status: $(cat "$work/anonymous.json")"
status=$(curl -s -o /dev/null -w '%{http_code}' -H 'content-type: application/json' -d '{"agency":"NGA-SHSN"}' "$url/dev/token")
[ "$status" = 404 ] || fail "/dev/token answered $status outside Development"

kill -TERM "$server"
wait "$server" || fail "it did not stop cleanly on SIGTERM"
server=
[ -z "$(ls -A "$work/readonly")" ] || fail "it wrote to its data folder: $(ls -A "$work/readonly")"
! grep -E '"LogLevel":"(Error|Critical)"' "$work/server.log" || fail "it logged errors"
grep -q '"Category":"Hub.Api"' "$work/server.log" || fail "its log is not JSON lines"
echo "published Hub: started as $("${as_hub[@]}" id -un), migrated, live, ready, refused an anonymous call, stopped cleanly"
