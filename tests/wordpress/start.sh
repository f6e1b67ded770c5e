#!/usr/bin/env bash
# Starts a real WordPress on 127.0.0.1 for sitectl's end-to-end tests: installs Debian's
# packages when missing, runs a private MariaDB (socket only) and `php -S` with a router,
# installs WordPress non-interactively, creates an Application Password and seeds test content.
# Idempotent: what is already up is left as it is. Prints the environment the tests read, and
# `# started: mariadb php` naming what this call started (the test suite stops only that).
#
#   tests/wordpress/start.sh            # then: eval "$(tests/wordpress/start.sh --env)"
#   tests/wordpress/stop.sh
#
# Environment: WP_PORT (8080), WP_STATE (/var/lib/wp-loopback), WP_SEED (1; 0 skips seeding).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
STATE=${WP_STATE:-/var/lib/wp-loopback}
PORT=${WP_PORT:-8080}
URL="http://127.0.0.1:$PORT"
CNF="$STATE/my.cnf"
SOCK="$STATE/run/mysqld.sock"
log() { echo "wordpress: $*" >&2; }
# Runs a server in its own session with no file descriptor of ours beyond 0-2, so that a pipe
# held by whoever called us (a CI log, a test harness) is not kept open by the server.
detach() {
  local log=$1; shift
  (
    for fd in /proc/$BASHPID/fd/*; do
      fd=${fd##*/}
      [ "$fd" -gt 2 ] 2>/dev/null && eval "exec $fd>&-"
    done
    exec setsid "$@" >>"$log" 2>&1 </dev/null
  ) &
  echo $!
}

mkdir -p "$STATE"
# One start at a time (tests may call this concurrently).
exec 9>"$STATE/.start.lock"
flock 9

"$HERE/install.sh" >&2

mkdir -p "$STATE/run" "$STATE/mysql"
chown mysql:mysql "$STATE/run" "$STATE/mysql"
cat > "$CNF" <<CNF
[mysqld]
user=mysql
datadir=$STATE/mysql
socket=$SOCK
pid-file=$STATE/run/mysqld.pid
skip-networking
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
[client]
socket=$SOCK
CNF

started=()
if ! mariadb-admin --defaults-file="$CNF" -u root ping >/dev/null 2>&1; then
  started+=(mariadb)
  if [ ! -d "$STATE/mysql/mysql" ]; then
    log "initialising MariaDB in $STATE/mysql"
    mariadb-install-db --defaults-file="$CNF" --skip-test-db >/dev/null
  fi
  log "starting MariaDB (socket $SOCK)"
  detach /tmp/wp-mariadb.log mariadbd --defaults-file="$CNF" >/dev/null
  for _ in $(seq 1 100); do
    mariadb-admin --defaults-file="$CNF" -u root ping >/dev/null 2>&1 && break
    sleep 0.1
  done
  mariadb-admin --defaults-file="$CNF" -u root ping >/dev/null
fi
mariadb --defaults-file="$CNF" -u root <<'SQL'
CREATE DATABASE IF NOT EXISTS `wordpress` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'wordpress'@'localhost' IDENTIFIED BY 'wp-loopback-db';
ALTER USER 'wordpress'@'localhost' IDENTIFIED BY 'wp-loopback-db';
GRANT ALL PRIVILEGES ON `wordpress`.* TO 'wordpress'@'localhost';
SQL

if [ ! -f "$STATE/site/wp-load.php" ]; then
  log "copying WordPress to $STATE/site"
  # -L: Debian's copy holds relative symlinks that would dangle elsewhere.
  cp -RL /usr/share/wordpress "$STATE/site"
  rm -f "$STATE/site/.htaccess" "$STATE/site/wp-config.php"
fi
cat > "$STATE/site/wp-config.php" <<PHP
<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', 'wp-loopback-db');
define('DB_HOST', 'localhost:$SOCK');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
// Application Passwords over plain HTTP need a local environment.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_HOME', '$URL');
define('WP_SITEURL', '$URL');
define('DISABLE_WP_CRON', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('FS_METHOD', 'direct');
foreach (['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'] as \$k) {
    define(\$k, 'sitectl-loopback-' . \$k);
}
\$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
PHP
cp "$HERE/router.php" "$STATE/router.php"
# A stand-in for the platform's bridge plugin (igny8/v1), so bridge mode meets a real WordPress.
mkdir -p "$STATE/site/wp-content/mu-plugins"
cp "$HERE/igny8-bridge-stand-in.php" "$STATE/site/wp-content/mu-plugins/"

up() { curl -fsS -o /dev/null --max-time 5 "$URL/wp-login.php" 2>/dev/null; }
if ! up; then
  started+=(php)
  log "starting php -S on $URL"
  cd "$STATE"
  PHP_CLI_SERVER_WORKERS=4 detach /tmp/wp-php-server.log php -q -S "127.0.0.1:$PORT" -t site router.php > "$STATE/run/php.pid"
  cd - >/dev/null
  for _ in $(seq 1 100); do up && break; sleep 0.1; done
  up || { log "php -S did not come up; see /tmp/wp-php-server.log"; exit 1; }
fi

creds=$(php "$HERE/bootstrap.php" "$STATE/site" "$URL" "$STATE/credentials.env" | tail -n 1)
cat > "$STATE/credentials.env" <<ENV
WP_URL=$URL
WP_USER=${creds%%:*}
WP_APP_PASSWORD=${creds#*:}
WP_DB_SOCKET=$SOCK
WP_DB_NAME=wordpress
WP_DB_USER=wordpress
WP_DB_PASSWORD=wp-loopback-db
ENV
chmod 600 "$STATE/credentials.env"

if [ "${WP_SEED:-1}" != 0 ]; then
  log "$(php "$HERE/seed-content.php" "$STATE/site" "$URL")"
fi

# Prove it answers as WordPress, with the credentials.
curl -fsS -o /dev/null -u "$creds" "$URL/wp-json/wp/v2/users/me" || { log "users/me failed"; exit 1; }
log "up at $URL (credentials in $STATE/credentials.env)"
if [ "${1:-}" = "--env" ]; then
  sed 's/^/export SITECTL_/' "$STATE/credentials.env"
  [ ${#started[@]} -eq 0 ] || echo "# started: ${started[*]}"
fi
