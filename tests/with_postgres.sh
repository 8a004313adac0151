#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL: `tests/with_postgres.sh pytest tests/test_store.py`.
#
# The server lives in a temporary folder on a free loopback port, with
# OS1_DATABASE_URL pointing at it, and is stopped and deleted afterwards
# whatever the command did. PostgreSQL will not run as root, so as root it runs
# as the `postgres` user (Debian's packages create it).
# PG_BIN overrides where initdb and pg_ctl are (default: Debian's PostgreSQL 15).
set -euo pipefail

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PG_BIN/initdb" ]; then
    echo "No PostgreSQL server programs in $PG_BIN: install postgresql-15 or set PG_BIN" >&2
    exit 2
fi
as_owner=()
if [ "$(id -u)" = 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        echo "Running as root, and there is no 'postgres' user to run PostgreSQL as:" \
            "create one (useradd --system postgres) or run as another user" >&2
        exit 2
    fi
    as_owner=(runuser -u postgres --)
fi

dir=$(mktemp -d /tmp/os1-postgres.XXXXXX)
chmod 755 "$dir"
[ ${#as_owner[@]} -eq 0 ] || chown postgres "$dir"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
    "${as_owner[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
}
trap stop EXIT

# The database's own collation is ICU English, not C, on purpose: os1's tables
# must compare text byte by byte whatever the database was created with.
"${as_owner[@]}" "$PG_BIN/initdb" -D "$dir/data" -U os1 --auth=trust --encoding=UTF8 \
    --locale=C.UTF-8 --locale-provider=icu --icu-locale=en-US >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start \
    -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c full_page_writes=off" >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
"$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U os1 os1

export OS1_DATABASE_URL="postgresql://os1@127.0.0.1:$port/os1"
echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') for this run: $OS1_DATABASE_URL" >&2
"$@"
