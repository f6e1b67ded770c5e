#!/usr/bin/env bash
# Stops the server start.sh started; the cluster stays in place for the next start.
set -u
STATE=${PG_STATE:-/var/lib/pg-loopback}
BIN=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/pg_ctl 2>/dev/null | sort -V | tail -n 1)")
[ -f "$STATE/data/postmaster.pid" ] || exit 0
if [ "$(id -u)" = 0 ]; then
  runuser -u postgres -- "$BIN/pg_ctl" -D "$STATE/data" -m fast -w stop >/dev/null 2>&1
else
  "$BIN/pg_ctl" -D "$STATE/data" -m fast -w stop >/dev/null 2>&1
fi
exit 0
