"""Fleet benchmarks (issue 23): `check --nagios` over 5k and 50k sites with an integration on
every site, against `sqlite3` running the same aggregate queries in the same run. Imported by
bench.py (section `fleet`)."""

import os
import subprocess
import sys

import bench as b

# Every site gets an integration; one in 50 failed, syncs from 0 to 99 hours old, one site in
# 20 has a WordPress post scheduled two hours ago, one in 25 approved content past its time.
SETUP_SQL = """
BEGIN;
INSERT INTO integrations (account_id, site_id, platform, external_site_url, rest_root, mode, is_active,
    connection_status, sync_status, last_sync_at, sync_error, config, content_cursor, created_at, updated_at)
SELECT account_id, id, 'wordpress', 'https://s' || id || '.example', 'https://s' || id || '.example/wp-json/',
    'anonymous', 1,
    CASE WHEN id % 50 = 0 THEN 'error' ELSE 'connected' END,
    CASE WHEN id % 50 = 0 THEN 'error' ELSE 'completed' END,
    strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-' || (id % 100) || ' hours'),
    CASE WHEN id % 50 = 0 THEN 'connection refused' END, '{}', '{}', created_at, created_at
FROM sites;
INSERT INTO wp_scheduled (site_id, post_type, wp_id, title, date_gmt)
SELECT id, 'post', 1, 'Later', strftime('%Y-%m-%dT%H:%M:%S', 'now', '-2 hours') FROM sites WHERE id % 20 = 0;
INSERT INTO content_items (account_id, site_id, sector_id, title, slug, status, publish_status, scheduled_at,
    created_at, updated_at)
SELECT s.account_id, s.id, (SELECT min(x.id) FROM sectors x WHERE x.site_id = s.id), 'Due', 'due-' || s.id,
    'approved', 'scheduled', strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-1 hours'), s.created_at, s.created_at
FROM sites s WHERE s.id % 25 = 0;
COMMIT;
"""

# What `check` reads, as the operator (no visibility condition): the per-site query, the
# grouped content and scheduled-post queries, stuck publishing, plan usage, and what `db doctor`
# checks for the operator's `integrity` findings (the engine's integrity and foreign-key checks,
# the product's rules, and the scan for text holding NUL added by `nul_scan_sql`).
SCOPE = ("sites s JOIN accounts a ON a.id = s.account_id LEFT JOIN integrations w ON w.site_id = s.id "
         "AND w.platform = 'wordpress' AND w.is_active = 1")
BASELINE_SQL = f"""
SELECT s.id, a.slug || '/' || s.slug, w.mode, w.connection_status, w.sync_status, w.sync_error, w.last_sync_at,
    w.created_at, v.bridge_health, v.bridge_version FROM {SCOPE} LEFT JOIN wp_inventory v ON v.site_id = s.id
WHERE s.deleted_at IS NULL ORDER BY s.id;
SELECT s.id, a.slug || '/' || s.slug, CASE WHEN c.publish_status = 'failed' THEN 1 ELSE 0 END, count(*), min(c.id),
    min(c.scheduled_at)
FROM {SCOPE} JOIN content_items c ON c.site_id = s.id
WHERE s.deleted_at IS NULL AND c.deleted_at IS NULL AND ((c.status = 'approved' AND c.publish_status IN
    ('scheduled', 'not_published') AND c.scheduled_at < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-15 minutes'))
    OR c.publish_status = 'failed')
GROUP BY s.id, a.slug, s.slug, CASE WHEN c.publish_status = 'failed' THEN 1 ELSE 0 END ORDER BY s.id, 3;
SELECT c.id, s.id, a.slug || '/' || s.slug, r.claimed_by, coalesce(r.updated_at, c.updated_at)
FROM {SCOPE} JOIN content_items c ON c.site_id = s.id LEFT JOIN publishing_records r ON r.content_id = c.id
WHERE s.deleted_at IS NULL AND c.publish_status = 'publishing' AND c.deleted_at IS NULL ORDER BY c.id;
SELECT s.id, a.slug || '/' || s.slug, count(*), min(p.date_gmt) FROM {SCOPE} JOIN wp_scheduled p ON p.site_id = s.id
WHERE s.deleted_at IS NULL AND w.id IS NOT NULL AND p.date_gmt < strftime('%Y-%m-%dT%H:%M:%S', 'now', '-15 minutes')
GROUP BY s.id, a.slug, s.slug ORDER BY s.id;
SELECT s.id, a.slug || '/' || s.slug, p.slug, x.n, p.max_sectors_per_site FROM {SCOPE} JOIN plans p ON p.id = a.plan_id
JOIN (SELECT site_id, count(*) AS n FROM sectors WHERE is_active = 1 GROUP BY site_id) x ON x.site_id = s.id
WHERE s.deleted_at IS NULL AND x.n > p.max_sectors_per_site ORDER BY s.id;
SELECT slug FROM (SELECT a.slug AS slug, (SELECT count(*) FROM sites x WHERE x.account_id = a.id
    AND x.deleted_at IS NULL) AS sites, p.max_sites AS max_sites, (SELECT count(*) FROM users u
    WHERE u.account_id = a.id) AS users, p.max_users AS max_users FROM accounts a JOIN plans p ON p.id = a.plan_id
    WHERE a.id IN (SELECT s.account_id FROM {SCOPE} WHERE s.deleted_at IS NULL)) t
WHERE sites > max_sites OR users > max_users ORDER BY slug;
PRAGMA integrity_check;
PRAGMA foreign_key_check;
SELECT a.slug || '/' || s.slug, x.slug FROM sectors x JOIN sites s ON s.id = x.site_id
JOIN accounts a ON a.id = s.account_id WHERE x.account_id != s.account_id ORDER BY x.id;
SELECT a.slug || '/' || s.slug, x.slug, i.slug, coalesce(si.slug, 'none') FROM sectors x JOIN sites s ON s.id = x.site_id
JOIN accounts a ON a.id = s.account_id JOIN industry_sectors t ON t.id = x.industry_sector_id
JOIN industries i ON i.id = t.industry_id LEFT JOIN industries si ON si.id = s.industry_id
WHERE x.is_active = 1 AND s.deleted_at IS NULL AND (s.industry_id IS NULL OR t.industry_id != s.industry_id) ORDER BY x.id;
SELECT a.slug || '/' || s.slug, w.mode FROM integrations w JOIN sites s ON s.id = w.site_id
JOIN accounts a ON a.id = s.account_id WHERE w.is_active = 1 AND s.deleted_at IS NULL
AND ((w.mode = 'bridge' AND s.wp_api_key IS NULL) OR (w.mode = 'core' AND w.credentials IS NULL)) ORDER BY s.id;
SELECT a.slug || '/' || s.slug, c.id FROM content_items c JOIN sites s ON s.id = c.site_id
JOIN accounts a ON a.id = s.account_id JOIN sectors x ON x.id = c.sector_id
WHERE c.account_id != s.account_id OR x.site_id != c.site_id ORDER BY c.id;
"""


def nul_scan_sql(db):
    """The doctor's scan for text holding NUL (`db copy` readiness), as it builds it: every text
    column of every table."""
    tables = subprocess.run(["sqlite3", db, "SELECT name FROM sqlite_master WHERE type = 'table' "
                             "AND name NOT LIKE 'sqlite_%' AND name != 'meta'"],
                            capture_output=True, text=True, check=True).stdout.split()
    out = []
    for t in tables:
        cols = subprocess.run(["sqlite3", db, f"SELECT name FROM pragma_table_info('{t}')"],
                              capture_output=True, text=True, check=True).stdout.split()
        union = " UNION ALL ".join(f"SELECT id, '{c}' FROM {t} WHERE typeof(\"{c}\") = 'text' "
                                   f"AND instr(CAST(\"{c}\" AS BLOB), x'00') > 0" for c in cols)
        out.append(f"SELECT * FROM ({union}) LIMIT 20;")
    return "\n".join(out)

# Wall time and peak memory of one process whose exit code may be a Nagios state (0-2).
PEAK_ANY = ("import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)\n"
            "t = time.perf_counter() - t\n"
            "if p.returncode > 2: sys.exit(p.stderr.decode()[:500])\n"
            "print(t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")


def peak_any(cmd, env):
    p = subprocess.run([sys.executable, "-c", PEAK_ANY] + cmd, env=env, capture_output=True, text=True)
    if p.returncode:
        sys.exit(f"{cmd[0]} failed: {p.stderr[:500]}")
    t, kb = p.stdout.split()
    return float(t), int(kb)


def median_peak(cmd, env, n):
    runs = sorted(peak_any(cmd, env) for _ in range(n))
    return runs[len(runs) // 2][0], max(r[1] for r in runs)


def fleet_db(accounts):
    db = os.path.join(b.WORK, f"fleet-{accounts}.db")
    b.generate_db(db, accounts)
    subprocess.run(["sqlite3", db], input=SETUP_SQL, text=True, check=True)
    return db


def bench_check():
    b.say("")
    b.say("## Fleet check (issue 23): `check --nagios` reads in a few aggregate queries")
    n = 7
    per = {}
    for accounts in (1000, 10000):
        db = fleet_db(accounts)
        env = dict(b.ENV, SITECTL_DB=db)
        ours, kb = median_peak([b.BIN, "check", "--nagios"], env, n)
        base, base_kb = median_peak(["sqlite3", db, BASELINE_SQL + nul_scan_sql(db)], env, n)
        sites = accounts * 5
        per[sites] = (ours, kb)
        b.say(f"- {sites:,} sites, an integration on each: `check --nagios` {ours*1000:.0f} ms, {kb/1024:.0f} MB; "
              f"`sqlite3` running the same queries and the doctor's checks {base*1000:.0f} ms, {base_kb/1024:.0f} MB: "
              f"**{ours/base:.2f}x** the time (target <= 1.5x)")
    (t5, m5), (t50, m50) = per[5000], per[50000]
    b.say(f"- 50k vs 5k sites: peak memory **{m50/m5:.2f}x** (target: flat), time **{t50/t5:.1f}x** for 10x the sites")
