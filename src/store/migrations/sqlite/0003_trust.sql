-- 0003: facts about the database itself, and a connection generation for integrations.
-- Append-only: never edit once landed.

-- Key/value facts, e.g. `secret_key_check`: the check value (never the key) of the key that
-- sealed this database's secrets.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Bumped by every `wp connect`: a sync that started under one connection never writes under
-- another.
ALTER TABLE integrations ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
