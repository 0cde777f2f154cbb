#!/usr/bin/env bash
# Runs every test of StakeholderBot. Installs what the tests need first: the npm tools
# (Azurite, Agents Playground, adaptivecards, manifest validator, playwright-core),
# Debian's chromium for the browser suite, and (through tests/Infra.Tests' restore) the Bicep CLI.
set -euo pipefail
cd "$(dirname "$0")/.."

# Versions, not timestamps, decide; a shared (symlinked) node_modules is never reinstalled from here.
if ! node scripts/node-modules-current.mjs; then
  if [ -L node_modules ]; then echo "node_modules is a symlink to a shared copy: update it where it lives" >&2; exit 1; fi
  npm ci --no-audit --no-fund
fi

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null
  else
    echo "chromium is missing: install Debian's chromium package (sudo apt-get install chromium) for the browser tests" >&2
  fi
fi

# The App Service package exactly as deployed: tests/Infra.Tests starts it from the zip.
bash scripts/publish.sh --app-only

log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test StakeholderBot.sln -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One closing line over all test assemblies.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
