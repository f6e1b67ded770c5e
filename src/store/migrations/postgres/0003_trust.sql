-- 0003 (PostgreSQL): as sqlite/0003_trust.sql. Append-only: never edit once landed.

CREATE TABLE meta (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);

ALTER TABLE integrations ADD COLUMN generation BIGINT NOT NULL DEFAULT 0;
