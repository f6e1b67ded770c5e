-- 0011: on SQLite, sync event ids stop being reused after a purge (AUTOINCREMENT). PostgreSQL's
-- identity columns never hand an id out twice: nothing to change. Kept so that a version
-- number means the same schema on either engine.
-- Append-only: never edit once landed.

SELECT 1;
