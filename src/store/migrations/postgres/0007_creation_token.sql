-- 0007: the creation token of a publishing record. Written before a post is first sent and
-- carried by the post (core mode: a marker in the raw content; bridge mode: post meta), so a run
-- that looks a post up after a lost answer adopts only a post that provably came from this item.
-- Append-only: never edit once landed.

ALTER TABLE publishing_records ADD COLUMN creation_token TEXT COLLATE "C";
