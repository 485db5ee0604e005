#!/usr/bin/env bash
# Property-based test of the HTTP API against its own OpenAPI document with schemathesis
# (PyPI): `parley serve` on loopback with a scratch SQLite store, every operation exercised
# with generated inputs; fails on any 5xx answer.
#   bash scripts/api-fuzz.sh [MAX_EXAMPLES]   (PARLEY_BIN=path skips the build)
set -euo pipefail
cd "$(dirname "$0")/.."
examples=${1:-50}
command -v st >/dev/null || pip install -q schemathesis
parley=${PARLEY_BIN:-}
if [ -z "$parley" ]; then swift build -c release --product parley >/dev/null; parley=.build/release/parley; fi
work=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$parley" ingest Examples/ministers-meet-in-vienna.txt --db "$work/store.sqlite" --quiet >/dev/null
"$parley" serve --host 127.0.0.1 --port "$port" --db "$work/store.sqlite" --allow-writes > "$work/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
st run "http://127.0.0.1:$port/openapi.json" --checks not_a_server_error --max-examples "$examples" \
    --request-timeout 60 --workers 1 2>&1 | tee "$work/st.log" | tail -n 25
