#!/usr/bin/env bash
# Brings the whole platform up on this machine with embedded defaults: installs what is missing, builds,
# starts nats-server (JetStream) and the seven processes, waits until /api/health is all up. Ctrl-C stops all.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false

bash tools/install.sh
start=$SECONDS
mkdir -p .data/logs
printf '\033[1;34m[up]\033[0m building the seven processes and the console (log: .data/logs/build.log)\n'
if ! npx nx run-many -t build --projects=gateway,identity,sessions,testing,incidents,jury,documents,console \
  --output-style=static > .data/logs/build.log 2>&1; then
  tail -40 .data/logs/build.log >&2
  echo "build failed: see .data/logs/build.log" >&2
  exit 1
fi
for app in gateway identity sessions testing incidents jury documents; do
  [ -f "dist/apps/$app/main.js" ] || { echo "build failed: dist/apps/$app/main.js missing" >&2; exit 1; }
done
[ -f dist/apps/console/browser/index.html ] || { echo "build failed: the console is missing" >&2; exit 1; }
printf '\033[1;34m[up]\033[0m build done in %s s\n' "$((SECONDS - start))"
exec node tools/up.mjs
