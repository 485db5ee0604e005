#!/usr/bin/env bash
# Ingest + code + store throughput over the real news in ../shared/data/news, into a fresh
# SQLite file and, when PostgreSQL's server binaries are installed, into a throw-away cluster
# on loopback. Prints parley's own summary line and the peak resident memory of each run.
#   bash scripts/ingest-bench.sh [JOBS]   (PARLEY_BIN=path skips the build; NEWS=file reads another input)
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${1:-$(nproc)}
news=${NEWS:-../shared/data/news/reuters21578.jsonl.gz}
[ -f "$news" ] || { echo "skipped: $news is absent"; exit 0; }
parley=${PARLEY_BIN:-}
if [ -z "$parley" ]; then swift build -c release --product parley >/dev/null; parley=.build/release/parley; fi
work=$(mktemp -d); chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
run() {  # run LABEL DB
    /usr/bin/time -f "%M" -o "$work/rss" "$parley" ingest "$news" --db "$2" --jobs "$jobs" --quiet | grep -E "^ingested|error"
    echo "INGEST $1: peak RSS $(( $(cat "$work/rss") / 1024 )) MB, $jobs jobs"
}
run sqlite "$work/bench.sqlite"
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -n "$bin" ] && [ -x "$bin/initdb" ]; then
    pg="$work/pg"; mkdir -p "$pg"; chown postgres:postgres "$pg" 2>/dev/null || true
    as=""; [ "$(id -u)" = 0 ] && as="runuser -u postgres --"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    $as "$bin/initdb" -D "$pg/data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
    $as "$bin/pg_ctl" -D "$pg/data" -l "$pg/log" -w -o "-p $port -k $pg -c listen_addresses=127.0.0.1" start >/dev/null
    trap '$as "$bin/pg_ctl" -D "$pg/data" -m immediate -w stop >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
    $as "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres parley
    run postgres "postgres://postgres@127.0.0.1:$port/parley"
else
    echo "skipped PostgreSQL: no server binaries (apt-get install postgresql)"
fi
