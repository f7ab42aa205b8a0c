#!/usr/bin/env bash
# Installs what this project needs and a fresh Debian 12 machine lacks, and only that:
# nats-server, PostgreSQL, Chromium and fonts (apt), then node_modules (npm).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1;34m[install]\033[0m %s\n' "$*"; }

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "Node.js >= 20.19 is required (found $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi

missing=()
command -v nats-server >/dev/null 2>&1 || [ -x /usr/sbin/nats-server ] || missing+=(nats-server)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
[ -d /usr/share/fonts/truetype/liberation2 ] || missing+=(fonts-liberation2)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)

if [ "${#missing[@]}" -gt 0 ]; then
  say "apt packages to install: ${missing[*]}"
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); else
      echo "Run as root or install: apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
  start=$SECONDS
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  say "apt packages installed in $((SECONDS - start)) s"
fi

# `npm ci` fails on this registry (other platforms' optional binaries are missing from the lockfile): use install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] || [ package.json -nt node_modules/.package-lock.json ]; then
  say "npm install"
  start=$SECONDS
  npm install --no-audit --no-fund --loglevel=error
  say "node_modules installed in $((SECONDS - start)) s"
fi
