#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests.
#   pg-cluster.sh start DIR PORT   initdb in DIR, start on 127.0.0.1:PORT (unix socket in the
#                                  cluster folder), create database "prihvat", print its URL
#   pg-cluster.sh stop DIR         stop the cluster and delete it
#   pg-cluster.sh url DIR          print the URL of a running cluster
# PostgreSQL refuses to run as root: when root, its programs run as the "postgres" user
# (runuser), and the cluster folder belongs to that user. Durability is switched off
# (fsync, synchronous_commit): the cluster lives for one test run only.
set -euo pipefail

die() { echo "pg-cluster: $*" >&2; exit 1; }

find_bindir() {
    if [ -n "${PG_BINDIR:-}" ]; then echo "$PG_BINDIR"; return; fi
    local d
    for d in /usr/lib/postgresql/*/bin; do
        if [ -x "$d/initdb" ]; then echo "$d"; return; fi
    done
    d=$(command -v initdb 2>/dev/null || true)
    [ -n "$d" ] || die "PostgreSQL server programs not found (apt-get install postgresql, or set PG_BINDIR)"
    dirname "$(readlink -f "$d")"
}

if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || die "running as root needs the 'postgres' user (apt-get install postgresql)"
    as_pg() { runuser -u postgres -- "$@"; }
    OWNER=postgres
else
    as_pg() { "$@"; }
    OWNER=$(id -un)
fi

# Where the cluster's files live: DIR itself, or (when the postgres user cannot reach DIR,
# e.g. a home folder closed to others) a private folder under /tmp recorded in DIR.
cluster_dir() {
    local state=$1
    if [ -f "$state/cluster-path" ]; then cat "$state/cluster-path"; else echo "$state/cluster"; fi
}

cmd_start() {
    local state=$1 port=$2
    [[ "$port" =~ ^[0-9]+$ ]] || die "PORT must be a number"
    local bindir; bindir=$(find_bindir)
    # A cluster left over from an interrupted run is stopped and thrown away.
    if [ -d "$state" ]; then cmd_stop "$state" >/dev/null 2>&1 || true; fi
    mkdir -p "$state"
    state=$(cd "$state" && pwd)
    local cluster="$state/cluster"
    mkdir -p "$cluster"
    if ! as_pg test -w "$cluster" 2>/dev/null && [ "$OWNER" = postgres ]; then
        chown postgres: "$cluster" 2>/dev/null || true
    fi
    # (A unix socket path has at most 107 bytes: a deep folder goes to /tmp as well.)
    if ! as_pg test -w "$cluster" 2>/dev/null || [ ${#cluster} -gt 80 ]; then
        rmdir "$cluster"
        cluster=$(mktemp -d /tmp/prihvat-pg.XXXXXX)
        echo "$cluster" > "$state/cluster-path"
        [ "$OWNER" = postgres ] && chown postgres: "$cluster"
    fi
    chmod 0700 "$cluster"
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        die "port $port on 127.0.0.1 is already in use"
    fi

    as_pg "$bindir/initdb" -D "$cluster/data" -U prihvat -A trust -E UTF8 --locale=C --no-sync \
        >"$state/initdb.log" 2>&1 || { cat "$state/initdb.log" >&2; die "initdb failed"; }
    as_pg "$bindir/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $cluster -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
        start >"$state/pg_ctl.log" 2>&1 || {
        cat "$state/pg_ctl.log" "$cluster/server.log" >&2 2>/dev/null || true
        die "the server did not start"
    }
    as_pg "$bindir/createdb" -h 127.0.0.1 -p "$port" -U prihvat prihvat || die "createdb failed"
    echo "$port" > "$state/port"
    echo "postgresql://prihvat@127.0.0.1:$port/prihvat"
}

cmd_stop() {
    local state=$1
    [ -d "$state" ] || return 0
    local cluster; cluster=$(cluster_dir "$state")
    if [ -f "$cluster/data/postmaster.pid" ]; then
        local bindir; bindir=$(find_bindir)
        as_pg "$bindir/pg_ctl" -D "$cluster/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
    fi
    rm -rf "$cluster" "$state"
}

cmd_url() {
    local state=$1
    [ -f "$state/port" ] || die "no cluster in $state"
    echo "postgresql://prihvat@127.0.0.1:$(cat "$state/port")/prihvat"
}

case "${1:-}" in
    start) [ $# -eq 3 ] || die "usage: $0 start DIR PORT"; cmd_start "$2" "$3" ;;
    stop) [ $# -eq 2 ] || die "usage: $0 stop DIR"; cmd_stop "$2" ;;
    url) [ $# -eq 2 ] || die "usage: $0 url DIR"; cmd_url "$2" ;;
    *) die "usage: $0 start DIR PORT | stop DIR | url DIR" ;;
esac
