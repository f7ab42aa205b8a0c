#!/usr/bin/env bash
# Brings the whole platform up on this machine with embedded defaults: installs what is missing, builds,
# starts nats-server (JetStream) and the seven processes, waits until /api/health is all up. Ctrl-C stops all.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false

bash tools/install.sh
start=$SECONDS
npx nx run-many -t build --projects=gateway,identity,sessions,testing,incidents,jury,documents,console --output-style=stream-without-prefixes 2>&1 | grep -Ev '^\s*$|webpack|asset |cacheable|runtime modules|orphan modules|\[built\]|\[code generated\]' || true
for app in gateway identity sessions testing incidents jury documents; do
  [ -f "dist/apps/$app/main.js" ] || { echo "build failed: dist/apps/$app/main.js missing" >&2; exit 1; }
done
[ -f dist/apps/console/browser/index.html ] || { echo "build failed: the console is missing" >&2; exit 1; }
printf '\033[1;34m[up]\033[0m build done in %s s\n' "$((SECONDS - start))"
exec node tools/up.mjs
