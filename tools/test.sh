#!/usr/bin/env bash
# The whole test suite: lint, typecheck, unit + integration tests (real nats-server, real Postgres in PGlite),
# builds, end-to-end tests (real PostgreSQL server, all seven processes, Chromium), compose file check.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_NO_CLOUD=true NX_DAEMON=false NX_TUI=false TZ=UTC FORCE_COLOR=0
export PIX_TEST_SUMMARY_DIR="$PWD/tmp/test-summary"
rm -rf "$PIX_TEST_SUMMARY_DIR"

timings=()
step() {
  local name=$1
  shift
  printf '\n\033[1;34m[test] %s\033[0m\n' "$name"
  local start=$SECONDS
  "$@"
  timings+=("$(printf '%-22s %4d s' "$name" "$((SECONDS - start))")")
}

total_start=$SECONDS
step install bash tools/install.sh
step lint npx nx run-many -t lint --parallel=2 --output-style=static
step typecheck npx nx run-many -t typecheck --parallel=2 --output-style=static
step "unit+integration" npx nx run-many -t test --parallel=2 --output-style=static --exclude=e2e --skip-nx-cache
step build npx nx run-many -t build --parallel=2 --output-style=static --projects=gateway,identity,sessions,testing,incidents,jury,documents,console
step e2e npx nx run e2e:e2e --output-style=static
step compose bash tools/check-compose.sh

printf '\n\033[1;34m[test] timings\033[0m\n'
printf '  %s\n' "${timings[@]}"
printf '  %-22s %4d s\n' total "$((SECONDS - total_start))"
node -e '
const fs = require("fs"); const dir = process.argv[1];
let passed = 0, failed = 0, skipped = 0;
for (const file of fs.readdirSync(dir)) { const s = JSON.parse(fs.readFileSync(dir + "/" + file)); passed += s.passed; failed += s.failed; skipped += s.skipped; }
if (skipped > 0) { console.error(`${skipped} skipped tests: a skipped test cannot fail`); process.exitCode = 1; }
console.log(`Tests: ${passed} passed, ${failed} failed`);
if (failed > 0 || passed === 0) process.exitCode = 1;
' "$PIX_TEST_SUMMARY_DIR"
