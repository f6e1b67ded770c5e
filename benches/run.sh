#!/usr/bin/env bash
# Runs sitectl's benchmarks (not part of the test suite): builds the release binary, installs
# the baselines' tools (sqlite3, curl) when missing, starts the loopback WordPress, and writes
# a report to benches/results.md. Optional arguments pick sections: wordpress publish seed queries
# stress postgres teams fleet scale plugins (postgres and teams start the test suite's private PostgreSQL, tests/postgres/start.sh;
# scale generates a 1M-site database, several GB of disk and a few minutes).
#
#   benches/run.sh
#   benches/run.sh seed queries
#   benches/run.sh plugins      # 50k sites x 20 plugins: wp plugins list against sqlite3
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v sqlite3 >/dev/null || need+=(sqlite3)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${need[@]}"
fi
cargo build --release --locked

# Servers this script starts are stopped at the end; ones already running are left alone.
stops=()
trap 'for s in "${stops[@]}"; do eval "$s"; done' EXIT
start() { # start.sh [stop.sh]
  local out
  out=$("$1" --env)
  eval "$out"
  local started
  started=$(sed -n 's/^# started: //p' <<<"$out")
  [ -z "$started" ] || stops+=("$2 $started")
}
if [ $# -eq 0 ] || [[ " $* " == *" wordpress "* ]] || [[ " $* " == *" publish "* ]]; then
  start tests/wordpress/start.sh tests/wordpress/stop.sh
fi
if [ $# -eq 0 ] || [[ " $* " == *" postgres "* ]] || [[ " $* " == *" teams "* ]]; then
  start tests/postgres/start.sh tests/postgres/stop.sh
fi
python3 benches/bench.py "$@"
