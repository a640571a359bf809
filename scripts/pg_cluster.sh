#!/usr/bin/env bash
# A private PostgreSQL cluster for the tests and benchmarks: started on loopback, on a free port,
# with its data in build/pg (git-ignored), idempotently. Prints the database URL.
#
#   scripts/pg_cluster.sh start    # install PostgreSQL from Debian if missing (as root), init, start, create the db
#   scripts/pg_cluster.sh stop
#   scripts/pg_cluster.sh url      # the URL of the running cluster (exit 1 when it is not running)
#
# The tests read the URL from build/pg/url (or VEILLE_TEST_PG); without it they skip PostgreSQL.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BASE="$ROOT/build/pg"
DATA="$BASE/data"
DATABASE=veille_test
ROLE=veille

pg_bin() {
    # initdb and pg_ctl live in Debian's versioned folder; the newest installed wins.
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
    done
    if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
    return 1
}

install_postgres() {
    if pg_bin >/dev/null; then return 0; fi
    if [ "$(id -u)" != 0 ]; then
        echo "PostgreSQL is not installed and we are not root: the PostgreSQL tests will be skipped" \
             "(sudo apt-get install postgresql)" >&2
        exit 3
    fi
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql postgresql-contrib
}

# The server refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner() {
    if [ "$(id -u)" = 0 ]; then
        id postgres >/dev/null 2>&1 || useradd --system --home-dir "$BASE" --shell /usr/sbin/nologin postgres
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

running() {
    [ -f "$DATA/postmaster.pid" ] && as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

start() {
    install_postgres
    BIN="$(pg_bin)"
    mkdir -p "$BASE"
    if [ "$(id -u)" = 0 ]; then chown postgres "$BASE"; chmod 755 "$BASE"; fi
    if running; then cat "$BASE/url"; return 0; fi
    if [ ! -f "$DATA/PG_VERSION" ]; then
        as_owner "$BIN/initdb" -D "$DATA" -U "$ROLE" --auth=trust -E UTF8 --locale=C.UTF-8 >"$BASE/initdb.log"
    fi
    local port
    port="$(free_port)"
    # fsync off: a test cluster, thrown away at will; loopback only, sockets in the cluster's folder.
    as_owner "$BIN/pg_ctl" -D "$DATA" -l "$BASE/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $BASE -c fsync=off -c synchronous_commit=off -c max_connections=200" \
        start >/dev/null
    if ! as_owner "$BIN/psql" -h 127.0.0.1 -p "$port" -U "$ROLE" -d postgres -Atc \
            "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'" | grep -q 1; then
        as_owner "$BIN/createdb" -h 127.0.0.1 -p "$port" -U "$ROLE" "$DATABASE"
    fi
    echo "postgresql://$ROLE@127.0.0.1:$port/$DATABASE" >"$BASE/url"
    cat "$BASE/url"
}

stop() {
    BIN="$(pg_bin)" || return 0
    if running; then as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >/dev/null; fi
    rm -f "$BASE/url"
}

url() {
    BIN="$(pg_bin)" || exit 1
    running && cat "$BASE/url"
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
