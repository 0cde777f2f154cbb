#!/usr/bin/env bash
# Builds what a deployment uploads:
#   artifacts/deploy/stakeholderbot-linux-x64.zip  the bot for App Service zip deploy (dotnet publish -c Release
#                                                  -r linux-x64, framework-dependent, with corpus/), and
#   StakeholderBot.zip                             the Teams app package, when the bot's app id is known:
#                                                  MicrosoftAppId=<id> or, after `azd up`, the azd environment's BOT_APP_ID.
# Usage: bash scripts/publish.sh [--app-only | --teams-only]
set -euo pipefail
cd "$(dirname "$0")/.."

mode=${1:-all}
case "$mode" in all|--app-only|--teams-only) ;; *) echo "usage: bash scripts/publish.sh [--app-only | --teams-only]" >&2; exit 2 ;; esac
out=artifacts/deploy

if [ "$mode" != --teams-only ]; then
  rm -rf "$out/bot" "$out/stakeholderbot-linux-x64.zip"
  # Its own intermediate folders, so a publish never disturbs the Bot/bin and Bot/obj that builds and tests use.
  dotnet publish Bot/StakeholderBot.Bot.csproj -c Release -r linux-x64 --self-contained false --nologo \
    --artifacts-path artifacts/publish-build -o "$out/bot" -v quiet
  node scripts/zip-folder.mjs "$out/bot" "$out/stakeholderbot-linux-x64.zip"
  echo "publish: $out/stakeholderbot-linux-x64.zip ($(du -h "$out/stakeholderbot-linux-x64.zip" | cut -f1))"
fi

if [ "$mode" != --app-only ]; then
  app_id=${MicrosoftAppId:-${BOT_APP_ID:-}}
  public_url=${Bot__PublicBaseUrl:-${BOT_PUBLIC_URL:-}}
  if [ -z "$app_id" ] && command -v azd >/dev/null 2>&1; then
    app_id=$(azd env get-value BOT_APP_ID 2>/dev/null || true)
    public_url=${public_url:-$(azd env get-value BOT_PUBLIC_URL 2>/dev/null || true)}
  fi
  if [ -z "$app_id" ]; then
    [ "$mode" = --teams-only ] && { echo "publish: no app id (set MicrosoftAppId, or run azd up first)" >&2; exit 1; }
    echo "publish: Teams app package skipped (no MicrosoftAppId and no azd environment with BOT_APP_ID)"
    exit 0
  fi
  [ -d node_modules ] || npm ci --no-audit --no-fund
  MicrosoftAppId="$app_id" Bot__PublicBaseUrl="$public_url" node scripts/package-app.mjs
fi
