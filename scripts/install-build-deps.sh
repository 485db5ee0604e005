#!/usr/bin/env bash
# System libraries Parley links against (zlib for gzip/WARC, libxml2 for HTML, SQLite for the
# store) and pkg-config to find them. Installs only what is missing; needs root (or sudo).
set -euo pipefail
need=""
for p in pkg-config zlib1g-dev libxml2-dev libsqlite3-dev; do
    dpkg -s "$p" >/dev/null 2>&1 || need="$need $p"
done
[ -z "$need" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
        echo "missing system packages:$need (install them as root)" >&2
        exit 1
    fi
else
    SUDO=""
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq $need
