#!/bin/sh
# Run once by the postgres image on an empty data directory: the application role Plaza connects
# as owns nothing and is subject to row-level security; plaza_owner (POSTGRES_USER) runs migrations.
set -eu
psql -v ON_ERROR_STOP=1 -v app_password="$PLAZA_APP_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE plaza_app LOGIN NOBYPASSRLS PASSWORD :'app_password';
SQL
