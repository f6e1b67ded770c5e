-- The test suite's lock guard (PostgreSQL pass only; never part of sitectl's schema).
--
-- sitectl serialises writers per account by locking the account's row (FOR NO KEY UPDATE, see
-- src/store/locks.rs). A use case that forgets to take its account's lock before its checks
-- still works when run alone, so no ordinary test would notice. These statement-level triggers
-- make every write to an account's rows fail unless the writing transaction holds the account's
-- row lock (the row's xmax is this transaction), wrote the account row itself (created or
-- changed it: its xmin is this transaction, which then holds the row until it ends), or holds
-- the whole-database advisory lock exclusively. Installed into every test database by the
-- harness after `db init`, so the whole PostgreSQL pass proves that every write path locks.
--
-- The whole-database lock is the one-bigint advisory key 0x53495443 (classid 0, objid, objsubid 1).

CREATE FUNCTION sitectl_guard_check(ids bigint[], what text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    missing bigint;
BEGIN
    -- The test's own direct writes (a row broken on purpose) say so.
    IF current_setting('sitectl_guard.off', true) = 'on' THEN
        RETURN;
    END IF;
    IF EXISTS (
        SELECT 1 FROM pg_locks
         WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted AND mode = 'ExclusiveLock'
           AND objsubid = 1 AND classid = 0 AND objid = 1397314627
    ) THEN
        RETURN;
    END IF;
    SELECT a INTO missing
      FROM unnest(ids) AS a
     WHERE a IS NOT NULL
       AND NOT EXISTS (
           SELECT 1 FROM accounts c
            WHERE c.id = a
              AND (c.xmax = pg_current_xact_id()::xid OR c.xmin = pg_current_xact_id()::xid))
     LIMIT 1;
    IF missing IS NOT NULL THEN
        RAISE EXCEPTION 'lock guard: % of account % without the account''s lock', what, missing;
    END IF;
END $$;

-- What every account reads: only under the whole-database lock.
CREATE FUNCTION sitectl_guard_shared() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('sitectl_guard.off', true) IS DISTINCT FROM 'on' AND NOT EXISTS (
        SELECT 1 FROM pg_locks
         WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted AND mode = 'ExclusiveLock'
           AND objsubid = 1 AND classid = 0 AND objid = 1397314627
    ) THEN
        RAISE EXCEPTION 'lock guard: % of % without the whole-database lock', TG_OP, TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END $$;

-- One function per way a table names its account; TG_ARGV[0] is 'new' or 'old'.
CREATE FUNCTION sitectl_guard_by_account() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_ARGV[0] = 'new' THEN
        EXECUTE 'SELECT sitectl_guard_check(array_agg(DISTINCT ' || TG_ARGV[1] || '), $1) FROM new_rows'
            USING TG_OP || ' on ' || TG_TABLE_NAME;
    ELSE
        EXECUTE 'SELECT sitectl_guard_check(array_agg(DISTINCT ' || TG_ARGV[1] || '), $1) FROM old_rows'
            USING TG_OP || ' on ' || TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION sitectl_guard_by_site() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_ARGV[0] = 'new' THEN
        PERFORM sitectl_guard_check(array_agg(DISTINCT s.account_id), TG_OP || ' on ' || TG_TABLE_NAME)
           FROM new_rows r JOIN sites s ON s.id = r.site_id;
    ELSE
        PERFORM sitectl_guard_check(array_agg(DISTINCT s.account_id), TG_OP || ' on ' || TG_TABLE_NAME)
           FROM old_rows r JOIN sites s ON s.id = r.site_id;
    END IF;
    RETURN NULL;
END $$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('accounts', 'account', 'id'), ('users', 'account', 'account_id'), ('sites', 'account', 'account_id'),
        ('sectors', 'account', 'account_id'), ('integrations', 'account', 'account_id'),
        ('content_items', 'account', 'account_id'), ('publishing_records', 'account', 'account_id'),
        ('site_access', 'site', ''), ('sync_events', 'site', ''), ('wp_terms', 'site', ''),
        ('wp_content', 'site', ''), ('wp_inventory', 'site', ''), ('wp_components', 'site', ''),
        ('wp_scheduled', 'site', '')) AS v(name, via, col)
    LOOP
        IF t.via = 'account' THEN
            EXECUTE format('CREATE TRIGGER sitectl_guard_i AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                'FOR EACH STATEMENT EXECUTE FUNCTION sitectl_guard_by_account(''new'', %L)', t.name, t.col);
            EXECUTE format('CREATE TRIGGER sitectl_guard_u AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows '
                'FOR EACH STATEMENT EXECUTE FUNCTION sitectl_guard_by_account(''new'', %L)', t.name, t.col);
            EXECUTE format('CREATE TRIGGER sitectl_guard_d AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                'FOR EACH STATEMENT EXECUTE FUNCTION sitectl_guard_by_account(''old'', %L)', t.name, t.col);
        ELSE
            EXECUTE format('CREATE TRIGGER sitectl_guard_i AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
                'FOR EACH STATEMENT EXECUTE FUNCTION sitectl_guard_by_site(''new'')', t.name);
            EXECUTE format('CREATE TRIGGER sitectl_guard_u AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows '
                'FOR EACH STATEMENT EXECUTE FUNCTION sitectl_guard_by_site(''new'')', t.name);
            EXECUTE format('CREATE TRIGGER sitectl_guard_d AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
                'FOR EACH STATEMENT EXECUTE FUNCTION sitectl_guard_by_site(''old'')', t.name);
        END IF;
    END LOOP;
    -- A new plan is read by no account yet; a change of one is read by every account.
    CREATE TRIGGER sitectl_guard_shared AFTER UPDATE OR DELETE ON plans
        FOR EACH STATEMENT EXECUTE FUNCTION sitectl_guard_shared();
    FOR t IN SELECT * FROM (VALUES ('industries'), ('industry_sectors')) AS v(name) LOOP
        EXECUTE format('CREATE TRIGGER sitectl_guard_shared AFTER INSERT OR UPDATE OR DELETE ON %I '
            'FOR EACH STATEMENT EXECUTE FUNCTION sitectl_guard_shared()', t.name);
    END LOOP;
    -- The database's settings (its secret key's check value): recorded once by whichever writer
    -- seals the first secret, changed only under the whole-database lock.
    CREATE TRIGGER sitectl_guard_shared AFTER UPDATE OR DELETE ON meta
        FOR EACH STATEMENT EXECUTE FUNCTION sitectl_guard_shared();
END $$;
