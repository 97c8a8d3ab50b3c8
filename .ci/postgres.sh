#!/usr/bin/env bash
# Install (if needed) and start PostgreSQL 15, create the test role and database, and print the
# database URL on stdout -- nothing else goes to stdout. Progress goes to stderr. Idempotent: it
# works when PostgreSQL is installed and the cluster is already running. It exports nothing:
#   export DATELINE_TEST_PG_URL=$(bash .ci/postgres.sh)
set -euo pipefail
exec 3>&1 1>&2

VERSION=15
ROLE=dateline
PASSWORD=dateline
DATABASE=dateline_test

if [ ! -x "/usr/lib/postgresql/$VERSION/bin/postgres" ] || ! command -v pg_ctlcluster >/dev/null; then
    echo "postgres.sh: installing PostgreSQL"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
fi
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {found=1} END {exit !found}'; then
    echo "postgres.sh: creating cluster $VERSION/main"
    pg_createcluster "$VERSION" main
fi
if ! pg_ctlcluster "$VERSION" main status >/dev/null 2>&1; then
    echo "postgres.sh: starting cluster $VERSION/main"
    pg_ctlcluster "$VERSION" main start 3>&- </dev/null
fi
PORT=$(pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" {print $3}')
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$PORT" && break
    sleep 1
done
pg_isready -h 127.0.0.1 -p "$PORT"

psql_admin() { runuser -u postgres -- psql -p "$PORT" -v ON_ERROR_STOP=1 -tAq "$@"; }
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" ]; then
    echo "postgres.sh: creating role $ROLE"
    psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'"
fi
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]; then
    echo "postgres.sh: creating database $DATABASE"
    psql_admin -c "CREATE DATABASE $DATABASE OWNER $ROLE"
fi
echo "postgres.sh: PostgreSQL $VERSION ready on port $PORT"
echo "postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PORT/$DATABASE" >&3
