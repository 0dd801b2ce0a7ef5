#!/bin/sh
# Run once by the postgres image on an empty data directory. Each service has a database of its own,
# owned by plaza_owner (POSTGRES_USER), which runs the migrations; the services connect as plaza_app,
# which owns nothing and is subject to row-level security.
set -eu
psql -v ON_ERROR_STOP=1 -v app_password="$PLAZA_APP_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE plaza_app LOGIN NOBYPASSRLS PASSWORD :'app_password';
CREATE DATABASE identity OWNER plaza_owner;
CREATE DATABASE catalog OWNER plaza_owner;
CREATE DATABASE commerce OWNER plaza_owner;
CREATE DATABASE ledger OWNER plaza_owner;
SQL
