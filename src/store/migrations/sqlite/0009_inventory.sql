-- 0009: what each WordPress runs, as sitectl last read it (`wp inventory --refresh`, `wp test`,
-- `wp sync`): observed state, not fixture data. One row per site in wp_inventory, and one row
-- per plugin or theme in wp_components. A list that could not be read says why in
-- plugins_read / themes_read and has no rows. Versions are kept as WordPress sent them ('' when
-- it sent none): they are compared in code, the way PHP's version_compare does.
-- Append-only: never edit once landed.

CREATE TABLE wp_inventory (
    id                INTEGER PRIMARY KEY,
    site_id           INTEGER NOT NULL UNIQUE REFERENCES sites (id),
    wordpress_version TEXT,
    bridge_version    TEXT,
    bridge_health     TEXT,
    plugins_read      TEXT NOT NULL CHECK (plugins_read IN ('read', 'not_permitted', 'not_available')),
    themes_read       TEXT NOT NULL CHECK (themes_read IN ('read', 'not_permitted', 'not_available')),
    refreshed_at      TEXT NOT NULL
);

CREATE TABLE wp_components (
    id      INTEGER PRIMARY KEY,
    site_id INTEGER NOT NULL REFERENCES sites (id),
    kind    TEXT NOT NULL CHECK (kind IN ('plugin', 'theme')),
    slug    TEXT NOT NULL,
    name    TEXT NOT NULL,
    version TEXT NOT NULL,
    status  TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'network-active')),
    UNIQUE (site_id, kind, slug)
);
-- `wp plugins list --all --plugin SLUG`: one range of this index, in site order.
CREATE INDEX wp_components_slug ON wp_components (kind, slug, site_id);
