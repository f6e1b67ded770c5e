#!/usr/bin/env bash
# Records the WordPress responses that the hermetic tests replay (fixtures/wordpress/), from
# the loopback WordPress that start.sh runs. The site's address is replaced by {{URL}} so the
# test server can serve them under its own. Run after start.sh; commit the result.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
OUT="$HERE/../../fixtures/wordpress"
STATE=${WP_STATE:-/var/lib/wp-loopback}
# shellcheck disable=SC1091
source "$STATE/credentials.env"
mkdir -p "$OUT"
get() { # name, path, [curl args...]
  local name=$1 path=$2; shift 2
  curl -sS "$@" "$WP_URL$path" | python3 -c '
import json, sys
url = sys.argv[1]
data = json.load(sys.stdin)
# The loopback site runs a bridge-plugin stand-in; the recordings describe plain WordPress.
if isinstance(data, dict) and isinstance(data.get("namespaces"), list):
    data["namespaces"] = [n for n in data["namespaces"] if n != "igny8/v1"]
text = json.dumps(data, ensure_ascii=False, indent=1).replace(url.replace("/", "\\/"), "{{URL}}").replace(url, "{{URL}}")
print(text)' "$WP_URL" > "$OUT/$name.json"
  echo "recorded $name.json" >&2
}
FIELDS='id,type,slug,title,status,link,author,modified_gmt,categories,tags'
get index '/wp-json/?_fields=name,description,url,home,gmt_offset,namespaces,authentication'
get types '/wp-json/wp/v2/types'
get taxonomies '/wp-json/wp/v2/taxonomies'
get users_me '/wp-json/wp/v2/users/me?_fields=id,name' -u "$WP_USER:$WP_APP_PASSWORD"
get error_not_logged_in '/wp-json/wp/v2/users/me'
# What an administrator's Application Password lists, with the fields sitectl asks for.
get plugins '/wp-json/wp/v2/plugins?_fields=plugin,name,version,status' -u "$WP_USER:$WP_APP_PASSWORD"
get themes '/wp-json/wp/v2/themes?_fields=stylesheet,name,version,status' -u "$WP_USER:$WP_APP_PASSWORD"
get error_cannot_view_plugins '/wp-json/wp/v2/plugins'
get error_no_route '/wp-json/nope/v1/x'
get error_invalid_page '/wp-json/wp/v2/posts?per_page=100&page=999'
get categories '/wp-json/wp/v2/categories?per_page=100&_fields=id,name,slug,parent,count'
get tags '/wp-json/wp/v2/tags?per_page=100&_fields=id,name,slug,parent,count'
# The first 250 posts by id (three pages of 100), and every page.
curl -sS "$WP_URL/wp-json/wp/v2/posts?per_page=100&page=1&orderby=id&order=asc&_fields=$FIELDS" > /tmp/p1.json
curl -sS "$WP_URL/wp-json/wp/v2/posts?per_page=100&page=2&orderby=id&order=asc&_fields=$FIELDS" > /tmp/p2.json
curl -sS "$WP_URL/wp-json/wp/v2/posts?per_page=50&page=5&orderby=id&order=asc&_fields=$FIELDS" > /tmp/p3.json
python3 - "$WP_URL" "$OUT/posts.json" <<'PY'
import json, sys
url, out = sys.argv[1], sys.argv[2]
items = []
for f in ("/tmp/p1.json", "/tmp/p2.json", "/tmp/p3.json"):
    items += json.load(open(f))
text = json.dumps(items, ensure_ascii=False, indent=1).replace(url, "{{URL}}")
open(out, "w").write(text + "\n")
PY
echo "recorded posts.json" >&2
get pages "/wp-json/wp/v2/pages?per_page=100&orderby=id&order=asc&_fields=id,type,slug,title,status,link,author,modified_gmt"
curl -sS -o /dev/null -D - "$WP_URL/" | tr -d '\r' | grep -i '^link:' | sed "s#$WP_URL#{{URL}}#g" > "$OUT/front-page-headers.txt"
echo "recorded front-page-headers.txt" >&2
