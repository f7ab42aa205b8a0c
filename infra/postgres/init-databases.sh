#!/usr/bin/env bash
# Creates one database and one login role per service, each role owning only its own database.
# PUBLIC loses CONNECT on every database, so a service cannot even open another service's
# database (let alone read its tables); only the superuser (POSTGRES_USER) sees them all.
#
# Run by the postgres image on the first start of an empty volume (/docker-entrypoint-initdb.d).
# Passwords come from <SERVICE>_DB_PASSWORD (IDENTITY_DB_PASSWORD, SESSIONS_DB_PASSWORD…).
# Idempotent: run it again (docker compose exec postgres bash /docker-entrypoint-initdb.d/10-init-databases.sh)
# to add a missing service or to apply changed passwords.
#
# Works whether the entrypoint executes or sources it: everything runs in a subshell.
(
  set -euo pipefail

  services=(identity sessions testing incidents jury documents)

  missing=()
  for service in "${services[@]}"; do
    variable="${service^^}_DB_PASSWORD"
    [ -n "${!variable:-}" ] || missing+=("$variable")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "init-databases: missing password variable(s): ${missing[*]}" >&2
    exit 1
  fi

  superuser="${POSTGRES_USER:-postgres}"
  maintenance_db="${POSTGRES_DB:-$superuser}"

  for service in "${services[@]}"; do
    variable="${service^^}_DB_PASSWORD"
    echo "init-databases: role and database ${service}"
    psql --no-psqlrc --quiet -v ON_ERROR_STOP=1 --username "$superuser" --dbname "$maintenance_db" \
      --set=name="$service" --set=password="${!variable}" <<'SQL'
SELECT format('CREATE ROLE %I', :'name') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'name') \gexec
ALTER ROLE :"name" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'password';
SELECT format('CREATE DATABASE %I OWNER %I', :'name', :'name') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'name') \gexec
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"name" TO :"name";
SQL
  done

  # Nor may a service role wander into the maintenance database.
  psql --no-psqlrc --quiet -v ON_ERROR_STOP=1 --username "$superuser" --dbname "$maintenance_db" \
    --set=db="$maintenance_db" <<'SQL'
REVOKE CONNECT ON DATABASE :"db" FROM PUBLIC;
SQL
)
