#!/usr/bin/env bash
# CI setup for ParleyServer: headless Chromium for the browser test (Tests/ParleyServerTests/BrowserTests.swift).
# Run as root by .ci/run before `swift test`; the test skips with a message when no chromium binary exists.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
chromium --version
