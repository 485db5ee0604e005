#!/usr/bin/env bash
# The test command (README, .ci/run): installs what the tests need, then runs every test.
# Each script in scripts/ci-setup.d installs one area's system packages (PostgreSQL,
# Chromium, …); tests that need something that could not be installed skip with a message.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-build-deps.sh
for setup in scripts/ci-setup.d/*.sh; do
    [ -e "$setup" ] || continue
    echo "== setup: $setup"
    bash "$setup" || echo "warning: $setup failed; tests that need it will skip"
done
swift build --product parley
# The HTTP API against its OpenAPI document (schemathesis from PyPI): no 5xx on generated input.
if command -v st >/dev/null 2>&1 || pip install -q schemathesis >/dev/null 2>&1; then
    PARLEY_BIN=.build/debug/parley bash scripts/api-fuzz.sh 25
else
    echo "skipped: schemathesis could not be installed from PyPI; scripts/api-fuzz.sh not run"
fi
swift test "$@"
