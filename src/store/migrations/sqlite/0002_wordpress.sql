-- 0002: WordPress integrations, their sync log, and the local mirror of a site's structure
-- and content. Append-only: never edit once landed.

CREATE TABLE integrations (
    id                INTEGER PRIMARY KEY,
    account_id        INTEGER NOT NULL REFERENCES accounts (id),
    site_id           INTEGER NOT NULL REFERENCES sites (id),
    platform          TEXT NOT NULL DEFAULT 'wordpress' CHECK (platform IN ('wordpress')),
    external_site_url TEXT NOT NULL,
    rest_root         TEXT NOT NULL,
    mode              TEXT NOT NULL CHECK (mode IN ('bridge', 'core', 'anonymous')),
    username          TEXT,
    -- Encrypted Application Password (nonce || ciphertext); never plain text.
    credentials       BLOB,
    is_active         INTEGER NOT NULL DEFAULT 1 CHECK (is_active IN (0, 1)),
    connection_status TEXT NOT NULL CHECK (connection_status IN ('connected', 'error', 'disconnected')),
    sync_enabled      INTEGER NOT NULL DEFAULT 1 CHECK (sync_enabled IN (0, 1)),
    sync_status       TEXT NOT NULL DEFAULT 'idle' CHECK (sync_status IN ('idle', 'syncing', 'completed', 'error')),
    last_sync_at      TEXT,
    sync_error        TEXT,
    -- JSON: discovery result (name, version, namespaces, gmt_offset) and content_types.
    config            TEXT NOT NULL DEFAULT '{}',
    -- JSON: per post type, the modified_gmt high-water mark of the last successful content sync.
    content_cursor    TEXT NOT NULL DEFAULT '{}',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    UNIQUE (site_id, platform)
);

CREATE TABLE sync_events (
    id             INTEGER PRIMARY KEY,
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
CREATE INDEX sync_events_site ON sync_events (site_id, id);

CREATE TABLE wp_terms (
    id       INTEGER PRIMARY KEY,
    site_id  INTEGER NOT NULL REFERENCES sites (id),
    taxonomy TEXT NOT NULL,
    wp_id    INTEGER NOT NULL,
    name     TEXT NOT NULL,
    slug     TEXT NOT NULL,
    parent   INTEGER NOT NULL DEFAULT 0,
    count    INTEGER NOT NULL DEFAULT 0,
    UNIQUE (site_id, taxonomy, wp_id)
);

CREATE TABLE wp_content (
    id           INTEGER PRIMARY KEY,
    site_id      INTEGER NOT NULL REFERENCES sites (id),
    post_type    TEXT NOT NULL,
    wp_id        INTEGER NOT NULL,
    slug         TEXT NOT NULL,
    title        TEXT NOT NULL,
    status       TEXT NOT NULL,
    link         TEXT NOT NULL,
    author       INTEGER NOT NULL DEFAULT 0,
    modified_gmt TEXT NOT NULL,
    -- JSON object: taxonomy -> [term ids]
    terms        TEXT NOT NULL DEFAULT '{}',
    UNIQUE (site_id, post_type, wp_id)
);
