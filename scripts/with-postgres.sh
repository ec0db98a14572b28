#!/usr/bin/env bash
# Runs a command with TEST_DATABASE_URL pointing at a throw-away PostgreSQL 15 cluster on a free
# 127.0.0.1 port, then stops the cluster and removes it. PostgreSQL refuses to run as root, so the
# cluster belongs to the `postgres` user when we are root.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PGBIN/initdb" ]; then
  echo "with-postgres: $PGBIN/initdb not found; install PostgreSQL 15 (apt-get install -y postgresql)" >&2
  exit 1
fi

dir=$(mktemp -d /tmp/hindsight-pg.XXXXXX)
port=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$dir"

stop() {
  as_owner "'$PGBIN/pg_ctl' -D '$dir/data' -m fast -w stop" >/dev/null 2>&1 || true
  rm -rf "$dir"
}
trap stop EXIT

as_owner "'$PGBIN/initdb' -D '$dir/data' -A trust -U postgres --no-sync" >/dev/null
if ! as_owner "'$PGBIN/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 -o \"-h 127.0.0.1 -p $port -k '$dir' -c fsync=off -c max_connections=200\" start" >/dev/null; then
  echo "with-postgres: PostgreSQL did not start; its log:" >&2
  cat "$dir/server.log" >&2 || true
  exit 1
fi
echo "with-postgres: PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"

TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres" "$@"
