#!/usr/bin/env python3
"""sitectl benchmarks, each against a baseline measured in the same run.

Run through benches/run.sh (it builds the release binary, installs sqlite3 and curl when
missing and starts the loopback WordPress). Prints a Markdown report and writes it to
benches/results.md. Figures are ratios: these machines are noisy, absolute times are not.
"""

import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, "target", "release", "sitectl")
WORK = tempfile.mkdtemp(prefix="sitectl-bench-")
ENV = dict(os.environ, HOME=WORK, XDG_CONFIG_HOME=os.path.join(WORK, "config"), XDG_DATA_HOME=os.path.join(WORK, "data"))
ENV.pop("SITECTL_AS", None)
REPORT = []


def say(line=""):
    print(line, flush=True)
    REPORT.append(line)


def run(args, db, check=True, stdin=None, env=None):
    e = dict(ENV, SITECTL_DB=db, **(env or {}))
    p = subprocess.run([BIN] + args, env=e, capture_output=True, text=True, input=stdin)
    if check and p.returncode != 0:
        sys.exit(f"sitectl {' '.join(args)} failed ({p.returncode}): {p.stderr}")
    return p


def timed(cmd, env=None, stdin_text=None):
    start = time.perf_counter()
    p = subprocess.run(cmd, env=env or ENV, capture_output=True, text=True, input=stdin_text)
    elapsed = time.perf_counter() - start
    if p.returncode != 0:
        sys.exit(f"{cmd[0]} failed: {p.stderr[:500]}")
    return elapsed, p


def median_time(cmd, n, env=None):
    times = [timed(cmd, env)[0] for _ in range(n)]
    return statistics.median(times)


def generate_db(path, accounts, sites=5, sectors=5):
    if os.path.exists(path):
        os.remove(path)
    run(["db", "init", "-q"], path)
    return timed([BIN, "seed", "generate", "--accounts", str(accounts), "--sites-per-account", str(sites),
                  "--sectors-per-site", str(sectors), "--seed", "1", "-q"], dict(ENV, SITECTL_DB=path))[0]


SITE_LIST_SQL = """SELECT s.id, a.slug AS account, s.slug, s.name, s.domain, s.status, s.is_active, i.slug AS industry,
  (SELECT count(*) FROM sectors x WHERE x.site_id = s.id AND x.is_active = 1) AS sectors, s.hosting_type, s.site_type,
  s.seo_title, s.seo_description, s.seo_keywords, s.og_image_url, s.wp_api_key IS NOT NULL AS has_api_key,
  (SELECT w.mode || ':' || w.connection_status FROM integrations w WHERE w.site_id = s.id AND w.is_active = 1) AS wp,
  s.created_at, s.updated_at, s.deleted_at
FROM sites s JOIN accounts a ON a.id = s.account_id LEFT JOIN industries i ON i.id = s.industry_id
WHERE s.deleted_at IS NULL ORDER BY s.id LIMIT 50;"""


def bench_queries():
    say("## Queries on a large database (issue 7)")
    big, small = os.path.join(WORK, "big.db"), os.path.join(WORK, "small.db")
    t_big = generate_db(big, 10000)
    t_small = generate_db(small, 200)
    say(f"- data: 10,000 accounts / 50,000 sites / 250,000 sectors (generated in {t_big:.1f} s); "
        f"comparison database 200 accounts / 1,000 sites / 5,000 sectors")
    n = 21
    ours = median_time([BIN, "site", "list", "--format", "json", "--limit", "50"], n, dict(ENV, SITECTL_DB=big))
    base = median_time(["sqlite3", "-json", big, SITE_LIST_SQL], n)
    say(f"- `site list --format json` (50 sites, process start to exit): {ours*1000:.1f} ms vs `sqlite3 -json` "
        f"same query {base*1000:.1f} ms: **{ours/base:.2f}x** (target <= 3x)")
    editor = "editor@g1-7777.example.com"
    editor_small = "editor@g1-77.example.com"
    e_big = median_time([BIN, "site", "list", "--as", editor, "--format", "json"], n, dict(ENV, SITECTL_DB=big))
    e_small = median_time([BIN, "site", "list", "--as", editor_small, "--format", "json"], n, dict(ENV, SITECTL_DB=small))
    say(f"- `site list --as EDITOR`: {e_big*1000:.1f} ms at 50x the data vs {e_small*1000:.1f} ms: "
        f"**{e_big/e_small:.2f}x** (target <= 1.5x)")

    def select_times(db, account):
        cmds = []
        for k in range(n):
            picks = ["dental-clinics,optometry", "dermatology,urgent-care", "chiropractic"][k % 3]
            cmds.append([BIN, "sectors", "select", f"{account}/site-1", "--industry", "healthcare", "--sectors", picks, "-q"])
        return statistics.median(timed(c, dict(ENV, SITECTL_DB=db))[0] for c in cmds)

    s_big, s_small = select_times(big, "g1-7777"), select_times(small, "g1-77")
    say(f"- `sectors select`: {s_big*1000:.1f} ms at 50x the data vs {s_small*1000:.1f} ms: "
        f"**{s_big/s_small:.2f}x** (target <= 1.5x)")
    return big


def stress_worker(db, seconds, worker):
    """One process's loop of mutations on its own account (g1-N); returns successes."""
    ok = 0
    deadline = time.time() + seconds
    i = 0
    env = dict(ENV, SITECTL_DB=db)
    account = f"g1-{1 + worker % 200}"
    while time.time() < deadline:
        i += 1
        site = f"{account}/site-{1 + i % 5}"
        kind = i % 3
        if kind == 0:
            args = ["site", "activate" if i % 2 else "deactivate", site, "-q"]
        elif kind == 1:
            args = ["sectors", "select", site, "--industry", "healthcare", "--sectors", "dental-clinics,optometry" if i % 2 else "urgent-care", "-q"]
        else:
            args = ["access", "grant", site, f"editor@{account}.example.com", "-q"]
        p = subprocess.run([BIN] + args, env=env, capture_output=True)
        if p.returncode == 0:
            ok += 1
        elif p.returncode == 9:
            sys.exit(f"lock error under stress: {p.stderr}")
    return ok


def bench_stress(db=None, title="## Stress throughput, each process on its own account (issues 7, 21)"):
    say("")
    say(title)
    if db is None:
        db = os.path.join(WORK, "stress.db")
        generate_db(db, 200)
    seconds = 5
    rates = {}
    for procs in (1, 4, 16):
        start = time.perf_counter()
        children = [subprocess.Popen([sys.executable, __file__, "--stress-worker", db, str(seconds), str(w)], stdout=subprocess.PIPE, text=True)
                    for w in range(procs)]
        total = sum(int(c.communicate()[0].strip() or 0) for c in children)
        elapsed = time.perf_counter() - start
        rates[procs] = total / elapsed
        say(f"- {procs:2d} processes: {total} successful mutations in {elapsed:.1f} s = **{total/elapsed:.0f}/s**, no lock errors")
    say(f"- scaling 16 processes / 1: **{rates[16]/rates[1]:.2f}x** ({os.cpu_count()} cores)")


def bench_teams():
    """Issue 21: a write on one account beside a bulk write of other accounts, PostgreSQL."""
    say("")
    say("## A team on one PostgreSQL database (issue 21)")
    if not PG_URL:
        say("- skipped: no PostgreSQL (run through benches/run.sh)")
        return
    url = pg_db("bench_teams")
    run(["db", "init", "-q"], url)
    run(["seed", "generate", "--accounts", "20", "--sites-per-account", "2", "--seed", "7", "-q"], url)
    env = dict(ENV, SITECTL_DB=url)
    picks = ["dental-clinics,optometry", "urgent-care"]

    def write(k):
        cmd = [BIN, "sectors", "select", "g7-3/site-1", "--industry", "healthcare", "--sectors", picks[k % 2], "-q"]
        return timed(cmd, env)[0]

    n = 21
    idle = statistics.median(write(k) for k in range(n))
    # The same write, repeated while `seed generate` writes 10,000 new accounts in one transaction.
    bulk = subprocess.Popen([BIN, "seed", "generate", "--accounts", "10000", "--sites-per-account", "1", "--seed", "8", "-q"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(1.0)
    beside = []
    while bulk.poll() is None and len(beside) < 200:
        beside.append(write(len(beside)))
    if bulk.wait() != 0:
        sys.exit(f"seed generate failed: {bulk.stderr.read()}")
    psql_admin("DROP DATABASE IF EXISTS bench_teams")
    if not beside:
        say("- the bulk write ended before a write beside it could be timed")
    else:
        during = statistics.median(beside)
        say(f"- `sectors select` on another account: {idle*1000:.1f} ms on an idle server, {during*1000:.1f} ms "
            f"(median of {len(beside)}) beside `seed generate` of 10,000 accounts: **+{(during-idle)*1000:.0f} ms, "
            f"{during/idle:.2f}x** (target: within 50 ms)")
    stress_url = pg_db("bench_teams_stress")
    run(["db", "init", "-q"], stress_url)
    run(["seed", "generate", "--accounts", "200", "--sites-per-account", "5", "--sectors-per-site", "5", "--seed", "1", "-q"], stress_url)
    bench_stress(stress_url, "### Stress throughput on PostgreSQL, each process on its own account")
    psql_admin("DROP DATABASE IF EXISTS bench_teams_stress")


def sqlite_baseline_sql(path, accounts, sites, sectors):
    """The rows `seed generate` writes, as plain INSERTs (the floor: SQLite doing nothing else)."""
    now = "2026-01-01T00:00:00Z"
    with open(path, "w") as f:
        f.write("PRAGMA journal_mode=WAL;\nPRAGMA synchronous=NORMAL;\nPRAGMA foreign_keys=ON;\nBEGIN;\n")
        f.write(f"INSERT INTO plans (id, slug, name, max_sites, max_users, max_sectors_per_site, is_active, created_at, updated_at) "
                f"VALUES (1, 'base', 'Base', {sites}, 2, {sectors}, 1, '{now}', '{now}');\n")
        uid = sid = xid = 0
        for a in range(1, accounts + 1):
            f.write(f"INSERT INTO accounts (id, slug, name, status, plan_id, created_at, updated_at) VALUES ({a}, 'b-{a}', 'Blue River Group', 'active', 1, '{now}', '{now}');\n")
            uid += 1
            owner = uid
            f.write(f"INSERT INTO users (id, email, name, role, account_id, created_at, updated_at) VALUES ({uid}, 'owner@b-{a}.example.com', 'Owner', 'owner', {a}, '{now}', '{now}');\n")
            f.write(f"UPDATE accounts SET owner_id = {owner} WHERE id = {a};\n")
            uid += 1
            editor = uid
            f.write(f"INSERT INTO users (id, email, name, role, account_id, created_at, updated_at) VALUES ({uid}, 'editor@b-{a}.example.com', 'Editor', 'editor', {a}, '{now}', '{now}');\n")
            for s in range(1, sites + 1):
                sid += 1
                f.write(f"INSERT INTO sites (id, account_id, name, slug, domain, industry_id, hosting_type, site_type, status, is_active, created_at, updated_at) "
                        f"VALUES ({sid}, {a}, 'Ridge Blog', 'site-{s}', 'site-{s}.b-{a}.example.com', 1, 'igny8_sites', 'blog', 'active', 1, '{now}', '{now}');\n")
                for k in range(sectors):
                    xid += 1
                    f.write(f"INSERT INTO sectors (id, account_id, site_id, industry_sector_id, name, slug, is_active, created_at, updated_at) "
                            f"VALUES ({xid}, {a}, {sid}, {k + 1}, 'Sector', 'sector-{k}', 1, '{now}', '{now}');\n")
                f.write(f"INSERT INTO site_access (user_id, site_id, granted_by, created_at) VALUES ({editor}, {sid}, 'bench', '{now}');\n")
        f.write("COMMIT;\n")
    return accounts + 2 * accounts + accounts * sites * (1 + sectors + 1)


def bench_seed():
    say("")
    say("## Seeding (issue 6)")
    accounts, sites, sectors = 10000, 5, 5
    sql = os.path.join(WORK, "baseline.sql")
    rows = sqlite_baseline_sql(sql, accounts, sites, sectors)
    base_db = os.path.join(WORK, "baseline.db")
    run(["db", "init", "-q"], base_db)
    with open(sql) as f:
        t_base, _ = timed(["sqlite3", base_db], stdin_text=f.read())
    gen_db = os.path.join(WORK, "gen.db")
    t_gen = generate_db(gen_db, accounts, sites, sectors)
    say(f"- rows: {rows:,} (accounts, users, sites, sectors, grants)")
    say(f"- baseline `sqlite3` from a prepared SQL file: {t_base:.2f} s = {rows/t_base:,.0f} rows/s")
    say(f"- `seed generate --accounts 10000 --sites-per-account 5 --sectors-per-site 5`: {t_gen:.2f} s = "
        f"{rows/t_gen:,.0f} rows/s: **{t_gen/t_base:.2f}x** the baseline's time (target <= 2x)")
    # An equivalent fixture file for `seed apply`.
    fixture = os.path.join(WORK, "fixture.json")
    subprocess.run([BIN, "seed", "export", "--format", "json", "--output", fixture], env=dict(ENV, SITECTL_DB=gen_db), check=True, capture_output=True)
    apply_db = os.path.join(WORK, "apply.db")
    run(["db", "init", "-q"], apply_db)
    t_apply, _ = timed([BIN, "seed", "apply", fixture, "-q", "--format", "json"], dict(ENV, SITECTL_DB=apply_db))
    say(f"- `seed apply` of the same data as a fixture file ({os.path.getsize(fixture)/1e6:.0f} MB JSON, validated, "
        f"read and written in batches): {t_apply:.2f} s = {rows/t_apply:,.0f} rows/s: **{t_apply/t_base:.2f}x** (target <= 1x)")
    bench_bad_fixture(apply_db)


def bench_bad_fixture(db, plans=100000):
    """Checking a fixture with two problems per plan: placing every problem is one pass (issue 20)."""
    toml_file = os.path.join(WORK, "bad.toml")
    with open(toml_file, "w") as f:
        for i in range(plans):
            f.write(f'[[plans]]\nslug = "Bad_{i}"\nname = ""\n\n')
    json_file = os.path.join(WORK, "bad.json")
    with open(json_file, "w") as f:  # minified: the whole file is one line
        json.dump({"plans": [{"slug": f"Bad_{i}", "name": ""} for i in range(plans)]}, f)
    for name, path in [("TOML", toml_file), ("one-line JSON", json_file)]:
        start = time.perf_counter()
        p = subprocess.run([BIN, "seed", "apply", path, "--dry-run", "--format", "json"],
                           env=dict(ENV, SITECTL_DB=db), capture_output=True, text=True)
        elapsed = time.perf_counter() - start
        if p.returncode != 4:
            sys.exit(f"seed apply of a bad fixture: exit {p.returncode}: {p.stderr[:500]}")
        say(f"- `seed apply` of a {name} fixture with {2 * plans:,} problems (each placed at FILE:LINE:COLUMN): "
            f"{elapsed:.2f} s")


def bench_wordpress():
    say("")
    say("## WordPress content sync (issue 5)")
    url, user, pw = os.environ.get("SITECTL_WP_URL"), os.environ.get("SITECTL_WP_USER"), os.environ.get("SITECTL_WP_APP_PASSWORD")
    if not url:
        say("- skipped: no loopback WordPress (run through benches/run.sh)")
        return
    db = os.path.join(WORK, "wp.db")
    run(["db", "init", "-q"], db)
    run(["plan", "create", "p", "--name", "P", "-q"], db)
    run(["account", "create", "a", "--name", "A", "--plan", "p", "--owner", "o@a.example", "-q"], db)
    run(["site", "create", "Blog", "--account", "a", "-q"], db)
    run(["wp", "connect", "a/blog", "--url", url, "--username", user, "--app-password-stdin", "-q"], db, stdin=pw)
    total = int(subprocess.run(["curl", "-sI", f"{url}/wp-json/wp/v2/posts?per_page=1"], capture_output=True, text=True).stdout
                .lower().split("x-wp-total:")[1].split()[0])
    pages_total = -(-total // 100)

    def baseline():
        start = time.perf_counter()
        for page in range(1, pages_total + 1):
            subprocess.run(["curl", "-sf", "-o", "/dev/null", f"{url}/wp-json/wp/v2/posts?per_page=100&page={page}"], check=True)
        subprocess.run(["curl", "-sf", "-o", "/dev/null", f"{url}/wp-json/wp/v2/pages?per_page=100&page=1"], check=True)
        return time.perf_counter() - start

    ours, base = [], []
    for _ in range(5):
        base.append(baseline())
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        t, p = timed([BIN, "wp", "sync", "a/blog", "--content", "--full", "--json"], dict(ENV, SITECTL_DB=db))
        ours.append(t)
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    o, b = statistics.median(ours), statistics.median(base)
    say(f"- full content sync of {total:,} posts + pages: sitectl {o:.2f} s vs curl fetching every page sequentially "
        f"with full payloads {b:.2f} s: **{o/b:.2f}x** (target <= 0.6x)")
    t, p = timed([BIN, "wp", "sync", "a/blog", "--content", "--json"], dict(ENV, SITECTL_DB=db))
    report = json.loads(p.stdout)
    say(f"- incremental sync with nothing changed: **{report['request_count']} requests** for {len(report['fetched'])} synced types (target: at most one per type)")
    say(f"- peak memory of the benchmark's child processes (largest: sitectl full sync): **{peak_kb/1024:.0f} MB** (target < 50 MB)")


def bench_publish():
    say("")
    say("## Publishing to WordPress (issue 14)")
    url, user, pw = os.environ.get("SITECTL_WP_URL"), os.environ.get("SITECTL_WP_USER"), os.environ.get("SITECTL_WP_APP_PASSWORD")
    if not url:
        say("- skipped: no loopback WordPress (run through benches/run.sh)")
        return
    n = 200
    tag = f"bench{int(time.time())}"
    db = os.path.join(WORK, "publish.db")
    run(["db", "init", "-q"], db)
    run(["plan", "create", "p", "--name", "P", "--max-sectors-per-site", "2", "-q"], db)
    run(["account", "create", "a", "--name", "A", "--plan", "p", "--owner", "o@a.example", "-q"], db)
    run(["site", "create", "Blog", "--account", "a", "-q"], db)
    run(["sectors", "select", "a/blog", "--industry", "healthcare", "--sectors", "dental-clinics,dermatology", "-q"], db)
    run(["wp", "connect", "a/blog", "--url", url, "--username", user, "--app-password-stdin", "-q"], db, stdin=pw)
    body = "<p>" + "Benchmark paragraph. " * 40 + "</p>"
    items = [{"site": "a/blog", "sector": "dental-clinics" if i % 2 else "dermatology", "title": f"Bench {tag} {i}",
              "slug": f"{tag}-{i}", "body": body, "excerpt": "Benchmark", "status": "approved"} for i in range(n)]
    fixture = os.path.join(WORK, "publish.json")
    with open(fixture, "w") as f:
        json.dump({"content": items}, f)
    run(["seed", "apply", fixture, "-q"], db)
    ids = [line for line in run(["content", "list", "--format", "ids"], db).stdout.split()]
    # The baseline: one curl process POSTing the same payloads one after another.
    payloads = os.path.join(WORK, "payloads")
    os.makedirs(payloads, exist_ok=True)
    for i, it in enumerate(items):
        with open(os.path.join(payloads, f"{i:04d}.json"), "w") as f:
            json.dump({"title": it["title"], "content": body, "excerpt": "Benchmark", "slug": f"{tag}-curl-{i}",
                       "status": "publish", "categories": [], "tags": []}, f)
    script = (f'for f in {payloads}/*.json; do curl -sf -o /dev/null -u "$WP_USER:$WP_PW" '
              f'-H "Content-Type: application/json" --data-binary @"$f" "{url}/wp-json/wp/v2/posts" || exit 1; done')
    t_curl, _ = timed(["bash", "-c", script], dict(ENV, WP_USER=user, WP_PW=pw))
    t_pub, p = timed([BIN, "wp", "publish", *ids, "--concurrency", "4", "--format", "jsonl"], dict(ENV, SITECTL_DB=db))
    created = sum(1 for line in p.stdout.splitlines() if json.loads(line)["action"] == "created")
    say(f"- publishing {n} new items ({len(body)} B bodies) with `wp publish --concurrency 4`: {t_pub:.2f} s vs a "
        f"sequential `curl` loop POSTing the same payloads {t_curl:.2f} s: **{t_pub/t_curl:.2f}x** (target <= 0.5x); "
        f"{created} created")
    log = "/tmp/wp-write-requests.log"  # tests/wordpress/router.php logs every write request
    writes = lambda: sum(1 for _ in open(log, errors="replace")) if os.path.exists(log) else None
    before = writes()
    t_again, p = timed([BIN, "wp", "publish", *ids, "--concurrency", "4", "--format", "jsonl"], dict(ENV, SITECTL_DB=db))
    unchanged = sum(1 for line in p.stdout.splitlines() if json.loads(line)["action"] == "unchanged")
    after = writes()
    seen = f"{after - before} write requests in the server's log" if before is not None else "no server log to count"
    say(f"- re-publishing the same {n} unchanged items: {t_again:.2f} s, {unchanged} unchanged, **{seen}** (target: 0)")
    # Leave the WordPress as it was.
    listed = subprocess.run(["curl", "-sf", "-u", f"{user}:{pw}", f"{url}/wp-json/wp/v2/posts?search={tag}&per_page=100&_fields=id&status=publish,future,draft"],
                            capture_output=True, text=True).stdout
    while listed and json.loads(listed):
        for post in json.loads(listed):
            subprocess.run(["curl", "-sf", "-o", "/dev/null", "-X", "DELETE", "-u", f"{user}:{pw}", f"{url}/wp-json/wp/v2/posts/{post['id']}?force=true"])
        listed = subprocess.run(["curl", "-sf", "-u", f"{user}:{pw}", f"{url}/wp-json/wp/v2/posts?search={tag}&per_page=100&_fields=id&status=publish,future,draft"],
                                capture_output=True, text=True).stdout


# --- Scale (issue 13) -------------------------------------------------------------------------

PEAK = ("import resource, subprocess, sys, time\n"
        "t = time.perf_counter()\n"
        "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
        "t = time.perf_counter() - t\n"
        "if p.returncode: sys.exit(p.stderr.decode()[:500])\n"
        "print(t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")


def peak(cmd, env=None):
    """Wall time and peak resident memory (KB) of one process, output discarded."""
    p = subprocess.run([sys.executable, "-c", PEAK] + cmd, env=env or ENV, capture_output=True, text=True)
    if p.returncode:
        sys.exit(f"{cmd[0]} failed: {p.stderr[:500]}")
    t, kb = p.stdout.split()
    return float(t), int(kb)


def best(cmd, env=None, n=3):
    runs = [peak(cmd, env) for _ in range(n)]
    return min(r[0] for r in runs), max(r[1] for r in runs)


def bench_scale():
    say("")
    say("## Scale (issue 13): lists and exports stream")
    full_sql = SITE_LIST_SQL.replace(" LIMIT 50", "")
    results = {}
    for accounts, label in ((10000, "50k"), (200000, "1M")):
        db = os.path.join(WORK, f"scale-{label}.db")
        t_gen = generate_db(db, accounts)
        sites = accounts * 5
        env = dict(ENV, SITECTL_DB=db)
        base_t, base_kb = best(["sqlite3", "-json", db, full_sql])
        say(f"- {label} sites ({accounts:,} accounts, {sites*5:,} sectors; generated in {t_gen:.0f} s); "
            f"baseline `sqlite3 -json`, the same joined query: {base_t:.2f} s, {base_kb/1024:.0f} MB")
        for fmt in ("json", "jsonl", "ids"):
            t, kb = best([BIN, "site", "list", "--format", fmt], env)
            results[(label, fmt)] = (t / sites, kb)
            say(f"  - `site list --format {fmt}`: {t:.2f} s, {kb/1024:.0f} MB: **{t/base_t:.2f}x** the time, "
                f"**{kb/base_kb:.2f}x** the memory (targets <= 1.5x, <= 3x)")
        for fmt in ("json", "toml"):
            t, kb = best([BIN, "seed", "export", "--format", fmt], env, n=1)
            results[(label, "export-" + fmt)] = (t / sites, kb)
            say(f"  - `seed export --format {fmt}`: {t:.2f} s, {kb/1024:.0f} MB")
        if label == "1M":
            for key in ("json", "jsonl", "ids", "export-json", "export-toml"):
                (t50, m50), (t1m, m1m) = results[("50k", key)], results[("1M", key)]
                say(f"  - {key} at 1M vs 50k: time per row **{t1m/t50:.2f}x** (target <= 1.2x), "
                    f"peak memory **{m1m/m50:.2f}x** (target <= 1.1x)")
            small = os.path.join(WORK, "scale-1k.db")
            generate_db(small, 200)
            n = 15
            for what, args in (("site list --as OWNER", ["site", "list", "--as", "owner@g1-77.example.com", "--json"]),
                               ("site show", ["site", "show", "g1-77/site-1", "--json"])):
                big_t = median_time([BIN] + args, n, env)
                small_t = median_time([BIN] + args, n, dict(ENV, SITECTL_DB=small))
                say(f"  - `{what}` at 1M sites vs 1k: {big_t*1000:.1f} ms vs {small_t*1000:.1f} ms: **{big_t/small_t:.2f}x** (target <= 1.2x)")
            cmds = lambda account: [[BIN, "sectors", "select", f"{account}/site-1", "--industry", "healthcare", "--sectors",
                                     ["dental-clinics,optometry", "dermatology,urgent-care", "chiropractic"][k % 3], "-q"] for k in range(n)]
            big_t = statistics.median(timed(c, env)[0] for c in cmds("g1-77"))
            small_t = statistics.median(timed(c, dict(ENV, SITECTL_DB=small))[0] for c in cmds("g1-77"))
            say(f"  - `sectors select` at 1M sites vs 1k: {big_t*1000:.1f} ms vs {small_t*1000:.1f} ms: **{big_t/small_t:.2f}x** (target <= 1.2x)")


# --- Plugins across the fleet (issue 23) -------------------------------------------------------

# What `wp plugins list --all --plugin SLUG` runs for the operator (src/store/inventory.rs).
PLUGINS_SQL = """SELECT c.site_id, a.slug || '/' || s.slug AS site, c.kind, c.slug, c.name, c.version, c.status
FROM wp_components c JOIN sites s ON s.id = c.site_id JOIN accounts a ON a.id = s.account_id
WHERE c.kind = 'plugin' AND c.slug = 'plugin-7/plugin-7' AND s.deleted_at IS NULL ORDER BY c.site_id, c.slug;"""

# 20 plugins on every site, versions spread so that `--below` keeps about half.
INVENTORY_SQL = """BEGIN;
INSERT INTO wp_inventory (site_id, plugins_read, themes_read, refreshed_at)
  SELECT id, 'read', 'read', '2026-12-01T00:00:00Z' FROM sites;
WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < 20)
INSERT INTO wp_components (site_id, kind, slug, name, version, status)
  SELECT s.id, 'plugin', 'plugin-' || n.k || '/plugin-' || n.k, 'Plugin ' || n.k,
         (s.id % 9) || '.' || (s.id % 11) || '.' || n.k, CASE WHEN (s.id + n.k) % 3 = 0 THEN 'inactive' ELSE 'active' END
  FROM sites s, n;
COMMIT;"""


def bench_plugins():
    say("")
    say("## Plugins across the fleet (issue 23)")
    db = os.path.join(WORK, "plugins.db")
    t_gen = generate_db(db, 10000)
    start = time.perf_counter()
    subprocess.run(["sqlite3", db], input=INVENTORY_SQL, text=True, check=True, capture_output=True)
    t_fill = time.perf_counter() - start
    rows = subprocess.run(["sqlite3", db, "SELECT count(*) FROM wp_components"], capture_output=True, text=True).stdout.strip()
    say(f"- data: 50,000 sites with 20 plugins each ({int(rows):,} rows; sites generated in {t_gen:.0f} s, "
        f"plugins inserted by sqlite3 in one transaction in {t_fill:.1f} s)")
    env = dict(ENV, SITECTL_DB=db)
    base_t, base_kb = best(["sqlite3", "-json", db, PLUGINS_SQL], n=5)
    say(f"- baseline `sqlite3 -json`, the same query: {base_t*1000:.0f} ms, {base_kb/1024:.0f} MB")
    for what, extra in (("", []), (" --below 5.0", ["--below", "5.0"])):
        t, kb = best([BIN, "wp", "plugins", "list", "--all", "--plugin", "plugin-7/plugin-7", *extra, "--format", "jsonl"],
                     env, n=5)
        say(f"  - `wp plugins list --all --plugin SLUG{what} --format jsonl`: {t*1000:.0f} ms, {kb/1024:.0f} MB: "
            f"**{t/base_t:.2f}x** the time (target <= 1.5x), **{kb/base_kb:.2f}x** the memory")


# --- PostgreSQL (issue 12) -------------------------------------------------------------------

PG_URL = os.environ.get("SITECTL_TEST_PG_URL", "")


def pg_db(name):
    """A fresh database on the benchmark server; returns its URL."""
    psql_admin(f"DROP DATABASE IF EXISTS {name}")
    psql_admin(f"CREATE DATABASE {name}")
    head, _, query = PG_URL.partition("?")
    return f"{head.rsplit('/', 1)[0]}/{name}" + (f"?{query}" if query else "")


def psql_cmd(url):
    return ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", url]


def psql_admin(sql):
    subprocess.run(psql_cmd(PG_URL) + ["-c", sql], check=True, capture_output=True)


def bench_postgres():
    say("")
    say("## PostgreSQL (issue 12)")
    if not PG_URL:
        say("- skipped: no PostgreSQL (run through benches/run.sh)")
        return
    accounts, sites, sectors = 10000, 5, 5
    # The baseline: psql loading the rows seed generate writes, with COPY, in one transaction.
    src = os.path.join(WORK, "pg-src.db")
    generate_db(src, accounts, sites, sectors)
    tables = {
        "plans": "id, slug, name, max_sites, max_users, max_sectors_per_site, is_active, created_at, updated_at",
        "accounts": "id, slug, name, status, plan_id, owner_id, created_at, updated_at",
        "users": "id, email, name, role, account_id, created_at, updated_at",
        "sites": "id, account_id, name, slug, domain, industry_id, hosting_type, site_type, status, is_active, created_at, updated_at",
        "sectors": "id, account_id, site_id, industry_sector_id, name, slug, is_active, created_at, updated_at",
        "site_access": "id, user_id, site_id, granted_by, created_at",
    }
    load = ["BEGIN;"]
    rows = 0
    for t, cols in tables.items():
        csv_path = os.path.join(WORK, f"{t}.csv")
        with open(csv_path, "w") as f:
            subprocess.run(["sqlite3", "-csv", src, f"SELECT {cols} FROM {t} ORDER BY id"], stdout=f, check=True)
        rows += sum(1 for _ in open(csv_path)) if t != "plans" else 0
        load.append(f"\\copy {t} ({cols}) FROM '{csv_path}' CSV")
    load.append("COMMIT;")
    load_sql = os.path.join(WORK, "load.sql")
    with open(load_sql, "w") as f:
        f.write("\n".join(load) + "\n")
    base_url = pg_db("bench_copy")
    run(["db", "init", "-q"], base_url)
    t_copy, _ = timed(psql_cmd(base_url) + ["-f", load_sql])
    gen_url = pg_db("bench_gen")
    run(["db", "init", "-q"], gen_url)
    t_gen, _ = timed([BIN, "seed", "generate", "--accounts", str(accounts), "--sites-per-account", str(sites),
                      "--sectors-per-site", str(sectors), "--seed", "1", "-q"], dict(ENV, SITECTL_DB=gen_url))
    say(f"- `seed generate` of {accounts:,} accounts / {accounts*sites:,} sites / {accounts*sites*sectors:,} sectors "
        f"({rows:,} rows) into PostgreSQL: {t_gen:.2f} s vs `psql` loading the same rows with COPY {t_copy:.2f} s: "
        f"**{t_gen/t_copy:.2f}x** (target <= 2x)")
    # `seed apply` of the same rows as a fixture file (validated, batched) against the same COPY.
    fixture = os.path.join(WORK, "pg-fixture.json")
    subprocess.run([BIN, "seed", "export", "--format", "json", "--output", fixture], env=dict(ENV, SITECTL_DB=src), check=True, capture_output=True)
    apply_url = pg_db("bench_apply")
    run(["db", "init", "-q"], apply_url)
    t_apply, _ = timed([BIN, "seed", "apply", fixture, "-q", "--format", "json"], dict(ENV, SITECTL_DB=apply_url))
    say(f"- `seed apply` of the same rows as a fixture file into PostgreSQL: {t_apply:.2f} s: **{t_apply/t_copy:.2f}x** the COPY load")
    n = 21
    owner, editor, account = "owner@g1-7777.example.com", "editor@g1-7777.example.com", "g1-7777"
    env = dict(ENV, SITECTL_DB=gen_url)
    cases = [
        ("site list --as OWNER --json", [BIN, "site", "list", "--as", owner, "--json"],
         SITE_LIST_SQL.replace("WHERE s.deleted_at IS NULL", f"WHERE s.account_id = (SELECT id FROM accounts WHERE slug = '{account}') AND s.deleted_at IS NULL")),
        ("site list --as EDITOR --json", [BIN, "site", "list", "--as", editor, "--json"],
         SITE_LIST_SQL.replace("WHERE s.deleted_at IS NULL", f"WHERE s.id IN (SELECT site_id FROM site_access WHERE user_id = (SELECT id FROM users WHERE email = '{editor}')) AND s.deleted_at IS NULL")),
    ]
    for what, ours_cmd, sql in cases:
        ours = median_time(ours_cmd, n, env)
        base = median_time(psql_cmd(gen_url) + ["-A", "-t", "-c", sql.rstrip(";").replace("LIMIT 50", "")], n)
        say(f"- `{what}`: {ours*1000:.1f} ms vs `psql` running the same query {base*1000:.1f} ms: **{ours/base:.2f}x** (target <= 2x)")
    select_sql = (f"BEGIN; SELECT pg_advisory_xact_lock(1); "
                  f"UPDATE sectors SET is_active = 0 WHERE site_id = (SELECT s.id FROM sites s JOIN accounts a ON a.id = s.account_id WHERE a.slug = '{account}' AND s.slug = 'site-1'); "
                  f"INSERT INTO audit_log (at, os_user, actor, command, target, action, outcome) VALUES ('x', 'x', 'x', 'x', 'x', 'x', 'x'); COMMIT;")
    cmds = []
    for k in range(n):
        picks = ["dental-clinics,optometry", "dermatology,urgent-care", "chiropractic"][k % 3]
        cmds.append([BIN, "sectors", "select", f"{account}/site-1", "--industry", "healthcare", "--sectors", picks, "-q"])
    ours = statistics.median(timed(c, env)[0] for c in cmds)
    base = median_time(psql_cmd(gen_url) + ["-c", select_sql], n)
    say(f"- `sectors select`: {ours*1000:.1f} ms vs `psql` running a comparable write transaction {base*1000:.1f} ms: **{ours/base:.2f}x** (target <= 2x)")
    stress_url = pg_db("bench_stress")
    run(["db", "init", "-q"], stress_url)
    run(["seed", "generate", "--accounts", "200", "--sites-per-account", "5", "--sectors-per-site", "5", "--seed", "1", "-q"], stress_url)
    bench_stress(stress_url, "### Stress throughput on PostgreSQL, each process on its own account")
    for name in ("bench_copy", "bench_gen", "bench_stress"):
        psql_admin(f"DROP DATABASE IF EXISTS {name}")


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--stress-worker":
        print(stress_worker(sys.argv[2], float(sys.argv[3]), int(sys.argv[4])))
        return
    only = set(sys.argv[1:]) or {"wordpress", "publish", "seed", "queries", "stress", "postgres", "teams", "fleet",
                                 "scale", "plugins"}
    say(f"# sitectl benchmarks, {time.strftime('%Y-%m-%d')}, {os.cpu_count()} cores, "
        f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GiB")
    say("")
    if "wordpress" in only:
        bench_wordpress()
    if "publish" in only:
        bench_publish()
    if "seed" in only:
        bench_seed()
    if "queries" in only:
        say("")
        bench_queries()
    if "stress" in only:
        bench_stress()
    if "postgres" in only:
        bench_postgres()
    if "teams" in only:
        bench_teams()
    if "fleet" in only:
        import fleet
        fleet.bench_check()
    if "scale" in only:
        bench_scale()
    if "plugins" in only:
        bench_plugins()
    with open(os.path.join(ROOT, "benches", "results.md"), "w") as f:
        f.write("\n".join(REPORT) + "\n")
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
