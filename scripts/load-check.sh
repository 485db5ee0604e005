#!/usr/bin/env bash
# Load check of the HTTP service: `parley serve` on loopback, wrk POSTing one article to
# /v1/code for DURATION seconds with CONNECTIONS connections; prints wrk's LOAD line and the
# server's resident memory before and after. Needs wrk (apt-get install wrk).
#   bash scripts/load-check.sh [ARTICLE] [DURATION] [CONNECTIONS]   (PARLEY_BIN=path skips the build)
set -euo pipefail
cd "$(dirname "$0")/.."
article=${1:-../shared/examples/bloomberg-2016-02-10-syria-diplomacy.txt}
[ -f "$article" ] || article=Examples/ministers-meet-in-vienna.txt
duration=${2:-30}
connections=${3:-4}
command -v wrk >/dev/null || { echo "wrk is required (apt-get install wrk)" >&2; exit 1; }
parley=${PARLEY_BIN:-}
if [ -z "$parley" ]; then swift build -c release --product parley >/dev/null; parley=.build/release/parley; fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$parley" serve --host 127.0.0.1 --port "$port" > /tmp/parley-load-serve.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
rss() { awk '/VmRSS/ {print int($2/1024)}' "/proc/$server/status"; }
before=$(rss)
ARTICLE="$article" wrk -t2 -c"$connections" -d"${duration}s" --latency -s scripts/load/post-article.lua "http://127.0.0.1:$port" > /tmp/parley-load.txt
grep -E 'Non-2xx|Socket errors' /tmp/parley-load.txt || true
grep '^LOAD' /tmp/parley-load.txt
failed=$(grep -oE 'Non-2xx or 3xx responses: [0-9]+' /tmp/parley-load.txt | grep -oE '[0-9]+$' || echo 0)
echo "server RSS ${before} MB before, $(rss) MB after, peak $(awk '/VmHWM/ {print int($2/1024)}' /proc/$server/status) MB; article $(wc -c < "$article") bytes; failed responses ${failed}"
[ "$failed" = 0 ]
