-- 0011: sync event ids are never handed out again. Without AUTOINCREMENT, SQLite gives a new
-- row the largest id plus one, so after `site purge` deletes a site's newest events the next
-- event of another site takes an id a reader has already seen (`wp events --follow` would take
-- it for a row it printed). AUTOINCREMENT keeps the largest id ever used. The table is rebuilt
-- with the same columns, rows and index (PostgreSQL's identity columns never reuse ids).
-- Append-only: never edit once landed.

CREATE TABLE sync_events_new (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    site_id        INTEGER NOT NULL REFERENCES sites (id),
    integration_id INTEGER REFERENCES integrations (id),
    kind           TEXT NOT NULL CHECK (kind IN ('connect', 'test', 'structure', 'content')),
    status         TEXT NOT NULL CHECK (status IN ('started', 'succeeded', 'failed')),
    created        INTEGER NOT NULL DEFAULT 0,
    updated        INTEGER NOT NULL DEFAULT 0,
    deleted        INTEGER NOT NULL DEFAULT 0,
    unchanged      INTEGER NOT NULL DEFAULT 0,
    requests       INTEGER NOT NULL DEFAULT 0,
    error          TEXT,
    started_at     TEXT NOT NULL,
    finished_at    TEXT
);
INSERT INTO sync_events_new (id, site_id, integration_id, kind, status, created, updated, deleted, unchanged,
                             requests, error, started_at, finished_at)
SELECT id, site_id, integration_id, kind, status, created, updated, deleted, unchanged,
       requests, error, started_at, finished_at FROM sync_events;
DROP TABLE sync_events;
ALTER TABLE sync_events_new RENAME TO sync_events;
CREATE INDEX sync_events_site ON sync_events (site_id, id);
