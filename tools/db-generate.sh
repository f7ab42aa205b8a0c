#!/usr/bin/env bash
# Generates a drizzle-kit migration for each service whose schema changed: tools/db-generate.sh [service…] [--name x]
set -euo pipefail
cd "$(dirname "$0")/.."
name=change
services=()
while [ $# -gt 0 ]; do
  case "$1" in
    --name) name=$2; shift 2 ;;
    *) services+=("$1"); shift ;;
  esac
done
[ "${#services[@]}" -gt 0 ] || services=(identity sessions testing incidents jury documents)
for service in "${services[@]}"; do
  # drizzle-kit loads the schema with esbuild: map the @pix/* aliases of tsconfig.base.json for it.
  TS_NODE_PROJECT=tsconfig.base.json node -r tsconfig-paths/register node_modules/drizzle-kit/bin.cjs \
    generate --config "apps/$service/drizzle.config.ts" --name "$name"
done
