#!/usr/bin/env bash
# The README's first command: build Parley in release mode and code the bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v swift >/dev/null 2>&1; then
    echo "Swift 6 is required (https://www.swift.org/install/linux/)" >&2
    exit 1
fi
swift build -c release --product parley
.build/release/parley code Examples/ministers-meet-in-vienna.txt --date 2024-03-06 --format text "$@"
