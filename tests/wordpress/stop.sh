#!/usr/bin/env bash
# Stops what start.sh started: php -S (its whole process group) and the private MariaDB, or
# only the parts named (`stop.sh php`, `stop.sh mariadb`). The data stays in place for the
# next start.
set -u
STATE=${WP_STATE:-/var/lib/wp-loopback}
parts=" ${*:-php mariadb} "
if [[ $parts == *" php "* ]] && [ -f "$STATE/run/php.pid" ]; then
  pid=$(cat "$STATE/run/php.pid")
  kill -TERM -- "-$pid" 2>/dev/null
  for _ in $(seq 1 50); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null
  rm -f "$STATE/run/php.pid"
fi
if [[ $parts == *" mariadb "* ]] && [ -S "$STATE/run/mysqld.sock" ]; then
  mariadb-admin --defaults-file="$STATE/my.cnf" -u root shutdown 2>/dev/null
fi
exit 0
