#!/bin/sh
# store: C libraries for the readers and the SQLite store, and a PostgreSQL server for the
# PostgreSQL and worker tests (they start their own cluster on loopback with these binaries).
set -e
export DEBIAN_FRONTEND=noninteractive
need=""
for p in zlib1g-dev libxml2-dev libsqlite3-dev postgresql; do
    dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
if [ -n "$need" ]; then
    apt-get update -qq
    apt-get install -y -qq $need
fi
# Debian starts a default cluster when the package is installed; the tests use their own.
ls /usr/lib/postgresql/*/bin/initdb
