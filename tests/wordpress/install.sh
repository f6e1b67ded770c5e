#!/usr/bin/env bash
# Installs what the real-WordPress tests need from Debian's packages, when missing:
# WordPress 6.1 (Debian 12), PHP's CLI server and MariaDB. Nothing is started here.
set -euo pipefail

packages=(wordpress wordpress-theme-twentytwentythree php-cli php-mysql php-curl php-xml php-mbstring
  mariadb-server mariadb-client curl util-linux bsdutils)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "install.sh: missing packages (${missing[*]}) and not root; install them or run as root" >&2
  exit 1
fi
# The packages' postinst scripts try to start apache2 and mariadb; nothing of theirs is used,
# so keep them from starting when the image has no policy of its own.
added_policy=0
if [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d
  chmod +x /usr/sbin/policy-rc.d
  added_policy=1
fi
trap '[ $added_policy -eq 1 ] && rm -f /usr/sbin/policy-rc.d' EXIT
export DEBIAN_FRONTEND=noninteractive
if ! apt-get install -y --no-install-recommends "${missing[@]}"; then
  apt-get update
  apt-get install -y --no-install-recommends "${missing[@]}"
fi
