#!/usr/bin/env bash
# Stops what start.sh started: php -S (its whole process group) and the private MariaDB.
# The data stays in place for the next start.
set -u
STATE=${WP_STATE:-/var/lib/wp-loopback}
if [ -f "$STATE/run/php.pid" ]; then
  pid=$(cat "$STATE/run/php.pid")
  kill -TERM -- "-$pid" 2>/dev/null
  for _ in $(seq 1 50); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null
  rm -f "$STATE/run/php.pid"
fi
if [ -S "$STATE/run/mysqld.sock" ]; then
  mariadb-admin --defaults-file="$STATE/my.cnf" -u root shutdown 2>/dev/null
fi
exit 0
