-- 0006: the writer's content, scoped by site and sector, and its publishing records.
-- Append-only: never edit once landed.

CREATE TABLE content_items (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES accounts (id),
    site_id        INTEGER NOT NULL REFERENCES sites (id),
    sector_id      INTEGER NOT NULL REFERENCES sectors (id),
    title          TEXT NOT NULL,
    slug           TEXT NOT NULL,
    body           TEXT NOT NULL DEFAULT '',
    excerpt        TEXT NOT NULL DEFAULT '',
    -- JSON arrays of term slugs.
    categories     TEXT NOT NULL DEFAULT '[]',
    tags           TEXT NOT NULL DEFAULT '[]',
    status         TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'review', 'approved')),
    publish_status TEXT NOT NULL DEFAULT 'not_published'
                   CHECK (publish_status IN ('not_published', 'scheduled', 'publishing', 'published', 'failed', 'retracted')),
    scheduled_at   TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    deleted_at     TEXT,
    UNIQUE (site_id, slug)
);
CREATE INDEX content_items_sector ON content_items (sector_id);
CREATE INDEX content_items_due ON content_items (publish_status, scheduled_at);

CREATE TABLE publishing_records (
    id           INTEGER PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts (id),
    content_id   INTEGER NOT NULL REFERENCES content_items (id),
    site_id      INTEGER NOT NULL REFERENCES sites (id),
    destination  TEXT NOT NULL DEFAULT 'wordpress' CHECK (destination IN ('wordpress')),
    external_id  INTEGER,
    external_url TEXT,
    status       TEXT NOT NULL CHECK (status IN ('pending', 'published', 'failed', 'retracted')),
    -- What WordPress shows: its answer to our last write, or what the last sync saw.
    wp_status    TEXT,
    -- WordPress's modified_gmt after our last write: an edit made in WordPress since changes it.
    modified_gmt TEXT,
    -- WordPress's modified_gmt as the last sync saw it.
    remote_modified_gmt TEXT,
    sent_hash    TEXT,
    -- The run publishing it now (host:pid:start), so a later run can tell a live one from a dead one.
    claimed_by   TEXT,
    error        TEXT,
    published_at TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (content_id, site_id)
);
CREATE INDEX publishing_records_site ON publishing_records (site_id, external_id);
