#!/usr/bin/env bash
# README command 1: runs StakeholderBot locally with Azurite and the Microsoft 365 Agents Playground.
#   Azurite (tables)   127.0.0.1:10002   data kept in .data/azurite
#   the bot            127.0.0.1:3978    POST /api/messages, GET /health
#   the Playground     127.0.0.1:56150   open this URL in a browser to chat with the bot
# Needs the .NET 10 SDK and Node 20.6 or later. Everything listens on 127.0.0.1 only; Ctrl-C stops all three.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# Ports can be moved (AZURITE_PORT, BOT_PORT, PLAYGROUND_PORT) to run beside another copy.
AZURITE_PORT=${AZURITE_PORT:-10002} BOT_PORT=${BOT_PORT:-3978} PLAYGROUND_PORT=${PLAYGROUND_PORT:-56150}
# The Playground's signed-in user (Alex Wilber); made a project manager so every command can be tried.
PLAYGROUND_USER=00000000-0000-0000-0000-0000000000020
DATA="$ROOT/.data"
PIDS=() NAMES=() AZURITE_PID=

say() { printf '\033[1m[run-local]\033[0m %s\n' "$*"; }

stop_all() {
  local code=$?
  trap - INT TERM EXIT
  say "stopping ${NAMES[*]:-nothing started yet}"
  # Azurite last, once the bot has finished its writes, and with the signal that makes it save (see the script).
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do [[ ${PIDS[i]} == "$AZURITE_PID" ]] || kill "${PIDS[i]}" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do [[ $pid == "$AZURITE_PID" ]] || wait "$pid" 2>/dev/null || true; done
  if [[ -n $AZURITE_PID ]]; then bash "$ROOT/scripts/stop-azurite.sh" "$AZURITE_PID" || true; wait "$AZURITE_PID" 2>/dev/null || true; fi
  say "stopped"
  exit "$code"
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_ok() { # url [expected body]
  node -e 'fetch(process.argv[1]).then(async r => process.exit(r.ok && (!process.argv[2] || (await r.text()) === process.argv[2]) ? 0 : 1)).catch(() => process.exit(1))' "$@"
}

wait_for() { # name pid log seconds probe...
  local name=$1 pid=$2 log=$3 seconds=$4
  shift 4
  for ((i = 0; i < seconds * 5; i++)); do
    kill -0 "$pid" 2>/dev/null || { say "$name exited before it was ready; last lines of $log:"; tail -n 20 "$log" || true; exit 1; }
    if "$@"; then return 0; fi
    sleep 0.2
  done
  say "$name was not ready after ${seconds}s (log: $log)"; exit 1
}

command -v dotnet >/dev/null || { say "the .NET 10 SDK (dotnet) is required"; exit 1; }
command -v node >/dev/null || { say "Node 20.6 or later (node, npm) is required"; exit 1; }
for port in $AZURITE_PORT $BOT_PORT $PLAYGROUND_PORT; do
  if port_busy "$port"; then say "127.0.0.1:$port is already in use; stop whatever runs there first"; exit 1; fi
done

if ! node scripts/node-modules-current.mjs; then
  if [[ -L node_modules ]]; then
    say "node_modules is a symlink to a shared copy; not running npm ci over it. Update it where it lives."; exit 1
  fi
  say "npm ci"
  npm ci --no-audit --no-fund
fi

say "building the bot"
dotnet build Bot --nologo -v quiet
BOT_DIR="$ROOT/Bot/bin/Debug/net10.0"

mkdir -p "$DATA/azurite" "$DATA/playground" "$DATA/logs"
trap stop_all INT TERM EXIT
# Each server in its own process group: Ctrl-C reaches only this script, which stops them by PID.
set -m

node_modules/.bin/azurite-table --tableHost 127.0.0.1 --tablePort $AZURITE_PORT \
  --location "$DATA/azurite" --disableTelemetry --skipApiVersionCheck >"$DATA/logs/azurite.log" 2>&1 &
AZURITE_PID=$! PIDS+=($!) NAMES+=(Azurite)
wait_for Azurite "${PIDS[-1]}" "$DATA/logs/azurite.log" 60 port_busy $AZURITE_PORT

# The bot's own log goes to this terminal; configuration from the environment wins over these defaults.
# Development: without MicrosoftAppId the bot takes requests without a token, which only Development allows, and
# trusts the Playground's loopback service URL.
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Development}"
export Storage__ConnectionString="${Storage__ConnectionString:-DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:$AZURITE_PORT/devstoreaccount1;}"
export Access__ProjectManagers__0="${Access__ProjectManagers__0:-$PLAYGROUND_USER}"
export Bot__PublicBaseUrl="${Bot__PublicBaseUrl:-http://127.0.0.1:$BOT_PORT}"
# Example meetings and survey responses, so `meetings` and `survey results` have something to show at once.
export Demo__ExampleData="${Demo__ExampleData:-true}"
[[ -d "$ROOT/corpus" ]] && export Knowledge__CorpusPath="${Knowledge__CorpusPath:-$ROOT/corpus}"
export Knowledge__IndexPath="${Knowledge__IndexPath:-$DATA/knowledge.db}"
(cd "$BOT_DIR" && exec dotnet StakeholderBot.Bot.dll --urls "http://127.0.0.1:$BOT_PORT") > >(tee "$DATA/logs/bot.log") 2>&1 &
PIDS+=($!) NAMES+=("the bot")
wait_for "the bot" "${PIDS[-1]}" "$DATA/logs/bot.log" 180 http_ok "http://127.0.0.1:$BOT_PORT/health"

(cd "$DATA/playground" && TEAMSAPPTESTER_BROWSER=none M365_AGENTS_PLAYGROUND_LOGFILE="$DATA/logs/playground-server.log" \
  exec node -r "$ROOT/tests/e2e/force-loopback.cjs" "$ROOT/node_modules/@microsoft/m365agentsplayground/cli.js" start \
    -e "http://127.0.0.1:$BOT_PORT/api/messages" -c msteams -p $PLAYGROUND_PORT \
    --service-url "http://127.0.0.1:$PLAYGROUND_PORT/_connector" --disable-telemetry) >"$DATA/logs/playground.log" 2>&1 &
PIDS+=($!) NAMES+=("the Playground")
wait_for "the Playground" "${PIDS[-1]}" "$DATA/logs/playground.log" 60 http_ok "http://127.0.0.1:$PLAYGROUND_PORT/_debug/ping" pong

say "ready: open http://127.0.0.1:$PLAYGROUND_PORT/ to chat with the bot (Ctrl-C stops everything)"
say "bot http://127.0.0.1:$BOT_PORT/api/messages | Azurite tables 127.0.0.1:$AZURITE_PORT (.data/azurite) | logs .data/logs"
wait -n "${PIDS[@]}" || true
# Reached when one of the three exits on its own (Ctrl-C goes straight to stop_all).
for i in "${!PIDS[@]}"; do
  kill -0 "${PIDS[i]}" 2>/dev/null || say "${NAMES[i]} exited; stopping the others (logs in .data/logs)"
done
