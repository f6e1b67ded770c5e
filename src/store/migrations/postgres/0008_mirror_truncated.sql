-- 0008: a mirrored item or term records that WordPress sent more than sitectl keeps of one of
-- its fields (a title, slug, link or name cut to its limit, term ids past the limit dropped).
-- Booleans are 0/1 integers on both engines.
-- Append-only: never edit once landed.

ALTER TABLE wp_content ADD COLUMN truncated BIGINT NOT NULL DEFAULT 0 CHECK (truncated IN (0, 1));
ALTER TABLE wp_terms ADD COLUMN truncated BIGINT NOT NULL DEFAULT 0 CHECK (truncated IN (0, 1));
