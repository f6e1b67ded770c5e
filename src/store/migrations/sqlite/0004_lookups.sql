-- 0004: indexes for the audit log's and the WordPress mirror's filters, so `audit list` and
-- `wp content list` read what they list, not the whole table.
-- Append-only: never edit once landed.

CREATE INDEX audit_log_actor ON audit_log (lower(actor));
CREATE INDEX wp_content_status ON wp_content (site_id, status);

-- Every word of every audit target (a grant's target is `site:acme/blog user:ed@acme.example`),
-- so `audit list --target PREFIX` finds rows by an index, whichever word it names.
CREATE TABLE audit_targets (
    id       INTEGER PRIMARY KEY,
    audit_id INTEGER NOT NULL REFERENCES audit_log (id),
    word     TEXT NOT NULL
);
CREATE INDEX audit_targets_word ON audit_targets (word, audit_id);
INSERT INTO audit_targets (audit_id, word)
    SELECT id, substr(target, 1, CAST(instr(target || ' ', ' ') - 1 AS INTEGER)) FROM audit_log ORDER BY id;
INSERT INTO audit_targets (audit_id, word)
    SELECT id, substr(target, CAST(instr(target, ' ') + 1 AS INTEGER)) FROM audit_log WHERE instr(target, ' ') > 0 ORDER BY id;
