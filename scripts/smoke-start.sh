#!/usr/bin/env bash
# What `npm start` does for a newcomer, checked end to end on the built app: a fresh data dir, the
# demo workspace, the API and the web page answering. Run after `npm run build`.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$(mktemp -d /tmp/hindsight-smoke.XXXXXX)
log="$dir/server.log"
HINDSIGHT_DATA_DIR="$dir/data" PORT=0 LOG_LEVEL=warn node bin/hindsight.js serve >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT

url=""
for _ in $(seq 1 100); do
  url=$(grep -o 'http://127.0.0.1:[0-9]*' "$log" | head -1 || true)
  [ -n "$url" ] && break
  sleep 0.1
done
if [ -z "$url" ]; then
  echo "smoke: the server did not start; its output:" >&2
  cat "$log" >&2
  exit 1
fi

fail() { echo "smoke: $*" >&2; exit 1; }
curl -fsS "$url/readyz" | grep -q '"ready"' || fail "/readyz is not ready"
incidents=$(curl -fsS "$url/api/v1/incidents" | node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>console.log(JSON.parse(s).incidents.length))")
[ "$incidents" -ge 2 ] || fail "expected the demo incidents, got $incidents"
curl -fsS "$url/" | grep -q '<div id="root">' || fail "the web app is not served at /"
curl -fsS "$url/api/v1/openapi.json" | grep -q '"openapi":"3.1.0"' || fail "no OpenAPI document"
echo "smoke: npm start serves the demo workspace ($incidents incidents), the web app and the API at $url"
