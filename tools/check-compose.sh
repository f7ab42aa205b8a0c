#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine: exports dummy values for the required
# variables, then runs `docker-compose config -q` (Debian's docker-compose 1.29 works offline).
# Also checks that every required variable is really required (config fails without it).
# Usage: tools/check-compose.sh          Exit status: 0 valid, 1 invalid or validator unavailable.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
compose_file=docker-compose.yml

if ! command -v docker-compose >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "check-compose: docker-compose missing, installing it with apt-get"
    apt-get install -y docker-compose >/dev/null 2>&1 \
      || { apt-get update >/dev/null && apt-get install -y docker-compose >/dev/null; }
  else
    echo "check-compose: docker-compose is not installed (as root: apt-get install -y docker-compose)" >&2
    exit 1
  fi
fi

required=(
  POSTGRES_PASSWORD
  IDENTITY_DB_PASSWORD SESSIONS_DB_PASSWORD TESTING_DB_PASSWORD
  INCIDENTS_DB_PASSWORD JURY_DB_PASSWORD DOCUMENTS_DB_PASSWORD
  AUTH_TOKEN_SECRET
)

# A clean environment: no .env file of the developer's, no stray variables, dummy secrets only.
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT
: >"$workdir/empty.env"
run_config() {
  env -i PATH="$PATH" HOME="$workdir" "$@" \
    docker-compose --project-directory "$PWD" --env-file "$workdir/empty.env" -f "$compose_file" config -q
}
dummies=()
for variable in "${required[@]}"; do
  dummies+=("$variable=dummy-${variable,,}")
done

echo "check-compose: $(docker-compose version --short 2>/dev/null || echo '?') config -q $compose_file"
if ! run_config "${dummies[@]}"; then
  echo "check-compose: FAILED: $compose_file is invalid" >&2
  exit 1
fi

# Each secret must be mandatory: without it, config has to refuse.
for variable in "${required[@]}"; do
  without=()
  for assignment in "${dummies[@]}"; do
    [ "${assignment%%=*}" = "$variable" ] || without+=("$assignment")
  done
  if run_config "${without[@]}" 2>/dev/null; then
    echo "check-compose: FAILED: $compose_file accepts an unset $variable" >&2
    exit 1
  fi
done

echo "check-compose: OK ($compose_file valid; ${#required[@]} required variables enforced)"
