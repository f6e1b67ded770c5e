-- 0010: the posts a site's WordPress holds as scheduled (status `future`), as the last sync read
-- them, so that `check` can find the ones whose time has passed without WordPress publishing
-- them (its "missed schedule"). Replaced whole for a post type by every sync that read them.
-- Append-only: never edit once landed.

CREATE TABLE wp_scheduled (
    id        INTEGER PRIMARY KEY,
    site_id   INTEGER NOT NULL REFERENCES sites (id),
    post_type TEXT NOT NULL,
    wp_id     INTEGER NOT NULL,
    title     TEXT NOT NULL,
    -- WordPress's date_gmt, YYYY-MM-DDTHH:MM:SS (UTC, no zone designator).
    date_gmt  TEXT NOT NULL,
    UNIQUE (site_id, post_type, wp_id)
);
CREATE INDEX wp_scheduled_due ON wp_scheduled (date_gmt);
