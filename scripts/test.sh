#!/usr/bin/env bash
# The test command (README, .ci/run): installs what the tests need, then runs every test.
# Each script in scripts/ci-setup.d installs one area's system packages (PostgreSQL,
# Chromium, …); tests that need something that could not be installed skip with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
for setup in scripts/ci-setup.d/*.sh; do
    [ -e "$setup" ] || continue
    echo "== setup: $setup"
    bash "$setup" || echo "warning: $setup failed; tests that need it will skip"
done
swift build --product parley
swift test "$@"
