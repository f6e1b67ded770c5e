-- 0005: the WordPress mirror's lists are in WordPress id order (unique per site across post
-- types, and across taxonomies), so `--after ID` pages them; these indexes hand the rows out in
-- that order without a sort.
-- Append-only: never edit once landed.

CREATE INDEX wp_content_site_wp_id ON wp_content (site_id, wp_id);
CREATE INDEX wp_terms_site_wp_id ON wp_terms (site_id, wp_id);
