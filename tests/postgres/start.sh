#!/usr/bin/env bash
# Starts a private PostgreSQL from Debian's packages for sitectl's tests: installs the
# `postgresql` package when missing, runs `initdb` in a state folder as an unprivileged user
# (Debian's `postgres` when we are root), and serves on a Unix socket and on 127.0.0.1 with
# TLS (a throwaway CA and a server certificate for localhost/127.0.0.1). Idempotent: a server
# already up is left as it is. Prints the environment the tests read, and `# started: postgres`
# when this call started the server (the test suite stops only what it started).
#
#   eval "$(tests/postgres/start.sh --env)"   # SITECTL_TEST_PG_URL, SITECTL_TEST_PG_TLS_URL, ...
#   tests/postgres/stop.sh
#
# Environment: PG_STATE (/var/lib/pg-loopback), PG_PORT (54329).
# Roles: `postgres` (superuser, trusted on the socket: the tests create a database per test),
# `sitectl_pw` (password `sitectl-test-pw`, required everywhere), `sitectl_weak` (may connect,
# may not create tables).
set -euo pipefail
STATE=${PG_STATE:-/var/lib/pg-loopback}
PORT=${PG_PORT:-54329}
log() { echo "postgres: $*" >&2; }

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  log "installing Debian's postgresql package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql openssl >&2
fi
BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")

mkdir -p "$STATE"
exec 9>"$STATE/.start.lock"
flock 9

if [ "$(id -u)" = 0 ]; then
  RUN_AS=(runuser -u postgres --)
  chown postgres:postgres "$STATE"
else
  RUN_AS=()
fi
DATA="$STATE/data"
SOCKDIR="$STATE/run"

started=
if ! "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  started=postgres
  if [ ! -f "$DATA/PG_VERSION" ]; then
    log "initialising a cluster in $DATA"
    "${RUN_AS[@]}" "$BIN/initdb" -D "$DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    # A throwaway CA and a server certificate for the TLS tests (verify-full to 127.0.0.1/localhost).
    ( cd "$DATA"
      openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=sitectl test CA" \
        -keyout ca.key -out ca.crt 2>/dev/null
      openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr 2>/dev/null
      printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\n' > san.ext
      openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 \
        -extfile san.ext -out server.crt 2>/dev/null
      chmod 600 server.key ca.key
      [ "$(id -u)" = 0 ] && chown postgres:postgres ./*.key ./*.crt ./*.csr ./*.ext ./*.srl
      true )
    # The superuser is trusted on the socket only; every other role needs its password.
    cat > "$DATA/pg_hba.conf" <<HBA
local   all   postgres                 trust
local   all   all                      scram-sha-256
hostssl all   all       127.0.0.1/32   scram-sha-256
HBA
    cat >> "$DATA/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$SOCKDIR'
ssl = on
ssl_cert_file = 'server.crt'
ssl_key_file = 'server.key'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  fi
  mkdir -p "$SOCKDIR"
  [ "$(id -u)" = 0 ] && chown postgres:postgres "$SOCKDIR"
  log "starting on $SOCKDIR and 127.0.0.1:$PORT"
  # The server must not inherit our lock (fd 9) or the caller's pipes: it outlives us.
  "${RUN_AS[@]}" "$BIN/pg_ctl" -D "$DATA" -l "$STATE/server.log" -w -t 60 start </dev/null >/dev/null 2>&1 9>&-
  PSQL=("$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$SOCKDIR" -p "$PORT" -U postgres -d postgres)
  "${PSQL[@]}" >/dev/null <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sitectl_pw') THEN
    CREATE ROLE sitectl_pw LOGIN CREATEDB PASSWORD 'sitectl-test-pw';
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sitectl_weak') THEN
    CREATE ROLE sitectl_weak LOGIN PASSWORD 'sitectl-weak-pw';
  END IF;
END \$\$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
SQL
fi
chmod 644 "$DATA/ca.crt" 2>/dev/null || true

log "up on $SOCKDIR (port $PORT)"
if [ "${1:-}" = "--env" ]; then
  echo "export SITECTL_TEST_PG_URL='postgresql:///postgres?host=$SOCKDIR&port=$PORT&user=postgres'"
  echo "export SITECTL_TEST_PG_TLS_URL='postgresql://sitectl_pw@127.0.0.1:$PORT/postgres'"
  echo "export SITECTL_TEST_PG_CA='$DATA/ca.crt'"
  echo "export SITECTL_TEST_PG_BIN='$BIN'"
  [ -z "$started" ] || echo "# started: $started"
fi
