#!/usr/bin/env bash
# Stops azurite-table (pid) without losing what it has acknowledged: its table store (LokiJS) is written to disk
# every 5 s, and only SIGINT makes azurite-table close and write it first. SIGTERM ends Node at once and drops
# the writes of the last seconds. Waits for the exit; kills it only if it has not closed in time (default 30 s).
set -euo pipefail
pid=$1 seconds=${2:-30}

# A child that has exited stays a zombie until its parent waits for it; that counts as stopped.
alive() { local state; state=$(ps -o stat= -p "$pid" 2>/dev/null) && [[ $state != Z* ]]; }

alive || exit 0
kill -INT "$pid" 2>/dev/null || exit 0
for ((i = 0; i < seconds * 10; i++)); do
  alive || exit 0
  sleep 0.1
done
echo "Azurite (pid $pid) did not close within ${seconds}s; killed, its last writes may be lost" >&2
kill -KILL "$pid" 2>/dev/null || true
exit 1
