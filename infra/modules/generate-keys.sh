#!/bin/sh
# Runs in Azure (deployment script, Azure CLI image) as an identity that may write secrets to $VAULT_NAME.
# Creates each secret in $SECRET_NAMES that does not exist yet with 64 random bytes (512 bits) from the
# kernel's CSPRNG, base64-encoded; an existing secret is never replaced. The value goes from /dev/urandom
# through a private file straight to Key Vault: it is never printed, an argument or a script output.
set -eu
umask 077
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 0 = exists, 1 = missing, 2 = cannot tell yet (a new role assignment can take minutes to apply).
secret_state() {
  if out=$(az keyvault secret show --vault-name "$VAULT_NAME" --name "$1" --query id --output tsv 2>&1); then return 0; fi
  case "$out" in
    *SecretNotFound*|*"was not found"*) return 1 ;;
    *) echo "$out" | head -n 3 >&2; return 2 ;;
  esac
}

for name in $SECRET_NAMES; do
  tries=0
  while :; do
    state=0
    secret_state "$name" || state=$?
    if [ "$state" -eq 0 ]; then echo "$name exists: kept"; break; fi
    if [ "$state" -eq 1 ]; then
      head -c 64 /dev/urandom | base64 | tr -d '\n' > "$work/value"
      if az keyvault secret set --vault-name "$VAULT_NAME" --name "$name" --file "$work/value" --encoding utf-8 --output none; then
        echo "$name created"; break
      fi
    fi
    tries=$((tries + 1))
    if [ "$tries" -ge 30 ]; then echo "giving up on $name after $tries tries" >&2; exit 1; fi
    sleep 20
  done
done
rm -f "$work/value"
